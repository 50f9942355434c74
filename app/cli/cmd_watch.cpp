// watch DIR...: imports new saves as they appear. A file is imported once its size and mtime have
// stayed the same for two polls (a browser is still writing it otherwise).
#include "cli.h"

#include "import/collect.h"
#include "import/importer.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QTimer>

#include <csignal>

namespace offprint::cli {

namespace {

struct Seen
{
    qint64 size = -1;
    QDateTime modified;
    int stablePolls = 0;
    bool done = false;
};

void stopOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int cmdWatch(const Invocation &inv)
{
    const Options opts(inv.args, {}, {QStringLiteral("interval")});
    if (!opts.ok())
        return usageError(opts.error());
    if (opts.positionals().isEmpty())
        return usageError(QStringLiteral("usage: watch DIR... [--interval SECONDS]"));
    for (const QString &dir : opts.positionals()) {
        if (!QFileInfo(dir).isDir())
            return usageError(QStringLiteral("%1: not a folder").arg(dir));
    }
    const int interval = qMax(1, opts.value(QStringLiteral("interval"), QStringLiteral("1")).toInt());
    auto library = openLibrary(inv);
    if (!library)
        return InputFailed;

    QHash<QString, Seen> seen;
    const auto importReady = [&](const QStringList &files) {
        const auto outcomes = import::importFiles(*library, files, import::ImportOptions{});
        for (const import::ImportOutcome &o : outcomes) {
            using Kind = import::ImportOutcome::Kind;
            if (o.kind == Kind::Imported)
                out() << "imported #" << o.id << ": " << o.file << "\n";
            else if (o.kind == Kind::Duplicate)
                out() << "duplicate of #" << o.id << ": " << o.file << "\n";
            else if (o.kind == Kind::Failed)
                out() << "failed: " << o.file << ": " << o.reason << "\n";
        }
        out().flush();
    };
    // Only the timer's polls count towards "stopped growing": a burst of change notifications must not
    // make a file that is still being written look stable.
    const auto poll = [&](bool timed) {
        const import::FileList list = import::collectFiles(opts.positionals());
        QStringList ready;
        for (const QString &file : list.files) {
            const QFileInfo info(file);
            Seen &s = seen[file];
            if (s.done)
                continue;
            if (info.size() == s.size && info.lastModified() == s.modified) {
                if (timed && ++s.stablePolls >= 2) {
                    s.done = true;
                    ready << file;
                }
            } else {
                s.size = info.size();
                s.modified = info.lastModified();
                s.stablePolls = 0;
            }
        }
        if (!ready.isEmpty())
            importReady(ready);
    };

    QFileSystemWatcher watcher(opts.positionals());
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, [&] { poll(false); });
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { poll(true); });
    timer.start(interval * 1000);
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    out() << "watching " << opts.positionals().join(QStringLiteral(", ")) << " (Ctrl+C stops)\n";
    out().flush();
    poll(false);
    return QCoreApplication::exec() == 0 ? Success : InputFailed;
}

} // namespace offprint::cli
