#include "markdown/htmltomarkdown.h"

#include "common/limits.h"
#include "html/imagesource.h"
#include "markdown/mdtext.h"
#include "markdown/tables.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <unordered_map>

namespace offprint::markdown {

using html::Node;
using html::Tag;

namespace {

using namespace detail;

struct Block
{
    QString md;
    QString plain;
    bool list = false; // a nested list follows its item's text without a blank line
};
using Blocks = std::vector<Block>;

// The first `size` characters of `text`, not splitting a surrogate pair.
QString cutAt(const QString &text, qsizetype size)
{
    if (size >= text.size())
        return text;
    if (size > 0 && text.at(size - 1).isHighSurrogate())
        --size;
    return text.left(size);
}


class Writer
{
public:
    explicit Writer(const HtmlToMarkdownOptions &options) : m_options(options)
    {
        const QUrl base(options.baseUrl);
        if (base.isValid() && !base.isRelative())
            m_base = base;
    }

    MarkdownOutput run(const std::vector<Node> &roots)
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
        QStringList md;
        QStringList plain;
        QSet<QString> seen;
        qint64 size = 0;
        for (const Block &b : blocks) {
            size += b.md.size();
            if (size > limits::kMaxArticleChars) {
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
            // A paragraph said twice (slideshow captions, a teaser repeated as the first line)
            // is said once.
            const QString key = b.plain.simplified();
            if (key.size() >= 10 && key.size() <= 150 && !b.list) {
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

private:
    bool skipped(const Node &n) const
    {
        return n.isElement() && (html::isNonContentTag(n.tag()) || (m_options.skip && m_options.skip(n)));
    }

    QString absolute(const QString &url) const
    {
        if (m_base.isEmpty())
            return url;
        const QUrl rel(url);
        if (!rel.isValid())
            return url;
        return m_base.resolved(rel).toString(QUrl::FullyEncoded);
    }

    bool containsBlock(const Node &n, int depth)
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

    void flush(Inline &para, Blocks &out)
    {
        const QString md = trimBreaks(para.md, true);
        if (!md.isEmpty())
            out.push_back({escapeLineStarts(md), trimBreaks(para.plain, false)});
        para = Inline();
    }

    // Children of `parent` as blocks: runs of inline content become paragraphs.
    void flow(const Node &parent, Blocks &out, int depth)
    {
        Inline para;
        for (int i = 0, n = parent.childCount(); i < n; ++i)
            flowChild(parent.child(i), para, out, depth);
        flush(para, out);
    }

    void flowOne(const Node &child, Blocks &out, int depth)
    {
        Inline para;
        flowChild(child, para, out, depth);
        flush(para, out);
    }

    void flowChild(const Node &child, Inline &para, Blocks &out, int depth)
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
        } else if (tag != Tag::A && containsBlock(child, depth)) {
            flush(para, out);
            flow(child, out, depth + 1);
        } else if (tag == Tag::A && containsBlock(child, depth)) {
            // A link around blocks (a teaser card): keep the blocks, lose the link.
            flush(para, out);
            flow(child, out, depth + 1);
        } else {
            inlineNode(child, para, depth + 1);
        }
    }

    void block(const Node &el, Blocks &out, int depth)
    {
        if (depth > limits::kMaxTreeDepth) {
            Inline para;
            para.text(el.textContent());
            flush(para, out);
            return;
        }
        switch (el.tag()) {
        case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6: {
            Inline content;
            inlineChildren(el, content, depth);
            QString md = trimBreaks(content.md, true).replace(QLatin1String("\\\n"), QLatin1String(" "));
            if (md.isEmpty())
                return;
            const int level = int(el.tag()) - int(Tag::H1) + 1;
            out.push_back({QString(level, QLatin1Char('#')) + QLatin1Char(' ') + md,
                           collapseSpaces(content.plain)});
            return;
        }
        case Tag::Ul: case Tag::Ol: case Tag::Menu:
            list(el, out, depth);
            return;
        case Tag::Blockquote: {
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
            return;
        }
        case Tag::Pre:
            code(el, out);
            return;
        case Tag::Table:
            table(el, out, depth);
            return;
        case Tag::Hr:
            out.push_back({QStringLiteral("---"), QString()});
            return;
        case Tag::Iframe: case Tag::Video: case Tag::Audio:
            return;
        default:
            flow(el, out, depth + 1);
        }
    }

    void inlineChildren(const Node &el, Inline &buf, int depth)
    {
        for (int i = 0, n = el.childCount(); i < n; ++i)
            inlineNode(el.child(i), buf, depth + 1);
    }

    // Renders `el`'s children into a fresh buffer and wraps the result with `mark` on both sides.
    void wrapped(const Node &el, Inline &buf, int depth, const QString &mark)
    {
        Inline inner;
        inlineChildren(el, inner, depth);
        const QString md = trimBreaks(inner.md, true);
        if (md.isEmpty()) {
            buf.space = buf.space || inner.space;
            return;
        }
        if (!inner.md.isEmpty() && isSpace(inner.md.at(0)))
            buf.space = true;
        if (md.contains(QLatin1String("\\\n")) || md.startsWith(mark.at(0)) || md.endsWith(mark.at(0)))
            buf.put(md, trimBreaks(inner.plain, false)); // emphasis would not parse across these
        else
            buf.put(mark + md + mark, trimBreaks(inner.plain, false));
        buf.space = inner.space;
    }

    void inlineNode(const Node &n, Inline &buf, int depth)
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
            wrapped(n, buf, depth, QStringLiteral("*"));
            return;
        case Tag::Strong: case Tag::B:
            wrapped(n, buf, depth, QStringLiteral("**"));
            return;
        case Tag::S: case Tag::Strike: case Tag::Del:
            wrapped(n, buf, depth, QStringLiteral("~~"));
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

    void inlineCode(const Node &n, Inline &buf)
    {
        const QString code = collapseSpaces(n.textContent());
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

    void link(const Node &a, Inline &buf, int depth)
    {
        Inline inner;
        inlineChildren(a, inner, depth);
        const QString md = trimBreaks(inner.md, true);
        if (md.isEmpty()) {
            buf.space = buf.space || inner.space;
            return;
        }
        if (!inner.md.isEmpty() && isSpace(inner.md.at(0)))
            buf.space = true;
        const QString href = a.attribute("href").trimmed();
        const bool unsafe = !isSafeLinkTarget(href) || !isSafeLinkTarget(absolute(href));
        if (href.isEmpty() || unsafe || href == QLatin1String("#") || md.contains(QLatin1String("\\\n"))) {
            buf.put(md, trimBreaks(inner.plain, false));
        } else {
            const QString url = href.startsWith(QLatin1Char('#')) ? href : absolute(href);
            buf.put(QLatin1Char('[') + md + QLatin1String("](") + escapeUrl(url) + QLatin1Char(')'),
                    trimBreaks(inner.plain, false));
        }
        buf.space = inner.space;
    }

    void noscript(const Node &n, Inline &buf)
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

    void image(const Node &img, Inline &buf)
    {
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
            .replace(QLatin1Char(']'), QLatin1String("\\]"));
        buf.put(QLatin1String("![") + alt + QLatin1String("](") + escapeUrl(url) + QLatin1Char(')'), QString());
    }

    void list(const Node &el, Blocks &out, int depth)
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

    void preText(const Node &n, QString &out, int depth)
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
                preText(ch, out, depth + 1);
            }
        }
    }

