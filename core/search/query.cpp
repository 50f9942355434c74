// The query language: a lexer (querylexer.cpp), a recursive-descent parser building a small tree, and
// a compiler from the tree to an FTS5 MATCH expression plus filters.
//
// How the compiler and the tokenizer ("offprint", text/tokenizer.h) cooperate: every text term is
// sent as one quoted FTS5 string ("" doubled), so FTS5 hands the raw term to the tokenizer in query
// mode, which turns it into a phrase of bigrams / marked characters / words. The only term the
// tokenizer cannot express by itself is one CJK character standing alone: the compiler recognises
// it (text::isLoneCjkCharacter) and sends it as the prefix query "X"*, which matches every bigram and
// marked form starting with X. An unquoted term whose last token is a Latin word is sent as "term"*
// too (word prefixes: GPU finds GPUs, 3G finds the "3 gs" of 3GS); the compiler runs a second time
// without widening, so that the search can list the exact matches first. Terms without any letters or
// digits (punctuation, emoji) are dropped because FTS5 treats an empty phrase as matching nothing.
#include "search/query.h"

#include "search/querylexer.h"
#include "text/tokenizer.h"

#include <memory>
#include <optional>
#include <vector>

namespace offprint::search {

namespace {

constexpr int kMaxQueryLength = 2000;
constexpr int kMaxDepth = 20;
constexpr int kMaxTerms = 64;
constexpr int kShortPrefix = 2; // CompiledQuery::shortPrefixesOnly

struct Node
{
    enum class Kind { Text, Filter, And, Or, Not };
    Kind kind = Kind::Text;
    QString text;           // Text
    bool prefix = false;    // Text
    bool titleOnly = false; // Text from title:
    bool quoted = false;    // Text from "a phrase" (or title:"…"): matches whole words only
    Filter filter;          // Filter
    std::vector<std::unique_ptr<Node>> children;
};
using NodePtr = std::unique_ptr<Node>;

struct ParseError
{
    QString message;
};

QString quoteForMessage(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

std::optional<QDate> parseDate(const QString &value)
{
    QString text = value;
    text.replace(u'/', u'-').replace(u'.', u'-');
    const QStringList parts = text.split(u'-');
    if (parts.isEmpty() || parts.size() > 3)
        return std::nullopt;
    int numbers[3] = {0, 1, 1};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        numbers[i] = parts[i].toInt(&ok);
        if (!ok || parts[i].isEmpty() || (i == 0 && parts[i].size() != 4) || (i > 0 && parts[i].size() > 2))
            return std::nullopt;
    }
    const QDate date(numbers[0], numbers[1], numbers[2]);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

class Parser final
{
public:
    explicit Parser(QList<QueryToken> tokens) : m_tokens(std::move(tokens)) {}

    // Operators in places where they cannot work (a dangling OR or NOT, a lone *, a stray or missing
    // parenthesis) are read leniently — dropped or closed — because the search box runs while the user
    // types; only filters and structure that would change the meaning are errors. Returns null when
    // nothing searchable is left.
    NodePtr parseQuery() { return parseAnd(); }

private:
    const QueryToken &peek() const { return m_tokens.at(m_at); }
    const QueryToken &take() { return m_tokens.at(m_at++); }

    [[noreturn]] static void fail(const QString &message) { throw ParseError{message}; }

    static bool endsOperand(QueryToken::Kind kind)
    {
        return kind == QueryToken::Kind::End || kind == QueryToken::Kind::RightParen || kind == QueryToken::Kind::Or
            || kind == QueryToken::Kind::And;
    }

    // Juxtaposition (and the keyword AND) binds loosest, as in web search engines:
    // `nvidia gpu OR graphics` is nvidia AND (gpu OR graphics).
    NodePtr parseAnd()
    {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::And;
        while (peek().kind != QueryToken::Kind::End) {
            const QueryToken::Kind kind = peek().kind;
            if (kind == QueryToken::Kind::RightParen && m_depth > 0)
                break;
            if (kind == QueryToken::Kind::And || kind == QueryToken::Kind::Or || kind == QueryToken::Kind::RightParen) {
                take(); // AND is implied; a leading OR or a stray ")" has nothing to work on
                continue;
            }
            NodePtr child = parseOr();
            if (!child)
                continue;
            if (child->kind == Node::Kind::And) { // (a b) c → a b c
                for (auto &grandchild : child->children)
                    node->children.push_back(std::move(grandchild));
            } else {
                node->children.push_back(std::move(child));
            }
        }
        return simplify(std::move(node));
    }

    NodePtr parseOr()
    {
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Or;
        if (NodePtr first = parseUnary())
            node->children.push_back(std::move(first));
        while (peek().kind == QueryToken::Kind::Or) {
            while (peek().kind == QueryToken::Kind::Or)
                take();
            if (endsOperand(peek().kind))
                break; // a trailing OR
            if (NodePtr next = parseUnary())
                node->children.push_back(std::move(next));
        }
        return simplify(std::move(node));
    }

    NodePtr parseUnary()
    {
        if (peek().kind != QueryToken::Kind::Not)
            return parsePrimary();
        while (peek().kind == QueryToken::Kind::Not || peek().kind == QueryToken::Kind::And)
            take(); // NOT NOT x reads as NOT x: a double negation is a typing slip, not a request
        if (endsOperand(peek().kind))
            return nullptr; // a trailing "-" or NOT
        NodePtr inner = parsePrimary();
        if (!inner)
            return nullptr;
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Not;
        node->children.push_back(std::move(inner));
        return node;
    }

    NodePtr parsePrimary()
    {
        const QueryToken token = take();
        switch (token.kind) {
        case QueryToken::Kind::LeftParen: {
            if (++m_depth > kMaxDepth)
                fail(QStringLiteral("Too many nested parentheses (at most %1)").arg(kMaxDepth));
            NodePtr inner = parseAnd();
            if (peek().kind == QueryToken::Kind::RightParen)
                take(); // else the group runs to the end of the query
            --m_depth;
            return inner;
        }
        case QueryToken::Kind::Word:
        case QueryToken::Kind::Phrase:
            if (token.kind == QueryToken::Kind::Word && token.text.isEmpty())
                return nullptr; // a lone "*"
            return textNode(token.text, token.prefix, false, token.kind == QueryToken::Kind::Phrase);
        case QueryToken::Kind::Filter:
            return filterNode(token);
        default:
            return nullptr;
        }
    }

    static NodePtr simplify(NodePtr node)
    {
        if (node->children.empty())
            return nullptr;
        if (node->children.size() == 1)
            return std::move(node->children.front());
        return node;
    }

    NodePtr textNode(const QString &text, bool prefix, bool titleOnly, bool quoted)
    {
        if (++m_terms > kMaxTerms)
            fail(QStringLiteral("Too many search terms (at most %1)").arg(kMaxTerms));
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Text;
        node->text = text;
        node->prefix = prefix;
        node->titleOnly = titleOnly;
        node->quoted = quoted;
        return node;
    }

    NodePtr filterNode(const QueryToken &token)
    {
        const QString value = token.text.trimmed();
        if (token.name == QLatin1String("title")) {
            if (value.isEmpty() && !token.quoted && peek().kind == QueryToken::Kind::LeftParen) {
                // title:(a OR b): every term of the group is restricted to the title.
                auto group = parsePrimary();
                if (group)
                    markTitleOnly(*group);
                return group;
            }
            if (value.isEmpty())
                fail(QStringLiteral("“title:” needs a word after it, e.g. title:GPU"));
            return textNode(value, token.prefix, true, token.quoted);
        }
        if (value.isEmpty())
            fail(QStringLiteral("“%1:” needs a value after it, e.g. %2").arg(token.name, example(token.name)));

        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Filter;
        Filter &filter = node->filter;
        const QString lower = value.toLower();
        if (token.name == QLatin1String("tag")) {
            filter.kind = Filter::Kind::Tag;
            filter.value = value;
        } else if (token.name == QLatin1String("site")) {
            filter.kind = Filter::Kind::Site;
            filter.value = lower;
        } else if (token.name == QLatin1String("author")) {
            filter.kind = Filter::Kind::Author;
            filter.value = value;
        } else if (token.name == QLatin1String("is")) {
            if (lower == QLatin1String("unread"))
                filter.kind = Filter::Kind::Unread;
            else if (lower == QLatin1String("read"))
                filter.kind = Filter::Kind::Read;
            else if (lower == QLatin1String("starred"))
                filter.kind = Filter::Kind::Starred;
            else
                fail(QStringLiteral("“is:%1” is unknown: use is:unread, is:read or is:starred").arg(value));
        } else if (token.name == QLatin1String("has")) {
            if (lower == QLatin1String("highlights") || lower == QLatin1String("highlight"))
                filter.kind = Filter::Kind::HasHighlights;
            else if (lower == QLatin1String("note") || lower == QLatin1String("notes"))
                filter.kind = Filter::Kind::HasNote;
            else
                fail(QStringLiteral("“has:%1” is unknown: use has:highlights or has:note").arg(value));
        } else if (token.name == QLatin1String("lang")) {
            filter.kind = Filter::Kind::Language;
            if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh-")) || lower == u"中文"
                || lower == QLatin1String("chinese"))
                filter.value = QStringLiteral("zh");
            else if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en-"))
                     || lower == QLatin1String("english") || lower == u"英文")
                filter.value = QStringLiteral("en");
            else
                fail(QStringLiteral("“lang:%1” is unknown: use lang:zh or lang:en").arg(value));
        } else { // before / after
            const auto date = parseDate(value);
            if (!date)
                fail(QStringLiteral("“%1:%2” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY").arg(token.name, value));
            filter.kind = token.name == QLatin1String("before") ? Filter::Kind::Before : Filter::Kind::After;
            filter.date = *date;
        }
        return node;
    }

