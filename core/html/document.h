#pragma once

#include "html/node.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

struct GumboInternalOutput;

namespace offprint::html {

// One parsed HTML page. Owns the UTF-8 bytes and the gumbo tree: gumbo 0.10 points into the
// buffer, so both live and die together. The tree is allocated from an arena that is released
// at once, which is faster than gumbo's node-by-node free and does not recurse on deep nesting.
class Document final
{
public:
    // Never fails: gumbo accepts any bytes (invalid UTF-8 becomes U+FFFD). Input beyond
    // limits::kMaxHtmlBytes is cut there.
    static std::unique_ptr<Document> parse(QByteArray utf8);
    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    Node document() const; // the document node
    Node root() const;     // <html>
    Node head() const;
    Node body() const;
    const QByteArray &bytes() const { return m_bytes; }
    // True when the page was cut because it is larger than limits::kMaxHtmlBytes. (Elements nested
    // deeper than limits::kMaxParseNesting are flattened before parsing, see html/nesting.h; their text
    // is kept.)
    bool truncated() const { return m_truncated; }
    // What html::repairMarkup changed before parsing (markup before the document, an element that
    // swallowed the page), one line each; empty for well-formed pages.
    const QStringList &repairs() const { return m_repairs; }
    // Elements that lost attributes beyond limits::kMaxAttributesPerElement before parsing.
    qint64 elementsWithAttributesDropped() const { return m_elementsWithAttributesDropped; }

    struct Arena; // implementation detail, public only for gumbo's C callbacks

private:
    Document() = default;
    QByteArray m_bytes;
    std::unique_ptr<Arena> m_arena;
    GumboInternalOutput *m_output = nullptr;
    bool m_truncated = false;
    QStringList m_repairs;
    qint64 m_elementsWithAttributesDropped = 0;
};

} // namespace offprint::html
