// The All highlights view, driven through the real window offscreen: the sidebar entry shows every
// highlight of the library grouped by article, newest first; the filter narrows by quote, note and
// title; orphaned ones are listed and can be shown alone; Enter or a click opens the article in the
// reader scrolled to the highlight; the menus and the shortcut list name H.
#include "fixtures.h"

#include "actions.h"
#include "allhighlightsview.h"
#include "articlelistview.h"
#include "highlightcontroller.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "readerview.h"
#include "settings.h"
#include "sidebar.h"
#include "storage/highlightrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>

using namespace offprint;
using namespace offprint::gui;

namespace {

// Long enough that the reader has to scroll to the last paragraph.
QString orchardMarkdown()
{
    QString md = QStringLiteral("An orchard keeps apples in the first row.\n\n");
    for (int i = 1; i <= 40; ++i)
        md += QStringLiteral("Row %1 is planted with pears, plums and cherries along a dry stone wall.\n\n").arg(i);
    md += QStringLiteral("At the far end, quinces ripen by the gate in late October.");
    return md;
}

const QString kRiver = QStringLiteral("The survey counted herons along the river.\n\n"
                                      "Grey wagtails nest under the old ford bridge every spring.");

} // namespace

class TestAllHighlights final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEveryHighlightGroupedNewestFirst();
    void filterNarrowsByQuoteNoteAndTitle();
    void orphanedOnesAreListedAndMarked();
    void enterOpensTheArticleAtTheHighlight();
    void changesInTheReaderShowInTheView();
    void menusAndShortcutListNameH();
    void deleteRemovesTheHighlightNotTheArticle();

private:
    // The rows of the view: "# title" for a group header, the quote for a highlight.
    QStringList rows() const;
    HighlightId add(ArticleId article, const QString &quote, const QString &note = {}, const QString &color = {});
    void showView();

    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    AllHighlightsView *m_view = nullptr;
    ArticleId m_orchard = 0;
    ArticleId m_river = 0;
    ArticleId m_plain = 0;
};

void TestAllHighlights::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    const QDateTime base(QDate(2024, 6, 1), QTime(9, 0), QTimeZone::utc());
    auto &articles = m_lib->library->articles();
    auto orchard = articles.insert(fixtures::article(QStringLiteral("Orchard notes"), QStringLiteral("garden.example"),
                                                     QStringLiteral("en"), orchardMarkdown(), {}, base),
                                   {});
    auto river = articles.insert(fixtures::article(QStringLiteral("River survey"), QStringLiteral("birds.example"),
                                                   QStringLiteral("en"), kRiver, {}, base.addDays(1)),
                                 {});
    auto plain = articles.insert(fixtures::article(QStringLiteral("Nothing marked"), QStringLiteral("plain.example"),
                                                   QStringLiteral("en"), QStringLiteral("No highlights here."), {},
                                                   base.addDays(2)),
                                 {});
    QVERIFY(orchard.ok() && river.ok() && plain.ok());
    m_orchard = *orchard;
    m_river = *river;
    m_plain = *plain;
    // Made in this order: the orchard's first, the river's, the orchard's last (the newest).
    add(m_orchard, QStringLiteral("apples in the first row"), {}, QStringLiteral("green"));
    add(m_river, QStringLiteral("herons along the river"), QStringLiteral("Count them again in May."));
    add(m_orchard, QStringLiteral("quinces ripen by the gate"), QStringLiteral("Ask for a cutting"),
        QStringLiteral("pink"));

    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 600);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_view = m_window->allHighlights();
    QVERIFY(!m_view->isVisible()); // the article list is shown first
}

void TestAllHighlights::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

HighlightId TestAllHighlights::add(ArticleId article, const QString &quote, const QString &note, const QString &color)
{
    storage::NewHighlight spec;
    spec.quote = quote;
    spec.note = note;
    spec.color = color;
    auto added = m_lib->library->highlights().add(article, spec);
    if (!added.ok())
        qWarning("%s", qPrintable(added.errorMessage()));
    return added.ok() ? added->id : 0;
}

QStringList TestAllHighlights::rows() const
{
    QStringList out;
    QTreeWidget *tree = m_view->tree();
    if (!tree->isVisible())
        return out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        out << QStringLiteral("# ") + group->text(0);
        for (int j = 0; j < group->childCount(); ++j)
            out << group->child(j)->text(0);
    }
    return out;
}

void TestAllHighlights::showView()
{
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::Highlights, {}}));
    QVERIFY(m_view->isVisible());
}

