// watch DIR...: imports new saves as they appear. The folders are watched with inotify (one watch per
// folder, nothing is re-read while nothing changes). A file is imported once it has not changed for
// --interval seconds AND looks complete (an HTML page has its </html> or </body>, an MHTML its final
// boundary, a property list its trailer); an incomplete file waits, and after --timeout seconds without
// a change it is imported with a warning. Partial downloads (.part, .crdownload, …) are ignored until
// the browser renames them. A file that changes after it was imported updates the same article.
#include "cli.h"

#include "import/collect.h"
#include "import/importer.h"
#include "import/savecomplete.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

namespace offprint::cli {

namespace {

constexpr int kMaxFolderDepth = 64;

struct Tracked
{
    qint64 size = -1;
    qint64 mtimeNs = -1;
    qint64 lastChangeMs = 0; // on the watch's clock
    bool pending = false;
    bool incomplete = false; // seen stable but incomplete (re-checked when it changes again)
    ArticleId id = 0;        // the article it became
    QByteArray hash;         // of the content imported
};

void stopOnSignal(int)
{
    QCoreApplication::quit();
}

bool isResourceFolderName(const QString &name)
{
    return name.endsWith(QLatin1String("_files")) || name.endsWith(QLatin1String(".files"));
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

class Watcher
{
public:
    Watcher(storage::Library &library, qint64 stableMs, qint64 timeoutMs)
        : m_library(library), m_stableMs(stableMs), m_timeoutMs(timeoutMs)
    {
        m_clock.start();
        m_tick.setInterval(int(std::clamp<qint64>(stableMs / 4, 50, 500)));
        QObject::connect(&m_tick, &QTimer::timeout, [this] { tick(); });
    }
    ~Watcher()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool start(const QStringList &folders)
    {
        m_fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd < 0) {
            err() << "offprint-cli: cannot watch folders (inotify: " << std::strerror(errno) << ")\n";
            return false;
        }
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { readEvents(); });
        for (const QString &folder : folders)
            addFolder(QFileInfo(folder).absoluteFilePath(), 0);
        // What is already there is taken like a new save (duplicates are recognised by the importer).
        const import::FileList existing = import::collectFiles(folders);
        for (const QString &file : existing.files)
            touch(file);
        return true;
    }

private:
    void addFolder(const QString &folder, int depth)
    {
        if (depth > kMaxFolderDepth)
            return;
        const int wd = ::inotify_add_watch(m_fd, QFile::encodeName(folder).constData(),
                                           IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM
                                               | IN_DELETE | IN_ATTRIB | IN_ONLYDIR);
        if (wd < 0) {
            const QString reason = errno == ENOSPC
                ? QStringLiteral("the system's limit of watched folders is reached (fs.inotify.max_user_watches)")
                : QString::fromLocal8Bit(std::strerror(errno));
            out() << "failed: " << folder << ": cannot watch this folder (" << reason << ")\n";
            out().flush();
            return;
        }
        m_folders.insert(wd, folder);
        const QFileInfoList subfolders =
            QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QFileInfo &sub : subfolders)
            if (!sub.fileName().startsWith(u'.'))
                addFolder(sub.absoluteFilePath(), depth + 1);
    }

