#include "fuzzcommon.h"

#include "import/prepare.h"

// The whole import pipeline on bytes alone: format detection, every container reader, decoding,
// extraction and Markdown conversion. allowFolder=false: a fuzz input must not read the disk.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    if (size == 0)
        return 0;
    static const char *const names[] = {"fuzz.html", "fuzz.mhtml", "fuzz.webarchive", "fuzz.md", "fuzz.htm", "fuzz"};
    offprint::import::PrepareSource source;
    source.path = QStringLiteral("/nonexistent/") + QString::fromLatin1(names[data[0] % std::size(names)]);
    source.allowFolder = false;
    const auto prepared = offprint::import::prepareData(offprint::fuzz::bytesOf(data + 1, size - 1), source, {});
    (void)prepared;
    return 0;
}
