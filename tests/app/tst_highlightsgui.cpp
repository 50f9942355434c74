// Highlights in the reader, driven through the real window offscreen: a selection and the H key make
// a stored highlight at the plain-text place the `highlights` command counts in, drawn in the
// article; notes and colours change it; undo takes each step back; zoom and theme keep it drawn.
#include "fixtures.h"

#include "actions.h"
#include "articlelistmodel.h"
#include "annotate/anchor.h"
#include "highlightcontroller.h"
#include "highlightspanel.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "readerpane.h"
#include "readerview.h"
#include "settings.h"
#include "storage/highlightrepository.h"

#include <QAction>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace offprint;
using namespace offprint::gui;

namespace {

// "apples" twice, so that only the context tells the two apart; a list and a heading between.
const QString kMarkdown = QStringLiteral("An orchard keeps apples in the first row.\n\n"
                                         "## Pears\n\n"
                                         "- pears and plums\n- cherries\n\n"
                                         "The last row has apples too, and *quinces* by the gate.");

qint64 codePoints(const QString &text, qsizetype index)
{
    return text.left(index).toUcs4().size();
}

} // namespace

class TestHighlightsGui final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void selectionAndHMakeAStoredDrawnHighlight();
    void noteColourAndRemoveAreUndone();
    void highlightSurvivesZoomAndTheme();
    void nothingSelectedMakesNothing();
    void panelListsQuotesWithNotes();

private:
    // Selects the `nth` (0-based) occurrence of `text` in the reader's document and presses H.
    void highlight(const QString &text, int nth = 0);
    QStringList drawn() const;

    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ReaderView *m_reader = nullptr;
    ArticleId m_id = 0;
};

void TestHighlightsGui::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    const QDateTime base(QDate(2024, 6, 1), QTime(9, 0), QTimeZone::utc());
    auto id = m_lib->library->articles().insert(
        fixtures::article(QStringLiteral("Orchard notes"), QStringLiteral("garden.example"), QStringLiteral("en"),
                          kMarkdown, {}, base),
        {});
    QVERIFY(id.ok());
    m_id = *id;
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_reader = m_window->reader();
    m_window->readerController()->open(m_id);
    QCOMPARE(m_window->readerController()->current(), m_id);
}

void TestHighlightsGui::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestHighlightsGui::highlight(const QString &text, int nth)
{
    const QString doc = m_reader->document()->toPlainText();
    qsizetype at = -1;
    for (int i = 0; i <= nth; ++i)
        at = doc.indexOf(text, at + 1);
    QVERIFY2(at >= 0, qPrintable(text));
    QTextCursor cursor(m_reader->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + text.size()), QTextCursor::KeepAnchor);
    m_reader->setTextCursor(cursor);
    m_reader->setFocus();
    QTest::keyClick(m_reader, Qt::Key_H);
}

QStringList TestHighlightsGui::drawn() const
{
    const QString doc = m_reader->document()->toPlainText();
    QStringList texts;
    for (const auto &mark : m_reader->annotations())
        texts << doc.mid(mark.range.start, mark.range.length);
    return texts;
}

void TestHighlightsGui::selectionAndHMakeAStoredDrawnHighlight()
{
    // The second "apples": its context, not the first occurrence, decides.
    highlight(QStringLiteral("apples"), 1);
    const QList<Highlight> stored = m_lib->library->highlights().forArticle(m_id);
    QCOMPARE(stored.size(), 1);
    const QString plain = annotate::articleText(kMarkdown);
    const qsizetype second = plain.indexOf(QStringLiteral("apples"), plain.indexOf(QStringLiteral("apples")) + 1);
    QCOMPARE(stored[0].quote, QStringLiteral("apples"));
    QCOMPARE(stored[0].position, std::optional<qint64>(codePoints(plain, second)));
    QCOMPARE(stored[0].color, QStringLiteral("yellow"));
    QVERIFY(stored[0].prefix.endsWith(QStringLiteral("The last row has ")));
    QCOMPARE(drawn(), QStringList{QStringLiteral("apples")});
    // Drawn where it was selected: the second occurrence in the document too.
    const QString doc = m_reader->document()->toPlainText();
    QCOMPARE(m_reader->annotations()[0].range.start,
             int(doc.indexOf(QStringLiteral("apples"), doc.indexOf(QStringLiteral("apples")) + 1)));

    // Across a list item and the following paragraph; the same quote as the core's own matcher finds.
    highlight(QStringLiteral("cherries\nThe last row"));
    const QList<Highlight> both = m_lib->library->highlights().forArticle(m_id);
    QCOMPARE(both.size(), 2);
    const qsizetype cherries = plain.indexOf(QStringLiteral("cherries"));
    const qsizetype lastRow = plain.indexOf(QStringLiteral("The last row")) + 12;
    QCOMPARE(both[0].quote, plain.mid(cherries, lastRow - cherries));
    QCOMPARE(both[0].position, std::optional<qint64>(codePoints(plain, plain.indexOf(QStringLiteral("cherries")))));
    QCOMPARE(drawn().size(), 2);
    QVERIFY(drawn().contains(QStringLiteral("cherries\nThe last row")));

    // The article list marks the article with its count.
    ArticleListModel *model = m_window->model();
    QCOMPARE(model->index(model->rowOf(m_id)).data(ArticleListModel::HighlightCountRole).toInt(), 2);

    // Undo removes the last one, from the store and the article; redo brings it back.
    m_window->undoStack()->undo();
    QCOMPARE(m_lib->library->highlights().forArticle(m_id).size(), 1);
    QCOMPARE(drawn(), QStringList{QStringLiteral("apples")});
    QCOMPARE(model->index(model->rowOf(m_id)).data(ArticleListModel::HighlightCountRole).toInt(), 1);
    m_window->undoStack()->redo();
    QCOMPARE(m_lib->library->highlights().forArticle(m_id).size(), 2);
    QCOMPARE(drawn().size(), 2);
}

