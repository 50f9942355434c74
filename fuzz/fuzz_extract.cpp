#include "fuzzcommon.h"

#include "extract/extractor.h"
#include "markdown/plaintext.h"
#include "render/bodyhtml.h"

// Extraction then rendering: the Markdown the extractor writes must be safe to hand to cmark-gfm.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    offprint::extract::ExtractInput input;
    input.html = offprint::fuzz::bytesOf(data, size);
    input.baseUrl = QStringLiteral("https://example.com/news/2024/article.html");
    input.resolveImage = [](const QString &src) {
        return src.size() % 2 ? QString() : QStringLiteral("assets/ab/abcdef.png");
    };
    const offprint::ExtractedArticle article = offprint::extract::extractArticle(input);
    const QString html = offprint::render::bodyHtml(article.markdown);
    (void)html.size();
    return 0;
}
