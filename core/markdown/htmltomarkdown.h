#pragma once

#include "html/node.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace offprint::markdown {

struct HtmlToMarkdownOptions
{
    // Links and images are made absolute against it (when it is a valid absolute URL).
    QString baseUrl;
    // Absolute (or, without a base URL, raw) image source → URL to write; empty → not saved, the
    // image then stays only as its remote http(s) URL when it has one. Empty function: keep URLs.
    std::function<QString(const QString &src)> resolveImage;
    // Elements for which this returns true are left out with everything inside them.
    std::function<bool(html::Node)> skip;
};

struct MarkdownOutput
{
    QString markdown;   // GFM and the stored-Markdown dialect (README): no raw HTML beyond its allow-list
    QString text;       // the same content without markup (figure captions included), blocks separated
                        // by blank lines
    QStringList images; // image URLs written, in order
    int droppedImages = 0; // images left out because they were not saved and have no remote URL
    QStringList warnings;  // budgets reached (common/limits.h), each named
};

// Writes the given subtrees (in order) as clean GitHub-flavoured Markdown and plain text in one walk.
// What GFM lacks is carried as the dialect says: <sup>/<sub>, anchors <a id="ID"></a> for the
// targets of internal links (a "#fragment" link whose target is not written becomes text), figure
// captions as image titles, definition lists as "Term" / ": definition" lines, tables with <br> in
// cells and an empty header row when they have none. Nesting deeper than limits::kMaxTreeDepth is
// flattened to text.
MarkdownOutput htmlToMarkdown(const std::vector<html::Node> &roots, const HtmlToMarkdownOptions &options = {});

// Escapes Markdown specials in running text so it renders as itself (not for use at a line start,
// see the writer, which also escapes block markers there).
QString escapeInline(const QString &text);

// Plain text as Markdown that renders as that text: one paragraph per line, specials escaped.
QString plainTextToMarkdown(const QString &text);

} // namespace offprint::markdown
