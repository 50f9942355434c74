#include "markdown/mdtext.h"

#include "markdown/htmltomarkdown.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace offprint::markdown {

QString escapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\': case '*': case '_': case '`': case '[': case ']': case '<': case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '&': {
            // Only what cmark would read as an entity needs the escape.
            int j = i + 1;
            while (j < text.size() && j - i < 33 && (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('#')))
                ++j;
            if (j > i + 1 && j < text.size() && text.at(j) == QLatin1Char(';'))
                out += QLatin1Char('\\');
            out += c;
            break;
        }
        default:
            out += c;
        }
    }
    return out;
}

QString plainTextToMarkdown(const QString &text)
{
    QStringList paragraphs;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            paragraphs.append(detail::escapeLineStarts(escapeInline(simple)));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

namespace detail {

using html::Node;
using html::Tag;

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f') || c == QChar(0x00A0) || c == QChar(0x3000) || c == QChar(0x200B);
}

void Inline::text(const QString &s)
{
    QString run;
    for (QChar c : s) {
        if (isSpace(c)) {
            if (!run.isEmpty()) {
                put(escapeInline(run), run);
                run.clear();
            }
            space = true;
        } else {
            run += c;
        }
    }
    if (!run.isEmpty())
        put(escapeInline(run), run);
}

void Inline::put(const QString &m, const QString &p)
{
    if (space && !md.isEmpty() && !md.endsWith(QLatin1Char('\n'))) {
        md += QLatin1Char(' ');
        plain += QLatin1Char(' ');
    }
    space = false;
    md += m;
    plain += p;
}

void Inline::hardBreak()
{
    if (md.isEmpty() || md.endsWith(QLatin1Char('\n')))
        return;
    md += QLatin1String("\\\n");
    plain += QLatin1Char('\n');
    space = false;
}

QString trimBreaks(QString s, bool markdown)
{
    for (;;) {
        const QString before = s;
        s = s.trimmed();
        if (markdown && s.endsWith(QLatin1Char('\\'))) {
            // An odd run of backslashes ends in a hard break; an even one is escaped backslashes.
            qsizetype run = 0;
            while (run < s.size() && s.at(s.size() - 1 - run) == QLatin1Char('\\'))
                ++run;
            if (run % 2 == 1)
                s.chop(1);
        }
        if (s == before)
            return s;
    }
}

// Block markers at a line start that plain text must not trigger.
QString escapeLineStarts(const QString &md)
{
    static const QRegularExpression ordered(QStringLiteral("^(\\d{1,9})([.)])(?=[ \\t]|$)"));
    QStringList lines = md.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        int i = 0;
        while (i < line.size() && line.at(i) == QLatin1Char(' '))
            ++i;
        line.remove(0, i);
        if (line.isEmpty())
            continue;
        const QChar c = line.at(0);
        if (c == QLatin1Char('#') || c == QLatin1Char('>') || c == QLatin1Char('-') || c == QLatin1Char('+')
            || c == QLatin1Char('=')) {
            line.prepend(QLatin1Char('\\'));
        } else if (c.isDigit()) {
            const auto m = ordered.match(line);
            if (m.hasMatch())
                line.insert(m.capturedLength(1), QLatin1Char('\\'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString collapseSpaces(const QString &s)
{
    QString out;
    bool space = false;
    for (QChar c : s) {
        if (isSpace(c)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

bool isSafeLinkTarget(const QString &href)
{
    QString scheme;
    for (const QChar c : href) {
        if (c.unicode() <= 0x20)
            continue;
        if (c == u':')
            return scheme == u"http" || scheme == u"https" || scheme == u"mailto";
        if (c == u'/' || c == u'?' || c == u'#' || scheme.size() >= 32)
            return true; // relative reference (no scheme before the path)
        scheme += c.toLower();
    }
    return true;
}

QString escapeUrl(const QString &url)
{
    QString out;
    out.reserve(url.size());
    for (QChar c : url) {
        switch (c.unicode()) {
        case ' ': out += QLatin1String("%20"); break;
        case '(': out += QLatin1String("%28"); break;
        case ')': out += QLatin1String("%29"); break;
        case '<': out += QLatin1String("%3C"); break;
        case '>': out += QLatin1String("%3E"); break;
        case '\n': case '\r': case '\t': break;
        default: out += c;
        }
    }
    return out;
}

QString codeLanguage(const Node &n)
{
    static const QRegularExpression lang(
        QStringLiteral("(?:^|\\s)(?:language|lang|highlight(?:-source)?|sourcecode)-([A-Za-z0-9_+#.-]+)"
                       "|(?:^|\\s)brush:\\s*([A-Za-z0-9_+#.-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString cls = n.attribute("class");
    QString found;
    if (const auto m = lang.match(cls); m.hasMatch()) {
        found = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    } else {
        // Pandoc: class="sourceCode python".
        const QStringList tokens = cls.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (tokens.size() >= 2 && tokens.contains(QLatin1String("sourceCode"), Qt::CaseInsensitive)) {
            for (const QString &t : tokens) {
                if (t.compare(QLatin1String("sourceCode"), Qt::CaseInsensitive) != 0
                    && t.compare(QLatin1String("numberSource"), Qt::CaseInsensitive) != 0) {
                    found = t;
                    break;
                }
            }
        }
    }
    for (const char *attribute : {"data-lang", "data-language"}) {
        if (!found.isEmpty())
            break;
        const QString value = n.attribute(attribute).trimmed();
        if (!value.isEmpty() && !value.contains(QLatin1Char(' ')))
            found = value;
    }
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_+#.-]{1,32}$"));
    found = found.toLower();
    if (!word.match(found).hasMatch() || found == QLatin1String("none") || found == QLatin1String("nohighlight")
        || found == QLatin1String("undefined"))
        return {};
    return found;
}

QString codeBlockLanguage(const Node &pre)
{
    QString lang = codeLanguage(pre);
    for (int i = 0, n = pre.childCount(); i < n && lang.isEmpty(); ++i) {
        if (pre.child(i).is(Tag::Code))
            lang = codeLanguage(pre.child(i));
    }
    // Highlighters wrap the block: <div class="highlight-python"><div class="highlight"><pre>.
    Node wrapper = pre;
    for (int level = 0; level < 2 && lang.isEmpty(); ++level) {
        Node parent = wrapper.parent();
        if (!parent.isElement() || parent.is(Tag::Body))
            break;
        int elements = 0;
        bool text = false;
        for (int i = 0, n = parent.childCount(); i < n; ++i) {
            const Node ch = parent.child(i);
            elements += ch.isElement() ? 1 : 0;
            text = text || (ch.isText() && !ch.isWhitespace());
        }
        if (elements != 1 || text)
            break;
        lang = codeLanguage(parent);
        wrapper = parent;
    }
    return lang;
}

QString indentLines(const QString &text, const QString &first, const QString &rest)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i == 0)
            lines[i].prepend(first);
        else if (!lines[i].isEmpty())
            lines[i].prepend(rest);
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace detail

} // namespace offprint::markdown
