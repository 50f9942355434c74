#include "storage/articlerepository.h"

#include "storage/articlefiltersql.h"
#include "storage/articlerowmapper.h"
#include "storage/database.h"
#include "storage/highlightrepository.h"
#include "storage/statement.h"
#include "storage/tagsql.h"
#include "storage/urlnormalizer.h"
#include "text/readingtime.h"

#include <QHash>

#include <cmath>
#include <string>

namespace offprint::storage {

namespace {

// SQLite's default limit on host parameters is 32766; stay well below it (a power of two, see getMany).
constexpr int kIdsPerQuery = 512;

Error noSuchArticle(const Database &db, ArticleId id)
{
    return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("offprint::Error", "%1: there is no article with id %2"), db.path(), {QString::number(id)});
}

QString urlKey(const Article &article)
{
    return normalizeUrl(article.meta.canonicalUrl.isEmpty() ? article.meta.url : article.meta.canonicalUrl);
}

// From the text when it is there; an article written without its text keeps the time it came with.
// A link entry's text is its URL and description, not a body to read: no reading time, no length.
int readingMinutesOf(const Article &article)
{
    if (article.linkOnly)
        return 0;
    return article.text.isEmpty() ? article.readingMinutes : text::readingMinutes(article.text);
}

qint64 textLengthOf(const Article &article)
{
    if (article.linkOnly)
        return 0;
    return article.text.isEmpty() ? article.textLength : article.text.size();
}

std::string orderClause(const ArticleFilter &filter)
{
    const char *dir = filter.descending ? " DESC" : " ASC";
    switch (filter.sort) {
    case ArticleFilter::Sort::Published:
        return std::string(" ORDER BY a.published") + dir + ", a.id" + dir;
    case ArticleFilter::Sort::Title:
        return std::string(" ORDER BY a.title_key") + dir + ", a.id" + dir; // text/collation.h
    case ArticleFilter::Sort::Site:
        return std::string(" ORDER BY a.site_name COLLATE NOCASE") + dir + ", a.saved DESC, a.id DESC";
    case ArticleFilter::Sort::Saved:
        break;
    }
    return std::string(" ORDER BY a.saved") + dir + ", a.id" + dir;
}

void bindFilter(Statement &stmt, const ArticleFilter &filter)
{
    bindArticleFilter(stmt, filter);
    stmt.bind(stmt.parameterIndex(":limit"), filter.limit < 0 ? qint64(-1) : qint64(filter.limit));
    stmt.bind(stmt.parameterIndex(":offset"), qint64(qMax(0, filter.offset)));
}

std::string pagedQuery(const char *columns, const ArticleFilter &filter)
{
    return std::string("SELECT ") + columns + " FROM " + articlesFrom(filter) + articleFilterWhere(filter) + orderClause(filter)
           + " LIMIT :limit OFFSET :offset";
}

Result<void> insertAssets(Database &db, ArticleId id, const QStringList &blobs)
{
    for (const QString &blob : blobs) {
        if (blob.isEmpty())
            continue;
        Statement stmt = db.cached("INSERT OR IGNORE INTO article_assets(article_id, blob) VALUES (?1, ?2)");
        stmt.bind(1, id).bind(2, blob);
        if (auto r = stmt.run(); !r)
            return r;
    }
    return {};
}

} // namespace

std::string articlesFrom(const ArticleFilter &filter)
{
    const bool readsState = filter.readState != ArticleFilter::ReadState::Any || filter.starredOnly;
    return readsState ? OFFPRINT_ARTICLES_WITH_STATE : "articles a";
}

// WHERE clause for a filter, built from fixed fragments; the filter's values are bound by name.
std::string articleFilterWhere(const ArticleFilter &filter)
{
    std::string sql = " WHERE " OFFPRINT_NOT_DELETED;
    if (filter.readState == ArticleFilter::ReadState::Unread)
        sql += " AND s.read = 0";
    else if (filter.readState == ArticleFilter::ReadState::Read)
        sql += " AND s.read = 1";
    if (filter.starredOnly)
        sql += " AND s.starred = 1";
    if (!filter.tag.isEmpty())
        sql += " AND a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id"
               " WHERE t.name = :tag)";
    if (!filter.site.isEmpty())
        sql += " AND a.site_name = :site";
    return sql;
}