    void readEvents()
    {
        alignas(inotify_event) char buffer[64 * 1024];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (char *p = buffer; p < buffer + n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(p);
                p += sizeof(inotify_event) + event->len;
                if (event->mask & IN_Q_OVERFLOW) {
                    rescanAll();
                    continue;
                }
                const QString folder = m_folders.value(event->wd);
                if (folder.isEmpty() || event->len == 0)
                    continue;
                if (event->mask & IN_IGNORED) {
                    m_folders.remove(event->wd);
                    continue;
                }
                handle(folder, QFile::decodeName(event->name), event->mask);
            }
        }
    }

    void handle(const QString &folder, const QString &name, quint32 mask)
    {
        if (name.startsWith(u'.') || import::isPartialDownloadName(name))
            return;
        const QString path = folder + u'/' + name;
        markActivity(folder);
        if (mask & IN_ISDIR) {
            if (mask & (IN_CREATE | IN_MOVED_TO)) {
                addFolder(path, 1);
                // A folder moved in whole: its pages are new saves.
                const import::FileList inside = import::collectFiles({path});
                for (const QString &file : inside.files)
                    touch(file);
            }
            return;
        }
        if (isResourceFolderName(QFileInfo(folder).fileName()))
            return; // an image of a page being saved: the page waits (markActivity)
        if (mask & (IN_DELETE | IN_MOVED_FROM)) {
            auto it = m_files.find(path);
            if (it != m_files.end())
                it->pending = false; // the article stays; a new file under this name updates it
            m_pending.remove(path);
            return;
        }
        touch(path);
    }

    // A change in a page's NAME_files/ folder keeps the page waiting too.
    void markActivity(const QString &folder)
    {
        m_folderActivity.insert(folder, m_clock.elapsed());
    }

    void touch(const QString &path)
    {
        Tracked &t = m_files[path];
        t.pending = true;
        t.incomplete = false;
        t.lastChangeMs = m_clock.elapsed();
        m_pending.insert(path);
        if (!m_tick.isActive())
            m_tick.start();
    }

    void rescanAll()
    {
        const import::FileList all = import::collectFiles(QStringList(m_folders.begin(), m_folders.end()));
        for (const QString &file : all.files)
            touch(file);
    }

    qint64 lastActivityOf(const QString &path, const Tracked &t) const
    {
        qint64 last = t.lastChangeMs;
        const QFileInfo info(path);
        const QString base = info.dir().filePath(info.completeBaseName());
        for (const QString &resources : {base + QStringLiteral("_files"), base + QStringLiteral(".files")})
            last = std::max(last, m_folderActivity.value(resources, 0));
        return last;
    }

    void tick()
    {
        const qint64 now = m_clock.elapsed();
        QStringList ready;
        QStringList late; // incomplete after the timeout
        // Only the files that changed are looked at (the tick stops when none is left).
        for (const QString &path : QStringList(m_pending.begin(), m_pending.end())) {
            const auto it = m_files.find(path);
            Tracked &t = it.value();
            if (now - lastActivityOf(it.key(), t) < m_stableMs)
                continue;
            struct stat st {};
            if (::stat(QFile::encodeName(it.key()).constData(), &st) != 0) {
                t.pending = false; // gone (renamed or deleted before it settled)
                continue;
            }
            if (!S_ISREG(st.st_mode)) {
                t.pending = false;
                out() << "failed: " << it.key() << ": not a regular file (FIFO/device)\n";
                continue;
            }
            // Unchanged since the last look, or (first look) not written for the whole interval.
            const qint64 mtime = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
            const bool firstLookSettled =
                t.size < 0 && QDateTime::currentMSecsSinceEpoch() - mtime / 1000000 >= m_stableMs;
            if (!firstLookSettled && (st.st_size != t.size || mtime != t.mtimeNs)) {
                t.size = st.st_size;
                t.mtimeNs = mtime;
                t.lastChangeMs = now;
                t.incomplete = false;
                continue;
            }
            t.size = st.st_size;
            t.mtimeNs = mtime;
            if (!t.incomplete && import::saveState(it.key()) == import::SaveState::Incomplete)
                t.incomplete = true;
            if (t.incomplete) {
                if (now - t.lastChangeMs < m_timeoutMs)
                    continue;
                late << it.key();
            }
            t.pending = false;
            ready << it.key();
        }
        for (auto it = m_pending.begin(); it != m_pending.end();)
            it = m_files.value(*it).pending ? std::next(it) : m_pending.erase(it);
        if (!ready.isEmpty())
            importReady(ready, late);
        if (m_pending.isEmpty())
            m_tick.stop();
        out().flush();
    }

    void importReady(const QStringList &ready, const QStringList &late)
    {
        QStringList fresh;
        for (const QString &file : ready) {
            Tracked &t = m_files[file];
            QByteArray hash = hashOf(file);
            if (!t.hash.isEmpty() && hash == t.hash)
                continue; // touched, same content
            if (late.contains(file))
                out() << "warning: " << file << ": still incomplete after " << m_timeoutMs / 1000
                      << " s without a change (no end of page found); imported as it is\n";
            if (t.id != 0) {
                import::ImportOptions options;
                options.threads = 1;
                options.replaces = t.id;
                report(import::importFiles(m_library, {file}, options));
            } else {
                fresh << file;
            }
        }
        if (fresh.isEmpty())
            return;
        // Unknown files in a watched folder (images, notes) are not pages: left alone quietly.
        const import::FileList pages = import::collectFiles(fresh);
        import::ImportOptions options;
        options.threads = 1;
        report(import::importFiles(m_library, pages.files, options));
    }

    void report(const QList<import::ImportOutcome> &outcomes)
    {
        using Kind = import::ImportOutcome::Kind;
        for (const import::ImportOutcome &o : outcomes) {
            if (o.kind == Kind::Imported || o.kind == Kind::Duplicate || o.kind == Kind::Updated) {
                Tracked &t = m_files[o.file];
                t.id = o.id;
                t.hash = hashOf(o.file);
            }
            if (o.kind == Kind::Imported)
                out() << "imported #" << o.id << ": " << o.file << "\n";
            else if (o.kind == Kind::Duplicate)
                out() << "duplicate of #" << o.id << ": " << o.file << "\n";
            else if (o.kind == Kind::Updated)
                out() << "updated #" << o.id << ": " << o.file << "\n";
            else if (o.kind == Kind::Failed)
                out() << "failed: " << o.file << ": " << o.reason << "\n";
        }
    }

    storage::Library &m_library;
    const qint64 m_stableMs;
    const qint64 m_timeoutMs;
    QElapsedTimer m_clock;
    QTimer m_tick;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QHash<int, QString> m_folders;
    QHash<QString, qint64> m_folderActivity;
    QHash<QString, Tracked> m_files;
    QSet<QString> m_pending; // files whose pending flag is set
};

