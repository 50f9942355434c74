#include "markdown/plaintext.h"

#include "common/limits.h"
#include "html/document.h"
#include "html/node.h"
#include "markdown/cmarkdoc.h"

#include <cmark-gfm.h>

namespace offprint::markdown {

namespace {

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

// The text being written and, when asked for, the runs it is made of.
struct Writer
{
    QString out;
    std::vector<PlainTextRun> *runs = nullptr;

    // Appends a node's literal (or its part from `offset`), recording the run.
    void literalText(cmark_node *node, const QString &text, qsizetype offset = 0)
    {
        if (runs && !text.isEmpty())
            runs->push_back({out.size(), text.size(), node, offset});
        out += text;
    }
    // Drops the last character; runs that reached it are cut.
    void chop()
    {
        out.chop(1);
        while (runs && !runs->empty() && runs->back().start + runs->back().length > out.size()) {
            PlainTextRun &last = runs->back();
            if (last.start >= out.size())
                runs->pop_back();
            else
                last.length = out.size() - last.start;
        }
    }
    void chopWhile(QChar c)
    {
        while (out.endsWith(c))
            chop();
    }

    void endBlock()
    {
        chopWhile(QLatin1Char(' '));
        if (out.isEmpty() || out.endsWith(QLatin1String("\n\n")))
            return;
        out += out.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
    }

    void appendChildren(cmark_node *node, int depth)
    {
        for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c))
            appendText(c, depth + 1);
    }

    void appendFlattened(cmark_node *node);
    void appendText(cmark_node *node, int depth);
    bool appendCaptions(cmark_node *para);
};

// A paragraph of images only is a figure (render/bodyhtml.h): its text is its captions, the images'
// titles, one block each. False for any other paragraph.
bool Writer::appendCaptions(cmark_node *para)
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
            endBlock();
        }
    }
    endBlock();
    return true;
}

// The text of a subtree nested too deeply to recurse into, in one flat run (cmark's iterator is not
// recursive): words stay apart, structure is lost.
void Writer::appendFlattened(cmark_node *node)
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
            literalText(n, QString::fromUtf8(cmark_node_get_literal(n))); // leaves: entered only
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
                 || (ev == CMARK_EVENT_EXIT && isBlock(n) && !out.endsWith(QLatin1Char(' '))))
            out += QLatin1Char(' ');
    }
    cmark_iter_free(iter);
    endBlock();
}

void Writer::appendText(cmark_node *node, int depth)
{
    if (depth > limits::kMaxTreeDepth) { // cmark itself nests without bound; the recursion here stops
        appendFlattened(node);
        return;
    }
    const char *type = cmark_node_get_type_string(node);
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT: case CMARK_NODE_CODE: {
        const QString text = QString::fromUtf8(cmark_node_get_literal(node));
        cmark_node *previous = cmark_node_previous(node);
        if (text.startsWith(QLatin1String(": ")) && previous && cmark_node_get_type(previous) == CMARK_NODE_SOFTBREAK
            && cmark_node_previous(previous))
            literalText(node, text.mid(2), 2); // a definition's mark is not text
        else
            literalText(node, text);
        return;
    }
    case CMARK_NODE_SOFTBREAK: {
        // "Term" then ": definition" lines (a definition list): one line each, as the reader shows.
        cmark_node *next = cmark_node_next(node);
        const bool definition = next && cmark_node_get_type(next) == CMARK_NODE_TEXT
            && literal(next).startsWith(QLatin1String(": ")) && cmark_node_previous(node);
        out += definition ? QLatin1Char('\n') : QLatin1Char(' ');
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
                endBlock();
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
        literalText(node, code);
        endBlock();
        return;
    }
    case CMARK_NODE_THEMATIC_BREAK:
        endBlock();
        return;
    case CMARK_NODE_ITEM:
        appendChildren(node, depth);
        chopWhile(QLatin1Char('\n'));
        out += QLatin1Char('\n');
        return;
    case CMARK_NODE_LIST:
        appendChildren(node, depth);
        endBlock();
        return;
    default:
        break;
    }
    if (qstrcmp(type, "table") == 0) {
        appendChildren(node, depth);
        endBlock();
        return;
    }
    if (qstrcmp(type, "table_row") == 0 || qstrcmp(type, "table_header") == 0) {
        appendChildren(node, depth);
        chopWhile(QLatin1Char('\t'));
        out += QLatin1Char('\n');
        return;
    }
    if (qstrcmp(type, "table_cell") == 0) {
        appendChildren(node, depth);
        out += QLatin1Char('\t');
        return;
    }
    if (cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH && appendCaptions(node))
        return;
    appendChildren(node, depth);
    if (isBlock(node)) {
        // Inside a list item a paragraph is one line of the list, not a block of its own.
        cmark_node *parent = cmark_node_parent(node);
        if (parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM) {
            if (cmark_node_next(node) && !out.endsWith(QLatin1Char('\n')))
                out += QLatin1Char('\n');
            return;
        }
        endBlock();
    }
}

} // namespace

QString plainTextOf(cmark_node *root, std::vector<PlainTextRun> *runs)
{
    Writer writer;
    writer.runs = runs;
    writer.appendChildren(root, 0);
    while (writer.out.endsWith(QLatin1Char('\n')) || writer.out.endsWith(QLatin1Char(' ')))
        writer.chop();
    return writer.out;
}

QString toPlainText(const QString &markdown)
{
    const CmarkDocument doc(markdown);
    return plainTextOf(doc.root());
}

} // namespace offprint::markdown
