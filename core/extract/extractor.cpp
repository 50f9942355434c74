#include "extract/extractor.h"

#include "common/limits.h"
#include "extract/analysis.h"
#include "extract/cleaner.h"
#include "extract/dates.h"
#include "extract/metadata.h"
#include "extract/options.h"
#include "extract/postlines.h"
#include "extract/selection.h"
#include "extract/textmetadata.h"
#include "html/document.h"
#include "markdown/htmltomarkdown.h"
#include "text/language.h"

#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace offprint::extract {

using html::Node;
using html::Tag;

namespace {

// "rtl" when the page lays its article out right to left, whatever the script of a paragraph: the
// nearest `dir` of the article's root (its own, an ancestor's, <body>'s or <html>'s) says so, or,
// when none does, an element inside the root that holds nearly all of its text (the top candidate
// can be the <main> around an <article dir="rtl">).
QString declaredDirection(html::Node root)
{
    const auto verdict = [](const html::Node &n) -> std::optional<bool> {
        const QString dir = n.attribute("dir").trimmed().toLower();
        if (dir == QLatin1String("rtl"))
            return true;
        if (dir == QLatin1String("ltr") || dir == QLatin1String("auto"))
            return false;
        return std::nullopt;
    };
    html::Node node = root;
    for (int depth = 0; node.isElement() && depth < limits::kMaxTreeDepth; ++depth, node = node.parent()) {
        if (const auto rtl = verdict(node))
            return *rtl ? QStringLiteral("rtl") : QString();
    }
    const qsizetype total = root.textContent().simplified().size();
    if (total == 0)
        return QString();
    std::optional<bool> inner;
    html::forEachDescendant(root, [&](html::Node d) {
        if (inner || !d.isElement())
            return false;
        if (const auto rtl = verdict(d)) {
            if (d.textContent().simplified().size() * 10 >= total * 8)
                inner = rtl;
            return false; // a declaration covers its subtree
        }
        return true;
    }, 12);
    return inner.value_or(false) ? QStringLiteral("rtl") : QString();
}

struct Attempt
{
    markdown::MarkdownOutput output;
    double length = 0;
    Selection selection;
    QString byline;
    double linkDensity = 0;
};

// Pages from before page metadata (old portals, blogs, forums) often have no usable <title>: none, the
// site's name ("网易娱乐"), or the first heading of a sidebar ("导航"). Such a title is short and is not
// in the article. Their article starts with its own title on a line of its own.
bool weakTitle(const QString &title, const QString &text)
{
    constexpr int kShortTitle = 4;
    return title.isEmpty() || (title.size() <= kShortTitle && !text.contains(title));
}

// The article's first line when it reads as a title: short, not a sentence or a lead-in (no full stop,
// comma or colon at its end), and followed by longer text.
QString leadingTitleLine(const QString &text)
{
    constexpr int kMinChars = 4;
    constexpr int kMaxChars = 64;
    const QStringList lines = text.left(4000).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return {};
    const QString first = lines.front().simplified();
    const QString next = lines.at(1).simplified();
    static const QRegularExpression notATitleEnd(QStringLiteral("[。．.，,；;：:、]$"));
    if (first.size() < kMinChars || first.size() > kMaxChars || notATitleEnd.match(first).hasMatch()
        || next.size() <= first.size())
        return {};
    return first;
}

// Text from the article's title onwards (or the body's start), where bylines and dates are
// written: "来源：新浪科技 作者：张三 2005-04-05 06:40", "By Jane Doe | June 3, 2024".
QString textNearTitle(const Node &body, const QString &title, int maxChars)
{
    const QString wanted = title.simplified();
    QString fromStart;
    QString fromTitle;
    bool started = false;
    bool done = false;
    html::forEachDescendant(body, [&](Node n) {
        if (done)
            return false;
        if (n.isElement()) {
            if (html::isNonContentTag(n.tag()) || n.is(Tag::Noscript))
                return false;
            if (!started && n.is(Tag::H1))
                started = true;
            if (html::isBlockTag(n.tag()) || n.is(Tag::Br)) {
                (started ? fromTitle : fromStart) += QLatin1Char('\n');
            }
            return true;
        }
        if (!n.isText())
            return false;
        const QString t = n.text().simplified();
        if (t.isEmpty())
            return false;
        if (!started && !wanted.isEmpty() && t.size() >= 4 && wanted.contains(t) && t.size() * 2 >= wanted.size())
            started = true;
        QString &target = started ? fromTitle : fromStart;
        if (target.size() < maxChars)
            target += t + QLatin1Char(' ');
        if (started && fromTitle.size() >= maxChars)
            done = true;
        return false;
    });
    return started ? fromTitle : fromStart.left(maxChars);
}

QString makeExcerpt(const QString &text, int maxChars)
{
    QString flat = text.simplified();
    if (flat.size() <= maxChars)
        return flat;
    QString cut = flat.left(maxChars);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxChars * 2 / 3)
        cut.truncate(space);
    return cut + QChar(0x2026);
}

