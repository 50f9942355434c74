#include "readerhtml.h"

#include <QRegularExpression>

namespace offprint::gui::readerhtml {

QString originalHtml(const QString &decoded)
{
    QString html = decoded;
    static const QList<QRegularExpression> dropped = {
        QRegularExpression(QStringLiteral("<(script|style|noscript|template|iframe|object|embed|svg|math|form|"
                                          "canvas|video|audio|head)\\b.*?</\\1\\s*>"),
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption),
        QRegularExpression(QStringLiteral("<(script|style|iframe|object|embed|link|meta|base|img|source|input)\\b[^>]*>"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption),
    };
    for (const QRegularExpression &re : dropped)
        html.remove(re);
    // Inline styles and event handlers go too: only structure and text remain.
    static const QRegularExpression attrs(
        QStringLiteral("\\s(style|on\\w+|src|srcset|background|class|id)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    html.remove(attrs);
    return html;
}

} // namespace offprint::gui::readerhtml
