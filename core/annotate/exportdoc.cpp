#include "annotate/exportdoc.h"

#include "annotate/anchor.h"
#include "annotate/marks.h"

#include <algorithm>

namespace offprint::annotate {

namespace {

// A YAML double-quoted scalar on one line.
QString yamlString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value.simplified()) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c.category() != QChar::Other_Control)
            out += c;
    }
    out += u'"';
    return out;
}

QString footnoteLabel(const Highlight &h)
{
    return QStringLiteral("hl-%1").arg(h.id);
}

// A block of Markdown indented under a footnote or list marker: every line after the first by 4 spaces.
QString indentContinuation(const QString &text)
{
    QStringList lines = text.trimmed().split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i] = lines[i].trimmed().isEmpty() ? QString() : QStringLiteral("    ") + lines[i];
    return lines.join(u'\n');
}

QString blockQuote(const QString &quote)
{
    QStringList out;
    for (const QString &line : quote.trimmed().split(u'\n'))
        out << (line.trimmed().isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + escapeMarkdown(line.trimmed()));
    return out.join(u'\n');
}

} // namespace

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (const QChar c : text) {
        static const QString everywhere = QStringLiteral("\\`*_[]<>|~=");
        static const QString atLineStart = QStringLiteral("#-+");
        if (everywhere.contains(c) || (lineStart && atLineStart.contains(c)))
            out += u'\\';
        out += c;
        lineStart = c == u'\n' || (lineStart && c == u' ');
    }
    return out;
}

QString frontMatter(const Article &article)
{
    const ArticleMetadata &m = article.meta;
    QString out = QStringLiteral("---\n");
    out += QStringLiteral("title: %1\n").arg(yamlString(m.title));
    out += QStringLiteral("url: %1\n").arg(yamlString(m.url));
    out += QStringLiteral("author: %1\n").arg(yamlString(m.author));
    out += QStringLiteral("site: %1\n").arg(yamlString(m.siteName));
    if (m.published.isValid())
        out += QStringLiteral("published: %1\n").arg(m.published.toString(Qt::ISODate));
    if (article.saved.isValid())
        out += QStringLiteral("saved: %1\n").arg(article.saved.toUTC().toString(Qt::ISODate));
    if (article.tags.isEmpty()) {
        out += QStringLiteral("tags: []\n");
    } else {
        out += QStringLiteral("tags:\n");
        for (const QString &tag : article.tags)
            out += QStringLiteral("  - %1\n").arg(yamlString(tag));
    }
    out += QStringLiteral("---\n");
    return out;
}

QString exportMarkdown(const Article &article, const QString &markdown, const QList<Highlight> &highlights,
                       const QString &note)
{
    QList<Highlight> ordered = highlights;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Highlight &a, const Highlight &b) {
        if (a.anchored() != b.anchored())
            return a.anchored();
        return a.anchored() && *a.position != *b.position ? *a.position < *b.position : a.id < b.id;
    });

    // Marks in the body, where the quote is still the text at its position.
    const QString text = articleText(markdown);
    QList<MarkSpan> spans;
    QList<Highlight> footnotes;
    for (const Highlight &h : ordered) {
        if (!h.anchored())
            continue;
        const qsizetype start = utf16IndexOf(text, *h.position);
        const qsizetype end = utf16IndexOf(text, *h.position + h.length());
        if (start < 0 || text.mid(start, end - start) != h.quote)
            continue;
        const bool withNote = !h.note.trimmed().isEmpty();
        spans << MarkSpan{{start, end}, withNote ? QStringLiteral("[^%1]").arg(footnoteLabel(h)) : QString()};
        if (withNote)
            footnotes << h;
    }
    QString body = markMarkdown(markdown, spans, equalsMarks()).trimmed();

    QString out = frontMatter(article);
    out += QStringLiteral("\n# %1\n\n").arg(escapeMarkdown(article.meta.title.simplified()));
    out += body + u'\n';
    if (!note.trimmed().isEmpty())
        out += QStringLiteral("\n## Note\n\n") + note.trimmed() + u'\n';
    if (!ordered.isEmpty()) {
        out += QStringLiteral("\n## Highlights\n");
        for (const Highlight &h : ordered) {
            out += u'\n' + blockQuote(h.quote) + u'\n';
            if (!h.anchored())
                out += QStringLiteral("\n*Orphaned: this passage is no longer in the article.*\n");
            if (!h.note.trimmed().isEmpty())
                out += u'\n' + h.note.trimmed() + u'\n';
        }
    }
    if (!footnotes.isEmpty()) {
        out += u'\n';
        for (const Highlight &h : footnotes)
            out += QStringLiteral("[^%1]: %2\n").arg(footnoteLabel(h), indentContinuation(h.note));
    }
    return out;
}

} // namespace offprint::annotate
