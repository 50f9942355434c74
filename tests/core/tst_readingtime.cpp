// One reading time everywhere: computed from the text by text::readingMinutes, stored with the article
// on every write, filled in for libraries written before it was stored, and read back by list rows and
// full articles alike (the list, the reader and `offprint-cli` all show that stored value).
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/statement.h"
#include "storagefixtures.h"
#include "text/readingtime.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;

namespace {

QString words(int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += QStringLiteral("word ");
    return out;
}

} // namespace

class TestReadingTime final : public QObject
{
    Q_OBJECT

private slots:
    void wordsAndCharacters()
    {
        QCOMPARE(text::readingMinutes(QString()), 0);
        QCOMPARE(text::readingMinutes(QStringLiteral(" … ")), 0);
        QCOMPARE(text::readingMinutes(QStringLiteral("短")), 1);
        QCOMPARE(text::readingMinutes(QString(4000, QChar(0x82AF))), 10); // 400 characters a minute
        QCOMPARE(text::readingMinutes(words(2300)), 10);                  // 230 words a minute
        QCOMPARE(text::readingMinutes(QString(2000, QChar(0x82AF)) + QLatin1Char(' ') + words(1150)), 10);
    }

    void storedOnEveryWriteAndReadBackEverywhere()
    {
        QTemporaryDir dir;
        auto opened = Library::open(dir.filePath(QStringLiteral("lib")));
        QVERIFY(opened.ok());
        ArticleRepository &articles = (*opened)->articles();

        Article article = storagefixtures::makeArticle(QStringLiteral("Long read"), QStringLiteral("example.org"),
                                                       storagefixtures::day(3));
        article.text = words(2300);
        article.readingMinutes = 99; // what a caller says does not count: the text decides
        const auto id = articles.insert(article);
        QVERIFY(id.ok());
        QCOMPARE(articles.get(*id)->readingMinutes, 10);
        QCOMPARE(articles.getMany({*id}).front().readingMinutes, 10); // list rows (no text loaded)
        QCOMPARE(articles.list(ArticleFilter{}).front().readingMinutes, 10);

        // Re-extraction with other text updates it.
        article.text = QString(800, QChar(0x82AF));
        QVERIFY(articles.replaceContent(*id, article).ok());
        QCOMPARE(articles.get(*id)->readingMinutes, 2);
        QCOMPARE(articles.getMany({*id}).front().readingMinutes, 2);
    }

    void filledInForOlderLibraries()
    {
        // A library of schema 6 (before reading times were stored), written through raw SQL.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("lib"));
        QVERIFY(QDir().mkpath(folder));
        {
            auto db = Database::open(QDir(folder).filePath(QStringLiteral("library.sqlite")), Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(migrations::migrate(**db, 6).ok());
            const QString english = words(2300);
            Statement insert = (*db)->prepare(
                "INSERT INTO articles(id, title, saved, imported, markdown, text, text_length) "
                "VALUES (?1, ?2, '2024-03-01T10:00:00.000Z', '2024-03-01T10:00:00.000Z', ?3, ?3, ?4)");
            insert.bind(1, 1).bind(2, QStringLiteral("English")).bind(3, english).bind(4, qint64(english.size()));
            QVERIFY(insert.run().ok());
            const QString chinese(4000, QChar(0x82AF));
            insert.reset();
            insert.bind(1, 2).bind(2, QStringLiteral("中文")).bind(3, chinese).bind(4, qint64(chinese.size()));
            QVERIFY(insert.run().ok());
        }
        auto opened = Library::open(folder);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
        QCOMPARE((*opened)->articles().getMany({1, 2}).at(0).readingMinutes, 10);
        QCOMPARE((*opened)->articles().getMany({1, 2}).at(1).readingMinutes, 10);
    }
};

QTEST_GUILESS_MAIN(TestReadingTime)
#include "tst_readingtime.moc"
