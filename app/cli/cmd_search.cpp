// Commands over the text: search, segment (export is in cmd_export.cpp).
#include "articlejson.h"
#include "cli.h"

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

} // namespace offprint::cli
