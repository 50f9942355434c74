#include "selection.h"

#include "articlejson.h"

#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/searchrepository.h"

#include <QSet>

namespace offprint::cli {

std::optional<QList<ArticleId>> selectArticles(storage::Library &library, const Options &opts, int *exitCode)
{
    const bool all = opts.flag(QStringLiteral("all"));
    const bool byTag = opts.has(QStringLiteral("tag"));
    const bool bySearch = opts.has(QStringLiteral("search"));
    const bool byIds = !opts.positionals().isEmpty();
    if (int(all) + int(byTag) + int(bySearch) + int(byIds) != 1) {
        *exitCode = usageError(QStringLiteral("name the articles one way: ID..., --all, --tag NAME or --search QUERY"));
        return std::nullopt;
    }
    QList<ArticleId> ids;
    if (byIds) {
        QSet<ArticleId> seen;
        for (const QString &arg : opts.positionals()) {
            const ArticleId id = parseId(arg);
            if (id == 0) {
                *exitCode = usageError(QStringLiteral("'%1' is not an article id").arg(arg));
                return std::nullopt;
            }
            if (!seen.contains(id))
                ids << id;
            seen.insert(id);
        }
    } else if (all) {
        ids = library.articles().ids(storage::ArticleFilter{});
    } else if (byTag) {
        storage::ArticleFilter filter;
        filter.tag = opts.value(QStringLiteral("tag"));
        ids = library.articles().ids(filter);
        if (ids.isEmpty()) {
            err() << "offprint-cli: no article has the tag '" << filter.tag << "'\n";
            *exitCode = InputFailed;
            return std::nullopt;
        }
    } else {
        auto hits = library.search().search(opts.value(QStringLiteral("search")), -1);
        if (!hits) {
            err() << "offprint-cli: " << hits.errorMessage() << "\n";
            *exitCode = InputFailed;
            return std::nullopt;
        }
        for (const auto &hit : std::as_const(*hits))
            ids << hit.article.id;
        if (ids.isEmpty()) {
            err() << "offprint-cli: no article matches '" << opts.value(QStringLiteral("search")) << "'\n";
            *exitCode = InputFailed;
            return std::nullopt;
        }
    }
    return ids;
}

QString selectionLabel(const Options &opts)
{
    if (opts.has(QStringLiteral("tag")))
        return QStringLiteral("tag %1").arg(opts.value(QStringLiteral("tag")));
    if (opts.has(QStringLiteral("search")))
        return QStringLiteral("search %1").arg(opts.value(QStringLiteral("search")));
    return {};
}

} // namespace offprint::cli