void bindArticleFilter(Statement &stmt, const ArticleFilter &filter)
{
    if (!filter.tag.isEmpty())
        stmt.bind(stmt.parameterIndex(":tag"), filter.tag.simplified());
    if (!filter.site.isEmpty())
        stmt.bind(stmt.parameterIndex(":site"), filter.site);
}

ArticleRepository::ArticleRepository(Database &db) : m_db(db) {}

QString ArticleRepository::normalizeUrl(const QString &url)
{
    return storage::normalizeUrl(url);
}

Result<ArticleId> ArticleRepository::insert(const Article &article, const QStringList &assetBlobs)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto tagIds = tagsql::ensureTags(m_db, tagsql::cleanNames(article.tags));
    if (!tagIds)
        return tagIds.error();

    Statement stmt = m_db.cached(
        "INSERT INTO articles(title, author, site_name, url, canonical_url, normalized_url, published, saved, "
        "imported, language, markdown, text, text_length, reading_position, source_file, "
        "source_format, encoding, content_hash, original_blob, confidence, excerpt, lead_image, "
        "reading_minutes, extractor_version, encoding_override, direction, link_only, title_key) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?17, ?18, ?19, ?20, ?21, "
        "?22, ?23, ?24, ?25, ?27, ?28, ?29, ?30, ?31, offprint_title_key(?1))");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ArticleMetadata &m = article.meta;
    stmt.bind(1, m.title).bind(2, m.author).bind(3, m.siteName).bind(4, m.url).bind(5, m.canonicalUrl);
    stmt.bindOptional(6, urlKey(article)).bindWallTime(7, m.published);
    stmt.bind(8, article.saved.isValid() ? article.saved : now);
    stmt.bind(9, article.imported.isValid() ? article.imported : now);
    stmt.bind(10, m.language).bind(11, article.markdown).bind(12, article.text).bind(13, textLengthOf(article));
    stmt.bind(17, std::isfinite(article.readingPosition)
                                                ? qBound(0.0, article.readingPosition, 1.0) : 0.0);
    stmt.bind(18, article.sourceFile).bind(19, article.sourceFormat).bind(20, article.encoding);
    stmt.bindOptional(21, article.contentHash).bind(22, article.originalBlob).bind(23, article.confidence);
    stmt.bind(24, m.excerpt).bind(25, m.leadImage).bind(27, readingMinutesOf(article));
    stmt.bind(28, article.extractorVersion).bind(29, article.encodingOverride).bind(30, m.direction);
    stmt.bind(31, article.linkOnly);
    if (auto r = stmt.run(); !r)
        return r.error();
    const ArticleId id = m_db.lastInsertRowId();
    // Its state row was made by a trigger (schema 14), unread and not starred.
    if (article.read || article.starred) {
        Statement state = m_db.cached("UPDATE article_state SET read = ?2, read_at = ?3, starred = ?4 WHERE article_id = ?1");
        const QDateTime readAt = article.read ? (article.readAt.isValid() ? article.readAt : now) : QDateTime();
        state.bind(1, id).bind(2, article.read).bind(3, readAt).bind(4, article.starred);
        if (auto r = state.run(); !r)
            return r.error();
    }

    for (const qint64 tag : *tagIds) {
        Statement link = m_db.cached("INSERT OR IGNORE INTO article_tags(article_id, tag_id) VALUES (?1, ?2)");
        link.bind(1, id).bind(2, tag);
        if (auto r = link.run(); !r)
            return r.error();
    }
    if (auto r = insertAssets(m_db, id, assetBlobs); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<void> ArticleRepository::replaceContent(ArticleId id, const Article &article, const QStringList &assetBlobs)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Statement stmt = m_db.cached(
        "UPDATE articles SET title = ?2, author = ?3, site_name = ?4, url = ?5, canonical_url = ?6, "
        "normalized_url = ?7, published = ?8, saved = coalesce(?9, saved), imported = coalesce(?10, imported), "
        "language = ?11, markdown = ?12, text = ?13, text_length = ?14, source_file = ?15, source_format = ?16, "
        "encoding = ?17, content_hash = ?18, original_blob = ?19, confidence = ?20, excerpt = ?21, "
        "lead_image = ?22, reading_minutes = ?23, extractor_version = ?24, encoding_override = ?25, "
        "direction = ?26, link_only = ?27, title_key = offprint_title_key(?2) WHERE id = ?1");
    const ArticleMetadata &m = article.meta;
    stmt.bind(1, id).bind(2, m.title).bind(3, m.author).bind(4, m.siteName).bind(5, m.url).bind(6, m.canonicalUrl);
    stmt.bindOptional(7, urlKey(article)).bindWallTime(8, m.published).bind(9, article.saved).bind(10, article.imported);
    stmt.bind(11, m.language).bind(12, article.markdown).bind(13, article.text).bind(14, textLengthOf(article));
    stmt.bind(15, article.sourceFile).bind(16, article.sourceFormat).bind(17, article.encoding);
    stmt.bindOptional(18, article.contentHash).bind(19, article.originalBlob).bind(20, article.confidence);
    stmt.bind(21, m.excerpt).bind(22, m.leadImage).bind(23, readingMinutesOf(article));
    stmt.bind(24, article.extractorVersion).bind(25, article.encodingOverride).bind(26, m.direction);
    stmt.bind(27, article.linkOnly);
    if (auto r = stmt.run(); !r)
        return r;
    if (m_db.changes() == 0)
        return noSuchArticle(m_db, id);
    Statement clear = m_db.cached("DELETE FROM article_assets WHERE article_id = ?1");
    clear.bind(1, id);
    if (auto r = clear.run(); !r)
        return r;
    if (auto r = insertAssets(m_db, id, assetBlobs); !r)
        return r;
    // The reader's highlights follow the new text in the same transaction (orphaned when their passage
    // is gone, never dropped).
    if (auto r = HighlightRepository(m_db).reanchor(id, article.markdown); !r)
        return r.error();
    return transaction.commit();
}

