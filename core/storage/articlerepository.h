#pragma once

#include "common/result.h"
#include "domain/article.h"

#include <QList>
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

    // Inserts the article with its tags in one transaction; returns the new id.
    Result<ArticleId> insert(const Article &article);
    // Replaces content and metadata of an existing article (re-extract, import --update), keeping
    // its tags, read/starred state and reading position.
    Result<void> replaceContent(ArticleId id, const Article &article);
    Result<void> remove(ArticleId id);

    // Full article including markdown and tags.
    std::optional<Article> get(ArticleId id);
    // Articles without markdown (for lists), with tags.
    QList<Article> list(const ArticleFilter &filter);
    qint64 count(const ArticleFilter &filter);
    QList<ArticleId> ids(const ArticleFilter &filter);

    Result<void> setRead(ArticleId id, bool read);
    Result<void> setStarred(ArticleId id, bool starred);
    Result<void> setReadingPosition(ArticleId id, double position);

    std::optional<ArticleId> findByUrl(const QString &normalizedUrl);
    std::optional<ArticleId> findByContentHash(const QString &hash);

    // Sites with their article counts, most articles first.
    QList<QPair<QString, qint64>> sites();

private:
    Database &m_db;
};

} // namespace offprint::storage
