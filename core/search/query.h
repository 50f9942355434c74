#pragma once

#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace offprint::search {

// One non-text condition of a query (tag:, site:, author:, is:, lang:, before:, after:, has:).
struct Filter
{
    // HasHighlights: has:highlights (the article has highlights); HasNote: has:note (a note of its own
    // or on one of its highlights).
    enum class Kind { Tag, Site, Author, Unread, Read, Starred, Language, Before, After, HasHighlights, HasNote };
    Kind kind = Kind::Tag;
    QString value; // tag name, site, author, language ("zh"/"en")
    QDate date;    // Before/After: the first day of the period typed (before:2024-05 → 2024-05-01,
                   // after:2024 → 2024-01-01). Before matches dates < date, After dates >= date
                   // (so after:2024 before:2025 is the year 2024), compared with the saved date and
                   // the published date (an article matches when either date satisfies the condition)
    bool negated = false; // -tag:foo
};

// A parsed user query, compiled for FTS5.
struct CompiledQuery
{
    QString match;        // FTS5 MATCH expression over columns title, body, author, site, tags, notes;
                          // empty when the query has filters only
    QString exclude;      // a query of exclusions only (match empty): FTS5 expression of the words that
                          // the listed articles must not contain
    QList<Filter> filters;
    QStringList terms;    // the user's text terms (for highlighting in the reader)
    QStringList phrases;  // each FTS5 phrase of match (one per text term, excluded ones too) as a MATCH
                          // expression of its own, in the order FTS5 numbers them
    bool hasOr = false;   // match has an OR of two or more alternatives
    // match and exclude as boolean formulas over their text terms, for the search of tag names
    // (storage/searchrepository.cpp: a word that names a tag also finds the articles with the tag):
    // "{N}" stands for leaves[N] (one FTS5 phrase of the query, as in phrases), combined with SQL's
    // AND, OR, NOT and parentheses. Empty when match (exclude) is.
    QString logic;
    QString excludeLogic;
    QStringList leaves;
    // Per leaf, the phrase tag names are matched with: the leaf, except that a word widened to its
    // prefixes stays whole ("rust" finds the tag rust, "ru" while typing finds no tag; "ru*" does).
    QStringList tagLeaves;
    // Word prefixes: an unquoted term whose last word is Latin (not CJK) matches words that begin with it
    // (GPU finds GPUs, 3G finds 3GS) and is sent as "term"*. When a term was widened so, exactMatch is
    // the same expression with every widened term exact (and exactPhrases its phrases): the search lists
    // the articles that match it first, so an exact word ranks above a prefix-only match. Empty when no
    // term was widened. Quoted phrases and excluded words are never widened.
    QString exactMatch;
    QStringList exactPhrases;
    // Every term searched for is a widened word of one or two characters (t, th, a OR in): its prefix-only
    // matches are most of a library and a ranking by so short a prefix tells nothing, so the search lists
    // them newest first (after the ranked exact matches) instead of walking them all.
    bool shortPrefixesOnly = false;
};

// Parses the query language: words (ANDed, a Latin word also finding the words it begins), "exact
// phrase", -excluded, OR, prefix*, and the filters above. A query of exclusions only (`-ads tag:ai`) lists the articles without those words. Malformed input gives an Error with a message fit for the user, or a sensible
// reading; never an FTS5 syntax error later. An empty query is an Error ("empty query").
Result<CompiledQuery> compileQuery(const QString &query);

} // namespace offprint::search