// Seconds, fractions allowed ("0.3"); -1 when not a positive number.
qint64 millisecondsOf(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !(seconds > 0) || seconds > 86400)
        return -1;
    return std::max<qint64>(50, qint64(seconds * 1000));
}

} // namespace

int cmdWatch(const Invocation &inv)
{
    const Options opts(inv.args, {}, {QStringLiteral("interval"), QStringLiteral("timeout")});
    if (!opts.ok())
        return usageError(opts.error());
    if (opts.positionals().isEmpty())
        return usageError(QStringLiteral("usage: watch DIR... [--interval SECONDS] [--timeout SECONDS]"));
    for (const QString &dir : opts.positionals()) {
        if (!QFileInfo(dir).isDir())
            return usageError(QStringLiteral("%1: not a folder").arg(dir));
    }
    const qint64 stableMs = millisecondsOf(opts.value(QStringLiteral("interval"), QStringLiteral("1")));
    const qint64 timeoutMs = millisecondsOf(opts.value(QStringLiteral("timeout"), QStringLiteral("60")));
    if (stableMs < 0 || timeoutMs < 0)
        return usageError(QStringLiteral("--interval and --timeout need a number of seconds"));
    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;

    Watcher watcher(*library, stableMs, std::max(timeoutMs, stableMs));
    if (!watcher.start(opts.positionals()))
        return InputFailed;
    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    out() << "watching " << opts.positionals().join(QStringLiteral(", ")) << " (Ctrl+C stops)\n";
    out().flush();
    return QCoreApplication::exec() == 0 ? Success : InputFailed;
}

} // namespace offprint::cli
