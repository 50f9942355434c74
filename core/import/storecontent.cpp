#include "import/storecontent.h"

#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"
#include "storage/writetransaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>

namespace offprint::import {

namespace {

// How long a writer waits in all for the write lock that another process keeps taking.
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

} // namespace

void beginWrite(std::optional<storage::WriteTransaction> &transaction, storage::Library &library)
{
    // Another process may take the lock again right after each of its commits, for longer than the
    // busy timeout: ask again rather than fail.
    QElapsedTimer waiting;
    waiting.start();
    do
        transaction.emplace(library);
    while (!transaction->ok() && transaction->lockTimedOut() && waiting.elapsed() < kLockWait.count());
}

QHash<QString, QString> storedFolderAssets(storage::Library &library, ArticleId id)
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

Result<void> replaceStoredContent(storage::Library &library, ArticleId id, PreparedArticle &prepared)
{
    auto assetBlobs = storeBlobs(library, prepared);
    if (!assetBlobs)
        return assetBlobs.error();
    return library.articles().replaceContent(id, prepared.article, *assetBlobs);
}

} // namespace offprint::import
