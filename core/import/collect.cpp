#include "import/collect.h"

#include "archive/zipreader.h"
#include "import/formatdetect.h"
#include "import/savecomplete.h"
#include "readers/exportformats.h"
#include "import/singlefilezip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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

// Data and text files that sit next to saved pages in a folder (notes, exports, logs): never pages,
// even when they quote HTML. The reason's form (%2: the suffix), null for other files.
const char *dataFileForm(const QString &suffix)
{
    static const char *jsonLines = QT_TRANSLATE_NOOP("offprint::Error", "not a saved page (.%2 file: JSON lines)");
    static const char *text = QT_TRANSLATE_NOOP("offprint::Error", "not a saved page (.%2 file: plain text)");
    static const char *log = QT_TRANSLATE_NOOP("offprint::Error", "not a saved page (.%2 file: a log)");
    static const char *table = QT_TRANSLATE_NOOP("offprint::Error", "not a saved page (.%2 file: a table)");
    static const char *settings = QT_TRANSLATE_NOOP("offprint::Error", "not a saved page (.%2 file: settings)");
    static const char *docs = QT_TRANSLATE_NOOP("offprint::Error", "not a saved page (.%2 file: documentation)");
    static const char *data = QT_TRANSLATE_NOOP("offprint::Error", "not a saved page (.%2 file: data)");
    static const QHash<QString, const char *> forms = {
        {QStringLiteral("jsonl"), jsonLines}, {QStringLiteral("ndjson"), jsonLines}, {QStringLiteral("txt"), text},
        {QStringLiteral("text"), text},       {QStringLiteral("log"), log},             {QStringLiteral("csv"), table},
        {QStringLiteral("tsv"), table},       {QStringLiteral("yaml"), settings},       {QStringLiteral("yml"), settings},
        {QStringLiteral("toml"), settings},   {QStringLiteral("ini"), settings},        {QStringLiteral("rst"), docs},
        {QStringLiteral("xml"), data},        {QStringLiteral("sql"), data},
    };
    return forms.value(suffix.toLower(), nullptr);
}

// A Markdown clip starts with front matter ("---"); a README or notes file does not.
bool startsWithFrontMatter(const QByteArray &head)
{
    const QByteArray h = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
    return h.startsWith("---\n") || h.startsWith("---\r\n");
}

// The reason is a typed error about the file whose form does not repeat the file name (%2… are the
// details): the CLI prints o.reason after the name, the window the translated form.
ImportOutcome skipped(const QString &file, ErrorCode code, const char *form, const QStringList &details = {})
{
    ImportOutcome o;
    o.kind = ImportOutcome::Kind::Skipped;
    o.file = file;
    o.error = makeError(code, form, file, details);
    o.reason = o.error.message();
    return o;
}

ImportOutcome failed(const QString &file, ErrorCode code, const char *form, const QStringList &details = {})
{
    ImportOutcome o = skipped(file, code, form, details);
    o.kind = ImportOutcome::Kind::Failed;
    return o;
}

// Another reader's export (Pocket, Instapaper, bookmarks, …): decided by content, as pages are.
bool isExport(const QString &path, const QByteArray &head)
{
    readers::ExportProbe probe;
    probe.path = path;
    probe.head = head;
    if (archive::looksLikeZip(head)) {
        auto zip = archive::ZipReader::openFile(path);
        if (!zip)
            return false; // reported as a ZIP by detectFormat
        for (const archive::ZipEntry &entry : zip->entries())
            probe.zipEntries.append(entry.name);
    }
    return readers::detectExport(probe) != nullptr;
}

struct Collector
{
    FileList list;
    QSet<QString> seenFiles;
    QSet<QString> seenFolders;

