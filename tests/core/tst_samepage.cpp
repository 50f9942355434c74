#include "import/collect.h"
#include "import/importer.h"
#include "import/samepage.h"
#include "storage/articlerepository.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"
#include "storage/tagrepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace offprint;
using namespace offprint::import;
using Kind = ImportOutcome::Kind;

// The same page saved in two formats is one article (issue 16): recognised by its URL, or without
// one by the same title and near-identical text; the better copy (more saved images, more text)
// replaces the poorer one keeping id, tags, state and highlights, a poorer copy is a duplicate.
class TestSamePage final : public QObject
{
    Q_OBJECT

private slots:
    void nearIdenticalTexts();
    void completeSaveReplacesTheWgetCopy();
    void poorerCopyIsADuplicate();
    void withoutUrlTheTitleAndTextDecide();
    void differentUrlsStayApart();
    void wordsCountLikeAWordProcessor();
    void outcomesCarryTheCountsOfBothCopies();
    void updateReplacesWithThePoorerCopyKeepingState();
};

namespace {

const QByteArray kUrl = "https://blog.example.com/2024/05/compaction.html";

QByteArray png(const QByteArray &marker)
{
    return QByteArray::fromBase64(
               "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        + marker;
}

QByteArray paragraphs()
{
    QByteArray body;
    for (int i = 0; i < 8; ++i)
        body += "<p>Compaction step " + QByteArray::number(i)
            + " merges the sorted runs of the log into larger files, so that a read touches fewer of them and the "
              "space held by deleted keys returns to the disk.</p>\n";
    return body;
}

// As wget saves it: the page alone, its images pointing at the site.
QByteArray wgetPage(const QByteArray &url = kUrl)
{
    QByteArray head = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>How compaction works</title>";
    if (!url.isEmpty())
        head += "<link rel=\"canonical\" href=\"" + url + "\">";
    return head + "</head><body><article><h1>How compaction works</h1>" + paragraphs()
        + "<figure><img src=\"https://blog.example.com/img/runs.png\" alt=\"runs\"></figure>"
          "<figure><img src=\"https://blog.example.com/img/merge.png\" alt=\"merge\"></figure>"
          "</article></body></html>\n";
}

// As a browser's "Web page, complete" saves it: NAME.html and NAME_files/ with the images.
QByteArray completePage(const QString &name)
{
    const QByteArray folder = name.toUtf8() + "_files";
    return "<!-- saved from url=(" + QByteArray::number(kUrl.size()).rightJustified(4, '0') + ")" + kUrl
        + " -->\n<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>How compaction works</title></head>"
          "<body><article><h1>How compaction works</h1>" + paragraphs()
        + "<figure><img src=\"" + folder + "/runs.png\" alt=\"runs\"></figure>"
          "<figure><img src=\"" + folder + "/merge.png\" alt=\"merge\"></figure>"
          "</article></body></html>\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString writeComplete(const QTemporaryDir &dir)
{
    const QString page = dir.filePath(QStringLiteral("complete/compaction.html"));
    writeFile(page, completePage(QStringLiteral("compaction")));
    writeFile(dir.filePath(QStringLiteral("complete/compaction_files/runs.png")), png("runs"));
    writeFile(dir.filePath(QStringLiteral("complete/compaction_files/merge.png")), png("merge"));
    return page;
}

ImportOutcome importOne(storage::Library &library, const QString &file, const ImportOptions &options = {})
{
    const QList<ImportOutcome> outcomes = importFiles(library, {file}, options);
    return outcomes.isEmpty() ? ImportOutcome{} : outcomes.first();
}

} // namespace

void TestSamePage::nearIdenticalTexts()
{
    const QString text = QString::fromUtf8(paragraphs()).remove(QRegularExpression(QStringLiteral("<[^>]+>")));
    QVERIFY(nearIdenticalText(text, text));
    QVERIFY(nearIdenticalText(text, QStringLiteral("How compaction works\n") + text + QStringLiteral("Share this")));
    QVERIFY(!nearIdenticalText(text, text.left(text.size() / 2)));
    QString other = text;
    other.replace(QStringLiteral("Compaction"), QStringLiteral("Replication")).replace(QStringLiteral("sorted runs"),
                                                                                       QStringLiteral("replica sets"));
    other.replace(QStringLiteral("deleted keys"), QStringLiteral("old snapshots"));
    QVERIFY(!nearIdenticalText(text, other));
    QVERIFY(nearIdenticalText(QStringLiteral("数据库的压缩过程把日志中的有序段合并成更大的文件，读取时要访问的文件就更少了。"),
                              QStringLiteral("数据库的压缩过程把日志中的有序段合并成更大的文件，读取时要访问的文件就更少了")));
    QVERIFY(!nearIdenticalText(QString(), text));
}

void TestSamePage::completeSaveReplacesTheWgetCopy()
{
    QTemporaryDir dir;
    auto opened = storage::Library::open(dir.filePath(QStringLiteral("lib")));
    QVERIFY(opened);
    storage::Library &library = **opened;
    const QString wget = dir.filePath(QStringLiteral("wget/compaction.html"));
    QVERIFY(writeFile(wget, wgetPage()));
    const ImportOutcome first = importOne(library, wget);
    QCOMPARE(first.kind, Kind::Imported);
    const ArticleId id = first.id;
    QVERIFY(savedImageCount(library, id) == 0);
    QVERIFY(library.articles().setStarred(id, true));
    QVERIFY(library.articles().setRead(id, true));
    QVERIFY(library.tags().addTags(id, {QStringLiteral("storage")}));
    storage::NewHighlight mark;
    mark.quote = QStringLiteral("merges the sorted runs of the log");
    QVERIFY(library.highlights().add(id, mark));

    const ImportOutcome better = importOne(library, writeComplete(dir));
    QCOMPARE(better.kind, Kind::Updated);
    QCOMPARE(better.id, id);
    QCOMPARE(library.articles().count({}), 1);
    const auto article = library.articles().get(id);
    QVERIFY(article);
    QCOMPARE(article->sourceFormat, QStringLiteral("complete"));
    QCOMPARE(savedImageCount(library, id), 2);
    QVERIFY(article->starred && article->read);
    QCOMPARE(article->tags, QStringList({QStringLiteral("storage")}));
    storage::HighlightFilter filter;
    filter.article = id;
    QCOMPARE(library.highlights().list(filter).size(), 1);

    // The poorer copy again: now a duplicate of the better one, which stays.
    const ImportOutcome again = importOne(library, wget);
    QCOMPARE(again.kind, Kind::Duplicate);
    QCOMPARE(again.id, id);
    QCOMPARE(savedImageCount(library, id), 2);
}

void TestSamePage::poorerCopyIsADuplicate()
{
    QTemporaryDir dir;
    auto opened = storage::Library::open(dir.filePath(QStringLiteral("lib")));
    QVERIFY(opened);
    storage::Library &library = **opened;
    const ImportOutcome first = importOne(library, writeComplete(dir));
    QCOMPARE(first.kind, Kind::Imported);
    const QString wget = dir.filePath(QStringLiteral("wget/compaction.html"));
    QVERIFY(writeFile(wget, wgetPage()));
    const ImportOutcome second = importOne(library, wget);
    QCOMPARE(second.kind, Kind::Duplicate);
    QCOMPARE(second.id, first.id);
    QCOMPARE(library.articles().get(first.id)->sourceFormat, QStringLiteral("complete"));
}

void TestSamePage::withoutUrlTheTitleAndTextDecide()
{
    QTemporaryDir dir;
    auto opened = storage::Library::open(dir.filePath(QStringLiteral("lib")));
    QVERIFY(opened);
    storage::Library &library = **opened;
    // Two saves without any URL, one with a share line more: the same page.
    const QString a = dir.filePath(QStringLiteral("a/compaction.html"));
    const QString b = dir.filePath(QStringLiteral("b/compaction copy.html"));
    QVERIFY(writeFile(a, wgetPage({})));
    QByteArray withShare = wgetPage({});
    withShare.replace("</article>", "<p>Share this post.</p></article>");
    QVERIFY(writeFile(b, withShare));
    const ImportOutcome first = importOne(library, a);
    QCOMPARE(first.kind, Kind::Imported);
    const ImportOutcome second = importOne(library, b);
    QCOMPARE(second.kind, Kind::Duplicate);
    QCOMPARE(second.id, first.id);
    // Same title, another text: another article.
    QByteArray other = wgetPage({});
    other.replace("Compaction step", "Replication round").replace("merges the sorted runs of the log into larger files",
                                                                   "copies every write to two other nodes first");
    const QString c = dir.filePath(QStringLiteral("c/compaction.html"));
    QVERIFY(writeFile(c, other));
    QCOMPARE(importOne(library, c).kind, Kind::Imported);
    QCOMPARE(library.articles().count({}), 2);
}

void TestSamePage::differentUrlsStayApart()
{
    QTemporaryDir dir;
    auto opened = storage::Library::open(dir.filePath(QStringLiteral("lib")));
    QVERIFY(opened);
    storage::Library &library = **opened;
    const QString a = dir.filePath(QStringLiteral("a.html"));
    const QString b = dir.filePath(QStringLiteral("b.html"));
    QVERIFY(writeFile(a, wgetPage("https://blog.example.com/part-1")));
    QByteArray second = wgetPage("https://blog.example.com/part-2");
    second.replace("</article>", "<p>Part two adds one closing paragraph.</p></article>");
    QVERIFY(writeFile(b, second));
    QCOMPARE(importOne(library, a).kind, Kind::Imported);
    QCOMPARE(importOne(library, b).kind, Kind::Imported);
    QCOMPARE(library.articles().count({}), 2);
}

void TestSamePage::wordsCountLikeAWordProcessor()
{
    QCOMPARE(wordCount(QString()), 0);
    QCOMPARE(wordCount(QStringLiteral("  ...  ")), 0);
    QCOMPARE(wordCount(QStringLiteral("Compaction merges runs; it's 2x faster.")), 7);
    // Every Chinese character is a word, Latin words among them too.
    QCOMPARE(wordCount(QStringLiteral("数据库的压缩过程")), 8);
    QCOMPARE(wordCount(QStringLiteral("使用 SQLite 的WAL模式")), 7);
}

void TestSamePage::outcomesCarryTheCountsOfBothCopies()
{
    QTemporaryDir dir;
    auto opened = storage::Library::open(dir.filePath(QStringLiteral("lib")));
    QVERIFY(opened);
    storage::Library &library = **opened;
    const QString wget = dir.filePath(QStringLiteral("wget/compaction.html"));
    QVERIFY(writeFile(wget, wgetPage()));
    const ImportOutcome first = importOne(library, wget);
    QCOMPARE(first.kind, Kind::Imported);
    QVERIFY(!first.copies); // nothing to compare with
    const qint64 words = wordCount(library.articles().get(first.id)->text);
    QVERIFY2(words > 150, qPrintable(QString::number(words)));

    const ImportOutcome better = importOne(library, writeComplete(dir));
    QCOMPARE(better.kind, Kind::Updated);
    QVERIFY(better.copies);
    QCOMPARE(better.copies->stored.images, 0);
    QCOMPARE(better.copies->copy.images, 2);
    QCOMPARE(better.copies->stored.words, words);
    QVERIFY(qAbs(better.copies->copy.words - words) <= 3);
    QVERIFY(isBetterCopy(*better.copies));

    const ImportOutcome poorer = importOne(library, wget);
    QCOMPARE(poorer.kind, Kind::Duplicate);
    QVERIFY(poorer.copies);
    QCOMPARE(poorer.copies->stored.images, 2);
    QCOMPARE(poorer.copies->copy.images, 0);
    QCOMPARE(poorer.copies->copy.words, words);
    QCOMPARE(poorer.copies->stored.characters, library.articles().get(first.id)->textLength);
    QVERIFY(!isBetterCopy(*poorer.copies));

    // The rule on counts alone: images first, then clearly more text (10%, at least 200 characters).
    SameCopies c;
    c.stored = {100, 1000, 1};
    c.copy = {50, 500, 2};
    QVERIFY(isBetterCopy(c));
    c.copy = {120, 1199, 1};
    QVERIFY(!isBetterCopy(c));
    c.copy = {120, 1201, 1};
    QVERIFY(isBetterCopy(c));
    c.copy = {5000, 50000, 0};
    QVERIFY(!isBetterCopy(c));
}

// `import --update` and the report's "Replace with These Copies": the copy replaces the stored
// article although the rule would keep the stored one; id, tags, state and highlights stay.
void TestSamePage::updateReplacesWithThePoorerCopyKeepingState()
{
    QTemporaryDir dir;
    auto opened = storage::Library::open(dir.filePath(QStringLiteral("lib")));
    QVERIFY(opened);
    storage::Library &library = **opened;
    const ImportOutcome first = importOne(library, writeComplete(dir));
    QCOMPARE(first.kind, Kind::Imported);
    const ArticleId id = first.id;
    QVERIFY(library.articles().setStarred(id, true));
    QVERIFY(library.tags().addTags(id, {QStringLiteral("storage")}));
    storage::NewHighlight mark;
    mark.quote = QStringLiteral("merges the sorted runs of the log");
    QVERIFY(library.highlights().add(id, mark));

    const QString wget = dir.filePath(QStringLiteral("wget/compaction.html"));
    QVERIFY(writeFile(wget, wgetPage()));
    QCOMPARE(importOne(library, wget).kind, Kind::Duplicate);
    ImportOptions update;
    update.update = true;
    const ImportOutcome replaced = importOne(library, wget, update);
    QCOMPARE(replaced.kind, Kind::Updated);
    QCOMPARE(replaced.id, id);
    QVERIFY(replaced.copies);
    QCOMPARE(replaced.copies->stored.images, 2);
    QCOMPARE(replaced.copies->copy.images, 0);
    QCOMPARE(library.articles().count({}), 1);
    const auto article = library.articles().get(id);
    QVERIFY(article);
    QCOMPARE(article->sourceFormat, QStringLiteral("html"));
    QCOMPARE(QFileInfo(article->sourceFile).fileName(), QStringLiteral("compaction.html"));
    QVERIFY(article->sourceFile.contains(QStringLiteral("/wget/")));
    QCOMPARE(savedImageCount(library, id), 0);
    QVERIFY(article->starred && !article->read);
    QCOMPARE(article->tags, QStringList({QStringLiteral("storage")}));
    storage::HighlightFilter filter;
    filter.article = id;
    QCOMPARE(library.highlights().list(filter).size(), 1);
}

QTEST_GUILESS_MAIN(TestSamePage)
#include "tst_samepage.moc"
