#include "articlelistmodel.h"

#include "libraryreader.h"
#include "storage/library.h"
#include "storage/searchrepository.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

namespace offprint::gui {

ArticleListModel::ArticleListModel(storage::Library &library, QObject *parent)
    : QAbstractListModel(parent), m_library(library)
{
    runBrowse();
}

void ArticleListModel::setFilter(const storage::ArticleFilter &filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = -1;
    reload();
}

QString ArticleListModel::setSearch(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty()) {
        clearSearch();
        return {};
    }
    m_query = trimmed;
    ++m_generation;
    m_pendingReload = false;
    beginResetModel();
    const QString error = runSearch();
    finishReset();
    return error;
}

void ArticleListModel::clearSearch()
{
    if (m_query.isEmpty())
        return;
    m_query.clear();
    reload();
}

void ArticleListModel::reload()
{
    ++m_generation; // a background reading on its way is older than this
    m_pendingReload = false;
    beginResetModel();
    m_annotations.clear();
    if (isSearching())
        runSearch();
    else
        runBrowse();
    finishReset();
}

void ArticleListModel::finishReset()
{
    // Handlers of modelReset and rowsInserted (views, QAbstractItemModelTester) may ask for more rows at
    // once; inserting them from inside the notification would nest two changes, so fetchMore waits until
    // the change is over (m_changing).
    m_changing = true;
    endResetModel();
    m_changing = false;
}

void ArticleListModel::runBrowse()
{
    m_rows.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_searchExhausted = true;
    m_ids = m_library.articles().ids(m_filter);
}

QString ArticleListModel::runSearch()
{
    m_rows.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_ids.clear();
    m_searchOffset = 0;
    m_searchExhausted = false;
    // A narrow sidebar filter can reject a whole chunk: read on until something shows or a few
    // chunks have passed, so the first screen is not empty while results exist.
    for (int i = 0; i < 5 && !m_searchExhausted && m_ids.size() < 50; ++i) {
        if (appendSearchChunk() < 0) {
            const QString message = m_searchError;
            m_searchExhausted = true;
            emit searchCountChanged(0, false);
            return message;
        }
    }
    emit searchCountChanged(int(m_ids.size()), !m_searchExhausted);
    return {};
}

int ArticleListModel::appendSearchChunk()
{
    auto hits = m_library.search().search(m_query, kSearchChunk, m_searchOffset);
    if (!hits.ok()) {
        m_searchError = hits.error().localizedMessage();
        return -1;
    }
    m_searchOffset += int(hits->size());
    m_searchExhausted = hits->size() < kSearchChunk;
    int added = 0;
    for (storage::SearchHit &hit : *hits) {
        if (!passesFilter(hit.article) || m_rows.contains(hit.article.id))
            continue;
        m_ids.append(hit.article.id);
        m_rows.insert(hit.article.id, Row{std::move(hit.article), std::move(hit.snippet)});
        ++added;
    }
    return added;
}

bool ArticleListModel::passesFilter(const Article &article) const
{
    using RS = storage::ArticleFilter::ReadState;
    if (m_filter.readState == RS::Unread && article.read)
        return false;
    if (m_filter.readState == RS::Read && !article.read)
        return false;
    if (m_filter.starredOnly && !article.starred)
        return false;
    if (!m_filter.tag.isEmpty() && !article.tags.contains(m_filter.tag, Qt::CaseInsensitive))
        return false;
    if (!m_filter.site.isEmpty() && article.meta.siteName != m_filter.site)
        return false;
    return true;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && hasMoreResults();
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_changing || !hasMoreResults())
        return;
    const QList<ArticleId> before = m_ids;
    QHash<ArticleId, Row> rowsBefore = m_rows;
    // Work on copies so that rows are inserted inside begin/endInsertRows.
    if (appendSearchChunk() < 0) {
        m_ids = before;
        m_rows = rowsBefore;
        m_searchExhausted = true;
        return;
    }
    const QList<ArticleId> added = m_ids.mid(before.size());
    if (!added.isEmpty()) {
        m_ids = before;
        m_changing = true; // no nested fetchMore from rowsInserted handlers either
        beginInsertRows({}, int(before.size()), int(before.size() + added.size()) - 1);
        m_ids.append(added);
        endInsertRows();
        m_changing = false;
    }
    emit searchCountChanged(int(m_ids.size()), !m_searchExhausted);
}

void ArticleListModel::loadPage(int page) const
{
    const QList<ArticleId> wanted = m_ids.mid(qsizetype(page) * kPageSize, kPageSize);
    QList<ArticleId> loaded;
    for (Article &article : m_library.articles().getMany(wanted)) {
        loaded.append(article.id);
        m_rows.insert(article.id, Row{std::move(article), QString()});
    }
    m_pages.insert(page, loaded);
    m_pageOrder.removeAll(page);
    m_pageOrder.append(page);
    evictPages();
}

