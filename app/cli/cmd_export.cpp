// export ID...|--all|--tag NAME|--search QUERY --format markdown|html|json --output DIR: writes articles
// and their images; --format epub --output FILE.epub writes one EPUB book of them. The output
// folder may hold anything (a shared or hostile folder): nothing is written through a symbolic link,
// a hard link or outside the folder, and every file that could not be written is named.
#include "articlejson.h"
#include "cli.h"
#include "selection.h"

#include "annotate/anchor.h"
#include "annotate/exportdoc.h"
#include "export/epub.h"
#include "render/articlehtml.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace offprint::cli {

namespace {

// An open folder (O_DIRECTORY); names are resolved relative to it, never through a symlink.
class FolderHandle
{
public:
    FolderHandle() = default;
    explicit FolderHandle(int fd) : m_fd(fd) {}
    ~FolderHandle()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FolderHandle(FolderHandle &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    FolderHandle &operator=(FolderHandle &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    int fd() const { return m_fd; }
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Why an existing entry NAME in the folder must not be written, or empty when it may be replaced.
QString refusalFor(int folder, const QByteArray &name)
{
    struct stat st {};
    if (::fstatat(folder, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? QString() : systemReason(errno);
    if (S_ISLNK(st.st_mode))
        return QStringLiteral("is a symbolic link; refusing to write through it (it could point outside the "
                              "output folder)");
    if (!S_ISREG(st.st_mode))
        return QStringLiteral("exists and is not a regular file");
    if (st.st_nlink > 1)
        return QStringLiteral("has other hard links; refusing to write through it (they could be outside the "
                              "output folder)");
    return {};
}

// Writes DATA as NAME inside the folder: a new file created with O_EXCL next to it, then renamed over
// the name, so that the bytes never go through whatever the name pointed at. Empty on success.
QString writeInside(int folder, const QString &name, const QByteArray &data)
{
    const QByteArray encoded = QFile::encodeName(name);
    if (QString refused = refusalFor(folder, encoded); !refused.isEmpty())
        return refused;
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        temp = "." + encoded + ".part" + QByteArray::number(::getpid()) + "-" + QByteArray::number(attempt);
        fd = ::openat(folder, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0 && errno != EEXIST)
            return systemReason(errno);
    }
    if (fd < 0)
        return QStringLiteral("cannot create a temporary file next to it");
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            ::unlinkat(folder, temp.constData(), 0);
            return systemReason(error);
        }
        written += n;
    }
    if (::close(fd) != 0 || ::renameat(folder, temp.constData(), folder, encoded.constData()) != 0) {
        const int error = errno;
        ::unlinkat(folder, temp.constData(), 0);
        return systemReason(error);
    }
    return {};
}

// Opens (creating it when missing) the sub-folder NAME without following a symlink.
FolderHandle openSubfolder(int folder, const char *name, QString *reason)
{
    if (::mkdirat(folder, name, 0755) != 0 && errno != EEXIST) {
        *reason = systemReason(errno);
        return {};
    }
    const int fd = ::openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *reason = errno == ELOOP || errno == ENOTDIR
            ? QStringLiteral("is a symbolic link or not a folder; refusing to write outside the output folder")
            : systemReason(errno);
    }
    return FolderHandle(fd);
}

QString slugFor(const Article &article)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString slug = article.meta.title.left(60);
    slug.replace(unsafe, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return QStringLiteral("%1-%2").arg(article.id).arg(slug.isEmpty() ? QStringLiteral("article") : slug);
}

struct Exporter
{
    storage::Library &library;
    QString outputDir;
    FolderHandle output;
    FolderHandle assets;
    QSet<QString> copied;

    QString fail(const QString &path, const QString &reason)
    {
        err() << "failed: " << path << ": " << reason << "\n";
        return reason;
    }

