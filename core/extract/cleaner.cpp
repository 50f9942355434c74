#include "extract/cleaner.h"

#include "common/limits.h"
#include "extract/hints.h"
#include "html/imagesource.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <unordered_map>

namespace offprint::extract {

using html::Node;
using html::Tag;

QString collapsedText(const Node &n)
{
    return n.textContent().simplified();
}

namespace {

bool isHeading(Tag t)
{
    return t >= Tag::H1 && t <= Tag::H6;
}

bool hasAncestor(const Node &n, Tag tag, int maxLevels = 8)
{
    Node p = n.parent();
    for (int i = 0; i < maxLevels && p.isElement(); ++i, p = p.parent()) {
        if (p.is(tag))
            return true;
    }
    return false;
}

// Layout tables hold whole pages; data tables hold data and are kept as they are (readability's rules:
// table markup that only data uses, no nested table, or enough rows or columns). A table that has only
// its size for it must have two rows or more and text that is not mostly links: a row of five links is
// a toolbar, a grid of linked thumbnails a gallery.
bool isDataTable(const Node &table, const Analysis &analysis)
{
    if (table.attribute("role") == QLatin1String("presentation") || table.attribute("datatable") == QLatin1String("0"))
        return false;
    if (table.hasAttribute("summary"))
        return true;
    bool data = false;
    bool nested = false;
    int rows = 0;
    int columns = 0;
    html::forEachDescendant(table, [&](Node d) {
        if (!d.isElement())
            return false;
        switch (d.tag()) {
        case Tag::Table: nested = true; return false;
        case Tag::Caption: case Tag::Thead: case Tag::Tfoot: case Tag::Th: case Tag::Colgroup: case Tag::Col:
            data = true;
            break;
        case Tag::Tr: {
            ++rows;
            int cells = 0;
            for (int i = 0, c = d.childCount(); i < c; ++i) {
                const Node cell = d.child(i);
                if (cell.is(Tag::Td) || cell.is(Tag::Th))
                    cells += std::max(1, cell.attribute("colspan").toInt());
            }
            columns = std::max(columns, cells);
            break;
        }
        default: break;
        }
        return true;
    }, 16);
    if (data)
        return true;
    if (nested)
        return false;
    const int index = analysis.indexOf(table);
    if (rows < 2 || (index >= 0 && analysis.at(index).linkDensity() >= 0.5))
        return false;
    return rows >= 10 || columns > 4 || rows * columns > 10;
}

bool isHidden(const Node &n)
{
    static const QRegularExpression hiddenStyle(QStringLiteral("display\\s*:\\s*none|visibility\\s*:\\s*hidden"),
                                                QRegularExpression::CaseInsensitiveOption);
    return n.hasAttribute("hidden") || hiddenStyle.match(n.attribute("style")).hasMatch();
}

bool insideDataTable(const Node &n, const Analysis &analysis)
{
    for (Node p = n.parent(); p.isElement(); p = p.parent()) {
        if (p.is(Tag::Table) && isDataTable(p, analysis))
            return true;
    }
    return false;
}

bool isInside(const Node &n, const Node &ancestor)
{
    for (Node p = n; p.isElement(); p = p.parent()) {
        if (p == ancestor)
            return true;
    }
    return false;
}

// Notes the article's text links to (footnotes, references, endnotes): a list whose items hold the
// targets of links from outside them ("#cite_note-1", "#fn1", or this page's address with a
// fragment). These lists and the boxes around them are kept whatever their link density.
struct Notes
{
    std::unordered_set<const void *> items;   // the notes (list items)
    std::unordered_set<const void *> holders; // their lists and what holds those, up to the article
};

Notes findNotes(const std::vector<Node> &roots, const Analysis &analysis, const QString &pageHost)
{
    QHash<QString, Node> ids;
    std::vector<std::pair<Node, QString>> links;
    for (const Node &root : roots) {
        html::forEachDescendant(root, [&](Node d) {
            if (!d.isElement() || html::isNonContentTag(d.tag()) || analysis.isExcluded(d))
                return false;
            const QString id = d.attribute("id");
            if (!id.isEmpty() && !ids.contains(id))
                ids.insert(id, d);
            if (d.is(Tag::A)) {
                const QString name = d.attribute("name");
                if (!name.isEmpty() && !ids.contains(name))
                    ids.insert(name, d);
                const QString href = d.attribute("href").trimmed();
                const qsizetype hash = href.indexOf(QLatin1Char('#'));
                if (hash >= 0 && hash + 1 < href.size()) {
                    const QString host = QUrl(href).host().toLower();
                    if (hash == 0 || host.isEmpty() || host == pageHost)
                        links.emplace_back(d, href.mid(hash + 1));
                }
            }
            return true;
        }, limits::kMaxTreeDepth);
    }
    std::unordered_map<const void *, std::pair<Node, std::unordered_set<const void *>>> targeted;
    for (const auto &[link, fragment] : links) {
        Node item = ids.value(fragment);
        if (item.isNull())
            item = ids.value(QUrl::fromPercentEncoding(fragment.toUtf8()));
        for (int up = 0; up < 4 && item.isElement() && !item.is(Tag::Li); ++up)
            item = item.parent();
        const Node list = item.parent();
        if (!item.is(Tag::Li) || !(list.is(Tag::Ol) || list.is(Tag::Ul)) || isInside(link, item))
            continue;
        auto &entry = targeted[list.id()];
        entry.first = list;
        entry.second.insert(item.id());
    }
    Notes notes;
    for (const auto &[id, entry] : targeted) {
        const Node &list = entry.first;
        int items = 0;
        for (int i = 0, c = list.childCount(); i < c; ++i)
            items += list.child(i).is(Tag::Li) ? 1 : 0;
        if (int(entry.second.size()) * 2 < items)
            continue;
        notes.items.insert(entry.second.begin(), entry.second.end());
        for (Node p = list; p.isElement(); p = p.parent()) {
            notes.holders.insert(p.id());
            if (std::find(roots.begin(), roots.end(), p) != roots.end())
                break;
        }
    }
    return notes;
}

class Cleaner
{
public:
    Cleaner(const Analysis &a, const QString &title, const QString &pageHost, const ExtractOptions &o, CleanFlags f)
        : m_a(a), m_title(title), m_host(pageHost.toLower()), m_o(o), m_flags(f)
    {
    }

