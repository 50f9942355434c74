#include "annotate/marks.h"

#include "markdown/budget.h"
#include "markdown/cmarkdoc.h"
#include "markdown/plaintext.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

namespace offprint::annotate {

namespace {

using markdown::PlainTextRun;

// Where each byte of a text node's literal stands in the Markdown source: [start, end) bytes, so that
// an escaped "\*" or an entity "&amp;" is one unit that a mark never splits.
struct Alignment
{
    std::vector<qsizetype> start;
    std::vector<qsizetype> end;
    std::vector<qsizetype> byteOf; // UTF-8 offset of each UTF-16 index of the literal (size + 1 entries)
};

bool isAsciiPunctuation(char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

// Length of an entity reference ("&amp;", "&#38;", "&#x26;") at `at`, 0 when there is none.
qsizetype entityLength(const QByteArray &src, qsizetype at, qsizetype limit)
{
    if (src.at(at) != '&')
        return 0;
    qsizetype i = at + 1;
    if (i < limit && src.at(i) == '#')
        ++i;
    const qsizetype first = i;
    while (i < limit && i - first < 32 && std::isalnum(static_cast<unsigned char>(src.at(i))))
        ++i;
    return i > first && i < limit && src.at(i) == ';' ? i + 1 - at : 0;
}

// Aligns the literal with its source bytes [from, to): plain bytes match themselves, "\X" stands for X,
// an entity for the one character it decodes to; other source bytes (a container's prefix on a
// continuation line) are skipped. Nothing when the literal cannot be found there.
std::optional<Alignment> align(const QString &literal, const QByteArray &src, qsizetype from, qsizetype to)
{
    const QByteArray lit = literal.toUtf8();
    Alignment a;
    a.start.resize(size_t(lit.size()));
    a.end.resize(size_t(lit.size()));
    qsizetype i = 0, p = from;
    while (i < lit.size()) {
        if (p >= to)
            return std::nullopt;
        const char s = src.at(p);
        if (s == '\\' && p + 1 < to && isAsciiPunctuation(src.at(p + 1)) && lit.at(i) == src.at(p + 1)) {
            a.start[size_t(i)] = p;
            a.end[size_t(i)] = p + 2;
            ++i;
            p += 2;
        } else if (const qsizetype entity = entityLength(src, p, to);
                   entity > 0 && std::memcmp(lit.constData() + i, src.constData() + p, size_t(std::min(entity, lit.size() - i))) != 0) {
            // (An entity cmark does not know stays in the literal as it is written: matched byte by byte.)
            // The decoded character's bytes (one UTF-8 sequence) all stand for the whole entity.
            qsizetype n = 1;
            while (i + n < lit.size() && (static_cast<unsigned char>(lit.at(i + n)) & 0xC0) == 0x80)
                ++n;
            for (qsizetype k = 0; k < n; ++k) {
                a.start[size_t(i + k)] = p;
                a.end[size_t(i + k)] = p + entity;
            }
            i += n;
            p += entity;
        } else if (s == lit.at(i)) {
            a.start[size_t(i)] = p;
            a.end[size_t(i)] = p + 1;
            ++i;
            ++p;
        } else {
            ++p; // markup of the source that is not in the literal
        }
    }
    a.byteOf.resize(size_t(literal.size()) + 1);
    qsizetype bytes = 0;
    for (qsizetype k = 0; k < literal.size(); ++k) {
        a.byteOf[size_t(k)] = bytes;
        const char16_t u = literal.at(k).unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3;
    }
    a.byteOf[size_t(literal.size())] = bytes;
    return a;
}

bool isInline(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT: case CMARK_NODE_EMPH: case CMARK_NODE_STRONG: case CMARK_NODE_LINK: case CMARK_NODE_IMAGE:
    case CMARK_NODE_CODE: case CMARK_NODE_HTML_INLINE: case CMARK_NODE_CUSTOM_INLINE:
        return true;
    default:
        return markdown::isType(node, "strikethrough");
    }
}

struct Insertion
{
    qsizetype at = 0;
    int order = 0; // at one place: closing marks, then text after a span, then opening marks
    QString text;
};

class Marker
{
public:
    Marker(const QString &markdown, const MarkSyntax &syntax)
        : m_bounded(markdown::boundForRendering(markdown)), m_doc(markdown), m_src(m_bounded.toUtf8()),
          m_syntax(syntax)
    {
        markdown::plainTextOf(m_doc.root(), &m_runs);
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < m_src.size(); ++i) {
            const char c = m_src.at(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= m_src.size() || m_src.at(i + 1) != '\n')))
                m_lineStarts.push_back(i + 1);
        }
    }

    // Marks one range (when `write`); returns the source place right after its last piece (-1 when none).
    qsizetype mark(TextRange range, bool write = true)
    {
        qsizetype lastEnd = -1;
        for (size_t r = firstRunAt(range.start); r < m_runs.size() && m_runs[r].start < range.end; ++r) {
            const PlainTextRun &run = m_runs[r];
            if (cmark_node_get_type(run.node) != CMARK_NODE_TEXT)
                continue;
            qsizetype a = std::max(range.start, run.start) - run.start + run.literalOffset;
            qsizetype b = std::min(range.end, run.start + run.length) - run.start + run.literalOffset;
            const QString literal = markdown::literal(run.node);
            // A line's ": " that makes it a definition (README, "Stored Markdown") stays outside the mark.
            cmark_node *previous = cmark_node_previous(run.node);
            if (previous && cmark_node_get_type(previous) == CMARK_NODE_SOFTBREAK && literal.startsWith(QLatin1String(": ")))
                a = std::max<qsizetype>(a, 2);
            while (a < b && literal.at(a).isSpace())
                ++a;
            while (b > a && literal.at(b - 1).isSpace())
                --b;
            const Alignment *alignment = alignmentOf(r, literal);
            if (a >= b || !alignment)
                continue;
            const qsizetype from = alignment->start[size_t(alignment->byteOf[size_t(a)])];
            const qsizetype to = alignment->end[size_t(alignment->byteOf[size_t(b)] - 1)];
            if (write) {
                m_insertions.push_back({from, 2, m_syntax.open});
                m_insertions.push_back({to, 0, m_syntax.close});
            }
            lastEnd = afterLinks(run.node, to);
        }
        return lastEnd;
    }

    void insertAfter(qsizetype at, const QString &text)
    {
        if (at >= 0 && !text.isEmpty())
            m_insertions.push_back({at, 1, text});
    }

    QString result()
    {
        std::stable_sort(m_insertions.begin(), m_insertions.end(), [](const Insertion &x, const Insertion &y) {
            return x.at != y.at ? x.at < y.at : x.order < y.order;
        });
        QByteArray out;
        out.reserve(m_src.size() + qsizetype(m_insertions.size()) * 8);
        qsizetype cursor = 0;
        for (const Insertion &insertion : m_insertions) {
            out.append(m_src.constData() + cursor, insertion.at - cursor);
            out.append(insertion.text.toUtf8());
            cursor = insertion.at;
        }
        out.append(m_src.constData() + cursor, m_src.size() - cursor);
        return QString::fromUtf8(out);
    }

