#include "html/sanitize.h"

#include "html/document.h"
#include "html/node.h"
#include "html/sanitizewriter.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_set>
#include <vector>

#include <strings.h>

namespace offprint::html {

namespace {

using Block = SanitizeWriter::Block;

constexpr qsizetype kMaxHrefBytes = 2048;
constexpr qsizetype kMaxAltBytes = 300;
constexpr size_t kMaxFragmentTargets = 2 * SanitizeWriter::kMaxAnchors; // each as written and decoded
constexpr int kMaxSpan = 64;

// What an element becomes.
enum class Kind : std::uint8_t {
    Drop,        // left out with its content
    Transparent, // left out, children kept
    Generic,     // left out, children kept, separates paragraphs
    Style, Link, Image, Break, Rule,
    Leaf, Pre, List, Item, DefList, DefTerm, DefDesc, Quote, Table, Row, Cell, Caption
};

Kind kindOfOther(const Node &node)
{
    // Elements the tag table does not know; only a few matter.
    const QString name = node.tagName();
    if (name == QLatin1String("frameset") || name == QLatin1String("noframes") || name == QLatin1String("noembed")
        || name == QLatin1String("param") || name == QLatin1String("track") || name == QLatin1String("keygen")
        || name == QLatin1String("datalist") || name == QLatin1String("output") || name == QLatin1String("meter")
        || name == QLatin1String("progress") || name == QLatin1String("rp"))
        return Kind::Drop;
    if (name == QLatin1String("xmp") || name == QLatin1String("listing") || name == QLatin1String("plaintext"))
        return Kind::Pre;
    return Kind::Transparent;
}

Kind kindOf(const Node &node, Tag tag, std::uint16_t *bit)
{
    switch (tag) {
    case Tag::Head: case Tag::Title: case Tag::Meta: case Tag::Link: case Tag::Base: case Tag::Script:
    case Tag::Style: case Tag::Noscript: case Tag::Template: case Tag::Iframe: case Tag::Frame: case Tag::Svg:
    case Tag::Math: case Tag::Input: case Tag::Button: case Tag::Select: case Tag::Option: case Tag::Textarea:
    case Tag::Video: case Tag::Audio: case Tag::Canvas: case Tag::Object: case Tag::Embed: case Tag::Applet:
    case Tag::Map: case Tag::Area: case Tag::Source: case Tag::Colgroup: case Tag::Col: case Tag::Dialog:
        return Kind::Drop;
    case Tag::B: case Tag::Strong: *bit = kBold; return Kind::Style;
    case Tag::I: case Tag::Em: case Tag::Cite: case Tag::Var: *bit = kItalic; return Kind::Style;
    case Tag::U: case Tag::Ins: *bit = kUnderline; return Kind::Style;
    case Tag::S: case Tag::Strike: case Tag::Del: *bit = kStrike; return Kind::Style;
    case Tag::Code: case Tag::Kbd: case Tag::Samp: case Tag::Tt: *bit = kCode; return Kind::Style;
    case Tag::Sup: *bit = kSup; return Kind::Style;
    case Tag::Sub: *bit = kSub; return Kind::Style;
    case Tag::A: return Kind::Link;
    case Tag::Img: return Kind::Image;
    case Tag::Br: return Kind::Break;
    case Tag::Hr: return Kind::Rule;
    case Tag::Wbr: return Kind::Drop;
    case Tag::P: case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
        return Kind::Leaf;
    case Tag::Pre: return Kind::Pre;
    case Tag::Ul: case Tag::Ol: case Tag::Menu: return Kind::List;
    case Tag::Li: return Kind::Item;
    case Tag::Dl: return Kind::DefList;
    case Tag::Dt: return Kind::DefTerm;
    case Tag::Dd: return Kind::DefDesc;
    case Tag::Blockquote: return Kind::Quote;
    case Tag::Table: return Kind::Table;
    case Tag::Thead: case Tag::Tbody: case Tag::Tfoot: return Kind::Transparent;
    case Tag::Tr: return Kind::Row;
    case Tag::Td: case Tag::Th: return Kind::Cell;
    case Tag::Caption: return Kind::Caption;
    case Tag::Other: return node.isElement() ? kindOfOther(node) : Kind::Drop;
    default:
        return isBlockTag(tag) ? Kind::Generic : Kind::Transparent;
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool startsWithNoCase(const char *s, const char *prefix)
{
    return strncasecmp(s, prefix, std::strlen(prefix)) == 0;
}

// `hidden`, or an inline style with display:none: a browser shows none of it.
bool isHidden(const Node &node)
{
    if (node.hasAttribute("hidden"))
        return true;
    const char *style = node.attributeRaw("style");
    if (!style)
        return false;
    for (const char *p = style; (p = strcasestr(p, "display")) != nullptr;) {
        p += 7;
        while (isSpace(*p))
            ++p;
        if (*p != ':')
            continue;
        ++p;
        while (isSpace(*p))
            ++p;
        if (startsWithNoCase(p, "none"))
            return true;
    }
    return false;
}

std::string trimmed(const char *raw, qsizetype limit)
{
    // Browsers strip surrounding white space and drop tabs and newlines inside URLs.
    std::string out;
    const qsizetype size = qsizetype(std::strlen(raw));
    qsizetype from = 0;
    qsizetype to = size;
    while (from < to && (isSpace(raw[from]) || raw[from] == '\0'))
        ++from;
    while (to > from && isSpace(raw[to - 1]))
        --to;
    if (to - from > limit)
        return {};
    for (qsizetype i = from; i < to; ++i) {
        if (raw[i] != '\t' && raw[i] != '\n' && raw[i] != '\r')
            out += raw[i];
    }
    return out;
}

// The link target kept for an href, or empty: http(s), mailto and in-page fragments only.
QByteArray allowedHref(const char *raw, const QUrl &base)
{
    const std::string href = trimmed(raw, kMaxHrefBytes);
    if (href.empty())
        return {};
    if (href[0] == '#')
        return href.size() > 1 ? QByteArray(href.data(), qsizetype(href.size())) : QByteArray();
    size_t colon = 0;
    while (colon < href.size() && (std::isalnum(static_cast<unsigned char>(href[colon])) || href[colon] == '+'
                                   || href[colon] == '-' || href[colon] == '.'))
        ++colon;
    const bool hasScheme = colon > 0 && colon < href.size() && href[colon] == ':'
        && std::isalpha(static_cast<unsigned char>(href[0]));
    if (hasScheme) {
        const std::string scheme = href.substr(0, colon);
        if (strcasecmp(scheme.c_str(), "http") == 0 || strcasecmp(scheme.c_str(), "https") == 0
            || strcasecmp(scheme.c_str(), "mailto") == 0)
            return QByteArray(href.data(), qsizetype(href.size()));
        return {};
    }
    if (!base.isValid() || base.isRelative())
        return {};
    const QUrl resolved = base.resolved(QUrl(QString::fromUtf8(href.data(), qsizetype(href.size()))));
    const QString scheme = resolved.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    return resolved.toEncoded();
}

int span(const Node &cell, const char *name)
{
    const char *v = cell.attributeRaw(name);
    if (!v)
        return 1;
    const long n = std::strtol(v, nullptr, 10);
    return n < 1 ? 1 : n > kMaxSpan ? kMaxSpan : int(n);
}

bool validLang(const char *lang)
{
    const size_t n = std::strlen(lang);
    if (n == 0 || n > 35)
        return false;
    for (size_t i = 0; i < n; ++i) {
        if (!std::isalnum(static_cast<unsigned char>(lang[i])) && lang[i] != '-')
            return false;
    }
    return true;
}

class Sanitizer
{
public:
    Sanitizer(const Document &doc, const SanitizeOptions &options)
        : m_options(options), m_writer(doc.bytes().size(), options.maxWork),
          m_cellsLeft(options.maxTableCells)
    {
    }

    QString run(const Document &doc);

private:
    enum class Leave : std::uint8_t { Nothing, Boundary, Close, CloseTwice, CloseCaption };
    struct Frame
    {
        Node node;
        int next = 0;
        int count = 0;
        TextStyle style;
        bool pre = false;
        bool flatTables = false; // tables below are written flat
        int tableDepth = 0;
        Leave leave = Leave::Nothing;
        int suspended = -1; // the table a caption went before (index into m_suspended)
        int flatCells = 0;  // cells of this row written flat so far
    };

    void collectTargets(const Node &root);
    void enter(const Node &node, Frame &parent);
    void leave(Frame &frame);
    bool canHoldBlock(int extraDepth) const;
    std::string blockAttributes(const Node &node, const TextStyle &style) const;
    bool tableFits(const Node &table, bool *headed);

    const SanitizeOptions &m_options;
    SanitizeWriter m_writer;
    std::vector<Frame> m_stack;
    std::vector<SanitizeWriter::Frame> m_suspended;
    std::unordered_set<std::string> m_targets;
    qint64 m_cellsLeft;
};

void Sanitizer::collectTargets(const Node &root)
{
    // The fragments the page links to: only their targets become anchors.
    forEachDescendant(root, [this](Node n) {
        if (!n.isElement())
            return false;
        const Tag tag = n.tag();
        if (tag == Tag::Script || tag == Tag::Style || tag == Tag::Svg || tag == Tag::Math || tag == Tag::Template)
            return false;
        if (tag == Tag::A && m_targets.size() < kMaxFragmentTargets) {
            if (const char *href = n.attributeRaw("href")) {
                const std::string h = trimmed(href, kMaxHrefBytes);
                if (h.size() > 1 && h[0] == '#') {
                    m_targets.insert(h.substr(1));
                    const QByteArray decoded = QByteArray::fromPercentEncoding(QByteArray(h.data() + 1, qsizetype(h.size() - 1)));
                    m_targets.insert(decoded.toStdString());
                }
            }
        }
        return true;
    }, std::numeric_limits<int>::max());
}

bool Sanitizer::canHoldBlock(int extraDepth) const
{
    switch (m_writer.top()) {
    case Block::Root: case Block::Quote: case Block::Item: case Block::DefTerm: case Block::DefDesc: case Block::Cell:
        return m_writer.depth() + extraDepth <= m_options.maxDepth;
    default:
        return false;
    }
}

std::string Sanitizer::blockAttributes(const Node &node, const TextStyle &style) const
{
    std::string out;
    if (style.dir == TextDirection::Rtl)
        out += " dir=\"rtl\"";
    else if (style.dir == TextDirection::Ltr)
        out += " dir=\"ltr\"";
    if (const char *lang = node.attributeRaw("lang"); lang && validLang(lang))
        out += SanitizeWriter::attribute("lang", lang, qsizetype(std::strlen(lang)));
    return out;
}

bool Sanitizer::tableFits(const Node &table, bool *headed)
{
    // Counted before anything is written, so that a table is either written whole or flat.
    qint64 cells = 0;
    bool fits = true;
    *headed = false;
    forEachDescendant(table, [&](Node n) {
        if (!fits || !n.isElement())
            return false;
        const Tag tag = n.tag();
        std::uint16_t bit = 0;
        if (kindOf(n, tag, &bit) == Kind::Drop)
            return false;
        if (tag == Tag::Tr) {
            int columns = 0;
            for (int i = 0, count = n.childCount(); i < count; ++i) {
                const Node cell = n.child(i);
                if (cell.is(Tag::Td) || cell.is(Tag::Th))
                    columns += span(cell, "colspan");
            }
            if (columns > m_options.maxTableColumns)
                fits = false;
        } else if (tag == Tag::Td || tag == Tag::Th) {
            cells += qint64(span(n, "colspan")) * span(n, "rowspan");
            *headed = *headed || tag == Tag::Th;
            if (cells > m_cellsLeft)
                fits = false;
        } else if (tag == Tag::Caption) {
            *headed = true;
        }
        return fits;
    }, std::numeric_limits<int>::max());
    fits = fits && cells * SanitizeWriter::kCellCost <= m_writer.workLeft();
    if (fits) {
        m_cellsLeft -= cells;
        m_writer.charge(cells * SanitizeWriter::kCellCost);
    }
    return fits;
}

void Sanitizer::enter(const Node &node, Frame &parent)
{
    const Tag tag = node.tag();
    std::uint16_t bit = 0;
    Kind kind = kindOf(node, tag, &bit);
    if (kind == Kind::Drop || (tag != Tag::Body && tag != Tag::Html && isHidden(node)))
        return;
    if (const char *id = node.attributeRaw("id"); id && !m_targets.empty() && m_targets.erase(id))
        m_writer.anchor(id);

    Frame f;
    f.node = node;
    f.count = node.childCount();
    f.style = parent.style;
    f.pre = parent.pre;
    f.flatTables = parent.flatTables;
    f.tableDepth = parent.tableDepth;
    if (const char *dir = node.attributeRaw("dir")) {
        if (strcasecmp(dir, "rtl") == 0)
            f.style.dir = TextDirection::Rtl;
        else if (strcasecmp(dir, "ltr") == 0)
            f.style.dir = TextDirection::Ltr;
    }

    const auto openOr = [&](bool allowed, Block block, const char *name, std::string attributes = {}) {
        if (allowed) {
            m_writer.open(block, name, std::move(attributes));
            f.leave = Leave::Close;
        } else {
            m_writer.boundary();
            f.leave = Leave::Boundary;
        }
        return allowed;
    };

    switch (kind) {
    case Kind::Drop:
        return;
    case Kind::Image: {
        const char *alt = node.attributeRaw("alt");
        if (!alt)
            return;
        const std::string text = trimmed(alt, kMaxAltBytes);
        if (text.empty())
            return;
        const std::string bracketed = "[" + text + "]";
        m_writer.text(bracketed.data(), qsizetype(bracketed.size()), parent.style, false);
        return;
    }
    case Kind::Break:
        m_writer.lineBreak();
        return;
    case Kind::Rule:
        m_writer.rule();
        return;
    case Kind::Style:
        f.style.bits |= bit;
        break;
    case Kind::Link:
        if (const char *name = node.attributeRaw("name"); name && !m_targets.empty() && m_targets.erase(name))
            m_writer.anchor(name);
        if (const char *href = node.attributeRaw("href")) {
            const QByteArray allowed = allowedHref(href, m_options.baseUrl);
            if (!allowed.isEmpty()) {
                f.style.bits |= kLink;
                f.style.href = allowed;
            }
        }
        break;
    case Kind::Transparent:
        break;
    case Kind::Generic:
        m_writer.boundary();
        f.leave = Leave::Boundary;
        break;
    case Kind::Leaf:
        openOr(canHoldBlock(1), Block::Leaf, tagNameOf(tag), blockAttributes(node, f.style));
        break;
    case Kind::Pre:
        f.pre = openOr(canHoldBlock(1), Block::Leaf, "pre", blockAttributes(node, f.style)) || parent.pre;
        break;
    case Kind::List:
        openOr(canHoldBlock(2), Block::List, tag == Tag::Ol ? "ol" : "ul", blockAttributes(node, f.style));
        break;
    case Kind::Item:
        openOr(m_writer.top() == Block::List, Block::Item, "li", blockAttributes(node, f.style));
        break;
    case Kind::DefList:
        openOr(canHoldBlock(2), Block::DefList, "dl", blockAttributes(node, f.style));
        break;
    case Kind::DefTerm:
    case Kind::DefDesc:
        openOr(m_writer.top() == Block::DefList, kind == Kind::DefTerm ? Block::DefTerm : Block::DefDesc,
               kind == Kind::DefTerm ? "dt" : "dd", blockAttributes(node, f.style));
        break;
    case Kind::Quote:
        openOr(canHoldBlock(1), Block::Quote, "blockquote", blockAttributes(node, f.style));
        break;
    case Kind::Table: {
        bool headed = false;
        const bool table = !f.flatTables && f.tableDepth < m_options.maxTableNesting && canHoldBlock(3)
            && tableFits(node, &headed);
        std::string attributes = headed ? " border=\"1\"" : " border=\"0\"";
        attributes += " cellspacing=\"0\" cellpadding=\"4\"";
        attributes += blockAttributes(node, f.style);
        if (openOr(table, Block::Table, "table", std::move(attributes)))
            ++f.tableDepth;
        else
            f.flatTables = true; // and so every table inside: each is counted at most once
        break;
    }
    case Kind::Row:
        openOr(m_writer.top() == Block::Table, Block::Row, "tr");
        break;
    case Kind::Cell: {
        std::string attributes = blockAttributes(node, f.style);
        if (const int colspan = span(node, "colspan"); colspan > 1)
            attributes += " colspan=\"" + std::to_string(colspan) + "\"";
        if (const int rowspan = span(node, "rowspan"); rowspan > 1)
            attributes += " rowspan=\"" + std::to_string(rowspan) + "\"";
        if (m_writer.top() == Block::Row) {
            m_writer.open(Block::Cell, tag == Tag::Th ? "th" : "td", std::move(attributes));
            f.leave = Leave::Close;
        } else if (parent.node.is(Tag::Tr)) {
            // A cell of a table written flat: its row is one paragraph.
            if (parent.flatCells++ > 0) {
                static const char kSeparator[] = " | ";
                m_writer.text(kSeparator, qsizetype(sizeof kSeparator - 1), parent.style, false);
            }
        } else {
            m_writer.boundary();
            f.leave = Leave::Boundary;
        }
        break;
    }
    case Kind::Caption:
        f.style.bits |= kBold;
        if (m_writer.top() == Block::Table && !m_writer.topFlushed()) {
            // Qt's rich text has no captions: the caption is a paragraph just before its table.
            m_suspended.push_back(m_writer.suspend());
            f.suspended = int(m_suspended.size()) - 1;
            m_writer.open(Block::Leaf, "p", blockAttributes(node, f.style));
            f.leave = Leave::CloseCaption;
        } else if (m_writer.top() == Block::Table) {
            m_writer.open(Block::Row, "tr");
            m_writer.open(Block::Cell, "td", blockAttributes(node, f.style));
            f.leave = Leave::CloseTwice;
        } else {
            m_writer.boundary();
            f.leave = Leave::Boundary;
        }
        break;
    }
    m_stack.push_back(std::move(f));
}

void Sanitizer::leave(Frame &frame)
{
    switch (frame.leave) {
    case Leave::Nothing:
        break;
    case Leave::Boundary:
        m_writer.boundary();
        break;
    case Leave::Close:
        m_writer.close();
        break;
    case Leave::CloseTwice:
        m_writer.close();
        m_writer.close();
        break;
    case Leave::CloseCaption:
        m_writer.close();
        m_writer.restore(std::move(m_suspended[size_t(frame.suspended)]));
        m_suspended.pop_back();
        break;
    }
}

QString Sanitizer::run(const Document &doc)
{
    collectTargets(doc.document());
    Frame root;
    root.node = doc.body() ? doc.body() : doc.root();
    if (!root.node)
        return {};
    root.count = root.node.childCount();
    if (const char *dir = root.node.attributeRaw("dir"); dir && strcasecmp(dir, "rtl") == 0)
        root.style.dir = TextDirection::Rtl;
    else if (const char *htmlDir = doc.root().attributeRaw("dir"); htmlDir && strcasecmp(htmlDir, "rtl") == 0)
        root.style.dir = TextDirection::Rtl;
    m_stack.push_back(root);
    while (!m_stack.empty() && !m_writer.full()) {
        Frame &top = m_stack.back();
        if (top.next >= top.count) {
            leave(top);
            m_stack.pop_back();
            continue;
        }
        const Node child = top.node.child(top.next++);
        if (child.isText()) {
            const char *text = child.rawText();
            m_writer.text(text, qsizetype(std::strlen(text)), top.style, top.pre);
        } else if (child.isElement()) {
            enter(child, top); // may grow m_stack: `top` is not used after this
        }
    }
    return m_writer.finish(m_options.cutNote);
}

} // namespace

QString sanitizedHtml(const Document &document, const SanitizeOptions &options)
{
    Sanitizer sanitizer(document, options);
    return sanitizer.run(document);
}

QString sanitizedFragment(const QString &html, const SanitizeOptions &options)
{
    const auto doc = Document::parse(html.toUtf8());
    return sanitizedHtml(*doc, options);
}

} // namespace offprint::html
