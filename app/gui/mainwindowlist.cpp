// MainWindow's article list: which articles it shows (sidebar entry, sort, hide read), which one is
// current, moving through it, and what an export takes from it. The window's construction and its
// other actions are in mainwindow.cpp.
#include "mainwindow.h"

#include "actions.h"
#include "allhighlightsview.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "readercontroller.h"
#include "searchcontroller.h"
#include "sidebar.h"
#include "storage/bulkoperations.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QStackedWidget>

namespace offprint::gui {

void MainWindow::applySidebarEntry(const SidebarEntry &entry)
{
    const bool highlights = entry.kind == SidebarEntry::Kind::Highlights;
    m_listStack->setCurrentIndex(highlights ? 1 : 0); // showing the view lists them afresh
    if (highlights)
        return;
    if (entry.kind == SidebarEntry::Kind::SavedSearch) {
        m_model->setFilter(SidebarEntry{}.filter());
        applySort();
        m_search->setQuery(entry.value);
        return;
    }
    applySort();
}

void MainWindow::applySort()
{
    storage::ArticleFilter filter = m_sidebar->current().filter();
    using Sort = storage::ArticleFilter::Sort;
    filter.sort = m_actions.sortPublished->isChecked() ? Sort::Published
        : m_actions.sortTitle->isChecked()             ? Sort::Title
        : m_actions.sortSite->isChecked()              ? Sort::Site
                                                       : Sort::Saved;
    filter.descending = filter.sort == Sort::Saved || filter.sort == Sort::Published;
    if (m_actions.hideRead->isChecked() && filter.readState == storage::ArticleFilter::ReadState::Any)
        filter.readState = storage::ArticleFilter::ReadState::Unread;
    const ArticleId keep = currentId();
    m_model->setFilter(filter);
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        selectRow(row);
    else if (m_model->rowCount() > 0)
        selectRow(0);
}

void MainWindow::reloadList()
{
    const ArticleId keep = currentId();
    const int oldRow = m_list->currentIndex().row();
    m_model->reload();
    m_sidebar->refresh();
    m_allHighlights->reloadIfVisible();
    int row = m_model->rowOf(keep);
    if (row < 0 && m_model->rowCount() > 0)
        row = qBound(0, oldRow, m_model->rowCount() - 1);
    if (row >= 0)
        selectRow(row);
    else
        m_readerController->close();
}

void MainWindow::applyChange(const storage::BulkChange &change)
{
    using Kind = storage::BulkChange::Kind;
    const ArticleId open = m_readerController->current();
    const bool touchesOpen = open && std::find(change.ids.cbegin(), change.ids.cend(), open) != change.ids.cend();
    const ArticleId current = currentId();
    if (change.kind == Kind::Delete && current
        && std::find(change.ids.cbegin(), change.ids.cend(), current) != change.ids.cend()) {
        // The current row goes: no current while the rows go (the view would make the row above it
        // current and open it), then settleCurrent() takes the row in its place, as a reload did.
        m_list->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    m_model->applyChange(change); // rows that come or go: settleCurrent()
    if (change.kind == Kind::Delete) {
        // As before: what remains selected is the row that became current.
        if (m_list->currentIndex().isValid())
            selectRow(m_list->currentIndex().row());
        if (touchesOpen && m_readerController->current() == open)
            m_readerController->close();
    }
    if (change.kind == Kind::Delete || change.kind == Kind::Restore)
        m_allHighlights->reloadIfVisible();
    else if (touchesOpen)
        m_readerController->reloadCurrent();
    m_sidebar->refreshInBackground();
}

void MainWindow::settleCurrent()
{
    updatePlaceholder();
    if (m_list->currentIndex().isValid())
        return;
    if (m_model->rowCount() == 0) {
        m_readerController->close();
        return;
    }
    int row = m_model->rowOf(m_lastId);
    if (row < 0)
        row = qBound(0, m_lastRow, m_model->rowCount() - 1);
    selectRow(row);
}

void MainWindow::onCurrentRowChanged()
{
    const ArticleId id = currentId();
    if (!id)
        return;
    m_lastId = id;
    m_lastRow = m_list->currentIndex().row();
    m_readerController->open(id, m_search->highlightTerms());
}

QList<ArticleId> MainWindow::selectedIds() const
{
    // From the selection's ranges: selectedRows() asks about every row (slow for 100,000).
    QList<ArticleId> ids;
    const QItemSelection selection = m_list->selectionModel()->selection();
    const bool several = selection.size() > 1;
    QSet<int> seen; // several ranges may overlap (extended selection with Ctrl)
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (several) {
                if (seen.contains(row))
                    continue;
                seen.insert(row);
            }
            ids.append(m_model->idAt(row));
        }
    }
    if (ids.isEmpty() && currentId())
        ids.append(currentId());
    return ids;
}

QList<ArticleId> MainWindow::exportSelection() const
{
    if (m_list->selectionModel()->selectedRows().size() > 1)
        return selectedIds();
    return m_model->ids();
}

QString MainWindow::exportTitle() const
{
    if (m_list->selectionModel()->selectedRows().size() > 1)
        return {};
    if (!m_search->query().trimmed().isEmpty())
        return tr("Offprint: %1").arg(m_search->query().trimmed());
    const SidebarEntry entry = m_sidebar->current();
    switch (entry.kind) {
    case SidebarEntry::Kind::Tag:
    case SidebarEntry::Kind::Site:
    case SidebarEntry::Kind::SavedSearch:
        return tr("Offprint: %1").arg(entry.value);
    case SidebarEntry::Kind::Unread:
        return tr("Offprint: unread");
    case SidebarEntry::Kind::Starred:
        return tr("Offprint: starred");
    case SidebarEntry::Kind::All:
    case SidebarEntry::Kind::Highlights:
        break;
    }
    return {};
}

ArticleId MainWindow::currentId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

void MainWindow::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void MainWindow::moveBy(int delta)
{
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectRow(qBound(0, row, m_model->rowCount() - 1));
}

bool MainWindow::selectNextUnread()
{
    const int start = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + 1 : 0;
    for (int row = start; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row).data(ArticleListModel::ReadRole).toBool()) {
            selectRow(row);
            return true;
        }
    }
    showStatus(tr("No more unread articles in this list."));
    return false;
}

} // namespace offprint::gui
