#pragma once

// Internal to core/render: the writer behind bodyHtml (render/bodyhtml.h), split over
// bodyblocks.cpp (blocks, tables, footnotes) and bodyinlines.cpp (inline content, links, images).

#include "render/bodyhtml.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

struct cmark_node;

namespace offprint::render::detail {

// Container tags (quotes, lists, emphasis) nest at most this deep in the output; deeper content is
// kept without its extra containers. Qt's rich text and browsers both slow down on deep nesting.
constexpr int kMaxEmittedNesting = 48;

inline QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A URL as an attribute value: percent-encoded where a URL may not hold the character, then
// HTML-escaped (cmark's own renderer does the same).
QString hrefValue(const QString &url);

class BodyWriter
{
public:
    explicit BodyWriter(const BodyOptions &options) : m_options(options) {}

    QString run(cmark_node *root);

private:
    void collectTargets(cmark_node *root);
    static QString textOf(cmark_node *node, int limit = -1);
    bool repeatsTitle(cmark_node *block) const;
    QString dirAttribute(cmark_node *node) const;
    bool openContainer(const QString &tag);
    void closeContainer(bool opened, const QString &tag);
    void blocks(cmark_node *parent, int depth);
    void block(cmark_node *node, int depth);
    void paragraph(cmark_node *node, int depth);
    static bool onlyAnchors(cmark_node *para);
    bool figure(cmark_node *para);
    bool definitionList(cmark_node *para, int depth);
    void htmlBlock(cmark_node *node);
    void list(cmark_node *node, int depth);
    void item(cmark_node *node, int depth);
    void codeBlock(cmark_node *node);
    void table(cmark_node *node, int depth);
    static bool hasImage(cmark_node *node);
    void footnotes(cmark_node *root);
    static QString refId(int n, int k);
    void inlines(cmark_node *parent, int depth);
    void wrappedInlines(cmark_node *node, int depth, const QString &tag);
    void pendingAnchors();
    void anchor(const QString &id);
    void link(cmark_node *node, int depth);
    void image(cmark_node *node);
    void footnoteReference(cmark_node *node);

    // The allow-listed inline tags opened inside one inline container: closed at its end, so the
    // output stays well-formed whatever the raw tags in the Markdown say.
    class TagFrame
    {
    public:
        explicit TagFrame(BodyWriter &w) : m_w(w) {}
        ~TagFrame() { closeAll(); }
        TagFrame(const TagFrame &) = delete;
        TagFrame &operator=(const TagFrame &) = delete;

        void open(const QString &name)
        {
            if (m_open.size() >= 16)
                return;
            m_open.push_back(name);
            m_w.m_out += QLatin1Char('<') + name + QLatin1Char('>');
        }
        void close(const QString &name)
        {
            if (m_open.empty() || m_open.back() != name)
                return; // a closing tag that does not close what is open here
            m_w.m_out += QStringLiteral("</") + name + QLatin1Char('>'); // before `name` may go with the pop
            m_open.pop_back();
        }
        void closeAll()
        {
            while (!m_open.empty())
                close(m_open.back());
        }

    private:
        BodyWriter &m_w;
        std::vector<QString> m_open;
    };

    void inlineNode(cmark_node *node, TagFrame &frame, int depth);
    void rawTag(const QString &raw, TagFrame &frame);

    const BodyOptions &m_options;
    QString m_out;
    int m_nesting = 0;
    QSet<QString> m_targets;        // ids links may point at
    QSet<QString> m_emittedAnchors; // anchors written so far
    int m_footnoteCount = 0;         // definitions, numbered 1.. in order
    QHash<int, int> m_footnoteRefs;  // number → references written
    QString m_paragraphSuffix;       // back links for the last paragraph of a footnote
    QStringList m_pendingAnchors;    // for the start of the next block
};

} // namespace offprint::render::detail
