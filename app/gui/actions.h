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
    QAction *tags = nullptr;
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

    QAction *shortcuts = nullptr;
    QAction *about = nullptr;

    void create(QWidget *window);
    void buildMenus(QMenuBar *bar) const;
    QList<QAction *> all() const;
};

// The "?" dialog: every action that has a shortcut, grouped as in the menus.
void showShortcutList(QWidget *parent, const Actions &actions);

} // namespace offprint::gui
