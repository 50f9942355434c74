// Navigation inside an article, driven through the real window offscreen: links to places in the
// article and Back/Forward, find in the article, the outline, a search hit scrolled into view,
// and highlights and the reading place kept through zoom and theme changes.
#include "fixtures.h"

#include "actions.h"
#include "articlelistmodel.h"
#include "articlelistview.h"
#include "findbar.h"
#include "mainwindow.h"
#include "outlinepanel.h"
#include "readercontroller.h"
#include "readerpane.h"
#include "readerview.h"
#include "searchcontroller.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace offprint;
using namespace offprint::gui;

namespace {

QString filler(int n)
{
    return QStringLiteral("Paragraph %1 of the guide explains one more detail about the reader, its layout "
                          "and the way a long text is set on the screen for comfortable reading.")
        .arg(n);
}

QString noteLine(int n)
{
    return QStringLiteral("Line %1 of these notes keeps the targets well below the first screen of text, "
                          "so that following a link has to move the view.")
        .arg(n);
}

// 48 paragraphs under four headings; "alpha" four times (any case, full width, inside a word);
// "zeppelin" once, near the end.
QString longGuide()
{
    QStringList blocks{QStringLiteral("This guide starts with an introduction.")};
    const QStringList headings{QStringLiteral("## Install the reader"), QStringLiteral("## Configure it"),
                               QStringLiteral("### Options of the layout"), QStringLiteral("## Troubleshooting")};
    for (int i = 1; i <= 48; ++i) {
        if (i % 12 == 1)
            blocks << headings[i / 12];
        QString text = filler(i);
        if (i == 3)
            text += QStringLiteral(" Alpha is the first letter.");
        if (i == 20)
            text += QStringLiteral(" ALPHA again.");
        if (i == 30)
            text += QStringLiteral(" Full width ａｌｐｈａ too.");
        if (i == 35)
            text += QStringLiteral(" The alphabet has it inside.");
        if (i == 44)
            text += QStringLiteral(" A zeppelin drifts by.");
        blocks << text;
    }
    return blocks.join(QStringLiteral("\n\n"));
}

// Stored Markdown with the dialect's internal targets (README, "Stored Markdown"): <a id> at the
// start of a paragraph and of a heading, links to them, and a footnote with its link back.
QString anchoredMarkdown()
{
    QStringList blocks{QStringLiteral("Read [the first note](#note-1) or [the later section](#later) or "
                                      "[nothing](#nowhere) or [the web](https://example.com/page). "
                                      "A claim with a source.[^1]")};
    for (int i = 1; i <= 30; ++i)
        blocks << noteLine(i);
    blocks << QStringLiteral("## <a id=\"later\"></a>The later section");
    for (int i = 31; i <= 45; ++i)
        blocks << noteLine(i);
    blocks << QStringLiteral("<a id=\"note-1\"></a>Note one: the target of the first link.");
    for (int i = 46; i <= 60; ++i)
        blocks << noteLine(i);
    blocks << QStringLiteral("[^1]: The source of the claim, at the end.");
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace

class TestReaderNav final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void internalLinkScrollsToItsTargetAndBackReturns();
    void hoveringALinkShowsItsAddress();
    void historyIsPerArticle();
    void findBarCountsAndMoves();
    void ctrlFFindsInTheReaderAndSearchesElsewhere();
    void outlineListsHeadingsAndJumps();
    void outlineIsHiddenForFewHeadings();
    void searchHitIsScrolledIntoView();
    void highlightsAndPlaceSurviveZoomAndTheme();

private:
    void openTitle(const QString &title);
    QPoint pointOf(const QString &text) const;
    QPoint pointAt(int position) const;
    bool visible(int position) const;
    QString lineAtTop() const;
    bool onTopLine(int position) const;
    QStringList selectedTexts() const;

    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ReaderView *m_reader = nullptr;
};

void TestReaderNav::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    const QDateTime base(QDate(2024, 6, 1), QTime(9, 0), QTimeZone::utc());
    const QList<Article> articles = {
        fixtures::article(QStringLiteral("Anchors and notes"), QStringLiteral("links.example"), QStringLiteral("en"),
                          anchoredMarkdown(), {}, base.addDays(-1)),
        fixtures::article(QStringLiteral("A short note"), QStringLiteral("notes.example"), QStringLiteral("en"),
                          QStringLiteral("One paragraph.\n\n## Only heading\n\nAnother paragraph."), {}, base),
        fixtures::article(QStringLiteral("A long guide to the reader"), QStringLiteral("guide.example"),
                          QStringLiteral("en"), longGuide(), {}, base.addDays(1)),
    };
    for (const Article &a : articles) {
        auto id = m_lib->library->articles().insert(a, {});
        QVERIFY(id.ok());
        m_lib->ids.append(*id);
    }
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectRow(0); // nothing opens by itself on start: as a click on the first article
    m_reader = m_window->reader();
    m_window->list()->setFocus();
}

