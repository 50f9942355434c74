#include "html/sanitizewriter.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace offprint::html {

namespace {

constexpr std::array<const char *, 8> kInlineTags = {"a", "b", "i", "u", "s", "code", "sup", "sub"};
constexpr int kMaxPendingAnchors = 64;
constexpr int kMaxConsecutiveBreaks = 2;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Appends `text` escaped for element content (or, with `quote`, for a double-quoted attribute).
// Without `keepSpace`, runs of white space become one space (none at a line start, see `space`).
void appendEscaped(std::string &out, const char *text, qsizetype size, bool keepSpace, bool quote, bool &space)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        if (!keepSpace && isSpace(c)) {
            if (!space)
                out += ' ';
            space = true;
            continue;
        }
        space = false;
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"':
            if (quote)
                out += "&quot;";
            else
                out += c;
            break;
        default: out += c; break;
        }
    }
}

bool paragraphRun(SanitizeWriter::Block kind)
{
    // These wrap their own inline content: a paragraph in the page or a quote, an item in a list
    // that holds text directly.
    return kind == SanitizeWriter::Block::Root || kind == SanitizeWriter::Block::Quote
        || kind == SanitizeWriter::Block::List;
}

bool holdsText(SanitizeWriter::Block kind)
{
    // Tables and rows hold cells only (the HTML parser moves stray text out of them).
    return kind != SanitizeWriter::Block::Table && kind != SanitizeWriter::Block::Row;
}

} // namespace

SanitizeWriter::SanitizeWriter(qsizetype expectedBytes, qint64 maxWork) : m_maxWork(maxWork)
{
    m_out.reserve(size_t(qBound(qsizetype(1024), expectedBytes, qsizetype(16 * 1024 * 1024))));
    Frame root;
    root.flushed = true;
    m_frames.push_back(std::move(root));
}

std::string SanitizeWriter::attribute(const char *name, const char *value, qsizetype size)
{
    std::string out = " ";
    out += name;
    out += "=\"";
    bool space = false;
    appendEscaped(out, value, size, true, true, space);
    out += '"';
    return out;
}

void SanitizeWriter::charge(qint64 work)
{
    m_work += work;
    if (m_work > m_maxWork)
        m_full = true;
}

void SanitizeWriter::open(Block kind, const char *tag, std::string attributes)
{
    boundary();
    Frame frame;
    frame.kind = kind;
    frame.tag = tag;
    frame.start.reserve(2 + std::strlen(tag) + attributes.size());
    frame.start += '<';
    frame.start += tag;
    frame.start += attributes;
    frame.start += '>';
    m_frames.push_back(std::move(frame));
}

void SanitizeWriter::close()
{
    if (m_frames.size() <= 1)
        return;
    Frame frame = std::move(m_frames.back());
    m_frames.pop_back();
    Frame &parent = m_frames.back();
    if (frame.flushed) {
        closeRun(frame);
        m_out += "</";
        m_out += frame.tag;
        m_out += '>';
        --m_flushed;
        // The block ended the line.
        parent.run = false;
        parent.needBreak = false;
    } else if (frame.kind == Block::Cell) {
        // An empty cell still takes its place in the row.
        std::string &target = parent.flushed ? m_out : parent.pending;
        target += frame.start;
        target += "</";
        target += frame.tag;
        target += '>';
    }
    m_space = true;
    m_breaks = 0;
    m_runBytes = 0;
}

SanitizeWriter::Frame SanitizeWriter::suspend()
{
    Frame frame = std::move(m_frames.back());
    m_frames.pop_back();
    return frame;
}

void SanitizeWriter::restore(Frame frame)
{
    boundary();
    frame.flushed = false;
    m_frames.push_back(std::move(frame));
}

void SanitizeWriter::closeRun(Frame &frame)
{
    closeInline();
    if (frame.run && paragraphRun(frame.kind)) {
        m_out += frame.kind == Block::List ? "</li>" : "</p>";
    } else if (frame.innerPara) {
        m_out += "</p>"; // the block ended the line
        frame.innerPara = false;
    } else if (frame.run) {
        frame.needBreak = true;
    }
    frame.run = false;
    m_runBytes = 0;
}

