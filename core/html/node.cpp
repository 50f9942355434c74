#include "html/node.h"

#include <QStringList>

#include <gumbo.h>

#include <QHash>

#include <array>
#include <cstring>
#include <limits>
#include <strings.h>

namespace offprint::html {

namespace {

constexpr std::array<const char *, size_t(Tag::Count)> kTagNames = {
    "", "html", "head", "body", "title", "meta", "link", "base", "script", "style", "noscript", "template", "iframe",
    "frame", "svg", "math", "form", "input", "button", "select", "option", "textarea", "label", "fieldset", "nav",
    "header", "footer", "aside", "main", "article", "section", "div", "span", "p", "br", "wbr", "hr", "h1", "h2",
    "h3", "h4", "h5", "h6", "a", "img", "picture", "source", "figure", "figcaption", "ul", "ol", "li", "dl", "dt",
    "dd", "blockquote", "pre", "code", "kbd", "samp", "tt", "var", "em", "i", "strong", "b", "u", "s", "strike",
    "del", "ins", "sub", "sup", "mark", "small", "big", "font", "center", "cite", "q", "abbr", "time", "address",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "video", "audio", "canvas",
    "object", "embed", "details", "summary", "menu", "dialog", "map", "area", "applet", "marquee", "hgroup"};

// GumboTag → Tag, built once from the names so it does not depend on gumbo's enum order.
struct TagTable
{
    std::array<Tag, GUMBO_TAG_LAST + 1> fromGumbo{};
    QHash<QString, Tag> byName;
    TagTable()
    {
        for (size_t i = 1; i < kTagNames.size(); ++i)
            byName.insert(QString::fromLatin1(kTagNames[i]), Tag(i));
        for (int g = 0; g < GUMBO_TAG_LAST; ++g) {
            const char *name = gumbo_normalized_tagname(GumboTag(g));
            fromGumbo[g] = name ? byName.value(QString::fromLatin1(name), Tag::Other) : Tag::Other;
        }
        fromGumbo[GUMBO_TAG_LAST] = Tag::Other;
    }
};

const TagTable &tagTable()
{
    static const TagTable table;
    return table;
}

const GumboNode *g(const GumboInternalNode *n)
{
    return static_cast<const GumboNode *>(n);
}

bool elementLike(const GumboNode *n)
{
    return n && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}

const GumboVector *childVector(const GumboNode *n)
{
    if (elementLike(n))
        return &n->v.element.children;
    if (n && n->type == GUMBO_NODE_DOCUMENT)
        return &n->v.document.children;
    return nullptr;
}

} // namespace

bool Node::isElement() const
{
    return elementLike(g(m_node));
}

bool Node::isText() const
{
    if (!m_node)
        return false;
    const auto t = g(m_node)->type;
    return t == GUMBO_NODE_TEXT || t == GUMBO_NODE_CDATA || t == GUMBO_NODE_WHITESPACE;
}

bool Node::isWhitespace() const
{
    return m_node && g(m_node)->type == GUMBO_NODE_WHITESPACE;
}

bool Node::isComment() const
{
    return m_node && g(m_node)->type == GUMBO_NODE_COMMENT;
}

bool Node::isDocument() const
{
    return m_node && g(m_node)->type == GUMBO_NODE_DOCUMENT;
}

Tag Node::tag() const
{
    const GumboNode *n = g(m_node);
    if (!elementLike(n) || n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
        if (elementLike(n) && n->v.element.tag == GUMBO_TAG_SVG)
            return Tag::Svg;
        if (elementLike(n) && n->v.element.tag == GUMBO_TAG_MATH)
            return Tag::Math;
        return Tag::Other;
    }
    const int t = n->v.element.tag;
    if (t == GUMBO_TAG_UNKNOWN) {
        // gumbo 0.10 predates <picture>, <main> in some builds, and custom elements.
        GumboStringPiece piece = n->v.element.original_tag;
        gumbo_tag_from_original_text(&piece);
        if (piece.length == 0 || piece.length > 16)
            return Tag::Other;
        return tagFromName(QString::fromLatin1(piece.data, qsizetype(piece.length)).toLower());
    }
    return (t >= 0 && t <= GUMBO_TAG_LAST) ? tagTable().fromGumbo[t] : Tag::Other;
}

QString Node::tagName() const
{
    const GumboNode *n = g(m_node);
    if (!elementLike(n))
        return {};
    if (n->v.element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(n->v.element.tag));
    GumboStringPiece piece = n->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

const char *Node::attributeRaw(const char *name) const
{
    const GumboNode *n = g(m_node);
    if (!elementLike(n))
        return nullptr;
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : nullptr;
}

QString Node::attribute(const char *name) const
{
    const char *v = attributeRaw(name);
    return v ? QString::fromUtf8(v) : QString();
}

int Node::attributeCount() const
{
    const GumboNode *n = g(m_node);
    return elementLike(n) ? int(n->v.element.attributes.length) : 0;
}

QString Node::attributeName(int index) const
{
    const GumboNode *n = g(m_node);
    if (!elementLike(n) || index < 0 || unsigned(index) >= n->v.element.attributes.length)
        return {};
    return QString::fromUtf8(static_cast<const GumboAttribute *>(n->v.element.attributes.data[index])->name);
}

QString Node::attributeValue(int index) const
{
    const GumboNode *n = g(m_node);
    if (!elementLike(n) || index < 0 || unsigned(index) >= n->v.element.attributes.length)
        return {};
    return QString::fromUtf8(static_cast<const GumboAttribute *>(n->v.element.attributes.data[index])->value);
}

QString Node::classAndId() const
{
    const char *c = attributeRaw("class");
    const char *i = attributeRaw("id");
    if (!c && !i)
        return {};
    QString s;
    if (c)
        s = QString::fromUtf8(c);
    if (i) {
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += QString::fromUtf8(i);
    }
    return s.toLower();
}

int Node::childCount() const
{
    const GumboVector *v = childVector(g(m_node));
    return v ? int(v->length) : 0;
}

Node Node::child(int index) const
{
    const GumboVector *v = childVector(g(m_node));
    if (!v || index < 0 || unsigned(index) >= v->length)
        return Node();
    return Node(static_cast<const GumboNode *>(v->data[index]));
}

Node Node::parent() const
{
    return m_node ? Node(g(m_node)->parent) : Node();
}

int Node::indexInParent() const
{
    return m_node ? int(g(m_node)->index_within_parent) : -1;
}

Node Node::nextSibling() const
{
    return parent().child(indexInParent() + 1);
}

Node Node::previousSibling() const
{
    const int i = indexInParent();
    return i > 0 ? parent().child(i - 1) : Node();
}

Node Node::nextElementSibling() const
{
    Node p = parent();
    for (int i = indexInParent() + 1, n = p.childCount(); i < n; ++i) {
        if (p.child(i).isElement())
            return p.child(i);
    }
    return Node();
}

Node Node::previousElementSibling() const
{
    Node p = parent();
    for (int i = indexInParent() - 1; i >= 0; --i) {
        if (p.child(i).isElement())
            return p.child(i);
    }
    return Node();
}

const char *Node::rawText() const
{
    const GumboNode *n = g(m_node);
    if (!n || elementLike(n) || n->type == GUMBO_NODE_DOCUMENT)
        return nullptr;
    return n->v.text.text;
}

QString Node::text() const
{
    const char *t = rawText();
    return t ? QString::fromUtf8(t) : QString();
}

QString Node::textContent() const
{
    if (isText())
        return text();
    QByteArray out;
    forEachDescendant(*this, [&out](Node n) {
        if (n.isText()) {
            out += n.rawText();
            return false;
        }
        return n.isElement() && !isNonContentTag(n.tag());
    }, std::numeric_limits<int>::max()); // iterative: any depth is safe here, and flattening needs it
    return QString::fromUtf8(out);
}

QString visibleText(Node root)
{
    QByteArray out;
    forEachDescendant(root, [&out](Node n) {
        if (n.isText()) {
            out += n.rawText();
            return false;
        }
        if (!n.isElement())
            return false;
        switch (n.tag()) {
        case Tag::Script: case Tag::Style: case Tag::Template: case Tag::Head: case Tag::Title:
            return false;
        default:
            break;
        }
        if (isBlockTag(n.tag()) || n.is(Tag::Br) || n.is(Tag::Option))
            out += '\n';
        return true;
    }, std::numeric_limits<int>::max());
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.simplified();
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

const char *tagNameOf(Tag tag)
{
    return size_t(tag) < kTagNames.size() ? kTagNames[size_t(tag)] : "";
}

Tag tagFromName(const QString &lowercaseName)
{
    return tagTable().byName.value(lowercaseName, Tag::Other);
}

bool isBlockTag(Tag tag)
{
    switch (tag) {
    case Tag::Html: case Tag::Body: case Tag::Form: case Tag::Fieldset: case Tag::Nav: case Tag::Header:
    case Tag::Footer: case Tag::Aside: case Tag::Main: case Tag::Article: case Tag::Section: case Tag::Div:
    case Tag::P: case Tag::Hr: case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
    case Tag::Figure: case Tag::Figcaption: case Tag::Ul: case Tag::Ol: case Tag::Li: case Tag::Dl: case Tag::Dt:
    case Tag::Dd: case Tag::Blockquote: case Tag::Pre: case Tag::Center: case Tag::Address: case Tag::Table:
    case Tag::Caption: case Tag::Thead: case Tag::Tbody: case Tag::Tfoot: case Tag::Tr: case Tag::Th: case Tag::Td:
    case Tag::Details: case Tag::Summary: case Tag::Menu: case Tag::Dialog: case Tag::Hgroup: case Tag::Video:
    case Tag::Audio: case Tag::Iframe:
        return true;
    default:
        return false;
    }
}

bool isNonContentTag(Tag tag)
{
    switch (tag) {
    case Tag::Script: case Tag::Style: case Tag::Template: case Tag::Head: case Tag::Title: case Tag::Meta:
    case Tag::Link: case Tag::Base: case Tag::Svg: case Tag::Math: case Tag::Select: case Tag::Option:
    case Tag::Textarea: case Tag::Canvas: case Tag::Object: case Tag::Embed: case Tag::Applet: case Tag::Frame:
    case Tag::Map: case Tag::Area:
        return true;
    default:
        return false;
    }
}

} // namespace offprint::html
