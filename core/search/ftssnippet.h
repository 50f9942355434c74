#pragma once

struct fts5_api;

namespace offprint::search {

// offprint_snippet(fts_table, open, close, ellipsis, tokens): the best window of about `tokens` tokens
// around the matches of the row's MATCH expression, matches wrapped in `open`/`close`, `ellipsis` where
// the window cuts the text. The body (column 0) when it holds a match, else the notes (column 5: the
// reader's note and highlights), else the title (column 1), else the start of the body.
//
// Why not FTS5's snippet(): it tokenizes the whole column twice (once to find sentence starts, once to
// highlight), and with the bigram tokenizer that was a third of a search's time at 100,000 articles.
// This one picks the window from the match positions alone (xInst) and tokenizes only up to the window's
// end. A phrase match is one marked run from its first token to its last, so overlapping bigrams
// (英伟|伟达) give one run (英伟达), as highlight() does.
inline constexpr const char *kSnippetFunctionName = "offprint_snippet";
bool registerSnippetFunction(fts5_api *api);

} // namespace offprint::search
