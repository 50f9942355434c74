#pragma once

#include "cli.h"

#include "domain/article.h"

#include <QList>

#include <optional>

namespace offprint::cli {

// The articles a command names: ID..., --all, --tag NAME or --search QUERY (exactly one of these
// ways). Prints what is wrong and returns nothing (with `exitCode` set) when the selection is not
// usable: a usage error, an unknown tag or a malformed query. IDs keep their order (repeats once);
// --all and --tag list the newest saved first, --search by rank.
std::optional<QList<ArticleId>> selectArticles(storage::Library &library, const Options &opts, int *exitCode);

// Describes the selection in a few words for a book title ("tag NAME", "search QUERY"), empty for
// IDs and --all.
QString selectionLabel(const Options &opts);

} // namespace offprint::cli
