#include "librarytransfer.h"

#include "export/backup.h"
#include "export/epub.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProcess>
#include <QThread>

namespace offprint::gui {

LibraryTransfer::LibraryTransfer(storage::Library &library, QWidget *window)
    : QObject(window), m_library(library), m_window(window)
{
    connect(this, &LibraryTransfer::restored, this, [this](const QString &folder) {
        if (!m_window || !m_window->isVisible())
            return;
        const auto answer = QMessageBox::question(
            m_window, tr("Library restored"),
            tr("The library was restored into %1.\n\nOpen it in a new window?").arg(QDir::toNativeSeparators(folder)));
        if (answer == QMessageBox::Yes)
            QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--library"), folder});
    });
}

LibraryTransfer::~LibraryTransfer()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LibraryTransfer::run(const QString &starting, std::function<Outcome()> work,
                          std::function<void(const Outcome &)> then)
{
    if (m_busy) {
        emit message(tr("Another export, backup or restore is still running."));
        return;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_busy = true;
    emit message(starting);
    m_thread = QThread::create([this, work = std::move(work), then = std::move(then)] {
        const Outcome outcome = work();
        QMetaObject::invokeMethod(this, [this, outcome, then] {
            m_busy = false;
            emit message(outcome.text);
            emit finished(outcome.ok, outcome.text);
            if (then)
                then(outcome);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void LibraryTransfer::exportEpub(const QList<ArticleId> &ids, const QString &title)
{
    if (ids.isEmpty()) {
        emit message(tr("No articles to export."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export as EPUB"),
                                                      QDir::home().filePath(QStringLiteral("offprint.epub")),
                                                      tr("EPUB books (*.epub)"));
    if (!path.isEmpty())
        startEpub(ids, title, path.endsWith(QLatin1String(".epub"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".epub"));
}

void LibraryTransfer::startEpub(const QList<ArticleId> &ids, const QString &title, const QString &path)
{
    const QString folder = m_library.folder();
    run(tr("Exporting %n article(s) as EPUB…", nullptr, int(ids.size())), [folder, ids, title, path] {
        auto library = storage::Library::open(folder);
        if (!library)
            return Outcome{false, library.errorMessage()};
        QList<exporting::EpubItem> items;
        for (const ArticleId id : ids) {
            if (std::optional<Article> article = (*library)->articles().get(id))
                items.append({std::move(*article), (*library)->highlights().forArticle(id)});
        }
        exporting::EpubOptions options;
        options.title = title;
        storage::BlobStore &blobs = (*library)->blobs();
        auto report = exporting::writeEpub(path, items, [&blobs](const QString &rel) { return blobs.read(rel); }, options);
        if (!report)
            return Outcome{false, tr("EPUB export failed: %1").arg(report.errorMessage())};
        QString text = tr("Exported %n article(s) to %1", nullptr, report->articles).arg(QDir::toNativeSeparators(path));
        if (!report->warnings.isEmpty())
            text += u' ' + tr("(%n image(s) left out)", nullptr, int(report->warnings.size()));
        return Outcome{true, text};
    });
}

void LibraryTransfer::backUp()
{
    const QString name = QStringLiteral("offprint-backup-%1.zip").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back Up Library"), QDir::home().filePath(name),
                                                      tr("Offprint backups (*.zip)"));
    if (!path.isEmpty())
        startBackup(path);
}

void LibraryTransfer::startBackup(const QString &path)
{
    const QString folder = m_library.folder();
    run(tr("Backing up the library…"), [folder, path] {
        auto library = storage::Library::open(folder);
        if (!library)
            return Outcome{false, library.errorMessage()};
        auto report = exporting::backupLibrary(**library, path);
        if (!report)
            return Outcome{false, tr("Backup failed: %1").arg(report.errorMessage())};
        return Outcome{true, tr("Backed up %n file(s) to %1", nullptr, report->files).arg(QDir::toNativeSeparators(path))};
    });
}

void LibraryTransfer::restore()
{
    const QString archive = QFileDialog::getOpenFileName(m_window, tr("Restore Library"), QDir::homePath(),
                                                         tr("Offprint backups (*.zip)"));
    if (archive.isEmpty())
        return;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Restore into a new or empty folder"),
                                                             QDir::homePath());
    if (!folder.isEmpty())
        startRestore(archive, folder);
}

void LibraryTransfer::startRestore(const QString &archive, const QString &folder)
{
    run(tr("Checking and restoring the backup…"), [archive, folder] {
        auto report = exporting::restoreLibrary(archive, folder);
        if (!report)
            return Outcome{false, tr("Restore failed: %1").arg(report.errorMessage())};
        return Outcome{true, tr("Restored %n file(s) into %1", nullptr, report->files).arg(QDir::toNativeSeparators(folder))};
    }, [this, folder](const Outcome &outcome) {
        if (outcome.ok)
            emit restored(folder);
    });
}

} // namespace offprint::gui
