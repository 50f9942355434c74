#pragma once

#include "settings.h"
#include "storage/articlerepository.h"

#include <QTimer>
#include <QTreeWidget>

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

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
// a tag tags them.
class Sidebar final : public QTreeWidget
{
    Q_OBJECT
public:
    Sidebar(storage::Library &library, Settings &settings, QWidget *parent = nullptr);

    void refresh(); // counts, tags and sites again; keeps the selection
    // Coalesces the refreshes of a burst of changes (holding s or m down) into one.
    void refreshSoon();
    SidebarEntry current() const;
    bool select(const SidebarEntry &entry);

    // The operations behind the menus (also used by tests, without dialogs).
    bool renameTag(const QString &from, const QString &to);
    bool deleteTag(const QString &name);
    bool mergeTag(const QString &from, const QString &into);
    void addSavedSearch(const QString &name, const QString &query);
    void removeSavedSearch(const QString &query);

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

    storage::Library &m_library;
    Settings &m_settings;
    QTreeWidgetItem *m_tagsRoot = nullptr;
    QTreeWidgetItem *m_sitesRoot = nullptr;
    QTreeWidgetItem *m_searchesRoot = nullptr;
    bool m_refreshing = false;
    QTimer m_refreshTimer;
};

} // namespace offprint::gui
