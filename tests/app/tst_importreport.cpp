#include "fixtures.h"

#include "importcontroller.h"
#include "mainwindow.h"
#include "settings.h"

#include "storage/articlerepository.h"
#include "storage/bulkoperations.h"
#include "storage/library.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace offprint;
using namespace offprint::gui;

// Imports that say what happened (issue 16): progress in the status bar, not a window over the
// text; Escape on it cancels and the report says "cancelled"; a finished import counts every
// outcome, skipped files with their reasons.
class TestImportReport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void finishedImportCountsEachOutcome();
    void escapeCancelsAndTheReportSaysSo();
    void reportSpeaksChinese();
    void destroyingTheWindowDuringAnImportStopsIt();
    void aDeletedArticleComesBackAndTheReportSaysSo();

private:
    QDialog *reportDialog() const;
    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray page(int i)
{
    const QByteArray n = QByteArray::number(i);
    QByteArray body;
    for (int p = 0; p < 6; ++p)
        body += "<p>Paragraph " + QByteArray::number(p) + " of report " + n
            + ": measurements of write latency on the storage cluster, batch sizes and tail latency.</p>";
    const QByteArray url = "https://reports.example.com/r/" + n.rightJustified(5, '0');
    return "<!-- saved from url=(" + QByteArray::number(url.size()).rightJustified(4, '0') + ")" + url
        + " -->\n<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Report " + n
        + "</title></head><body><article><h1>Report " + n + "</h1>" + body + "</article></body></html>\n";
}

} // namespace

void TestImportReport::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    QVERIFY(m_lib->populate());
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportReport::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

QDialog *TestImportReport::reportDialog() const
{
    for (QDialog *d : m_window->findChildren<QDialog *>())
        if (d->isVisible() && d->findChild<QLabel *>(QStringLiteral("importHeadline")))
            return d;
    return nullptr;
}

void TestImportReport::finishedImportCountsEachOutcome()
{
    QTemporaryDir drop;
    QVERIFY(writeFile(drop.filePath("report-1.html"), page(1)));
    QVERIFY(writeFile(drop.filePath("report-2.html"), page(2)));
    QVERIFY(writeFile(drop.filePath("README.md"), "# Reports\n\nSaved with <code>wget</code>.\n"));
    QVERIFY(writeFile(drop.filePath("index.jsonl"), "{\"url\": \"https://reports.example.com/r/1\"}\n"));
    QVERIFY(writeFile(drop.filePath("clip.md"), "---\ntitle: A clipped note\nsource: https://notes.example.com/a\n---\n\n"
                                                "The clipped note has enough words to be an article of its own.\n"));
    ImportController *importer = m_window->importer();
    QSignalSpy finished(importer, &ImportController::finished);
    m_window->importPaths({drop.path()});
    QVERIFY(finished.wait(60000));
    QVERIFY(!importer->lastWasCancelled());
    QCOMPARE(finished.first().first().toInt(), 3);
    QDialog *report = reportDialog();
    QVERIFY(report);
    const QString headline = report->findChild<QLabel *>(QStringLiteral("importHeadline"))->text();
    QCOMPARE(headline, QStringLiteral("Import finished: 3 imported, 2 skipped (2 not a saved page)."));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Import finished: 3 imported")),
             qPrintable(m_window->statusBar()->currentMessage()));
    report->close();

    // The same folder again: the pages are duplicates, counted as such.
    finished.clear();
    m_window->importPaths({drop.path()});
    QVERIFY(finished.wait(60000));
    QCOMPARE(ImportController::headline(importer->lastOutcomes(), importer->lastWasCancelled()),
             QStringLiteral("Import finished: 0 imported, 3 already in the library, 2 skipped (2 not a saved page)"));
    QDialog *second = reportDialog();
    QVERIFY(second);
    QStringList details;
    for (QTreeWidget *tree : second->findChildren<QTreeWidget *>())
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            details << tree->topLevelItem(i)->text(2);
    QVERIFY2(details.filter(QRegularExpression(QStringLiteral("^The same page as #\\d+, which is as good or better"))).size() == 3,
             qPrintable(details.join(QLatin1Char('|'))));
}

