#pragma once

#include "domain/article.h"
#include "storage/articlerepository.h"
#include "storage/bulkoperations.h"
#include "storage/highlightrepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <optional>

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

class LibraryReader;

// The article list, lazily: the model holds the ordered ids of the current view (cheap even for
// 100,000 articles) and loads row data in pages on demand, keeping a bounded number of pages.
// Search results come in chunks through fetchMore(). It holds values only: fonts, colours and
// layout belong to ArticleDelegate.
class ArticleListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SiteRole,
        AuthorRole,
        SavedRole,
        PublishedRole,
        ReadingMinutesRole,
        TagsRole,
        StarredRole,
        ReadRole,
        SnippetRole, // search snippet with \x02 … \x03 around matches; empty when browsing
        LanguageRole,
        UrlRole,
        HighlightCountRole, // the article's highlights (HighlightRepository::summaries)
        HasNoteRole,        // the article has a note of its own
        LinkOnlyRole,       // a link entry: its page is not saved yet (Article::linkOnly)
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 24;
    static constexpr int kSearchChunk = 200;
    static inline const QString kIdsMimeType = QStringLiteral("application/x-offprint-article-ids");

    explicit ArticleListModel(storage::Library &library, QObject *parent = nullptr);

    // Browse mode: the articles the filter selects, in its order. In search mode the filter's
    // read/starred/tag/site conditions narrow the hits.
    void setFilter(const storage::ArticleFilter &filter);
    const storage::ArticleFilter &filter() const { return m_filter; }
    // Search mode. Returns the error message of a malformed query (the list is then empty), else an
    // empty string.
    QString setSearch(const QString &query);
    void clearSearch();
    bool isSearching() const { return !m_query.isEmpty(); }
    QString searchQuery() const { return m_query; }
    bool hasMoreResults() const { return isSearching() && !m_searchExhausted; }

    // Runs the current view's query again (after an import, a delete, a tag change).
    void reload();
    // Reads one article's row again (after star/read/tags changed).
    void refreshArticle(ArticleId id);

    // After a bulk operation: the rows stay in place. Deleted articles leave the list at once; the rows
    // of changed articles are read again when next shown; when the change can move articles into or
    // out of the view (restore; read state in an unread view, ...), the view's ids are read again: on
    // the reader's thread for large lists (setReader), then applied as row insertions and removals.
    void applyChange(const storage::BulkChange &change);
    // Where large lists are read again (null: on the window's connection, at once).
    void setReader(LibraryReader *reader) { m_reader = reader; }
    // Lists with at least this many rows (or changes) are read again on the reader (tests lower it).
    static constexpr int kBackgroundReloadFrom = 5000;
    void setBackgroundReloadThreshold(int rows) { m_backgroundFrom = rows; }
    // True while a background reading of the view's ids is on its way.
    bool isReloading() const { return m_pendingReload; }

    ArticleId idAt(int row) const;
    int rowOf(ArticleId id) const;
    QList<ArticleId> ids() const { return m_ids; }
    std::optional<Article> articleAt(int row) const;
    int cachedPageCount() const { return int(m_pageOrder.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

signals:
    void searchCountChanged(int count, bool more);
    // Rows were inserted or removed after a bulk change (applyChange), or a background reload arrived.
    void updatedInPlace();

private:
    void finishReset();
    bool changeMovesRows(const storage::BulkChange &change) const;
    void reloadInBackground();
    // Makes the list `ids` with row insertions and removals when `ids` only adds to or takes from the
    // current list in a few runs, else with a reset.
    void adoptIds(const QList<ArticleId> &ids);
    bool removeRuns(const QList<ArticleId> &ids);
    bool insertRuns(const QList<ArticleId> &ids);
    void dropCachedRows();

    bool m_changing = false;
    struct Row
    {
        Article article;
        QString snippet;
    };
    const Row *row(int index) const;
    void loadPage(int page) const;
    void evictPages() const;
    bool passesFilter(const Article &article) const;
    void runBrowse();
    QString runSearch();
    int appendSearchChunk();

    storage::Library &m_library;
    LibraryReader *m_reader = nullptr;
    int m_backgroundFrom = kBackgroundReloadFrom;
    quint64 m_generation = 0; // bumped by every reload; a background answer of an older one is dropped
    bool m_pendingReload = false;
    storage::ArticleFilter m_filter;
    QString m_query;
    QString m_searchError;
    int m_searchOffset = 0;
    bool m_searchExhausted = true;
    QList<ArticleId> m_ids;
    mutable QHash<ArticleId, Row> m_rows;
    mutable QHash<int, QList<ArticleId>> m_pages; // page → ids it brought in (browse mode)
    mutable QList<int> m_pageOrder;               // least recently loaded first
    // Highlight counts of the rows asked for, read when first shown; cleared by reload/refreshArticle.
    mutable QHash<ArticleId, storage::AnnotationSummary> m_annotations;
    storage::AnnotationSummary annotations(ArticleId id) const;
};

} // namespace offprint::gui
