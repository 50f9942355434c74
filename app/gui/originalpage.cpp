#include "originalpage.h"

#include "encoding/decoder.h"
#include "html/document.h"
#include "html/sanitize.h"

#include <QCoreApplication>

namespace offprint::gui {

OriginalPage prepareOriginal(const OriginalSource &source)
{
    const QString &suffix = source.suffix;
    const bool html = suffix.startsWith(QLatin1String("htm")) || suffix == QLatin1String("xhtml")
        || suffix == QLatin1String("shtml");
    if (html) {
        auto forced = source.encoding.isEmpty() ? Result<encoding::DecodedText>(Error{})
                                                : encoding::decodeAs(source.bytes, source.encoding);
        const encoding::DecodedText decoded = forced.ok() ? *forced : encoding::decodeHtml(source.bytes);
        const auto doc = html::Document::parse(decoded.text.toUtf8());
        html::SanitizeOptions options;
        options.baseUrl = source.pageUrl;
        options.cutNote = QCoreApplication::translate("OriginalPage", "The rest of the page is not shown: it is "
                                                                      "longer than the original-page view shows.");
        QString content = html::sanitizedHtml(*doc, options);
        if (content.isEmpty())
            content = QStringLiteral("<p><i>%1</i></p>")
                          .arg(QCoreApplication::translate("OriginalPage", "The original page has no text to show."));
        return {content, true};
    }
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("txt"))
        return {QString::fromUtf8(source.bytes), false};
    // MHTML and web archives are containers; their page text is what the importer extracted.
    return {QCoreApplication::translate("OriginalPage", "The original is a %1 file. Its text:").arg(suffix.toUpper())
                + QStringLiteral("\n\n") + source.articleText,
            false};
}

} // namespace offprint::gui
