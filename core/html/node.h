#pragma once

#include <QString>

#include <cstdint>
#include <vector>

struct GumboInternalNode;

namespace offprint::html {

// The elements the extractor and the Markdown writer tell apart. Everything else is Tag::Other
// (its name is still available from Node::tagName()).
enum class Tag : std::uint8_t {
    Other, Html, Head, Body, Title, Meta, Link, Base, Script, Style, Noscript, Template, Iframe, Frame, Svg, Math,
    Form, Input, Button, Select, Option, Textarea, Label, Fieldset, Nav, Header, Footer, Aside, Main, Article,
    Section, Div, Span, P, Br, Wbr, Hr, H1, H2, H3, H4, H5, H6, A, Img, Picture, Source, Figure, Figcaption, Ul,
    Ol, Li, Dl, Dt, Dd, Blockquote, Pre, Code, Kbd, Samp, Tt, Var, Em, I, Strong, B, U, S, Strike, Del, Ins, Sub,
    Sup, Mark, Small, Big, Font, Center, Cite, Q, Abbr, Time, Address, Table, Caption, Thead, Tbody, Tfoot, Tr, Th,
    Td, Colgroup, Col, Video, Audio, Canvas, Object, Embed, Details, Summary, Menu, Dialog, Map, Area, Applet,
    Marquee, Hgroup,
    Count
};

// A read-only view of one node of a parsed Document. Cheap to copy; valid while the Document lives.
class Node final
{
public:
    Node() = default;
    explicit Node(const GumboInternalNode *node) : m_node(node) {}

    bool isNull() const { return m_node == nullptr; }
    explicit operator bool() const { return m_node != nullptr; }
    bool operator==(const Node &other) const { return m_node == other.m_node; }
    bool operator!=(const Node &other) const { return m_node != other.m_node; }
    const void *id() const { return m_node; }

    bool isElement() const;  // elements and templates
    bool isText() const;     // text, CDATA and whitespace-only text
    bool isWhitespace() const;
    bool isComment() const;
    bool isDocument() const;

    Tag tag() const; // Tag::Other for non-elements and unknown elements
    bool is(Tag t) const { return tag() == t; }
    QString tagName() const; // lowercase; empty for non-elements

    // Attribute lookup is case-insensitive (gumbo lowercases HTML attribute names).
    const char *attributeRaw(const char *name) const; // nullptr when absent
    bool hasAttribute(const char *name) const { return attributeRaw(name) != nullptr; }
    QString attribute(const char *name) const;        // empty when absent
    int attributeCount() const;
    QString attributeName(int index) const;
    QString attributeValue(int index) const;
    // "class" and "id" joined with a space, lowercased: what class/id hints match against.
    QString classAndId() const;

    int childCount() const;
    Node child(int index) const;
    Node parent() const;
    int indexInParent() const;
    Node nextSibling() const;
    Node previousSibling() const;
    Node nextElementSibling() const;
    Node previousElementSibling() const;

    // Text of a text/comment node as written (entities decoded).
    QString text() const;
    const char *rawText() const; // UTF-8, nullptr for elements
    // All descendant text concatenated, scripts and styles left out, bounded by depth.
    QString textContent() const;

private:
    const GumboInternalNode *m_node = nullptr;
};

// Visits the descendants of `root` (not root itself) in document order without recursion;
// `visit(Node)` returns false to skip that node's children.
template <typename F>
void forEachDescendant(Node root, F &&visit, int maxDepth = 512);

const char *tagNameOf(Tag tag);
Tag tagFromName(const QString &lowercaseName);

// True for elements that start a new block in a rendered page.
bool isBlockTag(Tag tag);
// True for elements whose content is never page text (script, style, template, ...).
bool isNonContentTag(Tag tag);

// Every text a reader of the page could see below `root`, fallback content (<object>, <noscript>,
// form controls) included, scripts, styles, templates and titles left out; blocks and line breaks
// become newlines. The last resort of extraction, when nothing structured is left.
QString visibleText(Node root);

template <typename F>
void forEachDescendant(Node root, F &&visit, int maxDepth)
{
    struct Frame { Node node; int next; };
    std::vector<Frame> frames;
    frames.push_back({root, 0});
    while (!frames.empty()) {
        Frame &top = frames.back();
        if (top.next >= top.node.childCount()) {
            frames.pop_back();
            continue;
        }
        const Node child = top.node.child(top.next++);
        if (visit(child) && child.isElement() && int(frames.size()) < maxDepth)
            frames.push_back({child, 0});
    }
}

} // namespace offprint::html
