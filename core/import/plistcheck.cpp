#include "import/plistcheck.h"

#include "common/limits.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace offprint::import {

namespace {

constexpr qsizetype kHeaderBytes = 8;
constexpr qsizetype kTrailerBytes = 32;

class BinaryPlist
{
public:
    explicit BinaryPlist(const QByteArray &bytes)
        : m_data(reinterpret_cast<const uint8_t *>(bytes.constData())), m_size(uint64_t(bytes.size()))
    {
    }

    // Reads the trailer; false when it is unusable (libplist refuses such a list itself).
    bool open()
    {
        if (m_size < uint64_t(kHeaderBytes + kTrailerBytes))
            return false;
        const uint64_t t = m_size - kTrailerBytes;
        m_offsetSize = m_data[t + 6];
        m_refSize = m_data[t + 7];
        m_objects = readUint(t + 8, 8);
        m_top = readUint(t + 16, 8);
        m_table = readUint(t + 24, 8);
        if (m_offsetSize < 1 || m_offsetSize > 8 || m_refSize < 1 || m_refSize > 8 || m_objects == 0
            || m_top >= m_objects || m_table < uint64_t(kHeaderBytes) || m_table > t)
            return false;
        return m_objects <= (t - m_table) / m_offsetSize;
    }

    uint64_t top() const { return m_top; }
    uint64_t objectCount() const { return m_objects; }
    uint64_t refSize() const { return m_refSize; }
    // Objects normally live in [8, offset table); anything inside the file is checked, so that a
    // reader less strict than this one cannot be reached around it.
    uint64_t objectsEnd() const { return m_size; }

    // Offset of an object, or 0 when out of range.
    uint64_t offsetOf(uint64_t index) const
    {
        if (index >= m_objects)
            return 0;
        const uint64_t offset = readUint(m_table + index * m_offsetSize, m_offsetSize);
        return offset >= uint64_t(kHeaderBytes) && offset < m_size ? offset : 0;
    }

    uint8_t byteAt(uint64_t pos) const { return m_data[pos]; }

    uint64_t readUint(uint64_t pos, uint64_t size) const
    {
        uint64_t value = 0;
        for (uint64_t i = 0; i < size; ++i)
            value = (value << 8) | m_data[pos + i];
        return value;
    }

    // The element count of the object at `pos` whose marker is `marker`; `pos` moves past the
    // count. False when the count runs past the end of the file.
    bool count(uint64_t &pos, uint8_t marker, uint64_t &n) const
    {
        n = marker & 0x0F;
        ++pos;
        if (n != 0x0F)
            return true;
        if (pos >= m_size || (m_data[pos] & 0xF0) != 0x10)
            return false;
        const uint64_t size = uint64_t(1) << (m_data[pos] & 0x03);
        if (pos + 1 + size > m_size)
            return false;
        n = readUint(pos + 1, size);
        pos += 1 + size;
        return true;
    }

private:
    const uint8_t *m_data;
    uint64_t m_size;
    uint64_t m_offsetSize = 0;
    uint64_t m_refSize = 0;
    uint64_t m_objects = 0;
    uint64_t m_top = 0;
    uint64_t m_table = 0;
};

} // namespace

QString checkBinaryPlist(const QByteArray &bytes)
{
    BinaryPlist plist(bytes);
    if (!plist.open()) // not left to libplist: what it would read of such a list was not checked
        return QStringLiteral("damaged property list (its trailer does not fit the file)");
    // (object index, depth) still to visit; every push counts against the item budget, so the
    // stack never holds more than kMaxPlistItems entries.
    std::vector<std::pair<uint64_t, int>> stack;
    stack.emplace_back(plist.top(), 0);
    qint64 items = 1;
    qint64 expandedBytes = 0;
    while (!stack.empty()) {
        const auto [index, depth] = stack.back();
        stack.pop_back();
        uint64_t pos = plist.offsetOf(index);
        if (pos == 0)
            continue; // a broken reference: libplist refuses it
        const uint8_t marker = plist.byteAt(pos);
        const uint8_t type = marker >> 4;
        uint64_t n = 0;
        switch (type) {
        case 0x4: case 0x5: case 0x6: case 0x7: // data, ASCII, UTF-16 and UTF-8 strings
            if (!plist.count(pos, marker, n))
                continue;
            expandedBytes += qint64(std::min<uint64_t>(n, uint64_t(limits::kMaxPlistExpandedBytes)));
            if (type == 0x6)
                expandedBytes += qint64(std::min<uint64_t>(n, uint64_t(limits::kMaxPlistExpandedBytes)));
            if (expandedBytes > limits::kMaxPlistExpandedBytes)
                return QStringLiteral("property list too large once its shared references are expanded (more "
                                      "than %1 MB of data, the limit)")
                    .arg(limits::kMaxPlistExpandedBytes / (1024 * 1024));
            continue;
        case 0xA: case 0xB: case 0xC: case 0xD: // array, ordered set, set, dictionary
            break;
        default:
            continue; // scalars have no children
        }
        if (!plist.count(pos, marker, n))
            continue;
        const uint64_t refs = type == 0xD ? 2 : 1;
        if (n > (plist.objectsEnd() - pos) / (refs * plist.refSize()))
            continue; // runs past the end of the file: libplist refuses it
        if (n == 0)
            continue;
        if (depth + 1 > limits::kMaxPlistDepth)
            return QStringLiteral("property list nested deeper than %1 levels (the limit)").arg(limits::kMaxPlistDepth);
        if (qint64(n * refs) > limits::kMaxPlistItems - items)
            return QStringLiteral("property list with more than %1 items once its shared references are "
                                  "expanded (the limit)")
                .arg(limits::kMaxPlistItems);
        items += qint64(n * refs);
        for (uint64_t i = 0; i < n * refs; ++i)
            stack.emplace_back(plist.readUint(pos + i * plist.refSize(), plist.refSize()), depth + 1);
    }
    return {};
}

} // namespace offprint::import
