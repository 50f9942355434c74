#include "fuzzcommon.h"

#include "html/document.h"
#include "markdown/budget.h"
#include "markdown/htmltomarkdown.h"
#include "markdown/plaintext.h"
#include "render/bodyhtml.h"

#include <algorithm>

// The table paths, where padding every row to the widest multiplied small inputs into gigabytes:
// HTML tables → Markdown (the writer's cell budget) → cmark-gfm, and Markdown tables straight into
// cmark-gfm (boundForRendering's escaping). The first byte amplifies: the input's last line is
// repeated up to 255 × 16 times, so that a few bytes describe a wide header and many short rows.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    if (size == 0)
        return 0;
    QByteArray input = offprint::fuzz::bytesOf(data + 1, size - 1);
    const qsizetype lineStart = input.lastIndexOf('\n', std::max<qsizetype>(input.size() - 2, 0));
    QByteArray lastLine = input.mid(lineStart + 1);
    if (lastLine.endsWith('\n'))
        lastLine.chop(1);
    if (!lastLine.isEmpty()) {
        if (!input.endsWith('\n'))
            input += '\n';
        input += lastLine.append('\n').repeated(qsizetype(data[0]) * 16);
    }

    // HTML: the bytes inside a table.
    const auto doc = offprint::html::Document::parse("<html><body><table>" + input + "</table></body></html>");
    const offprint::markdown::MarkdownOutput out = offprint::markdown::htmlToMarkdown({doc->body()});
    (void)offprint::render::bodyHtml(out.markdown);

    // Markdown: the bytes as they are.
    const QString markdown = QString::fromUtf8(input);
    QStringList warnings;
    (void)offprint::markdown::boundForRendering(markdown, &warnings);
    (void)offprint::render::bodyHtml(markdown);
    (void)offprint::markdown::toPlainText(markdown);
    return 0;
}
