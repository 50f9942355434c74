// Several connections on one library (the GUI and the CLI): shared writes, first open, change counter.
#include "storagefixtures.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/tagrepository.h"

#include <QDir>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

#include <latch>
#include <thread>
#include <vector>

using namespace offprint;
using namespace offprint::storage;

using storagefixtures::day;
using storagefixtures::makeArticle;

class TestStorageConcurrency final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void externalChangesAreVisible();
    void concurrentWritersShareLibrary();
    void concurrentFirstOpen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
};

void TestStorageConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Library::open(m_dir->filePath(QStringLiteral("lib")));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    m_lib = std::move(*opened);
}

void TestStorageConcurrency::cleanup()
{
    m_lib.reset();
    m_dir.reset();
}

void TestStorageConcurrency::externalChangesAreVisible()
{
    const qint64 start = m_lib->externalChangeCounter();
    QVERIFY(start >= 0);
    QVERIFY(m_lib->articles().insert(makeArticle(QStringLiteral("own"), QStringLiteral("s.com"), day(1))).ok());
    QCOMPARE(m_lib->externalChangeCounter(), start); // own commits do not count

    // A second process (here: a second Library on the same folder) imports an article.
    auto other = Library::open(m_lib->folder());
    QVERIFY(other.ok());
    QVERIFY(!(*other)->wasCreated());
    QVERIFY((*other)->articles().insert(makeArticle(QStringLiteral("theirs"), QStringLiteral("s.com"), day(2))).ok());
    QVERIFY(m_lib->externalChangeCounter() != start);
    QCOMPARE(m_lib->articles().count({}), 2);
}


void TestStorageConcurrency::concurrentWritersShareLibrary()
{
    // Two connections (as the GUI and the CLI would be) write at the same time; the busy timeout and
    // BEGIN IMMEDIATE make them take turns instead of failing with "database is locked".
    const QString folder = m_lib->folder();
    constexpr int kPerWriter = 150;
    auto writer = [folder](const QString &prefix, QStringList *errors) {
        auto lib = Library::open(folder);
        if (!lib.ok()) {
            errors->append(lib.errorMessage());
            return;
        }
        for (int i = 0; i < kPerWriter; ++i) {
            auto id = (*lib)->articles().insert(
                makeArticle(QStringLiteral("%1 %2").arg(prefix).arg(i), prefix, day(1 + i % 28), {prefix}));
            if (!id.ok()) {
                errors->append(id.errorMessage());
                continue;
            }
            if (auto r = (*lib)->articles().setRead(*id, i % 2 == 0); !r.ok())
                errors->append(r.errorMessage());
        }
    };
    QStringList errorsA;
    QStringList errorsB;
    std::thread a(writer, QStringLiteral("gui"), &errorsA);
    std::thread b(writer, QStringLiteral("cli"), &errorsB);
    a.join();
    b.join();
    QVERIFY2(errorsA.isEmpty(), qPrintable(errorsA.join(QLatin1Char('\n'))));
    QVERIFY2(errorsB.isEmpty(), qPrintable(errorsB.join(QLatin1Char('\n'))));
    QCOMPARE(m_lib->articles().count({}), 2 * kPerWriter);
    ArticleFilter gui;
    gui.tag = QStringLiteral("gui");
    gui.readState = ArticleFilter::ReadState::Read;
    QCOMPARE(m_lib->articles().count(gui), kPerWriter / 2);
    QVERIFY(m_lib->checkIntegrity().ok());
}


void TestStorageConcurrency::concurrentFirstOpen()
{
    // The GUI and the CLI started together on a library that does not exist yet: one creates and
    // migrates it, the others wait and find it ready. Switching a new file to WAL is a lock upgrade
    // that SQLite refuses at once (no busy handler) when another connection got there first, so the
    // openers are released together, many times over, to hit that window.
    constexpr int kRounds = 40;
    constexpr int kOpeners = 4;
    for (int round = 0; round < kRounds; ++round) {
        const QString folder = m_dir->filePath(QStringLiteral("fresh%1").arg(round));
        QStringList errors;
        int created = 0;
        QMutex mutex;
        std::latch start(kOpeners);
        auto opener = [&]() {
            start.arrive_and_wait();
            auto lib = Library::open(folder);
            QMutexLocker lock(&mutex);
            if (!lib.ok())
                errors << lib.errorMessage();
            else if (databaseOf(**lib).userVersion() != Library::schemaVersion())
                errors << QStringLiteral("schema %1").arg(databaseOf(**lib).userVersion());
            else if ((*lib)->wasCreated())
                ++created;
        };
        std::vector<std::thread> threads;
        for (int i = 0; i < kOpeners; ++i)
            threads.emplace_back(opener);
        for (auto &thread : threads)
            thread.join();
        QVERIFY2(errors.isEmpty(), qPrintable(QStringLiteral("round %1: ").arg(round) + errors.join(QLatin1Char('\n'))));
        QCOMPARE(created, 1); // only one of them seeds the sample articles
        QVERIFY(QDir(folder).entryList({QStringLiteral("*.bak-*")}, QDir::Files).isEmpty());
    }
}


QTEST_GUILESS_MAIN(TestStorageConcurrency)
#include "tst_storageconcurrency.moc"
