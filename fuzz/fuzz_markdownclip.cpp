#include "fuzzcommon.h"

#include "import/markdownclip.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    const QString text = QString::fromUtf8(offprint::fuzz::bytesOf(data, size));
    const offprint::import::MarkdownClip clip = offprint::import::parseMarkdownClip(text);
    (void)offprint::import::parseClipDate(clip.title);
    return 0;
}
