// A reader's selection mapped to the place `offprint-cli highlights --json` reports, on a long article
// shaped like a real one (headings, inline formatting, links, inline code, lists, a table, footnotes,
// Chinese): a span selected in the window and highlighted with H must be stored with the quote as it
// stands in the article's plain text (annotate::articleText, what `show ID --format text` prints) and
// its position there in code points; and drawn over the same span it was selected on.
#include "fixtures.h"

#include "annotate/anchor.h"
#include "highlightcontroller.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "readerview.h"
#include "settings.h"
#include "storage/highlightrepository.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace offprint;
using namespace offprint::gui;

namespace {

QString filler(int section)
{
    return QStringLiteral("Section %1 goes over the budget again, line by line, with the same care the "
                          "committee asked for in its letter of March. Nothing in it is new, but every "
                          "figure was checked twice before the vote.\n\n")
        .arg(section);
}

// Markers (words that appear once) delimit each span in both the document and the plain text.
QString longArticle()
{
    QString md = QStringLiteral("# The river budget, explained\n\n"
                                "The council published its accounts on Friday.[^src] Most of the money goes to "
                                "the **flood defences** and the *old ford* repairs.\n\n");
    for (int i = 1; i <= 12; ++i)
        md += QStringLiteral("## Part %1\n\n").arg(i) + filler(i) + filler(i + 100);
    md += QStringLiteral(
        "## What changed\n\n"
        "The alphaword line is partly **bold, partly *nested italic*** and then `inline_code()` with a "
        "[link to the minutes](https://council.example/minutes) before the bravoword end.\n\n"
        "Three items were added in the spring review, charlieword:\n\n"
        "- a new gauge at the *upper weir*\n"
        "- dredging below the deltaword bridge\n"
        "- a footbridge near the school echoword\n\n"
        "| Item | Cost | Note |\n|---|---|---|\n"
        "| Gauge foxtrotword | 12,000 | paid in golfword June |\n"
        "| Dredging | 48,500 | hotelword over two years |\n\n"
        "The final indiaword figure was revised[^rev] after the julietword hearing.\n\n"
        "## 中文摘要\n\n"
        "议会在周五公布了**防洪工程**的预算，其中河道疏浚占了最大份额。\n\n");
    for (int i = 13; i <= 20; ++i)
        md += QStringLiteral("## Part %1\n\n").arg(i) + filler(i);
    md += QStringLiteral("[^src]: The published accounts, page 4.\n"
                         "[^rev]: Revised in the kiloword annex of the limaword report.\n");
    return md;
}

qint64 codePoints(const QString &text, qsizetype index)
{
    return text.left(index).toUcs4().size();
}

} // namespace

class TestHighlightMapping final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void selectionIsStoredAtItsPlainTextPlace_data();
    void selectionIsStoredAtItsPlainTextPlace();

private:
    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ArticleId m_id = 0;
    QString m_plain;
};

void TestHighlightMapping::initTestCase()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    const QDateTime saved(QDate(2024, 6, 1), QTime(9, 0), QTimeZone::utc());
    auto id = m_lib->library->articles().insert(
        fixtures::article(QStringLiteral("The river budget, explained"), QStringLiteral("council.example"),
                          QStringLiteral("en"), longArticle(), {}, saved),
        {});
    QVERIFY(id.ok());
    m_id = *id;
    m_plain = annotate::articleText(longArticle());
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->readerController()->open(m_id);
}

void TestHighlightMapping::cleanupTestCase()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestHighlightMapping::init()
{
    for (const Highlight &h : m_lib->library->highlights().forArticle(m_id))
        QVERIFY(m_lib->library->highlights().remove(h.id).ok());
    m_window->highlights()->refresh();
}

