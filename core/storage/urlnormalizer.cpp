#include "storage/urlnormalizer.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace offprint::storage {

namespace {

// Parameters that say how a link was shared, not which page it is. WeChat (mp.weixin.qq.com) share
// links carry most of the second group; the article itself is __biz/mid/idx/sn.
bool isTrackingParameter(const QString &key)
{
    static const QStringList prefixes = {QStringLiteral("utm_"), QStringLiteral("sharer_"),
                                         QStringLiteral("share_"), QStringLiteral("hmsr")};
    static const QStringList exact = {
        QStringLiteral("spm"),        QStringLiteral("spm_id_from"), QStringLiteral("from"),
        QStringLiteral("fbclid"),     QStringLiteral("gclid"),       QStringLiteral("gclsrc"),
        QStringLiteral("dclid"),      QStringLiteral("msclkid"),     QStringLiteral("yclid"),
        QStringLiteral("igshid"),     QStringLiteral("mc_cid"),      QStringLiteral("mc_eid"),
        QStringLiteral("_hsenc"),     QStringLiteral("_hsmi"),       QStringLiteral("mkt_tok"),
        QStringLiteral("chksm"),      QStringLiteral("scene"),       QStringLiteral("srcid"),
        QStringLiteral("share"),      QStringLiteral("shareid"),     QStringLiteral("isappinstalled"),
        QStringLiteral("clicktime"),  QStringLiteral("enterid"),     QStringLiteral("exportkey"),
        QStringLiteral("pass_ticket"), QStringLiteral("ascene"),     QStringLiteral("devicetype"),
        QStringLiteral("wx_header"),  QStringLiteral("nettype"),     QStringLiteral("subscene"),
        QStringLiteral("sessionid"),  QStringLiteral("ref"),         QStringLiteral("ref_src"),
        QStringLiteral("vd_source"),  QStringLiteral("wxfrom"),      QStringLiteral("timeline"),
    };
    if (exact.contains(key))
        return true;
    return std::any_of(prefixes.begin(), prefixes.end(), [&](const QString &p) { return key.startsWith(p); });
}

QString cleanQuery(const QString &encodedQuery)
{
    struct Param
    {
        QString key;
        QString raw;
    };
    QList<Param> kept;
    for (const QString &part : encodedQuery.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString rawKey = part.section(QLatin1Char('='), 0, 0);
        const QString key = QUrl::fromPercentEncoding(rawKey.toUtf8()).toLower();
        if (!isTrackingParameter(key))
            kept.append({key, part});
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Param &a, const Param &b) {
        return a.key != b.key ? a.key < b.key : a.raw < b.raw;
    });
    QStringList parts;
    for (const Param &p : kept)
        parts << p.raw;
    return parts.join(QLatin1Char('&'));
}

// RFC 3986 section 5.2.4 on an absolute path (QUrl::NormalizePathSegments mangles "/a/./b/../c" in Qt 6.4).
QString removeDotSegments(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    QStringList out;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out << segment;
    }
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

} // namespace

QString normalizeUrl(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();
    QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.isRelative())
        return trimmed;
    const QString scheme = url.scheme().toLower();
    url.setScheme(scheme);
    if (url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
        return trimmed;
    url.setHost(url.host().toLower());
    const bool defaultPort = (scheme == QLatin1String("http") && url.port() == 80)
                             || (scheme == QLatin1String("https") && url.port() == 443);
    if (defaultPort)
        url.setPort(-1);

    // Single-page apps route with "#!/..." or "#/..."; there the fragment names the article.
    const QString fragment = url.fragment(QUrl::FullyEncoded);
    if (!fragment.startsWith(QLatin1Char('!')) && !fragment.startsWith(QLatin1Char('/')))
        url.setFragment(QString());

    QString path = url.path(QUrl::FullyEncoded);
    if (path.startsWith(QLatin1Char('/')))
        path = removeDotSegments(path);
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/");
    url.setPath(path, QUrl::StrictMode);

    if (url.hasQuery()) {
        const QString query = cleanQuery(url.query(QUrl::FullyEncoded));
        if (query.isEmpty())
            url.setQuery(QString());
        else
            url.setQuery(query, QUrl::StrictMode);
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace offprint::storage
