#include "import/singlefilezip.h"

#include "archive/zipreader.h"
#include "common/limits.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace offprint::import {

namespace {

// The end of central directory record: signature, 18 bytes, then a comment of the length it states.
constexpr qsizetype kEocdSize = 22;

// The ZIP inside a self-extracting page, found from its end of central directory record (the last
// one): the central directory ends right before it, so the archive starts at
// EOCD - directory size - directory offset (0 when zip.js counted the offsets from the start of the
// file, after the HTML it wrote first). What follows the record (the closing tags) is cut off.
std::optional<QByteArray> embeddedZip(const QByteArray &bytes)
{
    const qsizetype eocd = bytes.lastIndexOf("PK\x05\x06");
    if (eocd < 0 || eocd + kEocdSize > bytes.size())
        return std::nullopt;
    const auto u16 = [&](qsizetype at) { return qsizetype(quint8(bytes[at])) | (qsizetype(quint8(bytes[at + 1])) << 8); };
    const auto u32 = [&](qsizetype at) { return qint64(u16(at)) | (qint64(u16(at + 2)) << 16); };
    const qint64 start = qint64(eocd) - u32(eocd + 12) - u32(eocd + 16);
    if (start < 0)
        return std::nullopt;
    const qsizetype end = std::min(bytes.size(), eocd + kEocdSize + u16(eocd + 20));
    return bytes.mid(qsizetype(start), end - qsizetype(start));
}

// The folder the page lives in: "" or "ROOT/" (createRootDirectory), from where index.html is.
QString rootOf(const archive::ZipReader &zip, const QString &indexName)
{
    if (zip.contains(indexName))
        return {};
    for (const archive::ZipEntry &entry : zip.entries()) {
        const QStringList parts = entry.name.split(u'/');
        if (parts.size() == 2 && parts.at(1) == indexName)
            return parts.at(0) + u'/';
    }
    return QStringLiteral("?");
}

Result<SavedPage> pageFrom(const archive::ZipReader &zip, const QString &path)
{
    QString indexName = QStringLiteral("index.html");
    QString root = rootOf(zip, indexName);
    QJsonObject manifest;
    if (root != QLatin1String("?")) {
        if (auto data = zip.read(root + QStringLiteral("manifest.json"), limits::kMaxExportMetadataBytes))
            manifest = QJsonDocument::fromJson(*data).object();
        const QString declared = manifest.value(QStringLiteral("indexFilename")).toString();
        if (!declared.isEmpty() && !archive::safeEntryPath(declared).isEmpty() && zip.contains(root + declared))
            indexName = declared;
    }
    if (root == QLatin1String("?"))
        return makeError(QStringLiteral("%1: a ZIP archive without index.html: not a compressed SingleFile page").arg(path));
    auto html = zip.read(root + indexName, limits::kMaxHtmlBytes);
    if (!html)
        return html.error();

    SavedPage page;
    page.format = Format::SingleFile;
    page.html = std::move(html).value();
    page.url = manifest.value(QStringLiteral("originalUrl")).toString();
    page.title = manifest.value(QStringLiteral("title")).toString();
    page.saved = QDateTime::fromString(manifest.value(QStringLiteral("archiveTime")).toString(), Qt::ISODateWithMs);
    const QUrl base(page.url);
    const QJsonObject originals = manifest.value(QStringLiteral("resources")).toObject();
    qint64 total = 0;
    for (qsizetype i = 0; i < zip.entries().size(); ++i) {
        const archive::ZipEntry &entry = zip.entries().at(i);
        if (entry.isDirectory || !entry.name.startsWith(root))
            continue;
        const QString name = entry.name.mid(root.size());
        if (name == indexName || name == QLatin1String("manifest.json") || name.endsWith(QLatin1String(".html"))
            || name.endsWith(QLatin1String(".css")) || name.endsWith(QLatin1String(".js")))
            continue;
        if (entry.size > limits::kMaxAssetBytes || total + entry.size > limits::kMaxAssetsPerArticleBytes)
            continue; // the resolver's budgets would refuse it anyway
        auto data = zip.readAt(i, limits::kMaxAssetBytes);
        if (!data)
            continue; // a damaged image: the page still reads, the image stays a link
        total += data->size();
        const Resource resource{std::move(data).value(), {}};
        page.resources.insert(name, resource);
        page.resources.insert(QStringLiteral("./") + name, resource);
        if (base.isValid() && !base.isRelative())
            page.resources.insert(base.resolved(QUrl(name)).toString(), resource);
        const QString original = originals.value(name).toString();
        if (!original.isEmpty())
            page.resources.insert(original, resource);
    }
    return page;
}

} // namespace

bool isSingleFileZip(const QString &path)
{
    auto zip = archive::ZipReader::openFile(path);
    return zip && rootOf(*zip, QStringLiteral("index.html")) != QLatin1String("?");
}

bool isSelfExtractingSingleFile(const QByteArray &head)
{
    return head.left(4096).contains("<html data-sfz");
}

Result<SavedPage> readSingleFileZip(const QByteArray &bytes, const QString &path)
{
    if (archive::looksLikeZip(bytes.left(4))) {
        auto zip = archive::ZipReader::openData(bytes, path);
        if (!zip)
            return zip.error();
        return pageFrom(*zip, path);
    }
    const auto data = embeddedZip(bytes);
    if (!data)
        return makeError(QStringLiteral("%1: a self-extracting SingleFile page without its ZIP data (damaged?)").arg(path));
    auto zip = archive::ZipReader::openData(*data, path);
    if (!zip)
        return zip.error();
    return pageFrom(*zip, path);
}

} // namespace offprint::import
