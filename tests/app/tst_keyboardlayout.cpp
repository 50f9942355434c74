#include "fixtures.h"

#include "actions.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "librarypreferences.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "readerview.h"
#include "searchcontroller.h"
#include "settings.h"
#include "sidebar.h"
#include "tageditdialog.h"
#include "windowlayout.h"
#include "storage/writetransaction.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace offprint;
using namespace offprint::gui;

namespace {
// Shows `open` (which opens a context menu and blocks in its loop), returns the texts of the menu
// that came up (empty when none did) and closes it.
template <typename Fn>
QStringList menuOpenedBy(Fn open)
{
    QStringList texts;
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()); menu && menu->isVisible()) {
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    texts << plainActionText(action->text());
            seen = true;
            menu->close();
        }
    });
    poll.start();
    QTimer::singleShot(2000, [&] { // never hang a test on a menu that did not open
        if (auto *popup = QApplication::activePopupWidget())
            popup->close();
    });
    open();
    if (!QTest::qWaitFor([&] { return seen; }, 2000))
        return {};
    return texts; // empty when no menu came up

}
} // namespace

// The keyboard and the window's layout, driven as a user does: no type-ahead, nothing marked read on
// start, focus mode, context menus from the keyboard, tag completion, a window that fits.
class TestKeyboardLayout final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lettersDoNotJumpThroughTheListOrSidebar();
    void startOpensNothingAndMarksNothingRead();
    void startShowsTheArticleReadLastAsItWas();
    void focusModeHidesThePanesAndEscLeavesIt();
    void shiftF10AndMenuKeyOpenContextMenus();
    void tagCompletionTakesTabAndEnter();
    void firstWindowFitsTheScreen();
    void sidebarCountsAreNeverCut();
    void longSearchErrorDoesNotWidenTheList();
    void escapeLeavesASavedSearch();

private:
    void makeWindow();
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    int unreadCount() const;

    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardLayout::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    QVERIFY(m_lib->populate());
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(1);
    makeWindow();
}