    static void markTitleOnly(Node &node)
    {
        if (node.kind == Node::Kind::Text)
            node.titleOnly = true;
        for (auto &child : node.children)
            markTitleOnly(*child);
    }

    static QString example(const QString &name)
    {
        if (name == QLatin1String("is"))
            return QStringLiteral("is:unread");
        if (name == QLatin1String("lang"))
            return QStringLiteral("lang:zh");
        if (name == QLatin1String("has"))
            return QStringLiteral("has:highlights");
        if (name == QLatin1String("before") || name == QLatin1String("after"))
            return name + QStringLiteral(":2024-05");
        if (name == QLatin1String("site"))
            return QStringLiteral("site:example.com");
        return name + QStringLiteral(":\"machine learning\"");
    }

    QList<QueryToken> m_tokens;
    qsizetype m_at = 0;
    int m_depth = 0;
    int m_terms = 0;
};

// One compiled part of a query: its FTS5 expression and its boolean formula (CompiledQuery::logic).
struct Expr
{
    QString fts;
    QString logic;

    bool isEmpty() const { return fts.isEmpty(); }

    // The parts joined by AND or OR (one part stays as it is; none gives an empty part).
    static Expr join(const QList<Expr> &parts, const char *op)
    {
        if (parts.size() <= 1)
            return parts.value(0);
        QStringList fts, logic;
        for (const Expr &part : parts) {
            fts << part.fts;
            logic << part.logic;
        }
        const QString separator = QLatin1Char(' ') + QLatin1String(op) + QLatin1Char(' ');
        return {QLatin1Char('(') + fts.join(separator) + u')', QLatin1Char('(') + logic.join(separator) + u')'};
    }
};

class Compiler final
{
public:
    // widen: send unquoted terms that end in a Latin word as prefix queries.
    explicit Compiler(bool widen) : m_widen(widen) {}