void TestAllHighlights::listsEveryHighlightGroupedNewestFirst()
{
    // The sidebar entry counts them.
    QTreeWidget *sidebar = m_window->sidebar();
    QList<QTreeWidgetItem *> entries = sidebar->findItems(QStringLiteral("Highlights"), Qt::MatchExactly, 0);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0]->text(1), QStringLiteral("3"));
    showView();
    QCOMPARE(rows(), (QStringList{QStringLiteral("# Orchard notes"), QStringLiteral("quinces ripen by the gate"),
                                  QStringLiteral("apples in the first row"), QStringLiteral("# River survey"),
                                  QStringLiteral("herons along the river")}));
    QTreeWidgetItem *newest = m_view->tree()->topLevelItem(0)->child(0);
    QCOMPARE(newest->data(0, AllHighlightsView::NoteRole).toString(), QStringLiteral("Ask for a cutting"));
    QCOMPARE(newest->data(0, AllHighlightsView::ColorRole).toString(), QStringLiteral("pink"));
    QCOMPARE(m_view->tree()->topLevelItem(0)->data(0, AllHighlightsView::CountRole).toInt(), 2);
    // The newest highlight is current, ready for Enter.
    QCOMPARE(m_view->tree()->currentItem(), newest);
    // Back to the articles: the list is there again, with all three.
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::All, {}}));
    QVERIFY(!m_view->isVisible());
    QVERIFY(m_window->list()->isVisible());
}

void TestAllHighlights::filterNarrowsByQuoteNoteAndTitle()
{
    showView();
    QLineEdit *filter = m_view->filterField();
    QTest::keyClicks(filter, QStringLiteral("HERONS")); // the quote, any case
    QCOMPARE(rows(), (QStringList{QStringLiteral("# River survey"), QStringLiteral("herons along the river")}));
    filter->setText(QStringLiteral("cutting")); // only in a note
    QCOMPARE(rows(), (QStringList{QStringLiteral("# Orchard notes"), QStringLiteral("quinces ripen by the gate")}));
    filter->setText(QStringLiteral("orchard")); // only in the title
    QCOMPARE(rows().size(), 3);
    QVERIFY(rows().startsWith(QStringLiteral("# Orchard notes")));
    filter->setText(QStringLiteral("no such words"));
    QVERIFY(rows().isEmpty());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("allHighlightsEmpty"))->isVisible());
    filter->clear();
    QCOMPARE(rows().size(), 5);
}

void TestAllHighlights::orphanedOnesAreListedAndMarked()
{
    // The river article re-extracted without the herons' sentence: its highlight is kept, orphaned.
    auto article = m_lib->library->articles().get(m_river);
    QVERIFY(article);
    article->markdown = QStringLiteral("Grey wagtails nest under the old ford bridge every spring.");
    article->text = article->markdown;
    QVERIFY(m_lib->library->articles().replaceContent(m_river, *article).ok());
    showView();
    QCOMPARE(rows().size(), 5); // still listed with the others
    QTreeWidgetItem *orphan = m_view->tree()->topLevelItem(1)->child(0);
    QCOMPARE(orphan->text(0), QStringLiteral("herons along the river"));
    QVERIFY(orphan->data(0, AllHighlightsView::OrphanedRole).toBool());
    QCOMPARE(orphan->data(0, AllHighlightsView::NoteRole).toString(), QStringLiteral("Count them again in May."));
    QVERIFY(!m_view->tree()->topLevelItem(0)->child(0)->data(0, AllHighlightsView::OrphanedRole).toBool());
    // Only the orphaned ones.
    m_view->orphanedToggle()->setChecked(true);
    QCOMPARE(rows(), (QStringList{QStringLiteral("# River survey"), QStringLiteral("herons along the river")}));
    m_view->orphanedToggle()->setChecked(false);
    QCOMPARE(rows().size(), 5);
    // Opening an orphaned one opens its article and says why it is not shown.
    m_view->tree()->setCurrentItem(m_view->tree()->topLevelItem(1)->child(0));
    m_view->tree()->setFocus();
    QTest::keyClick(m_view->tree(), Qt::Key_Return);
    QCOMPARE(m_window->readerController()->current(), m_river);
}

