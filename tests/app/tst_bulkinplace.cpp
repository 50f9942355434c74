// Bulk changes of many articles follow in place (issue 16, "never block the window"): after marking
// 300 articles read, deleting 260 and undoing, the list keeps its rows, its selection, its current
// row and its scroll position (no reset); rows that leave or come back are removed and inserted where
// they belong; the sidebar counts arrive from the library reader's thread. The thresholds are lowered
// so that a small library takes the paths a 100,000-article one takes.
#include "fixtures.h"

#include "actions.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "articleoperations.h"
#include "mainwindow.h"
#include "settings.h"
#include "sidebar.h"

#include <QAction>
#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace offprint;
using namespace offprint::gui;

class TestBulkInPlace final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void markReadKeepsRowsSelectionAndScroll();
    void deleteRemovesRowsInPlaceAndUndoPutsThemBack();
    void rowsMarkedReadLeaveTheUnreadView();
    void overlappingSelectionsCountEachArticleOnce();

private:
    QList<ArticleId> listedIds() const { return m_window->model()->ids(); }
    QString sidebarCount(const QString &label) const;
    void waitUntilSettled();

    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    static constexpr int kArticles = 300;
};

void TestBulkInPlace::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    const QDateTime base(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc());
    for (int i = 0; i < kArticles; ++i) {
        Article a = fixtures::article(QStringLiteral("Release notes %1").arg(i, 3, 10, QLatin1Char('0')),
                                      i % 2 ? QStringLiteral("lwn.net") : QStringLiteral("sqlite.org"),
                                      QStringLiteral("en"), QStringLiteral("Changes in release %1.").arg(i), {},
                                      base.addSecs(qint64(i) * 60));
        a.read = i % 6 == 0; // 50 read, 250 unread: more than are refreshed row by row
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
    m_window->operations()->setBackgroundThreshold(1); // every operation on the worker
    m_window->model()->setBackgroundReloadThreshold(1);
    m_window->sidebar()->setBackgroundThreshold(0);
}

void TestBulkInPlace::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

QString TestBulkInPlace::sidebarCount(const QString &label) const
{
    for (int i = 0; i < m_window->sidebar()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_window->sidebar()->topLevelItem(i);
        if (item->text(0) == label)
            return item->text(1);
    }
    return {};
}

void TestBulkInPlace::waitUntilSettled()
{
    QTRY_VERIFY(!m_window->operations()->isBusy());
    QTRY_VERIFY(!m_window->model()->isReloading());
    QTRY_VERIFY(!m_window->sidebar()->isCounting());
}

void TestBulkInPlace::markReadKeepsRowsSelectionAndScroll()
{
    ArticleListModel *model = m_window->model();
    QCOMPARE(model->rowCount(), kArticles);
    QCOMPARE(sidebarCount(QStringLiteral("Unread")), QStringLiteral("250"));
    QHash<ArticleId, bool> readBefore;
    for (int row = 0; row < model->rowCount(); ++row)
        readBefore.insert(model->idAt(row), model->index(row).data(ArticleListModel::ReadRole).toBool());
    m_window->selectRow(150);
    const ArticleId current = m_window->currentId();
    m_window->list()->selectAll();
    const int scroll = m_window->list()->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QSignalSpy resets(model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

    QTest::keyClick(m_window->list(), Qt::Key_M);
    waitUntilSettled();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(model->index(row).data(ArticleListModel::ReadRole).toBool(), qPrintable(QString::number(row)));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model->rowCount(), kArticles);
    QCOMPARE(m_window->currentId(), current);
    QCOMPARE(m_window->list()->selectionModel()->selectedRows().size(), kArticles);
    QCOMPARE(m_window->list()->verticalScrollBar()->value(), scroll);
    QCOMPARE(sidebarCount(QStringLiteral("Unread")), QStringLiteral("0"));

    m_window->actions().undo->trigger();
    waitUntilSettled();
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row).data(ArticleListModel::ReadRole).toBool(), readBefore.value(model->idAt(row)));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_window->list()->selectionModel()->selectedRows().size(), kArticles);
    QCOMPARE(sidebarCount(QStringLiteral("Unread")), QStringLiteral("250"));
}

void TestBulkInPlace::deleteRemovesRowsInPlaceAndUndoPutsThemBack()
{
    ArticleListModel *model = m_window->model();
    const QList<ArticleId> before = listedIds();
    QSignalSpy resets(model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    m_window->selectRow(20);
    QItemSelectionModel *selection = m_window->list()->selectionModel();
    selection->select(QItemSelection(model->index(20), model->index(279)), QItemSelectionModel::ClearAndSelect);
    const QList<ArticleId> chosen = m_window->selectedIds();
    QCOMPARE(chosen, before.mid(20, 260));

    QVERIFY(m_window->operations()->remove(chosen));
    waitUntilSettled();
    QCOMPARE(model->rowCount(), kArticles - 260);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 1);
    // The row after the deleted ones is current and the only one selected, as after a reload.
    QCOMPARE(m_window->currentId(), before.at(280));
    QCOMPARE(m_window->selectedIds(), QList<ArticleId>{before.at(280)});
    QCOMPARE(sidebarCount(QStringLiteral("All articles")), QStringLiteral("40"));

    m_window->actions().undo->trigger();
    waitUntilSettled();
    QCOMPARE(listedIds(), before); // the same ids, in their places
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_window->currentId(), before.at(280));
    QCOMPARE(sidebarCount(QStringLiteral("All articles")), QString::number(kArticles));
}

void TestBulkInPlace::rowsMarkedReadLeaveTheUnreadView()
{
    m_window->actions().hideRead->trigger();
    ArticleListModel *model = m_window->model();
    QCOMPARE(model->rowCount(), 250);
    const QList<ArticleId> unread = listedIds();
    m_window->list()->selectAll();
    QTest::keyClick(m_window->list(), Qt::Key_M);
    waitUntilSettled();
    QCOMPARE(model->rowCount(), 0); // as a reload showed them: read articles leave an unread view
    m_window->actions().undo->trigger();
    waitUntilSettled();
    QCOMPARE(listedIds(), unread);
    m_window->actions().hideRead->trigger();
}

void TestBulkInPlace::overlappingSelectionsCountEachArticleOnce()
{
    ArticleListModel *model = m_window->model();
    QItemSelectionModel *selection = m_window->list()->selectionModel();
    selection->select(QItemSelection(model->index(0), model->index(9)), QItemSelectionModel::ClearAndSelect);
    selection->select(QItemSelection(model->index(5), model->index(14)), QItemSelectionModel::Select);
    QCOMPARE(m_window->selectedIds(), listedIds().mid(0, 15));
}

QTEST_MAIN(TestBulkInPlace)
#include "tst_bulkinplace.moc"
