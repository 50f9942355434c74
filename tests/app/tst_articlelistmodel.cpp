#include "fixtures.h"

#include "articledelegate.h"
#include "articlelistmodel.h"
#include "libraryreader.h"
#include "render/articlehtml.h"
#include "text/readingtime.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace offprint;
using namespace offprint::gui;

// The article list model over a real library: consistent under QAbstractItemModelTester, lazy
// (pages load on demand and the cache stays bounded), sorted and filtered by the repository.
class TestArticleListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void loadsPagesLazilyAndBoundsTheCache();
    void sortsAndFilters();
    void searchModeFetchesMoreInChunks();
    void malformedQueryGivesAMessage();
    void refreshArticleUpdatesOneRow();
    void bulkDeleteAndRestoreMoveRowsInPlace();
    void aBackgroundAnswerOlderThanAReloadIsDropped();
    void snippetMarkersBecomeHighlights();
    void readingTimeIsTheReadersOwn();

private:
    fixtures::TestLibrary m_lib;
    static constexpr int kArticles = 1500;
};

void TestArticleListModel::initTestCase()
{
    QVERIFY(m_lib.open());
    const QDateTime base(QDate(2023, 1, 1), QTime(8, 0), QTimeZone::utc());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kArticles; ++i) {
        const bool zh = i % 3 == 0;
        const QString title = zh ? QStringLiteral("芯片新闻 第%1期").arg(i, 4, 10, QLatin1Char('0'))
                                 : QStringLiteral("Weekly database notes %1").arg(i, 4, 10, QLatin1Char('0'));
        const QString body = zh ? QStringLiteral("本期讨论芯片制造与良率，以及数据库索引。编号 %1。").arg(i)
                                : QStringLiteral("This issue covers checkpoint tuning and index design, number %1.").arg(i);
        Article a = fixtures::article(title, zh ? QStringLiteral("36kr.com") : QStringLiteral("sqlite.org"),
                                      zh ? QStringLiteral("zh") : QStringLiteral("en"), body,
                                      i % 10 == 0 ? QStringList{QStringLiteral("weekly")} : QStringList{},
                                      base.addSecs(qint64(i) * 3600));
        auto id = m_lib.library->articles().insert(a);
        if (!id.ok())
            QFAIL(qPrintable(id.errorMessage()));
        m_lib.ids.append(*id);
    }
    qInfo("inserted %d articles in %lld ms", kArticles, timer.elapsed());
}

void TestArticleListModel::passesTheModelTester()
{
    ArticleListModel model(*m_lib.library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), kArticles);
    storage::ArticleFilter filter;
    filter.tag = QStringLiteral("weekly");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kArticles / 10);
    QCOMPARE(model.setSearch(QStringLiteral("checkpoint")), QString());
    QVERIFY(model.rowCount() > 0);
    while (model.canFetchMore({}))
        model.fetchMore({});
    model.clearSearch();
    model.reload();
}

void TestArticleListModel::loadsPagesLazilyAndBoundsTheCache()
{
    ArticleListModel model(*m_lib.library);
    QCOMPARE(model.rowCount(), kArticles);
    QCOMPARE(model.cachedPageCount(), 0); // ids only, no rows yet
    QCOMPARE(model.index(0).data(ArticleListModel::TitleRole).toString(), QStringLiteral("Weekly database notes 1499"));
    QCOMPARE(model.cachedPageCount(), 1);
    QCOMPARE(model.index(kArticles - 1).data(ArticleListModel::TitleRole).toString(), QStringLiteral("芯片新闻 第0000期"));
    QCOMPARE(model.cachedPageCount(), 2);
    for (int row = 0; row < kArticles; row += 50)
        QVERIFY(!model.index(row).data(ArticleListModel::TitleRole).toString().isEmpty());
    QVERIFY(model.cachedPageCount() <= ArticleListModel::kMaxCachedPages);
    QCOMPARE(model.cachedPageCount(), (kArticles + ArticleListModel::kPageSize - 1) / ArticleListModel::kPageSize);
}