    // inFolder: found while walking a folder, where only files that are clearly saved pages count.
    void addFile(const QFileInfo &info, bool inFolder)
    {
        const QString path = info.absoluteFilePath();
        if (seenFiles.contains(path))
            return;
        seenFiles.insert(path);
        // Checked before opening: opening a FIFO blocks until someone writes to it.
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
            list.skipped.append(skipped(path, ErrorCode::NotAPage, QT_TRANSLATE_NOOP("offprint::Error", "not a regular file (FIFO/device)")));
            return;
        }
        if (info.size() == 0) {
            list.skipped.append(skipped(path, ErrorCode::EmptyFile, unsupportedReasonForm(Format::Empty)));
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            list.skipped.append(failed(path, ErrorCode::Unreadable, QT_TRANSLATE_NOOP("offprint::Error", "cannot read (%2)"), {file.errorString()}));
            return;
        }
        const QByteArray head = file.read(kDetectBytes);
        if (isExport(path, head)) {
            list.exports.append(path);
            return;
        }
        const Format format = detectFormat(head, path);
        if (inFolder && format == Format::Markdown && !startsWithFrontMatter(head)) {
            list.skipped.append(skipped(path, ErrorCode::NotAPage,
                                        QT_TRANSLATE_NOOP("offprint::Error", "not a saved page (Markdown without a clip's front matter, such as a README)")));
            return;
        }
        if (format == Format::Zip && !isSingleFileZip(path)) {
            list.skipped.append(skipped(path, ErrorCode::NotAPage,
                                        QT_TRANSLATE_NOOP("offprint::Error", "a ZIP archive that is neither a compressed SingleFile page (no index.html) nor another reader's export")));
            return;
        }
        if (const char *reason = unsupportedReasonForm(format))
            list.skipped.append(skipped(path, format == Format::Empty ? ErrorCode::EmptyFile : ErrorCode::NotAPage, reason));
        else
            list.files.append(path);
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
                                           ErrorCode::InvalidInput,
                                           QT_TRANSLATE_NOOP("offprint::Error", "the file name is not valid UTF-8 (shown with \uFFFD); rename it to import it")));
            }
            ::closedir(handle);
        } else {
            list.skipped.append(failed(folder.absoluteFilePath(), ErrorCode::Unreadable,
                                       QT_TRANSLATE_NOOP("offprint::Error", "cannot read this folder (%2)"),
                                       {QString::fromLocal8Bit(std::strerror(errno))}));
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
                list.skipped.append(skipped(entry.absoluteFilePath(), ErrorCode::NotAPage,
                                            QT_TRANSLATE_NOOP("offprint::Error", "a partial download (the browser has not finished it)")));
                continue;
            }
            if (entry.isDir()) {
                const QString page = pageOfResourceFolder(entry);
                if (page == QLatin1String("?"))
                    list.skipped.append(skipped(entry.absoluteFilePath(), ErrorCode::NotAPage,
                                                QT_TRANSLATE_NOOP("offprint::Error", "resource folder of a saved page whose page is missing")));
                else if (page.isEmpty())
                    addFolder(entry, depth + 1);
                continue;
            }
            if (entry.isFile() && isCodeSuffix(entry.suffix()))
                list.skipped.append(skipped(entry.absoluteFilePath(), ErrorCode::NotAPage,
                                            QT_TRANSLATE_NOOP("offprint::Error", "not a saved web page (.%2 file)"), {entry.suffix()}));
            else if (entry.isFile() && dataFileForm(entry.suffix()))
                list.skipped.append(skipped(entry.absoluteFilePath(), ErrorCode::NotAPage, dataFileForm(entry.suffix()),
                                            {entry.suffix()}));
            else if (entry.isFile())
                addFile(entry, true);
            else if (entry.exists())
                list.skipped.append(skipped(entry.absoluteFilePath(), ErrorCode::NotAPage,
                                            QT_TRANSLATE_NOOP("offprint::Error", "not a regular file (FIFO/device)")));
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
                collector.list.skipped.append(skipped(info.absoluteFilePath(), ErrorCode::NotFound,
                                                      QT_TRANSLATE_NOOP("offprint::Error", "no saved pages found in this folder")));
            continue;
        }
        collector.addFile(info, false);
    }
    return collector.list;
}

} // namespace offprint::import
