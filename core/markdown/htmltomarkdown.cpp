#include "markdown/htmltomarkdown.h"

#include "common/limits.h"
#include "markdown/writer.h"

#include <QSet>

#include <algorithm>

namespace offprint::markdown {

using html::Node;
using html::Tag;

namespace detail {

namespace {

// The first `size` characters of `text`, not splitting a surrogate pair.
QString cutAt(const QString &text, qsizetype size)
{
    if (size >= text.size())
        return text;
    if (size > 0 && text.at(size - 1).isHighSurrogate())
        --size;
    return text.left(size);
}

} // namespace

Writer::Writer(const HtmlToMarkdownOptions &options, AnchorMap &anchors) : m_options(options), m_anchors(anchors)
{
    const QUrl base(options.baseUrl);
    if (base.isValid() && !base.isRelative())
        m_base = base;
}

MarkdownOutput Writer::run(const std::vector<Node> &roots)
{
    Blocks blocks;
    for (const Node &root : roots) {
        if (root.isText()) {
            Inline para;
            para.text(root.text());
            flush(para, blocks);
        } else if (root.isElement() && !skipped(root)) {
            if (html::isBlockTag(root.tag()) || root.is(Tag::Body))
                block(root, blocks, 0);
            else
                flowOne(root, blocks, 0);
        }
    }
    finish(blocks);
    if (m_tablesAsText > 0)
        m_out.warnings << QStringLiteral("%1 table(s) written as text: beyond %2 cells per page or %3 columns per "
                                         "table (the limits)")
                              .arg(m_tablesAsText)
                              .arg(limits::kMaxTableCells)
                              .arg(limits::kMaxTableColumns);
    if (m_imagesOverBudget > 0)
        m_out.warnings << QStringLiteral("%1 image(s) left out: more than %2 images (the limit)")
                              .arg(m_imagesOverBudget)
                              .arg(limits::kMaxImagesPerPage);
    return std::move(m_out);
}

// Joins the blocks, said once each, within the article's size limit.
void Writer::finish(const Blocks &blocks)
{
    QStringList md;
    QStringList plain;
    QSet<QString> seen;
    qint64 size = 0;
    for (const Block &b : blocks) {
        size += b.md.size();
        if (size > limits::kMaxArticleChars) {
            m_cut = true;
            m_out.warnings << QStringLiteral("article cut: its Markdown exceeds %1 characters (the limit)")
                                  .arg(limits::kMaxArticleChars);
            // The block that crosses the limit keeps its start (one paragraph may be the whole page).
            const qsizetype room = b.md.size() - (size - limits::kMaxArticleChars);
            if (room > 0) {
                md << cutAt(b.md, room);
                plain << cutAt(b.plain, room);
            }
            break;
        }
        // A paragraph said twice (slideshow captions, a teaser repeated as the first line) is said
        // once, unless it carries the target of a link.
        const QString key = b.plain.simplified();
        if (key.size() >= 10 && key.size() <= 150 && !b.list && !b.md.contains(QLatin1String("<a id=\""))) {
            if (seen.contains(key))
                continue;
            seen.insert(key);
        }
        if (!b.md.isEmpty())
            md << b.md;
        if (!b.plain.trimmed().isEmpty())
            plain << b.plain;
    }
    m_out.markdown = md.join(QLatin1String("\n\n"));
    if (!m_out.markdown.isEmpty())
        m_out.markdown += QLatin1Char('\n');
    m_out.text = plain.join(QLatin1String("\n\n"));
}

bool Writer::skipped(const Node &n) const
{
    return n.isElement()
        && (html::isNonContentTag(n.tag()) || (!m_hidden.empty() && isHidden(n))
            || (m_options.skip && m_options.skip(n)));
}

bool Writer::isHidden(const Node &n) const
{
    return std::find(m_hidden.begin(), m_hidden.end(), n.id()) != m_hidden.end();
}

QString Writer::absolute(const QString &url) const
{
    if (m_base.isEmpty())
        return url;
    const QUrl rel(url);
    if (!rel.isValid())
        return url;
    return m_base.resolved(rel).toString(QUrl::FullyEncoded);
}

bool Writer::containsBlock(const Node &n, int depth)
{
    if (!n.isElement() || depth > limits::kMaxTreeDepth)
        return false;
    auto it = m_containsBlock.find(n.id());
    if (it != m_containsBlock.end())
        return it->second;
    bool result = false;
    for (int i = 0, c = n.childCount(); i < c && !result; ++i) {
        const Node ch = n.child(i);
        if (!ch.isElement() || skipped(ch))
            continue;
        result = html::isBlockTag(ch.tag()) || containsBlock(ch, depth + 1);
    }
    m_containsBlock.emplace(n.id(), result);
    return result;
}

void Writer::flush(Inline &para, Blocks &out)
{
    const QString md = trimBreaks(para.md, true);
    if (!md.isEmpty())
        out.push_back({escapeLineStarts(md), trimBreaks(para.plain, false)});
    para = Inline();
}

// Children of `parent` as blocks: runs of inline content become paragraphs.
void Writer::flow(const Node &parent, Blocks &out, int depth)
{
    Inline para;
    for (int i = 0, n = parent.childCount(); i < n; ++i)
        flowChild(parent.child(i), para, out, depth);
    flush(para, out);
}

void Writer::flowOne(const Node &child, Blocks &out, int depth)
{
    Inline para;
    flowChild(child, para, out, depth);
    flush(para, out);
}

void Writer::flowChild(const Node &child, Inline &para, Blocks &out, int depth)
{
    if (child.isText()) {
        para.text(child.text());
        return;
    }
    if (!child.isElement() || skipped(child))
        return;
    if (depth > limits::kMaxTreeDepth) {
        para.text(child.textContent());
        return;
    }
    const Tag tag = child.tag();
    if (tag == Tag::Br) {
        // Two line breaks in a row separate paragraphs (old pages have no <p>).
        if (para.md.endsWith(QLatin1String("\\\n")))
            flush(para, out);
        else
            para.hardBreak();
    } else if (html::isBlockTag(tag)) {
        flush(para, out);
        block(child, out, depth + 1);
    } else if (containsBlock(child, depth)) {
        // Inline markup around blocks; a link around blocks (a teaser card) keeps the blocks and
        // loses the link.
        flush(para, out);
        const size_t first = out.size();
        flow(child, out, depth + 1);
        attachAnchors(out, first, m_anchors.take(child));
    } else {
        inlineNode(child, para, depth + 1);
    }
}

void Writer::block(const Node &el, Blocks &out, int depth)
{
    const size_t first = out.size();
    blockContent(el, out, depth);
    attachAnchors(out, first, m_anchors.take(el));
}

void Writer::blockContent(const Node &el, Blocks &out, int depth)
{
    if (depth > limits::kMaxTreeDepth) {
        Inline para;
        para.text(el.textContent());
        flush(para, out);
        return;
    }
    switch (el.tag()) {
    case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
        heading(el, out, depth);
        return;
    case Tag::Ul: case Tag::Ol: case Tag::Menu:
        list(el, out, depth);
        return;
    case Tag::Blockquote:
        blockquote(el, out, depth);
        return;
    case Tag::Pre:
        code(el, out);
        return;
    case Tag::Table:
        if (!figure(el, out, depth))
            table(el, out, depth);
        return;
    case Tag::Dl:
        if (!figure(el, out, depth)) // WordPress captions are <dl class="wp-caption">
            definitionList(el, out, depth);
        return;
    case Tag::Hr:
        out.push_back({QStringLiteral("---"), QString()});
        return;
    case Tag::Iframe: case Tag::Video: case Tag::Audio:
        return;
    default:
        if (!figure(el, out, depth))
            flow(el, out, depth + 1);
    }
}

void Writer::heading(const Node &el, Blocks &out, int depth)
{
    Inline content;
    const Node outer = m_heading;
    m_heading = el;
    inlineChildren(el, content, depth);
    m_heading = outer;
    const QString md = trimBreaks(content.md, true).replace(QLatin1String("\\\n"), QLatin1String(" "));
    if (md.isEmpty())
        return;
    const int level = int(el.tag()) - int(Tag::H1) + 1;
    out.push_back({QString(level, QLatin1Char('#')) + QLatin1Char(' ') + md, collapseSpaces(content.plain)});
}

void Writer::blockquote(const Node &el, Blocks &out, int depth)
{
    Blocks inner;
    flow(el, inner, depth + 1);
    QStringList md;
    QStringList plain;
    for (const Block &b : inner) {
        md << b.md;
        if (!b.plain.isEmpty())
            plain << b.plain;
    }
    if (md.isEmpty())
        return;
    QStringList lines = md.join(QLatin1String("\n\n")).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
    out.push_back({lines.join(QLatin1Char('\n')), plain.join(QLatin1String("\n\n"))});
}

void Writer::inlineChildren(const Node &el, Inline &buf, int depth)
{
    for (int i = 0, n = el.childCount(); i < n; ++i)
        inlineNode(el.child(i), buf, depth + 1);
}

void Writer::inlineNode(const Node &n, Inline &buf, int depth)
{
    if (n.isText()) {
        buf.text(n.text());
        return;
    }
    if (!n.isElement() || skipped(n))
        return;
    if (depth > limits::kMaxTreeDepth) {
        buf.text(n.textContent());
        return;
    }
    // A heading's edit control ("[edit]", "[编辑]" of wikis) is the site's, not the heading's.
    if (!m_heading.isNull() && isEditControl(n))
        return;
    // The target of an internal link: its anchor stands where the element starts.
    if (const QString anchors = m_anchors.take(n); !anchors.isEmpty())
        buf.put(anchors, QString());
    switch (n.tag()) {
    case Tag::Br:
        buf.hardBreak();
        return;
    case Tag::Img:
        image(n, buf);
        return;
    case Tag::A:
        link(n, buf, depth);
        return;
    case Tag::Em: case Tag::I:
        wrapped(n, buf, depth, QStringLiteral("*"), QStringLiteral("*"));
        return;
    case Tag::Strong: case Tag::B:
        wrapped(n, buf, depth, QStringLiteral("**"), QStringLiteral("**"));
        return;
    case Tag::S: case Tag::Strike: case Tag::Del:
        wrapped(n, buf, depth, QStringLiteral("~~"), QStringLiteral("~~"));
        return;
    case Tag::Sup:
        wrapped(n, buf, depth, QStringLiteral("<sup>"), QStringLiteral("</sup>"));
        return;
    case Tag::Sub:
        wrapped(n, buf, depth, QStringLiteral("<sub>"), QStringLiteral("</sub>"));
        return;
    case Tag::Code: case Tag::Kbd: case Tag::Samp: case Tag::Tt:
        inlineCode(n, buf);
        return;
    case Tag::Noscript:
        noscript(n, buf);
        return;
    case Tag::Iframe: case Tag::Video: case Tag::Audio: case Tag::Input: case Tag::Button:
        return;
    default:
        break;
    }
    if (html::isBlockTag(n.tag())) {
        // A block inside inline content (e.g. in a heading): keep its words apart.
        buf.space = true;
        inlineChildren(n, buf, depth);
        buf.space = true;
        return;
    }
    inlineChildren(n, buf, depth);
}

} // namespace detail

MarkdownOutput htmlToMarkdown(const std::vector<Node> &roots, const HtmlToMarkdownOptions &options)
{
    detail::AnchorMap anchors{QUrl(options.baseUrl)};
    anchors.scan(roots, [&options](const Node &n) {
        return html::isNonContentTag(n.tag()) || (options.skip && options.skip(n));
    });
    // A link is kept only when its target's anchor reached the output (a target can be lost in a
    // paragraph said twice, inside code); otherwise it is written as text, in one more writing. An
    // article cut at the size limit is not written again (a huge page would cost twice): the
    // renderer drops a link without its anchor.
    detail::Writer writer(options, anchors);
    MarkdownOutput out = writer.run(roots);
    if (writer.cut())
        return out;
    QSet<QString> missing = detail::linkedAnchorIds(out.markdown);
    missing.subtract(detail::writtenAnchorIds(out.markdown));
    if (missing.isEmpty())
        return out;
    anchors.exclude(missing);
    anchors.startWriting();
    detail::Writer again(options, anchors);
    return again.run(roots);
}

} // namespace offprint::markdown
