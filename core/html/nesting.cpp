#include "html/nesting.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace offprint::html {

namespace {

enum class Kind { Counted, Uncounted, RawText };

Kind kindOf(const std::string &name)
{
    // Void elements and those whose end tag may be left out (the parser closes them itself, so
    // they cannot pile up); raw-text elements whose content is not markup.
    static const std::unordered_map<std::string, Kind> kinds = [] {
        std::unordered_map<std::string, Kind> k;
        for (const char *n : {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
                              "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "image", "menuitem",
                              "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp",
                              "tbody", "thead", "tfoot", "colgroup", "caption", "html", "head", "body"})
            k.emplace(n, Kind::Uncounted);
        for (const char *n : {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                              "plaintext"})
            k.emplace(n, Kind::RawText);
        return k;
    }();
    const auto it = kinds.find(name);
    return it == kinds.end() ? Kind::Counted : it->second;
}

// Start tags that end foreign content (svg, math): the parser closes every open foreign element first.
bool breaksOutOfForeignContent(const std::string &name)
{
    static const std::unordered_map<std::string, bool> names = [] {
        std::unordered_map<std::string, bool> n;
        for (const char *t : {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
                              "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
                              "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
                              "strike", "sub", "sup", "table", "tt", "u", "ul", "var"})
            n.emplace(t, true);
        return n;
    }();
    return names.count(name) > 0;
}

// Foreign elements whose children are HTML again.
bool isIntegrationPoint(const std::string &name)
{
    return name == "foreignobject" || name == "desc" || name == "title" || name == "mi" || name == "mo"
        || name == "mn" || name == "ms" || name == "mtext" || name == "annotation-xml";
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

// Where the end tag "</name" closing a raw-text element starts (ASCII case-insensitive), or size.
qsizetype findEndTag(const QByteArray &text, const std::string &name, qsizetype from)
{
    const char *d = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = from; i < size; ++i) {
        const void *lt = std::memchr(d + i, '<', size_t(size - i));
        if (!lt)
            return size;
        i = static_cast<const char *>(lt) - d;
        if (i + 1 >= size || d[i + 1] != '/')
            continue;
        size_t k = 0;
        while (k < name.size() && i + 2 + qsizetype(k) < size && lower(d[i + 2 + k]) == name[k])
            ++k;
        if (k == name.size())
            return i;
    }
    return size;
}

} // namespace

