#include "fuzzcommon.h"

#include "encoding/decoder.h"

#include <QString>

// The first byte picks the charset a container would declare (none, a real one, a lying one, junk),
// so the fuzzer explores the container path as well as BOM / meta / detection.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    static const char *const containers[] = {"", "utf-8", "gb2312", "big5", "shift_jis", "utf-16le",
                                             "utf-16be", "windows-1252", "x-no-such-charset", "euc-kr"};
    if (size == 0)
        return 0;
    const QString container = QString::fromLatin1(containers[data[0] % std::size(containers)]);
    const QByteArray bytes = offprint::fuzz::bytesOf(data + 1, size - 1);
    const auto decoded = offprint::encoding::decodeHtml(bytes, container);
    (void)decoded.text.size();
    if (data[0] >= 0xF0) {
        const auto forced = offprint::encoding::decodeAs(bytes, container);
        (void)forced;
    }
    return 0;
}
