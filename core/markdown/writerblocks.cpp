// The HTML → Markdown writer's structured blocks: lists, code, definition lists, figures with
// captions, and where the anchors of internal-link targets go.
#include "common/limits.h"
#include "markdown/writer.h"

#include <QRegularExpression>

namespace offprint::markdown::detail {

using html::Node;
using html::Tag;

namespace {

// Where a block's own text starts, after its Markdown markers ("## ", "> ", "- ", "1. "); -1 when an
// anchor cannot stand inside it (code, a table, a rule, an image that may be a figure).
qsizetype contentStart(const QString &md)
{
    const auto isAsciiDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    qsizetype i = 0;
    for (;;) {
        const QStringView rest = QStringView(md).mid(i);
        if (rest.startsWith(u"> ") || rest.startsWith(u"- ")) {
            i += 2;
            continue;
        }
        qsizetype j = i;
        while (j < md.size() && j - i < 9 && isAsciiDigit(md.at(j)))
            ++j;
        if (j > i && j + 1 < md.size() && (md.at(j) == QLatin1Char('.') || md.at(j) == QLatin1Char(')'))
            && md.at(j + 1) == QLatin1Char(' ')) {
            i = j + 2;
            continue;
        }
        j = i;
        while (j < md.size() && j - i < 6 && md.at(j) == QLatin1Char('#'))
            ++j;
        if (j > i && j < md.size() && md.at(j) == QLatin1Char(' '))
            i = j + 1;
        break;
    }
    const QStringView rest = QStringView(md).mid(i);
    if (rest.isEmpty() || rest.startsWith(u"```") || rest.startsWith(u"~~~") || rest.startsWith(u"|")
        || rest.startsWith(u"![") || rest.startsWith(u"[![") || rest == u"---")
        return -1;
    return i;
}

// The Markdown markers a line of a block starts with, and the hard-break backslash it ends with,
// taken off: what is left is the line's inline content.
QString inlineContent(QString line)
{
    static const QRegularExpression marker(QStringLiteral("^(?:>\\s?|[-*+] |\\d{1,9}[.)] |#{1,6} )"));
    line = line.trimmed();
    for (;;) {
        const auto m = marker.match(line);
        if (!m.hasMatch())
            break;
        line = line.mid(m.capturedLength()).trimmed();
    }
    qsizetype backslashes = 0;
    while (backslashes < line.size() && line.at(line.size() - 1 - backslashes) == QLatin1Char('\\'))
        ++backslashes;
    if (backslashes % 2 == 1)
        line.chop(1);
    return line.trimmed();
}

void preText(const Node &n, QString &out, int depth, const std::function<bool(const Node &)> &skipped)
{
    for (int i = 0, c = n.childCount(); i < c; ++i) {
        const Node ch = n.child(i);
        if (ch.isText())
            out += ch.text();
        else if (ch.is(Tag::Br))
            out += QLatin1Char('\n');
        else if (ch.isElement() && !skipped(ch) && depth < limits::kMaxTreeDepth) {
            const bool blockish = ch.is(Tag::Div) || ch.is(Tag::P) || ch.is(Tag::Li);
            if (blockish && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
                out += QLatin1Char('\n');
            preText(ch, out, depth + 1, skipped);
        }
    }
}

bool isComplexDefinition(Tag tag)
{
    switch (tag) {
    case Tag::Pre: case Tag::Table: case Tag::Blockquote: case Tag::Dl: case Tag::Hr: case Tag::Ul: case Tag::Ol:
    case Tag::Menu:
        return true;
    default:
        return false;
    }
}

bool isSupOrSub(Tag tag)
{
    return tag == Tag::Sup || tag == Tag::Sub;
}

bool isImage(Tag tag)
{
    return tag == Tag::Img;
}

// Elements that may hold a picture with its caption (WordPress "wp-caption", MediaWiki "thumb",
// Blogger "tr-caption-container", "figure", "image", "photo" boxes).
bool mayBeFigure(const Node &el)
{
    static const QRegularExpression hint(QStringLiteral("caption|figure|thumb|image|photo|picture|img|media|pic"));
    if (el.is(Tag::Figure))
        return true;
    const QString ci = el.classAndId();
    return !ci.isEmpty() && hint.match(ci).hasMatch();
}

bool isCaptionElement(const Node &el)
{
    return el.is(Tag::Figcaption) || el.classAndId().contains(QLatin1String("caption"));
}

// Escapes a link title written in double quotes.
QString escapeTitle(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        else if (c == QLatin1Char('&') && escapeInline(text.mid(i, 34)).startsWith(QLatin1Char('\\')))
            out += QLatin1Char('\\'); // "&copy;" stays five characters, not ©
        out += c;
    }
    return out;
}

} // namespace

void Writer::attachAnchors(Blocks &out, size_t first, const QString &anchors)
{
    if (anchors.isEmpty())
        return;
    if (first < out.size()) {
        if (const qsizetype at = contentStart(out[first].md); at >= 0) {
            out[first].md.insert(at, anchors);
            return;
        }
    }
    // Nothing written for the element, or a block an anchor cannot enter: the anchor stands before it.
    out.insert(out.begin() + qsizetype(std::min(first, out.size())), Block{anchors, QString()});
}

void Writer::list(const Node &el, Blocks &out, int depth)
{
    const bool ordered = el.is(Tag::Ol);
    int number = 1;
    if (ordered) {
        bool ok = false;
        const int start = el.attribute("start").toInt(&ok);
        if (ok && start >= 0 && start < 1000000000)
            number = start;
    }
    QStringList items;
    QStringList plains;
    for (int i = 0, n = el.childCount(); i < n; ++i) {
        const Node li = el.child(i);
        Blocks inner;
        if (li.is(Tag::Li)) {
            if (skipped(li))
                continue;
            flow(li, inner, depth + 1);
            attachAnchors(inner, 0, m_anchors.take(li));
        } else if (li.isElement() && !skipped(li)) {
            flowOne(li, inner, depth + 1);
        } else if (li.isText() && !li.isWhitespace()) {
            Inline para;
            para.text(li.text());
            flush(para, inner);
        }
        if (inner.empty())
            continue;
        QString md;
        QStringList plain;
        for (size_t b = 0; b < inner.size(); ++b) {
            if (b > 0)
                md += inner[b].list ? QLatin1String("\n") : QLatin1String("\n\n");
            md += inner[b].md;
            if (!inner[b].plain.isEmpty())
                plain << inner[b].plain;
        }
        const QString marker = ordered ? QString::number(number++) + QLatin1String(". ") : QStringLiteral("- ");
        items << indentLines(md, marker, QString(marker.size(), QLatin1Char(' ')));
        if (!plain.isEmpty())
            plains << plain.join(QLatin1Char('\n'));
    }
    if (!items.isEmpty())
        out.push_back({items.join(QLatin1Char('\n')), plains.join(QLatin1Char('\n')), true});
}

void Writer::code(const Node &pre, Blocks &out)
{
    QString text;
    preText(pre, text, 0, [this](const Node &n) { return skipped(n); });
    text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QChar(0x00A0), QLatin1Char(' '));
    while (text.startsWith(QLatin1Char('\n')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    if (text.trimmed().isEmpty())
        return;
    const QString lang = codeBlockLanguage(pre);
    int longest = 0;
    int run = 0;
    for (QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    out.push_back({fence + lang + QLatin1Char('\n') + text + QLatin1Char('\n') + fence, text});
}

bool Writer::hasDescendant(const Node &el, bool (*kind)(Tag), int depth) const
{
    bool found = false;
    html::forEachDescendant(el, [&](Node d) {
        if (found || !d.isElement() || skipped(d))
            return false;
        found = kind(d.tag());
        return !found;
    }, std::max(1, limits::kMaxTreeDepth - depth));
    return found;
}

QString Writer::oneLine(const Node &el, int depth, const QString &separator, QString &plain)
{
    Blocks inner;
    flow(el, inner, depth);
    attachAnchors(inner, 0, m_anchors.take(el));
    QStringList parts;
    QStringList plains;
    for (const Block &b : inner) {
        for (const QString &line : b.md.split(QLatin1Char('\n'))) {
            const QString content = inlineContent(line);
            if (!content.isEmpty())
                parts << content;
        }
        const QString p = collapseSpaces(b.plain);
        if (!p.isEmpty())
            plains << p;
    }
    plain = plains.join(QLatin1Char(' '));
    return parts.join(separator);
}

// <dl>: "Term" lines, then one ": definition" line per <dd>, one paragraph per group of terms.
void Writer::definitionList(const Node &dl, Blocks &out, int depth)
{
    std::vector<Node> terms;
    std::vector<Node> defs;
    const auto group = [&]() {
        if (!terms.empty() || !defs.empty())
            definitionGroup(terms, defs, out, depth + 1);
        terms.clear();
        defs.clear();
    };
    const auto item = [&](const Node &n) {
        if (n.is(Tag::Dt)) {
            if (!defs.empty())
                group();
            terms.push_back(n);
        } else {
            defs.push_back(n);
        }
    };
    const auto isItem = [](const Node &n) { return n.is(Tag::Dt) || n.is(Tag::Dd); };
    for (int i = 0, c = dl.childCount(); i < c; ++i) {
        const Node ch = dl.child(i);
        if (ch.isText() && !ch.isWhitespace()) {
            group();
            Inline para;
            para.text(ch.text());
            flush(para, out);
            continue;
        }
        if (!ch.isElement() || skipped(ch))
            continue;
        if (isItem(ch)) {
            item(ch);
            continue;
        }
        // HTML lets a <div> hold one group.
        bool onlyItems = ch.is(Tag::Div);
        for (int k = 0, n = ch.childCount(); k < n && onlyItems; ++k) {
            const Node g = ch.child(k);
            onlyItems = g.isElement() ? (skipped(g) || isItem(g)) : (!g.isText() || g.isWhitespace());
        }
        group();
        if (!onlyItems) {
            flowOne(ch, out, depth + 1);
            continue;
        }
        for (int k = 0, n = ch.childCount(); k < n; ++k) {
            if (ch.child(k).isElement() && !skipped(ch.child(k)))
                item(ch.child(k));
        }
        group();
    }
    group();
}

void Writer::definitionGroup(const std::vector<Node> &terms, const std::vector<Node> &defs, Blocks &out, int depth)
{
    bool plainBlocks = terms.empty() || defs.empty();
    for (const Node &n : terms)
        plainBlocks = plainBlocks || hasDescendant(n, isComplexDefinition, depth);
    for (const Node &n : defs)
        plainBlocks = plainBlocks || hasDescendant(n, isComplexDefinition, depth);
    if (!plainBlocks) {
        QStringList termLines;
        QStringList defLines;
        QStringList termPlain;
        QStringList defPlain;
        for (const Node &t : terms) {
            QString p;
            const QString line = oneLine(t, depth, QStringLiteral(" "), p);
            if (!line.isEmpty()) {
                // Markers taken off its blocks' lines (a heading's "1. Intro") are escaped again.
                const QString term = escapeLineStarts(line);
                termLines << (term.startsWith(QLatin1Char(':')) ? QLatin1Char('\\') + term : term);
                termPlain << p;
            }
        }
        for (const Node &d : defs) {
            QString p;
            const QString line = oneLine(d, depth, QStringLiteral(" "), p);
            if (!line.isEmpty()) {
                defLines << line;
                defPlain << p;
            }
        }
        if (!termLines.isEmpty() && !defLines.isEmpty()) {
            const QString md = termLines.join(QLatin1Char('\n')) + QLatin1String("\n: ")
                + defLines.join(QLatin1String("\n: "));
            out.push_back({md, (termPlain + defPlain).join(QLatin1Char('\n'))});
            return;
        }
        // A group with words on one side only: its lines as paragraphs.
        for (qsizetype i = 0; i < termLines.size(); ++i)
            out.push_back({termLines[i], termPlain[i]});
        for (qsizetype i = 0; i < defLines.size(); ++i)
            out.push_back({escapeLineStarts(defLines[i]), defPlain[i]});
        return;
    }
    for (const Node &n : terms)
        block(n, out, depth);
    for (const Node &n : defs)
        block(n, out, depth);
}

namespace {

struct FigureParts
{
    int images = 0;
    std::vector<Node> captions; // a caption, or a caption and a credit
    bool other = false; // text or media outside the captions: not a lone captioned picture
};

} // namespace

// A picture with its caption: `![alt](src "caption")` alone in its paragraph.
bool Writer::figure(const Node &el, Blocks &out, int depth)
{
    if (m_figureImage || !mayBeFigure(el))
        return false;
    FigureParts parts;
    const auto scan = [&](const Node &n, int level, const auto &self) -> void {
        for (int i = 0, c = n.childCount(); i < c && !parts.other; ++i) {
            const Node ch = n.child(i);
            if (ch.isText()) {
                parts.other = parts.other || !ch.isWhitespace();
                continue;
            }
            if (!ch.isElement() || skipped(ch) || ch.is(Tag::Noscript) || ch.is(Tag::Br))
                continue;
            if (ch.is(Tag::Img)) {
                ++parts.images;
            } else if (isCaptionElement(ch) && !hasDescendant(ch, isImage, depth)) {
                parts.captions.push_back(ch);
            } else if (level >= 8 || ch.is(Tag::Video) || ch.is(Tag::Audio) || ch.is(Tag::Iframe)) {
                parts.other = true;
            } else {
                self(ch, level + 1, self);
            }
        }
    };
    scan(el, 0, scan);
    // One caption, or two side by side (a credit and a caption: <dd class="wp-caption-dd"> twice).
    if (parts.other || parts.images != 1 || parts.captions.empty() || parts.captions.size() > 2
        || parts.captions.front().parent() != parts.captions.back().parent())
        return false;
    QStringList captions;
    for (const Node &c : parts.captions) {
        if (hasDescendant(c, isSupOrSub, depth))
            return false; // plain text would lose them
        QString text;
        html::forEachDescendant(c, [&](Node d) {
            if (d.isText())
                text += d.text();
            else if (d.isElement() && (html::isBlockTag(d.tag()) || d.is(Tag::Br)))
                text += QLatin1Char(' ');
            return d.isElement() && !skipped(d) && !d.is(Tag::Noscript);
        }, 16);
        if (!collapseSpaces(text).isEmpty())
            captions << collapseSpaces(text);
    }
    const QString caption = captions.join(QLatin1Char(' '));
    if (caption.isEmpty())
        return false;

    Blocks inner;
    m_figureImage = true;
    for (const Node &c : parts.captions)
        m_hidden.push_back(c.id());
    flow(el, inner, depth + 1);
    m_hidden.clear();
    m_figureImage = false;
    static const QRegularExpression lone(QStringLiteral("^!\\[[^\\n]*\\]\\([^ \\n]*\\)$"));
    if (inner.size() == 1 && lone.match(inner.front().md).hasMatch()) {
        Block b = inner.front();
        b.md.chop(1);
        b.md += QLatin1String(" \"") + escapeTitle(caption) + QLatin1String("\")");
        b.plain = caption;
        out.push_back(b);
        return true;
    }
    // Not one picture after all (not saved, said just before): the caption as a paragraph.
    out.insert(out.end(), inner.begin(), inner.end());
    for (const Node &c : parts.captions)
        flowOne(c, out, depth + 1);
    return true;
}

} // namespace offprint::markdown::detail