void TestArticleListModel::sortsAndFilters()
{
    ArticleListModel model(*m_lib.library);
    storage::ArticleFilter filter;
    filter.sort = storage::ArticleFilter::Sort::Title;
    filter.descending = false;
    model.setFilter(filter);
    QCOMPARE(model.index(0).data(ArticleListModel::TitleRole).toString(), QStringLiteral("Weekly database notes 0001"));
    filter = {};
    filter.site = QStringLiteral("36kr.com");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), kArticles / 3);
    QCOMPARE(model.index(0).data(ArticleListModel::SiteRole).toString(), QStringLiteral("36kr.com"));
    QCOMPARE(model.index(0).data(ArticleListModel::LanguageRole).toString(), QStringLiteral("zh"));
    QVERIFY(model.index(0).data(ArticleListModel::ReadingMinutesRole).toInt() >= 1);
}

void TestArticleListModel::searchModeFetchesMoreInChunks()
{
    ArticleListModel model(*m_lib.library);
    QSignalSpy counts(&model, &ArticleListModel::searchCountChanged);
    QCOMPARE(model.setSearch(QStringLiteral("checkpoint")), QString());
    const int english = kArticles - kArticles / 3;
    QCOMPARE(model.rowCount(), ArticleListModel::kSearchChunk);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(counts.last().at(1).toBool(), true);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), english);
    QCOMPARE(counts.last().at(0).toInt(), english);
    // The sidebar filter narrows the hits.
    storage::ArticleFilter filter;
    filter.tag = QStringLiteral("weekly");
    model.setFilter(filter);
    QVERIFY(model.isSearching());
    while (model.canFetchMore({}))
        model.fetchMore({});
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row).data(ArticleListModel::TagsRole).toStringList().contains(QStringLiteral("weekly")));
    QVERIFY(model.rowCount() > 0);
}

void TestArticleListModel::malformedQueryGivesAMessage()
{
    ArticleListModel model(*m_lib.library);
    const QString error = model.setSearch(QStringLiteral("before:notadate"));
    QVERIFY(!error.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!error.contains(QStringLiteral("fts5"), Qt::CaseInsensitive));
}

