// Re-extraction from stored originals (import/reextract.h): articles an older extractor made get the
// current extractor's content and keep everything that is the reader's (id, tags, state, reading
// position, dates, the charset they chose); missing originals keep their content; the schema upgrade
// marks the articles already stored as version 1.
#include "extract/version.h"
#include "import/importer.h"
#include "import/prepare.h"
#include "import/reextract.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/migrations.h"
#include "storage/searchrepository.h"
#include "storage/tagrepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace offprint;
using namespace offprint::import;
using Kind = ReextractOutcome::Kind;

namespace {

// A page with navigation around an article of a few paragraphs; `marker` makes each page distinct.
QByteArray page(const QString &title, const QString &marker)
{
    QString body;
    for (int i = 1; i <= 4; ++i)
        body += QStringLiteral("<p>Paragraph %1 about %2: write-ahead logs let readers continue while a writer "
                               "appends, and checkpoints move the pages back into the main file.</p>\n")
                    .arg(i)
                    .arg(marker);
    return QStringLiteral("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<link rel=\"canonical\" href=\"https://example.org/%2\"></head><body>"
                          "<nav><a href=\"/\">Home</a> | <a href=\"/about\">About</a></nav>"
                          "<article><h1>%1</h1>\n%3</article><footer>Example footer</footer></body></html>")
        .arg(title, marker, body)
        .toUtf8();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

QString fixture(const QString &relative)
{
    return QDir(qEnvironmentVariable("OFFPRINT_TEST_DATA")).filePath(QStringLiteral("import/") + relative);
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

QStringList blobRefs(const QString &markdown)
{
    static const QRegularExpression re(QStringLiteral("blobs/[0-9a-f]{2}/[0-9a-f]{64}\\.[a-z]+"));
    QStringList refs;
    for (auto it = re.globalMatch(markdown); it.hasNext();)
        refs.append(it.next().captured());
    return refs;
}

// What an older extractor would have stored: other Markdown and text, version 1.
bool makeOutdated(storage::Library &library, ArticleId id, const QString &oldMarkdown)
{
    std::optional<Article> a = library.articles().get(id);
    if (!a)
        return false;
    a->markdown = oldMarkdown;
    a->text = oldMarkdown;
    a->extractorVersion = 1;
    return library.articles().replaceContent(id, *a, library.articles().assetsOf(id)).ok();
}

} // namespace

class TestReextract final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<storage::Library> openLibrary(const QTemporaryDir &dir)
    {
        auto library = storage::Library::open(dir.filePath(QStringLiteral("library")));
        return library ? std::move(library).value() : nullptr;
    }

    ArticleId importOne(storage::Library &library, const QString &path)
    {
        const QList<ImportOutcome> out = importFiles(library, {path}, {});
        if (out.size() != 1 || out.first().kind != ImportOutcome::Kind::Imported)
            return 0;
        return out.first().id;
    }

private slots:
    void importStampsTheCurrentVersion()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(library);
        const ArticleId id = importOne(*library, writeFile(dir, QStringLiteral("a.html"), page("A", "alpha")));
        QVERIFY(id);
        QCOMPARE(library->articles().get(id)->extractorVersion, extract::kExtractorVersion);
        QCOMPARE(library->articles().get(id)->encodingOverride, QString());
        QCOMPARE(countOutdatedArticles(*library), 0);
        // Content no extractor made (version 0) is never outdated.
        Article made;
        made.meta.title = QStringLiteral("typed in");
        made.markdown = QStringLiteral("hand-written");
        const auto typed = library->articles().insert(made);
        QVERIFY(typed.ok());
        QCOMPARE(library->articles().get(*typed)->extractorVersion, 0);
        QVERIFY(outdatedArticles(*library).isEmpty());
    }

    void outdatedArticlesAreReextractedKeepingWhatIsTheReaders()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(library);
        const QString pathA = writeFile(dir, QStringLiteral("a.html"), page("Storage engines", "alpha"));
        const ArticleId a = importOne(*library, pathA);
        const ArticleId b = importOne(*library, writeFile(dir, QStringLiteral("b.html"), page("Checkpoints", "beta")));
        const ArticleId c = importOne(*library, writeFile(dir, QStringLiteral("c.html"), page("Readers", "gamma")));
        QVERIFY(a && b && c);
        storage::ArticleRepository &articles = library->articles();
        QVERIFY(library->tags().addTags(a, {QStringLiteral("databases"), QStringLiteral("later")}).ok());
        QVERIFY(articles.setRead(a, true).ok());
        QVERIFY(articles.setStarred(a, true).ok());
        QVERIFY(articles.setReadingPosition(a, 0.42).ok());
        const Article before = *articles.get(a);
        const QString fresh = before.markdown;