    CompiledQuery compile(const Node &root)
    {
        std::vector<const Node *> positives;
        std::vector<const Node *> negatives;
        collectTopLevel(root, positives, negatives);
        const Expr expression = compileAnd(positives, negatives, true);
        m_compiled.match = expression.fts;
        m_compiled.logic = expression.logic;
        return std::move(m_compiled);
    }

    bool sawUnsearchableText() const { return m_sawUnsearchable; }
    bool widened() const { return m_widened; }

private:
    [[noreturn]] static void fail(const QString &message) { throw ParseError{message}; }

    // Filters apply to the whole query, so they may sit only in the top-level AND chain.
    void collectTopLevel(const Node &node, std::vector<const Node *> &positives, std::vector<const Node *> &negatives)
    {
        if (node.kind == Node::Kind::And) {
            for (const auto &child : node.children)
                collectTopLevel(*child, positives, negatives);
        } else if (node.kind == Node::Kind::Filter) {
            m_compiled.filters << node.filter;
        } else if (node.kind == Node::Kind::Not && node.children.front()->kind == Node::Kind::Filter) {
            Filter filter = node.children.front()->filter;
            filter.negated = true;
            m_compiled.filters << filter;
        } else if (node.kind == Node::Kind::Not) {
            negatives.push_back(&node);
        } else {
            positives.push_back(&node);
        }
    }

