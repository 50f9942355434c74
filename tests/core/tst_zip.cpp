// The ZIP module (core/archive): what is written reads back byte for byte, entries keep their
// order and compression, damaged and hostile archives fail with a message naming the archive.
#include "archive/zipreader.h"
#include "archive/zipwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::archive;

// The error message of a failed result, for QVERIFY2 (which builds its message even on success).
template <typename R>
static QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.errorMessage().toUtf8();
}

class TestZip : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsBytesOrderAndNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.zip"));
        const QString sourceFile = dir.filePath(QStringLiteral("image.bin"));
        QByteArray binary;
        for (int i = 0; i < 70000; ++i)
            binary.append(char((i * 7919) % 251));
        {
            QFile f(sourceFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(binary);
        }
        auto writer = ZipWriter::create(path);
        QVERIFY2(writer.ok(), why(writer).constData());
        QVERIFY(writer->addData(QStringLiteral("mimetype"), "application/epub+zip", ZipWriter::Compression::Store).ok());
        const QByteArray chinese = QStringLiteral("中文内容，测试。").repeated(500).toUtf8();
        QVERIFY(writer->addData(QStringLiteral("内容/文章.html"), chinese).ok());
        QVERIFY(writer->addFile(QStringLiteral("images/image.bin"), sourceFile).ok());
        QVERIFY(writer->addData(QStringLiteral("empty.txt"), QByteArray()).ok());
        QVERIFY(!QFile::exists(path)); // nothing at the path before finish()
        auto finished = writer->finish();
        QVERIFY2(finished.ok(), why(finished).constData());

        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        // The first entry is stored: its name and content follow the 30-byte local header.
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(38, 20), QByteArray("application/epub+zip"));
        QVERIFY(looksLikeZip(bytes));

        auto reader = ZipReader::openFile(path);
        QVERIFY2(reader.ok(), why(reader).constData());
        QCOMPARE(reader->entries().size(), 4);
        QCOMPARE(reader->entries().at(1).name, QStringLiteral("内容/文章.html"));
        { auto r = reader->read(QStringLiteral("内容/文章.html"), 1 << 20); QVERIFY2(r.ok(), why(r).constData()); QCOMPARE(r.value(), chinese); }
        { auto r = reader->read(QStringLiteral("images/image.bin"), 1 << 20); QVERIFY2(r.ok(), why(r).constData()); QCOMPARE(r.value(), binary); }
        { auto r = reader->read(QStringLiteral("empty.txt"), 10); QVERIFY2(r.ok(), why(r).constData()); QCOMPARE(r.value(), QByteArray()); }
        QVERIFY(bytes.size() < binary.size() + 2000); // deflated text made the archive smaller than its input

        // The same archive read from memory.
        auto fromMemory = ZipReader::openData(bytes, QStringLiteral("memory.zip"));
        QVERIFY(fromMemory.ok());
        QCOMPARE(fromMemory->read(QStringLiteral("mimetype"), 100).value(), QByteArray("application/epub+zip"));
    }

    void sameContentGivesSameArchive()
    {
        QTemporaryDir dir;
        QByteArray first, second;
        for (QByteArray *out : {&first, &second}) {
            const QString path = dir.filePath(QStringLiteral("x.zip"));
            auto writer = ZipWriter::create(path);
            QVERIFY(writer.ok());
            QVERIFY(writer->addData(QStringLiteral("a.txt"), "alpha").ok());
            QVERIFY(writer->finish().ok());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            *out = f.readAll();
        }
        QCOMPARE(first, second);
    }

    void refusesTruncatedAndNonZipData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.zip"));
        auto writer = ZipWriter::create(path);
        QVERIFY(writer.ok());
        QVERIFY(writer->addData(QStringLiteral("metadata_0.json"), QByteArray(5000, 'x')).ok());
        QVERIFY(writer->finish().ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();

        auto truncated = ZipReader::openData(whole.left(whole.size() / 2), QStringLiteral("export.zip"));
        QVERIFY(!truncated.ok());
        QVERIFY2(truncated.errorMessage().startsWith(QStringLiteral("export.zip: ")), why(truncated).constData());
        QVERIFY(truncated.errorMessage().contains(QStringLiteral("truncated")));

        auto text = ZipReader::openData("just some text, not an archive", QStringLiteral("notes.txt"));
        QVERIFY(!text.ok());
        QVERIFY(text.errorMessage().startsWith(QStringLiteral("notes.txt: ")));

        auto missing = ZipReader::openFile(dir.filePath(QStringLiteral("absent.zip")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errorMessage().contains(QStringLiteral("absent.zip")));
    }

    void refusesOversizedAndCorruptEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.zip"));
        auto writer = ZipWriter::create(path);
        QVERIFY(writer.ok());
        QVERIFY(writer->addData(QStringLiteral("big.txt"), QByteArray(1 << 20, 'a')).ok());
        QVERIFY(writer->addData(QStringLiteral("plain.txt"), QByteArray("stored text, stored text"), ZipWriter::Compression::Store).ok());
        QVERIFY(writer->finish().ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();

        auto reader = ZipReader::openData(bytes, QStringLiteral("big.zip"));
        QVERIFY(reader.ok());
        auto tooBig = reader->read(QStringLiteral("big.txt"), 1000);
        QVERIFY(!tooBig.ok());
        QVERIFY2(tooBig.errorMessage().startsWith(QStringLiteral("big.zip: big.txt: too large")), why(tooBig).constData());

        // Flip a byte of the stored entry's data: its CRC no longer matches.
        const qsizetype at = bytes.indexOf("stored text, stored text");
        QVERIFY(at > 0);
        bytes[at] = 'S';
        auto damaged = ZipReader::openData(bytes, QStringLiteral("big.zip"));
        QVERIFY(damaged.ok());
        auto corrupt = damaged->read(QStringLiteral("plain.txt"), 1000);
        QVERIFY(!corrupt.ok());
        QVERIFY2(corrupt.errorMessage().contains(QStringLiteral("plain.txt: damaged entry")), why(corrupt).constData());
    }

    void safeEntryPathRefusesEscapes()
    {
        QCOMPARE(safeEntryPath(QStringLiteral("content/a.html")), QStringLiteral("content/a.html"));
        QCOMPARE(safeEntryPath(QStringLiteral("./images//b.png")), QStringLiteral("images/b.png"));
        QCOMPARE(safeEntryPath(QStringLiteral("../etc/passwd")), QString());
        QCOMPARE(safeEntryPath(QStringLiteral("a/../../b")), QString());
        QCOMPARE(safeEntryPath(QStringLiteral("/abs/path")), QString());
        QCOMPARE(safeEntryPath(QStringLiteral("C:/x")), QString());
        QCOMPARE(safeEntryPath(QStringLiteral("dir\\file")), QString());
        QCOMPARE(safeEntryPath(QString()), QString());
    }

    void failedWriteLeavesOlderFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backup.zip"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("older backup");
        }
        {
            auto writer = ZipWriter::create(path);
            QVERIFY(writer.ok());
            QVERIFY(writer->addData(QStringLiteral("a"), "b").ok());
            auto add = writer->addFile(QStringLiteral("gone"), dir.filePath(QStringLiteral("missing.bin")));
            QVERIFY(!add.ok());
            QVERIFY(add.errorMessage().contains(QStringLiteral("missing.bin")));
            // abandoned without finish()
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("older backup"));
    }
};

QTEST_GUILESS_MAIN(TestZip)
#include "tst_zip.moc"
