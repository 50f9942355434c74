#include "readerhtml.h"

#include "common/textutil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QUrl>

namespace offprint::gui::readerhtml {

namespace {
QString cssFamilies(const QStringList &families)
{
    QStringList quoted;
    for (const QString &f : families)
        quoted << (f.contains(QLatin1Char(' ')) ? QLatin1Char('"') + f + QLatin1Char('"') : f);
    return quoted.join(QStringLiteral(", "));
}

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

bool isRemote(const QString &src)
{
    const QString scheme = QUrl(src).scheme().toLower();
    return !scheme.isEmpty() && scheme.size() > 1; // "c:" style drive letters are not schemes we see
}
} // namespace

QStringList fontFamilies(bool serif)
{
    // Latin text takes the CJK font's own Latin glyphs; the list continues with what macOS and
    // Windows ship so the same stylesheet reads well everywhere.
    if (serif)
        return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                QStringLiteral("Songti SC"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("PingFang SC"),
                QStringLiteral("Microsoft YaHei"), QStringLiteral("serif")};
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("PingFang SC"),
            QStringLiteral("Microsoft YaHei"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("sans-serif")};
}

QString styleSheet(const ReaderColors &c, const ReaderFont &font)
{
    const QString body = cssFamilies(fontFamilies(font.serif));
    const QString ui = cssFamilies(fontFamilies(false));
    const QString mono = cssFamilies({QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("DejaVu Sans Mono"),
                                      QStringLiteral("Menlo"), QStringLiteral("Consolas"), QStringLiteral("monospace")});
    const double pt = font.pointSize;
    return QStringLiteral(
               "body { font-family: %1; font-size: %2pt; color: %3; background-color: %4; }\n"
               "p { margin-top: 0; margin-bottom: %5px; }\n"
               "a { color: %6; text-decoration: none; }\n"
               "h1 { font-size: %7pt; font-weight: 700; margin-top: 1.2em; margin-bottom: 0.5em; }\n"
               "h2 { font-size: %8pt; font-weight: 700; margin-top: 1.4em; margin-bottom: 0.5em; }\n"
               "h3 { font-size: %9pt; font-weight: 700; margin-top: 1.2em; margin-bottom: 0.4em; }\n"
               "h4, h5, h6 { font-size: %2pt; font-weight: 700; margin-top: 1em; margin-bottom: 0.3em; }\n"
               "h1.title { font-family: %10; font-size: %11pt; margin-top: 0; margin-bottom: 10px; }\n"
               "p.meta { font-family: %10; font-size: %12pt; color: %13; margin-top: 0; margin-bottom: 2px; }\n"
               "p.tags { font-family: %10; font-size: %12pt; margin-top: 6px; margin-bottom: 4px; }\n"
               "span.chip { background-color: %14; color: %15; }\n"
               "span.star { color: #D99A0E; }\n"
               "pre { font-family: %16; font-size: %17pt; background-color: %18; margin-top: 4px; "
               "margin-bottom: 16px; white-space: pre-wrap; }\n"
               "code { font-family: %16; font-size: %17pt; background-color: %18; }\n"
               "table.quote { margin-left: 2px; margin-top: 8px; margin-bottom: 14px; }\n"
               "td.qbar { background-color: %20; padding: 0; }\n"
               "td.quote { color: %19; font-style: italic; padding: 0 8px 0 14px; }\n"
               "table { margin-top: 6px; margin-bottom: 16px; border-color: %20; }\n"
               "th { font-family: %10; font-weight: 700; background-color: %18; }\n"
               "td, th { padding: 5px; border-color: %20; }\n"
               "p.figure { text-align: center; margin-bottom: 6px; }\n"
               "p.caption { font-family: %10; font-size: %12pt; color: %13; text-align: center; "
               "margin-bottom: 18px; }\n"
               "span.imgph { font-family: %10; font-size: %12pt; color: %13; background-color: %18; }\n"
               "hr { color: %20; }\n"
               "li { margin-bottom: 4px; }\n")
        .arg(body, QString::number(pt), c.text.name(), c.background.name(), QString::number(qRound(pt * 0.9)),
             c.link.name(), QString::number(pt * 1.6), QString::number(pt * 1.35), QString::number(pt * 1.15))
        .arg(ui, QString::number(pt * 1.75), QString::number(pt * 0.85), c.muted.name(), c.chip.name(),
             c.chipText.name(), mono, QString::number(pt * 0.85), c.codeBackground.name())
        .arg(c.quote.name(), c.border.name());
}

QString headerHtml(const Article &a, int minutes)
{
    QString html;
    const QString title = a.meta.title.isEmpty() ? QCoreApplication::translate("offprint::gui::ReaderView", "(untitled)") : a.meta.title;
    html += QStringLiteral("<h1 class=\"title\">%1</h1>").arg(title.toHtmlEscaped());
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
        who << QStringLiteral("<span class=\"star\">★</span> ") + QCoreApplication::translate("offprint::gui::ReaderView", "Starred").toHtmlEscaped();
    if (!who.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(who.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    QStringList when;
    if (a.meta.published.isValid())
        when << QCoreApplication::translate("offprint::gui::ReaderView", "Published %1").arg(formatDate(a.meta.published, true)).toHtmlEscaped();
    if (a.saved.isValid())
        when << QCoreApplication::translate("offprint::gui::ReaderView", "Saved %1").arg(formatDate(a.saved, false)).toHtmlEscaped();
    if (minutes > 0)
        when << QCoreApplication::translate("offprint::gui::ReaderView", "%n min read", nullptr, minutes).toHtmlEscaped();
    if (!when.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(when.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    if (!a.tags.isEmpty()) {
        QStringList chips;
        for (const QString &tag : a.tags)
            chips << QStringLiteral("<span class=\"chip\">&nbsp;%1&nbsp;</span>").arg(tag.toHtmlEscaped());
        html += QStringLiteral("<p class=\"tags\">%1</p>").arg(chips.join(QStringLiteral("&nbsp; ")));
    }
    html += QStringLiteral("<hr/>");
    return html;
}

QString bodyHtml(const QString &rendered)
{
    QString html = rendered;
    // Remote images: never fetched. The alt text stands in for them.
    static const QRegularExpression img(QStringLiteral("<img\\s[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression srcAttr(QStringLiteral("\\ssrc=\"([^\"]*)\""));
    static const QRegularExpression altAttr(QStringLiteral("\\salt=\"([^\"]*)\""));
    html = textutil::replaceMatches(html, img, [](const QRegularExpressionMatch &m) {
        const QString tag = m.captured();
        const QString src = srcAttr.match(tag).captured(1);
        if (!src.isEmpty() && !isRemote(src))
            return tag;
        const QString alt = altAttr.match(tag).captured(1);
        // alt comes from cmark's output, already escaped.
        const QString label = alt.isEmpty()
            ? QCoreApplication::translate("offprint::gui::ReaderView", "Image not saved").toHtmlEscaped()
            : QCoreApplication::translate("offprint::gui::ReaderView", "Image: %1").toHtmlEscaped().arg(alt);
        return QStringLiteral("<span class=\"imgph\">&nbsp;%1&nbsp;</span>").arg(label);
    });

    static const QRegularExpression figure(QStringLiteral("<p>(\\s*<img\\s[^>]*>\\s*)</p>"));
    html.replace(figure, QStringLiteral("<p class=\"figure\">\\1</p>"));
    static const QRegularExpression caption(
        QStringLiteral("(<p class=\"figure\">.*?</p>\\s*)<p>\\s*<em>(.*?)</em>\\s*</p>"),
        QRegularExpression::DotMatchesEverythingOption);
    html.replace(caption, QStringLiteral("\\1<p class=\"caption\">\\2</p>"));
    html.replace(QStringLiteral("<table>"),
                 QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">"));
    // Qt's rich text cannot draw a border on one side of a block: a quote is a two-cell table whose
    // narrow first cell is the bar (nested quotes nest their tables).
    html.replace(QStringLiteral("<blockquote>"),
                 QStringLiteral("<table class=\"quote\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">"
                                "<tr><td class=\"qbar\" width=\"3\"></td><td class=\"quote\">"));
    html.replace(QStringLiteral("</blockquote>"), QStringLiteral("</td></tr></table>"));
    return html;
}

QString withoutRepeatedTitle(const QString &rendered, const QString &title)
{
    // The header shows the title; an article whose first block is that same line (a page that had no
    // usable <title>, whose title was taken from its first line) does not show it twice.
    static const QRegularExpression firstBlock(QStringLiteral("^\\s*<(p|h[1-6])>(.*?)</\\1>\\s*"),
                                               QRegularExpression::DotMatchesEverythingOption);
    if (title.isEmpty())
        return rendered;
    const auto m = firstBlock.match(rendered);
    if (!m.hasMatch())
        return rendered;
    const QString text = QTextDocumentFragment::fromHtml(m.captured(2)).toPlainText();
    if (text.simplified() != title.simplified())
        return rendered;
    return rendered.mid(m.capturedEnd());
}

QString articleHtml(const Article &article, const QString &rendered, int minutes)
{
    return QStringLiteral("<html><body>%1%2</body></html>")
        .arg(headerHtml(article, minutes), bodyHtml(withoutRepeatedTitle(rendered, article.meta.title)));
}

} // namespace offprint::gui::readerhtml
