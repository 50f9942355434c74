#include "render/bodywriter.h"

#include "common/limits.h"
#include "html/document.h"
#include "html/node.h"
#include "markdown/cmarkdoc.h"
#include "render/direction.h"
#include "render/inlinetags.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace offprint::render::detail {

using markdown::isType;
using markdown::literal;

namespace {

QString codeLanguage(cmark_node *code)
{
    const QString info = QString::fromUtf8(cmark_node_get_fence_info(code)).trimmed();
    QString lang = info.section(QLatin1Char(' '), 0, 0);
    QString clean;
    for (QChar c : lang) {
        if (c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#') || c == QLatin1Char('-')
            || c == QLatin1Char('_') || c == QLatin1Char('.'))
            clean += c;
    }
    return clean.left(40);
}

} // namespace

QString BodyWriter::run(cmark_node *root)
{
    collectTargets(root);
    bool first = true;
    for (cmark_node *c = cmark_node_first_child(root); c; c = cmark_node_next(c)) {
        const cmark_node_type type = cmark_node_get_type(c);
        if (type == CMARK_NODE_FOOTNOTE_DEFINITION)
            continue;
        if (first && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) && repeatsTitle(c)) {
            first = false;
            continue;
        }
        first = false;
        block(c, 0);
    }
    if (!m_pendingAnchors.isEmpty()) { // anchors at the very end: a place to land
        m_out += QStringLiteral("<p>");
        pendingAnchors();
        m_out += QStringLiteral("</p>\n");
    }
    footnotes(root);
    return m_out;
}

void BodyWriter::collectTargets(cmark_node *root)
{
    cmark_iter *iter = cmark_iter_new(root);
    int footnote = 0;
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_HTML_INLINE) {
            const InlineTag tag = parseInlineTag(literal(n));
            if (tag.kind == InlineTag::Kind::Anchor)
                m_targets.insert(tag.id);
        } else if (type == CMARK_NODE_FOOTNOTE_DEFINITION) {
            // cmark-gfm keeps only referenced definitions, at the end, in order of first use,
            // and gives each reference its definition's number as its literal.
            ++footnote;
        }
    }
    cmark_iter_free(iter);
    m_footnoteCount = footnote;
    for (int i = 1; i <= footnote; ++i) {
        m_targets.insert(QStringLiteral("footnote-%1").arg(i));
        m_targets.insert(QStringLiteral("footnote-ref-%1").arg(i));
    }
}

QString BodyWriter::textOf(cmark_node *node, int limit)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(node);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(n);
        if (ev != CMARK_EVENT_ENTER)
            continue;
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK)
            text += literal(n);
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            text += QLatin1Char(' ');
        if (limit >= 0 && text.size() > limit)
            break;
    }
    cmark_iter_free(iter);
    return text;
}

bool BodyWriter::repeatsTitle(cmark_node *block) const
{
    const QString title = m_options.title.simplified();
    if (title.isEmpty())
        return false;
    return textOf(block, int(title.size()) + 1).simplified() == title;
}