void ArticleListModel::evictPages() const
{
    while (m_pageOrder.size() > kMaxCachedPages) {
        const int oldest = m_pageOrder.takeFirst();
        for (ArticleId id : m_pages.take(oldest))
            m_rows.remove(id);
    }
}

const ArticleListModel::Row *ArticleListModel::row(int index) const
{
    if (index < 0 || index >= m_ids.size())
        return nullptr;
    const ArticleId id = m_ids.at(index);
    auto it = m_rows.constFind(id);
    if (it != m_rows.constEnd())
        return &it.value();
    if (isSearching())
        return nullptr;
    loadPage(index / kPageSize);
    it = m_rows.constFind(id);
    if (it != m_rows.constEnd())
        return &it.value();
    // The article is gone (deleted elsewhere): the row stays empty until the next reload.
    return nullptr;
}

void ArticleListModel::refreshArticle(ArticleId id)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    QList<Article> fresh = m_library.articles().getMany({id});
    if (fresh.isEmpty())
        return;
    m_annotations.remove(id);
    auto it = m_rows.find(id);
    if (it != m_rows.end())
        it->article = std::move(fresh.first());
    else if (isSearching())
        m_rows.insert(id, Row{std::move(fresh.first()), QString()});
    const QModelIndex changed = index(r);
    emit dataChanged(changed, changed);
}

namespace {
// Up to this many changed articles, their rows are read again one by one and stay in the list whatever
// the filter; above, the view's ids are read again too (a bulk change).
constexpr qsizetype kRefreshRowsUpTo = 200;
// More runs of inserted or removed rows than this: a reset is cheaper than the views' bookkeeping.
constexpr int kMaxRuns = 32;
} // namespace

bool ArticleListModel::changeMovesRows(const storage::BulkChange &change) const
{
    using Kind = storage::BulkChange::Kind;
    if (change.kind == Kind::Delete || change.kind == Kind::Restore)
        return true;
    if (change.count() <= kRefreshRowsUpTo)
        return false;
    // The sort orders (saved, published, title, site) do not depend on state or tags: only the filter
    // can take rows in or out.
    switch (change.kind) {
    case Kind::Read: return m_filter.readState != storage::ArticleFilter::ReadState::Any;
    case Kind::Starred: return m_filter.starredOnly;
    case Kind::AddTag:
    case Kind::RemoveTag: return !m_filter.tag.isEmpty();
    default: return true;
    }
}

void ArticleListModel::applyChange(const storage::BulkChange &change)
{
    using Kind = storage::BulkChange::Kind;
    if (change.ids.isEmpty())
        return;
    const bool large = change.count() > kRefreshRowsUpTo;
    if (isSearching()) {
        // Search results come in ranked chunks: a change of membership runs the search again.
        if (large || change.kind == Kind::Delete || change.kind == Kind::Restore) {
            reload();
            emit updatedInPlace();
        } else {
            for (ArticleId id : change.ids)
                refreshArticle(id);
        }
        return;
    }
    if (change.kind == Kind::Delete) {
        const QSet<ArticleId> gone(change.ids.cbegin(), change.ids.cend());
        QList<ArticleId> kept;
        kept.reserve(m_ids.size());
        for (ArticleId id : std::as_const(m_ids))
            if (!gone.contains(id))
                kept.append(id);
        adoptIds(kept);
        emit updatedInPlace();
        if (m_pendingReload)
            reloadInBackground(); // the one on its way may have been read before this change
        return;
    }
    if (!large) {
        for (ArticleId id : change.ids)
            refreshArticle(id);
    } else if (!m_ids.isEmpty()) {
        dropCachedRows(); // the rows shown are read again as they are painted
        emit dataChanged(index(0), index(int(m_ids.size()) - 1));
    }
    if (!changeMovesRows(change)) {
        if (m_pendingReload)
            reloadInBackground();
        return;
    }
    if (m_reader && m_ids.size() + change.count() >= m_backgroundFrom) {
        reloadInBackground();
        return;
    }
    ++m_generation;
    m_pendingReload = false;
    adoptIds(m_library.articles().ids(m_filter));
    emit updatedInPlace();
}

void ArticleListModel::reloadInBackground()
{
    const quint64 generation = ++m_generation;
    m_pendingReload = true;
    const storage::ArticleFilter filter = m_filter;
    m_reader->read<QList<ArticleId>>(
        this, [filter](storage::Library &library) { return library.articles().ids(filter); },
        [this, generation](QList<ArticleId> ids) {
            if (generation != m_generation || isSearching())
                return; // a newer reload, filter or search since
            m_pendingReload = false;
            adoptIds(ids);
            emit updatedInPlace();
        });
}

void ArticleListModel::dropCachedRows()
{
    m_rows.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_annotations.clear();
}

