#include "markdown/cmarkdoc.h"

#include "markdown/budget.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <mutex>

namespace offprint::markdown {

namespace {
constexpr const char *kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};
constexpr int kOptions = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_FOOTNOTES;
} // namespace

CmarkDocument::CmarkDocument(const QString &markdown)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    m_parser = cmark_parser_new(kOptions);
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, ext);
    }
    // Tables and brackets beyond their budgets are escaped first: cmark's cost for them is not linear.
    const QByteArray utf8 = boundForRendering(markdown).toUtf8();
    cmark_parser_feed(m_parser, utf8.constData(), size_t(utf8.size()));
    m_root = cmark_parser_finish(m_parser);
}

CmarkDocument::~CmarkDocument()
{
    if (m_root)
        cmark_node_free(m_root);
    if (m_parser)
        cmark_parser_free(m_parser);
}

bool isType(cmark_node *node, const char *name)
{
    const char *type = cmark_node_get_type_string(node);
    return type && std::strcmp(type, name) == 0;
}

QString literal(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QString::fromUtf8(text) : QString();
}

} // namespace offprint::markdown