// ` dir="rtl"` for a block whose first strong character is right-to-left. The scan stops at the
// first strong character, so it costs little even for long blocks.
QString BodyWriter::dirAttribute(cmark_node *node) const
{
    if (m_options.direction == BodyOptions::Direction::RightToLeft)
        return QStringLiteral(" dir=\"rtl\"");
    bool rtl = false;
    bool decided = false;
    cmark_iter *iter = cmark_iter_new(node);
    for (cmark_event_type ev; !decided && (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(n);
        if (ev != CMARK_EVENT_ENTER || (type != CMARK_NODE_TEXT && type != CMARK_NODE_CODE))
            continue;
        const QString text = literal(n);
        const Direction d = firstStrongDirection(text);
        if (d == Direction::Neutral)
            continue;
        // In a right-to-left article a block starting with a Latin word ("iPhone 15 …") is still
        // right-to-left when it holds right-to-left text anywhere: the scan goes on for that.
        if (m_options.direction == BodyOptions::Direction::Auto) {
            decided = true;
            rtl = d == Direction::RightToLeft;
        } else if (hasRightToLeft(text)) {
            decided = true;
            rtl = true;
        }
    }
    cmark_iter_free(iter);
    return rtl ? QStringLiteral(" dir=\"rtl\"") : QString();
}

// Opens a container tag unless the output is already nested too deeply; returns whether it did.
bool BodyWriter::openContainer(const QString &tag)
{
    if (m_nesting >= kMaxEmittedNesting)
        return false;
    ++m_nesting;
    m_out += tag;
    return true;
}

void BodyWriter::closeContainer(bool opened, const QString &tag)
{
    if (!opened)
        return;
    --m_nesting;
    m_out += tag;
}

void BodyWriter::blocks(cmark_node *parent, int depth)
{
    for (cmark_node *c = cmark_node_first_child(parent); c; c = cmark_node_next(c))
        block(c, depth + 1);
}

void BodyWriter::block(cmark_node *node, int depth)
{
    if (depth > limits::kMaxTreeDepth) {
        // cmark nests without bound; past the limit the subtree is one paragraph of its text.
        m_out += QStringLiteral("<p>%1</p>\n").arg(escaped(textOf(node)));
        return;
    }
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        paragraph(node, depth);
        return;
    case CMARK_NODE_HEADING: {
        const int level = qBound(1, cmark_node_get_heading_level(node), 6);
        m_out += QStringLiteral("<h%1%2>").arg(level).arg(dirAttribute(node));
        pendingAnchors();
        inlines(node, depth);
        m_out += QStringLiteral("</h%1>\n").arg(level);
        return;
    }
    case CMARK_NODE_BLOCK_QUOTE: {
        const bool opened = openContainer(QStringLiteral("<blockquote%1>\n").arg(dirAttribute(node)));
        blocks(node, depth);
        closeContainer(opened, QStringLiteral("</blockquote>\n"));
        return;
    }
    case CMARK_NODE_LIST:
        list(node, depth);
        return;
    case CMARK_NODE_ITEM:
        item(node, depth);
        return;
    case CMARK_NODE_CODE_BLOCK:
        codeBlock(node);
        return;
    case CMARK_NODE_THEMATIC_BREAK:
        m_out += QStringLiteral("<hr />\n");
        return;
    case CMARK_NODE_HTML_BLOCK:
        htmlBlock(node);
        return;
    case CMARK_NODE_FOOTNOTE_DEFINITION:
        return; // footnotes come at the end
    default:
        break;
    }
    if (isType(node, "table")) {
        table(node, depth);
        return;
    }
    blocks(node, depth); // an extension's block this renderer does not know: its content
}

void BodyWriter::paragraph(cmark_node *node, int depth)
{
    cmark_node *parent = cmark_node_parent(node);
    cmark_node *grand = parent ? cmark_node_parent(parent) : nullptr;
    const bool tight = parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM && grand
        && cmark_node_get_list_tight(grand);
    if (onlyAnchors(node)) {
        // Anchors need no block of their own: they mark the start of the next one.
        for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
            const InlineTag tag = parseInlineTag(literal(c));
            if (tag.kind == InlineTag::Kind::Anchor)
                m_pendingAnchors << tag.id;
        }
        return;
    }
    if (figure(node))
        return;
    if (definitionList(node, depth))
        return;
    if (tight && m_paragraphSuffix.isEmpty()) {
        inlines(node, depth);
        if (cmark_node_next(node))
            m_out += QLatin1Char('\n');
        return;
    }
    m_out += QStringLiteral("<p%1>").arg(dirAttribute(node));
    pendingAnchors();
    inlines(node, depth);
    if (!cmark_node_next(node) && !m_paragraphSuffix.isEmpty()) {
        m_out += m_paragraphSuffix;
        m_paragraphSuffix.clear();
    }
    m_out += QStringLiteral("</p>\n");
}

bool BodyWriter::onlyAnchors(cmark_node *para)
{
    bool any = false;
    for (cmark_node *c = cmark_node_first_child(para); c; c = cmark_node_next(c)) {
        const cmark_node_type type = cmark_node_get_type(c);
        if (type == CMARK_NODE_HTML_INLINE) {
            const InlineTag::Kind kind = parseInlineTag(literal(c)).kind;
            if (kind == InlineTag::Kind::Anchor)
                any = true;
            else if (kind != InlineTag::Kind::AnchorEnd)
                return false;
        } else if (type == CMARK_NODE_TEXT) {
            if (!literal(c).trimmed().isEmpty())
                return false;
        } else if (type != CMARK_NODE_SOFTBREAK) {
            return false;
        }
    }
    return any;
}

