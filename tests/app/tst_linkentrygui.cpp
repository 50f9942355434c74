// Link entries in the window: an export dropped on the import controller (the path of File ▸ Import
// and drag-and-drop) becomes rows marked "not saved yet"; the reader shows the entry's title,
// address, tags and an "Open in Browser" link instead of an empty article, and opening it does not
// mark it read.
#include "fixtures.h"

#include "articlelistmodel.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "readercontroller.h"
#include "readerview.h"
#include "settings.h"

#include <QFile>
#include <QTest>
#include <QTextDocument>

using namespace offprint;
using namespace offprint::gui;

class TestLinkEntryGui final : public QObject
{
    Q_OBJECT

private slots:
    void exportBecomesNotSavedYetRowsAndReaderPage()
    {
        fixtures::TestLibrary lib;
        QVERIFY(lib.open());
        const QString csv = lib.dir.filePath(QStringLiteral("instapaper-export.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("URL,Title,Selection,Folder,Timestamp,Tags\n"
                    "https://essay.example/paper,\"Paper, rags and pulp\",The history of paper,Unread,1700000000,\"[\"\"历史\"\"]\"\n"
                    "https://other.example/,Other,,Archive,1700000100,[]\n");
        }
        ImportController importer(lib.library->folder(), nullptr);
        importer.setShowReport(false);
        QVERIFY(importer.start({csv}, {}, true));
        importer.wait();
        QTRY_COMPARE(importer.lastOutcomes().size(), 2);
        for (const import::ImportOutcome &o : importer.lastOutcomes())
            QCOMPARE(o.kind, import::ImportOutcome::Kind::Imported);
        QCOMPARE(ImportController::summary(importer.lastOutcomes()), QStringLiteral("2 imported"));

        QTemporaryDir config;
        Settings settings(config.filePath(QStringLiteral("offprint.ini")));
        settings.setMarkReadSeconds(1);
        MainWindow window(*lib.library, settings);
        window.resize(1100, 700);
        window.show();
        ArticleListModel *model = window.model();
        model->reload();
        QTRY_COMPARE(model->rowCount(), 2);
        ArticleId paper = 0;
        int paperRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            QVERIFY(index.data(ArticleListModel::LinkOnlyRole).toBool());
            if (index.data(ArticleListModel::TitleRole).toString() == QLatin1String("Paper, rags and pulp")) {
                paper = index.data(ArticleListModel::IdRole).toLongLong();
                paperRow = row;
            }
        }
        QVERIFY(paper > 0);

        // Chosen in the list, as the user does.
        window.selectRow(paperRow);
        QTRY_COMPARE(window.readerController()->current(), paper);
        const QString shown = window.reader()->document()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("Paper, rags and pulp")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("https://essay.example/paper")));
        QVERIFY(shown.contains(QStringLiteral("历史")));
        QVERIFY(shown.contains(QLatin1String("The history of paper")));
        QVERIFY(shown.contains(QLatin1String("Open in Browser")));
        QVERIFY(window.reader()->documentHtml().contains(QLatin1String("href=\"https://essay.example/paper\"")));
        // Looking at a link entry does not read it (an article is read after the 1 s set above).
        QTest::qWait(1500);
        QCOMPARE(window.readerController()->current(), paper);
        QVERIFY(!lib.library->articles().get(paper)->read);
    }
};

QTEST_MAIN(TestLinkEntryGui)
#include "tst_linkentrygui.moc"
