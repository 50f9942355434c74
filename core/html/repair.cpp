#include "html/repair.h"

#include <QByteArrayView>

#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

namespace offprint::html {

namespace {

// The content of a swallowing title or textarea can be this long before markup in it stops being
// believable as text (a textarea holding an example snippet is short).
constexpr qsizetype kSaneTextElementBytes = 4096;
// The wrapper before a document is a tag or two: beyond this much, the start of a <html> is not the
// start of the document (it may be a string in the page's own code).
constexpr qsizetype kMaxPrefixBytes = 16 * 1024;

enum class Content { None, Text, Code, Plain };

// Elements whose content the parser reads as text up to their end tag. Text: content meant as text
// (RCDATA and the raw-text elements that hold fallback text); Code: script and style.
Content contentOf(std::string_view name)
{
    static constexpr std::string_view text[] = {"title", "textarea", "xmp", "iframe", "noembed", "noframes"};
    for (std::string_view t : text) {
        if (name == t)
            return Content::Text;
    }
    if (name == "script" || name == "style")
        return Content::Code;
    if (name == "plaintext")
        return Content::Plain;
    return Content::None;
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

bool startsWithNoCase(QByteArrayView data, qsizetype at, std::string_view word)
{
    if (at + qsizetype(word.size()) > data.size())
        return false;
    for (size_t k = 0; k < word.size(); ++k) {
        if (lower(data[at + qsizetype(k)]) != word[k])
            return false;
    }
    return true;
}

bool nameEndsAt(QByteArrayView data, qsizetype at)
{
    if (at >= data.size())
        return true;
    const char c = data[at];
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The next "<" at or after `from`, or size.
qsizetype nextLt(QByteArrayView data, qsizetype from)
{
    if (from >= data.size())
        return data.size();
    const void *lt = std::memchr(data.data() + from, '<', size_t(data.size() - from));
    return lt ? static_cast<const char *>(lt) - data.data() : data.size();
}

// Where the end tag "</name" starts, or size.
qsizetype findEndTag(QByteArrayView data, std::string_view name, qsizetype from)
{
    for (qsizetype i = nextLt(data, from); i < data.size(); i = nextLt(data, i + 1)) {
        if (i + 1 < data.size() && data[i + 1] == '/' && startsWithNoCase(data, i + 2, name)
            && nameEndsAt(data, i + 2 + qsizetype(name.size())))
            return i;
    }
    return data.size();
}

// The first tag of any kind in [from, to): "<" followed by a letter, "/" or "!".
qsizetype firstTag(QByteArrayView data, qsizetype from, qsizetype to)
{
    for (qsizetype i = nextLt(data, from); i + 1 < to; i = nextLt(data, i + 1)) {
        const char c = data[i + 1];
        if (isAlpha(c) || c == '!' || (c == '/' && i + 2 < to && isAlpha(data[i + 2])))
            return i;
    }
    return -1;
}

// The first tag in [from, to) that belongs to a document's structure, not to code: names of two letters
// or more ("a<b" in a script is a comparison), start or end tags.
qsizetype firstStructuralTag(QByteArrayView data, qsizetype from, qsizetype to)
{
    static constexpr std::string_view names[] = {
        "html", "head", "body", "meta", "link", "title", "div", "table", "tr", "td", "center", "font", "span",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "form", "br", "hr", "img", "article", "section",
        "header", "nav", "main", "footer", "noscript", "pre", "blockquote", "dl", "frameset"};
    for (qsizetype i = nextLt(data, from); i + 2 < to; i = nextLt(data, i + 1)) {
        const qsizetype at = i + (data[i + 1] == '/' ? 2 : 1);
        for (std::string_view n : names) {
            if (startsWithNoCase(data, at, n) && nameEndsAt(data, at + qsizetype(n.size())))
                return i;
        }
    }
    return -1;
}

bool containsNoCase(QByteArrayView data, qsizetype from, qsizetype to, std::string_view word)
{
    for (qsizetype i = nextLt(data, from); i < to; i = nextLt(data, i + 1)) {
        if (startsWithNoCase(data, i, word))
            return true;
    }
    return false;
}

// The last "<word" or "</word" (ASCII case-insensitive), or -1.
qsizetype lastIndexOfNoCase(QByteArrayView data, std::string_view word)
{
    for (qsizetype i = data.size() - qsizetype(word.size()); i >= 0; --i) {
        if (data[i] == '<' && startsWithNoCase(data, i, word))
            return i;
    }
    return -1;
}

bool isHeadElement(std::string_view name)
{
    static constexpr std::string_view names[] = {"html", "head", "title", "meta", "link", "base", "script",
                                                  "style", "noscript", "template", "object", "param"};
    for (std::string_view n : names) {
        if (name == n)
            return true;
    }
    return false;
}

// Searches of the main scan, remembered so that a page of many elements left open (100,000 "<title>"s)
// is still read in linear time: a search that found nothing up to the end finds nothing from any later
// point either, and one that found its answer at `found` finds the same from any point up to it.
class Searches
{
public:
    explicit Searches(QByteArrayView data) : m_data(data) {}

    qsizetype endTag(std::string_view name, qsizetype from)
    {
        Memo &memo = m_endTags[std::string(name)];
        if (!remembered(memo, from))
            memo = {from, findEndTag(m_data, name, from)};
        return memo.found;
    }
    // The first tag from `from` to the end of the page (structural ones only when `structural`).
    qsizetype tagToEnd(bool structural, qsizetype from)
    {
        Memo &memo = structural ? m_structural : m_anyTag;
        if (!remembered(memo, from)) {
            const qsizetype at = structural ? firstStructuralTag(m_data, from, m_data.size())
                                            : firstTag(m_data, from, m_data.size());
            memo = {from, at < 0 ? m_data.size() : at};
        }
        return memo.found >= m_data.size() ? -1 : memo.found;
    }

private:
    struct Memo
    {
        qsizetype from = -1;
        qsizetype found = -1;
    };
    static bool remembered(const Memo &memo, qsizetype from) { return memo.from >= 0 && memo.from <= from && from <= memo.found; }

    QByteArrayView m_data;
    std::unordered_map<std::string, Memo> m_endTags;
    Memo m_structural;
    Memo m_anyTag;
};

// A tag read by the scanner: [start, end) in the input.
struct Tag
{
    qsizetype start = 0;
    qsizetype end = 0;
    std::string name; // lowercase; empty for comments, doctypes and processing instructions
    bool endTag = false;
};

// Reads the tag or comment at `i` (data[i] == '<'). Returns false when "<" starts no tag.
bool readTag(QByteArrayView data, qsizetype i, Tag &tag)
{
    const qsizetype size = data.size();
    tag = Tag{};
    tag.start = i;
    if (i + 1 >= size)
        return false;
    const char c = data[i + 1];
    if (c == '!' || c == '?') {
        if (c == '!' && i + 3 < size && data[i + 2] == '-' && data[i + 3] == '-') {
            const qsizetype close = data.indexOf("-->", i + 4);
            tag.end = close < 0 ? size : close + 3;
        } else {
            const void *gt = std::memchr(data.data() + i, '>', size_t(size - i));
            tag.end = gt ? static_cast<const char *>(gt) - data.data() + 1 : size;
        }
        return true;
    }
    tag.endTag = c == '/';
    qsizetype j = i + 1 + (tag.endTag ? 1 : 0);
    if (j >= size || !isAlpha(data[j]))
        return false;
    while (j < size && (isAlpha(data[j]) || (data[j] >= '0' && data[j] <= '9') || data[j] == '-' || data[j] == ':'))
        tag.name += lower(data[j++]);
    // The end of the tag, skipping quoted attribute values (they may contain '>').
    while (j < size && data[j] != '>') {
        if (data[j] == '=') {
            ++j;
            while (j < size && (data[j] == ' ' || data[j] == '\t' || data[j] == '\n' || data[j] == '\r'))
                ++j;
            if (j < size && (data[j] == '"' || data[j] == '\'')) {
                const void *close = std::memchr(data.data() + j + 1, data[j], size_t(size - j - 1));
                j = close ? static_cast<const char *>(close) - data.data() + 1 : size;
            }
            continue;
        }
        ++j;
    }
    tag.end = j < size ? j + 1 : size;
    return true;
}

// Where the document itself starts (its <!DOCTYPE> or <html>), when start tags stand before it.
qsizetype documentStartAfterWrapper(QByteArrayView data)
{
    const qsizetype limit = std::min(data.size(), kMaxPrefixBytes);
    bool wrapped = false;
    Tag tag;
    for (qsizetype i = nextLt(data, 0); i < limit; i = nextLt(data, i)) {
        if (startsWithNoCase(data, i, "<!doctype") || (startsWithNoCase(data, i, "<html") && nameEndsAt(data, i + 5)))
            return wrapped ? i : -1;
        if (!readTag(data, i, tag)) {
            ++i;
            continue;
        }
        if (!tag.name.empty() && !tag.endTag) {
            if (tag.name == "body" || tag.name == "head")
                return -1; // the document has started without its <html>
            wrapped = true;
            // Code before the document is skipped whole: a "<html" inside it is a string.
            if (contentOf(tag.name) == Content::Code) {
                const qsizetype end = findEndTag(data.first(limit), tag.name, tag.end);
                if (end >= limit)
                    return -1;
                i = end;
                continue;
            }
        }
        i = tag.end;
    }
    return -1;
}

// The prefix without its tags (and without the content of its scripts and styles); text stays.
QByteArray stripTags(QByteArrayView prefix)
{
    QByteArray out;
    Tag tag;
    qsizetype i = 0;
    while (i < prefix.size()) {
        const qsizetype lt = nextLt(prefix, i);
        out.append(prefix.sliced(i, lt - i));
        if (lt >= prefix.size())
            break;
        if (!readTag(prefix, lt, tag)) {
            out.append('<');
            i = lt + 1;
            continue;
        }
        i = tag.end;
        if (!tag.endTag && contentOf(tag.name) == Content::Code)
            i = findEndTag(prefix, tag.name, i);
    }
    return out;
}

} // namespace

QByteArray repairMarkup(QByteArray html, QStringList *notes)
{
    // A page with thousands of broken elements gets a few lines and a count, not thousands of warnings.
    constexpr int kMaxNotes = 20;
    qsizetype unnoted = 0;
    const auto note = [notes, &unnoted](const QString &line) {
        if (notes && notes->size() < kMaxNotes)
            notes->append(line);
        else
            ++unnoted;
    };
    if (const qsizetype start = documentStartAfterWrapper(html); start > 0) {
        // Silent: crawlers' wrappers are common and change nothing a reader would see.
        html = stripTags(QByteArrayView(html).first(start)).append(QByteArrayView(html).sliced(start));
    }

    const QByteArrayView data(html);
    const qsizetype size = data.size();
    // The document's own end: an element that starts before it and ends after it swallowed the page.
    qsizetype documentEnd = lastIndexOfNoCase(data, "</body");
    if (documentEnd < 0)
        documentEnd = lastIndexOfNoCase(data, "</html");
    if (documentEnd < 0)
        documentEnd = size;

    QByteArray out;
    qsizetype copied = 0;
    Searches searches(data);
    Tag tag;
    bool inHead = true; // no element of the body seen yet
    qsizetype i = nextLt(data, 0);
    while (i < size) {
        if (!readTag(data, i, tag)) {
            i = nextLt(data, i + 1);
            continue;
        }
        const Content content = tag.endTag ? Content::None : contentOf(tag.name);
        const bool startsInHead = inHead;
        if (!tag.endTag && !tag.name.empty() && !isHeadElement(tag.name))
            inHead = false;
        if (content == Content::None) {
            i = nextLt(data, tag.end);
            continue;
        }
        const qsizetype contentStart = tag.end;
        const qsizetype end = content == Content::Plain ? size : searches.endTag(tag.name, contentStart);
        const bool unclosed = end >= size || (tag.start < documentEnd && end > documentEnd);
        bool swallows = false;
        qsizetype cut = -1;
        if (content == Content::Code) {
            swallows = unclosed
                || (startsInHead && (containsNoCase(data, contentStart, end, "</head")
                               || containsNoCase(data, contentStart, end, "<body")));
            if (swallows)
                cut = end >= size ? searches.tagToEnd(true, contentStart) : firstStructuralTag(data, contentStart, end);
        } else {
            swallows = unclosed || (startsInHead && end - contentStart > kSaneTextElementBytes);
            if (swallows)
                cut = end >= size ? searches.tagToEnd(false, contentStart) : firstTag(data, contentStart, end);
        }
        if (!swallows || cut < 0) {
            i = nextLt(data, end);
            continue;
        }
        if (out.isEmpty())
            out.reserve(size + 64);
        const QString name = QString::fromStdString(tag.name);
        if (content == Content::Plain) {
            // Nothing ends <plaintext>: the start tag itself goes.
            out.append(data.sliced(copied, tag.start - copied));
            copied = tag.end;
        } else {
            out.append(data.sliced(copied, cut - copied));
            out.append("</").append(QByteArray::fromStdString(tag.name)).append('>');
            copied = cut;
        }
        note(unclosed ? QStringLiteral("unclosed <%1> ran to the end of the page; closed where markup resumes").arg(name)
                      : QStringLiteral("<%1> held %2 bytes of markup; closed where markup resumes")
                            .arg(name).arg(end - contentStart));
        i = cut;
    }
    if (notes && unnoted > 0)
        notes->append(QStringLiteral("%1 more elements that ran to the end of the page were closed").arg(unnoted));
    if (out.isEmpty())
        return html;
    out.append(data.sliced(copied));
    return out;
}

} // namespace offprint::html
