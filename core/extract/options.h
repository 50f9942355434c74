#pragma once

#include <QString>

namespace offprint::extract {

// Every tunable of article extraction, in one place. Lengths are "effective characters": letters,
// digits and punctuation outside CJK count 1, a CJK character counts kCjkWeight (one Chinese
// character carries about as much as a short word), so English-tuned thresholds hold for Chinese.
struct ExtractOptions
{
    double cjkWeight = 2.0;

    // Candidate scoring (readability): a text run shorter than this does not vote for a container.
    int minParagraphLength = 25;
    double lengthBonusPer = 100;   // +1 per this many effective characters...
    double maxLengthBonus = 3;     // ...up to this
    int ancestorLevels = 5;        // how far up a paragraph's score spreads
    double classWeight = 25;       // positive/negative class or id hint
    double positiveHintPerVote = 6; // a positive hint adds at most this times the element's votes
    int topCandidates = 5;
    double alternativeRatio = 0.6; // candidates this close to the top may share a better ancestor
    int minAlternativesForAncestor = 3;
    double runLinkDensityMax = 0.6; // a run that is mostly links (menus) never votes
    // Text density (GNE-style): a candidate's score grows with punctuation per character.
    double punctuationBonus = 2.0;

    // Sibling merge.
    double siblingScoreRatio = 0.2;
    double siblingMinScore = 10;
    int siblingParagraphLength = 80;
    double siblingLinkDensityMax = 0.25;

    // One article split in two: a second candidate in another branch with this share of the top's score
    // and prose, under a common ancestor that holds at most this much more prose than the two.
    double splitScoreRatio = 0.75;
    double splitProseRatio = 0.5;
    double splitMaxExtra = 1.25;

    // Repeated entries (blog front pages, forum threads, listings): an entry of the same kind as the
    // article, or as one of its ancestors up to entryLevels, with at least this much prose (and this
    // share of the article's) makes their common parent the article.
    int entryLevels = 16;
    double entryMinProse = 200;
    double entryMinShare = 0.05;

    // Conditional cleaning of the chosen subtree.
    int cleanMinCommas = 10;
    double cleanLinkDensity = 0.2;        // with weight < classWeight
    double cleanLinkDensityStrong = 0.5;  // even with a positive weight
    int cleanMinContentLength = 25;
    int boilerplateMaxLength = 300;       // "related articles", closers: only short blocks are removed

    // Retry without dropping unlikely candidates when the result is shorter than this.
    int minArticleLength = 500;
    double retryMinGain = 1.5;        // a relaxed pass wins only with this much more text...
    double retryMaxLinkDensity = 0.35; // ...and a top candidate that is not mostly links
    double retryKeepScore = 20;        // no retry when a half-length result scored this well

    // Fallback when nothing scores: the page's body, with this confidence at most.
    double fallbackConfidence = 0.15;

    // Excerpt length in characters.
    int excerptLength = 200;
    // Reporter credits are searched in this many characters at the start, then at the end of the article
    // text when none was found near the title.
    int bylineEdgeChars = 300;
};

} // namespace offprint::extract