Result<void> ArticleRepository::remove(ArticleId id)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    // Tag links and asset rows go by ON DELETE CASCADE; the index entry by trigger.
    Statement stmt = m_db.cached("DELETE FROM articles WHERE id = ?1");
    stmt.bind(1, id);
    if (auto r = stmt.run(); !r)
        return r;
    if (m_db.changes() == 0)
        return noSuchArticle(m_db, id);
    if (auto r = tagsql::removeUnusedTags(m_db); !r)
        return r;
    return transaction.commit();
}

std::optional<Article> ArticleRepository::get(ArticleId id)
{
    Statement stmt = m_db.cached("SELECT " OFFPRINT_ARTICLE_FULL_COLUMNS " FROM " OFFPRINT_ARTICLES_WITH_STATE " WHERE a.id = ?1");
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return mapFullRow(stmt);
}

Result<Article> ArticleRepository::load(ArticleId id)
{
    Statement stmt = m_db.cached("SELECT " OFFPRINT_ARTICLE_FULL_COLUMNS " FROM " OFFPRINT_ARTICLES_WITH_STATE " WHERE a.id = ?1");
    stmt.bind(1, id);
    if (stmt.step())
        return mapFullRow(stmt);
    if (stmt.ok())
        return noSuchArticle(m_db, id);
    const Error cause = stmt.error(QStringLiteral("reading article #%1").arg(id));
    // Unreadable unless the cause says more precisely what is wrong (a damaged file, a lock).
    const ErrorCode code = cause.code == ErrorCode::Internal || cause.code == ErrorCode::Generic ? ErrorCode::Unreadable
                                                                                              : cause.code;
    return makeError(code, QT_TRANSLATE_NOOP("offprint::Error", "article #%1 cannot be read: %2"), QString::number(id), {cause.localizedMessage()});
}

QList<Article> ArticleRepository::list(const ArticleFilter &filter)
{
    QList<Article> articles;
    // The page's ids first, then their rows: the rows an OFFSET skips are not joined to their state.
    Statement stmt = m_db.cached("SELECT " OFFPRINT_ARTICLE_LIST_COLUMNS " FROM " OFFPRINT_ARTICLES_WITH_STATE
                                 " WHERE a.id IN (" + pagedQuery("a.id", filter) + ")" + orderClause(filter));
    bindFilter(stmt, filter);
    while (stmt.step())
        articles.append(mapListRow(stmt));
    return articles;
}

