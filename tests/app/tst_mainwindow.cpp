#include "fixtures.h"

#include "actions.h"
#include "articlelistmodel.h"
#include "importcontroller.h"
#include "librarypreferences.h"
#include "storage/librarysettings.h"
#include "mainwindow.h"
#include "samples.h"
#include "readercontroller.h"
#include "readerview.h"
#include "searchcontroller.h"
#include "settings.h"
#include "settingsdialog.h"
#include "sidebar.h"
#include "annotate/anchor.h"
#include "storage/highlightrepository.h"
#include "storage/tagrepository.h"
#include "tageditdialog.h"
#include "thememanager.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QScreen>
#include <QSplitter>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include "articlelistview.h"
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace offprint;
using namespace offprint::gui;

namespace {
// Runs `fn` on the first visible dialog of type T (a modal dialog blocks the test until handled).
template <typename T, typename Fn>
void whenDialog(Fn fn)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fn] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                fn(dialog);
                return;
            }
        }
    });
    timer->start();
}
} // namespace

// Drives the real window on a temporary library with the keyboard, as a user would.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsNewestFirstAndShowsTheSelectedArticle();
    void jAndKMoveThroughTheList();
    void starAndReadTogglesArePersisted();
    void editingTagsWithTheDialog();
    void searchFiltersTheListAsYouType();
    void escapeLeavesSearch();
    void themeSwitchRecoloursWindowAndReader();
    void deleteAndUndo();
    void marksReadAfterTheConfiguredTime();
    void readerLoadsLibraryImagesButNothingRemote();
    void readingPositionIsRestored();
    void importsInTheBackground();
    void seedsSamplesIntoANewLibrary();
    void shortcutListNamesEveryShortcut();
    void spacePagesDownThenGoesToTheNextUnread();
    void zoomChangesTheReaderFont();
    void originalViewShowsTheStoredPageInert();
    void settingsDialogAppliesItsChoices();
    void windowLayoutIsRestored();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    ArticleId idOfTitle(const QString &title) const;

    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    QVERIFY(m_lib->populate());
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectRow(0); // nothing opens by itself on start (tst_keyboardlayout): as a click would
    m_window->list()->setFocus();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestMainWindow::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

ArticleId TestMainWindow::idOfTitle(const QString &title) const
{
    // Ids of deleted articles are still in the fixture's list: get() has no article for them.
    for (ArticleId id : m_lib->ids) {
        const std::optional<Article> article = m_lib->library->articles().get(id);
        if (article && article->meta.title == title)
            return id;
    }
    return 0;
}

void TestMainWindow::listsNewestFirstAndShowsTheSelectedArticle()
{
    QCOMPARE(m_window->model()->rowCount(), 4);
    QCOMPARE(m_window->model()->index(0).data(ArticleListModel::TitleRole).toString(),
             QStringLiteral("国产芯片的突破与挑战"));
    QCOMPARE(m_window->currentId(), m_lib->ids.last());
    const QString shown = m_window->reader()->document()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("国产芯片的突破与挑战")), qPrintable(shown.left(200)));
    QVERIFY(shown.contains(QStringLiteral("制程与良率")));
    QVERIFY(shown.contains(QStringLiteral("36kr.com")));
}

void TestMainWindow::jAndKMoveThroughTheList()
{
    press(Qt::Key_J);
    QCOMPARE(m_window->list()->currentIndex().row(), 1);
    QCOMPARE(m_window->readerController()->current(), m_lib->ids.at(2));
    QVERIFY(m_window->reader()->document()->toPlainText().contains(QStringLiteral("Qt model/view in practice")));
    press(Qt::Key_J);
    press(Qt::Key_J);
    press(Qt::Key_J); // stays on the last row
    QCOMPARE(m_window->list()->currentIndex().row(), 3);
    press(Qt::Key_K);
    QCOMPARE(m_window->list()->currentIndex().row(), 2);
    QVERIFY(m_window->reader()->document()->toPlainText().contains(QStringLiteral("Rust 异步编程实践")));
}

