#include "extract/analysis.h"

#include "common/limits.h"
#include "extract/hints.h"

#include <algorithm>
#include <cmath>
#include <strings.h>

namespace offprint::extract {

using html::Node;
using html::Tag;

TextCounts countText(const QString &text, double cjkWeight)
{
    TextCounts c;
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (isCjk(u)) {
            ++c.cjk;
            c.len += cjkWeight;
        } else if (ch.isLetterOrNumber()) {
            ++c.letters;
            c.len += 1;
        } else if (!ch.isSpace()) {
            c.len += 1;
        } else if (u == u' ') {
            c.len += 1; // word gaps count as in readability's innerText length
        }
        if (isCommaLike(u))
            ++c.commas;
        if (isPunctuation(u))
            ++c.punct;
    }
    return c;
}

namespace {

bool isIgnored(Tag tag)
{
    return html::isNonContentTag(tag) || tag == Tag::Noscript;
}

bool isInput(Tag tag)
{
    return tag == Tag::Input || tag == Tag::Select || tag == Tag::Textarea || tag == Tag::Button;
}

bool isEmbed(Tag tag)
{
    return tag == Tag::Iframe || tag == Tag::Object || tag == Tag::Embed || tag == Tag::Video || tag == Tag::Audio;
}

bool isHeading(Tag tag)
{
    return tag >= Tag::H1 && tag <= Tag::H6;
}

double initialScore(Tag tag)
{
    switch (tag) {
    case Tag::Div: case Tag::Article: case Tag::Main:
        return 5;
    case Tag::Pre: case Tag::Td: case Tag::Blockquote:
        return 3;
    case Tag::Address: case Tag::Ol: case Tag::Ul: case Tag::Dl: case Tag::Dd: case Tag::Dt: case Tag::Li:
    case Tag::Form:
        return -3;
    case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6: case Tag::Th:
        return -5;
    default:
        return 0;
    }
}

} // namespace

Analysis::Analysis(Node body, const ExtractOptions &options, bool stripUnlikely) : m_options(options)
{
    if (stripUnlikely)
        findMarkedArticle(body);
    collect(body, stripUnlikely);
    aggregate();
    vote();
}

int Analysis::indexOf(const Node &n) const
{
    auto it = m_index.find(n.id());
    return it == m_index.end() ? -1 : it->second;
}

void Analysis::findMarkedArticle(Node body)
{
    html::forEachDescendant(body, [this, &body](Node n) {
        if (!n.isElement())
            return false;
        if (isIgnored(n.tag()))
            return false;
        const char *itemprop = n.attributeRaw("itemprop");
        if (itemprop && strcasestr(itemprop, "articlebody")) {
            for (Node p = n; p.isElement() && p != body; p = p.parent())
                m_markedArticle.insert(p.id());
        }
        return true;
    }, limits::kMaxTreeDepth);
}

void Analysis::collect(Node body, bool stripUnlikely)
{
    if (!body.isElement())
        return;
    m_nodes.reserve(4096);
    NodeInfo root;
    root.node = body;
    root.tag = body.tag();
    m_nodes.push_back(root);
    m_index.emplace(body.id(), 0);

    struct Frame { int index; int next; };
    std::vector<Frame> stack{{0, 0}};
    while (!stack.empty()) {
        Frame &top = stack.back();
        const Node parentNode = m_nodes[size_t(top.index)].node;
        if (top.next >= parentNode.childCount()) {
            stack.pop_back();
            continue;
        }
        const int parentIndex = top.index;
        const Node child = parentNode.child(top.next++);
        if (child.isText()) {
            if (child.isWhitespace()) {
                m_nodes[size_t(parentIndex)].len += 1;
                continue;
            }
            const TextCounts c = countText(child.text(), m_options.cjkWeight);
            NodeInfo &p = m_nodes[size_t(parentIndex)];
            p.len += c.len;
            p.cjk += c.cjk;
            p.letters += c.letters;
            p.commas += c.commas;
            p.punct += c.punct;
            if (p.inLink)
                p.linkLen += c.len;
            if (isHeading(p.tag))
                p.headingLen += c.len;
            continue;
        }
        if (!child.isElement())
            continue;
        const Tag tag = child.tag();
        if (isIgnored(tag) && tag != Tag::Svg)
            continue;
        if (tag == Tag::Svg || tag == Tag::Math)
            continue;
        if (stripUnlikely && isUnlikelyCandidate(child, m_markedArticle.count(child.id()) != 0)) {
            m_excluded.insert(child.id());
            continue;
        }
        NodeInfo info;
        info.node = child;
        info.parent = parentIndex;
        info.tag = tag;
        // Only real links count: unclosed <a name=...> anchors get re-opened by the parser around
        // whole sections of old pages.
        info.inLink = m_nodes[size_t(parentIndex)].inLink || (tag == Tag::A && child.hasAttribute("href"));
        const int index = int(m_nodes.size());
        m_nodes.push_back(info);
        m_index.emplace(child.id(), index);
        if (int(stack.size()) < limits::kMaxTreeDepth)
            stack.push_back({index, 0});
    }
}