// A paragraph of images only is a figure; an image with a title is captioned by it.
bool BodyWriter::figure(cmark_node *para)
{
    std::vector<cmark_node *> images;
    for (cmark_node *c = cmark_node_first_child(para); c; c = cmark_node_next(c)) {
        const cmark_node_type type = cmark_node_get_type(c);
        if (type == CMARK_NODE_IMAGE)
            images.push_back(c);
        else if (type == CMARK_NODE_TEXT ? !literal(c).trimmed().isEmpty()
                                         : type != CMARK_NODE_SOFTBREAK && type != CMARK_NODE_LINEBREAK)
            return false;
    }
    if (images.empty())
        return false;
    m_out += QStringLiteral("<div class=\"figure\">");
    for (cmark_node *img : images) {
        m_out += QStringLiteral("<p class=\"image\">");
        pendingAnchors();
        image(img);
        m_out += QStringLiteral("</p>");
        const QString caption = QString::fromUtf8(cmark_node_get_title(img)).simplified();
        if (!caption.isEmpty())
            m_out += QStringLiteral("<p class=\"caption\"%1>%2</p>")
                         .arg(firstStrongDirection(caption) == Direction::RightToLeft ? QStringLiteral(" dir=\"rtl\"")
                                                                                     : QString(),
                              escaped(caption));
    }
    m_out += QStringLiteral("</div>\n");
    return true;
}

// "Term" then one ": definition" line per definition (Markdown Extra, Pandoc).
bool BodyWriter::definitionList(cmark_node *para, int depth)
{
    std::vector<cmark_node *> starts; // the text node after each soft break that begins with ": "
    for (cmark_node *c = cmark_node_first_child(para); c; c = cmark_node_next(c)) {
        if (cmark_node_get_type(c) != CMARK_NODE_SOFTBREAK)
            continue;
        cmark_node *next = cmark_node_next(c);
        if (next && cmark_node_get_type(next) == CMARK_NODE_TEXT
            && literal(next).startsWith(QLatin1String(": ")))
            starts.push_back(next);
    }
    if (starts.empty() || cmark_node_first_child(para) == starts.front())
        return false;
    m_out += QStringLiteral("<dl><dt>");
    pendingAnchors();
    TagFrame frame(*this);
    size_t next = 0;
    for (cmark_node *c = cmark_node_first_child(para); c; c = cmark_node_next(c)) {
        if (next < starts.size() && cmark_node_next(c) == starts[next] && cmark_node_get_type(c) == CMARK_NODE_SOFTBREAK)
            continue; // the break before a definition
        if (next < starts.size() && c == starts[next]) {
            frame.closeAll();
            m_out += next == 0 ? QStringLiteral("</dt><dd>") : QStringLiteral("</dd><dd>");
            ++next;
            m_out += escaped(literal(c).mid(2));
            continue;
        }
        inlineNode(c, frame, depth + 1);
    }
    frame.closeAll();
    m_out += QStringLiteral("</dd></dl>\n");
    return true;
}

// Raw HTML blocks are not part of the dialect (the page writer never writes them), but Markdown
// clips have them (<details>, <div>, a table as HTML): their words are kept, as plain paragraphs
// of the visible text, never as HTML.
void BodyWriter::htmlBlock(cmark_node *node)
{
    const auto doc = html::Document::parse(literal(node).toUtf8());
    if (!doc)
        return;
    const QStringList lines = html::visibleText(doc->body()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString text = line.simplified();
        if (text.isEmpty())
            continue;
        const bool rtl = firstStrongDirection(text) == Direction::RightToLeft;
        m_out += rtl ? QStringLiteral("<p dir=\"rtl\">") : QStringLiteral("<p>");
        pendingAnchors();
        m_out += escaped(text) + QStringLiteral("</p>\n");
    }
}

