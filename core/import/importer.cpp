#include "import/importer.h"

#include "common/fileutil.h"
#include "import/prepare.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <deque>
#include <optional>

namespace offprint::import {

namespace {

// How long an import waits in all for the write lock that another process keeps taking.
constexpr std::chrono::milliseconds kLockWait = std::chrono::minutes(2);

// The manifest of a page whose images came from its folder: reference → blob. It is stored as one
// more asset blob of the article, so a reimport finds the images after NAME_files/ is gone.
constexpr auto kManifestExtension = "json";
constexpr auto kManifestKind = "offprint-page-assets";

QByteArray manifestFor(const QString &originalBlob, const QHash<QString, QString> &folderAssets)
{
    QJsonObject assets;
    for (auto it = folderAssets.constBegin(); it != folderAssets.constEnd(); ++it)
        assets.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("kind"), QLatin1String(kManifestKind));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("original"), originalBlob);
    root.insert(QStringLiteral("assets"), assets);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QHash<QString, QString> readManifest(storage::Library &library, ArticleId id)
{
    QHash<QString, QString> known;
    for (const QString &blob : library.articles().assetsOf(id)) {
        if (!blob.endsWith(QLatin1Char('.') + QLatin1String(kManifestExtension)))
            continue;
        const auto data = library.blobs().read(blob);
        if (!data)
            continue;
        const QJsonObject root = QJsonDocument::fromJson(*data).object();
        if (root.value(QStringLiteral("kind")).toString() != QLatin1String(kManifestKind))
            continue;
        const QJsonObject assets = root.value(QStringLiteral("assets")).toObject();
        for (auto it = assets.constBegin(); it != assets.constEnd(); ++it)
            known.insert(it.key(), it.value().toString());
    }
    return known;
}

// Writes the original, the assets and the manifest; returns the asset blob list for the row.
Result<QStringList> storeBlobs(storage::Library &library, PreparedArticle &prepared)
{
    storage::BlobStore &blobs = library.blobs();
    if (!prepared.original.isEmpty()) {
        auto original = blobs.put(prepared.original, prepared.originalExtension);
        if (!original)
            return original.error();
        prepared.article.originalBlob = *original;
    }
    QStringList assetBlobs;
    for (const Asset &asset : prepared.assets) {
        auto stored = blobs.put(asset.data, asset.extension);
        if (!stored)
            return stored.error();
        assetBlobs.append(*stored);
    }
    // Assets kept from an earlier import (reimport) are already stored; list them again.
    for (const QString &path : prepared.folderAssets)
        if (!assetBlobs.contains(path) && blobs.contains(path))
            assetBlobs.append(path);
    if (!prepared.folderAssets.isEmpty()) {
        auto manifest = blobs.put(manifestFor(prepared.article.originalBlob, prepared.folderAssets),
                                  QLatin1String(kManifestExtension));
        if (!manifest)
            return manifest.error();
        assetBlobs.append(*manifest);
    }
    return assetBlobs;
}

std::optional<ArticleId> findDuplicate(storage::Library &library, const Article &article)
{
    storage::ArticleRepository &articles = library.articles();
    for (const QString &url : {article.meta.canonicalUrl, article.meta.url}) {
        if (url.isEmpty())
            continue;
        if (const auto id = articles.findByUrl(url))
            return id;
    }
    // An empty body would make every empty page a duplicate of every other.
    if (article.textLength > 0 && !article.contentHash.isEmpty())
        return articles.findByContentHash(article.contentHash);
    return std::nullopt;
}

// "path: reason" → "reason": the outcome names the file already.
QString reasonWithoutPath(const QString &message, const QString &file)
{
    for (const QString &prefix : {file + QStringLiteral(": "), QFileInfo(file).absoluteFilePath() + QStringLiteral(": ")})
        if (message.startsWith(prefix))
            return message.mid(prefix.size());
    return message;
}

ImportOutcome failed(const QString &file, const QString &message)
{
    ImportOutcome o;
    o.kind = ImportOutcome::Kind::Failed;
    o.file = file;
    o.reason = reasonWithoutPath(message, file);
    return o;
}

} // namespace

ImportOutcome storePrepared(storage::Library &library, PreparedArticle prepared, const ImportOptions &options)
{
    ImportOutcome outcome;
    outcome.file = prepared.article.sourceFile;
    outcome.warnings = prepared.warnings;

    // The duplicate check and the write are one transaction: another process importing the same
    // page into this library at the same time waits here instead of inserting it a second time.
    // That process may take the lock again right after each of its commits, for longer than the busy
    // timeout: an import can wait, so it asks again (up to kLockWait) rather than fail the page.
    std::optional<storage::WriteTransaction> transaction;
    QElapsedTimer waiting;
    waiting.start();
    do
        transaction.emplace(library);
    while (!transaction->ok() && transaction->lockTimedOut() && waiting.elapsed() < kLockWait.count());
    if (!transaction->ok())
        return failed(outcome.file, transaction->error().message);
    std::optional<ArticleId> existing;
    if (options.replaces != 0 && library.articles().get(options.replaces))
        existing = options.replaces;
    else
        existing = findDuplicate(library, prepared.article);
    if (existing && !options.update && options.replaces == 0) {
        outcome.kind = ImportOutcome::Kind::Duplicate;
        outcome.id = *existing;
        return outcome;
    }
    // Blobs first: a row never refers to a file that is not there.
    auto assetBlobs = storeBlobs(library, prepared);
    if (!assetBlobs)
        return failed(outcome.file, assetBlobs.errorMessage());

    prepared.article.imported = QDateTime::currentDateTimeUtc();
    if (existing) {
        const Result<void> replaced = library.articles().replaceContent(*existing, prepared.article, *assetBlobs);
        if (!replaced)
            return failed(outcome.file, replaced.errorMessage());
        if (auto committed = transaction->commit(); !committed)
            return failed(outcome.file, committed.errorMessage());
        outcome.kind = ImportOutcome::Kind::Updated;
        outcome.id = *existing;
        return outcome;
    }
    const Result<ArticleId> id = library.articles().insert(prepared.article, *assetBlobs);
    if (!id)
        return failed(outcome.file, id.errorMessage());
    if (auto committed = transaction->commit(); !committed)
        return failed(outcome.file, committed.errorMessage());
    outcome.kind = ImportOutcome::Kind::Imported;
    outcome.id = *id;
    return outcome;
}

