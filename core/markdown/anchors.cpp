#include "markdown/anchors.h"

#include "common/limits.h"

#include <QRegularExpression>

#include <algorithm>

namespace offprint::markdown::detail {

using html::Node;
using html::Tag;

namespace {

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '_'
        || u == ':' || u == '-';
}

QString decoded(const QString &fragment)
{
    return fragment.contains(QLatin1Char('%')) ? QUrl::fromPercentEncoding(fragment.toUtf8()) : fragment;
}

} // namespace

QString safeAnchorId(const QString &id)
{
    QString out;
    out.reserve(std::min<qsizetype>(id.size(), 128));
    for (qsizetype i = 0; i < id.size() && out.size() < 128; ++i) {
        const QChar c = id.at(i);
        if (c.isLowSurrogate())
            continue; // one "-" for a character outside the BMP
        out += isIdChar(c) ? c : QLatin1Char('-');
    }
    return out.isEmpty() ? QStringLiteral("a") : out;
}

QSet<QString> linkedAnchorIds(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("(?<!\\\\)\\]\\(#([A-Za-z0-9._:-]{1,128})\\)"));
    QSet<QString> ids;
    for (auto it = link.globalMatch(markdown); it.hasNext();)
        ids.insert(it.next().captured(1));
    return ids;
}

QSet<QString> writtenAnchorIds(const QString &markdown)
{
    static const QRegularExpression anchor(QStringLiteral("<a id=\"([A-Za-z0-9._:-]{1,128})\"></a>"));
    QSet<QString> ids;
    for (auto it = anchor.globalMatch(markdown); it.hasNext();)
        ids.insert(it.next().captured(1));
    return ids;
}

bool isPermalinkMark(const QString &text)
{
    QString t = text.simplified();
    t.remove(QChar(0xFE0F)).remove(QChar(0xFE0E));
    return t.isEmpty() || t == QLatin1String("#") || t == QStringLiteral("¶") || t == QStringLiteral("§")
        || t == QStringLiteral("🔗") || t == QStringLiteral("⚓");
}

bool isEditControl(const html::Node &element)
{
    static const QRegularExpression editClass(QStringLiteral("(?:^|[\\s_-])(?:mw-)?(?:edit-?section|secedit|edit-?link)(?:$|[\\s_-])"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression editHref(QStringLiteral("[?&](?:ve)?action=edit(?:$|&)|/edit/?(?:$|[?#])"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString cls = element.attribute("class");
    if (!cls.isEmpty() && editClass.match(cls).hasMatch())
        return true;
    return element.is(html::Tag::A) && editHref.match(element.attribute("href")).hasMatch();
}

AnchorMap::AnchorMap(const QUrl &base)
{
    if (base.isValid() && !base.isRelative())
        m_base = base.adjusted(QUrl::RemoveFragment);
}

std::optional<QString> AnchorMap::fragmentOf(const QString &href) const
{
    if (href.startsWith(QLatin1Char('#')))
        return href.mid(1);
    const qsizetype hash = href.indexOf(QLatin1Char('#'));
    if (hash < 0 || m_base.isEmpty())
        return std::nullopt;
    const QUrl url(href.left(hash));
    if (!url.isValid())
        return std::nullopt;
    if (m_base.resolved(url).adjusted(QUrl::NormalizePathSegments) != m_base.adjusted(QUrl::NormalizePathSegments))
        return std::nullopt;
    return href.mid(hash + 1);
}

void AnchorMap::scan(const std::vector<Node> &roots, const Skip &skipped)
{
    struct Named
    {
        Node node;
        int order = 0;
    };
    QHash<QString, Named> ids;
    QHash<QString, Named> names;
    QStringList linked;
    int order = 0;
    const auto visit = [&](const Node &n) {
        if (!n.isElement())
            return false;
        if (html::isNonContentTag(n.tag()) || skipped(n))
            return false;
        if (const char *id = n.attributeRaw("id"); id && *id) {
            const QString key = QString::fromUtf8(id);
            if (!ids.contains(key))
                ids.insert(key, {n, order});
        }
        if (n.is(Tag::A)) {
            if (const char *name = n.attributeRaw("name"); name && *name) {
                const QString key = QString::fromUtf8(name);
                if (!names.contains(key))
                    names.insert(key, {n, order});
            }
            if (const std::optional<QString> fragment = fragmentOf(n.attribute("href").trimmed());
                fragment && !fragment->isEmpty())
                linked << *fragment;
        }
        ++order;
        return true;
    };
    for (const Node &root : roots) {
        if (visit(root))
            html::forEachDescendant(root, visit, limits::kMaxTreeDepth);
    }

    // Targets in document order, so that IDs made unique get the same suffixes every time.
    struct Found
    {
        QString fragment;
        QString key;
        Named target;
    };
    std::vector<Found> found;
    for (const QString &fragment : std::as_const(linked)) {
        for (const QString &key : {fragment, decoded(fragment)}) {
            const auto id = ids.constFind(key);
            const auto name = names.constFind(key);
            if (id != ids.cend() || name != names.cend()) {
                found.push_back({fragment, key, id != ids.cend() ? *id : *name});
                break;
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.target.order != b.target.order ? a.target.order < b.target.order : a.key < b.key;
    });
    QHash<QString, QString> anchorOfKey;
    QSet<QString> used;
    for (const Found &f : found) {
        QString anchor = anchorOfKey.value(f.key);
        if (anchor.isEmpty()) {
            const QString base = safeAnchorId(f.key);
            anchor = base;
            for (int n = 2; used.contains(anchor); ++n)
                anchor = base.left(120) + QLatin1Char('-') + QString::number(n);
            used.insert(anchor);
            anchorOfKey.insert(f.key, anchor);
            m_byNode[f.target.node.id()] << anchor;
        }
        m_targets.insert(f.fragment, {f.target.node, anchor});
    }
}

const AnchorMap::Target *AnchorMap::find(const QString &fragment) const
{
    const auto it = m_targets.constFind(fragment);
    if (it == m_targets.cend() || m_excluded.contains(it->anchor))
        return nullptr;
    return &*it;
}

QString AnchorMap::anchorFor(const QString &fragment) const
{
    const Target *t = find(fragment);
    return t ? t->anchor : QString();
}

Node AnchorMap::targetOf(const QString &fragment) const
{
    const Target *t = find(fragment);
    return t ? t->node : Node();
}

QString AnchorMap::take(const Node &n)
{
    const auto it = m_byNode.find(n.id());
    if (it == m_byNode.end())
        return {};
    QString markup;
    for (const QString &anchor : it->second) {
        if (m_excluded.contains(anchor) || m_written.contains(anchor))
            continue;
        m_written.insert(anchor);
        markup += QLatin1String("<a id=\"") + anchor + QLatin1String("\"></a>");
    }
    return markup;
}

void AnchorMap::exclude(const QSet<QString> &anchorIds)
{
    m_excluded.unite(anchorIds);
}

} // namespace offprint::markdown::detail