qint64 ArticleRepository::count(const ArticleFilter &filter)
{
    if (filter.tag.isEmpty() && filter.site.isEmpty()) {
        // Unread, read or starred alone (the sidebar's counts): the narrow state rows answer, without
        // a lookup of each article's row (100,000 articles: 2 ms instead of 11).
        std::string sql = "SELECT count(*) FROM article_state s WHERE s.article_id NOT IN "
                          "(SELECT article_id FROM deleted_articles)";
        if (filter.readState == ArticleFilter::ReadState::Unread)
            sql += " AND s.read = 0";
        else if (filter.readState == ArticleFilter::ReadState::Read)
            sql += " AND s.read = 1";
        if (filter.starredOnly)
            sql += " AND s.starred = 1";
        Statement stmt = m_db.cached(sql);
        return stmt.step() ? stmt.int64(0) : 0;
    }
    Statement stmt = m_db.cached("SELECT count(*) FROM " + articlesFrom(filter) + articleFilterWhere(filter));
    bindArticleFilter(stmt, filter);
    return stmt.step() ? stmt.int64(0) : 0;
}

QList<ArticleId> ArticleRepository::ids(const ArticleFilter &filter)
{
    QList<ArticleId> ids;
    Statement stmt = m_db.cached(pagedQuery("a.id", filter));
    bindFilter(stmt, filter);
    while (stmt.step())
        ids.append(stmt.int64(0));
    return ids;
}

QList<Article> ArticleRepository::getMany(const QList<ArticleId> &ids)
{
    QHash<ArticleId, Article> byId;
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerQuery) {
        const qsizetype n = qMin<qsizetype>(kIdsPerQuery, ids.size() - start);
        // Placeholder counts are rounded up to a power of two (unused ones stay NULL) so that the
        // statement cache holds a handful of shapes, not one per page size.
        qsizetype width = 8;
        while (width < n)
            width *= 2;
        std::string sql = "SELECT " OFFPRINT_ARTICLE_LIST_COLUMNS " FROM " OFFPRINT_ARTICLES_WITH_STATE " WHERE a.id IN (";
        for (qsizetype i = 0; i < width; ++i)
            sql += i == 0 ? "?" : ",?";
        sql += ")";
        Statement stmt = m_db.cached(sql);
        for (qsizetype i = 0; i < n; ++i)
            stmt.bind(int(i + 1), ids.at(start + i));
        while (stmt.step()) {
            Article article = mapListRow(stmt);
            byId.insert(article.id, std::move(article));
        }
    }
    QList<Article> articles;
    articles.reserve(ids.size());
    for (const ArticleId id : ids) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            articles.append(*it);
    }
    return articles;
}

QStringList ArticleRepository::assetsOf(ArticleId id)
{
    QStringList blobs;
    Statement stmt = m_db.cached("SELECT blob FROM article_assets WHERE article_id = ?1 ORDER BY blob");
    stmt.bind(1, id);
    while (stmt.step())
        blobs << stmt.text(0);
    return blobs;
}

Result<void> ArticleRepository::setRead(ArticleId id, bool read)
{
    // Marking an already-read article read again keeps the time it was first read.
    Statement stmt = m_db.cached("UPDATE article_state SET read = ?2, "
                                 "read_at = CASE WHEN ?2 THEN coalesce(read_at, ?3) ELSE NULL END WHERE article_id = ?1");
    stmt.bind(1, id).bind(2, read).bind(3, QDateTime::currentDateTimeUtc());
    if (auto r = stmt.run(); !r)
        return r;
    return m_db.changes() == 0 ? Result<void>(noSuchArticle(m_db, id)) : Result<void>();
}

Result<void> ArticleRepository::setStarred(ArticleId id, bool starred)
{
    Statement stmt = m_db.cached("UPDATE article_state SET starred = ?2 WHERE article_id = ?1");
    stmt.bind(1, id).bind(2, starred);
    if (auto r = stmt.run(); !r)
        return r;
    return m_db.changes() == 0 ? Result<void>(noSuchArticle(m_db, id)) : Result<void>();
}

Result<void> ArticleRepository::setReadingPosition(ArticleId id, double position)
{
    Statement stmt = m_db.cached("UPDATE articles SET reading_position = ?2 WHERE id = ?1");
    stmt.bind(1, id).bind(2, std::isfinite(position) ? qBound(0.0, position, 1.0) : 0.0);
    if (auto r = stmt.run(); !r)
        return r;
    return m_db.changes() == 0 ? Result<void>(noSuchArticle(m_db, id)) : Result<void>();
}

