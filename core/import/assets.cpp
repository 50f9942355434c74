#include "import/assets.h"

#include "common/fileutil.h"
#include "common/limits.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace offprint::import {

namespace {

bool hasScheme(const QString &src)
{
    const qsizetype colon = src.indexOf(u':');
    if (colon <= 1) // "C:" drive letters are not schemes either
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = src.at(i);
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.'))
            return false;
    }
    return true;
}

QString stripQueryAndFragment(QString s)
{
    const qsizetype cut = s.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        s.truncate(cut);
    return s;
}

} // namespace

QString sniffImageExtension(const QByteArray &d)
{
    if (d.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("png");
    if (d.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("jpg");
    if (d.startsWith("GIF87a") || d.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (d.size() >= 12 && d.startsWith("RIFF") && d.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    if (d.size() >= 12 && d.mid(4, 4) == "ftyp" && (d.mid(8, 4) == "avif" || d.mid(8, 4) == "avis"))
        return QStringLiteral("avif");
    if (d.startsWith("BM") && d.size() > 14)
        return QStringLiteral("bmp");
    if (d.startsWith(QByteArray("\x00\x00\x01\x00", 4)) && d.size() > 6)
        return QStringLiteral("ico");
    // SVG is text: an optional BOM, XML declaration, comments or doctype, then <svg.
    const QByteArray head = d.left(4096).trimmed();
    if (head.startsWith("<svg") || ((head.startsWith("<?xml") || head.startsWith("<!--") || head.startsWith("<!DOCTYPE"))
                                     && head.contains("<svg")))
        return QStringLiteral("svg");
    return {};
}

std::optional<DataUri> decodeDataUri(const QString &uri, qint64 maxBytes)
{
    if (!uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return std::nullopt;
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    const QString header = uri.mid(5, comma - 5);
    const QStringView payload = QStringView(uri).mid(comma + 1);
    const bool base64 = header.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive);
    DataUri out;
    out.mimeType = header.section(u';', 0, 0).trimmed().toLower();
    if (base64) {
        // 4 characters carry 3 bytes: refuse before decoding anything too large.
        if (qint64(payload.size()) / 4 * 3 > maxBytes + 3)
            return std::nullopt;
        QByteArray ascii = payload.toLatin1();
        ascii.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
        const auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        out.data = *decoded;
    } else {
        if (qint64(payload.size()) > maxBytes * 3)
            return std::nullopt;
        out.data = QByteArray::fromPercentEncoding(payload.toUtf8());
    }
    if (out.data.size() > maxBytes)
        return std::nullopt;
    return out;
}

AssetResolver::AssetResolver(const SavedPage &page, BlobPathFunction blobPath)
    : m_page(page), m_blobPath(std::move(blobPath))
{
    if (!page.pageFolder.isEmpty())
        m_folder = QFileInfo(page.pageFolder).canonicalFilePath();
}

void AssetResolver::setKnownAssets(const QHash<QString, QString> &known)
{
    m_known = known;
}

QString AssetResolver::resolve(const QString &rawSrc)
{
    const QString src = rawSrc.trimmed();
    if (src.isEmpty())
        return {};
    const auto cached = m_cache.constFind(src);
    if (cached != m_cache.constEnd())
        return cached.value();
    if (m_cache.size() >= limits::kMaxImagesPerPage) {
        ++m_overBudget;
        return {};
    }

    QString result;
    const QString reference = folderReference(src);
    if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        if (const auto uri = decodeDataUri(src, limits::kMaxAssetBytes))
            result = addAsset(uri->data);
    } else if (const auto data = fromResources(src)) {
        result = addAsset(*data);
    } else if (const auto file = fromFolder(reference)) {
        result = addAsset(*file);
        if (!result.isEmpty())
            m_folderAssets.insert(reference, result);
    } else if (!reference.isEmpty() && m_known.contains(reference)) {
        result = m_known.value(reference);
    } else if (m_known.contains(src)) {
        result = m_known.value(src);
    }
    if (result.isEmpty())
        m_unresolved.insert(src);
    m_cache.insert(src, result);
    return result;
}

QString AssetResolver::budgetWarning() const
{
    return QStringLiteral("%1 image reference(s) not looked up: more than %2 images (the limit)")
        .arg(m_overBudget)
        .arg(limits::kMaxImagesPerPage);
}

std::optional<QByteArray> AssetResolver::fromResources(const QString &src) const
{
    if (m_page.resources.isEmpty())
        return std::nullopt;
    QStringList keys{src};
    const qsizetype hash = src.indexOf(u'#');
    if (hash > 0)
        keys.append(src.left(hash));
    if (src.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
        keys.append(QStringLiteral("cid:") + src.mid(4).remove(u'<').remove(u'>'));
    if (!hasScheme(src) && !m_page.url.isEmpty())
        keys.append(QUrl(m_page.url).resolved(QUrl(src)).toString());
    const QUrl parsed(src);
    if (parsed.isValid())
        keys.append(parsed.toString(QUrl::FullyEncoded));
    for (const QString &key : keys) {
        const auto it = m_page.resources.constFind(key);
        if (it != m_page.resources.constEnd())
            return it->data;
    }
    // Old IE archives record parts under file:/// paths while the page refers to them relatively
    // ("NAME.files/a.png"): accept a resource whose path ends with the same last two segments,
    // when exactly one does.
    const QStringList segments = QUrl(src).path().split(u'/', Qt::SkipEmptyParts);
    if (segments.size() < 2)
        return std::nullopt;
    const QString tail = u'/' + segments.mid(segments.size() - 2).join(u'/');
    if (!m_tails) {
        // Built once: looking through every resource for each image was quadratic.
        m_tails.emplace();
        for (auto it = m_page.resources.constBegin(); it != m_page.resources.constEnd(); ++it) {
            const QString path = QUrl(it.key()).path();
            const qsizetype last = path.lastIndexOf(u'/');
            const qsizetype before = last > 0 ? path.lastIndexOf(u'/', last - 1) : -1;
            if (before < 0)
                continue;
            const QString key = path.mid(before);
            const auto existing = m_tails->constFind(key);
            m_tails->insert(key, existing == m_tails->constEnd() ? it.key() : QString()); // empty: ambiguous
        }
    }
    const QString key = m_tails->value(tail);
    if (key.isEmpty())
        return std::nullopt;
    return m_page.resources.value(key).data;
}

QString AssetResolver::folderReference(const QString &src) const
{
    QString relative;
    if (!hasScheme(src)) {
        relative = src;
    } else if (src.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        relative = QUrl(src).toLocalFile(); // absolute; accepted only inside the folder
    } else if (src.startsWith(QLatin1String("http"), Qt::CaseInsensitive) && !m_page.url.isEmpty()) {
        // The extractor made "./NAME_files/a.png" absolute against the page URL; undo that when
        // the URL lies under the page's own directory.
        const QUrl base(m_page.url);
        const QUrl url(src);
        QString baseDir = base.path(QUrl::FullyEncoded);
        baseDir.truncate(baseDir.lastIndexOf(u'/') + 1);
        const QString path = url.path(QUrl::FullyEncoded);
        if (url.host() == base.host() && url.scheme() == base.scheme() && path.startsWith(baseDir))
            relative = path.mid(baseDir.size());
    }
    if (relative.isEmpty() && !m_folder.isEmpty() && src.startsWith(QLatin1String("http"), Qt::CaseInsensitive)) {
        // Resolved against some other base (a <base href>, a redirect): the saver's folder name
        // still identifies the local copy.
        static const QRegularExpression filesTail(QStringLiteral("/([^/?#]+_files/[^?#]+)"));
        const QRegularExpressionMatch m = filesTail.match(QUrl(src).path(QUrl::FullyEncoded));
        if (m.hasMatch())
            relative = m.captured(1);
    }
    if (relative.isEmpty())
        return {};
    relative = QUrl::fromPercentEncoding(stripQueryAndFragment(relative).toUtf8());
    return relative.isEmpty() ? QString() : QDir::cleanPath(relative);
}

std::optional<QByteArray> AssetResolver::fromFolder(const QString &reference)
{
    if (m_folder.isEmpty() || reference.isEmpty())
        return std::nullopt;
    const QString path = QDir::isAbsolutePath(reference) ? reference : QDir::cleanPath(m_folder + u'/' + reference);
    if (!QFileInfo(path).isFile()) {
        m_localMissing.insert(reference);
        return std::nullopt;
    }
    // Canonical paths defeat ../ and symlinks pointing out of the page's folder.
    if (!fileutil::isInside(m_folder, path))
        return std::nullopt;
    auto data = fileutil::readFile(path, limits::kMaxAssetBytes);
    if (!data)
        return std::nullopt;
    return std::move(data).value();
}

QString AssetResolver::addAsset(const QByteArray &data)
{
    const QString extension = sniffImageExtension(data);
    if (extension.isEmpty())
        return {};
    const QString path = m_blobPath(data, extension);
    if (m_paths.contains(path))
        return path;
    if (m_totalBytes + data.size() > limits::kMaxAssetsPerArticleBytes)
        return {};
    m_totalBytes += data.size();
    m_paths.insert(path);
    m_assets.append(Asset{data, extension, path});
    return path;
}

} // namespace offprint::import
