#include "html/document.h"
#include "html/nesting.h"
#include "html/repair.h"

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

} // namespace

std::unique_ptr<Document> Document::parse(QByteArray utf8)
{
    std::unique_ptr<Document> doc(new Document);
    if (utf8.size() > limits::kMaxHtmlBytes) {
        utf8.truncate(limits::kMaxHtmlBytes);
        doc->m_truncated = true;
    }
    NestingReport report;
    doc->m_bytes = limitNesting(repairMarkup(std::move(utf8), &doc->m_repairs), limits::kMaxParseNesting,
                                limits::kMaxAttributesPerElement, &report);
    doc->m_elementsWithAttributesDropped = report.elementsWithAttributesDropped;
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