QByteArray limitNesting(QByteArray html, int maxDepth, int maxAttributes, NestingReport *report)
{
    const qsizetype size = html.size();
    const char *data = html.constData();
    std::vector<std::string> stack;
    // Per stack entry: the element is foreign (svg, math or inside them), its children are foreign.
    enum : std::uint8_t { kForeign = 1, kForeignChildren = 2 };
    std::vector<std::uint8_t> foreign;
    std::unordered_map<std::string, int> open; // name → how many are on the stack
    const auto inForeign = [&] { return !foreign.empty() && (foreign.back() & kForeignChildren); };
    const auto pop = [&] {
        --open[stack.back()];
        stack.pop_back();
        foreign.pop_back();
    };
    QByteArray out;
    qsizetype copied = 0; // html[0, copied) is already in `out`
    bool dropped = false;
    const auto drop = [&](qsizetype from, qsizetype to) {
        if (!dropped)
            out.reserve(size);
        dropped = true;
        out.append(data + copied, from - copied);
        copied = to;
    };

    qsizetype i = 0;
    std::string name;
    while (i < size) {
        const void *lt = std::memchr(data + i, '<', size_t(size - i));
        if (!lt)
            break;
        i = static_cast<const char *>(lt) - data;
        if (i + 1 >= size)
            break;
        const char c = data[i + 1];
        if (c == '!' || c == '?') {
            if (c == '!' && i + 3 < size && data[i + 2] == '-' && data[i + 3] == '-') {
                const qsizetype end = QByteArrayView(html).indexOf("-->", i + 4);
                i = end < 0 ? size : end + 3;
            } else {
                const void *gt = std::memchr(data + i, '>', size_t(size - i));
                i = gt ? static_cast<const char *>(gt) - data + 1 : size;
            }
            continue;
        }
        const bool endTag = c == '/';
        qsizetype j = i + 1 + (endTag ? 1 : 0);
        if (j >= size || !isAsciiAlpha(data[j])) {
            ++i;
            continue;
        }
        name.clear();
        while (j < size && (isAsciiAlpha(data[j]) || (data[j] >= '0' && data[j] <= '9') || data[j] == '-' || data[j] == ':'))
            name += lower(data[j++]);
        // The end of the tag, skipping quoted attribute values (they may contain '>'), and where the
        // first attribute beyond the budget starts.
        qsizetype k = j;
        int attributes = 0;
        bool inName = false;
        qsizetype cut = -1;
        while (k < size && data[k] != '>') {
            const char ch = data[k];
            if (ch == '=') {
                ++k;
                while (k < size && isSpace(data[k]))
                    ++k;
                if (k < size && (data[k] == '"' || data[k] == '\'')) {
                    const void *close = std::memchr(data + k + 1, data[k], size_t(size - k - 1));
                    k = close ? static_cast<const char *>(close) - data + 1 : size;
                } else {
                    while (k < size && data[k] != '>' && !isSpace(data[k]))
                        ++k;
                }
                inName = false;
                continue;
            }
            if (isSpace(ch) || ch == '/') {
                inName = false;
            } else if (!inName) {
                inName = true;
                if (++attributes == maxAttributes + 1)
                    cut = k;
            }
            ++k;
        }
        const qsizetype tagEnd = k < size ? k + 1 : size;
        const bool selfClosing = k < size && k > j && data[k - 1] == '/';
        const Kind kind = kindOf(name);
        // Attributes beyond the budget go (gumbo compares each with all before it); a closing '/' stays.
        const auto cutAttributes = [&]() {
            if (cut < 0)
                return;
            drop(cut, selfClosing ? k - 1 : k);
            if (report)
                ++report->elementsWithAttributesDropped;
        };

        if (!endTag) {
            if (kind == Kind::RawText) {
                cutAttributes();
                i = name == "plaintext" ? size : findEndTag(html, name, tagEnd);
                continue;
            }
            // Like the parser: an HTML tag inside svg/math closes them (so 16,000 unclosed <svg> do not
            // nest); a self-closing tag closes itself only there, or when it opens svg/math.
            bool foreignTag = inForeign();
            if (foreignTag && breaksOutOfForeignContent(name)) {
                while (!foreign.empty() && (foreign.back() & kForeign))
                    pop();
                foreignTag = false;
            }
            const bool opensForeign = name == "svg" || name == "math";
            if (kind != Kind::Counted || (selfClosing && (foreignTag || opensForeign))) {
                cutAttributes();
            } else {
                if (int(stack.size()) >= maxDepth) {
                    drop(i, tagEnd);
                } else {
                    cutAttributes();
                    stack.push_back(name);
                    ++open[name];
                    const bool isForeign = foreignTag || opensForeign;
                    foreign.push_back(isForeign ? std::uint8_t(kForeign | (isIntegrationPoint(name) ? 0 : kForeignChildren))
                                                : std::uint8_t(0));
                }
            }
        } else if (kind == Kind::Counted) {
            auto it = open.find(name);
            if (it != open.end() && it->second > 0) {
                cutAttributes();
                // Like the parser: an end tag closes its element and everything opened inside it.
                while (!stack.empty()) {
                    const bool found = stack.back() == name;
                    pop();
                    if (found)
                        break;
                }
            } else if (dropped) {
                drop(i, tagEnd); // closes a start tag removed above (or nothing: the parser ignores it)
            } else {
                cutAttributes();
            }
        } else {
            cutAttributes();
        }
        i = tagEnd;
    }
    if (!dropped)
        return html;
    out.append(data + copied, size - copied);
    return out;
}

} // namespace offprint::html
