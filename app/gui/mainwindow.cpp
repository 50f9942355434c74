#include "mainwindow.h"

#include "allhighlightsview.h"
#include "articledelegate.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "articleoperations.h"
#include "importcontroller.h"
#include "librarypreferences.h"
#include "libraryreader.h"
#include "librarytransfer.h"
#include "findbar.h"
#include "highlightcontroller.h"
#include "highlightspanel.h"
#include "outlinepanel.h"
#include "readercontroller.h"
#include "readerpane.h"
#include "readerview.h"
#include "reextractcontroller.h"
#include "searchcontroller.h"
#include "settings.h"
#include "settingsdialog.h"
#include "sidebar.h"
#include "storage/library.h"
#include "storage/tagrepository.h"
#include "tageditdialog.h"
#include "thememanager.h"
#include "watchedfolders.h"
#include "windowlayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace offprint::gui {

MainWindow::MainWindow(storage::Library &library, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_library(library), m_settings(settings)
{
    setWindowTitle(tr("Offprint"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_undo = new QUndoStack(this);
    m_themes = new ThemeManager(m_settings, this);
    m_model = new ArticleListModel(m_library, this);
    m_libraryReader = new LibraryReader(m_library, this);
    m_model->setReader(m_libraryReader);
    m_operations = new ArticleOperations(m_library, m_undo, this);
    m_importer = new ImportController(m_library.folder(), this);
    m_prefs = new LibraryPreferences(m_library, this);
    m_prefs->adoptFrom(m_settings); // saved searches and watched folders of earlier versions
    m_transfer = new LibraryTransfer(m_library, this);
    m_watched = new WatchedFolders(*m_prefs, *m_importer, this);
    m_reextract = new ReextractController(m_library.folder(), statusBar(), this);
    m_operations->attachStatusBar(statusBar());
    m_actions.create(this);
    m_actions.buildMenus(menuBar());
    buildLayout();
    connectParts();
    connectActions();
    connectReaderNavigation();
    m_themes->apply();
    applyReaderAppearance();
    restoreWindow();
    m_readerController->close();
    updatePlaceholder();
    showLastRead();
    m_list->setFocus();
    m_watched->scanSoon();
    m_reextract->startIfNeeded(m_library); // articles an older extractor made, in the background
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_sidebar = new Sidebar(m_library, *m_prefs, m_splitter);
    m_sidebar->setReader(m_libraryReader);

    m_listStack = new QStackedWidget(m_splitter);
    auto *listPane = new QWidget(m_listStack);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 0, 0);
    listLayout->setSpacing(4);
    m_search = new SearchController(m_model, listPane);
    listLayout->addWidget(m_search->widget());
    m_list = new ArticleListView(listPane);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setModel(m_model);
    m_delegate = new ArticleDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    // Equal rows: the view never asks for the data of rows it does not show (lazy model).
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_actions.star, m_actions.read, m_actions.tags, m_actions.openInBrowser, m_actions.remove});
    listLayout->addWidget(m_list, 1);
    m_listStack->addWidget(listPane);
    m_allHighlights = new AllHighlightsView(m_library, m_listStack);
    m_listStack->addWidget(m_allHighlights);

    m_readerPane = new ReaderPane(m_splitter);
    m_reader = m_readerPane->reader();
    m_readerController = new ReaderController(m_library, m_settings, m_reader, this);
    m_highlights = new HighlightController(m_library, m_undo, m_reader, m_readerController, m_actions.highlight, this);
    m_highlightsPanel = new HighlightsPanel(m_readerPane);
    m_readerPane->addSidePanel(m_highlightsPanel);

    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_readerPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({210, 380, 820});
    setCentralWidget(m_splitter);
    statusBar()->setSizeGripEnabled(true);
    m_focus = new FocusMode(this, {m_sidebar, listPane}, this);
}

