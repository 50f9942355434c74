#include "fuzzcommon.h"

#include "import/webarchivereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    const auto page =
        offprint::import::readWebArchive(offprint::fuzz::bytesOf(data, size), QStringLiteral("fuzz.webarchive"));
    if (page)
        (void)page->resources.size();
    return 0;
}
