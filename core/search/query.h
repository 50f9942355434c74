#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace offprint::search {

// One non-text condition of a query (tag:, site:, author:, is:, lang:, before:, after:).
struct Filter
{
    enum class Kind { Tag, Site, Author, Unread, Read, Starred, Language, Before, After };
    Kind kind = Kind::Tag;
    QString value; // tag name, site, author, language ("zh"/"en")
    QDate date;    // Before/After: compared with the saved date and the published date
                   // (an article matches when either date satisfies the condition)
    bool negated = false; // -tag:foo
};

// A parsed user query, compiled for FTS5.
struct CompiledQuery
{
    QString match;        // FTS5 MATCH expression over columns title, body, author, site, tags;
                          // empty when the query has filters only
    QList<Filter> filters;
    QStringList terms;    // the user's text terms (for highlighting in the reader)
};

// Parses the query language: words (ANDed), "exact phrase", -excluded, OR, prefix*, and the
// filters above. Malformed input gives an Error with a message fit for the user, or a sensible
// reading; never an FTS5 syntax error later. An empty query is an Error ("empty query").
Result<CompiledQuery> compileQuery(const QString &query);

} // namespace offprint::search
