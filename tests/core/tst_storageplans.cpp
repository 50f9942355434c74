// List and search queries stay fast on a large library: their query plans use the indexes. (The
// timings of the same queries are a benchmark: `offprint-cli bench storage`.)
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/statement.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;

namespace {

const QStringList kWords = {
    "kernel", "compiler", "database", "network", "release", "security", "browser", "cloud", "storage", "latency",
    "rust", "python", "linux", "sqlite", "wasm", "gpu", "model", "index", "query", "thread", "memory", "cache"};
const QStringList kSites = {"lwn.net", "blog.rust-lang.org", "36kr.com", "sqlite.org", "news.ycombinator.com",
                            "arstechnica.com", "infoq.cn", "sspai.com"};

Article generated(int i)
{
    Article a;
    quint64 x = quint64(i) * 0x9E3779B97F4A7C15ULL;
    auto next = [&x]() {
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9ULL;
        x ^= x >> 27;
        return x;
    };
    QStringList body;
    for (int w = 0; w < 120; ++w)
        body << kWords.at(int(next() % quint64(kWords.size())));
    a.meta.title = QStringLiteral("%1 %2 report %3").arg(kWords.at(int(next() % 22)), kWords.at(int(next() % 22)))
                       .arg(i);
    a.meta.siteName = kSites.at(int(next() % quint64(kSites.size())));
    a.meta.author = QStringLiteral("Author %1").arg(next() % 300);
    a.meta.url = QStringLiteral("https://%1/a/%2").arg(a.meta.siteName).arg(i);
    a.meta.language = QStringLiteral("en");
    a.meta.published = QDateTime(QDate(2015, 1, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(next() % 300000000));
    a.saved = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(i) * 900);
    a.text = body.join(QLatin1Char(' '));
    a.markdown = a.text;
    a.read = next() % 3 == 0;
    a.starred = next() % 20 == 0;
    a.tags = {kWords.at(int(next() % 22))};
    a.contentHash = QString::number(i);
    return a;
}

QString plan(Database &db, const QByteArray &sql)
{
    Statement stmt = db.prepare(("EXPLAIN QUERY PLAN " + sql).toStdString());
    QStringList lines;
    while (stmt.step())
        lines << stmt.text(3);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestStoragePlans final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listPlansUseIndexes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_lib;
    int m_count = 2000;
};

void TestStoragePlans::initTestCase()
{
    auto opened = Library::open(m_dir.path());
    QVERIFY(opened.ok());
    m_lib = std::move(*opened);
    constexpr int kBatch = 1000;
    for (int start = 0; start < m_count; start += kBatch) {
        Transaction batch(databaseOf(*m_lib));
        QVERIFY(batch.ok());
        for (int i = start; i < qMin(m_count, start + kBatch); ++i)
            QVERIFY(m_lib->articles().insert(generated(i)).ok());
        QVERIFY(batch.commit().ok());
    }
    QVERIFY(databaseOf(*m_lib).exec("ANALYZE").ok());
}

void TestStoragePlans::listPlansUseIndexes()
{
    Database &db = databaseOf(*m_lib);
    const QByteArray cols = "SELECT a.id FROM articles a JOIN article_state s ON s.article_id = a.id";
    struct Case
    {
        const char *name;
        QByteArray sql;
    };
    const QList<Case> cases = {
        {"saved", cols + " WHERE 1 ORDER BY a.saved DESC, a.id DESC LIMIT 50"},
        {"published", cols + " WHERE 1 ORDER BY a.published DESC, a.id DESC LIMIT 50"},
        {"title", cols + " WHERE 1 ORDER BY a.title COLLATE NOCASE ASC, a.id ASC LIMIT 50"},
        {"unread by saved", cols + " WHERE 1 AND s.read = 0 ORDER BY a.saved DESC, a.id DESC LIMIT 50"},
        {"starred by saved", cols + " WHERE 1 AND s.starred = 1 ORDER BY a.saved DESC, a.id DESC LIMIT 50"},
        {"site by saved", cols + " WHERE 1 AND a.site_name = 'lwn.net' ORDER BY a.saved DESC, a.id DESC LIMIT 50"},
        {"url lookup", "SELECT id FROM articles WHERE normalized_url = 'x' ORDER BY id LIMIT 1"},
        {"hash lookup", "SELECT id FROM articles WHERE content_hash = 'x' ORDER BY id LIMIT 1"},
        {"search ranking", "SELECT a.id, -bm25(articles_fts) AS score FROM articles_fts JOIN articles a INDEXED BY "
                           "articles_rank ON a.id = articles_fts.rowid JOIN article_state s ON s.article_id = a.id "
                           "WHERE articles_fts MATCH 'x' AND s.read = 0 "
                           "ORDER BY score DESC, a.saved DESC, a.id DESC LIMIT 50"},
    };
    for (const Case &c : cases) {
        const QString p = plan(db, c.sql);
        QVERIFY2(p.contains(QStringLiteral("USING INDEX")) || p.contains(QStringLiteral("USING COVERING INDEX")),
                 qPrintable(QStringLiteral("%1: %2").arg(c.name, p)));
        QVERIFY2(!p.contains(QStringLiteral("SCAN a\n")) && p != QStringLiteral("SCAN a"),
                 qPrintable(QStringLiteral("%1: %2").arg(c.name, p)));
    }
}

QTEST_GUILESS_MAIN(TestStoragePlans)
#include "tst_storageplans.moc"
