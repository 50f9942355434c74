// Content-addressed blob files inside the library folder.
#include "common/fileutil.h"
#include "storage/blobstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace offprint;
using namespace offprint::storage;

class TestBlobStore final : public QObject
{
    Q_OBJECT

private slots:
    void sha256KnownAnswers();
    void putStoresContentAddressed();
    void identicalContentStoredOnce();
    void extensionsAreSanitised_data();
    void extensionsAreSanitised();
    void pathsCannotEscape_data();
    void pathsCannotEscape();
    void symlinkedFolderIsRefused();
    void damagedBlobIsRewritten();
};

void TestBlobStore::sha256KnownAnswers()
{
    // Blob names and duplicate detection rest on SHA-256: libraries written earlier must keep matching.
    QCOMPARE(fileutil::sha256Hex(QByteArray()),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(fileutil::sha256Hex(QByteArrayLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const QByteArray large(3 * 1024 * 1024 + 7, 'x');
    QCOMPARE(fileutil::sha256Hex(large),
             QString::fromLatin1(QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex()));
}

void TestBlobStore::putStoresContentAddressed()
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const QByteArray png("\x89PNG\r\n\x1a\n fake image bytes", 26);
    auto rel = store.put(png, QStringLiteral("png"));
    QVERIFY2(rel.ok(), qPrintable(rel.ok() ? QString() : rel.errorMessage()));
    const QString hash = fileutil::sha256Hex(png);
    QCOMPARE(*rel, QStringLiteral("blobs/%1/%2.png").arg(hash.left(2), hash));
    QCOMPARE(BlobStore::relativePathFor(png, QStringLiteral("png")), *rel);
    QVERIFY(store.contains(*rel));
    QCOMPARE(store.absolutePath(*rel), QDir(dir.path()).filePath(*rel));
    auto back = store.read(*rel);
    QVERIFY(back.ok());
    QCOMPARE(*back, png);

    const QString missing = BlobStore::relativePathFor("never stored", QStringLiteral("txt"));
    QVERIFY(!store.contains(missing));
    auto notThere = store.read(missing);
    QVERIFY(!notThere.ok());
    QVERIFY(notThere.errorMessage().contains(QStringLiteral("missing")));
}

void TestBlobStore::identicalContentStoredOnce()
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const QByteArray html = QStringLiteral("<html><body>同一篇文章</body></html>").toUtf8();
    auto first = store.put(html, QStringLiteral("html"));
    const QDateTime written = QFileInfo(store.absolutePath(*first)).lastModified();
    QTest::qWait(20);
    auto second = store.put(html, QStringLiteral("HTML"));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(*first, *second);
    QCOMPARE(QFileInfo(store.absolutePath(*second)).lastModified(), written); // not rewritten
    auto other = store.put(html + "!", QStringLiteral("html"));
    QVERIFY(*other != *first);
    int files = 0;
    QDirIterator it(QDir(dir.path()).filePath(QStringLiteral("blobs")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    QCOMPARE(files, 2);
    // No temporary files left behind by the atomic writes.
    QDirIterator all(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (all.hasNext())
        QVERIFY2(all.next().contains(QStringLiteral("/blobs/")), "stray file outside blobs/");
}

void TestBlobStore::extensionsAreSanitised_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("plain") << "jpg" << ".jpg";
    QTest::newRow("upper case") << "WEBP" << ".webp";
    QTest::newRow("leading dot") << ".gif" << ".gif";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("traversal") << "../../etc" << "";
    QTest::newRow("slash") << "png/x" << "";
    QTest::newRow("too long") << "averyveryverylongextension" << "";
    QTest::newRow("non-ascii") << "图片" << "";
}

void TestBlobStore::extensionsAreSanitised()
{
    QFETCH(QString, extension);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    BlobStore store(dir.path());
    auto rel = store.put("data", extension);
    QVERIFY(rel.ok());
    const QString hash = fileutil::sha256Hex("data");
    QCOMPARE(*rel, QStringLiteral("blobs/%1/%2%3").arg(hash.left(2), hash, suffix));
    QVERIFY(fileutil::isInside(dir.path(), store.absolutePath(*rel)));
}

void TestBlobStore::pathsCannotEscape_data()
{
    QTest::addColumn<QString>("path");
    const QString hash = fileutil::sha256Hex("x");
    QTest::newRow("parent") << "../library.sqlite";
    QTest::newRow("absolute") << "/etc/passwd";
    QTest::newRow("traversal inside") << QStringLiteral("blobs/%1/../../../secret").arg(hash.left(2));
    QTest::newRow("library file") << "library.sqlite";
    QTest::newRow("wrong prefix folder") << QStringLiteral("blobs/00/%1.png").arg(hash);
    QTest::newRow("not hex") << QStringLiteral("blobs/zz/%1.png").arg(QString(64, QLatin1Char('z')));
    QTest::newRow("empty") << "";
    QTest::newRow("backslashes") << QStringLiteral("blobs\\%1\\%2").arg(hash.left(2), hash);
}

void TestBlobStore::pathsCannotEscape()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QFile secret(QDir(dir.path()).filePath(QStringLiteral("library.sqlite")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
    BlobStore store(QDir(dir.path()).filePath(QStringLiteral("lib")));
    QVERIFY(store.absolutePath(path).isEmpty());
    QVERIFY(!store.contains(path));
    auto read = store.read(path);
    QVERIFY(!read.ok());
}

void TestBlobStore::symlinkedFolderIsRefused()
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    const QString lib = QDir(dir.path()).filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(lib));
    const QByteArray data("escaping data");
    const QString hash = fileutil::sha256Hex(data);
    // blobs/<aa> is a symlink to a folder outside the library.
    QVERIFY(QDir().mkpath(QDir(lib).filePath(QStringLiteral("blobs"))));
    QVERIFY(QFile::link(outside.path(), QDir(lib).filePath(QStringLiteral("blobs/") + hash.left(2))));
    BlobStore store(lib);
    auto put = store.put(data, QStringLiteral("txt"));
    QVERIFY(!put.ok());
    QVERIFY(put.errorMessage().contains(QStringLiteral("outside")));
    QVERIFY(QDir(outside.path()).entryList(QDir::Files).isEmpty());

    // A blob file that is itself a symlink to something outside is not read.
    const QString secretPath = QDir(outside.path()).filePath(QStringLiteral("secret.txt"));
    QFile secret(secretPath);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
    const QString otherHash = fileutil::sha256Hex("other");
    const QString rel = QStringLiteral("blobs/%1/%2.txt").arg(otherHash.left(2), otherHash);
    QVERIFY(QDir().mkpath(QFileInfo(store.absolutePath(rel)).absolutePath()));
    QVERIFY(QFile::link(secretPath, store.absolutePath(rel)));
    QVERIFY(!store.contains(rel));
    QVERIFY(!store.read(rel).ok());
}

void TestBlobStore::damagedBlobIsRewritten()
{
    QTemporaryDir dir;
    BlobStore store(dir.path());
    const QByteArray data("complete content of the original page");
    auto rel = store.put(data, QStringLiteral("html"));
    QVERIFY(rel.ok());
    QFile f(store.absolutePath(*rel));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("trunc");
    f.close();
    QVERIFY(store.put(data, QStringLiteral("html")).ok());
    QCOMPARE(*store.read(*rel), data);
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