    // Copies the article's library images into assets/ and points the Markdown at the copies; each
    // image that cannot be copied is reported (the return value counts them).
    int exportAssets(ArticleId id, QString &markdown)
    {
        static const QRegularExpression blobRef(QStringLiteral("blobs/[0-9a-f]{2}/[0-9a-f]{64}(\\.[a-z0-9]+)?"));
        int problems = 0;
        QSet<QString> seen;
        auto it = blobRef.globalMatch(markdown);
        while (it.hasNext()) {
            const QString rel = it.next().captured(0);
            if (seen.contains(rel))
                continue;
            seen.insert(rel);
            const QString name = QFileInfo(rel).fileName();
            const QString target = outputDir + QStringLiteral("/assets/") + name;
            if (!copied.contains(name)) {
                if (!assets.ok()) {
                    QString reason;
                    assets = openSubfolder(output.fd(), "assets", &reason);
                    if (!assets.ok()) {
                        fail(outputDir + QStringLiteral("/assets"), reason);
                        ++problems;
                        continue;
                    }
                }
                auto data = library.blobs().read(rel);
                if (!data) {
                    err() << "failed: #" << id << ": " << data.errorMessage() << " (image " << rel << ")\n";
                    ++problems;
                    continue;
                }
                if (const QString reason = writeInside(assets.fd(), name, *data); !reason.isEmpty()) {
                    fail(target, reason);
                    ++problems;
                    continue;
                }
                copied.insert(name);
            }
            markdown.replace(rel, QStringLiteral("assets/") + name);
        }
        return problems;
    }
};

// The reader's own document (render::articleHtml) with a style sheet for a browser.
QString standaloneHtml(const Article &article, const QString &markdownWithAssets)
{
    static const QString style = QStringLiteral(
        "body{max-width:40em;margin:2em auto;padding:0 1em;line-height:1.7;font-family:serif}"
        "html[lang|=zh] body,html[lang|=ja] body{font-family:\"Noto Serif CJK SC\",\"Source Han Serif SC\",serif;"
        "line-height:1.8}img{max-width:100%}pre{overflow:auto;background:#f4f4f4;padding:.8em}"
        "blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em;color:#555}"
        "blockquote[dir=rtl]{border-left:0;border-right:3px solid #ccc;padding:0 1em 0 0}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .5em}"
        ".meta,.tags,.caption{color:#666;font-size:.9em}.caption{text-align:center}"
        ".figure{text-align:center}.imgph{color:#666;background:#f4f4f4}");
    Article copy = article;
    copy.markdown = markdownWithAssets;
    return render::articleHtml(copy, style);
}

// For tools: the article's fields as in `show --format json`, its Markdown (with the exported image
// paths), plain text, note and highlights (as in `highlights --json`).
QByteArray articleJson(const Article &article, const QString &markdownWithAssets, const QString &note,
                       const QList<Highlight> &highlights)
{
    QJsonObject obj = articleToJson(article);
    obj.insert(QStringLiteral("canonical_url"), article.meta.canonicalUrl);
    obj.insert(QStringLiteral("excerpt"), article.meta.excerpt);
    obj.insert(QStringLiteral("markdown"), markdownWithAssets);
    obj.insert(QStringLiteral("text"), annotate::articleText(article.markdown));
    obj.insert(QStringLiteral("note"), note);
    QJsonArray array;
    for (const Highlight &h : highlights)
        array.append(highlightToJson(h));
    obj.insert(QStringLiteral("highlights"), array);
    return QJsonDocument(obj).toJson(QJsonDocument::Indented);
}

// One EPUB of the selected articles with their highlights.
int exportEpub(storage::Library &library, const QList<ArticleId> &ids, const QString &path, const QString &label)
{
    QList<exporting::EpubItem> items;
    int failed = 0;
    for (const ArticleId id : ids) {
        std::optional<Article> article = library.articles().get(id);
        if (!article) {
            err() << "failed: #" << id << ": no such article\n";
            ++failed;
            continue;
        }
        items.append({std::move(*article), library.highlights().forArticle(id)});
    }
    if (items.isEmpty())
        return InputFailed;
    exporting::EpubOptions options;
    if (!label.isEmpty())
        options.title = QStringLiteral("Offprint: %1").arg(label);
    storage::BlobStore &blobs = library.blobs();
    auto report = exporting::writeEpub(path, items, [&blobs](const QString &rel) { return blobs.read(rel); }, options);
    if (!report) {
        err() << "failed: " << report.errorMessage() << "\n";
        return InputFailed;
    }
    for (const QString &warning : std::as_const(report->warnings))
        err() << "warning: " << warning << "\n";
    out() << "exported " << report->articles << " article(s) with " << report->images << " image(s): " << path << "\n";
    return failed > 0 ? InputFailed : Success;
}

} // namespace

int cmdExport(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("all")},
                       {QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("tag"), QStringLiteral("search")});
    if (!opts.ok())
        return usageError(opts.error());
    const QString format = opts.value(QStringLiteral("format"), QStringLiteral("markdown"));
    if (format != QLatin1String("markdown") && format != QLatin1String("html") && format != QLatin1String("json")
        && format != QLatin1String("epub"))
        return usageError(QStringLiteral("unknown format '%1' (markdown, html, json or epub)").arg(format));
    const QString outputDir = opts.value(QStringLiteral("output"));
    if (outputDir.isEmpty())
        return usageError(format == QLatin1String("epub") ? QStringLiteral("export --format epub needs --output FILE.epub")
                                                          : QStringLiteral("export needs --output DIR"));

    auto library = openLibrary(inv);
    if (!library)
        return InputFailed;
    int exitCode = Success;
    const std::optional<QList<ArticleId>> selected = selectArticles(*library, opts, &exitCode);
    if (!selected)
        return exitCode;
    const QList<ArticleId> &ids = *selected;
    if (format == QLatin1String("epub"))
        return exportEpub(*library, ids, outputDir, selectionLabel(opts));
    if (!QDir().mkpath(outputDir)) {
        err() << "offprint-cli: " << outputDir << ": cannot create the folder\n";
        return InputFailed;
    }
    // The folder named on the command line is the user's choice (it may itself be a link); what lies
    // inside it is not trusted.
    const int outputFd = ::open(QFile::encodeName(outputDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    Exporter exporter{*library, outputDir, FolderHandle(outputFd), FolderHandle(), {}};
    if (!exporter.output.ok()) {
        err() << "offprint-cli: " << outputDir << ": cannot open the folder (" << systemReason(errno) << ")\n";
        return InputFailed;
    }
    int failed = 0;
    for (const ArticleId id : ids) {
        const std::optional<Article> article = library->articles().get(id);
        if (!article) {
            err() << "failed: #" << id << ": no such article\n";
            ++failed;
            continue;
        }
        QString markdownText = article->markdown;
        const int missing = exporter.exportAssets(id, markdownText);
        QByteArray content;
        QString extension;
        if (format == QLatin1String("html")) {
            content = standaloneHtml(*article, markdownText).toUtf8();
            extension = QStringLiteral(".html");
        } else {
            // Highlights and notes go with the text (README, "Highlights and notes").
            const QList<Highlight> highlights = library->highlights().forArticle(id);
            const auto storedNote = library->highlights().articleNote(id);
            const QString note = storedNote ? *storedNote : QString();
            if (format == QLatin1String("json")) {
                content = articleJson(*article, markdownText, note, highlights);
                extension = QStringLiteral(".json");
            } else {
                content = annotate::exportMarkdown(*article, markdownText, highlights, note).toUtf8();
                extension = QStringLiteral(".md");
            }
        }
        const QString name = slugFor(*article) + extension;
        const QString path = QDir(outputDir).filePath(name);
        if (const QString reason = writeInside(exporter.output.fd(), name, content); !reason.isEmpty()) {
            exporter.fail(path, reason);
            ++failed;
            continue;
        }
        if (missing > 0) {
            err() << "failed: #" << id << ": exported to " << path << " with " << missing
                  << " image(s) not exported (see above)\n";
            ++failed;
            continue;
        }
        out() << "exported #" << id << ": " << path << "\n";
    }
    return failed > 0 ? InputFailed : Success;
}

} // namespace offprint::cli
