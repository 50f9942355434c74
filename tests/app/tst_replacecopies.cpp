#include "fixtures.h"

#include "import/samepage.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "readerview.h"
#include "articlelistmodel.h"
#include "settings.h"
#include "storage/highlightrepository.h"
#include "storage/tagrepository.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace offprint;
using namespace offprint::gui;

// The same page saved twice (issue 16): the import report shows what both copies have for each
// duplicate, and "Replace with These Copies" imports the chosen files again with update, so that the
// user's copy replaces the stored one (same id, tags, read/starred state and highlights).
class TestReplaceCopies final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void duplicateRowReplacesTheStoredCopy();
    void detailsInBothLanguages();
    void busyImporterLeavesTheReportOpen();

private:
    QDialog *reportDialog() const;
    QTreeWidgetItem *row(QDialog *report, const QString &fileName) const;
    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QTranslator m_english; // the English plural forms ("1 image", "2 images")
};

namespace {

const QByteArray kUrl = "https://blog.example.com/2024/05/compaction.html";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray paragraphs(int count)
{
    QByteArray body;
    for (int i = 0; i < count; ++i)
        body += "<p>Compaction step " + QByteArray::number(i)
            + " merges the sorted runs of the log into larger files, so that a read touches fewer of them and the "
              "space held by deleted keys returns to the disk.</p>\n";
    return body;
}

QByteArray savedFrom(const QByteArray &url)
{
    return "<!-- saved from url=(" + QByteArray::number(url.size()).rightJustified(4, '0') + ")" + url + " -->\n";
}

// A browser's "Web page, complete": the page and its figure saved beside it; six paragraphs.
QByteArray pageWithImage()
{
    return savedFrom(kUrl)
        + "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>How compaction works</title></head><body>"
          "<article><h1>How compaction works</h1>" + paragraphs(6)
        + "<figure><img src=\"compaction_files/runs.png\" alt=\"runs\"></figure></article></body></html>\n";
}

// The same page as text only, with two paragraphs more (a longer version of the post).
QByteArray textOnlyPage()
{
    return savedFrom(kUrl)
        + "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>How compaction works</title></head><body>"
          "<article><h1>How compaction works</h1>" + paragraphs(6)
        + "<p>Appendix: the tiered strategy waits for several runs of one size before merging them, which "
          "writes less but leaves more files for a read to look at.</p>"
          "<p>Appendix: the levelled strategy keeps one run per level and merges eagerly.</p>"
          "</article></body></html>\n";
}

QByteArray otherPage()
{
    return savedFrom("https://blog.example.com/2024/06/bloom.html")
        + "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bloom filters</title></head><body><article>"
          "<h1>Bloom filters</h1><p>A Bloom filter answers whether a key may be in a file without reading it: a "
          "few bits per key, a small rate of false positives and never a false negative.</p><p>Each run of the "
          "log keeps one, so that a read skips the files that cannot hold its key.</p></article></body></html>\n";
}

QByteArray png()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

QString words(qint64 n)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(n), n == 1 ? QStringLiteral("word") : QStringLiteral("words"));
}

} // namespace