// The Markdown writer's options for this page: its address and where its saved images are.
markdown::HtmlToMarkdownOptions writerOptions(const ExtractInput &input)
{
    markdown::HtmlToMarkdownOptions mdOptions;
    mdOptions.baseUrl = input.baseUrl;
    mdOptions.resolveImage = input.resolveImage;
    return mdOptions;
}

Attempt runAttempt(const Node &body, const ExtractInput &input, const QString &title, const ExtractOptions &options,
                   bool stripUnlikely, CleanFlags flags)
{
    Attempt attempt;
    const Analysis analysis(body, options, stripUnlikely);
    attempt.selection = selectArticle(analysis, options, title);
    const CleanResult clean = cleanArticle(analysis, attempt.selection.roots, title,
                                           QUrl(input.baseUrl).host(), options, flags, attempt.selection.entries);
    attempt.byline = clean.byline;
    markdown::HtmlToMarkdownOptions mdOptions = writerOptions(input);
    const auto &skip = clean.skip;
    mdOptions.skip = [&skip](Node n) { return skip.count(n.id()) != 0; };
    attempt.output = markdown::htmlToMarkdown(attempt.selection.roots, mdOptions);
    attempt.length = countText(attempt.output.text, options.cjkWeight).len;
    if (attempt.selection.top >= 0)
        attempt.linkDensity = analysis.at(attempt.selection.top).linkDensity();
    return attempt;
}

double confidenceOf(const Attempt &a, int attemptIndex, const ExtractOptions &options)
{
    if (a.output.text.isEmpty())
        return 0;
    if (a.selection.top < 0)
        return std::min(options.fallbackConfidence, 0.05 + a.length / 20000);
    double c = 0.2 + 0.4 * std::min(1.0, a.length / 1500) + 0.2 * std::min(1.0, a.selection.topScore / 40)
        + 0.2 * (1 - std::min(1.0, a.linkDensity * 2));
    if (attemptIndex > 0)
        c *= 0.7;
    return std::clamp(c, 0.0, 1.0);
}

// Decoding replacement characters and control characters: not text a person wrote.
bool looksLikeBinary(const QString &text)
{
    if (text.isEmpty())
        return false;
    qsizetype odd = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0xFFFD || (u < 0x20 && u != '\n' && u != '\t' && u != '\r') || (u >= 0x7F && u < 0xA0))
            ++odd;
    }
    return odd * 20 > text.size();
}

// The whole page as the article: first as structured Markdown of the body; when even that is empty
// (all text inside elements that are never article content, such as <object> fallback or a
// <template>), as the plain text of every visible node.
void wholePage(const Node &body, const ExtractInput &input, const ExtractOptions &options, Attempt &attempt)
{
    attempt.output = markdown::htmlToMarkdown({body}, writerOptions(input));
    attempt.selection = Selection{};
    attempt.selection.roots = {body};
    if (attempt.output.text.trimmed().isEmpty()) {
        const QString text = html::visibleText(body).trimmed();
        attempt.output = markdown::MarkdownOutput{};
        attempt.output.text = text;
        attempt.output.markdown = markdown::plainTextToMarkdown(text);
    }
    attempt.length = countText(attempt.output.text, options.cjkWeight).len; // as every attempt counts it
}

} // namespace

