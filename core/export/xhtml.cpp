#include "export/xhtml.h"

#include "common/limits.h"
#include "html/document.h"

#include <QRegularExpression>
#include <QUrl>

namespace offprint::exporting {

namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

bool isVoidElement(const QString &name)
{
    static const QSet<QString> voids = {
        QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"),    QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"),  QStringLiteral("img"),   QStringLiteral("input"),
        QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"),
        QStringLiteral("wbr")};
    return voids.contains(name);
}

// An element or attribute name XML accepts as it stands (lowercase ASCII, digits, '-').
bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return plain.match(name).hasMatch();
}

// An id as a valid XML name (NCName restricted to ASCII here): characters outside [A-Za-z0-9._-]
// become '-', and an id that does not start with a letter or '_' gets the prefix "id-".
QString xmlId(const QString &id)
{
    QString out;
    out.reserve(id.size() + 3);
    for (QChar c : id) {
        const bool ok = c.unicode() < 128 && (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-');
        out += ok ? c : QChar(u'-');
    }
    if (out.isEmpty() || !(out.at(0).isLetter() || out.at(0) == u'_'))
        out.prepend(QStringLiteral("id-"));
    return out;
}

// A link target EPUB reading systems can follow: a web link with a plain host name (IDNs in their ASCII
// form), or mailto:. Pages carry broken ones ("http://www.example.com)", "http://www.%5C*.com") that
// epubcheck warns about; those lose their target and keep their text.
bool isUsableLink(const QString &href)
{
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    const QUrl url(href, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return true;
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return hostName.match(url.host(QUrl::EncodeUnicode)).hasMatch();
}

class Writer
{
public:
    explicit Writer(const ImageMapper &images) : m_images(images) {}

    void children(html::Node node, int depth)
    {
        for (int i = 0; i < node.childCount(); ++i)
            write(node.child(i), depth + 1);
    }

    QString result() const { return m_out; }

private:
    void write(html::Node node, int depth)
    {
        if (node.isText()) {
            m_out += xmlEscaped(node.text());
            return;
        }
        if (!node.isElement())
            return; // comments, doctype
        if (depth > limits::kMaxTreeDepth) {
            m_out += xmlEscaped(node.textContent());
            return;
        }
        const QString name = node.tagName();
        if (!isPlainName(name) || name == QLatin1String("script") || name == QLatin1String("style")) {
            children(node, depth);
            return;
        }
        QString attrs;
        if (name == QLatin1String("img")) {
            const QString target = m_images ? m_images(node.attribute("src")) : QString();
            if (target.isEmpty()) {
                // Left out: its alt text stands in, as in the reader's placeholder.
                const QString alt = node.attribute("alt").trimmed();
                if (!alt.isEmpty())
                    m_out += QStringLiteral("<span class=\"imgph\">%1</span>").arg(xmlEscaped(alt));
                return;
            }
            attrs += QStringLiteral(" src=\"%1\" alt=\"%2\"").arg(xmlEscaped(target), xmlEscaped(node.attribute("alt")));
        }
        QString style;
        for (int i = 0; i < node.attributeCount(); ++i) {
            const QString attr = node.attributeName(i).toLower();
            QString value = node.attributeValue(i);
            if (!isPlainName(attr) || attr.startsWith(QLatin1String("on")))
                continue;
            if (name == QLatin1String("img") && (attr == QLatin1String("src") || attr == QLatin1String("alt")))
                continue;
            if (attr == QLatin1String("align")) {
                style += QStringLiteral("text-align:%1;").arg(value.toLower() == QLatin1String("right") ? QStringLiteral("right")
                                                           : value.toLower() == QLatin1String("center") ? QStringLiteral("center")
                                                                                                         : QStringLiteral("left"));
                continue;
            }
            if (attr == QLatin1String("style")) {
                style += value.remove(u'"') + u';';
                continue;
            }
            if (attr == QLatin1String("id") || attr == QLatin1String("name")) {
                if (attr == QLatin1String("name"))
                    continue; // obsolete on <a>: the id carries the anchor
                value = xmlId(value);
            } else if (attr == QLatin1String("href") && value.startsWith(u'#')) {
                value = u'#' + xmlId(value.mid(1));
            } else if (attr == QLatin1String("href") && !isUsableLink(value)) {
                continue;
            }
            attrs += QStringLiteral(" %1=\"%2\"").arg(attr, xmlEscaped(value));
        }
        if (!style.isEmpty())
            attrs += QStringLiteral(" style=\"%1\"").arg(xmlEscaped(style));
        if (isVoidElement(name)) {
            m_out += QStringLiteral("<%1%2/>").arg(name, attrs);
            return;
        }
        m_out += QStringLiteral("<%1%2>").arg(name, attrs);
        children(node, depth);
        m_out += QStringLiteral("</%1>").arg(name);
    }

    const ImageMapper &m_images;
    QString m_out;
};

} // namespace

QString xmlEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    const QList<uint> points = text.toUcs4();
    for (const uint c : points) {
        switch (c) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        default:
            if (isXmlChar(char32_t(c)))
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        }
    }
    return out;
}

QString fragmentToXhtml(const QString &html, const ImageMapper &images)
{
    const auto doc = html::Document::parse(QStringLiteral("<!DOCTYPE html><html><head></head><body>%1</body></html>")
                                               .arg(html)
                                               .toUtf8());
    Writer writer(images);
    writer.children(doc->body(), 0);
    return writer.result();
}

} // namespace offprint::exporting
