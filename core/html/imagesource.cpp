#include "html/imagesource.h"

#include <QRegularExpression>

namespace offprint::html {

namespace {

// Attributes lazy loaders put the real picture in, most specific first.
constexpr const char *kLazyAttributes[] = {"data-src", "data-original", "data-actualsrc", "data-lazy-src",
                                           "data-original-src", "data-lazy", "data-url", "data-hi-res-src",
                                           "data-full-src", "data-echo", "original", "file"};

constexpr const char *kLazySrcsetAttributes[] = {"data-srcset", "data-lazy-srcset", "srcset"};

bool isTinyDimension(const Node &img, const char *name)
{
    const char *v = img.attributeRaw(name);
    if (!v)
        return false;
    bool ok = false;
    const int n = QString::fromUtf8(v).trimmed().remove(QStringLiteral("px")).toInt(&ok);
    return ok && n <= 2;
}

} // namespace

bool isPlaceholderImageSource(const QString &src)
{
    const QString s = src.trimmed();
    if (s.isEmpty())
        return true;
    if (s.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        // Inline 1x1 gifs and blank SVGs used by lazy loaders are short; real inline pictures are not.
        return s.size() < 400 || s.contains(QLatin1String("image/svg"), Qt::CaseInsensitive);
    }
    if (s.startsWith(QLatin1String("about:"), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression placeholder(
        QStringLiteral("(?:^|[/_.-])(?:blank|spacer|pixel|transparent|placeholder|loading|lazy|grey|gray|"
                       "spinner|clear|dot|1x1|s)\\.(?:gif|png|svg|jpg)(?:[?#]|$)|/loading[^/]*\\.(?:gif|svg|png)"),
        QRegularExpression::CaseInsensitiveOption);
    return placeholder.match(s).hasMatch();
}

QString bestSrcsetCandidate(const QString &srcset)
{
    QString best;
    double bestScore = -1;
    // Candidates are "url descriptor" separated by commas; URLs may contain commas only when not
    // followed by a space, so split on ", " and trailing-comma boundaries.
    static const QRegularExpression candidate(QStringLiteral("\\s*([^\\s,][^\\s]*?)(?:\\s+([0-9.]+)([wx]))?\\s*(?:,|$)"));
    auto it = candidate.globalMatch(srcset);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString url = m.captured(1);
        if (url.isEmpty() || isPlaceholderImageSource(url))
            continue;
        double score = 0.5;
        if (!m.captured(2).isEmpty()) {
            const double v = m.captured(2).toDouble();
            score = m.captured(3) == QLatin1String("w") ? v : v * 1000;
        }
        if (score > bestScore) {
            bestScore = score;
            best = url;
        }
    }
    return best;
}

QString bestImageSource(Node img)
{
    if (!img.isElement())
        return {};
    for (const char *name : kLazyAttributes) {
        const QString v = img.attribute(name).trimmed();
        if (!v.isEmpty() && !isPlaceholderImageSource(v)
            && !v.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive))
            return v;
    }
    for (const char *name : kLazySrcsetAttributes) {
        const QString v = bestSrcsetCandidate(img.attribute(name));
        if (!v.isEmpty())
            return v;
    }
    // A data: picture big enough to be real passes here too; the resolver decides whether it stays.
    const QString src = img.attribute("src").trimmed();
    if (!src.isEmpty() && !isPlaceholderImageSource(src)) {
        if (isTinyDimension(img, "width") && isTinyDimension(img, "height"))
            return {};
        return src;
    }
    // <picture><source srcset=...><img></picture>: the sources carry the picture.
    const Node parent = img.parent();
    if (parent.is(Tag::Picture)) {
        for (int i = 0, n = parent.childCount(); i < n; ++i) {
            const Node s = parent.child(i);
            if (s.is(Tag::Source)) {
                const QString v = bestSrcsetCandidate(s.attribute("srcset"));
                if (!v.isEmpty())
                    return v;
            }
        }
    }
    return {};
}

} // namespace offprint::html
