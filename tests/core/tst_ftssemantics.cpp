// The tokenizer and the query compiler together, against a real FTS5 table in an in-memory database.
#include "search/query.h"
#include "storage/ftstokenizer.h"

#include <QRandomGenerator>
#include <QtTest>

#include <sqlite3.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

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
    {16, "x", "GPU年AI", "", "", ""},
    {17, "y", "GPU年度AI", "", "", ""},
    {18, "z", "New GPUs ship with the iPhone 3GS and the WNBA season.", "", "", ""},
};

// An independent model of the intended semantics: the text after NFKC case folding and per-character
// Traditional→Simplified, with white space/punctuation as ' ' and a ' ' wherever a letter run meets a
// digit run or Latin meets CJK. A query matches a document when its canonical form occurs in the
// document's, and — where the query begins or ends with a Latin letter or digit — at a word edge.
class Oracle final
{
public:
    Oracle()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_toSimplified.reset(icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    }

    static bool isCjk(QChar c)
    {
        const auto script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
            || c == u'ー';
    }

    QString canonical(const QString &text)
    {
        const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
        QString out;
        int previousClass = 0; // 0 separator, 1 letter, 2 digit, 3 CJK
        for (QChar c : folded) {
            const int cls = isCjk(c) ? 3 : c.isLetter() ? 1 : c.isDigit() ? 2 : 0;
            if (cls == 0) {
                if (!out.endsWith(u' '))
                    out += u' ';
            } else {
                if (previousClass != 0 && previousClass != cls && !(previousClass == 3 && cls == 3))
                    out += u' ';
                out += cls == 3 ? simplified(c) : c;
            }
            previousClass = cls;
        }
        return out.trimmed();
    }

    bool matches(const QString &query, const QString &document)
    {
        const QString q = canonical(query);
        const QString d = canonical(document);
        const bool needStartEdge = !isCjk(q.front());
        const bool needEndEdge = !isCjk(q.back());
        for (qsizetype at = d.indexOf(q); at >= 0; at = d.indexOf(q, at + 1)) {
            const qsizetype end = at + q.size();
            const bool startsAtEdge = !needStartEdge || at == 0 || d.at(at - 1) == u' ';
            const bool endsAtEdge = !needEndEdge || end == d.size() || d.at(end) == u' ';
            if (startsAtEdge && endsAtEdge)
                return true;
        }
        return false;
    }

private:
    QChar simplified(QChar c)
    {
        if (!m_toSimplified)
            return c;
        auto it = m_cache.find(c);
        if (it != m_cache.end())
            return *it;
        icu::UnicodeString text(char16_t(c.unicode()));
        m_toSimplified->transliterate(text);
        const QChar result = text.length() == 1 ? QChar(text.charAt(0)) : c;
        m_cache.insert(c, result);
        return result;
    }

    std::unique_ptr<icu::Transliterator> m_toSimplified;
    QHash<QChar, QChar> m_cache;
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