    void keepWhole(const Node &entry) { m_keepWhole.insert(entry.id()); }

    CleanResult run(const std::vector<Node> &roots)
    {
        m_result.skip = m_a.excluded();
        m_notes = findNotes(roots, m_a, m_host);
        for (const Node &root : roots) {
            if (!root.isElement())
                continue;
            if (root.is(Tag::Body) || visitRoot(root))
                walk(root, 0);
        }
        return std::move(m_result);
    }

private:
    // A root itself can be boilerplate (a sibling paragraph "相关阅读:").
    bool visitRoot(const Node &root) { return !checkElement(root); }

    void walk(const Node &el, int depth)
    {
        if (depth > limits::kMaxTreeDepth)
            return;
        for (int i = 0, c = el.childCount(); i < c; ++i) {
            const Node ch = el.child(i);
            if (!ch.isElement())
                continue;
            if (m_result.skip.count(ch.id())) {
                // A data table is kept whole, as Readability keeps it: a cell or row whose class only
                // looked like page furniture ("header_cell") stays in.
                const bool tablePart = ch.is(Tag::Td) || ch.is(Tag::Th) || ch.is(Tag::Tr);
                if (!tablePart || !m_a.isExcluded(ch) || isHidden(ch) || !insideDataTable(ch, m_a))
                    continue;
                m_result.skip.erase(ch.id());
            }
            if (m_skipRun) {
                // Entries after a "related articles" heading: drop while they look like link lists.
                const int ci = m_a.indexOf(ch);
                if (ci >= 0 && !isHeading(ch.tag()) && (m_a.at(ci).linkDensity() > 0.5 || m_a.at(ci).len == 0)) {
                    m_result.skip.insert(ch.id());
                    continue;
                }
                m_skipRun = false;
            }
            if (checkElement(ch))
                continue;
            walk(ch, depth + 1);
        }
        m_skipRun = false;
    }

    // True when `el` was marked to skip.
    bool checkElement(const Node &el)
    {
        const int i = m_a.indexOf(el);
        if (i < 0)
            return false;
        const NodeInfo &n = m_a.at(i);
        const Tag tag = n.tag;
        auto skip = [&]() {
            m_result.skip.insert(el.id());
            return true;
        };

        if (tag == Tag::Form || tag == Tag::Button || tag == Tag::Input || tag == Tag::Select
            || tag == Tag::Textarea || tag == Tag::Iframe || tag == Tag::Object || tag == Tag::Embed)
            return skip();

        if (m_byline.isEmpty() && !isHeading(tag) && looksLikeByline(el) && n.len > 0 && n.len < 100) {
            m_byline = collapsedText(el);
            if (!m_byline.contains(QStringLiteral("编辑")))
                m_result.byline = m_byline;
            return skip();
        }

        if (isHeading(tag)) {
            if (m_flags.weightClasses && classHint(el) < 0)
                return skip();
            const QString text = collapsedText(el);
            if (!m_titleRemoved && (tag == Tag::H1 || tag == Tag::H2) && similarTitle(text, m_title)) {
                m_titleRemoved = true;
                return skip();
            }
            if (isRelatedHeading(text)) {
                m_skipRun = true;
                return skip();
            }
        }

        // Short text blocks that are site furniture rather than article.
        if (n.len <= m_o.boilerplateMaxLength * 2 && !n.hasBlock
            && (tag == Tag::P || tag == Tag::Div || tag == Tag::Li || tag == Tag::Span || tag == Tag::Section
                || tag == Tag::Td || tag == Tag::Center || tag == Tag::Font || tag == Tag::Strong || tag == Tag::B)) {
            const QString text = collapsedText(el);
            if (text.size() <= m_o.boilerplateMaxLength && (isBoilerplateText(text) || isRelatedHeading(text))) {
                if (isRelatedHeading(text))
                    m_skipRun = true;
                return skip();
            }
        }

        // A table of links to apps is data; a citation is a link to another site by nature.
        if (isPromotion(el, n) && !insideDataTable(el, m_a) && !insideNote(el))
            return skip();
        if (m_flags.cleanConditionally && !m_keepWhole.count(el.id()) && shouldRemoveConditionally(el, n))
            return skip();
        return false;
    }