void TestReaderNav::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestReaderNav::openTitle(const QString &title)
{
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        if (m_window->model()->index(row).data(ArticleListModel::TitleRole).toString() == title) {
            m_window->selectRow(row);
            QTest::qWait(20); // the reading place is restored after one turn of the event loop
            return;
        }
    }
    QFAIL(qPrintable(title));
}

QPoint TestReaderNav::pointOf(const QString &text) const
{
    const QTextCursor found = m_reader->document()->find(text);
    if (found.isNull())
        return {};
    return pointAt(found.selectionStart() + int(text.size()) / 2);
}

QPoint TestReaderNav::pointAt(int position) const
{
    QTextCursor cursor(m_reader->document());
    cursor.setPosition(position);
    const QRect start = m_reader->cursorRect(cursor);
    cursor.setPosition(position + 1);
    const QRect end = m_reader->cursorRect(cursor);
    return QPoint((start.left() + end.left()) / 2, start.center().y());
}

bool TestReaderNav::visible(int position) const
{
    QTextCursor cursor(m_reader->document());
    cursor.setPosition(position);
    const QRect rect = m_reader->cursorRect(cursor);
    return rect.top() >= 0 && rect.bottom() <= m_reader->viewport()->height();
}

QString TestReaderNav::lineAtTop() const
{
    QTextCursor cursor(m_reader->document());
    cursor.setPosition(m_reader->topPosition());
    cursor.movePosition(QTextCursor::EndOfLine, QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

bool TestReaderNav::onTopLine(int position) const
{
    QTextCursor cursor(m_reader->document());
    cursor.setPosition(m_reader->topPosition());
    cursor.movePosition(QTextCursor::EndOfLine);
    return position >= m_reader->topPosition() && position <= cursor.position();
}

QStringList TestReaderNav::selectedTexts() const
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection &selection : m_reader->extraSelections())
        texts << selection.cursor.selectedText();
    return texts;
}

void TestReaderNav::internalLinkScrollsToItsTargetAndBackReturns()
{
    openTitle(QStringLiteral("Anchors and notes"));
    QVERIFY(m_reader->documentHtml().contains(QStringLiteral("href=\"#note-1\"")));
    QScrollBar *bar = m_reader->verticalScrollBar();
    QCOMPARE(bar->value(), 0);
    const int note = m_reader->anchorPosition(QStringLiteral("note-1"));
    const int later = m_reader->anchorPosition(QStringLiteral("later"));
    QVERIFY(note > 0 && later > 0 && later < note);
    QVERIFY(!visible(note));
    QVERIFY(!m_window->actions().back->isEnabled());

    QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, {}, pointOf(QStringLiteral("the first note")));
    QVERIFY(bar->value() > 0);
    QVERIFY(visible(note));
    QVERIFY(lineAtTop().startsWith(QStringLiteral("Note one")));
    QVERIFY(m_window->actions().back->isEnabled());
    QVERIFY(!m_window->actions().forward->isEnabled());

    // Back (Alt+Left) returns to the top; Forward (Alt+Right) to the note; Backspace is Back too.
    m_reader->setFocus();
    QTest::keyClick(m_reader, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(bar->value(), 0);
    QVERIFY(m_window->actions().forward->isEnabled());
    QTest::keyClick(m_reader, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(visible(note));
    QTest::keyClick(m_reader, Qt::Key_Backspace);
    QCOMPARE(bar->value(), 0);
    QVERIFY(!m_window->actions().back->isEnabled());

    // A heading's id is a target too; a link to nothing and a web link move nothing here.
    QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, {}, pointOf(QStringLiteral("the later section")));
    QVERIFY(lineAtTop().startsWith(QStringLiteral("The later section")));
    m_window->actions().back->trigger();
    QCOMPARE(bar->value(), 0);
    QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, {}, pointOf(QStringLiteral("nothing")));
    QCOMPARE(bar->value(), 0);
    QVERIFY(!m_window->actions().back->isEnabled());

    // A footnote mark goes to its note at the end; the note's link goes back to the mark.
    const int footnote = m_reader->anchorPosition(QStringLiteral("footnote-1"));
    QVERIFY(footnote > note);
    const int mark = m_reader->anchorPosition(QStringLiteral("footnote-ref-1"));
    QVERIFY(mark > 0 && mark < note);
    QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, {}, pointAt(mark));
    QVERIFY2(visible(footnote), qPrintable(lineAtTop()));
    QVERIFY(bar->value() > 0);
    QTest::mouseClick(m_reader->viewport(), Qt::LeftButton, {}, pointOf(QStringLiteral("↩")));
    QVERIFY(visible(m_reader->anchorPosition(QStringLiteral("footnote-ref-1"))));
    QVERIFY(m_reader->canGoBack());
    m_reader->goBack();
    QVERIFY(visible(footnote));
    m_reader->goBack();
    QCOMPARE(bar->value(), 0);
}

