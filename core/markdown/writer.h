#pragma once

#include "markdown/anchors.h"
#include "markdown/htmltomarkdown.h"
#include "markdown/mdtext.h"

#include <QUrl>

#include <unordered_map>
#include <vector>

// The HTML → Markdown writer's one walk, shared by its source files (internal to markdown/):
// htmltomarkdown.cpp (blocks and inline content), writerinline.cpp (links, images, code spans),
// writerblocks.cpp (lists, code, definition lists, figures, anchors), writertables.cpp (tables).
namespace offprint::markdown::detail {

struct Block
{
    QString md;
    QString plain;
    bool list = false; // a nested list follows its item's text without a blank line
};
using Blocks = std::vector<Block>;

class Writer
{
public:
    Writer(const HtmlToMarkdownOptions &options, AnchorMap &anchors);
    MarkdownOutput run(const std::vector<html::Node> &roots);
    bool cut() const { return m_cut; } // the article was cut at limits::kMaxArticleChars

private:
    // htmltomarkdown.cpp
    bool skipped(const html::Node &n) const;
    bool isHidden(const html::Node &n) const;
    QString absolute(const QString &url) const;
    bool containsBlock(const html::Node &n, int depth);
    void flush(Inline &para, Blocks &out);
    void flow(const html::Node &parent, Blocks &out, int depth);
    void flowOne(const html::Node &child, Blocks &out, int depth);
    void flowChild(const html::Node &child, Inline &para, Blocks &out, int depth);
    void block(const html::Node &el, Blocks &out, int depth);
    void blockContent(const html::Node &el, Blocks &out, int depth);
    void heading(const html::Node &el, Blocks &out, int depth);
    void blockquote(const html::Node &el, Blocks &out, int depth);
    void inlineChildren(const html::Node &el, Inline &buf, int depth);
    void inlineNode(const html::Node &n, Inline &buf, int depth);
    void finish(const Blocks &blocks);

    // writerinline.cpp
    void wrapped(const html::Node &el, Inline &buf, int depth, const QString &open, const QString &close);
    void link(const html::Node &a, Inline &buf, int depth);
    bool headingSelfLink(const html::Node &target) const;
    void inlineCode(const html::Node &n, Inline &buf);
    void codeSpan(const QString &code, Inline &buf);
    void noscript(const html::Node &n, Inline &buf);
    void image(const html::Node &img, Inline &buf);

    // writerblocks.cpp
    void attachAnchors(Blocks &out, size_t first, const QString &anchors);
    void list(const html::Node &el, Blocks &out, int depth);
    void code(const html::Node &pre, Blocks &out);
    void definitionList(const html::Node &dl, Blocks &out, int depth);
    void definitionGroup(const std::vector<html::Node> &terms, const std::vector<html::Node> &defs, Blocks &out,
                         int depth);
    bool figure(const html::Node &el, Blocks &out, int depth);
    // `el`'s content on one line: blocks, list items and line breaks joined with `separator`.
    QString oneLine(const html::Node &el, int depth, const QString &separator, QString &plain);
    bool hasDescendant(const html::Node &el, bool (*kind)(html::Tag), int depth) const;

    // writertables.cpp
    void table(const html::Node &t, Blocks &out, int depth);

    const HtmlToMarkdownOptions &m_options;
    AnchorMap &m_anchors;
    QUrl m_base;
    MarkdownOutput m_out;
    qint64 m_tableCells = 0;   // cells of the tables written so far (rows × columns)
    int m_tablesAsText = 0;    // tables written as text because of the cell budget
    int m_imagesOverBudget = 0;
    bool m_cut = false;
    int m_cellDepth = 0;       // inside a table cell (nested tables are written as text)
    bool m_figureImage = false; // writing a figure's image: links around it are left out
    std::vector<const void *> m_hidden; // elements left out for now (a figure's captions)
    html::Node m_heading;      // the heading being written (its permalink marks are dropped)
    std::unordered_map<const void *, bool> m_containsBlock;
};

} // namespace offprint::markdown::detail
