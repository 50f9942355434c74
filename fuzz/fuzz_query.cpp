#include "fuzzcommon.h"

#include "search/query.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    const QString text = QString::fromUtf8(offprint::fuzz::bytesOf(data, size));
    const auto compiled = offprint::search::compileQuery(text);
    if (compiled)
        (void)compiled->match.size();
    return 0;
}