    bool insideNote(const Node &el) const
    {
        Node p = el;
        for (int level = 0; level < 8 && p.isElement(); ++level, p = p.parent()) {
            if (m_notes.items.count(p.id()))
                return true;
        }
        return false;
    }

    // A banner or one-line teaser that only links to another site.
    bool isPromotion(const Node &el, const NodeInfo &n) const
    {
        if (m_host.isEmpty() || n.links == 0 || n.len > 60 || n.linkLen < n.len * 0.9 || el.is(Tag::A))
            return false;
        bool external = true;
        html::forEachDescendant(el, [&](Node d) {
            if (d.is(Tag::A)) {
                const QUrl href(d.attribute("href").trimmed());
                const QString host = href.host().toLower();
                if (host.isEmpty() || host == m_host || host.endsWith(QLatin1Char('.') + m_host)
                    || m_host.endsWith(QLatin1Char('.') + host))
                    external = false;
            }
            return external && d.isElement();
        }, 16);
        return external;
    }

    bool shouldRemoveConditionally(const Node &el, const NodeInfo &n)
    {
        const Tag tag = n.tag;
        const bool eligible = tag == Tag::Table || tag == Tag::Ul || tag == Tag::Ol || tag == Tag::Div
            || tag == Tag::Section || tag == Tag::Aside || tag == Tag::Header || tag == Tag::Footer || tag == Tag::Dl
            || tag == Tag::Fieldset || tag == Tag::Center;
        if (!eligible)
            return false;
        if (hasAncestor(el, Tag::Pre) || hasAncestor(el, Tag::Code) || m_notes.holders.count(el.id()))
            return false;
        if ((tag == Tag::Table && isDataTable(el, m_a)) || insideDataTable(el, m_a))
            return false;
        const int weight = m_flags.weightClasses ? int(classHint(el) * m_o.classWeight) : 0;
        const double contentScore = n.candidate ? n.score : 0;
        // Only a negative class makes a box go on score alone: list items vote too, and a list's
        // own (tag) weight is negative without meaning anything.
        if (weight < 0 && weight + contentScore < 0)
            return true;
        if (n.commas >= m_o.cleanMinCommas)
            return false;
        const bool isList = tag == Tag::Ul || tag == Tag::Ol;
        const double p = n.paras;
        const int img = n.imgs;
        const double li = n.lis - 100;
        const double headingDensity = n.len > 0 ? n.headingLen / n.len : 0;
        const double ld = n.linkDensity();
        const double len = n.len;
        const bool inFigure = hasAncestor(el, Tag::Figure);
        bool remove = (img > 1 && p / img < 0.5 && !inFigure) || (!isList && li > p) || (n.inputs > int(p / 3))
            || (!isList && headingDensity < 0.9 && len < m_o.cleanMinContentLength && (img == 0 || img > 2)
                && !inFigure)
            || (!isList && weight < m_o.classWeight && ld > m_o.cleanLinkDensity)
            || (weight >= m_o.classWeight && ld > m_o.cleanLinkDensityStrong)
            || (n.embeds == 1 && len < 75) || n.embeds > 1;
        if (remove && isList) {
            // Lists of images stay.
            if (n.imgs > 0 && n.imgs >= n.lis && ld < 0.9)
                return false;
        }
        return remove;
    }

    const Analysis &m_a;
    const QString m_title;
    const QString m_host;
    const ExtractOptions &m_o;
    const CleanFlags m_flags;
    CleanResult m_result;
    std::unordered_set<const void *> m_keepWhole;
    Notes m_notes; // notes the article links to, and what holds them
    QString m_byline;
    bool m_titleRemoved = false;
    bool m_skipRun = false;
};

} // namespace

CleanResult cleanArticle(const Analysis &analysis, const std::vector<Node> &roots, const QString &title,
                         const QString &pageHost, const ExtractOptions &options, CleanFlags flags,
                         const std::vector<Node> &entries)
{
    Cleaner cleaner(analysis, title, pageHost, options, flags);
    for (const Node &entry : entries)
        cleaner.keepWhole(entry);
    return cleaner.run(roots);
}

} // namespace offprint::extract