void TestReaderNav::hoveringALinkShowsItsAddress()
{
    openTitle(QStringLiteral("Anchors and notes"));
    QTest::mouseMove(m_reader->viewport(), pointOf(QStringLiteral("the first note")));
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("#note-1"));
    QTest::mouseMove(m_reader->viewport(), pointOf(QStringLiteral("the web")));
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("https://example.com/page"));
    QTest::mouseMove(m_reader->viewport(), pointOf(QStringLiteral("Line 1 of")));
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), QString());
}

void TestReaderNav::historyIsPerArticle()
{
    openTitle(QStringLiteral("Anchors and notes"));
    QVERIFY(m_reader->followAnchor(QStringLiteral("note-1")));
    QVERIFY(m_window->actions().back->isEnabled());
    openTitle(QStringLiteral("A short note"));
    QCOMPARE(m_window->readerController()->article()->meta.title, QStringLiteral("A short note"));
    QVERIFY(!m_reader->canGoBack());
    QVERIFY(!m_window->actions().back->isEnabled());
}

void TestReaderNav::findBarCountsAndMoves()
{
    openTitle(QStringLiteral("A long guide to the reader"));
    FindBar *bar = m_window->readerPane()->findBar();
    QVERIFY(!bar->isVisible());
    m_window->actions().findInArticle->trigger();
    QVERIFY(bar->isVisible());
    QCOMPARE(QApplication::focusWidget(), bar->field());
    QTest::keyClicks(bar->field(), QStringLiteral("alpha"));
    QCOMPARE(m_reader->findCount(), 4);
    QCOMPARE(bar->count()->text(), QStringLiteral("1 of 4"));
    QCOMPARE(selectedTexts(), QStringList({QStringLiteral("Alpha"), QStringLiteral("ALPHA"),
                                           QStringLiteral("ａｌｐｈａ"), QStringLiteral("alpha")}));

    auto currentVisible = [this] { return visible(m_reader->findMatches().at(m_reader->findIndex()).start); };
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(bar->count()->text(), QStringLiteral("2 of 4"));
    QVERIFY(currentVisible());
    QVERIFY(m_reader->verticalScrollBar()->value() > 0);
    QTest::keyClick(bar->field(), Qt::Key_F3);
    QCOMPARE(bar->count()->text(), QStringLiteral("3 of 4"));
    QVERIFY(currentVisible());
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->count()->text(), QStringLiteral("2 of 4"));
    QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(bar->field(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(bar->count()->text(), QStringLiteral("4 of 4")); // wraps around
    QVERIFY(currentVisible());

    QTest::keyClicks(bar->field(), QStringLiteral("zz"));
    QCOMPARE(bar->count()->text(), QStringLiteral("No matches"));
    QVERIFY(m_reader->extraSelections().isEmpty());

    // Esc closes the bar, removes its matches and leaves the library search alone.
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_reader);
    QCOMPARE(m_reader->findCount(), 0);
    QVERIFY(m_reader->extraSelections().isEmpty());
}

