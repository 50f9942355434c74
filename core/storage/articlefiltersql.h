#pragma once

#include "storage/articlerepository.h"

#include <string>

namespace offprint::storage {

class Statement;

// SQL shared by ArticleRepository and BulkOperations (internal to storage).

// The condition that leaves out soft-deleted articles (storage/bulkoperations.h), for an article row
// named `a`. Every query that lists, counts or searches articles carries it.
#define OFFPRINT_NOT_DELETED "a.id NOT IN (SELECT article_id FROM deleted_articles)"

// " WHERE …" for a view's filter over `articles a` (never a deleted article); its values are bound by
// bindArticleFilter (the filter's offset and limit are not part of it).
std::string articleFilterWhere(const ArticleFilter &filter);
void bindArticleFilter(Statement &stmt, const ArticleFilter &filter);

} // namespace offprint::storage
