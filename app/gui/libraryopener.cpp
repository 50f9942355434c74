#include "libraryopener.h"

#include "storage/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

#include <optional>
#include <thread>

namespace offprint::gui {

Result<std::unique_ptr<storage::Library>> openLibraryShowingProgress(const QString &folder, int showAfterMs)
{
    QProgressDialog dialog;
    dialog.setWindowTitle(QCoreApplication::translate("offprint::gui::LibraryOpener", "Offprint"));
    dialog.setLabelText(QCoreApplication::translate("offprint::gui::LibraryOpener", "Opening the library in %1…").arg(QDir::toNativeSeparators(folder)));
    dialog.setCancelButton(nullptr); // an upgrade is one transaction: stopping it would only roll it back
    dialog.setRange(0, 0);
    dialog.setMinimumDuration(0);
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.reset(); // not shown until the timer says so
    QPointer<QProgressDialog> guard(&dialog);
    storage::Library::setIndexProgressHandler([guard](qint64 done, qint64 total) {
        // On the worker's thread: the dialog is told on its own.
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, total] {
                if (!guard)
                    return;
                guard->setLabelText(QCoreApplication::translate("offprint::gui::LibraryOpener",
                                                                  "Upgrading the library: rebuilding the search index "
                                                                  "(%L1 of %L2 articles)…")
                                        .arg(done)
                                        .arg(total));
                guard->setRange(0, int(qMin<qint64>(total, INT_MAX)));
                guard->setValue(int(qMin<qint64>(done, INT_MAX)));
            },
            Qt::QueuedConnection);
    });

    std::optional<Result<std::unique_ptr<storage::Library>>> opened;
    QEventLoop loop;
    QTimer::singleShot(showAfterMs, &dialog, [&dialog] { dialog.show(); });
    std::thread worker([&] {
        opened.emplace(storage::Library::open(folder));
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker.join();
    storage::Library::setIndexProgressHandler({});
    return std::move(*opened);
}

} // namespace offprint::gui