void TestReaderNav::ctrlFFindsInTheReaderAndSearchesElsewhere()
{
    openTitle(QStringLiteral("A long guide to the reader"));
    m_window->list()->setFocus();
    QTest::keyClick(m_window->list(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->search()->field());
    QVERIFY(!m_window->readerPane()->findBar()->isVisible());
    m_reader->setFocus();
    QTest::keyClick(m_reader, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->readerPane()->findBar()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_window->readerPane()->findBar()->field());
}

void TestReaderNav::outlineListsHeadingsAndJumps()
{
    openTitle(QStringLiteral("A long guide to the reader"));
    OutlinePanel *outline = m_window->readerPane()->outline();
    QAction *toggle = m_window->actions().outline;
    QVERIFY(toggle->isEnabled());
    QVERIFY(!outline->isVisible());
    // The panel narrows the reader; the text that was at the top stays on the top line.
    m_reader->verticalScrollBar()->setValue(m_reader->verticalScrollBar()->maximum() / 2);
    const int top = m_reader->topPosition();
    const int width = m_reader->viewport()->width();
    QTest::keyClick(m_window->list(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(toggle->isChecked());
    QVERIFY(outline->isVisible());
    QVERIFY(m_reader->viewport()->width() < width);
    QVERIFY2(onTopLine(top), qPrintable(lineAtTop()));
    QListWidget *list = outline->list();
    QCOMPARE(list->count(), 4);
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text().trimmed();
    QCOMPARE(texts, QStringList({QStringLiteral("Install the reader"), QStringLiteral("Configure it"),
                                 QStringLiteral("Options of the layout"), QStringLiteral("Troubleshooting")}));
    QVERIFY(list->item(2)->text().startsWith(QChar(0x2002))); // a level-3 heading is indented

    // Enter on the last heading scrolls the reader to it.
    QCOMPARE(QApplication::focusWidget(), list);
    list->setCurrentRow(3);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(m_reader->verticalScrollBar()->value() > 0);
    QCOMPARE(lineAtTop(), QStringLiteral("Troubleshooting"));
    // A click on another one too; the outline follows the reading place.
    const QRect second = list->visualItemRect(list->item(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(lineAtTop(), QStringLiteral("Configure it"));
    QCOMPARE(list->currentRow(), 1);
    m_reader->verticalScrollBar()->setValue(m_reader->verticalScrollBar()->maximum());
    QCOMPARE(list->currentRow(), 3);

    toggle->trigger();
    QVERIFY(!outline->isVisible());
}

void TestReaderNav::outlineIsHiddenForFewHeadings()
{
    m_window->actions().outline->setEnabled(true);
    m_window->actions().outline->setChecked(true);
    openTitle(QStringLiteral("A short note"));
    QCOMPARE(m_reader->outline().size(), 1);
    QVERIFY(!m_window->actions().outline->isEnabled());
    QVERIFY(!m_window->readerPane()->outline()->isVisible());
    openTitle(QStringLiteral("A long guide to the reader"));
    QVERIFY(m_window->actions().outline->isEnabled());
    QVERIFY(m_window->readerPane()->outline()->isVisible());
}

void TestReaderNav::searchHitIsScrolledIntoView()
{
    m_window->search()->setQuery(QStringLiteral("zeppelin"));
    QCOMPARE(m_window->model()->rowCount(), 1);
    QTRY_COMPARE(m_window->readerController()->current(), m_lib->ids.last());
    QCOMPARE(m_reader->termMatches().size(), 1);
    const int match = m_reader->termMatches().first().start;
    QTRY_VERIFY(m_reader->verticalScrollBar()->value() > 0);
    QVERIFY(visible(match));
    QCOMPARE(selectedTexts(), QStringList{QStringLiteral("zeppelin")});
}

void TestReaderNav::highlightsAndPlaceSurviveZoomAndTheme()
{
    m_window->search()->setQuery(QStringLiteral("guide"));
    QTRY_COMPARE(m_window->readerController()->current(), m_lib->ids.last());
    m_window->actions().findInArticle->trigger();
    QTest::keyClicks(m_window->readerPane()->findBar()->field(), QStringLiteral("alpha"));
    QCOMPARE(m_reader->findCount(), 4);
    QScrollBar *bar = m_reader->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const int top = m_reader->topPosition();
    const QStringList marks = selectedTexts();
    QVERIFY(marks.size() > 4); // the search term in every paragraph, and the four find matches
    QVERIFY(marks.contains(QStringLiteral("guide")) && marks.contains(QStringLiteral("ALPHA")));
    const int fontBefore = QFontInfo(m_reader->document()->defaultFont()).pixelSize();

    const QList<QAction *> changes{m_window->actions().zoomIn, m_window->actions().zoomIn,
                                   m_window->actions().zoomOut, m_window->actions().themeDark,
                                   m_window->actions().themeSepia, m_window->actions().zoomReset};
    // Lines wrap differently at another size: the text that was at the top is on the top line.
    for (QAction *change : changes) {
        const int size = QFontInfo(m_reader->document()->defaultFont()).pixelSize();
        const QColor background = m_reader->palette().color(QPalette::Base);
        change->trigger();
        QVERIFY(size != QFontInfo(m_reader->document()->defaultFont()).pixelSize()
                || background != m_reader->palette().color(QPalette::Base));
        QCOMPARE(selectedTexts(), marks);
        QVERIFY2(onTopLine(top), qPrintable(change->objectName() + QLatin1String(": ") + lineAtTop()));
        QCOMPARE(m_reader->findCount(), 4);
    }
    QVERIFY(m_reader->document()->defaultStyleSheet().contains(QStringLiteral("#")));
    QCOMPARE(QFontInfo(m_reader->document()->defaultFont()).pixelSize(), fontBefore);
}

QTEST_MAIN(TestReaderNav)
#include "tst_readernav.moc"
