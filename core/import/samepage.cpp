#include "import/samepage.h"

#include "import/importer.h"
#include "storage/articlerepository.h"
#include "storage/bulkoperations.h"
#include "storage/library.h"

#include <QSet>

#include <algorithm>

namespace offprint::import {

namespace {

constexpr int kShingle = 8;
constexpr double kMinSimilarity = 0.8;
constexpr double kMaxLengthRatio = 1.2;
constexpr qsizetype kMaxCompared = 200000; // characters of each text compared (bounded work)

QString squeezed(const QString &text)
{
    QString out;
    const qsizetype n = std::min(text.size(), kMaxCompared);
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    }
    return out;
}

QSet<size_t> shingles(const QString &text)
{
    QSet<size_t> set;
    const QStringView view(text);
    for (qsizetype i = 0; i + kShingle <= view.size(); ++i)
        set.insert(qHash(view.mid(i, kShingle)));
    return set;
}

// Chinese, Japanese and Korean characters: each is a word (ideographs, kana, hangul).
bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FA1F)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

} // namespace

qsizetype savedImageCount(storage::Library &library, ArticleId id)
{
    qsizetype images = 0;
    for (const QString &blob : library.articles().assetsOf(id))
        images += blob.endsWith(QLatin1String(".json")) ? 0 : 1;
    return images;
}

bool nearIdenticalText(const QString &a, const QString &b)
{
    const QString x = squeezed(a);
    const QString y = squeezed(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    const double longer = double(std::max(x.size(), y.size()));
    const double shorter = double(std::min(x.size(), y.size()));
    if (longer > shorter * kMaxLengthRatio)
        return false;
    if (x == y)
        return true;
    const QSet<size_t> sx = shingles(x);
    const QSet<size_t> sy = shingles(y);
    if (sx.isEmpty() || sy.isEmpty())
        return false;
    qsizetype common = 0;
    for (size_t h : sx)
        common += sy.contains(h) ? 1 : 0;
    const double jaccard = double(common) / double(sx.size() + sy.size() - common);
    return jaccard >= kMinSimilarity;
}

std::optional<ArticleId> findSamePage(storage::Library &library, const Article &article, const QString &text)
{
    storage::ArticleRepository &articles = library.articles();
    using Deleted = storage::ArticleRepository::Deleted; // a deleted page is found too (importer.cpp brings it back)
    bool hasUrl = false;
    for (const QString &url : {article.meta.canonicalUrl, article.meta.url}) {
        if (url.isEmpty())
            continue;
        hasUrl = true;
        if (const auto id = articles.findByUrl(url, Deleted::Include))
            return id;
    }
    // An empty body would make every empty page a duplicate of every other.
    if (article.textLength <= 0 || article.contentHash.isEmpty())
        return std::nullopt;
    if (const auto id = articles.findByContentHash(article.contentHash, Deleted::Include))
        return id;
    // Content evidence only when the page names no URL: two pages that do name different URLs
    // are different pages, however alike (a series of reports, a template).
    if (hasUrl)
        return std::nullopt;
    for (ArticleId candidate : articles.findByTitle(article.meta.title, 20, Deleted::Include)) {
        const auto stored = articles.get(candidate);
        if (stored && nearIdenticalText(stored->text, text))
            return candidate;
    }
    return std::nullopt;
}

qint64 wordCount(const QString &text)
{
    qint64 words = 0;
    bool inWord = false;
    for (const char32_t c : text.toUcs4()) {
        const bool letter = QChar::isLetterOrNumber(c);
        if (letter && isCjk(c)) {
            ++words;
            inWord = false;
        } else if (letter) {
            words += inWord ? 0 : 1;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return words;
}

std::optional<SameCopies> compareCopies(storage::Library &library, ArticleId id, const PreparedArticle &copy)
{
    const auto stored = library.articles().get(id);
    if (!stored)
        return std::nullopt;
    SameCopies copies;
    copies.stored = {wordCount(stored->text), stored->textLength, savedImageCount(library, id)};
    copies.copy = {wordCount(copy.text), copy.article.textLength, copy.assets.size()};
    return copies;
}

Result<bool> restoreIfDeleted(storage::Library &library, ArticleId id)
{
    if (!library.articles().isDeleted(id))
        return false;
    if (auto back = storage::BulkOperations(library).restore(storage::ArticleSelection::of({id})); !back)
        return back.error();
    return true;
}

bool isBetterCopy(const SameCopies &copies)
{
    const CopyCounts &stored = copies.stored;
    const CopyCounts &copy = copies.copy;
    if (copy.images != stored.images)
        return copy.images > stored.images;
    return copy.characters > stored.characters + std::max<qint64>(200, stored.characters / 10);
}

} // namespace offprint::import
