#include "search/querylexer.h"

namespace offprint::search {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

QChar closingQuote(QChar open)
{
    switch (open.unicode()) {
    case u'"':
        return u'"';
    case u'\u201C': // “
        return u'\u201D';
    case u'\u300C': // 「
        return u'\u300D';
    case u'\u300E': // 『
        return u'\u300F';
    default:
        return QChar();
    }
}

bool isOpeningQuote(QChar c)
{
    return !closingQuote(c).isNull();
}

// Reads a quoted string starting at the opening quote `at`; moves `at` past the closing quote (or to
// the end when it is missing: a half-typed query still searches). Inside, a backslash before a quote
// or another backslash makes it literal (tag:"a\"b" is the tag a"b); any other backslash is kept.
QString readQuoted(const QString &text, qsizetype &at)
{
    const QChar close = closingQuote(text.at(at));
    const auto closes = [close](QChar c) { return c == close || (close != u'"' && c == u'"'); };
    ++at;
    QString value;
    while (at < text.size() && !closes(text.at(at))) {
        if (text.at(at) == u'\\' && at + 1 < text.size() && (closes(text.at(at + 1)) || text.at(at + 1) == u'\\'))
            ++at;
        value += text.at(at);
        ++at;
    }
    if (at < text.size())
        ++at;
    return value;
}

QString normalise(const QString &query)
{
    QString text = query.normalized(QString::NormalizationForm_KC);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate() || c.category() == QChar::Other_Control)
            text[i] = u' ';
    }
    return text;
}

} // namespace

bool isFilterName(const QString &name)
{
    static const QStringList names = {QStringLiteral("tag"),   QStringLiteral("site"), QStringLiteral("author"),
                                      QStringLiteral("title"), QStringLiteral("is"),   QStringLiteral("lang"),
                                      QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("has")};
    return names.contains(name);
}

QList<QueryToken> lexQuery(const QString &query)
{
    const QString text = normalise(query);
    QList<QueryToken> tokens;
    qsizetype at = 0;
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (isSpace(c)) {
            ++at;
            continue;
        }
        QueryToken token;
        token.position = int(at);
        if (c == u'(' || c == u')') {
            token.kind = c == u'(' ? QueryToken::Kind::LeftParen : QueryToken::Kind::RightParen;
            ++at;
            tokens << token;
            continue;
        }
        if (isOpeningQuote(c)) {
            token.kind = QueryToken::Kind::Phrase;
            token.text = readQuoted(text, at);
            if (at < text.size() && text.at(at) == u'*') {
                token.prefix = true;
                while (at < text.size() && text.at(at) == u'*')
                    ++at;
            }
            tokens << token;
            continue;
        }
        if (c == u'-') {
            qsizetype next = at;
            while (next < text.size() && text.at(next) == u'-')
                ++next;
            if (next < text.size() && !isSpace(text.at(next)) && text.at(next) != u')') {
                token.kind = QueryToken::Kind::Not;
                tokens << token;
            }
            // A dash followed by white space is punctuation ("GPU - NVIDIA"): dropped.
            at = next;
            continue;
        }

        const qsizetype start = at;
        while (at < text.size() && !isSpace(text.at(at)) && text.at(at) != u'(' && text.at(at) != u')'
               && !isOpeningQuote(text.at(at)))
            ++at;
        QString word = text.mid(start, at - start);
        if (word == QLatin1String("OR") || word == QLatin1String("AND") || word == QLatin1String("NOT")) {
            token.kind = word == QLatin1String("OR")    ? QueryToken::Kind::Or
                         : word == QLatin1String("AND") ? QueryToken::Kind::And
                                                        : QueryToken::Kind::Not;
            tokens << token;
            continue;
        }
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0 && isFilterName(word.left(colon).toLower())) {
            token.kind = QueryToken::Kind::Filter;
            token.name = word.left(colon).toLower();
            token.text = word.mid(colon + 1);
            if (token.text.isEmpty() && at < text.size() && isOpeningQuote(text.at(at))) {
                token.text = readQuoted(text, at);
                token.quoted = true;
            }
            if (!token.quoted && token.text.endsWith(u'*')) {
                while (token.text.endsWith(u'*'))
                    token.text.chop(1);
                token.prefix = true;
            }
            tokens << token;
            continue;
        }
        token.kind = QueryToken::Kind::Word;
        if (word.endsWith(u'*')) {
            while (word.endsWith(u'*'))
                word.chop(1);
            token.prefix = true;
        }
        token.text = word;
        tokens << token;
    }
    QueryToken end;
    end.position = int(text.size());
    tokens << end;
    return tokens;
}

} // namespace offprint::search
