// The reader displays core's rendering unchanged: what `offprint-cli show --format html` prints is,
// character for character, the HTML the reader gives its document; and the structures the dialect
// keeps (superscripts, anchors, footnotes, right-to-left blocks, tables, figures) survive into
// Qt's rich text.
#include "clirunner.h"
#include "fixtures.h"
#include "readerview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextTable>

using namespace offprint;
using namespace offprint::gui;

namespace {

QString structuredMarkdown(const QString &image)
{
    return QStringLiteral(
               "## <a id=\"kernel\"></a>The kernel\n\n"
               "Linux 6.1<sup>1</sup> ships “Rust” support; it isn’t complete. Water is H<sub>2</sub>O."
               "<sup><a id=\"cite_ref-1\"></a>[\\[1\\]](#cite_note-1)</sup> See [the table](#specs).\n\n"
               "![The board](%1 \"Figure 1: the test board\")\n\n"
               "مرحبا بالعالم، هذا نص عربي.\n\n"
               "> A quoted line.\n\n"
               "<a id=\"specs\"></a>\n\n"
               "|  |  |\n| --- | --- |\n| **Designed by** | Linus Torvalds |\n| **Written in** | C<br>Rust |\n\n"
               "```rust\nfn main() {}\n```\n\n"
               "1. <a id=\"cite_note-1\"></a>[^](#cite_ref-1) Torvalds, L. (2022).\n")
        .arg(image);
}

} // namespace

class TestReaderRender final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_lib.dir.isValid());
        QVERIFY(m_lib.open());
        QVERIFY(m_lib.populate());
        Article a = fixtures::article(QStringLiteral("Rust in the kernel"), QStringLiteral("lwn.net"),
                                      QStringLiteral("en"), structuredMarkdown(m_lib.image), {QStringLiteral("linux")},
                                      QDateTime(QDate(2024, 6, 1), QTime(8, 0), QTimeZone::utc()));
        auto id = m_lib.library->articles().insert(a, {m_lib.image});
        QVERIFY(id.ok());
        m_id = *id;
    }

    void readerShowsExactlyWhatShowPrints()
    {
        // Every article of the library: English, Chinese, the structured one.
        QList<ArticleId> ids = m_lib.ids;
        ids << m_id;
        for (const ArticleId id : ids) {
            const auto article = m_lib.library->articles().get(id);
            QVERIFY(article);
            ReaderView view;
            view.setLibraryFolder(m_lib.library->folder());
            view.setAppearance(ReaderColors{}, ReaderFont{}, 38);
            view.showArticle(*article);
            const CliResult cli = runCli(m_lib.dir.filePath(QStringLiteral("lib")),
                                         {QStringLiteral("show"), QString::number(id), QStringLiteral("--format"),
                                          QStringLiteral("html")});
            QCOMPARE_EXIT(cli, 0);
            QCOMPARE(view.documentHtml(), cli.out);
        }
    }

    void structuresSurviveIntoTheDocument()
    {
        const auto article = m_lib.library->articles().get(m_id);
        QVERIFY(article);
        ReaderView view;
        view.resize(900, 700);
        view.setLibraryFolder(m_lib.library->folder());
        view.setAppearance(ReaderColors{}, ReaderFont{}, 38);
        view.showArticle(*article);
        QTextDocument *doc = view.document();

        QStringList anchors;
        int superscripts = 0;
        int subscripts = 0;
        bool rtl = false;
        bool caption = false;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            rtl = rtl || (b.text().startsWith(QStringLiteral("مرحبا")) && b.textDirection() == Qt::RightToLeft);
            caption = caption || b.text() == QLatin1String("Figure 1: the test board");
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                anchors << f.anchorNames();
                superscripts += f.verticalAlignment() == QTextCharFormat::AlignSuperScript;
                subscripts += f.verticalAlignment() == QTextCharFormat::AlignSubScript;
            }
        }
        QVERIFY2(anchors.contains(QStringLiteral("kernel")) && anchors.contains(QStringLiteral("specs"))
                     && anchors.contains(QStringLiteral("cite_note-1")) && anchors.contains(QStringLiteral("cite_ref-1")),
                 qPrintable(anchors.join(QLatin1Char(' '))));
        QVERIFY(superscripts >= 2);
        QCOMPARE(subscripts, 1);
        QVERIFY(rtl);
        QVERIFY(caption);
        QCOMPARE(view.refusedResources(), 0); // the stored image loads

        int tables = 0;
        for (QTextFrame *frame : doc->rootFrame()->childFrames())
            tables += qobject_cast<QTextTable *>(frame) != nullptr;
        QCOMPARE(tables, 1);
        const QTextTable *table = nullptr;
        for (QTextFrame *frame : doc->rootFrame()->childFrames())
            table = table ? table : qobject_cast<QTextTable *>(frame);
        QCOMPARE(table->rows(), 2); // the empty header row is not shown
        QCOMPARE(table->columns(), 2);
    }

    void quotesGetABarInEveryTheme()
    {
        const auto article = m_lib.library->articles().get(m_id);
        ReaderView view;
        view.resize(900, 2400);
        ReaderColors colors;
        colors.background = Qt::white;
        colors.text = Qt::black;
        colors.border = QColor(0xFF, 0x00, 0x80); // a colour nothing else in the page uses
        view.setLibraryFolder(m_lib.library->folder());
        view.setAppearance(colors, ReaderFont{}, 38);
        view.showArticle(*article);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shot = view.viewport()->grab().toImage();
        // Find the quote's block and look for the bar's colour at its left.
        QTextBlock quote;
        for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
            if (b.text() == QLatin1String("A quoted line."))
                quote = b;
        QVERIFY(quote.isValid());
        const QRectF rect = view.document()->documentLayout()->blockBoundingRect(quote);
        const int y = qRound(rect.center().y()) - view.verticalScrollBar()->value();
        QVERIFY(y > 0 && y < shot.height());
        int barPixels = 0;
        for (int x = 0; x < qRound(rect.left() + 60); ++x)
            barPixels += shot.pixelColor(x, y) == colors.border;
        QVERIFY2(barPixels >= 2, qPrintable(QString::number(barPixels)));
    }

private:
    fixtures::TestLibrary m_lib;
    ArticleId m_id = 0;
};

QTEST_MAIN(TestReaderRender)
#include "tst_readerrender.moc"