void ArticleListModel::adoptIds(const QList<ArticleId> &ids)
{
    if (ids == m_ids)
        return;
    if (ids.size() < m_ids.size() ? removeRuns(ids) : insertRuns(ids))
        return;
    beginResetModel();
    m_ids = ids;
    dropCachedRows();
    finishReset();
}

bool ArticleListModel::removeRuns(const QList<ArticleId> &ids)
{
    // `ids` must be m_ids with some runs left out, in the same order.
    QList<std::pair<int, int>> runs; // first and last row removed
    qsizetype j = 0;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if (j < ids.size() && m_ids.at(i) == ids.at(j)) {
            ++j;
            continue;
        }
        if (!runs.isEmpty() && runs.last().second == i - 1)
            runs.last().second = int(i);
        else if (runs.size() == kMaxRuns)
            return false;
        else
            runs.append({int(i), int(i)});
    }
    if (j != ids.size())
        return false;
    dropCachedRows(); // pages are counted in rows: they shift
    m_changing = true;
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_ids.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
    m_changing = false;
    return true;
}

bool ArticleListModel::insertRuns(const QList<ArticleId> &ids)
{
    // `ids` must be m_ids with some runs added, the others in the same order.
    QList<std::pair<int, int>> runs; // first and last row of each run, in the new list
    qsizetype i = 0;
    for (qsizetype j = 0; j < ids.size(); ++j) {
        if (i < m_ids.size() && m_ids.at(i) == ids.at(j)) {
            ++i;
            continue;
        }
        if (!runs.isEmpty() && runs.last().second == j - 1)
            runs.last().second = int(j);
        else if (runs.size() == kMaxRuns)
            return false;
        else
            runs.append({int(j), int(j)});
    }
    if (i != m_ids.size())
        return false;
    dropCachedRows();
    m_changing = true;
    for (const auto &[first, last] : std::as_const(runs)) {
        beginInsertRows({}, first, last);
        QList<ArticleId> merged = m_ids.first(first);
        merged += ids.mid(first, last - first + 1);
        merged += m_ids.sliced(first);
        m_ids = std::move(merged);
        endInsertRows();
    }
    m_changing = false;
    return true;
}

ArticleId ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ArticleListModel::rowOf(ArticleId id) const
{
    return int(m_ids.indexOf(id));
}

std::optional<Article> ArticleListModel::articleAt(int index) const
{
    if (const Row *r = row(index))
        return r->article;
    return std::nullopt;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    const Row *r = row(index.row());
    if (!r)
        return {};
    const Article &a = r->article;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return a.meta.title.isEmpty() ? tr("(untitled)") : a.meta.title;
    case Qt::ToolTipRole:
        return a.meta.url.isEmpty() ? a.meta.title : a.meta.title + QLatin1Char('\n') + a.meta.url;
    case Qt::AccessibleTextRole:
        return a.meta.title;
    case SiteRole:
        return a.meta.siteName;
    case AuthorRole:
        return a.meta.author;
    case SavedRole:
        return a.saved;
    case PublishedRole:
        return a.meta.published;
    case ReadingMinutesRole:
        return a.readingMinutes;
    case TagsRole:
        return a.tags;
    case StarredRole:
        return a.starred;
    case ReadRole:
        return a.read;
    case SnippetRole:
        return r->snippet;
    case LanguageRole:
        return a.meta.language;
    case UrlRole:
        return a.meta.url;
    case HighlightCountRole:
        return annotations(a.id).highlights;
    case HasNoteRole: {
        const storage::AnnotationSummary s = annotations(a.id);
        return s.note;
    }
    case LinkOnlyRole:
        return a.linkOnly;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(TitleRole, "title");
    names.insert(SiteRole, "site");
    names.insert(AuthorRole, "author");
    names.insert(SavedRole, "saved");
    names.insert(PublishedRole, "published");
    names.insert(ReadingMinutesRole, "readingMinutes");
    names.insert(TagsRole, "tags");
    names.insert(StarredRole, "starred");
    names.insert(ReadRole, "read");
    names.insert(LinkOnlyRole, "linkOnly");
    names.insert(SnippetRole, "snippet");
    names.insert(LanguageRole, "language");
    names.insert(UrlRole, "url");
    return names;
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList ArticleListModel::mimeTypes() const
{
    return {kIdsMimeType};
}

QMimeData *ArticleListModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes)
        out << qint64(idAt(index.row()));
    auto *mime = new QMimeData;
    mime->setData(kIdsMimeType, bytes);
    return mime;
}

storage::AnnotationSummary ArticleListModel::annotations(ArticleId id) const
{
    auto it = m_annotations.constFind(id);
    if (it == m_annotations.constEnd())
        it = m_annotations.insert(id, m_library.highlights().summaries({id}).value(id));
    return *it;
}

} // namespace offprint::gui
