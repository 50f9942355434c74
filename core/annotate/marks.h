#pragma once

#include "annotate/anchor.h"

#include <QList>
#include <QString>

namespace offprint::annotate {

// A passage to mark in the Markdown: a range of articleText(markdown) (UTF-16 indices), and text to
// put right after it (a footnote reference, for example).
struct MarkSpan
{
    TextRange range;
    QString after;
};

// How the marks are written: "==" and "==" for Markdown readers with the ==highlight== syntax
// (Obsidian, markdown-it-mark), "<mark>" and "</mark>" for the stored dialect's reserved tag, which
// the renderer draws (core/render).
struct MarkSyntax
{
    QString open;
    QString close;
};
inline MarkSyntax equalsMarks()
{
    return {QStringLiteral("=="), QStringLiteral("==")};
}
inline MarkSyntax htmlMarks()
{
    return {QStringLiteral("<mark>"), QStringLiteral("</mark>")};
}

// The Markdown with the spans marked, the rest byte for byte as it was. The marks go around the text
// itself, so a passage across inline formatting and paragraph breaks is marked in pieces, one per
// run of text (`*==emph==*== text.==` and `==Next==` in the next paragraph), which every Markdown
// reader nests correctly; whitespace at the ends of a piece stays outside it. Inline code and code
// blocks are not marked (a mark there would be literal text). Overlapping spans are marked as one.
// `after` goes right after the span's last piece, or after the link that piece is in. The places
// come from cmark-gfm's source positions and are checked against the text: a piece whose place
// cannot be matched exactly is left unmarked rather than marked in the wrong place.
QString markMarkdown(const QString &markdown, const QList<MarkSpan> &spans, const MarkSyntax &syntax);

} // namespace offprint::annotate
