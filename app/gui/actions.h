#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;
class QWidget;

namespace offprint::gui {

// Every command of the window with its shortcut; each one also has a menu entry (buildMenus), so the
// keyboard and the mouse reach the same things. MainWindow connects them.
struct Actions
{
    QAction *importFiles = nullptr;
    QAction *importFolder = nullptr;
    QAction *exportEpub = nullptr;
    QAction *backUp = nullptr;
    QAction *restore = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *search = nullptr;
    QAction *leaveSearch = nullptr;
    QAction *saveSearch = nullptr;

    QAction *next = nullptr;
    QAction *previous = nullptr;
    QAction *pageDown = nullptr;
    QAction *nextUnread = nullptr;

    QAction *star = nullptr;
    QAction *read = nullptr;
    QAction *markAllRead = nullptr; // every article of the current view or search
    QAction *hideRead = nullptr;    // checkable: the list leaves read articles out
    QAction *tags = nullptr;
    // H: the reader's selection becomes a highlight (HighlightController runs it; active in the reader).
    QAction *highlight = nullptr;
    QAction *remove = nullptr;
    QAction *openInBrowser = nullptr;
    QAction *toggleOriginal = nullptr;
    QAction *back = nullptr;
    QAction *forward = nullptr;

    QAction *findInArticle = nullptr;
    QAction *findNext = nullptr;
    QAction *findPrevious = nullptr;
    QAction *outline = nullptr;

    QAction *sortSaved = nullptr;
    QAction *sortPublished = nullptr;
    QAction *sortTitle = nullptr;
    QAction *sortSite = nullptr;
    QActionGroup *sortGroup = nullptr;
    QAction *themeSystem = nullptr;
    QAction *themeLight = nullptr;
    QAction *themeSepia = nullptr;
    QAction *themeDark = nullptr;
    QActionGroup *themeGroup = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QAction *focusSidebar = nullptr;
    QAction *focusList = nullptr;
    QAction *focusReader = nullptr;
    QAction *allHighlights = nullptr;
    QAction *focusMode = nullptr;   // only the reader, full screen
    QAction *contextMenu = nullptr; // the focused pane's context menu (Shift+F10, Menu key)

    QAction *shortcuts = nullptr;
    QAction *about = nullptr;

    void create(QWidget *window);
    void buildMenus(QMenuBar *bar) const;
    QList<QAction *> all() const;
};

// The "?" dialog: every action that has a shortcut, grouped as in the menus.
void showShortcutList(QWidget *parent, const Actions &actions);

// A menu text as a label shows it: without its mnemonic, whether "&Import" or the Chinese "导入(&I)",
// and without a trailing "…". "&&" stays as one "&".
QString plainActionText(const QString &text);
// "字体(&F)：" → "字体：": a label shows the brackets of a translated mnemonic as they are.
QString withoutBracketedMnemonic(const QString &text);

} // namespace offprint::gui
