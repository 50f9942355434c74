#include "actions.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace offprint::gui {

namespace {
QAction *make(QWidget *window, const QString &text, const QList<QKeySequence> &keys = {},
              const QString &name = {})
{
    auto *action = new QAction(text, window);
    action->setShortcuts(keys);
    action->setObjectName(name);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

QAction *checkable(QWidget *window, QActionGroup *group, const QString &text, const QString &name)
{
    QAction *action = make(window, text, {}, name);
    action->setCheckable(true);
    group->addAction(action);
    return action;
}
} // namespace

void Actions::create(QWidget *w)
{
    importFiles = make(w, QObject::tr("&Import Files…"), {QKeySequence(Qt::CTRL | Qt::Key_O)}, QStringLiteral("importFiles"));
    importFolder = make(w, QObject::tr("Import &Folder…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                        QStringLiteral("importFolder"));
    exportEpub = make(w, QObject::tr("&Export as EPUB…"), {}, QStringLiteral("exportEpub"));
    backUp = make(w, QObject::tr("&Back Up Library…"), {}, QStringLiteral("backUp"));
    restore = make(w, QObject::tr("&Restore Library…"), {}, QStringLiteral("restore"));
    settings = make(w, QObject::tr("&Settings…"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, QStringLiteral("settings"));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = make(w, QObject::tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, QStringLiteral("quit"));
    quit->setMenuRole(QAction::QuitRole);

    undo = make(w, QObject::tr("&Undo"), {QKeySequence::Undo}, QStringLiteral("undo"));
    redo = make(w, QObject::tr("&Redo"), {QKeySequence::Redo}, QStringLiteral("redo"));
    search = make(w, QObject::tr("&Search"), {QKeySequence(Qt::Key_Slash), QKeySequence(Qt::CTRL | Qt::Key_F)},
                  QStringLiteral("search"));
    leaveSearch = make(w, QObject::tr("&Leave Search"), {QKeySequence(Qt::Key_Escape)}, QStringLiteral("leaveSearch"));
    saveSearch = make(w, QObject::tr("Sa&ve Search…"), {QKeySequence(Qt::CTRL | Qt::Key_D)}, QStringLiteral("saveSearch"));

    next = make(w, QObject::tr("&Next Article"), {QKeySequence(Qt::Key_J)}, QStringLiteral("next"));
    previous = make(w, QObject::tr("&Previous Article"), {QKeySequence(Qt::Key_K)}, QStringLiteral("previous"));
    pageDown = make(w, QObject::tr("Page Down, then Next &Unread"), {QKeySequence(Qt::Key_Space)},
                    QStringLiteral("pageDown"));
    nextUnread = make(w, QObject::tr("Next U&nread Article"), {QKeySequence(Qt::Key_N)}, QStringLiteral("nextUnread"));

    star = make(w, QObject::tr("&Star"), {QKeySequence(Qt::Key_S)}, QStringLiteral("star"));
    read = make(w, QObject::tr("Toggle &Read"), {QKeySequence(Qt::Key_M)}, QStringLiteral("read"));
    markAllRead = make(w, QObject::tr("Mark &All as Read"), {QKeySequence(Qt::SHIFT | Qt::Key_M)},
                       QStringLiteral("markAllRead"));
    hideRead = make(w, QObject::tr("&Hide Read Articles"), {QKeySequence(Qt::SHIFT | Qt::Key_H)},
                    QStringLiteral("hideRead"));
    hideRead->setCheckable(true);
    tags = make(w, QObject::tr("Edit &Tags…"), {QKeySequence(Qt::Key_T)}, QStringLiteral("tags"));
    highlight = make(w, QObject::tr("&Highlight Selection"), {QKeySequence(Qt::Key_H)}, QStringLiteral("highlight"));
    highlight->setShortcutContext(Qt::WidgetShortcut); // in the reader, where the selection is
    remove = make(w, QObject::tr("&Delete"), {QKeySequence::Delete}, QStringLiteral("remove"));
    openInBrowser = make(w, QObject::tr("&Open Original in Browser"), {QKeySequence(Qt::Key_O)},
                         QStringLiteral("openInBrowser"));
    toggleOriginal = make(w, QObject::tr("View &Original Page"), {QKeySequence(Qt::Key_V)},
                          QStringLiteral("toggleOriginal"));
    toggleOriginal->setCheckable(true);
    // Inside the article: after following a link to a place in it.
    back = make(w, QObject::tr("&Back"), {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace)},
                QStringLiteral("back"));
    forward = make(w, QObject::tr("&Forward"), {QKeySequence(Qt::ALT | Qt::Key_Right)}, QStringLiteral("forward"));
    back->setEnabled(false);
    forward->setEnabled(false);
    // Ctrl+F is the library search except in the reader, where it opens this too (ReaderPane).
    findInArticle = make(w, QObject::tr("&Find in Article"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
                         QStringLiteral("findInArticle"));
    findNext = make(w, QObject::tr("Find Ne&xt"), QKeySequence::keyBindings(QKeySequence::FindNext),
                    QStringLiteral("findNext"));
    findPrevious = make(w, QObject::tr("Find Previ&ous"), QKeySequence::keyBindings(QKeySequence::FindPrevious),
                        QStringLiteral("findPrevious"));
    outline = make(w, QObject::tr("Show O&utline"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
                   QStringLiteral("outline"));
    outline->setCheckable(true);
    outline->setEnabled(false);

    sortGroup = new QActionGroup(w);
    sortSaved = checkable(w, sortGroup, QObject::tr("Sort by &Saved Date"), QStringLiteral("sortSaved"));
    sortPublished = checkable(w, sortGroup, QObject::tr("Sort by &Published Date"), QStringLiteral("sortPublished"));
    sortTitle = checkable(w, sortGroup, QObject::tr("Sort by &Title"), QStringLiteral("sortTitle"));
    sortSite = checkable(w, sortGroup, QObject::tr("Sort by Si&te"), QStringLiteral("sortSite"));
    sortSaved->setChecked(true);
    themeGroup = new QActionGroup(w);
    themeSystem = checkable(w, themeGroup, QObject::tr("S&ystem Theme"), QStringLiteral("themeSystem"));
    themeLight = checkable(w, themeGroup, QObject::tr("&Light Theme"), QStringLiteral("themeLight"));
    themeSepia = checkable(w, themeGroup, QObject::tr("Se&pia Theme"), QStringLiteral("themeSepia"));
    themeDark = checkable(w, themeGroup, QObject::tr("&Dark Theme"), QStringLiteral("themeDark"));
    zoomIn = make(w, QObject::tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                  QStringLiteral("zoomIn"));
    zoomOut = make(w, QObject::tr("Zoom &Out"), {QKeySequence::ZoomOut}, QStringLiteral("zoomOut"));
    zoomReset = make(w, QObject::tr("&Reset Zoom"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, QStringLiteral("zoomReset"));
    focusSidebar = make(w, QObject::tr("Go to Si&debar"), {QKeySequence(Qt::ALT | Qt::Key_1)}, QStringLiteral("focusSidebar"));
    focusList = make(w, QObject::tr("Go to Article &List"), {QKeySequence(Qt::ALT | Qt::Key_2)}, QStringLiteral("focusList"));
    focusReader = make(w, QObject::tr("Go to &Reader"), {QKeySequence(Qt::ALT | Qt::Key_3)}, QStringLiteral("focusReader"));
    allHighlights = make(w, QObject::tr("All &Highlights"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
                         QStringLiteral("allHighlights"));
    focusMode = make(w, QObject::tr("&Focus Mode"), {QKeySequence(Qt::Key_F11)}, QStringLiteral("focusMode"));
    focusMode->setCheckable(true);
    contextMenu = make(w, QObject::tr("Context &Menu"), {QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)},
                       QStringLiteral("contextMenu"));

    shortcuts = make(w, QObject::tr("&Keyboard Shortcuts"), {QKeySequence(Qt::Key_Question), QKeySequence(Qt::SHIFT | Qt::Key_Question), QKeySequence(Qt::Key_F1)},
                     QStringLiteral("shortcuts"));
    about = make(w, QObject::tr("&About Offprint"), {}, QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
}

void Actions::buildMenus(QMenuBar *bar) const
{
    QMenu *file = bar->addMenu(QObject::tr("&File"));
    file->addActions({importFiles, importFolder});
    file->addSeparator();
    file->addAction(exportEpub);
    file->addSeparator();
    file->addActions({backUp, restore});
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(QObject::tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({search, leaveSearch, saveSearch});
    edit->addSeparator();
    edit->addActions({findInArticle, findNext, findPrevious});

    QMenu *article = bar->addMenu(QObject::tr("&Article"));
    article->addActions({next, previous, pageDown, nextUnread});
    article->addSeparator();
    article->addActions({star, read, markAllRead, tags, highlight});
    article->addSeparator();
    article->addActions({toggleOriginal, openInBrowser});
    article->addSeparator();
    article->addActions({back, forward});
    article->addSeparator();
    article->addAction(remove);

    QMenu *view = bar->addMenu(QObject::tr("&View"));
    view->addActions(sortGroup->actions());
    view->addSeparator();
    view->addAction(hideRead);
    view->addSeparator();
    view->addActions(themeGroup->actions());
    view->addSeparator();
    view->addActions({zoomIn, zoomOut, zoomReset});
    view->addSeparator();
    view->addAction(outline);
    view->addSeparator();
    view->addActions({focusSidebar, focusList, focusReader, allHighlights});
    view->addSeparator();
    view->addActions({focusMode, contextMenu});

    QMenu *help = bar->addMenu(QObject::tr("&Help"));
    help->addActions({shortcuts, about});
}

QList<QAction *> Actions::all() const
{
    return {importFiles, importFolder, exportEpub, backUp, restore, settings, quit, undo, redo, search, leaveSearch, saveSearch, findInArticle,
            findNext, findPrevious, next, previous, pageDown, nextUnread, star, read, markAllRead, tags, highlight, remove, openInBrowser,
            toggleOriginal, back, forward, outline, sortSaved, hideRead,
            sortPublished, sortTitle, sortSite, themeSystem, themeLight, themeSepia, themeDark, zoomIn, zoomOut,
            zoomReset, focusSidebar, focusList, focusReader, allHighlights, focusMode, contextMenu, shortcuts, about};
}

QString withoutBracketedMnemonic(const QString &text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&[^&\\s][)）]"));
    QString plain = text;
    plain.remove(bracketed);
    return plain;
}

QString plainActionText(const QString &text)
{
    // "导入(&I)…", "Import (&I)": the whole bracketed mnemonic goes.
    const QString plain = withoutBracketedMnemonic(text);
    QString out;
    out.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('&')) {
            if (i + 1 < plain.size() && plain.at(i + 1) == QLatin1Char('&')) {
                out += QLatin1Char('&');
                ++i;
            }
            continue;
        }
        out += plain.at(i);
    }
    if (out.endsWith(QStringLiteral("…")))
        out.chop(1);
    if (out.endsWith(QStringLiteral("...")))
        out.chop(3);
    return out.trimmed();
}

void showShortcutList(QWidget *parent, const Actions &actions)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QObject::tr("Keyboard Shortcuts"));
    dialog->resize(480, 560);
    auto *layout = new QVBoxLayout(dialog);
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(QStringLiteral("shortcutList"));
    tree->setHeaderLabels({QObject::tr("Command"), QObject::tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    for (QAction *action : actions.all()) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts()) {
            // "Shift+?" is only there for keyboards that report the Shift it takes to type "?".
            if (k[0].key() == Qt::Key_Question && k[0].keyboardModifiers() != Qt::NoModifier)
                continue;
            keys << k.toString(QKeySequence::NativeText);
        }
        new QTreeWidgetItem(tree, {plainActionText(action->text()), keys.join(QStringLiteral("   "))});
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->show();
}

} // namespace offprint::gui