void Analysis::aggregate()
{
    for (int i = int(m_nodes.size()) - 1; i > 0; --i) {
        NodeInfo &c = m_nodes[size_t(i)];
        switch (c.tag) {
        case Tag::P: ++c.paras; break;
        case Tag::Img: ++c.imgs; break;
        case Tag::Li: ++c.lis; break;
        case Tag::A: ++c.links; break;
        default:
            if (isInput(c.tag))
                ++c.inputs;
            else if (isEmbed(c.tag))
                ++c.embeds;
        }
        NodeInfo &p = m_nodes[size_t(c.parent)];
        p.len += c.len;
        p.linkLen += c.linkLen;
        p.cjk += c.cjk;
        p.letters += c.letters;
        p.commas += c.commas;
        p.punct += c.punct;
        p.paras += c.paras;
        p.imgs += c.imgs;
        p.lis += c.lis;
        p.inputs += c.inputs;
        p.embeds += c.embeds;
        p.links += c.links;
        p.headingLen += isHeading(c.tag) ? c.len : c.headingLen;
        p.hasBlock = p.hasBlock || c.hasBlock || html::isBlockTag(c.tag);
    }
}

void Analysis::initCandidate(int i)
{
    NodeInfo &n = m_nodes[size_t(i)];
    if (n.candidate)
        return;
    n.candidate = true;
    n.hint = classHint(n.node);
    n.score = 0; // votes; the tag and class weights are added once voting is done
}

void Analysis::credit(int start, double score)
{
    int level = 0;
    for (int i = start; i >= 0 && level < m_options.ancestorLevels; i = m_nodes[size_t(i)].parent, ++level) {
        initCandidate(i);
        const double divider = level == 0 ? 1 : (level == 1 ? 2 : level * 3);
        m_nodes[size_t(i)].score += score / divider;
    }
}

void Analysis::vote()
{
    const auto paragraphScore = [this](double len, int commas) {
        return 1 + commas + std::min(std::floor(len / m_options.lengthBonusPer), m_options.maxLengthBonus);
    };
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const NodeInfo &n = m_nodes[size_t(i)];
        if (isHeading(n.tag) || n.inLink)
            continue;
        if (n.tag == Tag::P || n.tag == Tag::Pre) {
            if (n.len >= m_options.minParagraphLength && n.linkDensity() <= m_options.runLinkDensityMax
                && n.parent >= 0)
                credit(n.parent, paragraphScore(n.len, n.commas));
            continue;
        }
        if (!n.hasBlock && !html::isBlockTag(n.tag))
            continue; // inline content: counted in its parent's runs
        if (n.parent >= 0 && (m_nodes[size_t(n.parent)].tag == Tag::P || m_nodes[size_t(n.parent)].tag == Tag::Pre))
            continue;
        // Runs of inline content between blocks and line breaks are the container's own paragraphs.
        // A leaf <div> without paragraph breaks is itself a paragraph (Readability turns it into
        // a <p>): it votes for its parent, like a <p> would.
        const bool leafBox = !n.hasBlock && n.parent >= 0
            && (n.tag == Tag::Div || n.tag == Tag::Section || n.tag == Tag::Center || n.tag == Tag::Article);
        double runLen = 0;
        double runLink = 0;
        int runCommas = 0;
        bool splitByBreaks = false;
        std::vector<std::pair<double, int>> runs;
        const auto endRun = [&]() {
            if (runLen >= m_options.minParagraphLength && runLink / runLen <= m_options.runLinkDensityMax)
                runs.emplace_back(paragraphScore(runLen, runCommas), 0);
            runLen = runLink = 0;
            runCommas = 0;
        };
        const Node node = n.node;
        bool previousWasBreak = false;
        for (int c = 0, count = node.childCount(); c < count; ++c) {
            const Node child = node.child(c);
            if (child.isText()) {
                if (!child.isWhitespace()) {
                    previousWasBreak = false;
                    const TextCounts t = countText(child.text(), m_options.cjkWeight);
                    runLen += t.len;
                    runCommas += t.commas;
                }
                continue;
            }
            const int ci = indexOf(child);
            if (ci < 0)
                continue;
            const NodeInfo &cn = m_nodes[size_t(ci)];
            if (cn.tag == Tag::Br) {
                // Two line breaks in a row end a paragraph; one is a line inside it.
                if (previousWasBreak) {
                    endRun();
                    splitByBreaks = true;
                }
                previousWasBreak = true;
                continue;
            }
            previousWasBreak = false;
            if (html::isBlockTag(cn.tag) || cn.hasBlock) {
                endRun();
                continue;
            }
            runLen += cn.len;
            runLink += cn.linkLen;
            runCommas += cn.commas;
        }
        endRun();
        if (leafBox && !splitByBreaks) {
            if (n.len >= m_options.minParagraphLength && n.linkDensity() <= m_options.runLinkDensityMax)
                credit(n.parent, paragraphScore(n.len, n.commas));
            continue;
        }
        for (const auto &run : runs)
            credit(i, run.first);
    }
    for (NodeInfo &n : m_nodes) {
        if (!n.candidate)
            continue;
        // A positive class ("page", "content") may not lift a near-empty box over the article:
        // its bonus is bounded by the votes the element earned. Negative hints count in full.
        const double votes = n.score;
        const double hintBonus = n.hint < 0 ? n.hint * m_options.classWeight
                                            : std::min(n.hint * m_options.classWeight,
                                                       votes * m_options.positiveHintPerVote);
        // Links are not article text: a candidate's score shrinks with its link density.
        n.score = (initialScore(n.tag) + votes + hintBonus) * (1 - n.linkDensity());
    }
}

std::vector<int> Analysis::rankedCandidates() const
{
    std::vector<int> result;
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        if (m_nodes[size_t(i)].candidate)
            result.push_back(i);
    }
    std::stable_sort(result.begin(), result.end(),
                     [this](int a, int b) { return m_nodes[size_t(a)].score > m_nodes[size_t(b)].score; });
    return result;
}

} // namespace offprint::extract
