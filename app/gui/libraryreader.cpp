#include "libraryreader.h"

#include "storage/library.h"

#include <QThread>

namespace offprint::gui {

// Lives on the reader's thread; opens its connection at the first job.
class LibraryReaderWorker final : public QObject
{
public:
    explicit LibraryReaderWorker(QString folder) : m_folder(std::move(folder)) {}

    storage::Library *library()
    {
        if (!m_library && !m_failed) {
            auto opened = storage::Library::open(m_folder);
            if (opened)
                m_library = std::move(*opened);
            else
                m_failed = true;
        }
        return m_library.get();
    }

private:
    QString m_folder;
    std::unique_ptr<storage::Library> m_library;
    bool m_failed = false;
};

LibraryReader::LibraryReader(storage::Library &library, QObject *parent) : QObject(parent), m_library(library)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("library reader"));
    m_worker = new LibraryReaderWorker(library.folder());
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

LibraryReader::~LibraryReader()
{
    m_thread->quit(); // after the job that runs; queued ones are dropped
    m_thread->wait();
    delete m_worker;
}

void LibraryReader::post(QObject *context, std::function<void(storage::Library &)> job, std::function<void()> done)
{
    // The answer goes through the reader (on the window's thread, alive until the worker stopped),
    // which hands it on when the context still exists.
    QPointer<QObject> guard(context);
    auto deliver = [guard, done = std::move(done)] {
        if (guard)
            done();
    };
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, job = std::move(job), deliver = std::move(deliver)] {
            storage::Library *library = worker->library();
            if (!library) {
                // No connection of its own: the job runs on the window's, on the window's thread.
                QMetaObject::invokeMethod(this, [this, job, deliver] {
                    job(m_library);
                    deliver();
                }, Qt::QueuedConnection);
                return;
            }
            job(*library);
            QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace offprint::gui
