#include "import/collect.h"

#include "import/formatdetect.h"
#include "import/savecomplete.h"
#include "import/singlefilezip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <sys/stat.h>

namespace offprint::import {

namespace {

constexpr qint64 kDetectBytes = 64 * 1024;
constexpr int kMaxFolderDepth = 64;

// "NAME_files" (Chrome, Firefox) or "NAME.files" (old IE): the folder of a saved page.
QString pageOfResourceFolder(const QFileInfo &folder)
{
    const QString name = folder.fileName();
    QString base;
    if (name.endsWith(QLatin1String("_files")))
        base = name.chopped(6);
    else if (name.endsWith(QLatin1String(".files")))
        base = name.chopped(6);
    else
        return {};
    // Probed by name rather than with a name filter: page titles often contain [ ] * ?.
    const QDir parent = folder.dir();
    for (const char *suffix : {"html", "htm", "xhtml", "shtml", "mht", "mhtml", "HTML", "HTM"}) {
        const QString candidate = parent.filePath(base + u'.' + QLatin1String(suffix));
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return QStringLiteral("?"); // looks like a resource folder, but its page is missing
}

// Source code and styles often contain HTML in strings; inside folders they are never pages.
bool isCodeSuffix(const QString &suffix)
{
    static const QSet<QString> suffixes = {
        QStringLiteral("py"),  QStringLiteral("js"),   QStringLiteral("mjs"), QStringLiteral("ts"),
        QStringLiteral("css"), QStringLiteral("json"), QStringLiteral("c"),   QStringLiteral("cpp"),
        QStringLiteral("h"),   QStringLiteral("sh"),   QStringLiteral("php"), QStringLiteral("rb"),
        QStringLiteral("java"), QStringLiteral("go"),  QStringLiteral("rs"),  QStringLiteral("svg")};
    return suffixes.contains(suffix.toLower());
}

ImportOutcome skipped(const QString &file, const QString &reason)
{
    ImportOutcome o;
    o.kind = ImportOutcome::Kind::Skipped;
    o.file = file;
    o.reason = reason;
    return o;
}

ImportOutcome failed(const QString &file, const QString &reason)
{
    ImportOutcome o = skipped(file, reason);
    o.kind = ImportOutcome::Kind::Failed;
    return o;
}

struct Collector
{
    FileList list;
    QSet<QString> seenFiles;
    QSet<QString> seenFolders;

    void addFile(const QFileInfo &info)
    {
        const QString path = info.absoluteFilePath();
        if (seenFiles.contains(path))
            return;
        seenFiles.insert(path);
        // Checked before opening: opening a FIFO blocks until someone writes to it.
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
            list.skipped.append(skipped(path, QStringLiteral("not a regular file (FIFO/device)")));
            return;
        }
        if (info.size() == 0) {
            list.skipped.append(skipped(path, unsupportedReason(Format::Empty)));
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            list.skipped.append(failed(path, QStringLiteral("cannot read (%1)").arg(file.errorString())));
            return;
        }
        const Format format = detectFormat(file.read(kDetectBytes), path);
        QString reason = unsupportedReason(format);
        if (format == Format::Zip && !isSingleFileZip(path))
            reason = QStringLiteral("a ZIP archive that is not a compressed SingleFile page (no index.html)");
        if (reason.isEmpty())
            list.files.append(path);
        else
            list.skipped.append(skipped(path, reason));
    }

    void addFolder(const QFileInfo &folder, int depth)
    {
        const QString canonical = folder.canonicalFilePath();
        if (depth > kMaxFolderDepth || canonical.isEmpty() || seenFolders.contains(canonical))
            return;
        seenFolders.insert(canonical);
        // QDir lists an unreadable folder as empty: ask the system, so the user learns what was missed.
        if (DIR *handle = ::opendir(QFile::encodeName(folder.absoluteFilePath()).constData())) {
            // Names whose bytes are not UTF-8 cannot be named by Qt (QDir drops them): found here.
            while (const dirent *entry = ::readdir(handle)) {
                const QByteArray name(entry->d_name);
                if (name.startsWith('.') || QFile::encodeName(QFile::decodeName(name)) == name)
                    continue;
                list.skipped.append(failed(folder.absoluteFilePath() + u'/' + QFile::decodeName(name),
                                           QStringLiteral("the file name is not valid UTF-8 (shown with \uFFFD); "
                                                          "rename it to import it")));
            }
            ::closedir(handle);
        } else {
            list.skipped.append(failed(folder.absoluteFilePath(),
                                       QStringLiteral("cannot read this folder (%1)")
                                           .arg(QString::fromLocal8Bit(std::strerror(errno)))));
            return;
        }
        const QDir dir(folder.absoluteFilePath());
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot,
                              QDir::Name | QDir::DirsLast);
        for (const QFileInfo &entry : entries) {
            if (entry.fileName().startsWith(u'.'))
                continue; // hidden files and folders (.git, .DS_Store, editor backups)
            if (isPartialDownloadName(entry.fileName())) {
                list.skipped.append(skipped(entry.absoluteFilePath(),
                                            QStringLiteral("a partial download (the browser has not finished it)")));
                continue;
            }
            if (entry.isDir()) {
                const QString page = pageOfResourceFolder(entry);
                if (page == QLatin1String("?"))
                    list.skipped.append(skipped(entry.absoluteFilePath(),
                                                QStringLiteral("resource folder of a saved page whose page is missing")));
                else if (page.isEmpty())
                    addFolder(entry, depth + 1);
                continue;
            }
            if (entry.isFile() && isCodeSuffix(entry.suffix()))
                list.skipped.append(skipped(entry.absoluteFilePath(),
                                            QStringLiteral("not a saved web page (.%1 file)").arg(entry.suffix())));
            else if (entry.isFile())
                addFile(entry);
            else if (entry.exists())
                list.skipped.append(
                    skipped(entry.absoluteFilePath(), QStringLiteral("not a regular file (FIFO/device)")));
        }
    }
};

} // namespace

FileList collectFiles(const QStringList &paths)
{
    Collector collector;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            // prepareFile names the problem ("no such file") when it is imported.
            collector.list.files.append(info.absoluteFilePath());
            continue;
        }
        if (info.isDir()) {
            const qsizetype before = collector.list.files.size() + collector.list.skipped.size();
            collector.addFolder(info, 0);
            if (collector.list.files.size() + collector.list.skipped.size() == before)
                collector.list.skipped.append(
                    skipped(info.absoluteFilePath(), QStringLiteral("no saved pages found in this folder")));
            continue;
        }
        collector.addFile(info);
    }
    return collector.list;
}

} // namespace offprint::import