void TestKeyboardLayout::makeWindow()
{
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboardLayout::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestKeyboardLayout::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

int TestKeyboardLayout::unreadCount() const
{
    int unread = 0;
    for (ArticleId id : m_lib->ids)
        unread += m_lib->library->articles().get(id)->read ? 0 : 1;
    return unread;
}

void TestKeyboardLayout::lettersDoNotJumpThroughTheListOrSidebar()
{
    m_window->selectRow(0); // 国产芯片…, then Qt model/view…, Rust 异步…, SQLite WAL…
    m_window->list()->setFocus();
    const ArticleId shown = m_window->readerController()->current();
    // Each of these starts a title (Qt, Rust, SQLite): type-ahead would jump there and open it.
    for (int key : {Qt::Key_Q, Qt::Key_R, Qt::Key_Q})
        press(key);
    QTest::qWait(50);
    QCOMPARE(m_window->list()->currentIndex().row(), 0);
    QCOMPARE(m_window->readerController()->current(), shown);

    m_window->sidebar()->setFocus();
    QVERIFY(m_window->sidebar()->select({}));
    press(Qt::Key_U); // "Unread"
    QTest::qWait(50);
    QCOMPARE(m_window->sidebar()->current().kind, SidebarEntry::Kind::All);
    QCOMPARE(m_window->model()->rowCount(), 4);
}

void TestKeyboardLayout::startOpensNothingAndMarksNothingRead()
{
    QCOMPARE(unreadCount(), 4);
    QCOMPARE(m_window->readerController()->current(), ArticleId(0));
    QVERIFY(!m_window->list()->currentIndex().isValid());
    QTest::qWait(1500); // longer than the configured 1 s
    QCOMPARE(unreadCount(), 4);
    // What the user opens is read after the time, as before.
    m_window->selectRow(1);
    QTRY_COMPARE_WITH_TIMEOUT(unreadCount(), 3, 3000);
}

void TestKeyboardLayout::startShowsTheArticleReadLastAsItWas()
{
    m_window->selectRow(2); // Rust 异步编程实践
    const ArticleId last = m_window->currentId();
    QTRY_VERIFY_WITH_TIMEOUT(m_lib->library->articles().get(last)->read, 3000);
    m_window->list()->setFocus();
    press(Qt::Key_M); // back to unread by hand
    QVERIFY(!m_lib->library->articles().get(last)->read);
    m_window->close();
    makeWindow();
    QCOMPARE(m_window->readerController()->current(), last);
    QCOMPARE(m_window->currentId(), last);
    QVERIFY(m_window->reader()->document()->toPlainText().contains(QStringLiteral("Rust 异步编程实践")));
    QTest::qWait(1500);
    QVERIFY2(!m_lib->library->articles().get(last)->read, "shown on start, not opened: it stays unread");
    QCOMPARE(unreadCount(), 4);
}

void TestKeyboardLayout::focusModeHidesThePanesAndEscLeavesIt()
{
    QAction *focus = m_window->actions().focusMode;
    QVERIFY(focus->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    m_window->list()->setFocus();
    press(Qt::Key_F11);
    QVERIFY(focus->isChecked());
    QVERIFY(!m_window->sidebar()->isVisible());
    QVERIFY(!m_window->list()->isVisible());
    QVERIFY(m_window->reader()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_window->reader()); // j, k, space keep working
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    press(Qt::Key_Escape);
    QVERIFY(!focus->isChecked());
    QVERIFY(m_window->sidebar()->isVisible());
    QVERIFY(m_window->list()->isVisible());
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    // From the View menu too, and F11 leaves it.
    focus->trigger();
    QVERIFY(!m_window->sidebar()->isVisible());
    press(Qt::Key_F11);
    QVERIFY(m_window->sidebar()->isVisible());
}

void TestKeyboardLayout::shiftF10AndMenuKeyOpenContextMenus()
{
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::Tag, QStringLiteral("rust")}));
    m_window->sidebar()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_window->sidebar());
    const QStringList tagMenu = menuOpenedBy([this] { press(Qt::Key_F10, Qt::ShiftModifier); });
    QVERIFY2(tagMenu.contains(QStringLiteral("Rename")) && tagMenu.contains(QStringLiteral("Merge into"))
                 && tagMenu.contains(QStringLiteral("Delete tag")),
             qPrintable(tagMenu.join(QLatin1Char('|'))));

    m_window->selectRow(0);
    m_window->activateWindow(); // offscreen: no window manager gives it back after the menu
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->list()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_window->list());
    const QStringList listMenu = menuOpenedBy([this] { press(Qt::Key_Menu); });
    QVERIFY2(listMenu.contains(QStringLiteral("Star")) && listMenu.contains(QStringLiteral("Delete")),
             qPrintable(listMenu.join(QLatin1Char('|'))));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->reader()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_window->reader());
    const QStringList readerMenu = menuOpenedBy([this] { press(Qt::Key_F10, Qt::ShiftModifier); });
    QVERIFY2(!readerMenu.isEmpty(), "the reader's menu (copy, select all)");
}

void TestKeyboardLayout::tagCompletionTakesTabAndEnter()
{
    TagEditDialog dialog(QStringLiteral("Tags:"), {},
                         {QStringLiteral("rust"), QStringLiteral("hardware"), QStringLiteral("芯片")}, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *field = dialog.field();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("ru"));
    QTRY_VERIFY(dialog.completing());
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(field->text(), QStringLiteral("rust, "));
    QCOMPARE(QApplication::focusWidget(), field); // Tab completed instead of moving on
    QTest::keyClicks(field, QStringLiteral("HA"));
    QTRY_VERIFY(dialog.completing());
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(field->text(), QStringLiteral("rust, hardware, "));
    QVERIFY2(dialog.isVisible() && dialog.result() != QDialog::Accepted, "Enter completed, did not accept");
    QTest::keyClick(field, Qt::Key_Return); // nothing to complete: OK
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.tags(), QStringList({QStringLiteral("rust"), QStringLiteral("hardware")}));
}

void TestKeyboardLayout::firstWindowFitsTheScreen()
{
    const QSize small = initialWindowSize(QRect(0, 0, 1024, 700));
    QVERIFY(small.width() <= 1024 && small.height() <= 700 - 32);
    QVERIFY(small.width() >= 1000 && small.height() >= 600);
    const QSize large = initialWindowSize(QRect(0, 0, 1920, 1080));
    QVERIFY2(large.width() >= 1300 && large.width() <= 1700, qPrintable(QString::number(large.width())));
    QVERIFY2(large.height() >= 800 && large.height() <= 1000, qPrintable(QString::number(large.height())));
    // The window can be that small: its panes' minimum sizes fit a 1024×700 screen.
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 668,
             qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
    // A first start (no saved geometry) on this screen: not bigger than it.
    QTemporaryDir config;
    Settings fresh(config.filePath(QStringLiteral("offprint.ini")));
    MainWindow window(*m_lib->library, fresh);
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(window.width() <= available.width() && window.height() <= available.height());
}

