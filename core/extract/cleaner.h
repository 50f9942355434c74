#pragma once

#include "extract/analysis.h"

#include <QString>

#include <unordered_set>
#include <vector>

namespace offprint::extract {

struct CleanResult
{
    std::unordered_set<const void *> skip; // elements left out of the article
    QString byline;                         // text of the first byline element removed
};

struct CleanFlags
{
    bool weightClasses = true;
    bool cleanConditionally = true;
};

// Decides what inside the chosen subtrees is not article: unlikely candidates, bylines, link
// farms, share bars, "related" lists, site closers, a heading repeating the title, image-less
// placeholders. Nothing is modified; the Markdown writer skips what is returned.
// `pageHost` (may be empty) tells promotional links to other sites from the page's own links.
// `entries` are kept whole (their insides are still cleaned): the posts of a thread, the items of a list.
CleanResult cleanArticle(const Analysis &analysis, const std::vector<html::Node> &roots, const QString &title,
                         const QString &pageHost, const ExtractOptions &options, CleanFlags flags,
                         const std::vector<html::Node> &entries = {});

// Collapsed text of an element (whitespace runs → one space, trimmed).
QString collapsedText(const html::Node &n);

} // namespace offprint::extract