void MainWindow::connectParts()
{
    connect(m_sidebar, &Sidebar::entryActivated, this, &MainWindow::applySidebarEntry);
    connect(m_sidebar, &Sidebar::tagsChanged, this, [this] {
        m_model->reload();
        m_readerController->reloadCurrent();
    });
    connect(m_sidebar, &Sidebar::tagArticles, this,
            [this](const QList<qint64> &ids, const QString &tag) { m_operations->addTags(ids, {tag}); });
    connect(m_sidebar, &Sidebar::message, this, &MainWindow::showStatus);
    connect(m_prefs, &LibraryPreferences::message, this, &MainWindow::showStatus);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() == 0)
            m_readerController->close();
        updatePlaceholder();
    });

    connect(m_search, &SearchController::applied, this, [this](const QString &) {
        if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
            selectRow(0);
        else if (m_model->rowCount() > 0)
            onCurrentRowChanged();
    });
    connect(m_search, &SearchController::left, this, [this] {
        if (m_sidebar->current().kind == SidebarEntry::Kind::SavedSearch)
            m_sidebar->select({}); // the saved search no longer applies
        m_list->setFocus();
    });
    connect(m_search, &SearchController::saveRequested, this, &MainWindow::saveSearch);

    connect(m_operations, &ArticleOperations::applied, this, &MainWindow::applyChange);
    connect(m_model, &ArticleListModel::updatedInPlace, this, &MainWindow::settleCurrent);
    connect(m_operations, &ArticleOperations::failed, this, &MainWindow::showStatus);

    connect(m_readerController, &ReaderController::markedRead, this, [this](ArticleId id) {
        m_model->refreshArticle(id);
        m_sidebar->refreshSoon();
    });
    connect(m_readerController, &ReaderController::message, this, &MainWindow::showStatus);
    connect(m_highlights, &HighlightController::message, this, &MainWindow::showStatus);
    connect(m_highlights, &HighlightController::highlightsChanged, this,
            [this] { m_highlightsPanel->setHighlights(m_highlights->highlights(), m_highlights->positions()); });
    connect(m_highlightsPanel, &HighlightsPanel::highlightActivated, m_reader, &ReaderView::revealPosition);
    connect(m_highlights, &HighlightController::changed, m_model, &ArticleListModel::refreshArticle);
    connect(m_highlights, &HighlightController::changed, m_allHighlights, &AllHighlightsView::reloadIfVisible);
    connect(m_highlights, &HighlightController::changed, m_sidebar, &Sidebar::refreshSoon);
    connect(m_allHighlights, &AllHighlightsView::highlightActivated, this, [this](ArticleId article, HighlightId id) {
        m_readerController->open(article);
        if (id)
            m_highlights->reveal(id);
    });
    connect(m_allHighlights, &AllHighlightsView::removeRequested, m_highlights, &HighlightController::remove);
    connect(m_readerController, &ReaderController::articleOpened, m_prefs, &LibraryPreferences::setLastRead);
    connect(m_readerController, &ReaderController::articleOpened, this, [this] {
        const auto &article = m_readerController->article();
        setWindowTitle(article && !article->meta.title.isEmpty()
                           ? tr("%1 — Offprint").arg(article->meta.title)
                           : tr("Offprint"));
    });
    connect(m_reader, &ReaderView::linkHovered, this, [this](const QString &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url);
    });

    connect(m_importer, &ImportController::finished, this, [this](int imported) {
        reloadList();
        if (imported > 0 || !m_importer->lastOutcomes().isEmpty())
            showStatus(ImportController::headline(m_importer->lastOutcomes(), m_importer->lastWasCancelled()));
        if (imported > 0 && !m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            selectRow(0);
        // The open article got a better (or the chosen) copy: shown again in place.
        for (const import::ImportOutcome &o : m_importer->lastOutcomes())
            if (o.kind == import::ImportOutcome::Kind::Updated && o.id == m_readerController->current())
                m_readerController->reloadCurrent();
    });
    connect(m_reextract, &ReextractController::articleChanged, this, [this](ArticleId id) {
        if (id == m_readerController->current())
            m_readerController->reloadCurrent(); // same place, new content
    });
    connect(m_reextract, &ReextractController::finished, this, [this] {
        reloadList();
        showStatus(m_reextract->summary());
    });
    connect(m_themes, &ThemeManager::applied, this, [this] {
        applyReaderAppearance();
        const Theme theme = m_themes->theme();
        QAction *checked = theme == Theme::Light ? m_actions.themeLight
            : theme == Theme::Sepia              ? m_actions.themeSepia
            : theme == Theme::Dark               ? m_actions.themeDark
                                                 : m_actions.themeSystem;
        checked->setChecked(true);
        m_list->viewport()->update();
    });
    connect(&m_settings, &Settings::readerChanged, this, &MainWindow::applyReaderAppearance);
}

