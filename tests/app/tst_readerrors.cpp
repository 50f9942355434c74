#include "fixtures.h"

#include "readercontroller.h"
#include "readerview.h"
#include "settings.h"

#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace offprint;
using namespace offprint::gui;

// A read that fails says so: an article whose row cannot be read because the library file is
// damaged on disk shows a read error in the reader, not "Article not found — it may have been
// deleted" (issue 16). A deleted article still says it was not found.
class TestReaderErrors final : public QObject
{
    Q_OBJECT

private slots:
    void diskErrorReadingAnArticleSaysSo();
    void deletedArticleSaysNotFound();
    void readErrorIsShownInChinese();

private:
    // A library with one long article whose stored row is then damaged on disk; returns its id.
    ArticleId damagedLibrary(fixtures::TestLibrary &lib);
};

namespace {

// Punctuation keeps the marker out of the search index's terms: it occurs only in the row itself.
const QByteArray kMarker = "@@#-offprint-damage-here-#@@";

QString longBody()
{
    QString body;
    for (int i = 0; i < 400; ++i)
        body += QStringLiteral("Paragraph %1 of a long article about storage engines and pages.\n\n").arg(i);
    // Far into the row: on an overflow page of its own chain.
    body += QString::fromLatin1(kMarker) + QStringLiteral("\n\n");
    for (int i = 0; i < 100; ++i)
        body += QStringLiteral("Closing paragraph %1.\n\n").arg(i);
    return body;
}

// Points the overflow page holding the marker at a page past the end of the file: SQLite then
// reports the row as damaged (SQLITE_CORRUPT), as it would after a bad disk sector.
bool damageRow(const QString &file)
{
    QFile db(file);
    if (!db.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = db.readAll();
    const qsizetype at = bytes.indexOf(kMarker);
    if (at < 0 || bytes.size() < 100)
        return false;
    int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const qsizetype page = at / pageSize;
    if (page == 0)
        return false;
    const qsizetype start = page * pageSize;
    const char farAway[4] = {'\x7f', '\x00', '\x00', '\x01'};
    bytes.replace(start, 4, QByteArray(farAway, 4));
    db.seek(0);
    return db.write(bytes) == bytes.size();
}

QString shown(ReaderView &view)
{
    return view.document()->toPlainText();
}

} // namespace

ArticleId TestReaderErrors::damagedLibrary(fixtures::TestLibrary &lib)
{
    if (!lib.open())
        return 0;
    const QDateTime saved(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());
    auto id = lib.library->articles().insert(fixtures::article(QStringLiteral("Storage engines"),
                                                               QStringLiteral("db.example.com"), QStringLiteral("en"),
                                                               longBody(), {}, saved));
    if (!id)
        return 0;
    lib.library.reset(); // closes the connection: the write-ahead log is folded into the file
    if (!damageRow(lib.dir.filePath(QStringLiteral("lib/library.sqlite"))))
        return 0;
    if (!lib.open())
        return 0;
    return *id;
}

void TestReaderErrors::diskErrorReadingAnArticleSaysSo()
{
    fixtures::TestLibrary lib;
    const ArticleId id = damagedLibrary(lib);
    QVERIFY(id > 0);
    // The core says why: a damaged (unreadable) row, not a missing one.
    const Result<Article> loaded = lib.library->articles().load(id);
    QVERIFY(!loaded);
    QVERIFY(loaded.error().code != ErrorCode::NotFound);
    QVERIFY2(loaded.error().message().startsWith(QStringLiteral("article #%1 cannot be read: ").arg(id)),
             qPrintable(loaded.error().message()));
    QVERIFY2(loaded.error().message().contains(QStringLiteral("damaged")), qPrintable(loaded.error().message()));

    QTemporaryDir config;
    Settings settings(config.filePath(QStringLiteral("offprint.ini")));
    ReaderView view;
    ReaderController reader(*lib.library, settings, &view);
    reader.open(id);
    const QString text = shown(view);
    QVERIFY2(text.contains(QStringLiteral("The article cannot be read")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("damaged")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("not found")) && !text.contains(QStringLiteral("deleted")),
             qPrintable(text));
    QVERIFY(!reader.article());
}

void TestReaderErrors::deletedArticleSaysNotFound()
{
    fixtures::TestLibrary lib;
    QVERIFY(lib.open());
    QVERIFY(lib.populate());
    const ArticleId gone = lib.ids.first();
    QVERIFY(lib.library->articles().remove(gone));
    const Result<Article> loaded = lib.library->articles().load(gone);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::NotFound);

    QTemporaryDir config;
    Settings settings(config.filePath(QStringLiteral("offprint.ini")));
    ReaderView view;
    ReaderController reader(*lib.library, settings, &view);
    reader.open(gone);
    QVERIFY2(shown(view).contains(QStringLiteral("Article not found")), qPrintable(shown(view)));
    reader.open(lib.ids.last());
    QVERIFY(reader.article());
    QCOMPARE(reader.article()->id, lib.ids.last());
}

void TestReaderErrors::readErrorIsShownInChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/offprint_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    fixtures::TestLibrary lib;
    const ArticleId id = damagedLibrary(lib);
    QVERIFY(id > 0);
    QTemporaryDir config;
    Settings settings(config.filePath(QStringLiteral("offprint.ini")));
    ReaderView view;
    ReaderController reader(*lib.library, settings, &view);
    reader.open(id);
    const QString text = shown(view);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(text.contains(QStringLiteral("无法读取文章")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("已损坏")), qPrintable(text));
    // The CLI's English is untouched by the translator being gone again.
    QVERIFY(lib.library->articles().load(id).error().message().contains(QStringLiteral("cannot be read")));
}

QTEST_MAIN(TestReaderErrors)
#include "tst_readerrors.moc"