void SanitizeWriter::boundary()
{
    Frame &top = m_frames.back();
    if (top.flushed)
        closeRun(top);
    m_space = true;
    m_breaks = 0;
}

void SanitizeWriter::writeStart(size_t index)
{
    Frame &frame = m_frames[index];
    if (index > 0 && frame.kind == Block::Item) {
        Frame &list = m_frames[index - 1];
        if (++list.items > kMaxListItems) {
            m_out += "</";
            m_out += list.tag;
            m_out += '>';
            m_out += list.start;
            list.items = 1;
        }
    }
    m_out += frame.start;
    m_out += frame.pending;
    frame.pending = std::string();
    frame.flushed = true;
    m_ruled = false;
    m_runBytes = 0;
    charge(frame.kind == Block::Item ? kItemCost : kBlockCost);
}

void SanitizeWriter::flush()
{
    for (size_t i = m_flushed; i < m_frames.size(); ++i)
        writeStart(i);
    m_flushed = m_frames.size();
}

bool SanitizeWriter::beginRun(const TextStyle &style)
{
    Frame &top = m_frames.back();
    if (!holdsText(top.kind))
        return false;
    flush();
    if (paragraphRun(top.kind)) {
        if (!top.run) {
            if (top.kind == Block::List && ++top.items > kMaxListItems) {
                m_out += "</";
                m_out += top.tag;
                m_out += '>';
                m_out += top.start;
                top.items = 1;
            }
            m_out += top.kind == Block::List ? "<li" : "<p";
            if (style.dir == TextDirection::Rtl)
                m_out += " dir=\"rtl\"";
            else if (style.dir == TextDirection::Ltr)
                m_out += " dir=\"ltr\"";
            m_out += '>';
            m_space = true;
            m_ruled = false;
            m_runBytes = 0;
            charge(top.kind == Block::List ? kItemCost : kBlockCost);
        }
    } else if (top.needBreak) {
        closeInline();
        m_out += "<br>";
        m_space = true;
        charge(kBlockCost / 4);
    }
    top.needBreak = false;
    top.run = true;
    return true;
}

void SanitizeWriter::splitRun(const TextStyle &style)
{
    Frame &top = m_frames.back();
    closeInline();
    if (paragraphRun(top.kind)) {
        m_out += top.kind == Block::List ? "</li>" : "</p>";
        top.run = false;
        beginRun(style);
    } else {
        if (top.kind == Block::Leaf) {
            m_out += "</";
            m_out += top.tag;
            m_out += '>';
            m_out += top.start;
        } else {
            m_out += top.innerPara ? "</p><p>" : "<p>";
            top.innerPara = true;
        }
        charge(kBlockCost);
    }
    m_runBytes = 0;
    m_space = true;
}

void SanitizeWriter::closeInline(int fromIndex)
{
    for (int i = int(kInlineTags.size()) - 1; i >= fromIndex; --i) {
        if (m_openBits & (1u << i)) {
            m_out += "</";
            m_out += kInlineTags[size_t(i)];
            m_out += '>';
        }
    }
    m_openBits &= std::uint16_t((1u << fromIndex) - 1);
    if (!(m_openBits & kLink))
        m_openHref.clear();
}

void SanitizeWriter::applyStyle(const TextStyle &style)
{
    std::uint16_t wanted = style.bits;
    const bool sameLink = (wanted & kLink) && (m_openBits & kLink)
        && (style.href.constData() == m_openHref.constData() || style.href == m_openHref);
    // The first tag that differs, and everything inside it, is closed; then what is wanted is opened.
    int first = 0;
    while (first < int(kInlineTags.size())) {
        const std::uint16_t bit = std::uint16_t(1u << first);
        if ((wanted & bit) != (m_openBits & bit) || (bit == kLink && (wanted & bit) && !sameLink))
            break;
        ++first;
    }
    if (first == int(kInlineTags.size()))
        return;
    closeInline(first);
    for (int i = first; i < int(kInlineTags.size()); ++i) {
        const std::uint16_t bit = std::uint16_t(1u << i);
        if (!(wanted & bit))
            continue;
        if (bit == kLink) {
            m_out += "<a";
            m_out += attribute("href", style.href.constData(), style.href.size());
            m_out += '>';
            m_openHref = style.href;
        } else {
            m_out += '<';
            m_out += kInlineTags[size_t(i)];
            m_out += '>';
        }
        m_openBits |= bit;
        charge(kInlineCost);
    }
}

