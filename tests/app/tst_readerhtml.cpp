#include "readerhtml.h"

#include <QTest>

using namespace offprint;
using namespace offprint::gui;

// The original-page view's cleaning, without a window.
class TestReaderHtml final : public QObject
{
    Q_OBJECT

private slots:
    void originalLosesScriptsAndExternalReferences();
};

void TestReaderHtml::originalLosesScriptsAndExternalReferences()
{
    const QString html = readerhtml::originalHtml(QStringLiteral(
        "<html><head><title>t</title><script>alert(1)</script><link rel=stylesheet href=\"http://x/s.css\"></head>"
        "<body onload=\"steal()\"><p style=\"color:red\">正文 <b>bold</b></p><img src=\"http://tracker/p.gif\">"
        "<iframe src=\"http://ads\"></iframe><SCRIPT type=module>evil()</SCRIPT></body></html>"));
    QVERIFY(!html.contains(QStringLiteral("alert")));
    QVERIFY(!html.contains(QStringLiteral("evil")));
    QVERIFY(!html.contains(QStringLiteral("steal")));
    QVERIFY(!html.contains(QStringLiteral("tracker")));
    QVERIFY(!html.contains(QStringLiteral("http://x/s.css")));
    QVERIFY(!html.contains(QStringLiteral("ads")));
    QVERIFY(html.contains(QStringLiteral("正文 <b>bold</b>")));
}

QTEST_MAIN(TestReaderHtml)
#include "tst_readerhtml.moc"
