#pragma once

#include "storage/articlerepository.h"

#include <string>

namespace offprint::storage {

class Statement;

// SQL shared by ArticleRepository and BulkOperations (internal to storage).

// The articles with their state (schema 14: read/starred live in article_state, one row per article),
// as `a` and `s`: what every query that reads or filters by state selects from.
#define OFFPRINT_ARTICLES_WITH_STATE "articles a JOIN article_state s ON s.article_id = a.id"

// The condition that leaves out soft-deleted articles (storage/bulkoperations.h), for an article row
// named `a`. Every query that lists, counts or searches articles carries it.
#define OFFPRINT_NOT_DELETED "a.id NOT IN (SELECT article_id FROM deleted_articles)"

// What a view's filter selects from: OFFPRINT_ARTICLES_WITH_STATE when the filter reads the state,
// else `articles a` alone (the ids of the whole library: 8 ms along articles_saved, 50–70 ms with a
// state lookup per article, at 100,000 articles).
std::string articlesFrom(const ArticleFilter &filter);

// " WHERE …" for a view's filter over OFFPRINT_ARTICLES_WITH_STATE (never a deleted article); its values are bound by
// bindArticleFilter (the filter's offset and limit are not part of it).
std::string articleFilterWhere(const ArticleFilter &filter);
void bindArticleFilter(Statement &stmt, const ArticleFilter &filter);

} // namespace offprint::storage
