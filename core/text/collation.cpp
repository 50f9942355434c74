#include "text/collation.h"

#include <unicode/ucol.h>
#include <unicode/uscript.h>

#include <memory>

namespace offprint::text {

namespace {

struct CollatorDeleter
{
    void operator()(UCollator *c) const { ucol_close(c); }
};

// One collator per thread: ICU collators are cheap to share for reading, but a thread-local one
// needs no reasoning about that at all.
UCollator *collator()
{
    thread_local std::unique_ptr<UCollator, CollatorDeleter> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *c = ucol_open("zh", &status);
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            c = ucol_open("", &status);
        }
        if (c) {
            UErrorCode s = U_ZERO_ERROR;
            ucol_setStrength(c, UCOL_SECONDARY); // case does not order titles; accents only break ties
            ucol_setAttribute(c, UCOL_NUMERIC_COLLATION, UCOL_ON, &s); // "Part 2" before "Part 10"
            // "zh" puts Han first; one library holds both, so Latin comes first whatever the
            // interface language, then Chinese by pinyin, then the other scripts.
            const int32_t order[] = {USCRIPT_LATIN, USCRIPT_HAN};
            ucol_setReorderCodes(c, order, 2, &s);
        }
        return std::unique_ptr<UCollator, CollatorDeleter>(c);
    }();
    return instance.get();
}

} // namespace

QByteArray titleSortKey(const QString &title)
{
    UCollator *c = collator();
    const QString text = title.simplified().left(200); // the key of a title, not of a book
    if (!c || text.isEmpty())
        return QByteArray();
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    QByteArray key(256, Qt::Uninitialized);
    int32_t size = ucol_getSortKey(c, chars, int32_t(text.size()), reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (size > key.size()) {
        key.resize(size);
        size = ucol_getSortKey(c, chars, int32_t(text.size()), reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(qMax(0, size - 1)); // without the terminating zero
    return key;
}

} // namespace offprint::text