    Expr compileAnd(const std::vector<const Node *> &positives, const std::vector<const Node *> &negatives,
                    bool topLevel)
    {
        QList<Expr> included;
        for (const Node *node : positives) {
            Expr expression = compileNode(*node);
            if (!expression.isEmpty())
                included << std::move(expression);
        }
        QList<Expr> excluded;
        ++m_negatedDepth; // excluded words are not highlighted
        for (const Node *node : negatives) {
            Expr expression = compileNode(*node->children.front());
            if (!expression.isEmpty())
                excluded << std::move(expression);
        }
        --m_negatedDepth;
        if (included.isEmpty() && !excluded.isEmpty()) {
            if (!topLevel)
                fail(QStringLiteral("A group cannot consist only of excluded words: add a word to search for"));
            // Only exclusions (with or without filters): every article that has none of them.
            const Expr any = Expr::join(excluded, "OR");
            m_compiled.exclude = excluded.size() == 1 ? any.fts : any.fts.mid(1, any.fts.size() - 2); // a whole expression
            m_compiled.excludeLogic = any.logic;
            m_compiled.phrases.clear();
            return {};
        }
        if (included.isEmpty())
            return {};
        Expr expression = Expr::join(included, "AND");
        if (!excluded.isEmpty()) {
            const Expr any = Expr::join(excluded, "OR");
            expression.fts = QLatin1Char('(') + expression.fts + QLatin1String(" NOT ") + any.fts + u')';
            expression.logic = QLatin1Char('(') + expression.logic + QLatin1String(" AND NOT ") + any.logic + u')';
        }
        return expression;
    }

    Expr compileNode(const Node &node)
    {
        switch (node.kind) {
        case Node::Kind::Text:
            return compileText(node);
        case Node::Kind::Filter:
            fail(QStringLiteral("Filters such as tag: or is: apply to the whole query; they cannot be used "
                                "inside OR or an excluded group"));
        case Node::Kind::Not:
            if (node.children.front()->kind == Node::Kind::Filter)
                return compileNode(*node.children.front()); // fails with the message above
            fail(QStringLiteral("An excluded word cannot be an alternative of OR: use -word outside the OR"));
        case Node::Kind::And: {
            std::vector<const Node *> positives;
            std::vector<const Node *> negatives;
            for (const auto &child : node.children) {
                if (child->kind == Node::Kind::Not && child->children.front()->kind != Node::Kind::Filter)
                    negatives.push_back(child.get());
                else
                    positives.push_back(child.get());
            }
            return compileAnd(positives, negatives, false);
        }
        case Node::Kind::Or: {
            QList<Expr> alternatives;
            for (const auto &child : node.children) {
                Expr expression = compileNode(*child);
                if (!expression.isEmpty())
                    alternatives << std::move(expression);
            }
            if (alternatives.size() > 1)
                m_compiled.hasOr = true;
            return Expr::join(alternatives, "OR");
        }
        }
        return {};
    }

