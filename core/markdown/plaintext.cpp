#include "markdown/plaintext.h"

#include "common/limits.h"
#include "html/document.h"
#include "html/node.h"
#include "markdown/cmarkdoc.h"

#include <cmark-gfm.h>

namespace offprint::markdown {

namespace {

void appendText(cmark_node *node, QString &out, int depth);

bool isBlock(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH: case CMARK_NODE_HEADING: case CMARK_NODE_CODE_BLOCK: case CMARK_NODE_THEMATIC_BREAK:
    case CMARK_NODE_HTML_BLOCK:
        return true;
    default:
        return false;
    }
}

void endBlock(QString &out)
{
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (out.isEmpty() || out.endsWith(QLatin1String("\n\n")))
        return;
    out += out.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
}

void appendChildren(cmark_node *node, QString &out, int depth)
{
    for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c))
        appendText(c, out, depth + 1);
}

// The text of a subtree nested too deeply to recurse into, in one flat run (cmark's iterator is not
// recursive): words stay apart, structure is lost.
void appendFlattened(cmark_node *node, QString &out)
{
    cmark_iter *iter = cmark_iter_new(node);
    int inImage = 0; // an image's alt text is not text, as in appendText
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_IMAGE)
            inImage += ev == CMARK_EVENT_ENTER ? 1 : -1;
        else if (inImage > 0)
            continue;
        else if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK)
            out += QString::fromUtf8(cmark_node_get_literal(n)); // leaves: entered only
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
                 || (ev == CMARK_EVENT_EXIT && isBlock(n) && !out.endsWith(QLatin1Char(' '))))
            out += QLatin1Char(' ');
    }
    cmark_iter_free(iter);
    endBlock(out);
}

// A paragraph of images only is a figure (render/bodyhtml.h): its text is its captions, the images'
// titles, one block each. False for any other paragraph.
bool appendCaptions(cmark_node *para, QString &out)
{
    bool images = false;
    for (cmark_node *c = cmark_node_first_child(para); c; c = cmark_node_next(c)) {
        const cmark_node_type type = cmark_node_get_type(c);
        if (type == CMARK_NODE_IMAGE)
            images = true;
        else if (type == CMARK_NODE_TEXT ? !literal(c).trimmed().isEmpty()
                                         : type != CMARK_NODE_SOFTBREAK && type != CMARK_NODE_LINEBREAK)
            return false;
    }
    if (!images)
        return false;
    for (cmark_node *c = cmark_node_first_child(para); c; c = cmark_node_next(c)) {
        const QString caption = cmark_node_get_type(c) == CMARK_NODE_IMAGE
            ? QString::fromUtf8(cmark_node_get_title(c)).simplified()
            : QString();
        if (!caption.isEmpty()) {
            out += caption;
            endBlock(out);
        }
    }
    endBlock(out);
    return true;
}

void appendText(cmark_node *node, QString &out, int depth)
{
    if (depth > limits::kMaxTreeDepth) { // cmark itself nests without bound; the recursion here stops
        appendFlattened(node, out);
        return;
    }
    const char *type = cmark_node_get_type_string(node);
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT: case CMARK_NODE_CODE: {
        QString text = QString::fromUtf8(cmark_node_get_literal(node));
        cmark_node *previous = cmark_node_previous(node);
        if (text.startsWith(QLatin1String(": ")) && previous && cmark_node_get_type(previous) == CMARK_NODE_SOFTBREAK
            && cmark_node_previous(previous))
            text.remove(0, 2); // a definition's mark
        out += text;
        return;
    }
    case CMARK_NODE_SOFTBREAK: {
        // "Term" then ": definition" lines (a definition list): one line each, as the reader shows.
        cmark_node *next = cmark_node_next(node);
        if (next && cmark_node_get_type(next) == CMARK_NODE_TEXT && literal(next).startsWith(QLatin1String(": "))
            && cmark_node_previous(node)) {
            out += QLatin1Char('\n');
            return;
        }
        out += QLatin1Char(' ');
        return;
    }
    case CMARK_NODE_LINEBREAK:
        out += QLatin1Char('\n');
        return;
    case CMARK_NODE_HTML_INLINE:
        // The dialect's inline tags carry no text; a line break in a table cell keeps words apart.
        if (literal(node).startsWith(QLatin1String("<br"), Qt::CaseInsensitive))
            out += QLatin1Char(' ');
        return;
    case CMARK_NODE_HTML_BLOCK: {
        // A clip's raw HTML block: its visible text, line by line, as the reader shows it.
        const auto doc = html::Document::parse(literal(node).toUtf8());
        if (!doc)
            return;
        for (const QString &line : html::visibleText(doc->body()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString text = line.simplified();
            if (!text.isEmpty()) {
                out += text;
                endBlock(out);
            }
        }
        return;
    }
    case CMARK_NODE_FOOTNOTE_REFERENCE:
        out += QLatin1Char('[') + literal(node) + QLatin1Char(']');
        return;
    case CMARK_NODE_IMAGE:
        return; // a picture is not text (its alt text is not indexed either)
    case CMARK_NODE_CODE_BLOCK: {
        QString code = QString::fromUtf8(cmark_node_get_literal(node));
        while (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        out += code;
        endBlock(out);
        return;
    }
    case CMARK_NODE_THEMATIC_BREAK:
        endBlock(out);
        return;
    case CMARK_NODE_ITEM:
        appendChildren(node, out, depth);
        while (out.endsWith(QLatin1Char('\n')))
            out.chop(1);
        out += QLatin1Char('\n');
        return;
    case CMARK_NODE_LIST:
        appendChildren(node, out, depth);
        endBlock(out);
        return;
    default:
        break;
    }
    if (qstrcmp(type, "table") == 0) {
        appendChildren(node, out, depth);
        endBlock(out);
        return;
    }
    if (qstrcmp(type, "table_row") == 0 || qstrcmp(type, "table_header") == 0) {
        appendChildren(node, out, depth);
        while (out.endsWith(QLatin1Char('\t')))
            out.chop(1);
        out += QLatin1Char('\n');
        return;
    }
    if (qstrcmp(type, "table_cell") == 0) {
        appendChildren(node, out, depth);
        out += QLatin1Char('\t');
        return;
    }
    if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH && appendCaptions(node, out))
        return;
    appendChildren(node, out, depth);
    if (isBlock(node)) {
        // Inside a list item a paragraph is one line of the list, not a block of its own.
        cmark_node *parent = cmark_node_parent(node);
        if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM) {
            if (cmark_node_next(node) && !out.endsWith(QLatin1Char('\n')))
                out += QLatin1Char('\n');
            return;
        }
        endBlock(out);
    }
}

} // namespace

QString toPlainText(const QString &markdown)
{
    const CmarkDocument doc(markdown);
    QString out;
    appendChildren(doc.root(), out, 0);
    while (out.endsWith(QLatin1Char('\n')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace offprint::markdown
