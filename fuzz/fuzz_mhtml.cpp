#include "fuzzcommon.h"

#include "import/mhtmlreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    const auto page = offprint::import::readMhtml(offprint::fuzz::bytesOf(data, size), QStringLiteral("fuzz.mhtml"));
    if (page)
        (void)page->resources.size();
    return 0;
}
