#include "fuzzcommon.h"

#include "import/plistcheck.h"
#include "import/webarchivereader.h"

#include <algorithm>
#include <vector>

// The property-list reader at depth and under shared references (import/plistcheck.h). Each input is
// used twice: as a binary property list as it is, and as a recipe that builds one, so that the fuzzer
// reaches nesting in the thousands and references shared thousands of times within a few bytes (a
// random byte string is almost never a deep, well-formed list).
namespace {

struct Object
{
    uint8_t marker;
    QByteArray payload;
    std::vector<uint32_t> refs;
};

QByteArray be(uint64_t value, int size)
{
    QByteArray out(size, '\0');
    for (int i = size - 1; i >= 0; --i, value >>= 8)
        out[i] = char(value & 0xFF);
    return out;
}

QByteArray write(const std::vector<Object> &objects, uint32_t top)
{
    QByteArray out = "bplist00";
    std::vector<uint64_t> offsets;
    for (const Object &o : objects) {
        offsets.push_back(uint64_t(out.size()));
        const uint64_t count = o.marker == 0xD0 ? o.refs.size() / 2
                                                : (o.marker == 0xA0 ? o.refs.size() : uint64_t(o.payload.size()));
        if (count < 15) {
            out += char(o.marker | count);
        } else {
            out += char(o.marker | 0x0F);
            out += char(0x12);
            out += be(count, 4);
        }
        out += o.payload;
        for (uint32_t r : o.refs)
            out += be(r, 4);
    }
    const uint64_t table = uint64_t(out.size());
    for (uint64_t offset : offsets)
        out += be(offset, 4);
    out += QByteArray(6, '\0');
    out += char(4);
    out += char(4);
    out += be(objects.size(), 8) + be(top, 8) + be(table, 8);
    return out;
}

// Each byte is one step: the low two bits choose it, the rest is its size.
QByteArray build(const uint8_t *data, size_t size)
{
    std::vector<Object> objects;
    const auto add = [&](Object o) {
        objects.push_back(std::move(o));
        return uint32_t(objects.size() - 1);
    };
    uint32_t last = add({0x50, "x", {}});
    const uint32_t key = add({0x50, "WebSubresources", {}});
    qsizetype dataBytes = 0; // kept small: the fuzzer's memory limit is for the reader, not the recipe
    for (size_t i = 0; i < size && objects.size() < 20000; ++i) {
        const unsigned n = data[i] >> 2;
        switch (data[i] & 3) {
        case 0: // an array holding the last object n + 1 times (shared references)
            last = add({0xA0, {}, std::vector<uint32_t>(n + 1, last)});
            break;
        case 1: // a dictionary around it
            last = add({0xD0, {}, {key, last}});
            break;
        case 2: // 64 × n levels of nesting at once
            for (unsigned k = 0; k < 64 * n + 1; ++k)
                last = add({0xA0, {}, {last}});
            break;
        default: // data of n × 1024 bytes
            if (dataBytes + qsizetype(n) * 1024 > 8 * 1024 * 1024)
                break;
            dataBytes += qsizetype(n) * 1024;
            last = add({0x40, QByteArray(int(n) * 1024, 'd'), {}});
            break;
        }
    }
    const uint32_t url = add({0x50, "WebResourceURL", {}});
    const uint32_t dataKey = add({0x50, "WebResourceData", {}});
    const uint32_t html = add({0x40, "<html><body><p>fuzz</p></body></html>", {}});
    const uint32_t main = add({0xD0, {}, {url, dataKey, add({0x50, "https://example.com/", {}}), html}});
    const uint32_t mainKey = add({0x50, "WebMainResource", {}});
    const uint32_t top = add({0xD0, {}, {mainKey, key, main, last}});
    return write(objects, top);
}

void read(const QByteArray &bytes)
{
    (void)offprint::import::checkBinaryPlist(bytes);
    const auto page = offprint::import::readWebArchive(bytes, QStringLiteral("fuzz.webarchive"));
    if (page)
        (void)page->resources.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    read(offprint::fuzz::bytesOf(data, size));
    read(build(data, std::min<size_t>(size, 4096)));
    return 0;
}