    void code(const Node &pre, Blocks &out)
    {
        QString text;
        preText(pre, text, 0);
        text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QChar(0x00A0), QLatin1Char(' '));
        while (text.startsWith(QLatin1Char('\n')))
            text.remove(0, 1);
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        if (text.trimmed().isEmpty())
            return;
        QString lang = codeLanguage(pre);
        if (lang.isEmpty()) {
            for (int i = 0, n = pre.childCount(); i < n && lang.isEmpty(); ++i) {
                if (pre.child(i).is(Tag::Code))
                    lang = codeLanguage(pre.child(i));
            }
        }
        int longest = 0;
        int run = 0;
        for (QChar c : text) {
            run = c == QLatin1Char('`') ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
        out.push_back({fence + lang + QLatin1Char('\n') + text + QLatin1Char('\n') + fence, text});
    }

    void table(const Node &t, Blocks &out, int depth)
    {
        const SkipFunction skip = [this](const Node &n) { return skipped(n); };
        const std::vector<Node> rows = tableRows(t, skip);
        const int columns = simpleTableColumns(rows, depth, skip);
        // Every row is padded to the widest: a wide first row and many short rows would multiply.
        const qint64 padded = qint64(rows.size()) * columns;
        const bool overBudget = columns > limits::kMaxTableColumns || m_tableCells + padded > limits::kMaxTableCells;
        if (columns > 0 && overBudget)
            ++m_tablesAsText;
        if (columns == 0 || overBudget) {
            flow(t, out, depth + 1);
            return;
        }
        m_tableCells += padded;
        for (int i = 0, c = t.childCount(); i < c; ++i) {
            if (t.child(i).is(Tag::Caption) && !skipped(t.child(i)))
                flowOne(t.child(i), out, depth + 1);
        }
        std::vector<QStringList> mdRows;
        QStringList plainRows;
        size_t cols = 0;
        for (const Node &row : rows) {
            QStringList cells;
            QStringList plainCells;
            for (int i = 0, c = row.childCount(); i < c; ++i) {
                const Node cell = row.child(i);
                if (!(cell.is(Tag::Td) || cell.is(Tag::Th)))
                    continue;
                Inline content;
                inlineChildren(cell, content, depth + 1);
                QString md = trimBreaks(content.md, true);
                md.replace(QLatin1String("\\\n"), QLatin1String(" ")).replace(QLatin1Char('|'), QLatin1String("\\|"));
                cells << md;
                plainCells << collapseSpaces(content.plain);
            }
            if (cells.isEmpty())
                continue;
            cols = std::max(cols, size_t(cells.size()));
            mdRows.push_back(cells);
            plainRows << plainCells.join(QLatin1Char('\t'));
        }
        if (mdRows.empty())
            return;
        out.push_back({tableMarkdown(mdRows, qsizetype(cols)), plainRows.join(QLatin1Char('\n'))});
    }

    const HtmlToMarkdownOptions &m_options;
    QUrl m_base;
    MarkdownOutput m_out;
    qint64 m_tableCells = 0;   // cells of the tables written so far (rows × columns)
    int m_tablesAsText = 0;    // tables written as text because of the cell budget
    int m_imagesOverBudget = 0;
    std::unordered_map<const void *, bool> m_containsBlock;
};

} // namespace


MarkdownOutput htmlToMarkdown(const std::vector<Node> &roots, const HtmlToMarkdownOptions &options)
{
    Writer writer(options);
    return writer.run(roots);
}

} // namespace offprint::markdown
