#pragma once

#include "import/importer.h"
#include "import/savedpage.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace offprint::import {

// The image type by magic bytes: "png", "jpg", "gif", "webp", "svg", "avif", "bmp", "ico"; empty
// for anything that is not an image.
QString sniffImageExtension(const QByteArray &data);

struct DataUri
{
    QByteArray data;
    QString mimeType;
};
// Decodes a data: URI. Refuses payloads whose decoded size would exceed maxBytes before decoding
// (the base64 length alone tells), so a hostile page cannot make us allocate it.
std::optional<DataUri> decodeDataUri(const QString &uri, qint64 maxBytes);

// Where an asset would live in the library (storage::BlobStore::relativePathFor in production).
using BlobPathFunction = std::function<QString(const QByteArray &data, const QString &extension)>;

// Maps the image references of one page to library assets: data: URIs, container resources
// (MHTML parts, webarchive subresources) and files inside the page's own folder. Never reads
// outside that folder and never touches the network: remote-only images resolve to nothing.
class AssetResolver final
{
public:
    AssetResolver(const SavedPage &page, BlobPathFunction blobPath);

    // Assets already stored for this article (reimport of a complete page whose folder is gone):
    // reference as written in the original → relative blob path.
    void setKnownAssets(const QHash<QString, QString> &known);

    // The relative library path of the image, or empty when it was not saved with the page.
    QString resolve(const QString &src);

    // Assets found so far, each content once.
    const QList<Asset> &assets() const { return m_assets; }
    // reference → relative path of every image read from the page folder (kept for reimport).
    const QHash<QString, QString> &folderAssets() const { return m_folderAssets; }
    // References that resolved to nothing (remote-only images, files missing from the folder).
    const QSet<QString> &unresolved() const { return m_unresolved; }
    int localMissingCount() const { return int(m_localMissing.size()); }
    // References not looked up because limits::kMaxImagesPerPage different ones were already, and
    // the warning that says so.
    qint64 overBudget() const { return m_overBudget; }
    QString budgetWarning() const;

private:
    std::optional<QByteArray> fromResources(const QString &src) const;
    // The reference as a path relative to the page folder (or an absolute local path), empty
    // when it cannot name a local file.
    QString folderReference(const QString &src) const;
    std::optional<QByteArray> fromFolder(const QString &reference);
    QString addAsset(const QByteArray &data);

    const SavedPage &m_page;
    BlobPathFunction m_blobPath;
    QString m_folder;      // canonical page folder, empty when the page may not read files
    QHash<QString, QString> m_known;
    QHash<QString, QString> m_cache;
    QList<Asset> m_assets;
    QSet<QString> m_paths;
    QHash<QString, QString> m_folderAssets;
    QSet<QString> m_unresolved;
    QSet<QString> m_localMissing;
    qint64 m_totalBytes = 0;
    qint64 m_overBudget = 0;
    // Resource path tail ("/dir/name.png") → resource key, empty when several share it (built once).
    mutable std::optional<QHash<QString, QString>> m_tails;
};

} // namespace offprint::import
