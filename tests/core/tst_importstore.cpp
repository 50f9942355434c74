#include "import/collect.h"
#include "import/importer.h"
#include "import/reextract.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/tagrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace offprint;
using namespace offprint::import;
using Kind = ImportOutcome::Kind;

namespace {

QString fixture(const QString &relative)
{
    return QDir(qEnvironmentVariable("OFFPRINT_TEST_DATA")).filePath(QStringLiteral("import/") + relative);
}

QStringList blobRefs(const QString &markdown)
{
    static const QRegularExpression re(QStringLiteral("blobs/[0-9a-f]{2}/[0-9a-f]{64}\\.[a-z]+"));
    QStringList refs;
    for (auto it = re.globalMatch(markdown); it.hasNext();)
        refs.append(it.next().captured());
    return refs;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &entry : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

class TestImportStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<storage::Library> openLibrary(const QTemporaryDir &dir)
    {
        auto library = storage::Library::open(dir.filePath("library"));
        if (!library)
            qWarning("%s", qPrintable(library.errorMessage()));
        return library ? std::move(library).value() : nullptr;
    }

private slots:
    void sameArticleInEveryFormatIsImportedOnce()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(library);
        const FileList list = collectFiles({fixture({})});
        QCOMPARE(list.files.size(), 7);
        QList<int> progressDone;
        ImportOptions options;
        options.threads = 3;
        const QList<ImportOutcome> outcomes = importFiles(
            *library, list.files, options,
            [&](const ImportOutcome &, int done, int total) {
                QCOMPARE(total, 7);
                progressDone.append(done);
            });
        QCOMPARE(progressDone, QList<int>({1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(outcomes.size(), 7);
        // File order is kept although preparation ran on three threads.
        for (int i = 0; i < outcomes.size(); ++i)
            QCOMPARE(outcomes.at(i).file, list.files.at(i));
        QCOMPARE(outcomes.first().kind, Kind::Imported);
        const ArticleId id = outcomes.first().id;
        QVERIFY(id > 0);
        for (int i = 1; i < outcomes.size(); ++i) {
            QCOMPARE(outcomes.at(i).kind, Kind::Duplicate);
            QCOMPARE(outcomes.at(i).id, id);
        }
        QCOMPARE(library->articles().count({}), 1);

        // The original and the images are in the library, and the Markdown points at them.
        const auto article = library->articles().get(id);
        QVERIFY(article.has_value());
        QCOMPARE(article->sourceFormat, QStringLiteral("complete"));
        QCOMPARE(article->encoding, QStringLiteral("GB18030"));
        QVERIFY(library->blobs().contains(article->originalBlob));
        QCOMPARE(library->blobs().read(article->originalBlob).value(),
                 [] {
                     QFile f(fixture("complete/inference.html"));
                     f.open(QIODevice::ReadOnly);
                     return f.readAll();
                 }());
        const QStringList refs = blobRefs(article->markdown);
        QCOMPARE(refs.size(), 2);
        for (const QString &ref : refs) {
            QVERIFY(library->blobs().contains(ref));
            QVERIFY(library->articles().assetsOf(id).contains(ref));
        }
    }

    void updateReplacesContentAndKeepsState()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(library);
        const QString page = fixture("html/inference.html");
        const QList<ImportOutcome> first = importFiles(*library, {page}, {});
        QCOMPARE(first.first().kind, Kind::Imported);
        const ArticleId id = first.first().id;
        QVERIFY(library->articles().setStarred(id, true).ok());
        QVERIFY(library->tags().addTags(id, {QStringLiteral("芯片")}).ok());

        ImportOptions update;
        update.update = true;
        const QList<ImportOutcome> second = importFiles(*library, {fixture("mhtml/inference.mhtml")}, update);
        QCOMPARE(second.first().kind, Kind::Updated);
        QCOMPARE(second.first().id, id);
        const auto article = library->articles().get(id);
        QCOMPARE(article->sourceFormat, QStringLiteral("mhtml"));
        QVERIFY(article->starred);
        QCOMPARE(article->tags, QStringList({QStringLiteral("芯片")}));
        QCOMPARE(blobRefs(article->markdown).size(), 2); // the MHTML carried the images
        QCOMPARE(library->articles().count({}), 1);
    }

    void importWaitsForAWriterThatKeepsTheLock()
    {
        // Another process importing takes the write lock again right after each commit; SQLite's busy
        // handler (which wakes up now and then) may then never see it free within its timeout. An
        // import must wait its turn, not fail its page, and print no "database is locked".
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(library);
        auto other = storage::Library::open(dir.filePath("library"));
        QVERIFY(other.ok());
        std::atomic_bool started = false;
        QElapsedTimer held;
        std::thread hog([&] {
            storage::Database &db = databaseOf(**other);
            held.start();
            while (held.elapsed() < 7000) { // longer than the 5 s busy timeout
                storage::Transaction transaction(db);
                started = true;
                QThread::msleep(40);
                (void)transaction.commit();
            }
        });
        while (!started)
            QThread::msleep(1);
        QStringList warnings;
        static QStringList *sink = nullptr;
        sink = &warnings;
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type >= QtWarningMsg)
                sink->append(message);
        });
        const QList<ImportOutcome> outcomes = importFiles(*library, {fixture("html/inference.html")}, {});
        qInstallMessageHandler(previous);
        hog.join();
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(outcomes.first().kind == Kind::Imported, qPrintable(outcomes.first().reason));
        QVERIFY2(!warnings.join(QLatin1Char('\n')).contains(QLatin1String("locked")), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(library->articles().count({}), 1);
    }