QList<ImportOutcome> importFiles(storage::Library &library, const QStringList &files, const ImportOptions &options,
                                 const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    QList<ImportOutcome> outcomes;
    const int total = int(files.size());
    if (total == 0)
        return outcomes;
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    QThreadPool pool;
    pool.setMaxThreadCount(threads);

    // Prepare ahead in parallel (prepareFile is pure), store in file order with this one writer.
    // The window bounds how many prepared pages wait in memory.
    const int window = threads == 1 ? 1 : threads * 2;
    std::deque<QFuture<Result<PreparedArticle>>> pending;
    int next = 0;
    const PrepareOptions prepareOptions = options.prepare;
    // One thread: everything on this one (no pool, no hand-over), the baseline that scaling is measured on.
    const bool inline_ = threads == 1;
    auto launch = [&]() {
        while (next < total && int(pending.size()) < window) {
            const QString file = files.at(next++);
            if (inline_)
                pending.push_back(QtFuture::makeReadyFuture(prepareFile(file, prepareOptions)));
            else
                pending.push_back(QtConcurrent::run(&pool, [file, prepareOptions]() {
                    return prepareFile(file, prepareOptions);
                }));
        }
    };
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            break;
        launch();
        QFuture<Result<PreparedArticle>> future = std::move(pending.front());
        pending.pop_front();
        Result<PreparedArticle> prepared = future.takeResult();
        ImportOutcome outcome = prepared ? storePrepared(library, std::move(prepared).value(), options)
                                         : failed(QFileInfo(files.at(i)).absoluteFilePath(), prepared.errorMessage());
        if (outcome.file.isEmpty())
            outcome.file = files.at(i);
        outcomes.append(outcome);
        if (progress)
            progress(outcome, i + 1, total);
    }
    pool.waitForDone();
    return outcomes;
}

Result<void> reimport(storage::Library &library, ArticleId id, const PrepareOptions &options)
{
    const std::optional<Article> article = library.articles().get(id);
    if (!article)
        return makeError(QStringLiteral("article #%1: not found").arg(id));
    if (article->originalBlob.isEmpty())
        return makeError(QStringLiteral("article #%1: its original file was not kept").arg(id));
    const auto bytes = library.blobs().read(article->originalBlob);
    if (!bytes)
        return makeError(QStringLiteral("article #%1: cannot read the stored original (%2)")
                             .arg(id)
                             .arg(bytes.errorMessage()));

    PrepareSource source;
    // The original's name decides between formats that look alike (a Markdown clip); its folder
    // may be gone or changed, so nothing but the stored bytes and assets is read.
    source.path = article->sourceFile.isEmpty() ? article->originalBlob : article->sourceFile;
    source.fileTime = article->saved;
    source.allowFolder = false;
    source.knownAssets = readManifest(library, id);
    auto prepared = prepareData(*bytes, source, options);
    if (!prepared)
        return makeError(QStringLiteral("article #%1: %2").arg(id).arg(prepared.errorMessage()));
    // The stored images of the page keep serving it.
    for (auto it = source.knownAssets.constBegin(); it != source.knownAssets.constEnd(); ++it)
        if (prepared->article.markdown.contains(it.value()))
            prepared->folderAssets.insert(it.key(), it.value());
    prepared->original.clear(); // already stored
    prepared->article.originalBlob = article->originalBlob;
    prepared->article.sourceFile = article->sourceFile;
    // Files are written inside the transaction that records them (see Library::collectGarbage).
    storage::WriteTransaction transaction(library);
    if (!transaction.ok())
        return makeError(QStringLiteral("article #%1: %2").arg(id).arg(transaction.error().message));
    auto assetBlobs = storeBlobs(library, *prepared);
    if (!assetBlobs)
        return makeError(QStringLiteral("article #%1: %2").arg(id).arg(assetBlobs.errorMessage()));
    const Result<void> replaced = library.articles().replaceContent(id, prepared->article, *assetBlobs);
    if (!replaced)
        return makeError(QStringLiteral("article #%1: %2").arg(id).arg(replaced.errorMessage()));
    if (auto committed = transaction.commit(); !committed)
        return makeError(QStringLiteral("article #%1: %2").arg(id).arg(committed.errorMessage()));
    return {};
}

} // namespace offprint::import
