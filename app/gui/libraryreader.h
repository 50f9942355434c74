#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

class LibraryReaderWorker;

// Reads the library on a thread of its own, through its own connection, for the window's views: the
// queries whose cost grows with the library (the ids of a 100,000-article view, the sidebar's counts)
// run there while the window goes on, and their results come back to the window's thread. Jobs run
// one after another in the order asked. A caller that asks again before an answer arrives drops the
// stale answer itself (a generation number).
//
// When the reader cannot open its connection, jobs run on the window's connection instead (as they
// did before there was a reader): slower, never wrong.
class LibraryReader final : public QObject
{
    Q_OBJECT
public:
    explicit LibraryReader(storage::Library &library, QObject *parent = nullptr);
    ~LibraryReader() override;

    // Runs `job` on the reader's thread, then `done` with its result on `context`'s thread (not at all
    // when `context` is gone by then).
    template<typename T>
    void read(QObject *context, std::function<T(storage::Library &)> job, std::function<void(T)> done)
    {
        auto result = std::make_shared<T>();
        post(context, [job = std::move(job), result](storage::Library &library) { *result = job(library); },
             [done = std::move(done), result] { done(std::move(*result)); });
    }

private:
    void post(QObject *context, std::function<void(storage::Library &)> job, std::function<void()> done);

    storage::Library &m_library;
    QThread *m_thread = nullptr;
    LibraryReaderWorker *m_worker = nullptr;
};

} // namespace offprint::gui