void TestKeyboardLayout::sidebarCountsAreNeverCut()
{
    {
        offprint::storage::WriteTransaction transaction(*m_lib->library);
        QVERIFY(transaction.ok());
        const QDateTime base(QDate(2023, 1, 1), QTime(8, 0), QTimeZone::utc());
        for (int i = 0; i < 9996; ++i) {
            auto a = fixtures::article(QStringLiteral("Note %1").arg(i), QStringLiteral("example.com"), QStringLiteral("en"),
                                       QStringLiteral("Short text %1.").arg(i), {}, base.addSecs(i));
            QVERIFY(m_lib->library->articles().insert(a).ok());
        }
        QVERIFY(transaction.commit().ok());
    }
    Sidebar *sidebar = m_window->sidebar();
    QElapsedTimer timer;
    timer.start();
    sidebar->refresh();
    const qint64 plain = timer.elapsed();
    sidebar->addSavedSearch(QStringLiteral("Notes"), QStringLiteral("short text"));
    timer.restart();
    sidebar->refresh();
    const qint64 withSearch = timer.elapsed();
    // The count comes from a worker thread: the refresh does not wait for it.
    QVERIFY2(withSearch < 60, qPrintable(QString::number(withSearch)));
    const auto saved = sidebar->findItems(QStringLiteral("Notes"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(saved.size(), 1);
    QTRY_COMPARE(saved.first()->text(1), QStringLiteral("%1+").arg(Sidebar::kSavedSearchCountLimit));
    qInfo("sidebar refresh on 10,000 articles: %lld ms; with a saved search: %lld ms, counted after %lld ms",
          plain, withSearch, timer.elapsed());
    QList<QTreeWidgetItem *> all = sidebar->findItems(QStringLiteral("All articles"), Qt::MatchExactly);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first()->text(1), QStringLiteral("10000"));
    // Squeeze the sidebar as far as the splitter lets it: the counts still show whole.
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({1, 600, 600});
    QTest::qWait(20);
    const int countWidth = sidebar->fontMetrics().horizontalAdvance(QStringLiteral("10000"));
    QVERIFY2(sidebar->header()->sectionSize(1) >= countWidth,
             qPrintable(QStringLiteral("%1 < %2").arg(sidebar->header()->sectionSize(1)).arg(countWidth)));
    const int right = sidebar->header()->sectionViewportPosition(1) + sidebar->header()->sectionSize(1);
    QVERIFY2(right <= sidebar->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(right).arg(sidebar->viewport()->width())));
}

void TestKeyboardLayout::longSearchErrorDoesNotWidenTheList()
{
    QWidget *listPane = m_window->list()->parentWidget();
    const int before = listPane->width();
    const QString bad = QStringLiteral("before:notadate-and-a-long-tail-of-words-that-would-widen-the-pane after:neither");
    m_window->search()->setQuery(bad);
    QTest::qWait(50);
    QLabel *status = m_window->search()->status();
    QVERIFY(status->property("error").toBool());
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("notadate")), qPrintable(status->text()));
    QCOMPARE(listPane->width(), before);
    QVERIFY2(status->width() <= listPane->width(), "shown whole, wrapped inside the pane");
}

void TestKeyboardLayout::escapeLeavesASavedSearch()
{
    m_window->sidebar()->addSavedSearch(QStringLiteral("WAL"), QStringLiteral("checkpoint"));
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::SavedSearch, QStringLiteral("checkpoint")}));
    QCOMPARE(m_window->model()->rowCount(), 1);
    m_window->search()->field()->setFocus();
    press(Qt::Key_Escape);
    QVERIFY(!m_window->model()->isSearching());
    QCOMPARE(m_window->sidebar()->current().kind, SidebarEntry::Kind::All);
    QCOMPARE(m_window->model()->rowCount(), 4);
}

QTEST_MAIN(TestKeyboardLayout)
#include "tst_keyboardlayout.moc"