void TestImportReport::escapeCancelsAndTheReportSaysSo()
{
    QTemporaryDir drop;
    const int total = 1000;
    for (int i = 0; i < total; ++i)
        QVERIFY(writeFile(drop.filePath(QStringLiteral("report-%1.html").arg(i, 4, 10, QLatin1Char('0'))), page(i)));
    ImportController *importer = m_window->importer();
    QSignalSpy finished(importer, &ImportController::finished);
    QSignalSpy progress(importer, &ImportController::progress);
    m_window->importPaths({drop.path()});
    QVERIFY(progress.wait(60000));
    // Progress is in the status bar, not in a (modal) window over the text.
    QWidget *panel = importer->progressPanel();
    QVERIFY(panel && panel->isVisible());
    QVERIFY(m_window->statusBar()->isAncestorOf(panel));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!reportDialog());

    importer->cancelButton()->setFocus();
    QTest::keyClick(importer->cancelButton(), Qt::Key_Escape);
    QVERIFY(finished.wait(60000));
    QVERIFY(importer->lastWasCancelled());
    QVERIFY(!panel->isVisible());
    const int done = int(importer->lastOutcomes().size());
    QVERIFY2(done > 0 && done < total, qPrintable(QString::number(done)));
    QDialog *report = reportDialog();
    QVERIFY(report);
    const QString headline = report->findChild<QLabel *>(QStringLiteral("importHeadline"))->text();
    QCOMPARE(headline, QStringLiteral("Import cancelled: %1 imported.").arg(done));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Import cancelled: ")));
}

void TestImportReport::destroyingTheWindowDuringAnImportStopsIt()
{
    QTemporaryDir drop;
    for (int i = 0; i < 300; ++i)
        QVERIFY(writeFile(drop.filePath(QStringLiteral("report-%1.html").arg(i, 4, 10, QLatin1Char('0'))), page(i)));
    const qint64 before = m_lib->library->articles().count({});
    QSignalSpy progress(m_window->importer(), &ImportController::progress);
    m_window->importPaths({drop.path()});
    QVERIFY(progress.wait(60000));
    m_window.reset(); // without closing: must neither crash nor go on importing
    const qint64 after = m_lib->library->articles().count({});
    QVERIFY2(after > before && after < before + 300, qPrintable(QString::number(after - before)));
    QTest::qWait(200);
    QCOMPARE(m_lib->library->articles().count({}), after);
}

void TestImportReport::aDeletedArticleComesBackAndTheReportSaysSo()
{
    QTemporaryDir drop;
    QVERIFY(writeFile(drop.filePath("report-7.html"), page(7)));
    ImportController *importer = m_window->importer();
    QSignalSpy finished(importer, &ImportController::finished);
    m_window->importPaths({drop.path()});
    QVERIFY(finished.wait(60000));
    const ArticleId id = importer->lastOutcomes().value(0).id;
    QVERIFY(id > 0);
    QVERIFY(storage::BulkOperations(*m_lib->library).remove(storage::ArticleSelection::of({id})).ok());
    finished.clear();
    m_window->importPaths({drop.path()});
    QVERIFY(finished.wait(60000));
    const import::ImportOutcome back = importer->lastOutcomes().value(0);
    QCOMPARE(back.id, id);
    QVERIFY(back.restored);
    QCOMPARE(ImportController::details(back, false),
             QStringLiteral("#%1 had been deleted: brought back with its tags, state and highlights").arg(id));
}

void TestImportReport::reportSpeaksChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/offprint_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QTemporaryDir drop;
    QVERIFY(writeFile(drop.filePath("report-1.html"), page(1)));
    QVERIFY(writeFile(drop.filePath("README.md"), "# Reports\n\nSaved with <code>wget</code>.\n"));
    QVERIFY(writeFile(drop.filePath("empty.html"), QByteArray()));
    ImportController *importer = m_window->importer();
    QSignalSpy finished(importer, &ImportController::finished);
    m_window->importPaths({drop.path()});
    QVERIFY(finished.wait(60000));
    QDialog *report = reportDialog();
    QVERIFY(report);
    const QString headline = report->findChild<QLabel *>(QStringLiteral("importHeadline"))->text();
    QStringList details;
    for (QTreeWidget *tree : report->findChildren<QTreeWidget *>())
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            details << tree->topLevelItem(i)->text(2);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(headline.startsWith(QStringLiteral("导入完成：")), qPrintable(headline));
    QVERIFY2(headline.contains(QStringLiteral("不是已保存的网页")), qPrintable(headline));
    QVERIFY2(details.contains(QStringLiteral("不是已保存的网页（没有剪藏元数据的 Markdown，例如 README）")),
             qPrintable(details.join(QLatin1Char('|'))));
    QVERIFY2(details.contains(QStringLiteral("空文件（0 字节）")), qPrintable(details.join(QLatin1Char('|'))));
    // The outcome's own reason, which the CLI prints, stays English.
    bool english = false;
    for (const import::ImportOutcome &o : importer->lastOutcomes())
        english |= o.reason == QStringLiteral("not a saved page (Markdown without a clip's front matter, such as a README)");
    QVERIFY(english);
}

QTEST_MAIN(TestImportReport)
#include "tst_importreport.moc"
