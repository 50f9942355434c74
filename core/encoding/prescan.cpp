#include "encoding/prescan.h"

#include <QList>

namespace offprint::encoding {

namespace {

bool isSpace(char c)
{
    return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

struct Scanner
{
    const char *p;
    qsizetype n;
    qsizetype pos = 0;

    bool startsWithCI(const char *s) const
    {
        qsizetype i = pos;
        for (; *s; ++s, ++i)
            if (i >= n || lower(p[i]) != *s)
                return false;
        return true;
    }

    // WHATWG "get an attribute". Returns false when there is no further attribute.
    bool getAttribute(QByteArray &name, QByteArray &value)
    {
        name.clear();
        value.clear();
        while (pos < n && (isSpace(p[pos]) || p[pos] == '/'))
            ++pos;
        if (pos >= n || p[pos] == '>')
            return false;
        for (;;) {
            if (pos >= n)
                return false;
            const char c = p[pos];
            if (c == '=' && !name.isEmpty()) {
                ++pos;
                break;
            }
            if (isSpace(c)) {
                while (pos < n && isSpace(p[pos]))
                    ++pos;
                if (pos >= n || p[pos] != '=')
                    return true;
                ++pos;
                break;
            }
            if (c == '/' || c == '>')
                return true;
            name.append(lower(c));
            ++pos;
        }
        while (pos < n && isSpace(p[pos]))
            ++pos;
        if (pos >= n)
            return false;
        const char q = p[pos];
        if (q == '"' || q == '\'') {
            ++pos;
            while (pos < n && p[pos] != q)
                value.append(lower(p[pos++]));
            if (pos >= n)
                return false;
            ++pos;
            return true;
        }
        if (q == '>')
            return true;
        while (pos < n && !isSpace(p[pos]) && p[pos] != '>')
            value.append(lower(p[pos++]));
        return pos < n;
    }
};

} // namespace

QString charsetFromContentType(const QByteArray &value)
{
    // WHATWG "extract a character encoding from a meta element".
    const QByteArray v = value.toLower();
    qsizetype i = 0;
    for (;;) {
        i = v.indexOf("charset", i);
        if (i < 0)
            return {};
        i += 7;
        while (i < v.size() && isSpace(v[i]))
            ++i;
        if (i < v.size() && v[i] == '=')
            break;
    }
    ++i;
    while (i < v.size() && isSpace(v[i]))
        ++i;
    if (i >= v.size())
        return {};
    if (v[i] == '"' || v[i] == '\'') {
        const char q = v[i];
        const qsizetype end = v.indexOf(q, i + 1);
        if (end < 0)
            return {};
        return QString::fromLatin1(v.mid(i + 1, end - i - 1)).trimmed();
    }
    qsizetype end = i;
    while (end < v.size() && !isSpace(v[end]) && v[end] != ';')
        ++end;
    return QString::fromLatin1(v.mid(i, end - i));
}

QString prescanMetaCharset(const QByteArray &bytes, qsizetype limit)
{
    Scanner s{bytes.constData(), std::min(bytes.size(), limit)};
    while (s.pos < s.n) {
        if (s.startsWithCI("<!--")) {
            const qsizetype end = QByteArrayView(s.p, s.n).indexOf("-->", s.pos + 2);
            if (end < 0)
                return {};
            s.pos = end + 3;
            continue;
        }
        if (s.startsWithCI("<meta") && s.pos + 5 < s.n && (isSpace(s.p[s.pos + 5]) || s.p[s.pos + 5] == '/')) {
            s.pos += 6;
            bool gotPragma = false;
            int needPragma = 0; // 0: null, 1: true, 2: false
            QString charset;
            QByteArray name, value;
            QList<QByteArray> seen;
            while (s.getAttribute(name, value)) {
                if (seen.contains(name))
                    continue;
                seen.append(name);
                if (name == "http-equiv") {
                    if (value == "content-type")
                        gotPragma = true;
                } else if (name == "content") {
                    const QString c = charsetFromContentType(value);
                    if (!c.isEmpty() && charset.isEmpty()) {
                        charset = c;
                        needPragma = 1;
                    }
                } else if (name == "charset") {
                    charset = QString::fromLatin1(value).trimmed();
                    needPragma = 2;
                }
            }
            if (needPragma == 0 || (needPragma == 1 && !gotPragma) || charset.isEmpty())
                continue;
            return charset;
        }
        if (s.pos + 1 < s.n && s.p[s.pos] == '<'
            && (isAlpha(s.p[s.pos + 1]) || (s.p[s.pos + 1] == '/' && s.pos + 2 < s.n && isAlpha(s.p[s.pos + 2])))) {
            while (s.pos < s.n && !isSpace(s.p[s.pos]) && s.p[s.pos] != '>')
                ++s.pos;
            QByteArray name, value;
            while (s.getAttribute(name, value)) {
            }
            ++s.pos;
            continue;
        }
        if (s.startsWithCI("<!") || s.startsWithCI("</") || s.startsWithCI("<?")) {
            const qsizetype end = QByteArrayView(s.p, s.n).indexOf('>', s.pos + 2);
            if (end < 0)
                return {};
            s.pos = end + 1;
            continue;
        }
        ++s.pos;
    }
    return {};
}

QString xmlDeclarationCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(512);
    qsizetype start = 0;
    while (start < head.size() && isSpace(head[start]))
        ++start;
    if (!head.mid(start).startsWith("<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>", start);
    if (end < 0)
        return {};
    const QByteArray decl = head.mid(start, end - start);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < decl.size() && (isSpace(decl[i]) || decl[i] == '='))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const char q = decl[i];
    const qsizetype close = decl.indexOf(q, i + 1);
    if (close < 0)
        return {};
    return QString::fromLatin1(decl.mid(i + 1, close - i - 1)).trimmed();
}

} // namespace offprint::encoding
