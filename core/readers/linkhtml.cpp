#include "readers/linkhtml.h"

namespace offprint::readers {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

QString namedEntity(const QString &name)
{
    static const QHash<QString, QString> entities = {
        {QStringLiteral("amp"), QStringLiteral("&")},   {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},    {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},  {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("mdash"), QString(QChar(0x2014))}, {QStringLiteral("ndash"), QString(QChar(0x2013))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("copy"), QString(QChar(0xA9))},
        {QStringLiteral("laquo"), QString(QChar(0xAB))}, {QStringLiteral("raquo"), QString(QChar(0xBB))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))}, {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))}, {QStringLiteral("ldquo"), QString(QChar(0x201C))},
    };
    return entities.value(name.toLower());
}

} // namespace

QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&') {
            out.append(text.at(i));
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 12) {
            out.append(u'&');
            continue;
        }
        const QString ref = text.mid(i + 1, semi - i - 1);
        QString replacement;
        if (ref.startsWith(u'#')) {
            bool ok = false;
            const bool hex = ref.size() > 1 && (ref.at(1) == u'x' || ref.at(1) == u'X');
            const uint code = hex ? ref.mid(2).toUInt(&ok, 16) : ref.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            }
        } else {
            replacement = namedEntity(ref);
        }
        if (replacement.isEmpty()) {
            out.append(u'&');
            continue;
        }
        out.append(replacement);
        i = semi;
    }
    return out;
}

LinkHtmlScanner::LinkHtmlScanner(QString html) : m_html(std::move(html)) {}

void LinkHtmlScanner::advanceTo(qsizetype pos)
{
    for (qsizetype i = m_lineCounted; i < pos && i < m_html.size(); ++i)
        if (m_html.at(i) == u'\n')
            ++m_line;
    m_lineCounted = qMax(m_lineCounted, pos);
}

void LinkHtmlScanner::pushBack(HtmlToken token)
{
    m_pushedBack = std::move(token);
}

bool LinkHtmlScanner::next(HtmlToken &token)
{
    if (m_pushedBack) {
        token = std::move(*m_pushedBack);
        m_pushedBack.reset();
        return true;
    }
    const qsizetype size = m_html.size();
    while (m_pos < size) {
        advanceTo(m_pos);
        token = HtmlToken();
        token.line = m_line;
        if (m_html.at(m_pos) != u'<') {
            const qsizetype lt = m_html.indexOf(u'<', m_pos);
            const qsizetype end = lt < 0 ? size : lt;
            token.type = HtmlToken::Type::Text;
            token.text = decodeEntities(m_html.mid(m_pos, end - m_pos));
            m_pos = end;
            return true;
        }
        // Comments, doctypes and processing instructions.
        if (m_html.mid(m_pos, 4) == QLatin1String("<!--")) {
            const qsizetype end = m_html.indexOf(QLatin1String("-->"), m_pos + 4);
            m_pos = end < 0 ? size : end + 3;
            continue;
        }
        if (m_pos + 1 < size && (m_html.at(m_pos + 1) == u'!' || m_html.at(m_pos + 1) == u'?')) {
            const qsizetype end = m_html.indexOf(u'>', m_pos);
            m_pos = end < 0 ? size : end + 1;
            continue;
        }
        qsizetype p = m_pos + 1;
        const bool closing = p < size && m_html.at(p) == u'/';
        if (closing)
            ++p;
        const qsizetype nameStart = p;
        while (p < size && isNameChar(m_html.at(p)))
            ++p;
        if (p == nameStart || !m_html.at(nameStart).isLetter()) {
            // A lone '<' in text.
            token.type = HtmlToken::Type::Text;
            token.text = QStringLiteral("<");
            m_pos = m_pos + 1;
            return true;
        }
        token.type = closing ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
        token.name = m_html.mid(nameStart, p - nameStart).toLower();
        // Attributes: name, name=value, name="value", name='value'.
        while (p < size && m_html.at(p) != u'>') {
            const QChar c = m_html.at(p);
            if (c.isSpace() || c == u'/') {
                ++p;
                continue;
            }
            const qsizetype attrStart = p;
            while (p < size && !m_html.at(p).isSpace() && m_html.at(p) != u'=' && m_html.at(p) != u'>')
                ++p;
            const QString attrName = m_html.mid(attrStart, p - attrStart).toLower();
            while (p < size && m_html.at(p).isSpace())
                ++p;
            QString value;
            if (p < size && m_html.at(p) == u'=') {
                ++p;
                while (p < size && m_html.at(p).isSpace())
                    ++p;
                if (p < size && (m_html.at(p) == u'"' || m_html.at(p) == u'\'')) {
                    const QChar quote = m_html.at(p);
                    const qsizetype end = m_html.indexOf(quote, p + 1);
                    const qsizetype stop = end < 0 ? size : end;
                    value = m_html.mid(p + 1, stop - p - 1);
                    p = end < 0 ? size : end + 1;
                } else {
                    const qsizetype valueStart = p;
                    while (p < size && !m_html.at(p).isSpace() && m_html.at(p) != u'>')
                        ++p;
                    value = m_html.mid(valueStart, p - valueStart);
                }
            }
            if (!attrName.isEmpty() && !token.attrs.contains(attrName))
                token.attrs.insert(attrName, decodeEntities(value));
        }
        m_pos = p < size ? p + 1 : size;
        if (!closing && (token.name == QLatin1String("script") || token.name == QLatin1String("style"))) {
            const qsizetype end = m_html.indexOf(QLatin1String("</") + token.name, m_pos, Qt::CaseInsensitive);
            m_pos = end < 0 ? size : end;
        }
        return true;
    }
    return false;
}

} // namespace offprint::readers