    // Random mixed sentences; random substrings as phrase queries; FTS5 results must equal the oracle.
    void randomSubstringsMatchLikeTheOracle()
    {
        const QStringList cjkWords = {
            "英伟达", "英偉達", "芯片", "晶片", "显卡", "顯卡", "数据", "數據", "中心", "年度", "发布", "發佈",
            "手机", "手機", "小时", "时", "年", "的", "国产", "产业链", "人工智能", "模型", "训练", "東京",
            "カタカナ", "テスト", "测试", "苹果", "了", "新", "在", "电脑", "電腦", "台积电", "台積電"};
        const QStringList latinWords = {"GPU", "gpu", "RTX", "4090", "iPhone", "15", "Nvidia", "AI", "Apple",
                                        "chip", "ＧＰＵ", "model", "2024", "H100", "ｉＰｈｏｎｅ", "１６"};
        const QStringList cjkSeparators = {"", "", "", "，", "。", "、", " "};
        const QStringList latinSeparators = {" ", " ", "", ", ", "，"};
        QRandomGenerator random(20240517);
        auto pick = [&random](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };

        sqlite3_exec(m_db, "CREATE VIRTUAL TABLE oracle USING fts5(body, tokenize='offprint')", nullptr, nullptr,
                     nullptr);
        sqlite3_stmt *insert = nullptr;
        QCOMPARE(sqlite3_prepare_v2(m_db, "INSERT INTO oracle(rowid, body) VALUES (?1, ?2)", -1, &insert, nullptr),
                 SQLITE_OK);
        QStringList sentences;
        for (int id = 0; id < 300; ++id) {
            QString sentence;
            bool previousCjk = false;
            const int words = random.bounded(3, 12);
            for (int w = 0; w < words; ++w) {
                const bool cjk = random.bounded(100) < 65;
                if (w > 0)
                    sentence += (cjk && previousCjk) ? pick(cjkSeparators) : pick(latinSeparators);
                sentence += cjk ? pick(cjkWords) : pick(latinWords);
                previousCjk = cjk;
            }
            sentences << sentence;
            const QByteArray utf8 = sentence.toUtf8();
            sqlite3_bind_int(insert, 1, id);
            sqlite3_bind_text(insert, 2, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);

        Oracle oracle;
        sqlite3_stmt *select = nullptr;
        QCOMPARE(sqlite3_prepare_v2(m_db, "SELECT rowid FROM oracle WHERE oracle MATCH ?1", -1, &select, nullptr),
                 SQLITE_OK);
        int checked = 0;
        int nonEmpty = 0;
        for (int round = 0; round < 1500; ++round) {
            QString substring;
            if (round % 2 == 0) {
                const QString &source = sentences.at(random.bounded(int(sentences.size())));
                const int start = random.bounded(int(source.size()));
                const int length = 1 + random.bounded(std::min(8, int(source.size()) - start));
                substring = source.mid(start, length);
            } else { // a made-up combination: mostly absent, probes the run-edge marks
                const int words = random.bounded(2, 4);
                for (int w = 0; w < words; ++w) {
                    const bool cjk = random.bounded(100) < 60;
                    if (w > 0)
                        substring += random.bounded(3) == 0 ? QStringLiteral(" ") : QString();
                    QString word = cjk ? pick(cjkWords) : pick(latinWords);
                    if (cjk && random.bounded(2) == 0)
                        word = word.mid(random.bounded(int(word.size())), 1);
                    substring += word;
                }
            }
            if (oracle.canonical(substring).isEmpty())
                continue;
            const auto compiled = search::compileQuery(u'"' + substring + u'"');
            QVERIFY2(compiled.ok(), qPrintable(substring));
            const QByteArray match = compiled->match.toUtf8();
            sqlite3_bind_text(select, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
            std::set<int> got;
            int rc;
            while ((rc = sqlite3_step(select)) == SQLITE_ROW)
                got.insert(sqlite3_column_int(select, 0));
            QCOMPARE(rc, SQLITE_DONE);
            sqlite3_reset(select);
            std::set<int> want;
            for (int id = 0; id < sentences.size(); ++id) {
                if (oracle.matches(substring, sentences.at(id)))
                    want.insert(id);
            }
            if (got != want) {
                int differing = -1;
                for (int id = 0; id < sentences.size() && differing < 0; ++id) {
                    if (got.count(id) != want.count(id))
                        differing = id;
                }
                QFAIL(qPrintable(QStringLiteral("query “%1” (match %2): FTS %3 vs oracle %4 documents; e.g. “%5”")
                                     .arg(substring, compiled->match)
                                     .arg(got.size())
                                     .arg(want.size())
                                     .arg(sentences.at(differing))));
            }
            ++checked;
            nonEmpty += want.empty() ? 0 : 1;
        }
        sqlite3_finalize(select);
        QVERIFY(checked > 1000);
        qInfo("%d substring queries checked, %d match some document", checked, nonEmpty);
        QVERIFY(nonEmpty > checked / 3); // the test is not vacuous: many queries do match
    }

    // Random query-language soup: compileQuery either fails cleanly or gives an expression FTS5 accepts.
    void compiledQueriesNeverBreakFts5()
    {
        const QStringList pieces = {"gpu", "芯", "芯片", "年", "\"", "“", "」", "(", ")", "-", "--", "*", ":",
                                    "OR", "AND", "NOT", "NEAR", "tag:", "title:", "is:", "lang:zh", "after:2024",
                                    " ", " ", " ", "\t", "\x01", "'", "^", "{", "}", "+", "foo:bar", "ＯＲ", "１６时",
                                    "$", "\\", "?", "title", "body"};
        QRandomGenerator random(7);
        sqlite3_stmt *select = nullptr;
        QCOMPARE(sqlite3_prepare_v2(m_db, "SELECT count(*) FROM fts WHERE fts MATCH ?1", -1, &select, nullptr),
                 SQLITE_OK);
        int compiled = 0;
        for (int round = 0; round < 5000; ++round) {
            QString query;
            const int count = random.bounded(1, 10);
            for (int i = 0; i < count; ++i)
                query += pieces.at(random.bounded(int(pieces.size())));
            const auto result = search::compileQuery(query);
            if (!result) {
                QVERIFY(!result.errorMessage().isEmpty());
                continue;
            }
            if (result->match.isEmpty() && result->exclude.isEmpty()) {
                QVERIFY(!result->filters.isEmpty());
                continue;
            }
            ++compiled;
            // The match expression, or for a query of exclusions only the expression of the exclusions.
            const QByteArray match = (result->match.isEmpty() ? result->exclude : result->match).toUtf8();
            sqlite3_bind_text(select, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
            const int rc = sqlite3_step(select);
            QVERIFY2(rc == SQLITE_ROW, qPrintable(query + QStringLiteral(" → ") + QString::fromUtf8(match) + QStringLiteral(": ")
                                                  + QString::fromUtf8(sqlite3_errmsg(m_db))));
            sqlite3_reset(select);
        }
        sqlite3_finalize(select);
        QVERIFY(compiled > 1000);
    }

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
        row("A年B needs a one-character run", "GPU年AI", {16});
        row("A年度B", "GPU年度AI", {17});
        row("full-width digits and letters", "RTX4090", {8, 9});
        row("full-width query", "ＧＰＵ", {1, 6, 7, 9, 16, 17, 18});
        row("a Latin word finds the words it begins", "GPU", {1, 6, 7, 9, 16, 17, 18});
        row("a quoted word stays exact", "\"GPU\"", {1, 6, 7, 9, 16, 17});
        row("3G finds 3GS", "3G", {18});
        row("iPhone 3G finds iPhone 3GS", "iPhone 3G", {18});
        row("quoted 3G stays exact", "\"3G\"", {});
        row("not inside a word (NBA, WNBA)", "NBA", {});
        row("a quoted phrase of whole words", "\"gpus ship\"", {18});
        row("the last word of a phrase must be whole when quoted", "\"new gpu\"", {});
        row("the last word of an unquoted term may continue", "new-gpu", {18});
        row("prefix of a digit run", "RTX40", {8, 9});
        row("RTX 4090 as a phrase", "\"RTX 4090\"", {8, 9});
        row("letter digit split", "iphone 15", {10});
        row("iPhone15 as typed", "iPhone15", {10});
        row("traditional finds simplified", "英偉達", {1, 2});
        row("simplified finds traditional", "英伟达", {1, 2});
        row("simplified 财报 finds 財報", "财报", {2});
        row("one character anywhere", "芯", {1, 11});
        row("one character in a one-character run", "年", {5, 7, 12, 16, 17});
        row("one character at run ends and inside", "显", {1, 8, 13});
        row("two-character word inside a run", "芯片", {1, 11});
        row("never across punctuation (明显。卡拉奇)", "显卡", {8});
        row("longer run", "产业链", {11});
        row("English word", "graphics", {14});
        row("English case", "NVIDIA", {14});
        row("AI", "ai", {16, 17});
        row("no substring of a Latin word", "raphics", {});
        row("a word prefix", "graph", {14});
        row("a word prefix in quotes is not one", "\"graph\"", {});
        row("prefix", "graph*", {14});
        row("CJK prefix", "芯片产*", {11});
        row("phrase", "\"new graphics cards\"", {14});
        row("phrase order", "\"cards graphics\"", {});
        row("AND", "英伟达 芯片", {1});
        row("exclusion", "英伟达 -芯片", {2});
        row("OR", "卡拉奇 OR iphone", {10, 13, 18});
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
