// The tokenizer and the query compiler together, against a real FTS5 table in an in-memory database.
#include "search/query.h"
#include "storage/ftstokenizer.h"

#include <QtTest>

#include <sqlite3.h>

#include <set>

using namespace offprint;

namespace {

struct Document
{
    int id;
    const char *title;
    const char *body;
    const char *author = "";
    const char *site = "";
    const char *tags = "";
};

// Small realistic corpus: Chinese and English tech news lines, with the pitfalls the notes list.
const Document kDocuments[] = {
    {1, "英伟达发布新一代GPU", "英伟达在台北发布了新一代GPU芯片，性能提升明显。", "张三", "ithome.com", "硬件"},
    {2, "英偉達財報", "英偉達公佈了第三季度財報，數據中心業務增長。", "李四", "udn.com", "财经"},
    {3, "续航测试", "这款笔记本的续航达到16小时，比上一代多了两小时。", "", "", ""},
    {4, "快讯", "发布会将于16时开始。", "", "", ""},
    {5, "回顾", "1998年，这家公司成立于深圳。", "", "", ""},
    {6, "手机", "我的GPU坏了，只好用手机。", "", "", ""},
    {7, "年度盘点", "2023年度GPU排行榜出炉。", "", "", ""},
    {8, "显卡评测", "ＲＴＸ４０９０在测试中表现出色，１６时发布。", "", "", ""},
    {9, "RTX 4090 review", "The RTX 4090 is fast but power hungry.", "John Smith", "example.com", "gpu"},
    {10, "iPhone15 hands-on", "Apple's iPhone15 ships with USB-C.", "", "", ""},
    {11, "芯片产业", "国产芯片产业链正在加速发展。", "", "", ""},
    {12, "年", "年", "", "", ""},
    {13, "显然", "收效明显。卡拉奇的天气很好。", "", "", ""},
    {14, "Graphics news", "Nvidia announced new graphics cards for gamers.", "", "", ""},
    {15, "日本語", "東京でカタカナのテストを行いました。ｶﾀｶﾅも。", "", "", ""},
};

} // namespace

class TestFtsSemantics final : public QObject
{
    Q_OBJECT

private:
    sqlite3 *m_db = nullptr;

