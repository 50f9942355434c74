#include "fuzzcommon.h"

#include "annotate/anchor.h"
#include "annotate/marks.h"
#include "markdown/budget.h"

#include <cstdlib>

// Highlights on any stored Markdown (clips are user files): marks written into the Markdown must leave
// everything else byte for byte as it was, and anchoring must not fail on any text.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace offprint::annotate;
    offprint::fuzz::init();
    const QString markdown = QString::fromUtf8(offprint::fuzz::bytesOf(data, size));
    const QString text = articleText(markdown);
    if (text.isEmpty())
        return 0;
    const MarkSyntax syntax{QStringLiteral("\x01"), QStringLiteral("\x02")};
    QList<MarkSpan> spans;
    const qsizetype step = std::max<qsizetype>(1, text.size() / 5);
    for (qsizetype start = 0; start < text.size(); start += step)
        spans << MarkSpan{{start, std::min(text.size(), start + step / 2 + 1)}, QStringLiteral("\x03")};
    QString marked = markMarkdown(markdown, spans, syntax);
    QString expected = offprint::markdown::boundForRendering(markdown);
    for (const QChar c : {QChar(1), QChar(2), QChar(3)}) {
        marked.remove(c);
        expected.remove(c);
    }
    if (marked != expected)
        std::abort();
    // The first span's passage, found again in the text with its middle removed.
    const TextRange first = spans.front().range;
    const Selector selector = selectorFor(text, first);
    QString edited = text;
    edited.remove(first.start + (first.end - first.start) / 2, 1);
    (void)TextAnchorer(edited).locate(selector);
    (void)TextAnchorer(text).occurrences(selector.quote);
    return 0;
}