void TestReplaceCopies::init()
{
    QVERIFY(m_english.load(QStringLiteral(":/i18n/offprint_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    QVERIFY(m_lib->populate());
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_settings->setMarkReadAtEnd(false);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReplaceCopies::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
    QCoreApplication::removeTranslator(&m_english);
}

QDialog *TestReplaceCopies::reportDialog() const
{
    for (QDialog *d : m_window->findChildren<QDialog *>())
        if (d->isVisible() && d->findChild<QLabel *>(QStringLiteral("importHeadline")))
            return d;
    return nullptr;
}

QTreeWidgetItem *TestReplaceCopies::row(QDialog *report, const QString &fileName) const
{
    auto *tree = report->findChild<QTreeWidget *>(QStringLiteral("importRows"));
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == fileName)
            return tree->topLevelItem(i);
    return nullptr;
}

void TestReplaceCopies::duplicateRowReplacesTheStoredCopy()
{
    QTemporaryDir drop;
    const QString withImage = drop.filePath(QStringLiteral("complete/compaction.html"));
    QVERIFY(writeFile(withImage, pageWithImage()));
    QVERIFY(writeFile(drop.filePath(QStringLiteral("complete/compaction_files/runs.png")), png()));
    const QString textOnly = drop.filePath(QStringLiteral("wget/compaction.html"));
    QVERIFY(writeFile(textOnly, textOnlyPage()));
    const QString other = drop.filePath(QStringLiteral("wget/bloom.html"));
    QVERIFY(writeFile(other, otherPage()));
    storage::Library &library = *m_lib->library;
    const int articlesBefore = library.articles().count({});

    ImportController *importer = m_window->importer();
    QSignalSpy finished(importer, &ImportController::finished);
    m_window->importPaths({withImage});
    QVERIFY(finished.wait(60000));
    QCOMPARE(importer->lastOutcomes().size(), 1);
    QCOMPARE(importer->lastOutcomes().first().kind, import::ImportOutcome::Kind::Imported);
    const ArticleId id = importer->lastOutcomes().first().id;
    QDialog *first = reportDialog();
    QVERIFY(first);
    QVERIFY(!first->findChild<QPushButton *>(QStringLiteral("replaceWithCopies"))); // no duplicate, no button
    first->close();
    QCOMPARE(import::savedImageCount(library, id), 1);
    const qint64 imageCopyWords = import::wordCount(library.articles().get(id)->text);
    QVERIFY(library.articles().setStarred(id, true));
    QVERIFY(library.articles().setRead(id, true));
    QVERIFY(library.tags().addTags(id, {QStringLiteral("storage")}));
    storage::NewHighlight mark;
    mark.quote = QStringLiteral("merges the sorted runs of the log");
    QVERIFY(library.highlights().add(id, mark));

    // The text-only copy has more words but no image: the rule keeps the stored copy.
    finished.clear();
    m_window->importPaths({textOnly, other});
    QVERIFY(finished.wait(60000));
    QDialog *report = reportDialog();
    QVERIFY(report);
    QTreeWidgetItem *duplicate = row(report, QStringLiteral("compaction.html"));
    QTreeWidgetItem *imported = row(report, QStringLiteral("bloom.html"));
    QVERIFY(duplicate && imported);
    QCOMPARE(duplicate->text(1), QStringLiteral("Duplicate"));
    QCOMPARE(imported->text(1), QStringLiteral("Imported"));
    const import::ImportOutcome dup = importer->lastOutcomes().first(); // a copy: the next import replaces them
    QCOMPARE(dup.kind, import::ImportOutcome::Kind::Duplicate);
    QVERIFY(dup.copies);
    QCOMPARE(dup.copies->stored.words, imageCopyWords);
    QVERIFY(dup.copies->copy.words > imageCopyWords + 30);
    QCOMPARE(duplicate->text(2), QStringLiteral("The same page as #%1, which is as good or better: left as it is "
                                                "(stored: %2, 1 image; this file: %3, 0 images)")
                                     .arg(id)
                                     .arg(words(imageCopyWords), words(dup.copies->copy.words)));

    // The button acts on the selected duplicate rows; with nothing selected on all of them; a selection
    // without a duplicate disables it.
    auto *replace = report->findChild<QPushButton *>(QStringLiteral("replaceWithCopies"));
    QVERIFY(replace);
    QCOMPARE(replace->text(), QStringLiteral("Replace with These Copies"));
    QVERIFY(!replace->toolTip().isEmpty());
    QVERIFY(replace->isEnabled());
    imported->setSelected(true);
    QVERIFY(!replace->isEnabled());
    duplicate->setSelected(true);
    QVERIFY(replace->isEnabled());

    // The article is open in the reader while it is replaced.
    m_window->selectRow(m_window->model()->rowOf(id));
    QTRY_VERIFY(m_window->reader()->toPlainText().contains(QStringLiteral("merges the sorted runs")));
    QVERIFY(!m_window->reader()->toPlainText().contains(QStringLiteral("the levelled strategy keeps one run per level")));

    finished.clear();
    QTest::mouseClick(replace, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    // The reader shows the new copy in place.
    QTRY_VERIFY(m_window->reader()->toPlainText().contains(QStringLiteral("the levelled strategy keeps one run per level")));
    // Exactly the duplicate's file came in again (not the other selected row), as an update.
    QCOMPARE(importer->lastOutcomes().size(), 1);
    QVERIFY(importer->lastWasReplace());
    const import::ImportOutcome updated = importer->lastOutcomes().first();
    QCOMPARE(updated.kind, import::ImportOutcome::Kind::Updated);
    QCOMPARE(updated.id, id);
    QDialog *after = reportDialog();
    QVERIFY(after && after != report);
    QCOMPARE(after->findChild<QLabel *>(QStringLiteral("importHeadline"))->text(),
             QStringLiteral("Import finished: 0 imported, 1 updated."));
    QTreeWidgetItem *updatedRow = row(after, QStringLiteral("compaction.html"));
    QVERIFY(updatedRow);
    QCOMPARE(updatedRow->text(1), QStringLiteral("Updated"));
    QVERIFY2(updatedRow->text(2).startsWith(QStringLiteral("Replaced #%1 with this copy as asked").arg(id)),
             qPrintable(updatedRow->text(2)));
    QVERIFY(!after->findChild<QPushButton *>(QStringLiteral("replaceWithCopies")));

    // The article has the text-only copy's content, under its id, with its tags, state and highlights.
    QCOMPARE(library.articles().count({}), articlesBefore + 2);
    const auto article = library.articles().get(id);
    QVERIFY(article);
    QCOMPARE(QDir::cleanPath(article->sourceFile), QDir::cleanPath(QFileInfo(textOnly).absoluteFilePath()));
    QVERIFY(article->text.contains(QStringLiteral("the levelled strategy keeps one run per level")));
    QCOMPARE(import::wordCount(article->text), dup.copies->copy.words);
    QCOMPARE(import::savedImageCount(library, id), 0);
    QVERIFY(article->starred);
    QVERIFY(article->read);
    QCOMPARE(article->tags, QStringList({QStringLiteral("storage")}));
    storage::HighlightFilter filter;
    filter.article = id;
    QCOMPARE(library.highlights().list(filter).size(), 1);
}

void TestReplaceCopies::detailsInBothLanguages()
{
    import::ImportOutcome o;
    o.kind = import::ImportOutcome::Kind::Duplicate;
    o.id = 12;
    o.file = QStringLiteral("/saves/compaction.html");
    o.copies = import::SameCopies{{1, 10, 2}, {40, 300, 1}};
    QCOMPARE(ImportController::details(o, false),
             QStringLiteral("The same page as #12, which is as good or better: left as it is (stored: 1 word, 2 images; "
                            "this file: 40 words, 1 image)"));
    o.kind = import::ImportOutcome::Kind::Updated;
    QCOMPARE(ImportController::details(o, true),
             QStringLiteral("Replaced #12 with this copy as asked, keeping its tags, state and highlights (it had: 1 "
                            "word, 2 images; this file: 40 words, 1 image)"));
    // Not on request: the rule's own update, as before.
    QVERIFY(ImportController::details(o, false).startsWith(QStringLiteral("A better copy of #12")));
    // An export's record: no copies, nothing to compare.
    o.kind = import::ImportOutcome::Kind::Duplicate;
    o.copies.reset();
    QCOMPARE(ImportController::details(o, false),
             QStringLiteral("The same page as #12, which is as good or better: left as it is"));

    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/offprint_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    o.copies = import::SameCopies{{1, 10, 2}, {40, 300, 1}};
    const QString zh = ImportController::details(o, false);
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(zh, QStringLiteral("与 #12 是同一网页，且 #12 同样好或更好：保持不变（已存：1 字，2 张图片；此文件：40 字，1 张图片）"));
}

// While another import runs, the button replaces nothing and says so; the report stays open.
void TestReplaceCopies::busyImporterLeavesTheReportOpen()
{
    QTemporaryDir drop;
    const QString withImage = drop.filePath(QStringLiteral("complete/compaction.html"));
    QVERIFY(writeFile(withImage, pageWithImage()));
    QVERIFY(writeFile(drop.filePath(QStringLiteral("complete/compaction_files/runs.png")), png()));
    const QString textOnly = drop.filePath(QStringLiteral("wget/compaction.html"));
    QVERIFY(writeFile(textOnly, textOnlyPage()));
    const QString other = drop.filePath(QStringLiteral("other/bloom.html"));
    QVERIFY(writeFile(other, otherPage()));
    ImportController *importer = m_window->importer();
    QSignalSpy finished(importer, &ImportController::finished);
    m_window->importPaths({withImage, textOnly});
    QVERIFY(finished.wait(60000));
    QCOMPARE(importer->lastOutcomes().size(), 2);
    QCOMPARE(importer->lastOutcomes().at(1).kind, import::ImportOutcome::Kind::Duplicate);
    const ArticleId id = importer->lastOutcomes().at(1).id;
    QDialog *report = reportDialog();
    QVERIFY(report);
    auto *replace = report->findChild<QPushButton *>(QStringLiteral("replaceWithCopies"));
    QVERIFY(replace && replace->isEnabled());

    finished.clear();
    QVERIFY(importer->start({other}));
    QTest::mouseClick(replace, Qt::LeftButton);
    auto *note = report->findChild<QLabel *>(QStringLiteral("importReportNote"));
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(), QStringLiteral("Another import is running: replace these when it has finished."));
    QVERIFY(report->isVisible());
    QVERIFY(finished.wait(60000));
    QCOMPARE(importer->lastOutcomes().size(), 1);
    QCOMPARE(importer->lastOutcomes().first().kind, import::ImportOutcome::Kind::Imported);
    QVERIFY(!importer->lastWasReplace());
    QCOMPARE(import::savedImageCount(*m_lib->library, id), 1); // the stored copy is still the one with the image
}

QTEST_MAIN(TestReplaceCopies)
#include "tst_replacecopies.moc"