    void exec(const char *sql)
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
        const QString text = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        QVERIFY2(rc == SQLITE_OK, qPrintable(text));
    }

    std::set<int> search(const QString &query)
    {
        std::set<int> ids;
        const auto compiled = search::compileQuery(query);
        if (!compiled) {
            qWarning("%s: %s", qPrintable(query), qPrintable(compiled.errorMessage()));
            return {-1};
        }
        sqlite3_stmt *stmt = nullptr;
        const QByteArray match = compiled->match.toUtf8();
        if (sqlite3_prepare_v2(m_db, "SELECT rowid FROM fts WHERE fts MATCH ?1", -1, &stmt, nullptr) != SQLITE_OK)
            return {-2};
        sqlite3_bind_text(stmt, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            ids.insert(sqlite3_column_int(stmt, 0));
        if (rc != SQLITE_DONE)
            qWarning("%s → %s: %s", qPrintable(query), match.constData(), sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? ids : std::set<int>{-3};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        QVERIFY(storage::registerTokenizer(m_db));
        exec("CREATE VIRTUAL TABLE fts USING fts5(title, body, author, site, tags, tokenize='offprint')");
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(m_db, "INSERT INTO fts(rowid, title, body, author, site, tags) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", -1, &stmt, nullptr), SQLITE_OK);
        for (const Document &doc : kDocuments) {
            sqlite3_bind_int(stmt, 1, doc.id);
            sqlite3_bind_text(stmt, 2, doc.title, -1, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 3, doc.body, -1, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 4, doc.author, -1, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 5, doc.site, -1, SQLITE_STATIC);
            sqlite3_bind_text(stmt, 6, doc.tags, -1, SQLITE_STATIC);
            QCOMPARE(sqlite3_step(stmt), SQLITE_DONE);
            sqlite3_reset(stmt);
        }
        sqlite3_finalize(stmt);
    }

    void cleanupTestCase() { sqlite3_close(m_db); }

    void signature()
    {
        const QString signature = QString::fromLatin1(storage::tokenizerSignature());
        QVERIFY(storage::tokenizerVersion() >= 1);
        QVERIFY2(signature.startsWith(QStringLiteral("offprint-%1/icu-").arg(storage::tokenizerVersion())),
                 qPrintable(signature));
        QVERIFY(signature.contains(QStringLiteral("icu-72")) || !signature.endsWith(QLatin1String("icu-")));
    }

    void rejectsOptions()
    {
        char *message = nullptr;
        const int rc = sqlite3_exec(m_db, "CREATE VIRTUAL TABLE bad USING fts5(x, tokenize='offprint foo')", nullptr,
                                    nullptr, &message);
        sqlite3_free(message);
        QVERIFY(rc != SQLITE_OK);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("expected");
        auto row = [](const char *name, const char *query, QList<int> ids) {
            QTest::newRow(name) << QString::fromUtf8(query) << ids;
        };
        // Marked run-edge characters: a one-character run in the query must sit at a run edge.
        row("16时 not 16小时", "16时", {4, 8});
        row("16小时", "16小时", {3});
        row("1998年", "1998年", {5});
        row("的GPU", "的GPU", {6});
        row("年GPU not 年度GPU", "年GPU", {});
        row("年度GPU", "年度GPU", {7});
        row("full-width digits and letters", "RTX4090", {8, 9});
        row("full-width query", "ＧＰＵ", {1, 6, 7, 9});
        row("RTX 4090 as a phrase", "\"RTX 4090\"", {8, 9});
        row("letter digit split", "iphone 15", {10});
        row("iPhone15 as typed", "iPhone15", {10});
        row("traditional finds simplified", "英偉達", {1, 2});
        row("simplified finds traditional", "英伟达", {1, 2});
        row("simplified 财报 finds 財報", "财报", {2});
        row("one character anywhere", "芯", {1, 11});
        row("one character in a one-character run", "年", {5, 7, 12});
        row("one character at run ends and inside", "显", {1, 8, 13});
        row("two-character word inside a run", "芯片", {1, 11});
        row("never across punctuation (明显。卡拉奇)", "显卡", {8});
        row("longer run", "产业链", {11});
        row("English word", "graphics", {14});
        row("English case", "NVIDIA", {14});
        row("no substring of a Latin word", "graph", {});
        row("prefix", "graph*", {14});
        row("CJK prefix", "芯片产*", {11});
        row("phrase", "\"new graphics cards\"", {14});
        row("phrase order", "\"cards graphics\"", {});
        row("AND", "英伟达 芯片", {1});
        row("exclusion", "英伟达 -芯片", {2});
        row("OR", "卡拉奇 OR iphone", {10, 13});
        row("OR with AND", "(卡拉奇 OR iphone) 天气", {13});
        row("title filter", "title:GPU", {1});
        row("title filter CJK character", "title:年", {7, 12});
        row("author column", "Smith", {9});
        row("Katakana", "カタカナ", {15});
        row("half-width Katakana", "ｶﾀｶﾅ", {15});
        row("kana after kanji", "京で", {15});
        row("USB-C", "usb-c", {10});
        row("apostrophe", "Apple's", {10});
    }

    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, expected);
        const std::set<int> got = search(query);
        const std::set<int> want(expected.begin(), expected.end());
        if (got != want) {
            QStringList list;
            for (int id : got)
                list << QString::number(id);
            QFAIL(qPrintable(QStringLiteral("%1 → {%2} (match %3)")
                                 .arg(query, list.join(u','), search::compileQuery(query)->match)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFtsSemantics)
#include "tst_ftssemantics.moc"