void TestMainWindow::starAndReadTogglesArePersisted()
{
    const ArticleId id = m_window->currentId();
    QVERIFY(!m_lib->library->articles().get(id)->starred);
    press(Qt::Key_S);
    QVERIFY(m_lib->library->articles().get(id)->starred);
    QVERIFY(m_window->model()->index(0).data(ArticleListModel::StarredRole).toBool());
    // The sidebar counts follow (coalesced, shortly after).
    QTRY_COMPARE(m_window->sidebar()->findItems(QStringLiteral("Starred"), Qt::MatchExactly).first()->text(1),
                 QStringLiteral("1"));
    press(Qt::Key_S);
    QVERIFY(!m_lib->library->articles().get(id)->starred);

    QVERIFY(!m_lib->library->articles().get(id)->read);
    press(Qt::Key_M);
    QVERIFY(m_lib->library->articles().get(id)->read);
    QVERIFY(m_window->model()->index(0).data(ArticleListModel::ReadRole).toBool());
    press(Qt::Key_M);
    QVERIFY(!m_lib->library->articles().get(id)->read);

    // Bulk: select all, star all.
    m_window->list()->selectAll();
    press(Qt::Key_S);
    for (ArticleId each : m_lib->ids)
        QVERIFY(m_lib->library->articles().get(each)->starred);
}

void TestMainWindow::editingTagsWithTheDialog()
{
    const ArticleId id = m_window->currentId();
    QStringList shownTags;
    whenDialog<TagEditDialog>([&](TagEditDialog *dialog) {
        shownTags = TagEditDialog::parseTags(dialog->field()->text());
        dialog->field()->setText(QStringLiteral("芯片，半导体, 半导体"));
        dialog->accept();
    });
    press(Qt::Key_T);
    shownTags.sort();
    QStringList before{QStringLiteral("芯片"), QStringLiteral("hardware")};
    before.sort();
    QCOMPARE(shownTags, before);
    QStringList tags = m_lib->library->tags().tagsOf(id);
    tags.sort();
    QStringList expected{QStringLiteral("半导体"), QStringLiteral("芯片")};
    expected.sort();
    QCOMPARE(tags, expected);
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::Tag, QStringLiteral("半导体")}));
    QVERIFY(!m_window->sidebar()->select({SidebarEntry::Kind::Tag, QStringLiteral("hardware")}));
}

void TestMainWindow::searchFiltersTheListAsYouType()
{
    press(Qt::Key_Slash);
    QCOMPARE(QApplication::focusWidget(), m_window->search()->field());
    QTest::keyClicks(m_window->search()->field(), QStringLiteral("checkpoint"));
    QCOMPARE(m_window->model()->rowCount(), 4); // debounced: nothing yet
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 1, 2000);
    QCOMPARE(m_window->model()->idAt(0), m_lib->ids.first());
    QVERIFY(m_window->search()->status()->text().contains(QLatin1Char('1')));
    const QString snippet = m_window->model()->index(0).data(ArticleListModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(QChar(0x02)), qPrintable(snippet));
    // The open article shows the matches highlighted.
    QCOMPARE(m_window->readerController()->current(), m_lib->ids.first());
    QVERIFY(!m_window->reader()->extraSelections().isEmpty());
    // A Latin word finds the words it begins, and the reader lights up the whole word (here "checkpoints").
    const QString selected = m_window->reader()->extraSelections().first().cursor.selectedText().toLower();
    QVERIFY2(selected.startsWith(QStringLiteral("checkpoint")) && !selected.contains(u' '), qPrintable(selected));

    m_window->search()->setQuery(QStringLiteral("芯片"));
    QCOMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->model()->idAt(0), m_lib->ids.last());
    m_window->search()->setQuery(QStringLiteral("nothingmatchesthis"));
    QCOMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(!m_window->list()->placeholderText().isEmpty());
    // A malformed query says why, inline, in words fit for the user.
    m_window->search()->setQuery(QStringLiteral("before:notadate"));
    QCOMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(m_window->search()->status()->property("error").toBool());
    QVERIFY2(m_window->search()->status()->text().contains(QStringLiteral("notadate")),
             qPrintable(m_window->search()->status()->text()));
}

void TestMainWindow::escapeLeavesSearch()
{
    m_window->search()->focus();
    QTest::keyClicks(m_window->search()->field(), QStringLiteral("tokio"));
    m_window->search()->flush();
    QCOMPARE(m_window->model()->rowCount(), 1);
    QTest::keyClick(m_window->search()->field(), Qt::Key_Escape);
    QVERIFY(!m_window->model()->isSearching());
    QCOMPARE(m_window->model()->rowCount(), 4);
    QVERIFY(m_window->search()->field()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), m_window->list());
}

