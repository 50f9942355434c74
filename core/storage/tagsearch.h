#pragma once

// Internal to storage: tag names in text searches. Tags are not in the article's full-text entry
// (schema 14: tagging 100,000 articles would re-index every body); their names have a small index of
// their own, tags_fts. A query word that matches a tag name (as it would match a word of the text,
// prefixes included) is true for the articles carrying that tag as well as for those containing it.

#include "common/result.h"
#include "search/query.h"

#include <string>
#include <variant>
#include <vector>

namespace offprint::storage {

class Database;

struct TagTerms
{
    // Per leaf of the query (CompiledQuery::leaves), the ids of the tags whose names match it.
    std::vector<std::vector<qint64>> tagsOfLeaf;

    // Whether any leaf names a tag: otherwise the full-text index answers the query alone.
    bool any() const;
    // Whether any leaf used in `logic` names a tag.
    bool anyIn(const QString &logic) const;
    // "EXISTS (…)": the articles with any of the matched tags; these are the articles whose result
    // the tag names can change.
    std::string taggedCondition() const;
    // "SELECT article_id FROM article_tags WHERE …": the same articles as a query (an article with two
    // of the tags twice).
    std::string taggedArticles() const;
};

// The tags each leaf of the query matches.
Result<TagTerms> matchTagNames(Database &db, const search::CompiledQuery &query);

// `logic` (CompiledQuery::logic or excludeLogic) as an SQL condition over an article `a`: each leaf is
// true when the full-text index has the phrase for the article or the article has a tag it matches.
// The phrases are appended to `values`, in the order of their '?'.
std::string logicCondition(const QString &logic, const search::CompiledQuery &query, const TagTerms &tags,
                           std::vector<std::variant<QString, qint64>> &values);

} // namespace offprint::storage
