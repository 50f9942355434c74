#pragma once

#include "common/result.h"
#include "domain/article.h"
#include "import/importer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace offprint::storage {
class Library;
}

// Re-extraction of stored articles from their stored originals: after an extractor upgrade
// (extract/version.h) for the articles an older one made, and on request (reimport ID, reextract ID).
// The article keeps its id, tags, read/starred state, reading position, saved and imported dates and
// the charset the user chose for it; its images are resolved again from the original as at import
// (the page's folder is never read again: the images stored with it serve it). One write transaction
// per article, through the one content-replacing path (storecontent.h).
namespace offprint::import {

struct ReextractOutcome
{
    enum class Kind { Reextracted, Unchanged, Failed };
    Kind kind = Kind::Failed;
    ArticleId id = 0;
    QString reason; // Failed: why (the article keeps its content)
    QStringList warnings;
};

struct ReextractOptions
{
    int threads = 1; // originals prepared ahead on this many threads (0: all cores); 1: all on the caller's
};

// After each article: its outcome, articles done and in all.
using ReextractProgress = std::function<void(const ReextractOutcome &outcome, int done, int total)>;

// The articles an older extractor made (below extract::kExtractorVersion), by id; how many.
QList<ArticleId> outdatedArticles(storage::Library &library);
qint64 countOutdatedArticles(storage::Library &library);

// Re-extracts one article with the current extractor. Unchanged: the new Markdown is the stored one
// (the version is recorded; the row is rewritten only when metadata differ). Failed when the original
// is missing, unreadable or no longer readable as a page: the content is kept and the current version
// recorded all the same, so that the article is not tried again on every start (`reextract ID` and
// `reimport ID` still try it); a failure to write the library records nothing.
ReextractOutcome reextractArticle(storage::Library &library, ArticleId id);

// reextractArticle for each id in order, with progress after each; setting `cancel` stops after the
// current article. The calling thread is the one writer.
QList<ReextractOutcome> reextractArticles(storage::Library &library, const QList<ArticleId> &ids,
                                          const ReextractOptions &options = {},
                                          const ReextractProgress &progress = {},
                                          const std::atomic_bool *cancel = nullptr);

// Re-decodes and re-extracts one article (reimport ID [--encoding NAME]). The charset is `options`'
// forcedEncoding when given (recorded as the article's choice), else the recorded choice; "auto"
// returns to detection. Errors name the article; nothing is recorded on failure.
Result<void> reimport(storage::Library &library, ArticleId id, const PrepareOptions &options);

} // namespace offprint::import