        QVERIFY(makeOutdated(*library, a, QStringLiteral("Old extraction, flattened: 6.11 and mc2.\n")));
        QVERIFY(articles.setExtractorVersion(b, 1).ok()); // same Markdown as today: unchanged
        QCOMPARE(outdatedArticles(*library), (QList<ArticleId>{a, b}));
        QCOMPARE(countOutdatedArticles(*library), 2);
        QCOMPARE(library->search().search(QStringLiteral("flattened"), 10)->size(), 1);

        QList<int> done;
        const QList<ReextractOutcome> outcomes = reextractArticles(
            *library, outdatedArticles(*library), {}, [&](const ReextractOutcome &, int n, int total) {
                QCOMPARE(total, 2);
                done << n;
            });
        QCOMPARE(done, (QList<int>{1, 2}));
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).id, a);
        QCOMPARE(outcomes.at(0).kind, Kind::Reextracted);
        QCOMPARE(outcomes.at(1).id, b);
        QCOMPARE(outcomes.at(1).kind, Kind::Unchanged);

        const Article after = *articles.get(a);
        QCOMPARE(after.id, a);
        QCOMPARE(after.markdown, fresh);
        QCOMPARE(after.markdown, prepareFile(pathA)->article.markdown);
        QVERIFY(after.text.contains(QLatin1String("Paragraph 4 about alpha")));
        QCOMPARE(after.extractorVersion, extract::kExtractorVersion);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(after.read, true);
        QCOMPARE(after.readAt, before.readAt);
        QCOMPARE(after.starred, true);
        QCOMPARE(after.readingPosition, 0.42);
        QCOMPARE(after.saved, before.saved);
        QCOMPARE(after.imported, before.imported);
        QCOMPARE(after.originalBlob, before.originalBlob);
        QCOMPARE(articles.get(b)->extractorVersion, extract::kExtractorVersion);
        QCOMPARE(articles.get(c)->extractorVersion, extract::kExtractorVersion);
        QVERIFY(outdatedArticles(*library).isEmpty());
        // The search index follows the content.
        QCOMPARE(library->search().search(QStringLiteral("flattened"), 10)->size(), 0);
        QCOMPARE(library->search().search(QStringLiteral("alpha"), 10)->size(), 1);
        QCOMPARE(articles.count({}), 3);
    }

    void missingOriginalKeepsContentAndIsNotRetried()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(library);
        const ArticleId a = importOne(*library, writeFile(dir, QStringLiteral("a.html"), page("Lost", "delta")));
        QVERIFY(a);
        const QString old = QStringLiteral("What the old extractor wrote.\n");
        QVERIFY(makeOutdated(*library, a, old));
        QVERIFY(QFile::remove(library->blobs().absolutePath(library->articles().get(a)->originalBlob)));

        const ReextractOutcome outcome = reextractArticle(*library, a);
        QCOMPARE(outcome.kind, Kind::Failed);
        QVERIFY2(outcome.reason.contains(QLatin1String("cannot read the stored original")), qPrintable(outcome.reason));
        QVERIFY2(outcome.reason.contains(QLatin1String("missing")), qPrintable(outcome.reason));
        QCOMPARE(library->articles().get(a)->markdown, old);
        // Recorded as done: the next start does not try it again.
        QCOMPARE(library->articles().get(a)->extractorVersion, extract::kExtractorVersion);
        QVERIFY(outdatedArticles(*library).isEmpty());

        // An article whose original was never kept.
        Article bare;
        bare.meta.title = QStringLiteral("no original");
        bare.markdown = old;
        bare.extractorVersion = 1;
        const auto id = library->articles().insert(bare);
        QVERIFY(id.ok());
        const ReextractOutcome none = reextractArticle(*library, *id);
        QCOMPARE(none.kind, Kind::Failed);
        QCOMPARE(none.reason, QStringLiteral("its original file was not kept"));
        QCOMPARE(library->articles().get(*id)->markdown, old);

        const ReextractOutcome unknown = reextractArticle(*library, *id + 100);
        QCOMPARE(unknown.kind, Kind::Failed);
        QCOMPARE(unknown.reason, QStringLiteral("not found"));
    }

    void charsetChoiceIsKept()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(library);
        const ArticleId id = importOne(*library, fixture(QStringLiteral("complete/inference.html")));
        QVERIFY(id);
        // Declared GBK: read as GB18030, nothing chosen.
        QCOMPARE(library->articles().get(id)->encoding, QStringLiteral("GB18030"));

        // The user's choice (wrong on purpose, so that it shows) is recorded and outlives a re-extraction.
        PrepareOptions big5;
        big5.forcedEncoding = QStringLiteral("big5");
        QVERIFY(reimport(*library, id, big5).ok());
        QCOMPARE(library->articles().get(id)->encodingOverride, QStringLiteral("Big5-HKSCS"));
        QVERIFY(library->articles().setExtractorVersion(id, 1).ok());
        QCOMPARE(reextractArticle(*library, id).kind, Kind::Unchanged);
        QCOMPARE(library->articles().get(id)->encoding, QStringLiteral("Big5-HKSCS"));
        // reimport without --encoding keeps it too; "auto" returns to detection.
        QVERIFY(reimport(*library, id, {}).ok());
        QCOMPARE(library->articles().get(id)->encoding, QStringLiteral("Big5-HKSCS"));
        PrepareOptions detect;
        detect.forcedEncoding = QStringLiteral("auto");
        QVERIFY(reimport(*library, id, detect).ok());
        QCOMPARE(library->articles().get(id)->encoding, QStringLiteral("GB18030"));
        QCOMPARE(library->articles().get(id)->encodingOverride, QString());
        QVERIFY(library->articles().get(id)->text.contains(QStringLiteral("吞吐量提升了三倍")));

        // Stored by a build that did not record choices (version 1): a charset that detection does
        // not give back was the user's, and stays.
        std::optional<Article> legacy = library->articles().get(id);
        legacy->encoding = QStringLiteral("Big5-HKSCS");
        legacy->markdown = QStringLiteral("mojibake as the user chose it\n");
        legacy->extractorVersion = 1;
        QVERIFY(library->articles().replaceContent(id, *legacy, library->articles().assetsOf(id)).ok());
        QCOMPARE(reextractArticle(*library, id).kind, Kind::Reextracted);
        QCOMPARE(library->articles().get(id)->encoding, QStringLiteral("Big5-HKSCS"));
        QCOMPARE(library->articles().get(id)->encodingOverride, QStringLiteral("Big5-HKSCS"));
    }

    void imagesComeBackFromTheStoredOriginal()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(library);
        const QString saved = dir.filePath(QStringLiteral("saved"));
        QVERIFY(copyTree(QFileInfo(fixture(QStringLiteral("complete/inference.html"))).absolutePath(), saved));
        const ArticleId id = importOne(*library, saved + QStringLiteral("/inference.html"));
        QVERIFY(id);
        const QString fresh = library->articles().get(id)->markdown;
        const QStringList images = blobRefs(fresh);
        QCOMPARE(images.size(), 2);
        QVERIFY(QDir(saved).removeRecursively()); // the page and its folder are gone

        QVERIFY(makeOutdated(*library, id, QStringLiteral("old text without images\n")));
        QCOMPARE(reextractArticle(*library, id).kind, Kind::Reextracted);
        const Article after = *library->articles().get(id);
        QCOMPARE(after.markdown, fresh);
        for (const QString &image : images) {
            QVERIFY(library->articles().assetsOf(id).contains(image));
            QVERIFY(library->blobs().contains(image));
        }
    }

    void parallelPreparationGivesTheSameResultAndCancelStops()
    {
        QTemporaryDir dir;
        auto library = openLibrary(dir);
        QVERIFY(library);
        QList<ArticleId> ids;
        QStringList fresh;
        for (int i = 0; i < 6; ++i) {
            const QString marker = QStringLiteral("topic%1").arg(i);
            ids << importOne(*library, writeFile(dir, marker + QStringLiteral(".html"), page(marker, marker)));
            QVERIFY(ids.last());
            fresh << library->articles().get(ids.last())->markdown;
            QVERIFY(makeOutdated(*library, ids.last(), QStringLiteral("old %1\n").arg(i)));
        }
        std::atomic_bool cancel = false;
        ReextractOptions two;
        two.threads = 2;
        const QList<ReextractOutcome> first = reextractArticles(
            *library, ids, two, [&](const ReextractOutcome &, int done, int) { cancel = done == 2; }, &cancel);
        QCOMPARE(first.size(), 2); // stopped after the article in progress
        QCOMPARE(outdatedArticles(*library), ids.mid(2));
        const QList<ReextractOutcome> rest = reextractArticles(*library, outdatedArticles(*library), two);
        QCOMPARE(rest.size(), 4);
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE((i < 2 ? first.at(i) : rest.at(i - 2)).kind, Kind::Reextracted);
            QCOMPARE(library->articles().get(ids.at(i))->markdown, fresh.at(i));
        }
    }

    void upgradeMarksStoredArticlesAsVersion1()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("library"));
        QVERIFY(QDir().mkpath(folder));
        {
            auto db = storage::Database::open(QDir(folder).filePath(QStringLiteral("library.sqlite")),
                                              storage::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(storage::migrations::migrate(**db, 7).ok());
            QVERIFY((*db)->exec("INSERT INTO articles(id, title, saved, imported, markdown, text, encoding) VALUES "
                                "(1, 'Before', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'old', "
                                "'old', 'GB18030')")
                        .ok());
        }
        auto library = openLibrary(dir);
        QVERIFY(library);
        const Article stored = *library->articles().get(1);
        QCOMPARE(stored.extractorVersion, 1);
        QCOMPARE(stored.encodingOverride, QString());
        QCOMPARE(stored.encoding, QStringLiteral("GB18030"));
        QCOMPARE(outdatedArticles(*library), QList<ArticleId>{1});
    }
};

QTEST_GUILESS_MAIN(TestReextract)
#include "tst_reextract.moc"
