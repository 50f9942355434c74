// Times in the library: a publication date is kept as its page wrote it (its own UTC offset, or none),
// a save date is a moment (UTC).
#include "storagefixtures.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;
using storagefixtures::day;
using storagefixtures::makeArticle;

class TestStorageTime final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sqlTexts();
    void publishedKeepsThePagesDate();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
};

void TestStorageTime::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Library::open(m_dir->path());
    QVERIFY(opened.ok());
    m_lib = std::move(*opened);
}

void TestStorageTime::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

void TestStorageTime::sqlTexts()
{
    const QDateTime beijing(QDate(2024, 6, 3), QTime(2, 0), QTimeZone(8 * 3600));
    QCOMPARE(Database::toSqlTime(beijing), QStringLiteral("2024-06-02T18:00:00.000Z"));
    QCOMPARE(Database::toSqlWallTime(beijing), QStringLiteral("2024-06-03T02:00:00.000+08:00"));
    const QDateTime utc(QDate(2024, 6, 3), QTime(0, 0), QTimeZone::utc());
    QCOMPARE(Database::toSqlWallTime(utc), QStringLiteral("2024-06-03T00:00:00.000Z"));
    QCOMPARE(Database::toSqlWallTime(QDateTime()), QString());
    // Both read back as the same moment.
    QCOMPARE(Database::fromSqlTime(Database::toSqlWallTime(beijing)).toMSecsSinceEpoch(), beijing.toMSecsSinceEpoch());
}

void TestStorageTime::publishedKeepsThePagesDate()
{
    // 02:00 in Beijing is the evening before in UTC: the page's date (3 June) must come back, with the
    // same instant; a date written without a zone stays as written.
    Article beijing = makeArticle(QStringLiteral("凌晨发布"), QStringLiteral("36氪"), day(3), {});
    beijing.meta.published = QDateTime(QDate(2024, 6, 3), QTime(2, 0), QTimeZone(8 * 3600));
    Article plain = makeArticle(QStringLiteral("Date only"), QStringLiteral("example.com"), day(4), {});
    plain.meta.published = QDateTime(QDate(2024, 6, 3), QTime(0, 0), QTimeZone::utc());
    auto a = m_lib->articles().insert(beijing);
    auto b = m_lib->articles().insert(plain);
    QVERIFY(a.ok() && b.ok());
    const auto outA = m_lib->articles().get(*a);
    const auto outB = m_lib->articles().get(*b);
    QVERIFY(outA && outB);
    QCOMPARE(outA->meta.published.date(), QDate(2024, 6, 3));
    QCOMPARE(outA->meta.published.offsetFromUtc(), 8 * 3600);
    QCOMPARE(outA->meta.published.toMSecsSinceEpoch(), beijing.meta.published.toMSecsSinceEpoch());
    QCOMPARE(outB->meta.published.date(), QDate(2024, 6, 3));
    QCOMPARE(outB->meta.published.offsetFromUtc(), 0);
    // Re-extraction writes it the same way.
    beijing.meta.published = QDateTime(QDate(2024, 6, 4), QTime(1, 30), QTimeZone(8 * 3600));
    QVERIFY(m_lib->articles().replaceContent(*a, beijing, {}).ok());
    QCOMPARE(m_lib->articles().get(*a)->meta.published.date(), QDate(2024, 6, 4));
}

QTEST_GUILESS_MAIN(TestStorageTime)
#include "tst_storagetime.moc"