ExtractedArticle extractArticle(const ExtractInput &input)
{
    ExtractedArticle out;
    if (input.html.trimmed().isEmpty()) {
        out.warnings << QStringLiteral("empty page");
        return out;
    }
    const ExtractOptions options;
    const auto doc = html::Document::parse(input.html);
    out.meta = readMetadata(*doc, input.baseUrl);
    Node body = doc->body();
    if (!body.isElement())
        body = doc->root();
    if (!body.isElement()) {
        out.warnings << QStringLiteral("no page body");
        return out;
    }

    // Readability's retries: relax the rules one at a time while the article comes out too short.
    struct Pass { bool strip; CleanFlags flags; };
    const Pass passes[] = {{true, {true, true}}, {false, {true, true}}, {false, {false, false}}};
    Attempt best;
    int bestIndex = -1;
    for (int i = 0; i < 3; ++i) {
        if (bestIndex >= 0 && best.length >= options.minArticleLength / 2
            && best.selection.topScore >= options.retryKeepScore)
            break; // a short article in a clearly marked box is still the article
        Attempt a = runAttempt(body, input, out.meta.title, options, passes[i].strip, passes[i].flags);
        const bool enough = a.length >= options.minArticleLength;
        // A relaxed pass must find clearly more text that is not a link farm.
        const bool better = bestIndex < 0
            || (a.length > best.length * options.retryMinGain && a.linkDensity < options.retryMaxLinkDensity);
        if (better) {
            best = std::move(a);
            bestIndex = i;
        }
        if (enough && better)
            break;
    }

    // The page has text, but every pass came back empty (the text sits in a form, a layout the
    // cleaner took for furniture, an element that is not article content): the whole page is better
    // than an empty article.
    if (best.output.text.isEmpty())
        wholePage(body, input, options, best);

    out.markdown = best.output.markdown;
    out.text = best.output.text;
    out.confidence = confidenceOf(best, bestIndex, options);
    out.warnings << doc->repairs();
    if (looksLikeBinary(out.text)) {
        out.confidence *= 0.2;
        out.warnings << QStringLiteral("text looks like binary data");
    }
    if (doc->truncated())
        out.warnings << QStringLiteral("page too large; the rest was cut");
    if (doc->elementsWithAttributesDropped() > 0)
        out.warnings << QStringLiteral("attributes dropped from %1 element(s) with more than %2 (the limit)")
                            .arg(doc->elementsWithAttributesDropped())
                            .arg(limits::kMaxAttributesPerElement);
    out.warnings += best.output.warnings;

    if (weakTitle(out.meta.title, out.text)) {
        if (const QString line = leadingTitleLine(out.text); !line.isEmpty())
            out.meta.title = line;
    }
    const QString near = textNearTitle(body, out.meta.title, 1500);
    const QString edges = out.text.left(options.bylineEdgeChars) + QLatin1Char('\n')
        + out.text.right(options.bylineEdgeChars);
    // A site, paper or channel named as the author (a CMS vendor in <meta name=author>, the "来源" channel
    // taken for a byline) is not one. The site's own name can be a person's: personal blogs.
    const QString source = findSourceInText(near);
    const auto person = [&source](const QString &name) {
        const QString n = name.simplified();
        return isOrganisationName(n, source) ? QString() : n;
    };
    out.meta.author = person(out.meta.author);
    if (out.meta.author.isEmpty())
        out.meta.author = person(best.byline);
    if (out.meta.author.isEmpty())
        out.meta.author = person(findBylineInText(near));
    // Chinese news credits its reporters in the article's first or last line: "本报讯（记者 蔡雪婧）".
    if (out.meta.author.isEmpty())
        out.meta.author = person(findBylineInText(out.text.left(options.bylineEdgeChars), EnglishBylines::Ignored));
    if (out.meta.author.isEmpty())
        out.meta.author = person(findBylineInText(out.text.right(options.bylineEdgeChars), EnglishBylines::Ignored));
    // Blogs and forums name the poster on the post's own line: "ggjjzhzz 发表于 2005-9-15 11:46".
    if (out.meta.author.isEmpty())
        out.meta.author = person(findPosterInText(near));
    if (out.meta.author.isEmpty())
        out.meta.author = person(findPosterInText(edges));
    // A forum's first post line can stand anywhere in the thread; in running text, only with its date.
    if (out.meta.author.isEmpty())
        out.meta.author = person(findPosterInText(out.text, PosterLines::Dated));
    // A date the page labels as the post's beats the first date near the title (a blog's "建立于"
    // date, an archive list); then the article's own first and last lines, then the address.
    if (!out.meta.published.isValid())
        out.meta.published = findLabelledDate(near);
    if (!out.meta.published.isValid())
        out.meta.published = findDateInText(near);
    if (!out.meta.published.isValid())
        out.meta.published = findLabelledDate(edges);
    if (!out.meta.published.isValid())
        out.meta.published = dateFromUrl(out.meta.url.isEmpty() ? input.baseUrl : out.meta.url);
    if (out.meta.siteName.isEmpty())
        out.meta.siteName = findSourceInText(near);
    // The text decides over the page's declaration (templates declare "de" on English pages).
    out.meta.language = text::chooseLanguage(out.meta.language, out.text.isEmpty() ? near : out.text);
    out.meta.direction = declaredDirection(best.selection.roots.empty() ? body : best.selection.roots.front());
    if (out.meta.excerpt.isEmpty())
        out.meta.excerpt = makeExcerpt(out.text, options.excerptLength);
    if (out.meta.leadImage.isEmpty() && !best.output.images.isEmpty())
        out.meta.leadImage = best.output.images.front();

    if (out.text.isEmpty())
        out.warnings << QStringLiteral("no article text found");
    else if (best.length < 200)
        out.warnings << QStringLiteral("tiny extraction");
    if (best.output.droppedImages > 0)
        out.warnings << QStringLiteral("images not saved: %1").arg(best.output.droppedImages);
    if (best.selection.top < 0)
        out.warnings << QStringLiteral("no article found; whole page used");
    return out;
}

} // namespace offprint::extract
