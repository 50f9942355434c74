#include "render/bodyhtml.h"

#include "markdown/cmarkdoc.h"
#include "render/bodywriter.h"

namespace offprint::render {

QString bodyHtml(const QString &markdown, const BodyOptions &options)
{
    const markdown::CmarkDocument doc(markdown);
    detail::BodyWriter writer(options);
    return writer.run(doc.root());
}

} // namespace offprint::render