    Expr compileText(const Node &node)
    {
        if (!text::hasSearchableText(node.text)) {
            m_sawUnsearchable = true;
            return {};
        }
        // Excluded words stay exact: -ads must not drop the articles about adsorption.
        // So do terms ending in punctuation: "C++" is not "c*".
        const QString trimmed = node.text.trimmed();
        const bool widen = m_widen && !node.prefix && !node.quoted && !m_negatedDepth && !trimmed.isEmpty()
            && (trimmed.back().isLetterOrNumber() || trimmed.back().isSurrogate() || trimmed.back().isMark())
            && text::endsWithWordToken(trimmed);
        m_widened = m_widened || widen;
        if (!m_negatedDepth) {
            ++m_positiveTerms;
            if (widen) {
                const QList<text::Token> tokens = text::tokenize(trimmed.toUtf8(), text::TokenizeMode::Query);
                m_shortWidened += !tokens.isEmpty() && QString::fromUtf8(tokens.back().text).size() <= kShortPrefix;
            }
            m_compiled.shortPrefixesOnly = m_shortWidened == m_positiveTerms;
        }
        // A prefix term is highlighted as the whole words it begins.
        const QString term = node.text.simplified() + (node.prefix || widen ? QStringLiteral("*") : QString());
        if (!m_compiled.terms.contains(term) && !m_negatedDepth)
            m_compiled.terms << term;
        QString quoted = node.text;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        if (node.prefix || widen || text::isLoneCjkCharacter(node.text))
            quoted += QLatin1Char('*');
        if (node.titleOnly)
            quoted = QLatin1String("title : ") + quoted;
        m_compiled.phrases << quoted;
        m_compiled.leaves << quoted;
        m_compiled.tagLeaves << (widen ? quoted.chopped(1) : quoted); // without the widening '*'
        return Expr{quoted, QStringLiteral("{%1}").arg(m_compiled.leaves.size() - 1)};
    }

    CompiledQuery m_compiled;
    int m_positiveTerms = 0; // text terms searched for (not excluded)
    int m_shortWidened = 0;  // of which widened words of at most kShortPrefix characters
    bool m_widen = true;
    bool m_widened = false;
    bool m_sawUnsearchable = false;
    int m_negatedDepth = 0;
};

} // namespace

Result<CompiledQuery> compileQuery(const QString &query)
{
    if (query.trimmed().isEmpty())
        return makeError(ErrorCode::QueryError, QT_TRANSLATE_NOOP("offprint::Error", "empty query"), QString());
    if (query.size() > kMaxQueryLength)
        return makeError(ErrorCode::QueryError, QT_TRANSLATE_NOOP("offprint::Error", "The query is too long (at most %2 characters)"), query,
                         {QString::number(kMaxQueryLength)});
    try {
        Parser parser(lexQuery(query));
        const NodePtr root = parser.parseQuery();
        if (!root) {
            return makeError(ErrorCode::QueryError, QT_TRANSLATE_NOOP("offprint::Error", "Nothing to search for in %1: it has no words"),
                             quoteForMessage(query.trimmed()));
        }
        Compiler compiler(true);
        CompiledQuery compiled = compiler.compile(*root);
        if (compiler.widened()) {
            CompiledQuery exact = Compiler(false).compile(*root);
            compiled.exactMatch = exact.match;
            compiled.exactPhrases = exact.phrases;
        }
        if (compiled.match.isEmpty() && compiled.filters.isEmpty() && compiled.exclude.isEmpty()) {
            if (compiler.sawUnsearchableText())
                return makeError(ErrorCode::QueryError, QT_TRANSLATE_NOOP("offprint::Error", "Nothing to search for in %1: it has no letters or digits"),
                                 quoteForMessage(query.trimmed()));
            return makeError(ErrorCode::QueryError, QT_TRANSLATE_NOOP("offprint::Error", "empty query"), QString());
        }
        return compiled;
    } catch (const ParseError &error) {
        return makeError(ErrorCode::QueryError, error.message);
    } catch (const std::exception &) {
        return makeError(ErrorCode::QueryError, QT_TRANSLATE_NOOP("offprint::Error", "The query could not be read"), query);
    }
}

} // namespace offprint::search
