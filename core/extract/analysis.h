#pragma once

#include "extract/options.h"
#include "html/node.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace offprint::extract {

// Counts of one element's subtree (unlikely candidates and non-content elements left out).
struct NodeInfo
{
    html::Node node;
    int parent = -1;
    html::Tag tag = html::Tag::Other;
    bool inLink = false;
    double len = 0;     // effective length (see ExtractOptions::cjkWeight)
    double linkLen = 0; // effective length inside links
    int cjk = 0;        // CJK characters
    int letters = 0;    // other letters and digits
    int commas = 0;
    int punct = 0;
    int paras = 0, imgs = 0, lis = 0, inputs = 0, embeds = 0, links = 0;
    double headingLen = 0;
    bool hasBlock = false;
    bool candidate = false; // received a paragraph vote
    double score = 0;
    int hint = 0;

    double linkDensity() const { return len > 0 ? linkLen / len : 0; }
};

// Text counts by character class for one string.
struct TextCounts
{
    double len = 0;
    int cjk = 0;
    int letters = 0;
    int commas = 0;
    int punct = 0;
};
TextCounts countText(const QString &text, double cjkWeight);

// One pass over the body: per-element counts, then readability-style paragraph votes.
class Analysis final
{
public:
    Analysis(html::Node body, const ExtractOptions &options, bool stripUnlikely);

    int indexOf(const html::Node &n) const;
    const NodeInfo &at(int i) const { return m_nodes[size_t(i)]; }
    NodeInfo &at(int i) { return m_nodes[size_t(i)]; }
    int size() const { return int(m_nodes.size()); }
    bool isExcluded(const html::Node &n) const { return m_excluded.count(n.id()) != 0; }
    const std::unordered_set<const void *> &excluded() const { return m_excluded; }
    // Elements that are scored candidates, best first (final scores, link density applied).
    std::vector<int> rankedCandidates() const;

private:
    void collect(html::Node body, bool stripUnlikely);
    void findMarkedArticle(html::Node body);
    void aggregate();
    void vote();
    void credit(int start, double score);
    void initCandidate(int i);

    const ExtractOptions &m_options;
    std::vector<NodeInfo> m_nodes;
    std::unordered_map<const void *, int> m_index;
    std::unordered_set<const void *> m_excluded;
    // The element a page marks as its article body (schema.org itemprop="articleBody") and every
    // ancestor of it: never dropped for an unlikely class name ("share-wrapper" around a whole story).
    std::unordered_set<const void *> m_markedArticle;
};

} // namespace offprint::extract
