#pragma once

#include "extract/analysis.h"

#include <vector>

namespace offprint::extract {

struct Selection
{
    std::vector<html::Node> roots; // the top candidate and the siblings that belong with it, in order
    int top = -1;                   // index in the Analysis, -1 when nothing scored (roots = body)
    double topScore = 0;
    // Entries of a list that the article is (posts of a thread, items of a listing): children of the
    // top candidate of one kind with prose of their own. Cleaning keeps them whole.
    std::vector<html::Node> entries;
};

// Picks the best candidate (readability: top score, shared ancestor of close alternatives, walk
// up while the parent scores higher) and merges the siblings that belong to the article.
// `title` is the page's title: an entry that carries it as a heading is the article of the page,
// not one of a list of entries.
Selection selectArticle(const Analysis &analysis, const ExtractOptions &options, const QString &title);

} // namespace offprint::extract
