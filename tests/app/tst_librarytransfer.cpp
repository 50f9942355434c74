// File ▸ Export as EPUB…, Back Up Library… and Restore Library… in the real window: the menu holds
// them, the export takes the current view (a tag) or the selection, and the work runs off the GUI
// thread to a real book and a real backup that restores.
#include "fixtures.h"

#include "librarytransfer.h"
#include "mainwindow.h"
#include "settings.h"
#include "sidebar.h"

#include "archive/zipreader.h"
#include "articlelistmodel.h"
#include "articlelistview.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace offprint;
using namespace offprint::gui;

namespace {

QByteArray entryOf(const archive::ZipReader &zip, const QString &name)
{
    auto data = zip.read(name, 1 << 26);
    return data ? *data : QByteArray();
}

// Answers the next visible message box with its Escape button (the test never opens a new window).
void dismissNextMessageBox()
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                timer->stop();
                timer->deleteLater();
                box->reject();
                return;
            }
        }
    });
    timer->start();
}

} // namespace

class TestLibraryTransfer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileMenuHoldsTheEntries();
    void exportsTheCurrentTagAsEpub();
    void exportsTheSelectionWhenSeveralAreSelected();
    void backsUpAndRestores();

private:
    bool waitFinished(QSignalSpy &spy);

    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestLibraryTransfer::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    QVERIFY(m_lib->populate());
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1000, 700);
    m_window->show();
}

void TestLibraryTransfer::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

bool TestLibraryTransfer::waitFinished(QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(60000);
}

void TestLibraryTransfer::fileMenuHoldsTheEntries()
{
    QMenu *file = nullptr;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->menu() && a->menu()->title() == MainWindow::tr("&File"))
            file = a->menu();
    }
    QVERIFY(file);
    QStringList names;
    for (QAction *a : file->actions())
        names << a->objectName();
    QVERIFY(names.contains(QStringLiteral("exportEpub")));
    QVERIFY(names.contains(QStringLiteral("backUp")));
    QVERIFY(names.contains(QStringLiteral("restore")));
}

void TestLibraryTransfer::exportsTheCurrentTagAsEpub()
{
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::Tag, QStringLiteral("芯片")}));
    const QList<ArticleId> ids = m_window->exportSelection();
    QCOMPARE(ids.size(), 1);
    QCOMPARE(m_window->exportTitle(), QStringLiteral("Offprint: 芯片"));
    const QString book = m_config->filePath(QStringLiteral("tag.epub"));
    QSignalSpy finished(m_window->transfer(), &LibraryTransfer::finished);
    m_window->transfer()->startEpub(ids, m_window->exportTitle(), book);
    QVERIFY(waitFinished(finished));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    auto zip = archive::ZipReader::openFile(book);
    if (!zip)
        QFAIL(qPrintable(zip.errorMessage()));
    QVERIFY(entryOf(*zip, QStringLiteral("OEBPS/content.opf")).contains(QStringLiteral("<dc:title>Offprint: 芯片</dc:title>").toUtf8()));
    QCOMPARE(entryOf(*zip, QStringLiteral("OEBPS/nav.xhtml")).count("<li>"), 1);
    // The article's image is inside, byte for byte.
    const QString hash = QFileInfo(m_lib->image).completeBaseName();
    QCOMPARE(entryOf(*zip, QStringLiteral("OEBPS/images/%1.png").arg(hash)), *m_lib->library->blobs().read(m_lib->image));
}

void TestLibraryTransfer::exportsTheSelectionWhenSeveralAreSelected()
{
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::All, {}}));
    QCOMPARE(m_window->exportSelection().size(), 4); // the view
    m_window->list()->selectionModel()->select(m_window->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_window->list()->selectionModel()->select(m_window->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<ArticleId> ids = m_window->exportSelection();
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.contains(m_window->model()->idAt(0)) && ids.contains(m_window->model()->idAt(2)));
    QCOMPARE(m_window->exportTitle(), QString()); // the book is then named by its article count
}

void TestLibraryTransfer::backsUpAndRestores()
{
    const QString archivePath = m_config->filePath(QStringLiteral("backup.zip"));
    QSignalSpy finished(m_window->transfer(), &LibraryTransfer::finished);
    m_window->transfer()->startBackup(archivePath);
    QVERIFY(waitFinished(finished));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    const QString target = m_config->filePath(QStringLiteral("restored"));
    QSignalSpy restored(m_window->transfer(), &LibraryTransfer::restored);
    finished.clear();
    dismissNextMessageBox(); // "Open it in a new window?" — no
    m_window->transfer()->startRestore(archivePath, target);
    QVERIFY(waitFinished(finished));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(restored.count(), 1);
    QCOMPARE(restored.first().at(0).toString(), target);
    auto copy = storage::Library::open(target);
    if (!copy)
        QFAIL(qPrintable(copy.errorMessage()));
    QCOMPARE((*copy)->articles().ids(storage::ArticleFilter{}), m_lib->library->articles().ids(storage::ArticleFilter{}));
    QCOMPARE(*(*copy)->blobs().read(m_lib->image), *m_lib->library->blobs().read(m_lib->image));

    // A second restore into the now filled folder is refused, and says so.
    finished.clear();
    m_window->transfer()->startRestore(archivePath, target);
    QVERIFY(waitFinished(finished));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("not empty")), qPrintable(finished.first().at(1).toString()));
}

QTEST_MAIN(TestLibraryTransfer)
#include "tst_librarytransfer.moc"
