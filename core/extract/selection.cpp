#include "extract/selection.h"

#include "extract/hints.h"

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

} // namespace

Selection selectArticle(const Analysis &a, const ExtractOptions &options)
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

    sel.top = top;
    sel.topScore = std::max(a.at(top).score, topScore);
    const int parent = a.at(top).parent;
    if (parent < 0) {
        sel.roots.push_back(a.at(top).node);
        return sel;
    }
    const Node topNode = a.at(top).node;
    const QString topClass = topNode.attribute("class");
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
        if (append)
            sel.roots.push_back(s);
    }
    return sel;
}

} // namespace offprint::extract
