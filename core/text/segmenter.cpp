#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace offprint::text {

namespace {

// Creating a word BreakIterator loads rules and dictionaries (~0.1 ms); `segment` calls this once per
// line, so each thread keeps one. A BreakIterator is not thread-safe, hence thread_local, not static.
icu::BreakIterator *wordIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return iterator.get();
}

} // namespace

QStringList segmentWords(const QString &text)
{
    QStringList words;
    if (text.isEmpty())
        return words;
    icu::BreakIterator *iterator = wordIterator();
    if (!iterator)
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts); // ICU data missing: degrade, don't fail

    // Read-only alias: no copy of the text; QString and UnicodeString share UTF-16.
    const icu::UnicodeString source(false, reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    iterator->setText(source);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
        if (iterator->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            words << text.mid(start, end - start);
    }
    // The iterator keeps pointers to the text it was given: leave it on a string that outlives it.
    static const icu::UnicodeString empty;
    iterator->setText(empty);
    return words;
}

} // namespace offprint::text