Result<void> ArticleRepository::setSavedIfEarlier(ArticleId id, const QDateTime &saved)
{
    if (!saved.isValid())
        return {};
    // Times are stored as UTC ISO strings of one width: they compare as text.
    Statement stmt = m_db.cached("UPDATE articles SET saved = ?2 WHERE id = ?1 AND saved > ?2");
    stmt.bind(1, id).bind(2, saved);
    return stmt.run();
}

QList<ArticleId> ArticleRepository::outdatedIds(int currentVersion)
{
    QList<ArticleId> ids;
    Statement stmt = m_db.cached("SELECT id FROM articles a WHERE extractor_version > 0 AND extractor_version < ?1 "
                                 "AND " OFFPRINT_NOT_DELETED " ORDER BY id");
    stmt.bind(1, currentVersion);
    while (stmt.step())
        ids.append(stmt.int64(0));
    return ids;
}

qint64 ArticleRepository::countOutdated(int currentVersion)
{
    Statement stmt = m_db.cached("SELECT count(*) FROM articles a WHERE extractor_version > 0 AND extractor_version < ?1 "
                                 "AND " OFFPRINT_NOT_DELETED);
    stmt.bind(1, currentVersion);
    return stmt.step() ? stmt.int64(0) : 0;
}

Result<void> ArticleRepository::setExtractorVersion(ArticleId id, int version)
{
    Statement stmt = m_db.cached("UPDATE articles SET extractor_version = ?2 WHERE id = ?1");
    stmt.bind(1, id).bind(2, version);
    if (auto r = stmt.run(); !r)
        return r;
    return m_db.changes() == 0 ? Result<void>(noSuchArticle(m_db, id)) : Result<void>();
}

namespace {

// The WHERE tail and order of a same-page lookup: live articles only, or live ones first.
std::string lookupTail(ArticleRepository::Deleted deleted)
{
    return deleted == ArticleRepository::Deleted::Skip
        ? " AND " OFFPRINT_NOT_DELETED " ORDER BY a.id LIMIT ?2"
        : " ORDER BY a.id IN (SELECT article_id FROM deleted_articles), a.id LIMIT ?2";
}

} // namespace

std::optional<ArticleId> ArticleRepository::findByUrl(const QString &normalizedUrl, Deleted deleted)
{
    // Normalising is idempotent, so a caller passing a raw URL still finds its article.
    const QString key = storage::normalizeUrl(normalizedUrl);
    if (key.isEmpty())
        return std::nullopt;
    Statement stmt = m_db.cached("SELECT a.id FROM articles a WHERE a.normalized_url = ?1" + lookupTail(deleted));
    stmt.bind(1, key).bind(2, qint64(1));
    if (!stmt.step())
        return std::nullopt;
    return stmt.int64(0);
}

QList<ArticleId> ArticleRepository::findByTitle(const QString &title, int limit, Deleted deleted)
{
    QList<ArticleId> ids;
    if (title.trimmed().isEmpty())
        return ids;
    Statement stmt = m_db.cached("SELECT a.id FROM articles a WHERE a.title = ?1 COLLATE NOCASE" + lookupTail(deleted));
    stmt.bind(1, title.trimmed()).bind(2, qint64(limit));
    while (stmt.step())
        ids.append(stmt.int64(0));
    return ids;
}

std::optional<ArticleId> ArticleRepository::findByContentHash(const QString &hash, Deleted deleted)
{
    if (hash.isEmpty())
        return std::nullopt;
    Statement stmt = m_db.cached("SELECT a.id FROM articles a WHERE a.content_hash = ?1" + lookupTail(deleted));
    stmt.bind(1, hash).bind(2, qint64(1));
    if (!stmt.step())
        return std::nullopt;
    return stmt.int64(0);
}

bool ArticleRepository::isDeleted(ArticleId id)
{
    Statement stmt = m_db.cached("SELECT 1 FROM deleted_articles WHERE article_id = ?1");
    stmt.bind(1, id);
    return stmt.step();
}

QList<QPair<QString, qint64>> ArticleRepository::sites()
{
    QList<QPair<QString, qint64>> sites;
    Statement stmt = m_db.cached("SELECT site_name, count(*) AS n FROM articles a WHERE site_name <> '' AND " OFFPRINT_NOT_DELETED
                                 " "
                                 "GROUP BY site_name ORDER BY n DESC, site_name COLLATE NOCASE");
    while (stmt.step())
        sites.append({stmt.text(0), stmt.int64(1)});
    return sites;
}

} // namespace offprint::storage
