#include "render/articlehtml.h"

#include "render/bodyhtml.h"
#include "render/direction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

namespace offprint::render {

namespace {

// `asWritten`: the date in the time's own zone (a publication date reads as its page printed it, in
// any time zone of the reader); else in the reader's time zone (the moment an article was saved).
QString formatDate(const QDateTime &dt, bool asWritten)
{
    const QLocale locale;
    const QDate date = asWritten ? dt.date() : dt.toLocalTime().date();
    if (locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese)
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

// The language tag as an attribute value: letters, digits and '-' only.
QString languageAttribute(const QString &language, const QString &direction)
{
    const bool rtl = direction == QLatin1String("rtl") || isRightToLeftLanguage(language);
    const QString dir = rtl ? QStringLiteral(" dir=\"rtl\"") : QString();
    QString clean;
    for (QChar c : language) {
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-'))
            clean += c;
    }
    if (clean.isEmpty())
        return dir;
    return QStringLiteral(" lang=\"%1\"%2").arg(clean.left(35), dir);
}

} // namespace

QString headerHtml(const Article &a)
{
    QString html;
    const QString title = a.meta.title.isEmpty() ? QCoreApplication::translate("offprint::render::ArticleHtml", "(untitled)") : a.meta.title;
    const bool rtl = firstStrongDirection(title) == Direction::RightToLeft || a.meta.direction == QLatin1String("rtl");
    html += QStringLiteral("<h1 class=\"title\"%1>%2</h1>\n")
                .arg(rtl ? QStringLiteral(" dir=\"rtl\"") : QString(), title.toHtmlEscaped());
    QStringList who;
    if (!a.meta.siteName.isEmpty()) {
        const QUrl url(a.meta.url);
        if (url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
            who << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), a.meta.siteName.toHtmlEscaped());
        else
            who << a.meta.siteName.toHtmlEscaped();
    }
    if (!a.meta.author.isEmpty())
        who << a.meta.author.toHtmlEscaped();
    if (a.starred)
        who << QStringLiteral("<span class=\"star\">★</span> ") + QCoreApplication::translate("offprint::render::ArticleHtml", "Starred").toHtmlEscaped();
    if (!who.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(joined(who));
    QStringList when;
    if (a.meta.published.isValid())
        when << QCoreApplication::translate("offprint::render::ArticleHtml", "Published %1").arg(formatDate(a.meta.published, true)).toHtmlEscaped();
    if (a.saved.isValid())
        when << QCoreApplication::translate("offprint::render::ArticleHtml", "Saved %1").arg(formatDate(a.saved, false)).toHtmlEscaped();
    if (a.readingMinutes > 0)
        when << QCoreApplication::translate("offprint::render::ArticleHtml", "%n min read", nullptr, a.readingMinutes).toHtmlEscaped();
    if (!when.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(joined(when));
    if (!a.tags.isEmpty()) {
        QStringList chips;
        for (const QString &tag : a.tags)
            chips << QStringLiteral("<span class=\"chip\">&nbsp;%1&nbsp;</span>").arg(tag.toHtmlEscaped());
        html += QStringLiteral("<p class=\"tags\">%1</p>\n").arg(chips.join(QStringLiteral("&nbsp; ")));
    }
    html += QStringLiteral("<hr class=\"header\" />\n");
    return html;
}

QString articleHtml(const Article &article, const QString &styleSheet)
{
    BodyOptions options;
    options.title = article.meta.title;
    if (article.meta.direction == QLatin1String("rtl"))
        options.direction = BodyOptions::Direction::RightToLeft;
    else if (isRightToLeftLanguage(article.meta.language))
        options.direction = BodyOptions::Direction::RightToLeftLanguage;
    const QString style = styleSheet.isEmpty() ? QString() : QStringLiteral("<style>%1</style>\n").arg(styleSheet);
    return QStringLiteral("<!DOCTYPE html>\n<html%1>\n<head>\n<meta charset=\"utf-8\" />\n<title>%2</title>\n%3</head>\n"
                          "<body>\n%4<div class=\"article\">\n%5</div>\n</body>\n</html>\n")
        .arg(languageAttribute(article.meta.language, article.meta.direction), article.meta.title.toHtmlEscaped(), style,
             headerHtml(article),
             bodyHtml(article.markdown, options));
}

} // namespace offprint::render
