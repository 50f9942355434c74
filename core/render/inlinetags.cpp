#include "render/inlinetags.h"

namespace offprint::render {

namespace {

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' || u == '_'
        || u == ':' || u == '-';
}

// A tiny reader over one tag: the allow-list is so small that a strict grammar is simpler and
// safer than a general HTML tokenizer (anything unexpected is Other).
class TagReader
{
public:
    explicit TagReader(const QString &raw) : m_s(raw) {}

    bool eat(QChar c)
    {
        if (m_i < m_s.size() && m_s.at(m_i) == c) {
            ++m_i;
            return true;
        }
        return false;
    }
    void spaces()
    {
        while (m_i < m_s.size() && (m_s.at(m_i) == QLatin1Char(' ') || m_s.at(m_i) == QLatin1Char('\t')
                                    || m_s.at(m_i) == QLatin1Char('\n')))
            ++m_i;
    }
    QString name()
    {
        const qsizetype start = m_i;
        while (m_i < m_s.size() && m_s.at(m_i).isLetterOrNumber() && m_s.at(m_i).unicode() < 128)
            ++m_i;
        return m_s.mid(start, m_i - start).toLower();
    }
    // A quoted attribute value (single or double quotes).
    bool quoted(QString &value)
    {
        if (m_i >= m_s.size())
            return false;
        const QChar q = m_s.at(m_i);
        if (q != QLatin1Char('"') && q != QLatin1Char('\''))
            return false;
        const qsizetype end = m_s.indexOf(q, m_i + 1);
        if (end < 0)
            return false;
        value = m_s.mid(m_i + 1, end - m_i - 1);
        m_i = end + 1;
        return true;
    }
    bool atEnd() const { return m_i == m_s.size(); }

private:
    const QString &m_s;
    qsizetype m_i = 0;
};

bool isFormatting(const QString &name)
{
    return name == QLatin1String("sup") || name == QLatin1String("sub") || name == QLatin1String("mark");
}

} // namespace

bool isValidAnchorId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (QChar c : id) {
        if (!isIdChar(c))
            return false;
    }
    return true;
}

InlineTag parseInlineTag(const QString &raw)
{
    InlineTag tag;
    TagReader r(raw);
    if (!r.eat(QLatin1Char('<')))
        return tag;
    const bool closing = r.eat(QLatin1Char('/'));
    const QString name = r.name();
    r.spaces();
    if (closing) {
        if (!r.eat(QLatin1Char('>')) || !r.atEnd())
            return tag;
        if (isFormatting(name)) {
            tag.kind = InlineTag::Kind::Close;
            tag.name = name;
        } else if (name == QLatin1String("a")) {
            tag.kind = InlineTag::Kind::AnchorEnd;
        }
        return tag;
    }
    if (name == QLatin1String("a")) {
        // Exactly one attribute, id (or name, as older pages and writers spell it).
        const QString attr = r.name();
        r.spaces();
        QString value;
        if ((attr != QLatin1String("id") && attr != QLatin1String("name")) || !r.eat(QLatin1Char('=')))
            return tag;
        r.spaces();
        if (!r.quoted(value))
            return tag;
        r.spaces();
        if (!r.eat(QLatin1Char('>')) || !r.atEnd() || !isValidAnchorId(value))
            return tag;
        tag.kind = InlineTag::Kind::Anchor;
        tag.id = value;
        return tag;
    }
    const bool selfClosing = r.eat(QLatin1Char('/'));
    if (!r.eat(QLatin1Char('>')) || !r.atEnd())
        return tag;
    if (name == QLatin1String("br")) {
        tag.kind = InlineTag::Kind::LineBreak;
    } else if (isFormatting(name) && !selfClosing) {
        tag.kind = InlineTag::Kind::Open;
        tag.name = name;
    }
    return tag;
}

} // namespace offprint::render
