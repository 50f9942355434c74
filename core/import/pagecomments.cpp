#include "import/pagecomments.h"

#include "common/textutil.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace offprint::import {

namespace {

constexpr qsizetype kCommentScanChars = 64 * 1024;

// The end of the tag starting at `start` ('<'), honouring quoted attribute values (SingleFile's
// SVG placeholders contain '>' inside src). -1 when unterminated.
qsizetype tagEnd(const QString &html, qsizetype start)
{
    QChar quote;
    for (qsizetype i = start + 1; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            // Only a quote right after '=' (possibly spaced) opens a value.
            qsizetype k = i - 1;
            while (k > start && html.at(k).isSpace())
                --k;
            if (html.at(k) == u'=')
                quote = c;
        } else if (c == u'>') {
            return i;
        }
    }
    return -1;
}

// Removes attribute `name` (and its value) from the tag text; returns true when found.
bool removeAttribute(QString &tag, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\s%1\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)")
                                    .arg(QRegularExpression::escape(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(tag);
    if (!m.hasMatch())
        return false;
    tag.remove(m.capturedStart(), m.capturedLength());
    return true;
}

QHash<QString, QString> singleFileVariables(const QString &html)
{
    QHash<QString, QString> vars;
    static const QRegularExpression def(
        QStringLiteral("--(sf-img-\\d+)\\s*:\\s*url\\(\\s*(?:\"(data:[^\"]*)\"|'(data:[^']*)'|(data:[^)\\s]*))\\s*\\)"));
    auto it = def.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString uri = m.captured(2);
        if (uri.isEmpty())
            uri = m.captured(3);
        if (uri.isEmpty())
            uri = m.captured(4);
        if (!vars.contains(m.captured(1)))
            vars.insert(m.captured(1), uri);
    }
    return vars;
}

} // namespace

QString savedFromUrl(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("<!--\\s*saved from url=\\((\\d+)\\)(\\S+?)\\s*-->"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(QStringView(html).left(kCommentScanChars));
    if (!m.hasMatch())
        return {};
    QString url = m.captured(2);
    // The number is the URL's length; trust it when it fits (a URL may end in "-").
    const int declared = m.captured(1).toInt();
    if (declared > 0 && declared < url.size())
        url.truncate(declared);
    return url;
}

QString decodeCharacterReferences(const QString &value)
{
    // What an attribute value can hold: numeric references and the few named ones that URLs meet
    // ("?a=1&amp;b=2"). This text was not parsed as HTML, so nothing decoded it yet.
    if (!value.contains(QLatin1Char('&')))
        return value;
    static const QRegularExpression reference(QStringLiteral("&(?:#(\\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(amp|quot|apos|lt|gt));"));
    return textutil::replaceMatches(value, reference, [](const QRegularExpressionMatch &m) {
        char32_t code = 0;
        if (m.capturedLength(1) > 0)
            code = char32_t(m.captured(1).toUInt());
        else if (m.capturedLength(2) > 0)
            code = char32_t(m.captured(2).toUInt(nullptr, 16));
        else {
            static const QHash<QString, char32_t> named = {
                {QStringLiteral("amp"), U'&'}, {QStringLiteral("quot"), U'"'}, {QStringLiteral("apos"), U'\''},
                {QStringLiteral("lt"), U'<'}, {QStringLiteral("gt"), U'>'}};
            code = named.value(m.captured(3));
        }
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return m.captured(); // not a character: left as written
        return QString::fromUcs4(&code, 1);
    });
}

QString declaredPageUrl(const QString &html)
{
    const QStringView head = QStringView(html).left(kCommentScanChars);
    static const QRegularExpression linkTag(QStringLiteral("<link\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression metaTag(QStringLiteral("<meta\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression canonical(QStringLiteral("\\brel\\s*=\\s*[\"']?canonical\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ogUrl(QStringLiteral("\\bproperty\\s*=\\s*[\"']?og:url\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    auto attribute = [](QStringView tag, const char *name) {
        const QRegularExpression re(QStringLiteral("\\b%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").arg(QLatin1String(name)),
                                    QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = re.match(tag);
        if (!m.hasMatch())
            return QString();
        for (int i = 1; i <= 3; ++i)
            if (m.capturedLength(i) > 0)
                return decodeCharacterReferences(m.captured(i).trimmed());
        return QString();
    };
    auto absoluteHttp = [](const QString &url) {
        return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
               || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    };
    for (auto it = linkTag.globalMatch(head); it.hasNext();) {
        const QStringView tag = it.next().capturedView();
        if (canonical.match(tag).hasMatch()) {
            const QString href = attribute(tag, "href");
            if (absoluteHttp(href))
                return href;
        }
    }
    for (auto it = metaTag.globalMatch(head); it.hasNext();) {
        const QStringView tag = it.next().capturedView();
        if (ogUrl.match(tag).hasMatch()) {
            const QString content = attribute(tag, "content");
            if (absoluteHttp(content))
                return content;
        }
    }
    return {};
}

QDateTime parseJsDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*[A-Za-z]{3},?\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+GMT([+-])(\\d{2}):?(\\d{2})"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(m.captured(1).toLower())) + 1;
    if (month == 0)
        return {};
    const QDate date(m.captured(3).toInt(), month, m.captured(2).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const int offset = (m.captured(8).toInt() * 60 + m.captured(9).toInt()) * 60 * (m.captured(7) == u'-' ? -1 : 1);
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

SingleFileHeader singleFileHeader(const QString &html)
{
    SingleFileHeader header;
    const QStringView head = QStringView(html).left(kCommentScanChars);
    qsizetype at = head.indexOf(QLatin1String("Page saved with SingleFile"));
    if (at < 0)
        at = head.indexOf(QLatin1String("Archive processed by SingleFile"));
    if (at < 0)
        return header;
    header.found = true;
    const qsizetype end = head.indexOf(QLatin1String("-->"), at);
    const QStringView comment = head.mid(at, end < 0 ? -1 : end - at);
    for (QStringView line : comment.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("url:")))
            header.url = line.mid(4).trimmed().toString();
        else if (line.startsWith(QLatin1String("saved date:")))
            header.saved = parseJsDate(line.mid(11).toString());
    }
    return header;
}

int resolveSingleFileImages(QString &html)
{
    if (!html.contains(QLatin1String("--sf-img-")))
        return 0;
    const QHash<QString, QString> vars = singleFileVariables(html);
    if (vars.isEmpty())
        return 0;
    static const QRegularExpression use(QStringLiteral("var\\(\\s*--(sf-img-\\d+)\\s*\\)"));
    static const QRegularExpression imgStart(QStringLiteral("<img\\b"), QRegularExpression::CaseInsensitiveOption);
    int rewritten = 0;
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch start = imgStart.match(html, from);
        if (!start.hasMatch())
            break;
        const qsizetype begin = start.capturedStart();
        const qsizetype end = tagEnd(html, begin);
        if (end < 0)
            break;
        QString tag = html.mid(begin, end - begin + 1);
        const QRegularExpressionMatch var = use.match(tag);
        if (!var.hasMatch() || !vars.contains(var.captured(1))) {
            from = end + 1;
            continue;
        }
        while (removeAttribute(tag, QStringLiteral("src"))) {
        }
        removeAttribute(tag, QStringLiteral("srcset"));
        QString uri = vars.value(var.captured(1));
        uri.replace(u'"', QLatin1String("&quot;"));
        tag.insert(4, QStringLiteral(" src=\"%1\"").arg(uri));
        html.replace(begin, end - begin + 1, tag);
        from = begin + tag.size();
        ++rewritten;
    }
    return rewritten;
}

} // namespace offprint::import