void TestArticleListModel::refreshArticleUpdatesOneRow()
{
    ArticleListModel model(*m_lib.library);
    const ArticleId id = model.idAt(3);
    QVERIFY(!model.index(3).data(ArticleListModel::StarredRole).toBool());
    QVERIFY(m_lib.library->articles().setStarred(id, true).ok());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshArticle(id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QVERIFY(model.index(3).data(ArticleListModel::StarredRole).toBool());
    QVERIFY(m_lib.library->articles().setStarred(id, false).ok());
}

void TestArticleListModel::bulkDeleteAndRestoreMoveRowsInPlace()
{
    ArticleListModel model(*m_lib.library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LibraryReader reader(*m_lib.library);
    model.setReader(&reader);
    model.setBackgroundReloadThreshold(1); // every reading of the view's ids goes to the reader
    const QList<ArticleId> before = model.ids();
    QCOMPARE(before.size(), kArticles);
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Two runs of rows: 10..19 and 100..349.
    const QList<ArticleId> gone = before.mid(10, 10) + before.mid(100, 250);
    storage::BulkOperations ops(*m_lib.library);
    const auto removal = ops.remove(storage::ArticleSelection::of(gone));
    QVERIFY(removal.ok());
    QCOMPARE(removal->count(), 260);
    model.applyChange(*removal);
    QList<ArticleId> expected = before;
    expected.remove(100, 250);
    expected.remove(10, 10);
    QCOMPARE(model.ids(), expected); // at once: the change names its ids
    QCOMPARE(removed.size(), 2);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!model.isReloading());
    QCOMPARE(model.index(10).data(ArticleListModel::IdRole).toLongLong(), before.at(20));
    QCOMPARE(model.index(90).data(ArticleListModel::IdRole).toLongLong(), before.at(350));

    // Undo: the restored rows come back where they were, from the view's ids read on the reader.
    QVERIFY(ops.undo(*removal).ok());
    storage::BulkChange restore = *removal;
    restore.kind = storage::BulkChange::Kind::Restore;
    model.applyChange(restore);
    QVERIFY(model.isReloading());
    QTRY_VERIFY(!model.isReloading());
    QCOMPARE(model.ids(), before);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(resets.size(), 0);

    // Many changed rows: read again when shown, not reset.
    changed.clear();
    const auto read = ops.setRead(storage::ArticleSelection::of(before.mid(0, 300)), true);
    QVERIFY(read.ok());
    model.applyChange(*read);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(resets.size(), 0);
    QVERIFY(model.index(5).data(ArticleListModel::ReadRole).toBool());
    QVERIFY(!model.index(305).data(ArticleListModel::ReadRole).toBool());
    QVERIFY(ops.undo(*read).ok());
}

void TestArticleListModel::aBackgroundAnswerOlderThanAReloadIsDropped()
{
    ArticleListModel model(*m_lib.library);
    LibraryReader reader(*m_lib.library);
    model.setReader(&reader);
    model.setBackgroundReloadThreshold(1);
    storage::BulkChange restore; // says nothing moved: the view's ids are read again all the same
    restore.kind = storage::BulkChange::Kind::Restore;
    restore.ids = {m_lib.ids.first()};
    model.applyChange(restore);
    QVERIFY(model.isReloading());
    storage::ArticleFilter weekly;
    weekly.tag = QStringLiteral("weekly");
    model.setFilter(weekly); // newer than the reading on its way
    QVERIFY(!model.isReloading());
    // Answers come in the order asked: once a later job answered, the earlier answer has arrived.
    bool marker = false;
    reader.read<int>(&model, [](storage::Library &) { return 1; }, [&marker](int) { marker = true; });
    QTRY_VERIFY(marker);
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), kArticles / 10);
}

void TestArticleListModel::snippetMarkersBecomeHighlights()
{
    const auto s = ArticleDelegate::parseSnippet(QStringLiteral("about \x02芯片\x03 and \x02WAL\x03 mode"));
    QCOMPARE(s.text, QStringLiteral("about 芯片 and WAL mode"));
    QCOMPARE(s.highlights.size(), 2);
    QCOMPARE(s.text.mid(s.highlights[0].first, s.highlights[0].second), QStringLiteral("芯片"));
    QCOMPARE(s.text.mid(s.highlights[1].first, s.highlights[1].second), QStringLiteral("WAL"));
}


void TestArticleListModel::readingTimeIsTheReadersOwn()
{
    // The list shows the stored reading time, the one the reader's header and offprint-cli show: before,
    // the list estimated it from the text length (2 against 5 minutes on real pages).
    QString text;
    for (int i = 0; i < 1150; ++i)
        text += QStringLiteral("word ");
    text += QString(1000, QChar(0x82AF)); // 5 minutes of words and 2.5 of characters: 8 in all
    Article a = fixtures::article(QStringLiteral("Zz mixed long read"), QStringLiteral("mixed.example"),
                                  QStringLiteral("en"), text, {}, QDateTime::currentDateTimeUtc());
    auto id = m_lib.library->articles().insert(a);
    QVERIFY(id.ok());
    const auto stored = m_lib.library->articles().get(*id);
    QCOMPARE(stored->readingMinutes, text::readingMinutes(text));
    QCOMPARE(stored->readingMinutes, 8);

    ArticleListModel model(*m_lib.library);
    storage::ArticleFilter filter;
    filter.site = QStringLiteral("mixed.example");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(ArticleListModel::ReadingMinutesRole).toInt(), stored->readingMinutes);
    QVERIFY(render::articleHtml(*stored).contains(QLatin1String("8 min")));
    QVERIFY(m_lib.library->articles().remove(*id).ok());
}

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
