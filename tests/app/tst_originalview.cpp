#include "fixtures.h"

#include "readercontroller.h"
#include "readerview.h"
#include "settings.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace offprint;
using namespace offprint::gui;

// The original-page view (`v`) prepares a hostile page off the GUI thread: the window keeps running
// while it does, the page's text ends up on screen, and a result nobody waits for any more is dropped.
class TestOriginalView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostilePageDoesNotBlockTheWindow();
    void staleResultsAreDropped();

private:
    ArticleId addArticle(const QString &title, const QString &markdown, const QByteArray &original);
    void settle(); // the worker finished and its result delivered

    fixtures::TestLibrary m_lib;
    QTemporaryDir m_config;
    ArticleId m_hostile = 0;
    ArticleId m_plain = 0;
};

namespace {

const QString kBottomText = QStringLiteral("Text at the bottom of the deep nesting");

// 2 MB: 16,000 unclosed <svg>, 100,000 attributes, nesting 10,000 deep, and article text.
QByteArray hostilePage()
{
    QByteArray page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Hostile</title></head><body>";
    for (int i = 0; i < 16000; ++i)
        page += "<svg onload=steal()><path d=\"M0 0\"/><div>Icon caption " + QByteArray::number(i) + "</div>";
    for (int e = 0; e < 400; ++e) {
        page += "<span";
        for (int a = 0; a < 250; ++a)
            page += " on" + QByteArray::number(a) + "=x";
        page += ">Attribute-heavy span</span>";
    }
    for (int d = 0; d < 10000; ++d)
        page += d % 2 ? "<div>" : "<blockquote>";
    page += kBottomText.toUtf8() + ".";
    do
        page += "<p>Ordinary article text about schedulers and latency, repeated to fill the page.</p>";
    while (page.size() < 2 * 1024 * 1024);
    return page + "</body></html>";
}

} // namespace

ArticleId TestOriginalView::addArticle(const QString &title, const QString &markdown, const QByteArray &original)
{
    Article a = fixtures::article(title, QStringLiteral("example.org"), QStringLiteral("en"), markdown, {},
                                  QDateTime(QDate(2024, 6, 1), QTime(8, 0), QTimeZone::utc()));
    auto blob = m_lib.library->blobs().put(original, QStringLiteral("html"));
    if (!blob.ok())
        return 0;
    a.originalBlob = *blob;
    a.encoding = QStringLiteral("UTF-8");
    auto id = m_lib.library->articles().insert(a);
    return id.ok() ? *id : 0;
}

void TestOriginalView::settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
}

void TestOriginalView::initTestCase()
{
    QVERIFY(m_lib.open());
    m_hostile = addArticle(QStringLiteral("Hostile original"), QStringLiteral("The extracted hostile article."),
                           hostilePage());
    m_plain = addArticle(QStringLiteral("Plain article"), QStringLiteral("The plain article's own text."),
                         "<html><body><p>Plain original page.</p></body></html>");
    QVERIFY(m_hostile && m_plain);
}

void TestOriginalView::hostilePageDoesNotBlockTheWindow()
{
    Settings settings(m_config.filePath(QStringLiteral("a.ini")));
    ReaderView view;
    view.resize(900, 700);
    view.show();
    ReaderController controller(*m_lib.library, settings, &view);
    controller.open(m_hostile);
    QVERIFY(view.toPlainText().contains(QStringLiteral("The extracted hostile article.")));

    // A 20 ms timer stands for the window: it must keep firing while the page is prepared.
    QTimer ticker;
    ticker.setInterval(20);
    int ticksBeforeShown = 0;
    bool shown = false;
    qint64 maxGap = 0;
    QElapsedTimer sinceTick;
    connect(&ticker, &QTimer::timeout, this, [&] {
        maxGap = qMax(maxGap, sinceTick.restart());
        if (!shown)
            shown = view.toPlainText().contains(kBottomText);
        if (!shown)
            ++ticksBeforeShown;
    });

    QElapsedTimer total;
    total.start();
    controller.toggleOriginal();
    const qint64 toggleMs = total.elapsed();
    sinceTick.start();
    ticker.start();
    QVERIFY(controller.showingOriginal());
    QVERIFY2(view.toPlainText().contains(QStringLiteral("Preparing the original page")), qPrintable(view.toPlainText()));
    QTRY_VERIFY_WITH_TIMEOUT(shown, 60000);
    const qint64 shownMs = total.elapsed();
    ticker.stop();
    qInfo("toggle returned in %lld ms; page shown after %lld ms; %d ticks while preparing; longest gap %lld ms",
          toggleMs, shownMs, ticksBeforeShown, maxGap);

    const QString text = view.toPlainText();
    QVERIFY(text.contains(QStringLiteral("Icon caption 15999")));
    QVERIFY(text.contains(QStringLiteral("Attribute-heavy span")));
    QVERIFY(text.contains(QStringLiteral("Ordinary article text")));
    QVERIFY(!view.toHtml().contains(QStringLiteral("steal")));
    QVERIFY2(toggleMs < 500, qPrintable(QString::number(toggleMs)));
    QVERIFY2(ticksBeforeShown >= 1, "the event loop did not run while the page was prepared");
    // Only the final setHtml of the bounded, flat result runs on the GUI thread.
    QVERIFY2(maxGap < 2000, qPrintable(QString::number(maxGap)));

    // And back to the article.
    controller.toggleOriginal();
    QVERIFY(!controller.showingOriginal());
    QVERIFY(view.toPlainText().contains(QStringLiteral("The extracted hostile article.")));
}

void TestOriginalView::staleResultsAreDropped()
{
    Settings settings(m_config.filePath(QStringLiteral("b.ini")));
    ReaderView view;
    view.resize(900, 700);
    view.show();
    ReaderController controller(*m_lib.library, settings, &view);

    // `v` twice: the article stays, the late page does not replace it.
    controller.open(m_hostile);
    controller.toggleOriginal();
    controller.toggleOriginal();
    settle();
    QVERIFY(!controller.showingOriginal());
    QVERIFY(view.toPlainText().contains(QStringLiteral("The extracted hostile article.")));
    QVERIFY(!view.toPlainText().contains(kBottomText));

    // `v`, then another article: that article stays.
    controller.toggleOriginal();
    controller.open(m_plain);
    settle();
    QVERIFY(view.toPlainText().contains(QStringLiteral("The plain article's own text.")));
    QVERIFY(!view.toPlainText().contains(kBottomText));

    // `v` on it shows its own original, not the hostile one.
    controller.toggleOriginal();
    QTRY_VERIFY(view.toPlainText().contains(QStringLiteral("Plain original page.")));
    settle();
    QVERIFY(view.toPlainText().contains(QStringLiteral("Plain original page.")));
    QVERIFY(!view.toPlainText().contains(kBottomText));
}

QTEST_MAIN(TestOriginalView)
#include "tst_originalview.moc"
