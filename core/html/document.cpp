#include "html/document.h"

#include "common/limits.h"

#include <gumbo.h>

#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <strings.h>
#include <vector>

namespace offprint::html {

// Bump allocator for gumbo: frees are no-ops, everything goes when the Document goes.
struct Document::Arena
{
    static constexpr size_t kBlock = 256 * 1024;
    std::vector<char *> blocks;
    char *cursor = nullptr;
    size_t left = 0;

    ~Arena()
    {
        for (char *b : blocks)
            std::free(b);
    }

    void *allocate(size_t size)
    {
        size = (size + 15) & ~size_t(15);
        if (size > left) {
            const size_t blockSize = size > kBlock / 4 ? size : kBlock;
            char *block = static_cast<char *>(std::malloc(blockSize));
            if (!block)
                std::abort(); // gumbo cannot handle allocation failure either
            blocks.push_back(block);
            if (blockSize != kBlock) // a big one-off allocation: keep the current block for small ones
                return block;
            cursor = block;
            left = blockSize;
        }
        void *p = cursor;
        cursor += size;
        left -= size;
        return p;
    }
};

namespace {

void *arenaAllocate(void *userdata, size_t size)
{
    return static_cast<Document::Arena *>(userdata)->allocate(size);
}

void arenaFree(void *, void *) {}

const GumboNode *findChild(const GumboNode *parent, GumboTag tag)
{
    if (!parent || parent->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &children = parent->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == tag)
            return child;
    }
    return nullptr;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Containers that the parser nests as written (formatting elements and auto-closing ones like
// <p>/<li>/<td> are left out: the parser bounds those itself).
bool isNestingTag(const char *name, size_t len)
{
    static const char *const kTags[] = {"div", "span", "section", "article", "table", "ul", "ol", "dl", "blockquote",
                                        "center", "main", "aside", "nav", "header", "footer", "figure", "form",
                                        "fieldset", "details", "label", "button", "object", "q", "ins", "del"};
    for (const char *t : kTags) {
        if (std::strlen(t) == len && strncasecmp(t, name, len) == 0)
            return true;
    }
    return false;
}

size_t skipPast(const QByteArray &bytes, size_t from, const char *needle)
{
    const qsizetype at = bytes.indexOf(needle, qsizetype(from));
    return at < 0 ? size_t(bytes.size()) : size_t(at) + std::strlen(needle);
}

} // namespace

size_t Document::nestingCutOffset(const QByteArray &bytes, int maxDepth)
{
    // gumbo's scope checks walk the stack of open elements, so parsing is quadratic in nesting
    // depth: 100,000 nested <div>s take minutes. A cheap scan finds where nesting gets absurd.
    const char *data = bytes.constData();
    const size_t n = size_t(bytes.size());
    int depth = 0;
    size_t i = 0;
    while (i < n) {
        const char *lt = static_cast<const char *>(std::memchr(data + i, '<', n - i));
        if (!lt)
            break;
        i = size_t(lt - data);
        if (i + 1 >= n)
            break;
        if (data[i + 1] == '!') {
            i = data[i + 2] == '-' ? skipPast(bytes, i, "-->") : skipPast(bytes, i, ">");
            continue;
        }
        const bool closing = data[i + 1] == '/';
        size_t start = i + (closing ? 2 : 1);
        size_t end = start;
        while (end < n && isNameChar(data[end]))
            ++end;
        const size_t len = end - start;
        if (len == 0) {
            ++i;
            continue;
        }
        if (!closing && ((len == 6 && strncasecmp(data + start, "script", 6) == 0)
                         || (len == 5 && strncasecmp(data + start, "style", 5) == 0))) {
            i = skipPast(bytes, end, len == 6 ? "</script" : "</style");
            continue;
        }
        if (isNestingTag(data + start, len)) {
            if (closing) {
                depth = std::max(0, depth - 1);
            } else {
                const size_t gt = skipPast(bytes, end, ">");
                if (!(gt >= 2 && data[gt - 2] == '/') && ++depth > maxDepth)
                    return i;
            }
        }
        i = end;
    }
    return n;
}

std::unique_ptr<Document> Document::parse(QByteArray utf8)
{
    std::unique_ptr<Document> doc(new Document);
    if (utf8.size() > limits::kMaxHtmlBytes) {
        utf8.truncate(limits::kMaxHtmlBytes);
        doc->m_truncated = true;
    }
    const size_t cut = nestingCutOffset(utf8, kMaxParseNesting);
    if (cut < size_t(utf8.size())) {
        utf8.truncate(qsizetype(cut));
        doc->m_truncated = true;
    }
    doc->m_bytes = std::move(utf8);
    doc->m_bytes.detach(); // gumbo keeps pointers into it; nobody else may share and modify it
    doc->m_arena = std::make_unique<Arena>();
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &arenaAllocate;
    options.deallocator = &arenaFree;
    options.userdata = doc->m_arena.get();
    options.max_errors = 0;
    doc->m_output = gumbo_parse_with_options(&options, doc->m_bytes.constData(), size_t(doc->m_bytes.size()));
    return doc;
}

Document::~Document() = default; // the arena owns every gumbo allocation

Node Document::document() const
{
    return Node(m_output ? m_output->document : nullptr);
}

Node Document::root() const
{
    return Node(m_output ? m_output->root : nullptr);
}

Node Document::head() const
{
    return Node(findChild(m_output ? m_output->root : nullptr, GUMBO_TAG_HEAD));
}

Node Document::body() const
{
    return Node(findChild(m_output ? m_output->root : nullptr, GUMBO_TAG_BODY));
}

} // namespace offprint::html
