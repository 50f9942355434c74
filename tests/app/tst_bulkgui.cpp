// Bulk changes in the window (issue 16): select all + mark read / star / delete with undo, the
// confirmation before deleting more than a few articles, Mark All as Read of one view, Hide Read, and
// large operations running off the window's thread with a busy bar in the status bar.
#include "fixtures.h"

#include "actions.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "articleoperations.h"
#include "mainwindow.h"
#include "settings.h"
#include "sidebar.h"
#include "storage/highlightrepository.h"
#include "storage/tagrepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace offprint;
using namespace offprint::gui;

namespace {

// Answers the next visible message box: clicks the button with `buttonText` and records its text.
void answerMessageBox(const QString &buttonText, QString *shownText)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonText, shownText] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            timer->stop();
            timer->deleteLater();
            *shownText = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == buttonText) {
                    button->click();
                    return;
                }
            }
            box->reject();
            return;
        }
    });
    timer->start();
}

} // namespace

class TestBulkGui final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void selectAllMarkReadAndUndo();
    void deleteManyAsksFirstAndUndoBringsTheSameIds();
    void cancellingTheConfirmationDeletesNothing();
    void starAndUndo();
    void markAllReadTouchesOnlyTheView();
    void hideReadLeavesReadArticlesOut();
    void largeOperationsRunOffTheWindowThread();

private:
    QSet<ArticleId> unreadIds() const;
    QSet<ArticleId> listedIds() const;
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestBulkGui::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    QVERIFY(m_lib->populate());
    // Six more, two of them read: ten articles in all.
    const QDateTime base(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 6; ++i) {
        Article a = fixtures::article(QStringLiteral("Note %1").arg(i), QStringLiteral("notes.dev"), QStringLiteral("en"),
                                      QStringLiteral("A short note number %1.").arg(i),
                                      i < 3 ? QStringList{QStringLiteral("rust")} : QStringList{}, base.addDays(i));
        a.read = i % 3 == 0;
        auto id = m_lib->library->articles().insert(a);
        QVERIFY(id.ok());
        m_lib->ids << *id;
    }
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->list()->setFocus();
}

void TestBulkGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

QSet<ArticleId> TestBulkGui::unreadIds() const
{
    storage::ArticleFilter unread;
    unread.readState = storage::ArticleFilter::ReadState::Unread;
    const QList<ArticleId> ids = m_lib->library->articles().ids(unread);
    return {ids.begin(), ids.end()};
}

QSet<ArticleId> TestBulkGui::listedIds() const
{
    QSet<ArticleId> ids;
    for (int row = 0; row < m_window->model()->rowCount(); ++row)
        ids.insert(m_window->model()->idAt(row));
    return ids;
}

void TestBulkGui::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestBulkGui::selectAllMarkReadAndUndo()
{
    const QSet<ArticleId> before = unreadIds();
    QCOMPARE(before.size(), 8);
    m_window->list()->selectAll();
    press(Qt::Key_M);
    QVERIFY(unreadIds().isEmpty());
    for (int row = 0; row < m_window->model()->rowCount(); ++row)
        QVERIFY(m_window->model()->index(row).data(ArticleListModel::ReadRole).toBool());
    QCOMPARE(m_window->undoStack()->count(), 1); // one undo step for the whole selection
    m_window->actions().undo->trigger();
    QCOMPARE(unreadIds(), before); // the same unread set, not "all unread"
    m_window->actions().redo->trigger();
    QVERIFY(unreadIds().isEmpty());
}