void TestMainWindow::themeSwitchRecoloursWindowAndReader()
{
    m_window->actions().themeDark->trigger();
    QCOMPARE(m_settings->theme(), Theme::Dark);
    QVERIFY(m_window->themes()->isDark());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.3);
    QVERIFY(m_window->reader()->palette().color(QPalette::Base).lightnessF() < 0.3);
    QCOMPARE(m_window->reader()->viewport()->grab().toImage().pixelColor(2, 2), QColor(0x18, 0x19, 0x1b));
    m_window->actions().themeSepia->trigger();
    QCOMPARE(m_window->reader()->palette().color(QPalette::Base), QColor(0xF6, 0xEE, 0xDC));
    m_window->actions().themeLight->trigger();
    QVERIFY(!m_window->themes()->isDark());
    QCOMPARE(m_window->reader()->palette().color(QPalette::Base), QColor(Qt::white));
    QVERIFY(m_window->actions().themeLight->isChecked());
}

void TestMainWindow::deleteAndUndo()
{
    const ArticleId id = m_window->currentId();
    const QString quote = annotate::articleText(m_lib->library->articles().get(id)->markdown).left(12);
    storage::NewHighlight spec;
    spec.quote = quote;
    spec.note = QStringLiteral("n");
    QVERIFY(m_lib->library->highlights().add(id, spec).ok());
    QVERIFY(m_lib->library->highlights().setArticleNote(id, QStringLiteral("article note")).ok());
    press(Qt::Key_Delete); // one article: no confirmation
    QCOMPARE(m_window->model()->rowCount(), 3);
    QVERIFY(!m_lib->library->articles().ids({}).contains(id)); // soft-deleted: in no list
    QVERIFY(m_window->currentId() != id);
    m_window->actions().undo->trigger();
    QCOMPARE(m_window->model()->rowCount(), 4);
    // The same article comes back: same id, tags, stored image, highlights and note.
    QCOMPARE(idOfTitle(QStringLiteral("国产芯片的突破与挑战")), id);
    QVERIFY(m_lib->library->articles().ids({}).contains(id));
    QCOMPARE(m_lib->library->articles().get(id)->tags.size(), 2);
    QCOMPARE(m_lib->library->articles().assetsOf(id), QStringList{m_lib->image});
    const QList<Highlight> highlights = m_lib->library->highlights().forArticle(id);
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(highlights.front().quote, quote);
    QCOMPARE(highlights.front().note, QStringLiteral("n"));
    QCOMPARE(*m_lib->library->highlights().articleNote(id), QStringLiteral("article note"));
}

void TestMainWindow::marksReadAfterTheConfiguredTime()
{
    m_settings->setMarkReadSeconds(1);
    press(Qt::Key_J);
    const ArticleId id = m_window->currentId();
    QVERIFY(!m_lib->library->articles().get(id)->read);
    QTRY_VERIFY_WITH_TIMEOUT(m_lib->library->articles().get(id)->read, 3000);
    QVERIFY(m_window->model()->index(1).data(ArticleListModel::ReadRole).toBool());
}

void TestMainWindow::readerLoadsLibraryImagesButNothingRemote()
{
    ReaderView *reader = m_window->reader();
    const QString html = reader->toHtml();
    QVERIFY2(html.contains(QStringLiteral("blobs/")), qPrintable(html.left(400)));
    QVERIFY(!html.contains(QStringLiteral("https://example.com/remote.png")));
    QVERIFY(reader->document()->toPlainText().contains(QStringLiteral("远程图片")));
    QVERIFY(reader->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("https://example.com/x.png"))).isNull());
    QVERIFY(reader->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("../../etc/passwd"))).isNull());
    QVERIFY(reader->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("/etc/passwd"))).isNull());
    QVERIFY(reader->loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("style.css"))).isNull());
    // The fixture's image is a blob inside the library: it loads.
    const QString blob = html.mid(html.indexOf(QStringLiteral("blobs/")), 200).section(QLatin1Char('"'), 0, 0);
    const QVariant image = reader->loadResource(QTextDocument::ImageResource, QUrl(blob));
    QVERIFY2(!image.value<QImage>().isNull(), qPrintable(blob));
}