void TestHighlightsGui::noteColourAndRemoveAreUndone()
{
    highlight(QStringLiteral("pears and plums"));
    HighlightController *controller = m_window->highlights();
    QCOMPARE(controller->highlights().size(), 1);
    const HighlightId id = controller->highlights()[0].id;
    auto &repo = m_lib->library->highlights();

    QVERIFY(controller->setNote(id, QStringLiteral("Ask about the **plums**.")));
    QCOMPARE(repo.get(id)->note, QStringLiteral("Ask about the **plums**."));
    QVERIFY(controller->setColor(id, QStringLiteral("green")));
    QCOMPARE(repo.get(id)->color, QStringLiteral("green"));
    QCOMPARE(controller->lastColor(), QStringLiteral("green"));
    QCOMPARE(m_reader->annotations()[0].color, HighlightController::colorOf(QStringLiteral("green")));
    QVERIFY(controller->remove(id));
    QVERIFY(!repo.get(id));
    QVERIFY(m_reader->annotations().isEmpty());

    QUndoStack *undo = m_window->undoStack();
    undo->undo(); // the removal
    QVERIFY(repo.get(id));
    QCOMPARE(drawn(), QStringList{QStringLiteral("pears and plums")});
    undo->undo(); // the colour
    QCOMPARE(repo.get(id)->color, QStringLiteral("yellow"));
    QCOMPARE(repo.get(id)->note, QStringLiteral("Ask about the **plums**."));
    undo->undo(); // the note
    QCOMPARE(repo.get(id)->note, QString());
    undo->undo(); // the highlight
    QVERIFY(repo.forArticle(m_id).isEmpty());
    QVERIFY(m_reader->annotations().isEmpty());

    // The next highlight takes the last colour chosen.
    highlight(QStringLiteral("quinces"));
    QCOMPARE(repo.forArticle(m_id).value(0).color, QStringLiteral("green"));
}

void TestHighlightsGui::highlightSurvivesZoomAndTheme()
{
    highlight(QStringLiteral("first row"));
    QCOMPARE(drawn(), QStringList{QStringLiteral("first row")});
    const auto &a = m_window->actions();
    for (QAction *change : {a.zoomIn, a.themeDark, a.themeSepia, a.zoomReset}) {
        change->trigger();
        QCOMPARE(drawn(), QStringList{QStringLiteral("first row")});
        // Drawn in the extra selections, coloured for this theme.
        bool found = false;
        for (const auto &selection : m_reader->extraSelections())
            found = found || selection.cursor.selectedText() == QStringLiteral("first row");
        QVERIFY2(found, qPrintable(change->objectName()));
    }
    // Opened again, it is drawn again from the store.
    m_window->readerController()->close();
    m_window->readerController()->open(m_id);
    QCOMPARE(drawn(), QStringList{QStringLiteral("first row")});
}

void TestHighlightsGui::nothingSelectedMakesNothing()
{
    m_reader->setFocus();
    QTest::keyClick(m_reader, Qt::Key_H);
    QVERIFY(m_lib->library->highlights().forArticle(m_id).isEmpty());
    QVERIFY(!m_window->highlights()->highlightSelection());
}

void TestHighlightsGui::panelListsQuotesWithNotes()
{
    HighlightsPanel *panel = m_window->highlightsPanel();
    QVERIFY(!panel->isVisible()); // no highlights yet
    highlight(QStringLiteral("quinces"));
    highlight(QStringLiteral("first row"));
    // On a narrow window the panel gives way so that the article keeps a readable width; the
    // highlights stay drawn in the text. Wide enough, it shows.
    const QSize before = m_window->size();
    m_window->resize(900, before.height());
    QTRY_VERIFY(m_window->readerPane()->width() < ReaderPane::kMinReadingWidth + panel->minimumWidth());
    QVERIFY(!panel->isVisible());
    QCOMPARE(drawn().size(), 2);
    m_window->resize(1500, before.height());
    QTRY_VERIFY(panel->isVisible());
    QVERIFY(m_reader->width() >= ReaderPane::kMinReadingWidth - m_reader->verticalScrollBar()->width());
    QCOMPARE(panel->list()->count(), 2);
    // Text order, not the order they were made in.
    QVERIFY(panel->list()->item(0)->text().contains(QStringLiteral("first row")));
    QVERIFY(panel->list()->item(1)->text().contains(QStringLiteral("quinces")));
    HighlightController *controller = m_window->highlights();
    QVERIFY(controller->setNote(controller->highlights()[1].id, QStringLiteral("by the gate")));
    QVERIFY(panel->list()->item(1)->text().contains(QStringLiteral("by the gate")));
    // Clicking one scrolls the reader to it.
    QSignalSpy spy(panel, &HighlightsPanel::highlightActivated);
    emit panel->list()->itemClicked(panel->list()->item(1));
    QCOMPARE(spy.size(), 1);
    const QString doc = m_reader->document()->toPlainText();
    QCOMPARE(spy[0][0].toInt(), int(doc.indexOf(QStringLiteral("quinces"))));
}

QTEST_MAIN(TestHighlightsGui)
#include "tst_highlightsgui.moc"