private:
    size_t firstRunAt(qsizetype position) const
    {
        const auto it = std::upper_bound(m_runs.begin(), m_runs.end(), position,
                                         [](qsizetype p, const PlainTextRun &run) { return p < run.start + run.length; });
        return size_t(it - m_runs.begin());
    }

    // Byte offset in the source of a node's (1-based, byte) line and column.
    std::optional<qsizetype> offsetOf(int line, int column) const
    {
        if (line < 1 || size_t(line) > m_lineStarts.size() || column < 1)
            return std::nullopt;
        const qsizetype at = m_lineStarts[size_t(line - 1)] + column - 1;
        return at <= m_src.size() ? std::optional<qsizetype>(at) : std::nullopt;
    }

    const Alignment *alignmentOf(size_t run, const QString &literal)
    {
        auto found = m_alignments.find(run);
        if (found == m_alignments.end()) {
            cmark_node *node = m_runs[run].node;
            const auto from = offsetOf(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
            const auto last = offsetOf(cmark_node_get_end_line(node), cmark_node_get_end_column(node));
            std::optional<Alignment> alignment;
            if (from && last && *last >= *from)
                alignment = align(literal, m_src, *from, std::min(*last + 1, m_src.size()));
            found = m_alignments.emplace(run, std::move(alignment)).first;
        }
        return found->second ? &*found->second : nullptr;
    }

    // `at`, or the end of the outermost link around the node (a reference inside link text would
    // become part of the link).
    qsizetype afterLinks(cmark_node *node, qsizetype at) const
    {
        for (cmark_node *n = cmark_node_parent(node); n && isInline(n); n = cmark_node_parent(n)) {
            if (cmark_node_get_type(n) != CMARK_NODE_LINK)
                continue;
            if (const auto end = offsetOf(cmark_node_get_end_line(n), cmark_node_get_end_column(n)))
                at = std::min(*end + 1, m_src.size());
        }
        return at;
    }

    QString m_bounded;
    markdown::CmarkDocument m_doc;
    QByteArray m_src;
    MarkSyntax m_syntax;
    std::vector<PlainTextRun> m_runs;
    std::vector<qsizetype> m_lineStarts;
    std::map<size_t, std::optional<Alignment>> m_alignments;
    std::vector<Insertion> m_insertions;
};

} // namespace

QString markMarkdown(const QString &markdown, const QList<MarkSpan> &spans, const MarkSyntax &syntax)
{
    if (spans.isEmpty())
        return markdown;
    Marker marker(markdown, syntax);
    // Overlapping (and touching) spans are marked as one; each span's `after` still follows its own end.
    QList<TextRange> ranges;
    for (const MarkSpan &span : spans) {
        if (span.range.end > span.range.start)
            ranges << span.range;
    }
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &x, const TextRange &y) { return x.start < y.start; });
    QList<TextRange> merged;
    for (const TextRange &range : ranges) {
        if (!merged.isEmpty() && range.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, range.end);
        else
            merged << range;
    }
    for (const TextRange &range : merged)
        marker.mark(range);
    for (const MarkSpan &span : spans) {
        if (!span.after.isEmpty() && span.range.end > span.range.start)
            marker.insertAfter(marker.mark(span.range, false), span.after);
    }
    return marker.result();
}

} // namespace offprint::annotate