void TestMainWindow::readingPositionIsRestored()
{
    m_window->resize(900, 360);
    QTest::qWait(50);
    QScrollBar *bar = m_window->reader()->verticalScrollBar();
    QVERIFY2(bar->maximum() > 0, "the Chinese article must be longer than the reader");
    const ArticleId id = m_window->currentId();
    m_window->reader()->setPosition(0.5);
    press(Qt::Key_J);
    QVERIFY(qAbs(m_lib->library->articles().get(id)->readingPosition - 0.5) < 0.05);
    press(Qt::Key_K);
    QTRY_VERIFY(qAbs(m_window->reader()->position() - 0.5) < 0.05);
}

void TestMainWindow::importsInTheBackground()
{
    QTemporaryDir drop;
    for (const QString &name : {QStringLiteral("zh-chip-news.html"), QStringLiteral("en-qt-models.html")})
        QVERIFY(QFile::copy(QStringLiteral(":/samples/") + name, drop.filePath(name)));
    QFile notes(drop.filePath(QStringLiteral("notes.bin")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write(QByteArray("\x00\x01binary", 8));
    notes.close();
    ImportController *importer = m_window->importer();
    importer->setShowReport(false);
    QSignalSpy finished(importer, &ImportController::finished);
    QSignalSpy progress(importer, &ImportController::progress);
    m_window->importPaths({drop.path()});
    QVERIFY(importer->isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toInt(), 2);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(m_window->model()->rowCount(), 6);
    const QString summary = ImportController::summary(importer->lastOutcomes());
    QVERIFY2(summary.startsWith(QStringLiteral("2 imported")), qPrintable(summary));
    // The sidebar counts follow.
    QVERIFY(m_window->sidebar()->findItems(QStringLiteral("All articles"), Qt::MatchExactly).first()->text(1) == QStringLiteral("6"));
}

void TestMainWindow::seedsSamplesIntoANewLibrary()
{
    fixtures::TestLibrary fresh;
    QVERIFY(fresh.open());
    QVERIFY(fresh.library->wasCreated());
    const auto outcomes = seedSamples(*fresh.library);
    QCOMPARE(outcomes.size(), 4);
    QCOMPARE(fresh.library->articles().count({}), 4);
    bool chinese = false;
    for (const Article &a : fresh.library->articles().list({}))
        chinese = chinese || a.meta.language.startsWith(QLatin1String("zh"));
    QVERIFY(chinese);
}

void TestMainWindow::shortcutListNamesEveryShortcut()
{
    press(Qt::Key_Question, Qt::ShiftModifier);
    QTreeWidget *tree = nullptr;
    QTRY_VERIFY((tree = [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = w->findChild<QTreeWidget *>(QStringLiteral("shortcutList")); t && w->isVisible())
                return t;
        return static_cast<QTreeWidget *>(nullptr);
    }()));
    QStringList keys;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        keys << tree->topLevelItem(i)->text(1);
    for (const QString &key : {QStringLiteral("J"), QStringLiteral("K"), QStringLiteral("S"), QStringLiteral("M"),
                               QStringLiteral("T"), QStringLiteral("O"), QStringLiteral("V"), QStringLiteral("Del")})
        QVERIFY2(keys.join(QLatin1Char(' ')).contains(key), qPrintable(key));
    tree->window()->close();
}

void TestMainWindow::spacePagesDownThenGoesToTheNextUnread()
{
    m_window->resize(900, 360);
    QTest::qWait(50);
    m_window->reader()->setFocus();
    const ArticleId first = m_window->currentId();
    QCOMPARE(m_window->reader()->position(), 0.0);
    press(Qt::Key_Space);
    QVERIFY(m_window->reader()->position() > 0.0);
    QCOMPARE(m_window->currentId(), first);
    // Mark the next article read: space at the end skips it and lands on the first unread after it.
    QVERIFY(m_lib->library->articles().setRead(m_window->model()->idAt(1), true).ok());
    m_window->model()->refreshArticle(m_window->model()->idAt(1));
    for (int i = 0; i < 50 && m_window->currentId() == first; ++i)
        press(Qt::Key_Space);
    QCOMPARE(m_window->list()->currentIndex().row(), 2);
}

void TestMainWindow::zoomChangesTheReaderFont()
{
    const qreal before = m_window->reader()->document()->defaultFont().pointSizeF();
    press(Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_window->reader()->document()->defaultFont().pointSizeF(), before + 1);
    QCOMPARE(m_settings->zoomSteps(), 1);
    press(Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->reader()->document()->defaultFont().pointSizeF(), before);
}

void TestMainWindow::originalViewShowsTheStoredPageInert()
{
    QTemporaryDir drop;
    const QString page = drop.filePath(QStringLiteral("page.html"));
    QFile file(page);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Inert original test page</title>"
        "<script>document.write('SCRIPT-RAN')</script></head><body><article><h1>Inert original test page</h1>"
        "<p>Offline readers keep the saved page exactly as it was, and show it without running anything. "
        "This paragraph is long enough to count as the body of a real article for the extractor.</p>"
        "<p>A second paragraph adds more words, so the page looks like a news story with several paragraphs "
        "of text in it and passes any minimum length the extractor applies.</p>"
        "<img src=\"http://tracker.example/pixel.gif\"></article></body></html>").toUtf8());
    file.close();
    m_window->importer()->setShowReport(false);
    QSignalSpy finished(m_window->importer(), &ImportController::finished);
    m_window->importPaths({page});
    QVERIFY(finished.wait(60000));
    if (finished.first().first().toInt() != 1)
        QFAIL(qPrintable(ImportController::summary(m_window->importer()->lastOutcomes())));
    m_window->sidebar()->select({SidebarEntry::Kind::All, {}});
    m_window->actions().sortTitle->trigger();
    const int row = [&] {
        for (int r = 0; r < m_window->model()->rowCount(); ++r)
            if (m_window->model()->index(r).data(ArticleListModel::TitleRole).toString().startsWith(QStringLiteral("Inert")))
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    m_window->selectRow(row);
    m_window->list()->setFocus();
    press(Qt::Key_V);
    QVERIFY(m_window->readerController()->showingOriginal());
    QVERIFY(m_window->actions().toggleOriginal->isChecked());
    // The page is prepared off the GUI thread.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->reader()->document()->toPlainText().contains(
                                 QStringLiteral("Offline readers keep the saved page")), 10000);
    const QString text = m_window->reader()->document()->toPlainText();
    QVERIFY(!text.contains(QStringLiteral("SCRIPT-RAN")));
    QVERIFY(!text.contains(QStringLiteral("document.write")));
    QVERIFY(!m_window->reader()->toHtml().contains(QStringLiteral("tracker.example")));
    press(Qt::Key_V);
    QVERIFY(!m_window->readerController()->showingOriginal());
}

