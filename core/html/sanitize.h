#pragma once

#include "common/limits.h"

#include <QString>
#include <QUrl>

namespace offprint::html {

class Document;

struct SanitizeOptions
{
    // Relative links are resolved against it (and kept when that gives http or https); without it
    // they are dropped (their text stays).
    QUrl baseUrl;
    // Deepest nesting of blocks written (lists, quotes, table, row and cell count one each); deeper
    // blocks are written flat, their text kept.
    int maxDepth = limits::kMaxSanitizedNesting;
    // Tables inside tables written as tables; deeper ones are written flat.
    int maxTableNesting = 3;
    // Cells (column span × row span) of all tables written, and columns of one table; tables beyond
    // either are written flat (a row a paragraph, cells separated by " | ").
    qint64 maxTableCells = limits::kMaxSanitizedTableCells;
    int maxTableColumns = 64;
    // What the output may cost QTextDocument (units of html/sanitizewriter.h: a text byte is one);
    // the rest of the page is left out, with `cutNote` at the end.
    qint64 maxWork = limits::kMaxSanitizedWork;
    QString cutNote = QStringLiteral("The rest of the page is not shown: it is longer than the original-page "
                                     "view shows.");
};

// The page as inert rich text for QTextDocument (QTextBrowser), built from the parsed tree with an
// allow-list, never by rewriting markup:
// - kept: text; p, h1-h6, ul/ol/li, dl/dt/dd, blockquote, pre, hr, br; tables (tr, td/th with
//   colspan/rowspan); b/strong, i/em, u, s/del, code/kbd, sup, sub; links to http(s), mailto and
//   #fragments; `dir` and `lang`; anchors for the fragments the page links to.
// - left out with their content: scripts, styles, templates, frames, objects, embeds, forms'
//   controls, media, svg, math, head, and elements marked hidden.
// - left out, children kept: every other element (span, div, section, font, form, ...); a div-like
//   element only separates paragraphs.
// - never written: any other attribute (event handlers, style, class, src, ...). An image becomes
//   its alt text in brackets, or nothing: nothing in the output loads anything.
// The walk is iterative and linear in the page; the output is bounded (see SanitizeOptions) and flat
// enough that QTextDocument::setHtml on it is fast. The result is a body fragment (no <html>).
QString sanitizedHtml(const Document &document, const SanitizeOptions &options = {});

// The same for a piece of HTML (a raw HTML block of a Markdown clip, say).
QString sanitizedFragment(const QString &html, const SanitizeOptions &options = {});

} // namespace offprint::html
