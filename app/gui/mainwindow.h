#pragma once

#include "actions.h"
#include "domain/article.h"

#include <QMainWindow>

class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace offprint::storage {
class Library;
struct BulkChange;
}

namespace offprint::gui {

class AllHighlightsView;
class ArticleDelegate;
class ArticleListView;
class ArticleListModel;
class ArticleOperations;
class FocusMode;
class ImportController;
class LibraryPreferences;
class LibraryReader;
class LibraryTransfer;
class HighlightController;
class HighlightsPanel;
class ReaderController;
class ReaderPane;
class ReaderView;
class ReextractController;
class SearchController;
class Settings;
class Sidebar;
struct SidebarEntry;
class ThemeManager;
class WatchedFolders;

// The three panes (sidebar, article list with the search field, reader) and the menus. It composes
// the controllers and forwards between them; the work happens in those classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(storage::Library &library, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and for main(): the parts, as the user sees them.
    ArticleListModel *model() const { return m_model; }
    ArticleListView *list() const { return m_list; }
    ReaderView *reader() const { return m_reader; }
    ReaderPane *readerPane() const { return m_readerPane; }
    ReaderController *readerController() const { return m_readerController; }
    HighlightController *highlights() const { return m_highlights; }
    HighlightsPanel *highlightsPanel() const { return m_highlightsPanel; }
    AllHighlightsView *allHighlights() const { return m_allHighlights; }
    QUndoStack *undoStack() const { return m_undo; }
    Sidebar *sidebar() const { return m_sidebar; }
    SearchController *search() const { return m_search; }
    ImportController *importer() const { return m_importer; }
    LibraryTransfer *transfer() const { return m_transfer; }
    // What File ▸ Export as EPUB… exports: the selected articles when several are selected, else every
    // article of the current view (tag, site, saved search, search); and a title for the book.
    QList<ArticleId> exportSelection() const;
    QString exportTitle() const;
    ReextractController *reextractor() const { return m_reextract; }
    ThemeManager *themes() const { return m_themes; }
    ArticleOperations *operations() const { return m_operations; }
    const Actions &actions() const { return m_actions; }
    LibraryPreferences *preferences() const { return m_prefs; }
    FocusMode *focusMode() const { return m_focus; }

    QList<ArticleId> selectedIds() const;
    ArticleId currentId() const;
    void selectRow(int row);
    void importPaths(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildLayout();
    void connectActions();
    void connectReaderNavigation();
    void connectParts();
    void restoreWindow();
    void showLastRead();
    void leave();
    void applyReaderAppearance();
    void applySidebarEntry(const SidebarEntry &entry);
    void applySort();
    void onCurrentRowChanged();
    void moveBy(int delta);
    bool selectNextUnread();
    void editTags();
    void deleteSelected();
    void saveSearch();
    void reloadList();
    // After a bulk operation: the list and the reader follow it in place; the sidebar counts again on
    // the library reader's thread.
    void applyChange(const storage::BulkChange &change);
    // After rows came or went without a reset: a current row again when the current one went.
    void settleCurrent();
    void showStatus(const QString &text);
    void updatePlaceholder();
    void showAbout();
    void openSettings();

    storage::Library &m_library;
    Settings &m_settings;
    Actions m_actions;
    QUndoStack *m_undo = nullptr;
    ThemeManager *m_themes = nullptr;
    ArticleListModel *m_model = nullptr;
    ArticleDelegate *m_delegate = nullptr;
    ArticleOperations *m_operations = nullptr;
    LibraryReader *m_libraryReader = nullptr;
    ArticleId m_lastId = 0; // the last current row, to come back to when rows come or go
    int m_lastRow = -1;
    QSplitter *m_splitter = nullptr;
    Sidebar *m_sidebar = nullptr;
    ArticleListView *m_list = nullptr;
    SearchController *m_search = nullptr;
    ReaderPane *m_readerPane = nullptr;
    ReaderView *m_reader = nullptr;
    ReaderController *m_readerController = nullptr;
    HighlightController *m_highlights = nullptr;
    HighlightsPanel *m_highlightsPanel = nullptr;
    QStackedWidget *m_listStack = nullptr; // the article list, or the All highlights view in its place
    AllHighlightsView *m_allHighlights = nullptr;
    ImportController *m_importer = nullptr;
    LibraryTransfer *m_transfer = nullptr;
    ReextractController *m_reextract = nullptr;
    WatchedFolders *m_watched = nullptr;
    LibraryPreferences *m_prefs = nullptr;
    FocusMode *m_focus = nullptr;
};

} // namespace offprint::gui
