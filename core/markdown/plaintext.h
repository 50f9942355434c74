#pragma once

#include <QString>

#include <vector>

struct cmark_node;

namespace offprint::markdown {

// The text of the stored Markdown as a reader sees it: no markup, blocks separated by blank lines.
// (Its HTML is core/render's.)
QString toPlainText(const QString &markdown);

// One piece of the plain text that is a node's literal (text, inline code, code block) or part of it:
// out[start, start + length) is literal(node)[literalOffset, literalOffset + length). Softbreaks,
// footnote labels and block separators belong to no run.
struct PlainTextRun
{
    qsizetype start = 0;
    qsizetype length = 0;
    cmark_node *node = nullptr;
    qsizetype literalOffset = 0;
};

// toPlainText of an already parsed document (markdown/cmarkdoc.h), with the runs it is made of, in
// text order, when `runs` is given (highlights are placed in the Markdown through them).
QString plainTextOf(cmark_node *root, std::vector<PlainTextRun> *runs = nullptr);

} // namespace offprint::markdown