void SanitizeWriter::writeAnchors()
{
    if (m_anchors.empty())
        return;
    closeInline();
    for (const std::string &name : m_anchors) {
        if (m_anchorsWritten++ >= kMaxAnchors)
            break;
        m_out += "<a";
        m_out += name;
        m_out += "></a>";
        charge(kInlineCost);
    }
    m_anchors.clear();
}

void SanitizeWriter::text(const char *utf8, qsizetype size, const TextStyle &style, bool preserveSpace)
{
    if (m_full || size <= 0)
        return;
    bool blank = true;
    for (qsizetype i = 0; i < size && blank; ++i)
        blank = isSpace(utf8[i]);
    if (blank && !preserveSpace) {
        // Spaces between words; never the start of a paragraph.
        const Frame &top = m_frames.back();
        if (top.flushed && top.run && !m_space) {
            applyStyle(style); // "<b>a</b> b": the space is not bold
            m_out += ' ';
            m_space = true;
            ++m_runBytes;
            charge(1);
        }
        return;
    }
    if (!beginRun(style) || m_full)
        return;
    writeAnchors();
    applyStyle(style);
    m_ruled = false;
    m_breaks = 0;
    // A long run is split at a space (or, failing one soon, at a character boundary) into blocks.
    qsizetype pos = 0;
    while (pos < size && !m_full) {
        const qsizetype room = kMaxRunBytes - m_runBytes;
        qsizetype end = size;
        if (size - pos > room) {
            end = pos + qMax<qsizetype>(room, 0);
            const qsizetype limit = qMin(size, end + 256);
            qsizetype cut = end;
            while (cut < limit && !isSpace(utf8[cut]))
                ++cut;
            if (cut < limit) {
                end = cut;
            } else {
                while (end > pos && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
                    --end;
            }
        }
        if (end > pos) {
            const size_t before = m_out.size();
            appendEscaped(m_out, utf8 + pos, end - pos, preserveSpace, false, m_space);
            const qsizetype written = qsizetype(m_out.size() - before);
            m_runBytes += written;
            charge(written);
            if (preserveSpace) // each line of <pre> is a block of its own in Qt
                charge(kBlockCost * std::count(utf8 + pos, utf8 + end, '\n'));
            pos = end;
        }
        if (pos < size) {
            splitRun(style);
            applyStyle(style);
        }
    }
}

void SanitizeWriter::lineBreak()
{
    const Frame &top = m_frames.back();
    if (!top.flushed || !top.run || m_breaks >= kMaxConsecutiveBreaks)
        return;
    m_out += "<br>";
    ++m_breaks;
    m_space = true;
    charge(kBlockCost / 4);
}

void SanitizeWriter::rule()
{
    boundary();
    const Block kind = m_frames.back().kind;
    if (kind == Block::Leaf || !holdsText(kind) || m_ruled)
        return;
    flush();
    m_out += "<hr>";
    m_ruled = true;
    m_frames.back().needBreak = false;
    charge(kBlockCost);
}

void SanitizeWriter::anchor(const char *name)
{
    if (int(m_anchors.size()) >= kMaxPendingAnchors)
        return;
    m_anchors.push_back(attribute("name", name, qsizetype(std::strlen(name))));
}

QString SanitizeWriter::finish(const QString &cutNote)
{
    while (m_frames.size() > 1)
        close();
    closeRun(m_frames.back());
    if (m_full && !cutNote.isEmpty()) {
        const QByteArray note = cutNote.toUtf8();
        m_out += "<hr><p><i>";
        bool space = true;
        appendEscaped(m_out, note.constData(), note.size(), false, false, space);
        m_out += "</i></p>";
    }
    return QString::fromUtf8(m_out.data(), qsizetype(m_out.size()));
}

} // namespace offprint::html