void TestAllHighlights::enterOpensTheArticleAtTheHighlight()
{
    m_window->readerController()->open(m_plain);
    showView();
    QTreeWidget *tree = m_view->tree();
    tree->setFocus();
    // Arrows move without opening anything.
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("apples in the first row"));
    QTest::keyClick(tree, Qt::Key_Up);
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("quinces ripen by the gate"));
    QCOMPARE(m_window->readerController()->current(), m_plain);
    // Enter opens the orchard at its last paragraph, far below the top.
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(m_window->readerController()->current(), m_orchard);
    ReaderView *reader = m_window->reader();
    const int at = int(reader->document()->toPlainText().indexOf(QStringLiteral("quinces ripen")));
    QVERIFY(at > 0);
    QTRY_VERIFY(reader->verticalScrollBar()->value() > 0);
    QTextCursor cursor(reader->document());
    cursor.setPosition(at);
    const QRect rect = reader->cursorRect(cursor);
    QVERIFY2(rect.top() >= 0 && rect.bottom() <= reader->viewport()->height(),
             qPrintable(QStringLiteral("%1..%2 of %3").arg(rect.top()).arg(rect.bottom()).arg(reader->viewport()->height())));
    // A click on the river's highlight opens the river article.
    QTreeWidgetItem *river = tree->topLevelItem(1)->child(0);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(river).center());
    QCOMPARE(m_window->readerController()->current(), m_river);
}

void TestAllHighlights::changesInTheReaderShowInTheView()
{
    showView();
    // Highlighting in the reader while the view is shown lists the new one first.
    m_window->readerController()->open(m_river);
    ReaderView *reader = m_window->reader();
    const QString doc = reader->document()->toPlainText();
    const qsizetype at = doc.indexOf(QStringLiteral("old ford bridge"));
    QVERIFY(at > 0);
    QTextCursor cursor(reader->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + 15), QTextCursor::KeepAnchor);
    reader->setTextCursor(cursor);
    reader->setFocus();
    QTest::keyClick(reader, Qt::Key_H);
    QCOMPARE(rows().value(0), QStringLiteral("# River survey"));
    QCOMPARE(rows().value(1), QStringLiteral("old ford bridge"));
    QCOMPARE(rows().size(), 6);
    // Undo takes it out of the view too.
    m_window->undoStack()->undo();
    QCOMPARE(rows().size(), 5);
    QCOMPARE(rows().value(0), QStringLiteral("# Orchard notes"));
}

void TestAllHighlights::menusAndShortcutListNameH()
{
    const Actions &a = m_window->actions();
    QVERIFY(a.highlight);
    QCOMPARE(a.highlight->shortcut(), QKeySequence(Qt::Key_H));
    QVERIFY(a.all().contains(a.highlight)); // the shortcut list shows every action of all()
    QVERIFY(a.all().contains(a.allHighlights));
    // In the Article menu.
    bool inMenu = false;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->menu() && menu->text().remove(QLatin1Char('&')) == QStringLiteral("Article"))
            inMenu = menu->menu()->actions().contains(a.highlight);
    QVERIFY(inMenu);
    // The menu's action is the one H triggers in the reader.
    QCOMPARE(m_window->highlights()->highlightAction(), a.highlight);
    // Ctrl+Shift+H shows the view with the keyboard in it.
    a.allHighlights->trigger();
    QVERIFY(m_view->isVisible());
    QCOMPARE(m_window->sidebar()->current().kind, SidebarEntry::Kind::Highlights);
    QVERIFY(m_view->tree()->hasFocus());
}

void TestAllHighlights::deleteRemovesTheHighlightNotTheArticle()
{
    m_window->selectRow(0); // the hidden list has a current article (nothing is selected on start)
    QVERIFY(m_window->currentId() != 0);
    showView();
    QTreeWidget *tree = m_view->tree();
    tree->setFocus();
    const qint64 articles = m_lib->library->articles().count({});
    QTest::keyClick(tree, Qt::Key_Down); // "apples in the first row"
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(m_lib->library->articles().count({}), articles);
    QCOMPARE(rows(), (QStringList{QStringLiteral("# Orchard notes"), QStringLiteral("quinces ripen by the gate"),
                                  QStringLiteral("# River survey"), QStringLiteral("herons along the river")}));
    QCOMPARE(m_lib->library->highlights().forArticle(m_orchard).size(), 1);
    // The row below took its place; the hidden list's one-key commands do nothing here.
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("River survey"));
    const bool starred = m_lib->library->articles().get(m_window->currentId())->starred;
    QTest::keyClick(tree, Qt::Key_S);
    QCOMPARE(m_lib->library->articles().get(m_window->currentId())->starred, starred);
    // Undone like any change of a highlight.
    m_window->undoStack()->undo();
    QCOMPARE(m_lib->library->highlights().forArticle(m_orchard).size(), 2);
    QCOMPARE(rows().size(), 5);
}

QTEST_MAIN(TestAllHighlights)
#include "tst_allhighlights.moc"
