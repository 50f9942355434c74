// The query language: parsing, compiled FTS5 expressions, filters and error messages.
#include "search/highlight.h"
#include "search/query.h"

#include <QtTest>

using namespace offprint;
using search::Filter;

namespace {

QString renderFilter(const Filter &filter)
{
    static const char *const names[] = {"tag",     "site", "author", "unread", "read",
                                        "starred", "lang", "before", "after"};
    QString text = QString::fromLatin1(names[int(filter.kind)]);
    if (filter.kind == Filter::Kind::Before || filter.kind == Filter::Kind::After)
        text += u'=' + filter.date.toString(Qt::ISODate);
    else if (!filter.value.isEmpty())
        text += u'=' + filter.value;
    return (filter.negated ? QStringLiteral("-") : QString()) + text;
}

QString renderFilters(const QList<Filter> &filters)
{
    QStringList parts;
    for (const Filter &filter : filters)
        parts << renderFilter(filter);
    return parts.join(QLatin1String("; "));
}

} // namespace

class TestQuery final : public QObject
{
    Q_OBJECT

private slots:
    void compiles_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("filters");
        auto row = [](const char *name, const char *query, const char *match, const char *filters = "") {
            QTest::newRow(name) << QString::fromUtf8(query) << QString::fromUtf8(match) << QString::fromUtf8(filters);
        };
        row("word", "GPU", "\"GPU\"");
        row("words are ANDed", "英伟达 芯片", "(\"英伟达\" AND \"芯片\")");
        row("phrase", "\"exact phrase\"", "\"exact phrase\"");
        row("Chinese quotes", "“机器学习”  「深度学习」", "(\"机器学习\" AND \"深度学习\")");
        row("exclusion", "gpu -ads", "(\"gpu\" NOT \"ads\")");
        row("two exclusions", "gpu -ads -spam", "(\"gpu\" NOT (\"ads\" OR \"spam\"))");
        row("excluded phrase", "gpu -\"sponsored post\"", "(\"gpu\" NOT \"sponsored post\")");
        row("excluded group", "gpu -(ads spam)", "(\"gpu\" NOT (\"ads\" AND \"spam\"))");
        row("OR", "a OR b", "(\"a\" OR \"b\")");
        row("OR binds tighter than juxtaposition", "nvidia gpu OR graphics",
            "(\"nvidia\" AND (\"gpu\" OR \"graphics\"))");
        row("parentheses", "(a b) OR c", "((\"a\" AND \"b\") OR \"c\")");
        row("parentheses flattened", "(a b) c", "(\"a\" AND \"b\" AND \"c\")");
        row("explicit AND", "gpu AND ads", "(\"gpu\" AND \"ads\")");
        row("NOT keyword", "gpu NOT ads", "(\"gpu\" NOT \"ads\")");
        row("lower-case or is a word", "cats or dogs", "(\"cats\" AND \"or\" AND \"dogs\")");
        row("NEAR is a word", "NEAR(a b)", "(\"NEAR\" AND \"a\" AND \"b\")");
        row("prefix", "nvid*", "\"nvid\"*");
        row("phrase prefix", "\"graphics ca\"*", "\"graphics ca\"*");
        row("one CJK character is a prefix query", "芯", "\"芯\"*");
        row("one CJK character in quotes", "「芯」", "\"芯\"*");
        row("CJK word", "1998年", "\"1998年\"");
        row("title filter", "title:GPU", "title : \"GPU\"");
        row("title filter prefix", "title:nvid*", "title : \"nvid\"*");
        row("title filter phrase", "title:\"new gpu\"", "title : \"new gpu\"");
        row("title filter group", "title:(a OR b)", "(title : \"a\" OR title : \"b\")");
        row("excluded title", "gpu -title:ads", "(\"gpu\" NOT title : \"ads\")");
        row("unknown filter is text", "foo:bar", "\"foo:bar\"");
        row("URL is text", "https://example.com/a", "\"https://example.com/a\"");
        row("symbols", "C++", "\"C++\"");
        row("hyphenated word", "GPT-4", "\"GPT-4\"");
        row("lone dash is punctuation", "GPU - NVIDIA", "(\"GPU\" AND \"NVIDIA\")");
        row("trailing dash", "gpu -", "\"gpu\"");
        row("unclosed quote runs to the end", "say \"hello wor", "(\"say\" AND \"hello wor\")");
        row("quote inside a word", "foo\"bar\"", "(\"foo\" AND \"bar\")");
        row("control characters are spaces", "gpu\x01\x02\tads\n", "(\"gpu\" AND \"ads\")");
        row("full-width operators", "ＧＰＵ　－广告　（芯片 ＯＲ 显卡）",
            "((\"GPU\" AND (\"芯片\" OR \"显卡\")) NOT \"广告\")");
        row("punctuation term dropped", "gpu !!!", "\"gpu\"");
        row("empty phrase dropped", "gpu \"\"", "\"gpu\"");
        row("tag filter", "tag:ai gpu", "\"gpu\"", "tag=ai");
        row("quoted tag", "tag:\"machine learning\"", "", "tag=machine learning");
        row("negated tag", "-tag:ads gpu", "\"gpu\"", "-tag=ads");
        row("NOT tag", "gpu NOT tag:ads", "\"gpu\"", "-tag=ads");
        row("filter in a top-level group", "(tag:ai gpu)", "\"gpu\"", "tag=ai");
        row("site", "site:ITHome.com", "", "site=ithome.com");
        row("author", "author:张三", "", "author=张三");
        row("quoted author", "author:\"John Smith\" gpu", "\"gpu\"", "author=John Smith");
        row("filter name case", "Tag:AI", "", "tag=AI");
        row("is unread", "is:unread", "", "unread");
        row("is read", "is:read", "", "read");
        row("is starred", "is:Starred", "", "starred");
        row("not read", "-is:read", "", "-read");
        row("lang zh", "lang:zh", "", "lang=zh");
        row("lang zh-CN", "lang:zh-CN", "", "lang=zh");
        row("lang en", "lang:EN", "", "lang=en");
        row("before day", "before:2024-05-03", "", "before=2024-05-03");
        row("after month", "after:2024-05", "", "after=2024-05-01");
        row("after year", "after:2024", "", "after=2024-01-01");
        row("slashes", "before:2024/5/3", "", "before=2024-05-03");
        row("full-width colon", "tag：AI 芯片", "\"芯片\"", "tag=AI");
        // Lenient readings of misplaced operators (the search box runs while the user types).
        row("OR at the end", "gpu OR", "\"gpu\"");
        row("OR at the start", "OR gpu", "\"gpu\"");
        row("OR twice", "a OR OR b", "(\"a\" OR \"b\")");
        row("OR before )", "(a OR) b", "(\"a\" AND \"b\")");
        row("AND OR", "a AND OR b", "(\"a\" AND \"b\")");
        row("star after space", "gpu *", "\"gpu\"");
        row("unclosed parenthesis", "(gpu ads", "(\"gpu\" AND \"ads\")");
        row("stray parenthesis", "gpu)", "\"gpu\"");
        row("stray parenthesis first", ") gpu", "\"gpu\"");
        row("empty parentheses", "gpu ()", "\"gpu\"");
        row("NOT at the end", "gpu NOT", "\"gpu\"");
        row("double negation", "gpu NOT -ads", "(\"gpu\" NOT \"ads\")");
        row("punctuation soup", "C++ \"quoted\" (paren) AND OR NOT *", "(\"C++\" AND \"quoted\" AND \"paren\")");
        row("several filters", "gpu tag:ai is:unread after:2023", "\"gpu\"", "tag=ai; unread; after=2023-01-01");
        row("only exclusions: no match expression", "-gpu -ads tag:ai", "", "tag=ai");
    }

    void compiles()
    {
        QFETCH(QString, query);
        QFETCH(QString, match);
        QFETCH(QString, filters);
        const auto compiled = search::compileQuery(query);
        QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.errorMessage()));
        // The structure, with every term exact (wordPrefixes checks which terms are widened).
        QCOMPARE(compiled->exactMatch.isEmpty() ? compiled->match : compiled->exactMatch, match);
        QCOMPARE(renderFilters(compiled->filters), filters);
    }

    // A Latin word finds the words it begins: the term is sent as a prefix query, and exactMatch keeps
    // the exact form so that exact matches can be listed first.
    void wordPrefixes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("exactMatch");
        auto row = [](const char *name, const char *query, const char *match, const char *exact) {
            QTest::newRow(name) << QString::fromUtf8(query) << QString::fromUtf8(match) << QString::fromUtf8(exact);
        };
        row("word", "GPU", "\"GPU\"*", "\"GPU\"");
        row("letters and digits", "3G", "\"3G\"*", "\"3G\"");
        row("full width", "ＲＴＸ４０９０", "\"RTX4090\"*", "\"RTX4090\"");
        row("quoted stays exact", "\"GPU\"", "\"GPU\"", "");
        row("quoted title stays exact", "title:\"GPU\"", "title : \"GPU\"", "");
        row("title word", "title:GPU", "title : \"GPU\"*", "title : \"GPU\"");
        row("explicit prefix", "nvid*", "\"nvid\"*", "");
        row("CJK stays a substring", "芯片", "\"芯片\"", "");
        row("ends in CJK", "1998年", "\"1998年\"", "");
        row("ends in Latin", "的GPU", "\"的GPU\"*", "\"的GPU\"");
        row("trailing punctuation ends the word", "C++", "\"C++\"", "");
        row("exclusions stay exact", "gpu -ads", "(\"gpu\"* NOT \"ads\")", "(\"gpu\" NOT \"ads\")");
        row("mixed", "英伟达 GPU OR 显卡", "(\"英伟达\" AND (\"GPU\"* OR \"显卡\"))",
            "(\"英伟达\" AND (\"GPU\" OR \"显卡\"))");
        row("only exclusions", "-gpu tag:x", "", "");
    }

    void wordPrefixes()
    {
        QFETCH(QString, query);
        QFETCH(QString, match);
        QFETCH(QString, exactMatch);
        const auto compiled = search::compileQuery(query);
        QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.errorMessage()));
        QCOMPARE(compiled->match, match);
        QCOMPARE(compiled->exactMatch, exactMatch);
        QCOMPARE(compiled->exactPhrases.size(), exactMatch.isEmpty() ? 0 : compiled->phrases.size());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *query, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(query) << QString::fromUtf8(message);
        };
        row("empty", "", "empty query");
        row("blank", "  \t ", "empty query");
        row("exclusion in OR", "gpu OR -ads", "alternative of OR");
        row("group of exclusions in OR", "gpu (-ads -spam) OR x", "only of excluded words");
        row("star alone", "*", "Nothing to search for in “*”");
        row("lone dash", "-", "Nothing to search for");
        row("operators only", "( OR ) AND NOT", "Nothing to search for");
        row("tag without value", "tag:", "“tag:” needs a value");
        row("tag with empty quotes", "tag:\"\" gpu", "“tag:” needs a value");
        row("title without value", "title:", "“title:” needs a word");
        row("filter in OR", "tag:a OR gpu", "apply to the whole query");
        row("filter in excluded group", "gpu -(tag:a ads)", "apply to the whole query");
        row("unknown is", "is:foo", "“is:foo” is unknown");
        row("unknown lang", "lang:fr", "“lang:fr” is unknown");
        row("bad month", "before:2024-13", "is not a date");
        row("bad date word", "after:yesterday", "is not a date");
        row("bad day", "after:2024-02-30", "is not a date");
        row("only punctuation", "!!! ？？", "Nothing to search for");
        row("only emoji", "😀", "Nothing to search for");
        row("deep nesting", QByteArray(40, '(').append("gpu").append(QByteArray(40, ')')).constData(),
            "Too many nested parentheses");
        row("too long", QByteArray(3000, 'a').constData(), "too long");
        row("too many terms", QByteArray("a ").repeated(100).constData(), "Too many search terms");
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const auto compiled = search::compileQuery(query);
        QVERIFY2(!compiled.ok(), qPrintable(compiled.ok() ? compiled->match : QString()));
        QVERIFY2(compiled.errorMessage().contains(message), qPrintable(compiled.errorMessage()));
    }

    // findTermRanges: what the reader highlights for the terms; rendered as the text with [brackets].
    void highlight_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *text, QStringList terms, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << terms << QString::fromUtf8(expected);
        };
        row("word", "The GPU is fast", {"gpu"}, "The [GPU] is fast");
        row("not inside a word", "He said AI aids", {"ai"}, "He said [AI] aids");
        row("prefix term", "Nvidia and nvidia", {"nvid*"}, "[Nvidia] and [nvidia]");
        row("letter digit edge", "RTX4090 and RTX 4090", {"4090"}, "RTX[4090] and RTX [4090]");
        row("white space ignored", "RTX4090 and RTX 4090", {"RTX 4090"}, "[RTX4090] and [RTX 4090]");
        row("full-width", "ＧＰＵ芯片", {"gpu"}, "[ＧＰＵ]芯片");
        row("traditional text", "英偉達公佈財報", {"英伟达", "财报"}, "[英偉達]公佈[財報]");
        row("simplified text", "英伟达发布", {"英偉達"}, "[英伟达]发布");
        row("CJK inside a run", "国产芯片产业", {"芯片"}, "国产[芯片]产业");
        row("overlapping merged", "芯片产业", {"芯片", "片产"}, "[芯片产]业");
        row("several", "GPU 芯片 GPU", {"GPU"}, "[GPU] 芯片 [GPU]");
        row("outside the BMP", "𠀀GPU", {"gpu"}, "𠀀[GPU]");
        row("no terms", "text", {}, "text");
        row("punctuation term", "a, b", {","}, "a[,] b");
    }

    void highlight()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(QString, expected);
        const auto ranges = search::findTermRanges(text, terms);
        QString rendered = text;
        for (qsizetype i = ranges.size() - 1; i >= 0; --i) {
            rendered.insert(ranges[i].start + ranges[i].length, u']');
            rendered.insert(ranges[i].start, u'[');
        }
        QCOMPARE(rendered, expected);
    }

    // findTextRanges: find in the article; inside words too, matches never overlap.
    void findText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *text, const char *needle, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(needle) << QString::fromUtf8(expected);
        };
        row("inside words", "He said AI aids", "ai", "He s[ai]d [AI] [ai]ds");
        row("case", "Checkpoint CHECKPOINT", "checkPoint", "[Checkpoint] [CHECKPOINT]");
        row("full-width text", "ＧＰＵ and GPU", "gpu", "[ＧＰＵ] and [GPU]");
        row("full-width needle", "GPU", "ＧＰＵ", "[GPU]");
        row("no overlap", "aaaa", "aa", "[aa][aa]");
        row("traditional", "英偉達公佈", "英伟达", "[英偉達]公佈");
        row("outside the BMP", "𠀀x𠀀", "𠀀", "[𠀀]x[𠀀]");
        row("empty needle", "text", "", "text");
        row("space needle", "a b", " ", "a b");
        row("none", "text", "zz", "text");
    }

    void findText()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(QString, expected);
        const auto ranges = search::findTextRanges(text, needle);
        QString rendered = text;
        for (qsizetype i = ranges.size() - 1; i >= 0; --i) {
            rendered.insert(ranges[i].start + ranges[i].length, u']');
            rendered.insert(ranges[i].start, u'[');
        }
        QCOMPARE(rendered, expected);
    }

    void findTextStopsAtTheLimit()
    {
        QCOMPARE(search::findTextRanges(QString(50, u'a'), QStringLiteral("a"), 7).size(), 7);
    }

    void exclusionsOnly()
    {
        // Exclusions alone (or with filters) list the articles without those words.
        const auto one = search::compileQuery(QStringLiteral("-gpu"));
        QVERIFY(one.ok());
        QCOMPARE(one->match, QString());
        QCOMPARE(one->exclude, QStringLiteral("\"gpu\""));
        QVERIFY(one->phrases.isEmpty());
        const auto two = search::compileQuery(QStringLiteral("-gpu -\"sponsored post\" is:starred"));
        QVERIFY(two.ok());
        QCOMPARE(two->exclude, QStringLiteral("\"gpu\" OR \"sponsored post\""));
        QCOMPARE(two->filters.size(), 1);
        QVERIFY(two->terms.isEmpty()); // nothing to highlight
        const auto withText = search::compileQuery(QStringLiteral("nvidia -gpu"));
        QVERIFY(withText.ok());
        QVERIFY(withText->exclude.isEmpty()); // a word to search for: the exclusion is part of match
    }

    // Queries of one- and two-character word prefixes only: their prefix-only matches are listed newest first.
    void shortPrefixes()
    {
        auto isShort = [](const char *query) {
            const auto compiled = search::compileQuery(QString::fromUtf8(query));
            return compiled.ok() && compiled->shortPrefixesOnly;
        };
        QVERIFY(isShort("t"));
        QVERIFY(isShort("th"));
        QVERIFY(isShort("a OR in"));
        QVERIFY(isShort("th -ads"));
        QVERIFY(isShort("ＴＨ"));
        QVERIFY(!isShort("the"));
        QVERIFY(!isShort("th gpu"));
        QVERIFY(!isShort("\"th\""));
        QVERIFY(!isShort("th*"));
        QVERIFY(!isShort("芯"));
        QVERIFY(!isShort("-th tag:x"));
        QVERIFY(!isShort("4090"));
        QVERIFY(!isShort("rtx40 gpu"));
    }

    void phrasesAndOr_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("phrases");
        QTest::addColumn<bool>("hasOr");
        auto row = [](const char *query, int phrases, bool hasOr) {
            QTest::newRow(query) << QString::fromUtf8(query) << phrases << hasOr;
        };
        // The search ranks a one-phrase query in one walk of the index: the count must be exact.
        row("GPU", 1, false);
        row("数据中心", 1, false);
        row("芯", 1, false);
        row("title:手机", 1, false);
        row("\"exact phrase\"", 1, false);
        row("nvid* is:starred", 1, false);
        row("英伟达 芯片", 2, false);
        row("gpu -ads", 2, false);
        row("a OR b", 2, true);
        row("(a OR !!!) c", 2, false); // an alternative without letters is dropped, so is the OR
        row("x (a OR b) -(c d)", 5, true);
        row("tag:x is:unread", 0, false);
    }

    void phrasesAndOr()
    {
        QFETCH(QString, query);
        QFETCH(int, phrases);
        QFETCH(bool, hasOr);
        const auto compiled = search::compileQuery(query);
        QVERIFY2(compiled.ok(), qPrintable(compiled.ok() ? QString() : compiled.errorMessage()));
        QCOMPARE(compiled->phrases.size(), phrases);
        QCOMPARE(compiled->hasOr, hasOr);
    }

    void terms()
    {
        const auto compiled = search::compileQuery(
            QStringLiteral("gpu -ads \"  exact   phrase \" title:芯片 nvid* (a OR b) tag:x gpu -(c d)"));
        QVERIFY(compiled.ok());
        // Prefix terms (typed with * or widened Latin words) carry the * that makes the reader light up
        // the whole word.
        QCOMPARE(compiled->terms, (QStringList{"gpu*", "exact phrase", "芯片", "nvid*", "a*", "b*"}));
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
