#include "render/bodywriter.h"

#include "common/limits.h"
#include "markdown/cmarkdoc.h"
#include "render/inlinetags.h"

#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QUrl>

namespace offprint::render::detail {

using markdown::isType;
using markdown::literal;

namespace {

bool isLocalImage(const QString &src)
{
    // Stored images are paths relative to the library folder (blobs/..); anything with a scheme
    // ("https:", "data:", "file:") or a host ("//cdn...") is not shown.
    if (src.isEmpty() || src.startsWith(QLatin1String("//")))
        return false;
    return QUrl(src).scheme().isEmpty();
}

bool isWebLink(const QString &url)
{
    const QString scheme = QUrl(url).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

} // namespace

// A URL as an attribute value: percent-encoded where a URL may not hold the character, then
// HTML-escaped (cmark's own renderer does the same).
QString hrefValue(const QString &url)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(url, "!#$%&'()*+,/:;=?@[]~-._")).toHtmlEscaped();
}

void BodyWriter::inlines(cmark_node *parent, int depth)
{
    TagFrame frame(*this);
    for (cmark_node *c = cmark_node_first_child(parent); c; c = cmark_node_next(c))
        inlineNode(c, frame, depth + 1);
}

void BodyWriter::wrappedInlines(cmark_node *node, int depth, const QString &tag)
{
    const bool opened = openContainer(QLatin1Char('<') + tag + QLatin1Char('>'));
    inlines(node, depth);
    closeContainer(opened, QStringLiteral("</") + tag + QLatin1Char('>'));
}

void BodyWriter::inlineNode(cmark_node *node, TagFrame &frame, int depth)
{
    if (depth > limits::kMaxTreeDepth) {
        m_out += escaped(textOf(node));
        return;
    }
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
        m_out += escaped(literal(node));
        return;
    case CMARK_NODE_SOFTBREAK:
        m_out += QLatin1Char('\n');
        return;
    case CMARK_NODE_LINEBREAK:
        m_out += QStringLiteral("<br />\n");
        return;
    case CMARK_NODE_CODE:
        m_out += QStringLiteral("<code>%1</code>").arg(escaped(literal(node)));
        return;
    case CMARK_NODE_EMPH:
        wrappedInlines(node, depth, QStringLiteral("em"));
        return;
    case CMARK_NODE_STRONG:
        wrappedInlines(node, depth, QStringLiteral("strong"));
        return;
    case CMARK_NODE_LINK:
        link(node, depth);
        return;
    case CMARK_NODE_IMAGE:
        image(node);
        return;
    case CMARK_NODE_HTML_INLINE:
        rawTag(literal(node), frame);
        return;
    case CMARK_NODE_FOOTNOTE_REFERENCE:
        footnoteReference(node);
        return;
    default:
        break;
    }
    if (isType(node, "strikethrough")) {
        wrappedInlines(node, depth, QStringLiteral("del"));
        return;
    }
    inlines(node, depth);
}

// Anchors of an anchors-only paragraph, written at the start of the block that follows.
void BodyWriter::pendingAnchors()
{
    for (const QString &id : std::as_const(m_pendingAnchors))
        anchor(id);
    m_pendingAnchors.clear();
}

void BodyWriter::anchor(const QString &id)
{
    if (m_emittedAnchors.contains(id)) // an id names one place
        return;
    m_emittedAnchors.insert(id);
    m_out += QStringLiteral("<a id=\"%1\"></a>").arg(id);
}

void BodyWriter::rawTag(const QString &raw, TagFrame &frame)
{
    const InlineTag tag = parseInlineTag(raw);
    switch (tag.kind) {
    case InlineTag::Kind::Open:
        frame.open(tag.name);
        break;
    case InlineTag::Kind::Close:
        frame.close(tag.name);
        break;
    case InlineTag::Kind::LineBreak:
        m_out += QStringLiteral("<br />");
        break;
    case InlineTag::Kind::Anchor:
        anchor(tag.id);
        break;
    case InlineTag::Kind::AnchorEnd: case InlineTag::Kind::Other:
        break;
    }
}

void BodyWriter::link(cmark_node *node, int depth)
{
    const QString url = QString::fromUtf8(cmark_node_get_url(node));
    bool keep = false;
    if (url.startsWith(QLatin1Char('#')))
        keep = m_targets.contains(url.mid(1));
    else
        keep = isWebLink(url);
    if (!keep) {
        inlines(node, depth); // its text, without a link that would lead nowhere or somewhere unsafe
        return;
    }
    QString open = QStringLiteral("<a href=\"%1\"").arg(hrefValue(url));
    const QString title = QString::fromUtf8(cmark_node_get_title(node));
    if (!title.isEmpty())
        open += QStringLiteral(" title=\"%1\"").arg(escaped(title));
    open += QLatin1Char('>');
    const bool opened = openContainer(open);
    inlines(node, depth);
    closeContainer(opened, QStringLiteral("</a>"));
}

void BodyWriter::image(cmark_node *node)
{
    const QString src = QString::fromUtf8(cmark_node_get_url(node));
    const QString alt = textOf(node).simplified();
    if (isLocalImage(src)) {
        m_out += QStringLiteral("<img src=\"%1\" alt=\"%2\" />").arg(hrefValue(src), escaped(alt));
        return;
    }
    // Never fetched: the alt text stands in for a picture that was not saved with the page.
    const QString label = alt.isEmpty() ? QCoreApplication::translate("offprint::render::BodyHtml", "Image not saved") : QCoreApplication::translate("offprint::render::BodyHtml", "Image: %1").arg(alt);
    m_out += QStringLiteral("<span class=\"imgph\">%1</span>").arg(escaped(label));
}

void BodyWriter::footnoteReference(cmark_node *node)
{
    const int n = literal(node).toInt();
    if (n < 1 || n > m_footnoteCount) {
        m_out += escaped(QStringLiteral("[%1]").arg(literal(node)));
        return;
    }
    const int k = ++m_footnoteRefs[n];
    m_out += QStringLiteral("<sup class=\"footnote-ref\"><a id=\"%1\" href=\"#footnote-%2\">%2</a></sup>")
                 .arg(refId(n, k))
                 .arg(n);
    m_targets.insert(refId(n, k));
}
} // namespace offprint::render::detail
