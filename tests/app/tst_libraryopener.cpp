// Opening a library written by an older Offprint in the window: the upgrade runs on a worker thread
// and a progress window names what it does (the articles indexed so far), instead of no window at all.
#include "libraryopener.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/searchrepository.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace offprint;

class TestLibraryOpener final : public QObject
{
    Q_OBJECT

private slots:
    void upgradeShowsItsProgress()
    {
        // A schema 1 library (the frozen file of what schema 1 wrote) with 6,000 more articles, so
        // that the upgrade's index rebuild reports a step before it ends.
        QFile sqlFile(qEnvironmentVariable("OFFPRINT_TEST_DATA") + QStringLiteral("/storage/library-v1.sql"));
        QVERIFY2(sqlFile.open(QIODevice::ReadOnly), qPrintable(sqlFile.fileName()));
        QTemporaryDir dir;
        {
            auto db = storage::Database::open(dir.filePath(QStringLiteral("library.sqlite")),
                                              storage::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(sqlFile.readAll().constData()).ok());
            QVERIFY((*db)->exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000) "
                                "INSERT INTO articles(title, saved, imported, text, text_length) "
                                "SELECT 'Generated ' || i, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', "
                                "'Checkpoint number ' || i || ' copies pages back into the database file.', 60 "
                                "FROM n")
                        .ok());
        }

        // Watches the progress window while the opening runs.
        QStringList labels;
        bool shown = false;
        QTimer watch;
        watch.setInterval(2);
        connect(&watch, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QProgressDialog *>(w);
                if (!dialog || !dialog->isVisible())
                    continue;
                shown = true;
                if (auto *bar = dialog->findChild<QProgressBar *>(); bar && !bar->property("watched").toBool()) {
                    bar->setProperty("watched", true);
                    connect(bar, &QProgressBar::valueChanged, this, [&labels, dialog] {
                        labels << dialog->findChild<QLabel *>()->text();
                    });
                }
            }
        });
        watch.start();
        auto opened = gui::openLibraryShowingProgress(dir.path(), 0);
        watch.stop();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
        QVERIFY(shown);
        QVERIFY2(labels.contains(QStringLiteral("Upgrading the library: rebuilding the search index (5,000 of 6,002 "
                                                "articles)…")),
                 qPrintable(labels.join(QLatin1Char('|'))));

        // Opened, upgraded, usable on this thread.
        storage::Library &library = **opened;
        QCOMPARE(library.articles().count({}), 6002);
        auto hits = library.search().search(QStringLiteral("\"Checkpoint number 5999\""), 5);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("library.sqlite.bak-v1"))));
    }

    void aLibraryThatCannotBeOpenedSaysWhy()
    {
        QTemporaryDir dir;
        QFile notALibrary(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(notALibrary.open(QIODevice::WriteOnly));
        notALibrary.write("these are not the bytes of an SQLite database, but of a text file saved by mistake\n");
        notALibrary.close();
        auto opened = gui::openLibraryShowingProgress(dir.path(), 0);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorMessage().contains(dir.filePath(QStringLiteral("library.sqlite"))),
                 qPrintable(opened.errorMessage()));
    }
};

QTEST_MAIN(TestLibraryOpener)
#include "tst_libraryopener.moc"
