// import::saveState and isPartialDownloadName: what `watch` uses to decide that a save is finished.
#include "import/savecomplete.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using offprint::import::SaveState;

class TestSaveComplete : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    SaveState stateOf(const QByteArray &content, const QString &name)
    {
        const QString path = m_dir.filePath(QString::number(++m_count) + QLatin1Char('-') + name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return SaveState::Unreadable;
        f.close();
        return offprint::import::saveState(path);
    }
    static QByteArray binaryPlist(int objects);

private slots:
    void html();
    void mhtml();
    void webarchive();
    void markdownHasNoEnd();
    void partialDownloadNames();
};

void TestSaveComplete::html()
{
    const QByteArray head = "<!DOCTYPE html><html><head><title>t</title></head><body><p>"
                            + QByteArray(200 * 1024, 'w') + "</p>";
    QCOMPARE(stateOf(head, QStringLiteral("cut.html")), SaveState::Incomplete);
    QCOMPARE(stateOf(head + "</body>", QStringLiteral("body.html")), SaveState::Complete);
    QCOMPARE(stateOf(head + "</BODY></HTML>\n<!-- saved by SingleFile -->\n", QStringLiteral("upper.html")),
             SaveState::Complete);
    // The end tag must be near the end: one at the start of a long file does not count.
    QCOMPARE(stateOf("<html><body></body></html>" + head, QStringLiteral("early.html")), SaveState::Incomplete);
    QCOMPARE(offprint::import::saveState(m_dir.filePath(QStringLiteral("missing.html"))), SaveState::Unreadable);
}

void TestSaveComplete::mhtml()
{
    const QByteArray head = "From: <Saved by Blink>\r\nSubject: t\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                            "\tboundary=\"----MultipartBoundary--abc123----\"\r\n\r\n"
                            "------MultipartBoundary--abc123----\r\nContent-Type: text/html\r\n"
                            "Content-Location: https://example.com/\r\n\r\n<html><body><p>"
                            + QByteArray(100 * 1024, 'm') + "</p></body></html>\r\n\r\n";
    QCOMPARE(stateOf(head, QStringLiteral("cut.mhtml")), SaveState::Incomplete);
    QCOMPARE(stateOf(head + "------MultipartBoundary--abc123------\r\n", QStringLiteral("whole.mhtml")),
             SaveState::Complete);
}

// A minimal binary property list: `objects` one-byte integers in an array, with its offset table and
// the 32-byte trailer.
QByteArray TestSaveComplete::binaryPlist(int objects)
{
    QByteArray data = "bplist00";
    QList<int> offsets;
    offsets << int(data.size());
    data += char(0xA0 | (objects - 1)); // array of objects-1 references
    for (int i = 1; i < objects; ++i)
        data += char(i);
    for (int i = 1; i < objects; ++i) {
        offsets << int(data.size());
        data += char(0x10) + char(i); // int
    }
    const int tableOffset = int(data.size());
    for (int offset : offsets)
        data += char(offset);
    QByteArray trailer(32, '\0');
    trailer[6] = 1; // offset size
    trailer[7] = 1; // reference size
    trailer[15] = char(objects);
    trailer[31] = char(tableOffset);
    return data + trailer;
}

void TestSaveComplete::webarchive()
{
    const QByteArray whole = binaryPlist(5);
    QCOMPARE(stateOf(whole, QStringLiteral("whole.webarchive")), SaveState::Complete);
    QCOMPARE(stateOf(whole.left(whole.size() - 7), QStringLiteral("cut.webarchive")), SaveState::Incomplete);
    QCOMPARE(stateOf(whole + "garbage", QStringLiteral("longer.webarchive")), SaveState::Incomplete);
}

void TestSaveComplete::markdownHasNoEnd()
{
    QCOMPARE(stateOf("---\ntitle: A clip\ntags: [a]\n---\n\nSome clipped text, cut or not.\n",
                     QStringLiteral("clip.md")),
             SaveState::Complete);
}

void TestSaveComplete::partialDownloadNames()
{
    using offprint::import::isPartialDownloadName;
    for (const char *name : {"page.html.part", "page.html.crdownload", "Page.HTML.PART", "page.html.download",
                             "x.tmp", "page.mhtml.partial", "page.html~"})
        QVERIFY2(isPartialDownloadName(QString::fromLatin1(name)), name);
    for (const char *name : {"page.html", "partial.html", "tmp.html", "download.mhtml", "part"})
        QVERIFY2(!isPartialDownloadName(QString::fromLatin1(name)), name);
}

QTEST_GUILESS_MAIN(TestSaveComplete)
#include "tst_savecomplete.moc"
