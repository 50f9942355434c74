#pragma once

#include "common/result.h"
#include "domain/article.h"

#include <QList>
#include <QPair>
#include <optional>

namespace offprint::storage {

class Database;

struct ArticleFilter
{
    enum class ReadState { Any, Unread, Read };
    enum class Sort { Saved, Published, Title, Site };
    ReadState readState = ReadState::Any;
    bool starredOnly = false;
    QString tag;  // empty: any
    QString site; // empty: any
    Sort sort = Sort::Saved;
    bool descending = true;
    int offset = 0;
    int limit = -1; // -1: all
};

// Articles and their state. All SQL lives in storage; callers see value types only.
class ArticleRepository final
{
public:
    explicit ArticleRepository(Database &db);

    // The key stored as normalized_url and looked up by findByUrl() (see urlnormalizer.h).
    static QString normalizeUrl(const QString &url);

    // Inserts the article with its tags and the blob paths of its assets (BlobStore relative paths) in
    // one transaction; returns the new id. normalized_url is computed from canonicalUrl, else url.
    Result<ArticleId> insert(const Article &article, const QStringList &assetBlobs = {});
    // Replaces content and metadata of an existing article, keeping its id, tags, read/starred state
    // and reading position. The asset list is replaced by assetBlobs. saved/imported are kept when the
    // new ones are invalid. The one storage path of every content replacement: import --update,
    // watch, reimport and re-extraction all reach it through import::replaceStoredContent
    // (import/storecontent.h), the place where anything anchored in the text must follow it.
    // The article's highlights are re-anchored in the new text in the same transaction
    // (HighlightRepository::reanchor).
    Result<void> replaceContent(ArticleId id, const Article &article, const QStringList &assetBlobs = {});
    // Deletes the article, its tag links and asset rows. Blob files are left in place (several
    // articles can share one); Library::collectGarbage() removes the unreferenced ones.
    Result<void> remove(ArticleId id);

    // Full article including markdown and tags.
    std::optional<Article> get(ArticleId id);
    // The same, saying why it failed: ErrorCode::NotFound when there is no such article (deleted),
    // otherwise the read error (ErrorCode::Unreadable, DamagedLibrary, ...): a disk error is not
    // "not found".
    Result<Article> load(ArticleId id);
    // Articles without markdown and text (for lists), with tags; paged by filter.offset/limit.
    QList<Article> list(const ArticleFilter &filter);
    qint64 count(const ArticleFilter &filter);
    // Just the ids, in list order (cheap: a lazy model pages them through getMany()).
    QList<ArticleId> ids(const ArticleFilter &filter);
    // List rows (no markdown/text) for these ids, in the given order; unknown ids are skipped.
    QList<Article> getMany(const QList<ArticleId> &ids);
    // Blob paths of the article's assets.
    QStringList assetsOf(ArticleId id);

    Result<void> setRead(ArticleId id, bool read);
    Result<void> setStarred(ArticleId id, bool starred);
    Result<void> setReadingPosition(ArticleId id, double position);
    // Moves the saved time back to `saved` when that is earlier (an older export of the same link).
    Result<void> setSavedIfEarlier(ArticleId id, const QDateTime &saved);

    // Articles made by an extractor older than currentVersion (extractor_version 1..currentVersion-1;
    // 0 is content no extractor made), by id; and how many there are (indexed: cheap on every start).
    QList<ArticleId> outdatedIds(int currentVersion);
    qint64 countOutdated(int currentVersion);
    // Records which extractor the article's content is from, without touching the content (an
    // unchanged re-extraction; a failed one, so that it is not retried on every start; tests).
    Result<void> setExtractorVersion(ArticleId id, int version);

    // Lookups of the same page. Soft-deleted articles (storage/bulkoperations.h) are left out, or, with
    // Deleted::Include, found after the live ones (an import brings a deleted page back).
    enum class Deleted { Skip, Include };
    std::optional<ArticleId> findByUrl(const QString &normalizedUrl, Deleted deleted = Deleted::Skip);
    std::optional<ArticleId> findByContentHash(const QString &hash, Deleted deleted = Deleted::Skip);
    // Articles with this title (case-insensitive), oldest first (live ones first), at most `limit`.
    QList<ArticleId> findByTitle(const QString &title, int limit = 20, Deleted deleted = Deleted::Skip);
    // Whether the article is soft-deleted.
    bool isDeleted(ArticleId id);

    // Sites with their article counts, most articles first.
    QList<QPair<QString, qint64>> sites();

private:
    Database &m_db;
};

} // namespace offprint::storage