void TestMainWindow::settingsDialogAppliesItsChoices()
{
    SettingsDialog dialog(*m_settings, *m_window->preferences(), m_window.get());
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
    auto *font = dialog.findChild<QComboBox *>(QStringLiteral("font"));
    auto *width = dialog.findChild<QSpinBox *>(QStringLiteral("width"));
    auto *seconds = dialog.findChild<QSpinBox *>(QStringLiteral("markSeconds"));
    auto *atEnd = dialog.findChild<QCheckBox *>(QStringLiteral("markAtEnd"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(theme && font && width && seconds && atEnd && language);
    theme->setCurrentIndex(theme->findData(int(Theme::Sepia)));
    font->setCurrentIndex(1);
    width->setValue(44);
    seconds->setValue(20);
    atEnd->setChecked(false);
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    dialog.apply();
    QCOMPARE(m_settings->theme(), Theme::Sepia);
    QVERIFY(!m_settings->serifFont());
    QCOMPARE(m_settings->readerWidthEm(), 44);
    QCOMPARE(m_settings->markReadSeconds(), 20);
    QVERIFY(!m_settings->markReadAtEnd());
    QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));
    // The reader follows at once: sepia background, sans-serif first in the font list.
    QCOMPARE(m_window->reader()->palette().color(QPalette::Base), QColor(0xF6, 0xEE, 0xDC));
    QCOMPARE(m_window->reader()->document()->defaultFont().families().first(), QStringLiteral("Noto Sans CJK SC"));
    m_settings->setTheme(Theme::Light);
}

void TestMainWindow::windowLayoutIsRestored()
{
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    // Within the screen (offscreen: 800×800): a bigger saved window is shrunk to fit on restore.
    const QRect available = m_window->screen()->availableGeometry();
    m_window->resize(available.width() - 20, available.height() - 60);
    QTest::qWait(20);
    splitter->setSizes({200, 280, available.width() - 20 - 480});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
