// The HTML → Markdown writer's inline pieces: emphasis and the allow-listed tags, links (internal
// ones through the anchor map), code spans, images.
#include "common/limits.h"
#include "html/imagesource.h"
#include "markdown/writer.h"

#include <QRegularExpression>

namespace offprint::markdown::detail {

using html::Node;
using html::Tag;

// Renders `el`'s children into a fresh buffer and wraps the result in `open` … `close`: emphasis
// marks, or one of the dialect's inline tags (<sup>, <sub>).
void Writer::wrapped(const Node &el, Inline &buf, int depth, const QString &open, const QString &close)
{
    Inline inner;
    inlineChildren(el, inner, depth);
    QString md = trimBreaks(inner.md, true);
    if (md.isEmpty()) {
        buf.space = buf.space || inner.space;
        return;
    }
    if (!inner.md.isEmpty() && isSpace(inner.md.at(0)))
        buf.space = true;
    const QString plain = trimBreaks(inner.plain, false);
    if (open.startsWith(QLatin1Char('<'))) {
        md.replace(QLatin1String("\\\n"), QLatin1String(" "));
        buf.put(open + md + close, plain);
    } else if (md.contains(QLatin1String("\\\n")) || md.startsWith(open.at(0)) || md.endsWith(open.at(0))) {
        buf.put(md, plain); // emphasis would not parse across these
    } else {
        buf.put(open + md + close, plain);
    }
    buf.space = inner.space;
}

// A link into the heading being written: to the heading itself, inside it, or to the section it
// opens.
bool Writer::headingSelfLink(const Node &target) const
{
    if (target.isNull() || m_heading.isNull())
        return false;
    for (Node p = target; p.isElement(); p = p.parent()) {
        if (p == m_heading)
            return true;
    }
    Node p = m_heading;
    for (int level = 0; level < 3 && p.isElement(); ++level) {
        p = p.parent();
        if (p == target)
            return true;
    }
    return false;
}

void Writer::link(const Node &a, Inline &buf, int depth)
{
    const QString href = a.attribute("href").trimmed();
    // A heading's permalink mark ("#", "¶", an icon) is not part of the heading.
    if (!m_heading.isNull() && href.contains(QLatin1Char('#')) && isPermalinkMark(a.textContent()))
        return;
    Inline inner;
    inlineChildren(a, inner, depth);
    QString md = trimBreaks(inner.md, true);
    if (md.isEmpty()) {
        buf.space = buf.space || inner.space;
        return;
    }
    if (!inner.md.isEmpty() && isSpace(inner.md.at(0)))
        buf.space = true;
    const QString plain = trimBreaks(inner.plain, false);
    QString url;
    if (m_figureImage) {
        // A figure's image stands alone in its paragraph, without the link around it.
    } else if (const std::optional<QString> fragment = m_anchors.fragmentOf(href)) {
        // Into this page: kept when its target is in the article (and is not the heading itself).
        if (!headingSelfLink(m_anchors.targetOf(*fragment))) {
            if (const QString id = m_anchors.anchorFor(*fragment); !id.isEmpty())
                url = QLatin1Char('#') + id;
        }
    } else if (!href.isEmpty() && isSafeLinkTarget(href) && isSafeLinkTarget(absolute(href))) {
        url = absolute(href);
    }
    if (url.isEmpty() || md.contains(QLatin1String("\\\n"))) {
        buf.put(md, plain);
    } else {
        if (md.startsWith(QLatin1Char('^')))
            md.prepend(QLatin1Char('\\')); // "[^…]" would be read as a footnote reference
        buf.put(QLatin1Char('[') + md + QLatin1String("](") + escapeUrl(url) + QLatin1Char(')'), plain);
    }
    buf.space = inner.space;
}

void Writer::inlineCode(const Node &n, Inline &buf)
{
    codeSpan(collapseSpaces(n.textContent()), buf);
}

void Writer::codeSpan(const QString &code, Inline &buf)
{
    if (code.isEmpty())
        return;
    int longest = 0;
    int run = 0;
    for (QChar c : code) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = code.startsWith(QLatin1Char('`')) || code.endsWith(QLatin1Char('`'));
    const QString sp = pad ? QStringLiteral(" ") : QString();
    buf.put(fence + sp + code + sp + fence, code);
}

void Writer::noscript(const Node &n, Inline &buf)
{
    // Lazy loaders put the real <img> in <noscript>; use it only when the script-driven image
    // before it had no usable source.
    const Node prev = n.previousElementSibling();
    if (prev.is(Tag::Img) && !html::bestImageSource(prev).isEmpty())
        return;
    html::forEachDescendant(n, [&](Node d) {
        if (d.is(Tag::Img))
            image(d, buf);
        return d.isElement();
    });
}

void Writer::image(const Node &img, Inline &buf)
{
    // A formula drawn as a picture (the fallback images of MediaWiki's math, alt "{\displaystyle
    // …}") is its TeX source, as code: readable, searchable, and nothing to fetch.
    static const QRegularExpression formula(QStringLiteral("^\\{\\\\displaystyle\\s*(.*)\\}$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = formula.match(img.attribute("alt").trimmed()); m.hasMatch()) {
        codeSpan(collapseSpaces(m.captured(1)), buf);
        return;
    }
    const QString src = html::bestImageSource(img);
    if (src.isEmpty())
        return;
    if (m_out.images.size() >= limits::kMaxImagesPerPage) {
        ++m_imagesOverBudget;
        return;
    }
    QString url;
    if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        if (m_options.resolveImage)
            url = m_options.resolveImage(src);
    } else {
        const QString abs = absolute(src);
        if (m_options.resolveImage)
            url = m_options.resolveImage(abs);
        const bool remote = abs.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || abs.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
        if (url.isEmpty() && remote)
            url = abs;
        if (url.isEmpty() && !m_options.resolveImage && !abs.startsWith(QLatin1String("javascript:")))
            url = abs;
    }
    if (url.isEmpty()) {
        ++m_out.droppedImages;
        return;
    }
    if (!m_out.images.isEmpty() && m_out.images.constLast() == url)
        return;
    m_out.images << url;
    QString alt = collapseSpaces(img.attribute("alt"));
    alt.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('['), QLatin1String("\\["))
        .replace(QLatin1Char(']'), QLatin1String("\\]"))
        .replace(QLatin1Char('<'), QLatin1String("\\<")); // an alt text's "<br>" is text, not a tag
    buf.put(QLatin1String("![") + alt + QLatin1String("](") + escapeUrl(url) + QLatin1Char(')'), QString());
}

} // namespace offprint::markdown::detail
