#pragma once

#include <QString>

struct cmark_node;
struct cmark_parser;

namespace offprint::markdown {

// Stored Markdown parsed by cmark-gfm with the extensions Offprint's dialect uses (tables,
// strikethrough, autolinks, task lists, footnotes). Raw HTML is parsed into nodes like any other
// Markdown; nothing renders it as such: the renderer (core/render) keeps an allow-list of inline
// tags and the plain-text pass drops them. The input is bounded first (markdown/budget.h).
class CmarkDocument
{
public:
    explicit CmarkDocument(const QString &markdown);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument &) = delete;
    CmarkDocument &operator=(const CmarkDocument &) = delete;

    cmark_node *root() const { return m_root; }

private:
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
};

// The node's type as cmark-gfm names it ("paragraph", "table_cell", "strikethrough", ...).
bool isType(cmark_node *node, const char *name);

// The node's literal as UTF-16 (text, code, raw HTML, footnote labels); empty for others.
QString literal(cmark_node *node);

} // namespace offprint::markdown
