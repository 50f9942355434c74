// Commands over the text: search, segment, export.
#include "articlejson.h"
#include "cli.h"

#include "markdown/render.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "text/segmenter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <iostream>
#include <string>

#include <unistd.h>

namespace offprint::cli {

namespace {

// Snippets mark matches with \x02 … \x03; JSON gets <mark> tags, a terminal gets bold, a pipe brackets.
QString renderSnippet(QString snippet, const QString &open, const QString &close)
{
    snippet.replace(QChar(0x02), open);
    snippet.replace(QChar(0x03), close);
    return snippet.simplified();
}

} // namespace

int cmdSearch(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("json")}, {QStringLiteral("limit"), QStringLiteral("offset")});
    if (!opts.ok())
        return usageError(opts.error());
    const QString query = opts.positionals().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return usageError(QStringLiteral("usage: search QUERY [--limit N] [--json]"));
    bool ok = true;
    const int limit = opts.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || limit < 0)
        return usageError(QStringLiteral("--limit needs a number"));
    const int offset = opts.value(QStringLiteral("offset"), QStringLiteral("0")).toInt(&ok);
    if (!ok || offset < 0)
        return usageError(QStringLiteral("--offset needs a number"));

    auto library = openLibrary(inv);
    if (!library)
        return InputFailed;
    const auto hits = library->search().search(query, limit, offset);
    if (!hits) {
        err() << "offprint-cli: search: " << hits.errorMessage() << "\n";
        return UsageError;
    }
    if (opts.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const storage::SearchHit &hit : *hits) {
            QJsonObject obj = articleToJson(hit.article);
            obj.insert(QStringLiteral("date"), dateToJson(hit.article.meta.published.isValid() ? hit.article.meta.published
                                                                                               : hit.article.saved));
            obj.insert(QStringLiteral("score"), hit.score);
            obj.insert(QStringLiteral("snippet"),
                       renderSnippet(hit.snippet, QStringLiteral("<mark>"), QStringLiteral("</mark>")));
            array.append(obj);
        }
        printJson(array);
        return Success;
    }
    const bool tty = isatty(STDOUT_FILENO);
    for (const storage::SearchHit &hit : *hits) {
        out() << "#" << hit.article.id << "  " << hit.article.meta.title;
        if (!hit.article.meta.siteName.isEmpty())
            out() << "  (" << hit.article.meta.siteName << ")";
        out() << "\n    "
              << renderSnippet(hit.snippet, tty ? QStringLiteral("\x1b[1m") : QStringLiteral("["),
                               tty ? QStringLiteral("\x1b[0m") : QStringLiteral("]"))
              << "\n";
    }
    out() << hits->size() << (hits->size() == 1 ? " result" : " results") << "\n";
    return Success;
}

int cmdSegment(const Invocation &inv)
{
    if (!inv.args.isEmpty())
        return usageError(QStringLiteral("segment reads stdin and takes no arguments"));
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const QStringList words = text::segmentWords(QString::fromUtf8(line.data(), qsizetype(line.size())));
        out() << words.join(QLatin1Char(' ')) << "\n";
    }
    return Success;
}

namespace {

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

// Copies the article's library images next to the export and points the Markdown at the copies.
QString exportAssets(storage::Library &library, const QString &markdown, const QString &outputDir)
{
    static const QRegularExpression blobRef(QStringLiteral("blobs/[0-9a-f]{2}/[0-9a-f]{64}(\\.[a-z0-9]+)?"));
    QString result = markdown;
    QSet<QString> copied;
    auto it = blobRef.globalMatch(markdown);
    while (it.hasNext()) {
        const QString rel = it.next().captured(0);
        if (copied.contains(rel))
            continue;
        copied.insert(rel);
        const QString name = QFileInfo(rel).fileName();
        QDir(outputDir).mkpath(QStringLiteral("assets"));
        const QString target = outputDir + QStringLiteral("/assets/") + name;
        if (!QFile::exists(target))
            QFile::copy(library.blobs().absolutePath(rel), target);
        result.replace(rel, QStringLiteral("assets/") + name);
    }
    return result;
}

QString standaloneHtml(const Article &article, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                          "<style>body{max-width:40em;margin:2em auto;padding:0 1em;line-height:1.75;"
                          "font-family:\"Noto Serif CJK SC\",\"Source Han Serif SC\",serif}img{max-width:100%}"
                          "pre{overflow:auto;background:#f4f4f4;padding:.8em}</style>\n</head>\n<body>\n"
                          "<h1>%2</h1>\n%3</body>\n</html>\n")
        .arg(article.meta.language.toHtmlEscaped(), article.meta.title.toHtmlEscaped(), body);
}

} // namespace

int cmdExport(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("all")}, {QStringLiteral("format"), QStringLiteral("output")});
    if (!opts.ok())
        return usageError(opts.error());
    const bool all = opts.flag(QStringLiteral("all"));
    if (all == !opts.positionals().isEmpty() || opts.positionals().size() > 1)
        return usageError(QStringLiteral("usage: export ID|--all --format markdown|html --output DIR"));
    const QString format = opts.value(QStringLiteral("format"), QStringLiteral("markdown"));
    if (format != QLatin1String("markdown") && format != QLatin1String("html"))
        return usageError(QStringLiteral("unknown format '%1' (markdown or html)").arg(format));
    const QString outputDir = opts.value(QStringLiteral("output"));
    if (outputDir.isEmpty())
        return usageError(QStringLiteral("export needs --output DIR"));

    auto library = openLibrary(inv);
    if (!library)
        return InputFailed;
    QList<ArticleId> ids;
    if (all) {
        ids = library->articles().ids(storage::ArticleFilter{});
    } else {
        const ArticleId id = parseId(opts.positionals().first());
        if (id == 0)
            return usageError(QStringLiteral("'%1' is not an article id").arg(opts.positionals().first()));
        ids << id;
    }
    if (!QDir().mkpath(outputDir)) {
        err() << "offprint-cli: " << outputDir << ": cannot create the folder\n";
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
        const QString markdownText = exportAssets(*library, article->markdown, outputDir);
        QString content;
        QString extension;
        if (format == QLatin1String("markdown")) {
            content = QStringLiteral("# %1\n\n").arg(article->meta.title);
            if (!article->meta.url.isEmpty())
                content += QStringLiteral("<%1>\n\n").arg(article->meta.url);
            content += markdownText;
            extension = QStringLiteral(".md");
        } else {
            content = standaloneHtml(*article, markdown::toHtml(markdownText));
            extension = QStringLiteral(".html");
        }
        const QString path = QDir(outputDir).filePath(slugFor(*article) + extension);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0) {
            err() << "failed: " << path << ": " << file.errorString() << "\n";
            ++failed;
            continue;
        }
        out() << "exported #" << id << ": " << path << "\n";
    }
    return failed > 0 ? InputFailed : Success;
}

} // namespace offprint::cli
