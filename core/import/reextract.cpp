#include "import/reextract.h"

#include "extract/version.h"
#include "import/prepare.h"
#include "import/storecontent.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/writetransaction.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <optional>

namespace offprint::import {

namespace {

// Articles stored before this extractor version did not record the charset a user chose.
constexpr int kFirstVersionRecordingEncoding = 2;

// What a re-extraction reads from the library before the preparation (which touches nothing).
struct StoredOriginal
{
    ArticleId id = 0;
    std::optional<Article> article; // as stored; empty: no such article
    QByteArray bytes;
    PrepareSource source;
    QString error; // the original could not be read: why
};

StoredOriginal loadOriginal(storage::Library &library, ArticleId id)
{
    StoredOriginal stored;
    stored.id = id;
    stored.article = library.articles().get(id);
    if (!stored.article) {
        stored.error = QStringLiteral("not found");
        return stored;
    }
    const Article &article = *stored.article;
    if (article.linkOnly) {
        stored.error = QStringLiteral("a link entry: its page is not saved yet");
        return stored;
    }
    if (article.originalBlob.isEmpty()) {
        stored.error = QStringLiteral("its original file was not kept");
        return stored;
    }
    auto bytes = library.blobs().read(article.originalBlob);
    if (!bytes) {
        stored.error = QStringLiteral("cannot read the stored original (%1)").arg(bytes.errorMessage());
        return stored;
    }
    stored.bytes = std::move(bytes).value();
    // The original's name decides between formats that look alike (a Markdown clip); its folder may
    // be gone or changed, so nothing but the stored bytes and assets is read.
    stored.source.path = article.sourceFile.isEmpty() ? article.originalBlob : article.sourceFile;
    stored.source.fileTime = article.saved;
    stored.source.allowFolder = false;
    stored.source.knownAssets = storedFolderAssets(library, id);
    return stored;
}

bool isAuto(const QString &encoding)
{
    return encoding.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
}

// Pure (runs on a worker thread): the article prepared again from its original, carrying what the
// re-extraction keeps.
Result<PreparedArticle> prepareFromOriginal(const StoredOriginal &stored, const PrepareOptions &requested)
{
    if (!stored.error.isEmpty())
        return makeError(stored.error);
    const Article &old = *stored.article;
    const bool detect = isAuto(requested.forcedEncoding);
    PrepareOptions options;
    if (!detect)
        options.forcedEncoding = requested.forcedEncoding.isEmpty() ? old.encodingOverride : requested.forcedEncoding;
    Result<PreparedArticle> prepared = prepareData(stored.bytes, stored.source, options);
    // An article stored before choices were recorded, which detection now decodes differently, keeps
    // the charset it was stored with: a reimport --encoding of the user, or what they have been
    // reading. It is recorded as the article's choice from now on.
    if (prepared && !detect && options.forcedEncoding.isEmpty() && old.extractorVersion < kFirstVersionRecordingEncoding
        && !old.encoding.isEmpty() && prepared->article.encoding.compare(old.encoding, Qt::CaseInsensitive) != 0) {
        PrepareOptions kept;
        kept.forcedEncoding = old.encoding;
        if (Result<PreparedArticle> again = prepareData(stored.bytes, stored.source, kept))
            prepared = std::move(again);
    }
    if (!prepared)
        return prepared.error();
    PreparedArticle &p = *prepared;
    // The stored images of the page keep serving it.
    for (auto it = stored.source.knownAssets.constBegin(); it != stored.source.knownAssets.constEnd(); ++it)
        if (p.article.markdown.contains(it.value()))
            p.folderAssets.insert(it.key(), it.value());
    p.original.clear(); // already stored
    p.article.originalBlob = old.originalBlob;
    p.article.sourceFile = old.sourceFile;
    p.article.saved = old.saved;
    p.article.imported = QDateTime(); // kept
    return prepared;
}

// Everything replaceContent writes but the Markdown: when none of it differs either, only the version
// is recorded (the search index is not touched).
bool sameStoredFields(const Article &a, const Article &b)
{
    return a.text == b.text && a.meta.title == b.meta.title && a.meta.author == b.meta.author
        && a.meta.siteName == b.meta.siteName && a.meta.url == b.meta.url && a.meta.canonicalUrl == b.meta.canonicalUrl
        && a.meta.language == b.meta.language && a.meta.excerpt == b.meta.excerpt
        && a.meta.leadImage == b.meta.leadImage && a.meta.published == b.meta.published
        && a.meta.published.isValid() == b.meta.published.isValid() && a.sourceFormat == b.sourceFormat
        && a.encoding == b.encoding && a.encodingOverride == b.encodingOverride && a.contentHash == b.contentHash
        && a.confidence == b.confidence;
}

ReextractOutcome failure(ArticleId id, const QString &reason)
{
    ReextractOutcome outcome;
    outcome.id = id;
    outcome.reason = reason;
    return outcome;
}

// The writer's half: one transaction for the article. `markFailure`: a page that cannot be prepared
// still gets the current version (see reextractArticle).
ReextractOutcome store(storage::Library &library, const StoredOriginal &stored, Result<PreparedArticle> prepared,
                       bool markFailure)
{
    if (!stored.article)
        return failure(stored.id, stored.error);
    std::optional<storage::WriteTransaction> transaction;
    beginWrite(transaction, library);
    if (!transaction->ok())
        return failure(stored.id, transaction->error().message());
    storage::ArticleRepository &articles = library.articles();
    if (!prepared) {
        ReextractOutcome outcome = failure(stored.id, prepared.errorMessage());
        if (markFailure && articles.setExtractorVersion(stored.id, extract::kExtractorVersion).ok())
            (void)transaction->commit(); // when it cannot be recorded, it is simply tried again
        return outcome;
    }
    ReextractOutcome outcome;
    outcome.id = stored.id;
    outcome.warnings = prepared->warnings;
    const Article &old = *stored.article;
    const bool sameMarkdown = prepared->article.markdown == old.markdown;
    const Result<void> written = sameMarkdown && sameStoredFields(old, prepared->article)
        ? articles.setExtractorVersion(stored.id, extract::kExtractorVersion)
        : replaceStoredContent(library, stored.id, *prepared);
    if (!written)
        return failure(stored.id, written.errorMessage());
    if (auto committed = transaction->commit(); !committed)
        return failure(stored.id, committed.errorMessage());
    outcome.kind = sameMarkdown ? ReextractOutcome::Kind::Unchanged : ReextractOutcome::Kind::Reextracted;
    return outcome;
}

} // namespace

QList<ArticleId> outdatedArticles(storage::Library &library)
{
    return library.articles().outdatedIds(extract::kExtractorVersion);
}

qint64 countOutdatedArticles(storage::Library &library)
{
    return library.articles().countOutdated(extract::kExtractorVersion);
}

ReextractOutcome reextractArticle(storage::Library &library, ArticleId id)
{
    const StoredOriginal stored = loadOriginal(library, id);
    return store(library, stored, prepareFromOriginal(stored, {}), true);
}

QList<ReextractOutcome> reextractArticles(storage::Library &library, const QList<ArticleId> &ids,
                                          const ReextractOptions &options, const ReextractProgress &progress,
                                          const std::atomic_bool *cancel)
{
    QList<ReextractOutcome> outcomes;
    const int total = int(ids.size());
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    // Originals are read here (the library is this thread's) and prepared ahead in parallel; the
    // window bounds how many wait in memory. One thread: everything on this one.
    const int window = threads == 1 ? 1 : threads * 2;
    struct Pending
    {
        StoredOriginal stored;
        QFuture<Result<PreparedArticle>> prepared;
    };
    std::deque<Pending> pending;
    int next = 0;
    auto launch = [&]() {
        while (next < total && int(pending.size()) < window) {
            StoredOriginal stored = loadOriginal(library, ids.at(next++));
            QFuture<Result<PreparedArticle>> future = threads == 1
                ? QtFuture::makeReadyFuture(prepareFromOriginal(stored, {}))
                : QtConcurrent::run(&pool, [stored]() { return prepareFromOriginal(stored, {}); });
            pending.push_back({std::move(stored), std::move(future)});
        }
    };
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            break;
        launch();
        Pending item = std::move(pending.front());
        pending.pop_front();
        outcomes.append(store(library, item.stored, item.prepared.takeResult(), true));
        if (progress)
            progress(outcomes.last(), i + 1, total);
    }
    pool.waitForDone();
    return outcomes;
}

Result<void> reimport(storage::Library &library, ArticleId id, const PrepareOptions &options)
{
    const StoredOriginal stored = loadOriginal(library, id);
    const ReextractOutcome outcome = store(library, stored, prepareFromOriginal(stored, options), false);
    if (outcome.kind == ReextractOutcome::Kind::Failed)
        return makeError(QStringLiteral("article #%1: %2").arg(id).arg(outcome.reason));
    return {};
}

} // namespace offprint::import