void MainWindow::connectActions()
{
    const Actions &a = m_actions;
    connect(a.importFiles, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import saved pages"), QString(),
            tr("Saved pages (*.html *.htm *.xhtml *.mhtml *.mht *.webarchive *.md *.markdown);;All files (*)"));
        importPaths(files);
    });
    connect(a.importFolder, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of saved pages"));
        if (!dir.isEmpty())
            importPaths({dir});
    });
    connect(a.exportEpub, &QAction::triggered, this, [this] { m_transfer->exportEpub(exportSelection(), exportTitle()); });
    connect(a.backUp, &QAction::triggered, m_transfer, &LibraryTransfer::backUp);
    connect(a.restore, &QAction::triggered, m_transfer, &LibraryTransfer::restore);
    connect(m_transfer, &LibraryTransfer::message, this, &MainWindow::showStatus);
    connect(a.settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(a.redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, a.undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, a.redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, a.undo, [a](const QString &text) {
        a.undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    a.undo->setEnabled(false);
    a.redo->setEnabled(false);
    connect(a.search, &QAction::triggered, m_search, &SearchController::focus);
    connect(a.leaveSearch, &QAction::triggered, this, &MainWindow::leave);
    connect(a.saveSearch, &QAction::triggered, this, &MainWindow::saveSearch);
    connect(a.next, &QAction::triggered, this, [this] { moveBy(1); });
    connect(a.previous, &QAction::triggered, this, [this] { moveBy(-1); });
    connect(a.pageDown, &QAction::triggered, this, [this] {
        if (!m_readerController->pageDown())
            selectNextUnread();
    });
    connect(a.nextUnread, &QAction::triggered, this, &MainWindow::selectNextUnread);
    connect(a.star, &QAction::triggered, this, [this] { m_operations->toggleStarred(selectedIds()); });
    connect(a.read, &QAction::triggered, this, [this] {
        const QList<ArticleId> ids = selectedIds();
        if (ids.contains(m_readerController->current()))
            m_readerController->cancelAutoRead();
        m_operations->toggleRead(ids);
    });
    connect(a.markAllRead, &QAction::triggered, this, [this] {
        m_readerController->cancelAutoRead();
        m_operations->markAllRead(m_model->isSearching() ? storage::ArticleSelection::matching(m_model->searchQuery())
                                                         : storage::ArticleSelection::allOf(m_model->filter()));
    });
    connect(a.hideRead, &QAction::toggled, this, &MainWindow::applySort);
    connect(a.tags, &QAction::triggered, this, &MainWindow::editTags);
    connect(a.remove, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(a.openInBrowser, &QAction::triggered, m_readerController, &ReaderController::openOriginalExternally);
    connect(a.toggleOriginal, &QAction::triggered, this, [this] {
        m_readerController->toggleOriginal();
        m_actions.toggleOriginal->setChecked(m_readerController->showingOriginal());
    });
    connect(m_readerController, &ReaderController::articleOpened, this,
            [this] { m_actions.toggleOriginal->setChecked(false); });
    for (QAction *sort : a.sortGroup->actions())
        connect(sort, &QAction::triggered, this, &MainWindow::applySort);
    const QList<QPair<QAction *, Theme>> themes = {{a.themeSystem, Theme::System},
                                                   {a.themeLight, Theme::Light},
                                                   {a.themeSepia, Theme::Sepia},
                                                   {a.themeDark, Theme::Dark}};
    for (const auto &[action, theme] : themes)
        connect(action, &QAction::triggered, this, [this, theme = theme] { m_settings.setTheme(theme); });
    connect(a.zoomIn, &QAction::triggered, this, [this] { m_settings.setZoomSteps(m_settings.zoomSteps() + 1); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { m_settings.setZoomSteps(m_settings.zoomSteps() - 1); });
    connect(a.zoomReset, &QAction::triggered, this, [this] { m_settings.setZoomSteps(0); });
    connect(a.focusSidebar, &QAction::triggered, m_sidebar, [this] { m_sidebar->setFocus(); });
    connect(a.focusList, &QAction::triggered, m_list, [this] { m_list->setFocus(); });
    connect(a.focusReader, &QAction::triggered, m_reader, [this] { m_reader->setFocus(); });
    connect(a.allHighlights, &QAction::triggered, this, [this] {
        m_sidebar->select({SidebarEntry::Kind::Highlights, {}});
        m_allHighlights->setFocus();
    });
    connect(a.focusMode, &QAction::toggled, m_focus, &FocusMode::setActive);
    connect(m_focus, &FocusMode::toggled, this, [this](bool active) {
        m_actions.focusMode->setChecked(active);
        if (active)
            m_reader->setFocus(); // the list had it, and it is hidden now
    });
    connect(a.contextMenu, &QAction::triggered, this, [] { openContextMenuFromKeyboard(QApplication::focusWidget()); });
    connect(a.shortcuts, &QAction::triggered, this, [this] { showShortcutList(this, m_actions); });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectReaderNavigation()
{
    const Actions &a = m_actions;
    connect(a.back, &QAction::triggered, m_reader, &ReaderView::goBack);
    connect(a.forward, &QAction::triggered, m_reader, &ReaderView::goForward);
    connect(m_reader, &ReaderView::historyChanged, this, [this] {
        m_actions.back->setEnabled(m_reader->canGoBack());
        m_actions.forward->setEnabled(m_reader->canGoForward());
    });
    FindBar *find = m_readerPane->findBar();
    connect(a.findInArticle, &QAction::triggered, find, &FindBar::open);
    connect(a.findNext, &QAction::triggered, find, &FindBar::next);
    connect(a.findPrevious, &QAction::triggered, find, &FindBar::previous);
    connect(a.outline, &QAction::toggled, m_readerPane, &ReaderPane::setOutlineWanted);
    connect(m_readerPane, &ReaderPane::outlineAvailabilityChanged, a.outline, &QAction::setEnabled);
}

void MainWindow::restoreWindow()
{
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(m_settings.windowGeometry()) || frameGeometry().width() > available.width()
        || frameGeometry().height() > available.height()) {
        const QSize size = initialWindowSize(available);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(m_settings.windowState());
    m_splitter->restoreState(m_settings.splitterState());
}

void MainWindow::showLastRead()
{
    // Nothing opens by itself on start (it would become read): the article read last comes back, its
    // read state untouched.
    const ArticleId last = m_prefs->lastRead();
    if (!last || !m_library.articles().get(last))
        return;
    m_readerController->open(last, {}, true);
    if (const int row = m_model->rowOf(last); row >= 0)
        selectRow(row);
}

void MainWindow::leave()
{
    if (m_focus->isActive())
        m_focus->setActive(false);
    else
        m_search->leave();
}

void MainWindow::applyReaderAppearance()
{
    const ReaderFont font{m_settings.serifFont(), double(m_settings.fontSize() + m_settings.zoomSteps())};
    m_reader->setAppearance(m_themes->readerColors(), font, m_settings.readerWidthEm());
}

void MainWindow::editTags()
{
    const QList<ArticleId> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList known;
    for (const storage::TagCount &tag : m_library.tags().list())
        known << tag.name;
    const bool single = ids.size() == 1;
    const QString prompt = single ? tr("Tags of this article:") : tr("Add tags to %n articles:", nullptr, int(ids.size()));
    TagEditDialog dialog(prompt, single ? m_library.tags().tagsOf(ids.first()) : QStringList(), known, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (single)
        m_operations->setTags(ids.first(), dialog.tags());
    else
        m_operations->addTags(ids, dialog.tags());
}

void MainWindow::deleteSelected()
{
    const QList<ArticleId> ids = selectedIds();
    if (ids.isEmpty() || !ArticleOperations::confirmDeletion(this, ids.size()))
        return;
    m_readerController->savePosition();
    m_operations->remove(ids);
    showStatus(tr("Deleted %n article(s). Undo with %1.", nullptr, int(ids.size()))
                   .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void MainWindow::saveSearch()
{
    const QString query = m_search->query();
    if (query.isEmpty()) {
        showStatus(tr("Type a search first; then save it."));
        m_search->focus();
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save search"), tr("Name:"), QLineEdit::Normal, query, &ok);
    if (ok)
        m_sidebar->addSavedSearch(name.trimmed().isEmpty() ? query : name.trimmed(), query);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_importer->start(paths))
        showStatus(tr("An import is already running."));
}

void MainWindow::updatePlaceholder()
{
    if (m_model->isSearching())
        m_list->setPlaceholderText(tr("Nothing matches this search."));
    else if (m_sidebar->current().kind == SidebarEntry::Kind::All)
        m_list->setPlaceholderText(tr("No articles yet.\n\nImport saved pages with File ▸ Import Files (Ctrl+O), "
                                      "or drop them on this window."));
    else
        m_list->setPlaceholderText(tr("No articles here."));
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, *m_prefs, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Offprint"),
                       tr("<h3>Offprint %1</h3><p>A calm, offline reader for saved tech-news articles in Chinese "
                          "and English.</p><p>Library: %2</p>")
                           .arg(QStringLiteral(OFFPRINT_VERSION), m_library.folder().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_focus->setActive(false); // the panes' sizes are saved as the user set them
    m_readerController->savePosition();
    m_importer->cancel();
    m_importer->wait();
    m_reextract->cancel();
    m_reextract->wait();
    m_settings.saveWindow(saveGeometry(), saveState(), m_splitter->saveState());
    m_settings.sync();
    // Stored files of articles deleted more than a week ago (after that no undo can need them).
    if (auto collected = m_library.collectGarbageIfDue(); !collected)
        qWarning("%s", qPrintable(collected.errorMessage()));
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

} // namespace offprint::gui
