#include "extract/selection.h"

#include "extract/hints.h"

#include <QRegularExpression>

#include <algorithm>

namespace offprint::extract {

using html::Node;
using html::Tag;

namespace {

bool isAncestor(const Analysis &a, int ancestor, int node)
{
    for (int i = a.at(node).parent; i >= 0; i = a.at(i).parent) {
        if (i == ancestor)
            return true;
    }
    return false;
}

int elementChildCount(const Node &n)
{
    int count = 0;
    for (int i = 0, c = n.childCount(); i < c; ++i) {
        if (n.child(i).isElement())
            ++count;
    }
    return count;
}

bool endsLikeSentence(const Node &n)
{
    const QString t = n.textContent().trimmed();
    return t.contains(QLatin1String(". ")) || t.endsWith(QLatin1Char('.')) || t.contains(QChar(0x3002))
        || t.endsWith(QChar(0xFF01)) || t.endsWith(QChar(0xFF1F));
}

// A heading that names the page: similar to its title, or a part of a title that kept its site's name
// ("Chip sales fall" in "Chip sales fall - Example News").
bool namesPage(const QString &heading, const QString &title)
{
    if (similarTitle(heading, title))
        return true;
    const QString h = lettersAndDigits(heading);
    return h.size() >= 10 && lettersAndDigits(title).contains(h);
}

// The heading tag (h1-h3) under `entry` that carries the page's title, or Tag::Other.
Tag titleHeadingIn(const Node &entry, const QString &title)
{
    Tag found = Tag::Other;
    if (title.isEmpty())
        return found;
    html::forEachDescendant(entry, [&](Node d) {
        if (found != Tag::Other || !d.isElement())
            return false;
        const Tag t = d.tag();
        if (t == Tag::H1 || t == Tag::H2 || t == Tag::H3) {
            if (namesPage(d.textContent().simplified(), title))
                found = t;
            return false;
        }
        return true;
    });
    return found;
}

bool hasHeading(const Node &n, Tag heading)
{
    bool found = false;
    html::forEachDescendant(n, [&](Node d) {
        found = found || d.is(heading);
        return !found && d.isElement();
    });
    return found;
}

// Prose in an element: text that is not links.
double prose(const NodeInfo &n)
{
    return n.len - n.linkLen;
}

// A class as a kind of entry: numbers and the words of alternating rows left out, so that
// "post_7730 rowcolor1" and "post_6590 rowcolor2", or "odd-row" and "even-row", are one kind.
QString entryClass(const Node &n)
{
    static const QRegularExpression variable(QStringLiteral("\\d+|(?<![a-z])(?:odd|even|alt|first|last)(?![a-z])"));
    QString cls = n.attribute("class").toLower();
    cls.remove(variable);
    return cls.simplified();
}

bool sameKind(const Node &a, const Node &b)
{
    if (a.tag() != b.tag() || a.tagName() != b.tagName())
        return false;
    const QString cls = entryClass(a);
    if (cls != entryClass(b))
        return false;
    // Unnamed boxes say little; unnamed list items, articles, tables and rows can be entries (old forums
    // and listings repeat them), see entriesNeeded.
    const Tag tag = a.tag();
    return !cls.isEmpty() || tag == Tag::Li || tag == Tag::Article || tag == Tag::Table || tag == Tag::Tr;
}

// How many entries of a kind make a list: two of a named kind; three unnamed tables or rows, since old
// pages also lay out their header, story and footer in unnamed tables.
int entriesNeeded(const Node &entry)
{
    return entry.attribute("class").isEmpty() && (entry.is(Tag::Table) || entry.is(Tag::Tr)) ? 3 : 2;
}

// A page of repeated entries (a blog's front page, a forum thread, a list of results): the article is
// one entry, and entries of the same kind (same tag and class) with prose of their own stand beside it
// or beside one of its near ancestors. Returns the element that holds them all, or -1.
int repeatedEntriesContainer(const Analysis &a, int top, const ExtractOptions &options, const QString &title)
{
    const double topProse = prose(a.at(top));
    int node = top;
    for (int level = 0; level < options.entryLevels && a.at(node).parent >= 0; ++level, node = a.at(node).parent) {
        const NodeInfo &entry = a.at(node);
        if (prose(entry) > topProse * 2)
            break; // this ancestor already holds much more than the article: not an entry any more
        const Node parentNode = a.at(entry.parent).node;
        std::vector<Node> similar;
        for (int i = 0, c = parentNode.childCount(); i < c; ++i) {
            const Node s = parentNode.child(i);
            if (s == entry.node || !s.isElement() || !sameKind(s, entry.node))
                continue;
            const int si = a.indexOf(s);
            if (si < 0)
                continue;
            const NodeInfo &sibling = a.at(si);
            if (prose(sibling) >= std::max(options.entryMinProse, prose(entry) * options.entryMinShare)
                && sibling.linkDensity() <= options.siblingLinkDensityMax)
                similar.push_back(s);
        }
        if (int(similar.size()) + 1 < entriesNeeded(entry.node))
            continue;
        // The entry carries the page's title and the entries beside it have titles of their own: they
        // are other articles that came with the page (the next stories of an endless news page). Without
        // titles of their own they are the article's further sections.
        const Tag heading = titleHeadingIn(entry.node, title);
        const bool otherArticles = heading != Tag::Other
            && std::any_of(similar.begin(), similar.end(), [heading](const Node &s) { return hasHeading(s, heading); });
        return otherArticles ? -1 : entry.parent;
    }
    return -1;
}

// Children of `container` that are entries: of one kind, two or more, each with prose of its own.
std::vector<Node> entriesOf(const Analysis &a, int container, const ExtractOptions &options)
{
    std::vector<Node> qualifying;
    const Node node = a.at(container).node;
    for (int i = 0, c = node.childCount(); i < c; ++i) {
        const Node child = node.child(i);
        const int ci = child.isElement() ? a.indexOf(child) : -1;
        if (ci >= 0 && prose(a.at(ci)) >= options.entryMinProse
            && a.at(ci).linkDensity() <= options.siblingLinkDensityMax)
            qualifying.push_back(child);
    }
    std::vector<Node> entries;
    for (const Node &n : qualifying) {
        const auto kin = std::count_if(qualifying.begin(), qualifying.end(), [&n](const Node &o) { return sameKind(n, o); });
        if (kin >= entriesNeeded(n))
            entries.push_back(n);
    }
    return entries;
}

} // namespace

Selection selectArticle(const Analysis &a, const ExtractOptions &options, const QString &title)
{
    Selection sel;
    if (a.size() == 0)
        return sel;
    const std::vector<int> ranked = a.rankedCandidates();
    if (ranked.empty() || a.at(ranked.front()).score <= 0) {
        sel.roots.push_back(a.at(0).node);
        return sel;
    }
    int top = ranked.front();
    const double topScore = a.at(top).score;

    // Several near-equal candidates under one ancestor: the article is that ancestor.
    std::vector<int> alternatives;
    for (size_t i = 1; i < ranked.size() && int(i) < options.topCandidates; ++i) {
        if (a.at(ranked[i]).score >= topScore * options.alternativeRatio)
            alternatives.push_back(ranked[i]);
    }
    if (int(alternatives.size()) >= options.minAlternativesForAncestor) {
        for (int p = a.at(top).parent; p > 0; p = a.at(p).parent) {
            const int containing = int(std::count_if(alternatives.begin(), alternatives.end(),
                                                     [&](int alt) { return isAncestor(a, p, alt); }));
            if (containing >= options.minAlternativesForAncestor) {
                top = p;
                break;
            }
        }
    }

    // Two strong candidates in different branches whose common ancestor holds little else: one article
    // split in two (by an advertisement, a layout table's cells). The ancestor is the article.
    if (ranked.size() > 1) {
        const int second = ranked[1];
        const NodeInfo &t = a.at(top);
        const NodeInfo &s = a.at(second);
        if (s.score >= t.score * options.splitScoreRatio && prose(s) >= prose(t) * options.splitProseRatio
            && !isAncestor(a, top, second) && !isAncestor(a, second, top)) {
            int common = a.at(top).parent;
            while (common > 0 && !isAncestor(a, common, second))
                common = a.at(common).parent;
            if (common > 0 && prose(a.at(common)) <= (prose(t) + prose(s)) * options.splitMaxExtra)
                top = common;
        }
    }

    // Walk up while the parent is a better (or not much worse) candidate.
    double lastScore = a.at(top).score;
    const double threshold = lastScore / 3;
    for (int p = a.at(top).parent; p > 0; p = a.at(p).parent) {
        if (!a.at(p).candidate)
            continue;
        const double s = a.at(p).score;
        if (s < threshold)
            break;
        if (s > lastScore) {
            top = p;
            break;
        }
        lastScore = s;
    }
    // A lone child says nothing about its wrapper: take the wrapper.
    for (int p = a.at(top).parent; p > 0 && elementChildCount(a.at(p).node) == 1; p = a.at(p).parent)
        top = p;

    if (const int container = repeatedEntriesContainer(a, top, options, title); container >= 0)
        top = container;

    sel.top = top;
    sel.topScore = std::max(a.at(top).score, topScore);
    sel.entries = entriesOf(a, top, options);
    const int parent = a.at(top).parent;
    if (parent < 0) {
        sel.roots.push_back(a.at(top).node);
        return sel;
    }
    const Node topNode = a.at(top).node;
    const QString topClass = topNode.attribute("class");
    // A sibling <article> with a title of its own beside an article that carries the page's title is
    // another article (the next story of an endless page), whatever it scores; a section with its own
    // heading is not (long posts head their sections with <h1> too).
    const Tag titleHeading = titleHeadingIn(topNode, title);
    const double siblingThreshold = std::max(options.siblingMinScore, sel.topScore * options.siblingScoreRatio);
    const Node parentNode = a.at(parent).node;
    for (int i = 0, c = parentNode.childCount(); i < c; ++i) {
        const Node s = parentNode.child(i);
        if (s == topNode) {
            sel.roots.push_back(s);
            continue;
        }
        const int si = a.indexOf(s);
        if (si < 0)
            continue;
        const NodeInfo &info = a.at(si);
        const double bonus = (!topClass.isEmpty() && s.attribute("class") == topClass) ? sel.topScore * 0.2 : 0;
        bool append = info.candidate && info.score + bonus >= siblingThreshold;
        if (!append && info.tag == Tag::P) {
            const double ld = info.linkDensity();
            if (info.len > options.siblingParagraphLength && ld < options.siblingLinkDensityMax)
                append = true;
            else if (info.len < options.siblingParagraphLength && info.len > 0 && ld == 0 && endsLikeSentence(s))
                append = true;
        }
        if (append && titleHeading != Tag::Other && (s.is(Tag::Article) || hasHeading(s, Tag::Article))
            && hasHeading(s, titleHeading))
            append = false;
        if (append)
            sel.roots.push_back(s);
    }
    return sel;
}

} // namespace offprint::extract