void TestHighlightMapping::selectionIsStoredAtItsPlainTextPlace_data()
{
    QTest::addColumn<QString>("from"); // the selection starts at this text
    QTest::addColumn<QString>("to");   // and ends after this one
    // What the reader shows selected, and so highlights, when it is more: a selection that enters a
    // table takes the whole table; one across cells takes the passage from its first cell to the end
    // of its last. Empty: from..to.
    QTest::addColumn<QString>("quoteFrom");
    QTest::addColumn<QString>("quoteTo");
    QTest::newRow("inline formatting, code and a link") << QStringLiteral("alphaword") << QStringLiteral("bravoword") << QString() << QString();
    QTest::newRow("into a bold word") << QStringLiteral("partly") << QStringLiteral("nested") << QString() << QString();
    QTest::newRow("paragraph into a list item") << QStringLiteral("charlieword") << QStringLiteral("deltaword") << QString() << QString();
    QTest::newRow("list item into a table cell") << QStringLiteral("echoword") << QStringLiteral("foxtrotword")
                                                 << QString() << QStringLiteral("over two years");
    QTest::newRow("inside one table cell") << QStringLiteral("golfword") << QStringLiteral("June") << QString() << QString();
    QTest::newRow("across table cells and rows") << QStringLiteral("golfword") << QStringLiteral("hotelword")
                                                 << QStringLiteral("paid in") << QStringLiteral("over two years");
    QTest::newRow("table cell into a paragraph") << QStringLiteral("hotelword") << QStringLiteral("indiaword")
                                                 << QStringLiteral("Item") << QString();
    QTest::newRow("over a footnote reference") << QStringLiteral("indiaword") << QStringLiteral("julietword") << QString() << QString();
    QTest::newRow("inside a footnote") << QStringLiteral("kiloword") << QStringLiteral("limaword") << QString() << QString();
    QTest::newRow("Chinese with bold") << QStringLiteral("公布了") << QStringLiteral("河道疏浚") << QString() << QString();
    QTest::newRow("heading into a paragraph") << QStringLiteral("Part 17") << QStringLiteral("Section 17 goes") << QString() << QString();
    QTest::newRow("late in the article") << QStringLiteral("Section 20") << QStringLiteral("figure was checked") << QString() << QString();
}

void TestHighlightMapping::selectionIsStoredAtItsPlainTextPlace()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, quoteFrom);
    QFETCH(QString, quoteTo);
    if (quoteFrom.isEmpty())
        quoteFrom = from;
    if (quoteTo.isEmpty())
        quoteTo = to;
    ReaderView *reader = m_window->reader();
    const QString doc = reader->document()->toPlainText();
    // The spans start after the article's header (title, byline): search the body only.
    const qsizetype docFrom = doc.indexOf(from, reader->bodyStart() + 1);
    QVERIFY2(docFrom >= 0, qPrintable(from));
    const qsizetype docTo = doc.indexOf(to, docFrom) + to.size();
    QVERIFY2(docTo > docFrom, qPrintable(to));
    QTextCursor cursor(reader->document());
    cursor.setPosition(int(docFrom));
    cursor.setPosition(int(docTo), QTextCursor::KeepAnchor);
    reader->setTextCursor(cursor);
    reader->setFocus();
    QTest::keyClick(reader, Qt::Key_H);

    const QList<Highlight> stored = m_lib->library->highlights().forArticle(m_id);
    QCOMPARE(stored.size(), 1);
    // Each marker occurs once in the plain text (which has no title or byline above the body).
    const qsizetype plainFrom = m_plain.indexOf(quoteFrom);
    QVERIFY(plainFrom >= 0);
    const qsizetype plainTo = m_plain.indexOf(quoteTo, plainFrom) + quoteTo.size();
    QCOMPARE(stored[0].quote, m_plain.mid(plainFrom, plainTo - plainFrom));
    QCOMPARE(stored[0].position, std::optional<qint64>(codePoints(m_plain, plainFrom)));
    // Drawn over exactly that passage.
    const qsizetype drawFrom = doc.lastIndexOf(quoteFrom, docFrom + from.size() - 1);
    const qsizetype drawTo = doc.indexOf(quoteTo, drawFrom) + quoteTo.size();
    const auto marks = reader->annotations();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks[0].range.start, int(drawFrom));
    QCOMPARE(marks[0].range.start + marks[0].range.length, int(drawTo));
}

QTEST_MAIN(TestHighlightMapping)
#include "tst_highlightmapping.moc"