void BodyWriter::list(cmark_node *node, int depth)
{
    const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    const int start = cmark_node_get_list_start(node);
    QString open = ordered ? QStringLiteral("<ol") : QStringLiteral("<ul");
    if (ordered && start != 1)
        open += QStringLiteral(" start=\"%1\"").arg(start);
    open += dirAttribute(node) + QStringLiteral(">\n");
    const bool opened = openContainer(open);
    blocks(node, depth);
    closeContainer(opened, ordered ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n"));
}

void BodyWriter::item(cmark_node *node, int depth)
{
    const bool opened = openContainer(QStringLiteral("<li%1>").arg(dirAttribute(node)));
    pendingAnchors();
    if (isType(node, "tasklist"))
        m_out += cmark_gfm_extensions_get_tasklist_item_checked(node) ? QStringLiteral("☑ ") : QStringLiteral("☐ ");
    blocks(node, depth);
    closeContainer(opened, QStringLiteral("</li>\n"));
}

void BodyWriter::codeBlock(cmark_node *node)
{
    QString code = literal(node);
    if (code.endsWith(QLatin1Char('\n')))
        code.chop(1);
    const QString lang = codeLanguage(node);
    if (!m_pendingAnchors.isEmpty()) {
        m_out += QStringLiteral("<p>");
        pendingAnchors();
        m_out += QStringLiteral("</p>\n");
    }
    if (lang.isEmpty())
        m_out += QStringLiteral("<pre><code>%1</code></pre>\n").arg(escaped(code));
    else
        m_out += QStringLiteral("<pre class=\"code\" data-lang=\"%1\"><code class=\"language-%1\">%2</code></pre>\n")
                     .arg(escaped(lang), escaped(code));
}

void BodyWriter::table(cmark_node *node, int depth)
{
    const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
    const uint8_t *align = cmark_gfm_extensions_get_table_alignments(node);
    m_out += QStringLiteral("<table>\n");
    bool body = false;
    for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
        const bool header = cmark_gfm_extensions_get_table_row_is_header(row);
        if (header && textOf(row).trimmed().isEmpty() && !hasImage(row))
            continue; // a key/value table written with an empty header row
        if (header)
            m_out += QStringLiteral("<thead>\n");
        else if (!body) {
            m_out += QStringLiteral("<tbody>\n");
            body = true;
        }
        m_out += QStringLiteral("<tr>");
        int col = 0;
        for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ++col) {
            const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
            QString attrs;
            if (align && col < columns) {
                switch (align[col]) {
                case 'l': attrs = QStringLiteral(" align=\"left\""); break;
                case 'c': attrs = QStringLiteral(" align=\"center\""); break;
                case 'r': attrs = QStringLiteral(" align=\"right\""); break;
                default: break;
                }
            }
            m_out += QLatin1Char('<') + tag + attrs + dirAttribute(cell) + QLatin1Char('>');
            pendingAnchors();
            inlines(cell, depth);
            m_out += QStringLiteral("</%1>").arg(tag);
        }
        m_out += QStringLiteral("</tr>\n");
        if (header)
            m_out += QStringLiteral("</thead>\n");
    }
    if (body)
        m_out += QStringLiteral("</tbody>\n");
    m_out += QStringLiteral("</table>\n");
}

bool BodyWriter::hasImage(cmark_node *node)
{
    bool found = false;
    cmark_iter *iter = cmark_iter_new(node);
    for (cmark_event_type ev; !found && (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;)
        found = cmark_node_get_type(cmark_iter_get_node(iter)) == CMARK_NODE_IMAGE;
    cmark_iter_free(iter);
    return found;
}

void BodyWriter::footnotes(cmark_node *root)
{
    if (m_footnoteCount == 0)
        return;
    int n = 0;
    m_out += QStringLiteral("<div class=\"footnotes\">\n<hr />\n<ol>\n");
    for (cmark_node *c = cmark_node_first_child(root); c; c = cmark_node_next(c)) {
        if (cmark_node_get_type(c) != CMARK_NODE_FOOTNOTE_DEFINITION)
            continue;
        ++n;
        QString back;
        for (int k = 1; k <= m_footnoteRefs.value(n); ++k)
            back += QStringLiteral(" <a href=\"#%1\">↩</a>").arg(refId(n, k));
        m_out += QStringLiteral("<li id=\"footnote-%1\"%2>").arg(n).arg(dirAttribute(c));
        cmark_node *last = cmark_node_last_child(c);
        if (last && cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH)
            m_paragraphSuffix = back;
        else if (!back.isEmpty())
            m_out += back;
        blocks(c, 1);
        m_paragraphSuffix.clear();
        m_out += QStringLiteral("</li>\n");
    }
    m_out += QStringLiteral("</ol>\n</div>\n");
}

QString BodyWriter::refId(int n, int k)
{
    return k == 1 ? QStringLiteral("footnote-ref-%1").arg(n) : QStringLiteral("footnote-ref-%1-%2").arg(n).arg(k);
}
} // namespace offprint::render::detail
