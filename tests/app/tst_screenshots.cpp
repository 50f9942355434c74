#include "fixtures.h"

#include "allhighlightsview.h"
#include "highlightspanel.h"
#include "mainwindow.h"
#include "sidebar.h"
#include "storage/highlightrepository.h"
#include "readercontroller.h"
#include "readerview.h"
#include "searchcontroller.h"
#include "articlelistmodel.h"
#include "settings.h"
#include "sidebar.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHeaderView>
#include <QImage>
#include "articlelistview.h"
#include <QTest>
#include <QTreeWidget>
#include <QTextDocument>

using namespace offprint::gui;

// Writes PNGs of the whole window with a Chinese article open, in the light and the dark theme, into
// the build folder (screenshots/), and checks that the pixels match the theme.
class TestScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void window_data();
    void window();
    void reader_data();
    void reader();
    void highlights();
    void sizes_data();
    void sizes();

private:
    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, offprint::ArticleId> m_structured; // structuredArticles() by name
};

void TestScreenshots::initTestCase()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    QVERIFY(m_lib->populate());
    const QDateTime saved(QDate(2024, 4, 1), QTime(9, 0), QTimeZone::utc()); // older: listed after the four
    for (const auto &[name, article] : fixtures::structuredArticles(saved)) {
        auto id = m_lib->library->articles().insert(article, {});
        QVERIFY(id.ok());
        m_structured.insert(name, *id);
    }
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1360, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectRow(0); // nothing opens by itself on start
}

void TestScreenshots::cleanupTestCase()
{
    m_window.reset();
}

void TestScreenshots::window_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<double>("position");
    QTest::addColumn<QString>("query");
    QTest::newRow("light") << QStringLiteral("light") << false << 0.0 << QString();
    QTest::newRow("sepia") << QStringLiteral("sepia") << false << 0.0 << QString();
    QTest::newRow("dark") << QStringLiteral("dark") << true << 0.0 << QString();
    QTest::newRow("dark-end") << QStringLiteral("dark") << true << 1.0 << QString();
    QTest::newRow("light-search") << QStringLiteral("light") << false << 0.0 << QStringLiteral("芯片 OR checkpoint");
}

void TestScreenshots::window()
{
    QFETCH(QString, theme);
    QFETCH(bool, dark);
    QFETCH(double, position);
    QFETCH(QString, query);
    m_settings->setTheme(Settings::themeFromKey(theme));
    m_window->search()->setQuery(query);
    if (!query.isEmpty())
        QVERIFY(m_window->model()->rowCount() >= 2);
    m_window->list()->setFocus();
    QTest::qWait(100);
    m_window->reader()->setPosition(position);
    QVERIFY(m_window->reader()->document()->toPlainText().contains(QStringLiteral("国产芯片")));
    const QImage shot = m_window->grab().toImage();
    QVERIFY(!shot.isNull());
    const QString folder = QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("mainwindow-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(shot.save(path));
    qInfo("wrote %s", qPrintable(path));
    // The reader's background, near the right edge of the window, follows the theme.
    const QColor reader = shot.pixelColor(shot.width() - 30, shot.height() / 2);
    QCOMPARE(reader.lightnessF() < 0.3, dark);
}

void TestScreenshots::reader_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("theme");
    for (const QString &article : {QStringLiteral("english"), QStringLiteral("chinese"), QStringLiteral("rtl"),
                                   QStringLiteral("wikipedia"), QStringLiteral("code")}) {
        for (const QString &theme : {QStringLiteral("light"), QStringLiteral("sepia"), QStringLiteral("dark")})
            QTest::newRow(qPrintable(article + QLatin1Char('-') + theme)) << article << theme;
    }
}