    void markdownClipTagsAreStored()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        const QList<ImportOutcome> out = importFiles(*library, {fixture("markdown/inference.md")}, {});
        QCOMPARE(out.first().kind, Kind::Imported);
        const auto article = library->articles().get(out.first().id);
        QCOMPARE(article->tags.size(), 2);
        QVERIFY(article->tags.contains(QStringLiteral("人工智能")));
    }

    void failuresAndCancel()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        const QString missing = dir.filePath("missing.html");
        std::atomic_bool cancel = false;
        int calls = 0;
        const QList<ImportOutcome> outcomes = importFiles(
            *library, {missing, fixture("html/inference.html"), fixture("webarchive/inference.webarchive")}, {},
            [&](const ImportOutcome &, int, int) {
                if (++calls == 2)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(outcomes.size(), 2); // stopped after the file in progress
        QCOMPARE(outcomes.first().kind, Kind::Failed);
        QCOMPARE(outcomes.first().file, missing);
        QCOMPARE(outcomes.first().reason, QStringLiteral("no such file"));
        QCOMPARE(outcomes.at(1).kind, Kind::Imported);
        QCOMPARE(library->articles().count({}), 1);
    }

    void reimportKeepsImagesAfterTheFolderIsGone()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(copyTree(QFileInfo(fixture("complete/inference.html")).absolutePath(), dir.filePath("saved")));
        const QList<ImportOutcome> out = importFiles(*library, {dir.filePath("saved/inference.html")}, {});
        QCOMPARE(out.first().kind, Kind::Imported);
        const ArticleId id = out.first().id;
        const QStringList before = blobRefs(library->articles().get(id)->markdown);
        QCOMPARE(before.size(), 2);
        QVERIFY(QDir(dir.filePath("saved/inference_files")).removeRecursively());

        // Wrong encoding on purpose: the text changes, the images stay.
        PrepareOptions big5;
        big5.forcedEncoding = QStringLiteral("big5");
        QVERIFY(reimport(*library, id, big5).ok());
        auto article = library->articles().get(id);
        QCOMPARE(article->encoding, QStringLiteral("Big5-HKSCS"));
        QVERIFY(!article->text.contains(QStringLiteral("吞吐量提升了三倍")));

        PrepareOptions gbk;
        gbk.forcedEncoding = QStringLiteral("gbk");
        QVERIFY(reimport(*library, id, gbk).ok());
        article = library->articles().get(id);
        QCOMPARE(article->encoding, QStringLiteral("GB18030"));
        QVERIFY(article->text.contains(QStringLiteral("吞吐量提升了三倍")));
        QCOMPARE(blobRefs(article->markdown), before);
        for (const QString &ref : before)
            QVERIFY(library->articles().assetsOf(id).contains(ref));

        QVERIFY(!reimport(*library, id + 100, {}).ok());
        PrepareOptions bad;
        bad.forcedEncoding = QStringLiteral("klingon");
        const Result<void> failed = reimport(*library, id, bad);
        QVERIFY(!failed.ok());
        QVERIFY(failed.errorMessage().contains(QLatin1String("klingon")));
    }
};

QTEST_GUILESS_MAIN(TestImportStore)
#include "tst_importstore.moc"