void TestBulkGui::deleteManyAsksFirstAndUndoBringsTheSameIds()
{
    const ArticleId marked = m_lib->ids.at(3); // the Chinese article with a picture and two tags
    storage::NewHighlight spec;
    spec.quote = QStringLiteral("国产芯片");
    QVERIFY(m_lib->library->highlights().add(marked, spec).ok());
    const QSet<ArticleId> all = listedIds();
    QCOMPARE(all.size(), 10);

    QString asked;
    answerMessageBox(QStringLiteral("Delete"), &asked);
    m_window->list()->selectAll();
    press(Qt::Key_Delete);
    QVERIFY2(asked.contains(QStringLiteral("10")), qPrintable(asked)); // says how many
    QCOMPARE(m_window->model()->rowCount(), 0);
    QCOMPARE(m_lib->library->articles().count({}), 0);
    QVERIFY(m_lib->library->tags().list().isEmpty());

    m_window->actions().undo->trigger();
    QCOMPARE(listedIds(), all); // the same ids
    QCOMPARE(m_lib->library->articles().get(marked)->tags.size(), 2);
    QCOMPARE(m_lib->library->highlights().forArticle(marked).size(), 1);
    QCOMPARE(m_lib->library->tags().list().size(), 4);
}

void TestBulkGui::cancellingTheConfirmationDeletesNothing()
{
    QString asked;
    answerMessageBox(QStringLiteral("Cancel"), &asked);
    m_window->list()->selectAll();
    press(Qt::Key_Delete);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(m_window->model()->rowCount(), 10);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestBulkGui::starAndUndo()
{
    m_window->selectRow(0); // nothing is selected on start
    const ArticleId id = m_window->currentId();
    QVERIFY(id != 0);
    press(Qt::Key_S);
    QVERIFY(m_lib->library->articles().get(id)->starred);
    QVERIFY(m_window->model()->index(m_window->list()->currentIndex().row()).data(ArticleListModel::StarredRole).toBool());
    m_window->actions().undo->trigger();
    QVERIFY(!m_lib->library->articles().get(id)->starred);
    QVERIFY(!m_window->model()->index(m_window->list()->currentIndex().row()).data(ArticleListModel::StarredRole).toBool());
}

void TestBulkGui::markAllReadTouchesOnlyTheView()
{
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::Tag, QStringLiteral("rust")}));
    const QSet<ArticleId> inView = listedIds();
    QCOMPARE(inView.size(), 4);
    const QSet<ArticleId> unreadBefore = unreadIds();
    m_window->actions().markAllRead->trigger();
    QTRY_VERIFY(!m_window->operations()->isBusy());
    // Every article of the tag view is read; every other keeps its state.
    QCOMPARE(unreadIds(), unreadBefore - inView);
    QVERIFY(unreadIds().size() < unreadBefore.size());
    m_window->actions().undo->trigger();
    QTRY_VERIFY(!m_window->operations()->isBusy());
    QCOMPARE(unreadIds(), unreadBefore);
}

void TestBulkGui::hideReadLeavesReadArticlesOut()
{
    m_window->actions().hideRead->trigger();
    QCOMPARE(listedIds(), unreadIds());
    QCOMPARE(m_window->model()->rowCount(), 8);
    m_window->actions().hideRead->trigger();
    QCOMPARE(m_window->model()->rowCount(), 10);
}

void TestBulkGui::largeOperationsRunOffTheWindowThread()
{
    m_window->operations()->setBackgroundThreshold(1); // every operation counts as large
    QSignalSpy idle(m_window->operations(), &ArticleOperations::idle);
    auto *bar = m_window->statusBar()->findChild<QProgressBar *>(QStringLiteral("bulkProgress"));
    QVERIFY(bar);
    m_window->list()->selectAll();
    press(Qt::Key_S);
    // Started, not done: the window goes on while the worker writes.
    QVERIFY(m_window->operations()->isBusy());
    QVERIFY(bar->isVisible());
    QVERIFY(idle.wait(5000));
    QVERIFY(!bar->isVisible());
    storage::ArticleFilter starred;
    starred.starredOnly = true;
    QCOMPARE(m_lib->library->articles().count(starred), 10);
    QTRY_VERIFY(m_window->model()->index(0).data(ArticleListModel::StarredRole).toBool());
    // Undo and a new change queue behind each other, in order.
    m_window->actions().undo->trigger();
    m_window->actions().redo->trigger();
    m_window->actions().undo->trigger();
    QTRY_VERIFY(!m_window->operations()->isBusy());
    QCOMPARE(m_lib->library->articles().count(starred), 0);
}

QTEST_MAIN(TestBulkGui)
#include "tst_bulkgui.moc"