// The reader on each kind of article in each theme (README shows two of these).
void TestScreenshots::reader()
{
    QFETCH(QString, article);
    QFETCH(QString, theme);
    m_settings->setTheme(Settings::themeFromKey(theme));
    m_window->search()->setQuery(QString());
    const offprint::ArticleId id = article == QLatin1String("chinese") ? m_lib->ids.last() : m_structured.value(article);
    QVERIFY(id > 0);
    m_window->readerController()->open(id);
    QTest::qWait(50);
    const QTextDocument *doc = m_window->reader()->document();
    QVERIFY(!doc->toPlainText().isEmpty());
    // Latin articles are set in a Latin font: English curly quotes are not drawn with a CJK font.
    const QString family = QFontInfo(doc->defaultFont()).family();
    if (article == QLatin1String("chinese"))
        QVERIFY2(family.contains(QLatin1String("CJK")), qPrintable(family));
    else if (QFontDatabase::families().contains(QStringLiteral("Noto Serif")))
        QVERIFY2(!family.contains(QLatin1String("CJK")), qPrintable(family));
    const QImage shot = m_window->grab().toImage();
    const QString folder = QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("reader-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(shot.save(path));
    const QColor reader = shot.pixelColor(shot.width() - 30, shot.height() / 2);
    QCOMPARE(reader.lightnessF() < 0.3, theme == QLatin1String("dark"));
}

// Highlights in three colours with notes, the article's highlights panel open; then the All highlights
// view over three articles (README shows both).
void TestScreenshots::highlights()
{
    m_settings->setTheme(Settings::themeFromKey(QStringLiteral("light")));
    m_window->search()->setQuery(QString());
    QHash<QString, offprint::ArticleId> byTitle;
    for (const offprint::Article &a : m_lib->library->articles().list({}))
        byTitle.insert(a.meta.title, a.id);
    const offprint::ArticleId wal = byTitle.value(QStringLiteral("SQLite WAL mode explained"));
    const offprint::ArticleId chips = byTitle.value(QStringLiteral("国产芯片的突破与挑战"));
    const offprint::ArticleId kernel = m_structured.value(QStringLiteral("english"));
    QVERIFY(wal && chips && kernel);
    auto add = [this](offprint::ArticleId id, const QString &quote, const QString &color, const QString &note) {
        offprint::storage::NewHighlight spec;
        spec.quote = quote;
        spec.color = color;
        spec.note = note;
        auto added = m_lib->library->highlights().add(id, spec);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.errorMessage()));
    };
    add(kernel, QStringLiteral("We’re making the ones we have dependable."), QStringLiteral("purple"), {});
    add(chips, QStringLiteral("真正的挑战不在设计，而在制造和生态。"), QStringLiteral("yellow"),
        QStringLiteral("生态才是长期的护城河。"));
    add(chips, QStringLiteral("良率已经提升到百分之六十以上"), QStringLiteral("blue"), QStringLiteral("对比台积电同期的数据"));
    add(wal, QStringLiteral("Readers no longer block writers"), QStringLiteral("yellow"),
        QStringLiteral("Why our nightly import stopped stalling the app."));
    add(wal, QStringLiteral("a checkpoint copies pages back into the database"), QStringLiteral("green"), {});
    add(wal, QStringLiteral("Readers see a consistent snapshot"), QStringLiteral("pink"),
        QStringLiteral("Check this against the busy_timeout we set."));
    const QString folder = QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(folder);

    m_window->sidebar()->refresh(); // added behind the window's back: count and mark them again
    m_window->model()->reload();
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::All, {}}));
    m_window->selectRow(m_window->model()->rowOf(wal));
    QCOMPARE(m_window->readerController()->current(), wal);
    QTest::qWait(100);
    QCOMPARE(m_window->reader()->annotations().size(), 3);
    QVERIFY(m_window->highlightsPanel()->isVisible());
    const QImage article = m_window->grab().toImage();
    QVERIFY(article.save(QDir(folder).filePath(QStringLiteral("highlights-article.png"))));

    m_window->actions().allHighlights->trigger();
    AllHighlightsView *view = m_window->allHighlights();
    QVERIFY(view->isVisible());
    QCOMPARE(view->tree()->topLevelItemCount(), 3);
    QTreeWidgetItem *chinese = view->tree()->topLevelItem(1)->child(0);
    QVERIFY(chinese);
    view->tree()->setCurrentItem(chinese);
    QTest::keyClick(view->tree(), Qt::Key_Return);
    QCOMPARE(m_window->readerController()->current(), chips);
    QTest::qWait(100);
    const QImage all = m_window->grab().toImage();
    QVERIFY(all.save(QDir(folder).filePath(QStringLiteral("highlights-all.png"))));
    qInfo("wrote %s", qPrintable(QDir(folder).filePath(QStringLiteral("highlights-*.png"))));
}

void TestScreenshots::sizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// The whole window at a small and a large screen's size (README: docs/screenshots/window-*.png), with
// a saved search in the sidebar: everything fits, nothing is cut.
void TestScreenshots::sizes()
{
    QFETCH(QSize, size);
    m_settings->setTheme(Theme::Light);
    m_window->search()->setQuery(QString());
    m_window->sidebar()->addSavedSearch(QStringLiteral("芯片与数据库"), QStringLiteral("芯片 OR checkpoint"));
    QVERIFY(m_window->minimumSizeHint().width() <= size.width());
    QVERIFY(m_window->minimumSizeHint().height() <= size.height());
    m_window->resize(size);
    QTest::qWait(50);
    m_window->selectRow(0);
    m_window->reader()->setPosition(0);
    QTest::qWait(100);
    QCOMPARE(m_window->size(), size);
    Sidebar *sidebar = m_window->sidebar();
    const auto saved = sidebar->findItems(QStringLiteral("芯片与数据库"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(saved.size(), 1);
    QTRY_COMPARE(saved.first()->text(1), QStringLiteral("2")); // counted in the background
    QVERIFY(sidebar->header()->sectionViewportPosition(1) + sidebar->header()->sectionSize(1)
            <= sidebar->viewport()->width());
    QVERIFY(m_window->list()->width() >= 260);
    QVERIFY2(m_window->reader()->width() >= size.width() / 3, qPrintable(QString::number(m_window->reader()->width())));
    const QImage shot = m_window->grab().toImage();
    const QString folder = QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("window-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(shot.save(path));
    qInfo("wrote %s", qPrintable(path));
    m_window->sidebar()->removeSavedSearch(QStringLiteral("芯片 OR checkpoint"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
