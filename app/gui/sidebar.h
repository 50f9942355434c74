#pragma once

#include "storage/articlerepository.h"
#include "storage/tagrepository.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QTreeWidget>

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

class LibraryPreferences;
class LibraryReader;

// What the sidebar counts: read in one go, on the window's connection or on a reader's.
struct SidebarCounts
{
    qint64 all = 0;
    qint64 unread = 0;
    qint64 starred = 0;
    qint64 highlights = 0;
    QList<storage::TagCount> tags;
    QList<QPair<QString, qint64>> sites;
    static SidebarCounts read(storage::Library &library);
};

// What the sidebar points at.
struct SidebarEntry
{
    enum class Kind { All, Unread, Starred, Tag, Site, SavedSearch, Highlights };
    Kind kind = Kind::All;
    QString value; // tag name, site name, or the saved search's query
    // Highlights: the list of every highlight (AllHighlightsView) in place of the article list.
    bool operator==(const SidebarEntry &other) const = default;
    // The list filter this entry stands for (saved searches: no filter; the query does the work).
    storage::ArticleFilter filter() const;
};

// All / Unread / Starred / Highlights, then Tags, Sites and Saved searches, each with counts. Tags can be
// renamed, deleted and merged (drag one tag onto another, or the context menu); dropping articles on
// a tag tags them. Saved searches (the library's) can be renamed, edited and removed. The context
// menus open from the keyboard too (Menu key, Shift+F10) at the current entry. Typing letters does not
// jump between entries.
class Sidebar final : public QTreeWidget
{
    Q_OBJECT
public:
    Sidebar(storage::Library &library, LibraryPreferences &prefs, QWidget *parent = nullptr);
    ~Sidebar() override;

    void refresh(); // counts, tags and sites again; keeps the selection
    // Coalesces the refreshes of a burst of changes (holding s or m down) into one.
    void refreshSoon();
    // Counts on the reader's thread (setReader), shown when they arrive; an answer older than the last
    // refresh is dropped. Counting 100,000 articles takes longer than a frame; libraries of fewer than
    // kBackgroundFrom articles (tests lower it) count at once, as refresh().
    void refreshInBackground();
    void setReader(LibraryReader *reader) { m_reader = reader; }
    static constexpr qint64 kBackgroundFrom = 5000;
    void setBackgroundThreshold(qint64 articles) { m_backgroundFrom = articles; }
    // True while counts are on their way.
    bool isCounting() const { return m_countsPending; }
    SidebarEntry current() const;
    bool select(const SidebarEntry &entry);

    // The operations behind the menus (also used by tests, without dialogs).
    bool renameTag(const QString &from, const QString &to);
    bool deleteTag(const QString &name);
    bool mergeTag(const QString &from, const QString &into);
    void addSavedSearch(const QString &name, const QString &query);
    void removeSavedSearch(const QString &query);
    bool renameSavedSearch(const QString &query, const QString &name);
    bool editSavedSearch(const QString &query, const QString &newQuery);
    // Saved searches show how many articles match, up to this many ("1000+"), counted on a worker
    // thread (its own connection) after each refresh: a search over 10,000 articles takes ~130 ms.
    static constexpr int kSavedSearchCountLimit = 1000;
    // Width of the count column: the widest count, never cut.
    int countColumnWidth() const;

    void keyboardSearch(const QString &search) override; // no type-ahead

signals:
    void entryActivated(const SidebarEntry &entry);
    void tagsChanged();
    void tagArticles(const QList<qint64> &ids, const QString &tag);
    void message(const QString &text);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &label, qint64 count, const SidebarEntry &entry);
    QTreeWidgetItem *findItem(const SidebarEntry &entry) const;
    static SidebarEntry entryOf(const QTreeWidgetItem *item);
    QTreeWidgetItem *tagItemAt(const QPoint &pos) const;
    void promptRename(const QString &tag);
    void promptDelete(const QString &tag);
    void promptRenameSearch(const QString &query);
    void promptEditSearch(const QString &query);
    void fitCountColumn();
    void showCounts(const SidebarCounts &counts);
    void countSavedSearches();
    void showSavedSearchCounts();

    storage::Library &m_library;
    LibraryPreferences &m_prefs;
    QTreeWidgetItem *m_tagsRoot = nullptr;
    QTreeWidgetItem *m_sitesRoot = nullptr;
    QTreeWidgetItem *m_searchesRoot = nullptr;
    bool m_refreshing = false;
    LibraryReader *m_reader = nullptr;
    quint64 m_countGeneration = 0;
    bool m_countsPending = false;
    bool m_recount = false; // changes came while counting
    qint64 m_backgroundFrom = kBackgroundFrom;
    qint64 m_shownAll = 0; // "All articles" as last shown
    QTimer m_refreshTimer;
    QHash<QString, QString> m_searchCounts; // query → shown count
    QFutureWatcher<QHash<QString, QString>> m_counter;
    bool m_countAgain = false;
};

} // namespace offprint::gui
