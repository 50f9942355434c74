#include "markdown/budget.h"

#include "common/limits.h"

#include <QStringView>

#include <algorithm>
#include <vector>

namespace offprint::markdown {

namespace {

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, without the '\n'
};

std::vector<Line> splitLines(const QString &text)
{
    std::vector<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        if (nl < 0)
            nl = text.size();
        lines.push_back({start, nl});
        start = nl + 1;
    }
    return lines;
}

QStringView lineAt(const QString &text, const Line &l)
{
    return QStringView(text).mid(l.start, l.end - l.start);
}

bool isBlank(QStringView line)
{
    for (QChar c : line)
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            return false;
    return true;
}

// The line without the block-quote markers and indentation in front of it.
QStringView content(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t' || line[i] == u'>'))
        ++i;
    return line.mid(i);
}

// Cells of a table row: '|'-separated, a leading and a trailing '|' do not start or end a cell,
// "\|" is not a separator.
qsizetype cellCount(QStringView row)
{
    row = row.trimmed();
    if (row.isEmpty())
        return 0;
    qsizetype pipes = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == QLatin1Char('\\'))
            ++i;
        else if (row[i] == QLatin1Char('|'))
            ++pipes;
    }
    qsizetype cells = pipes + 1;
    if (row.startsWith(QLatin1Char('|')))
        --cells;
    if (row.size() > 1 && row.endsWith(QLatin1Char('|')) && !row.endsWith(QLatin1String("\\|")))
        --cells;
    return std::max<qsizetype>(cells, 0);
}

// A GFM delimiter row ("| --- | :-: |"): only pipes, colons, dashes and spaces, a dash in every
// cell, and a pipe somewhere (else it is a setext heading underline or a thematic break).
bool isDelimiterRow(QStringView row)
{
    bool dash = false;
    bool pipe = false;
    for (QChar c : row) {
        if (c == QLatin1Char('-'))
            dash = true;
        else if (c == QLatin1Char('|'))
            pipe = true;
        else if (c != QLatin1Char(':') && c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            return false;
    }
    return dash && pipe;
}

bool isFence(QStringView line)
{
    const QStringView c = content(line);
    return c.startsWith(QLatin1String("```")) || c.startsWith(QLatin1String("~~~"));
}

struct Table
{
    size_t delimiter = 0; // line index of the delimiter row
    size_t end = 0;       // first line after the table
    qint64 cells = 0;
    qsizetype columns = 0;
};

// Calls `found` for each table, in order.
template<typename F>
void forEachTable(const QString &text, const std::vector<Line> &lines, F found)
{
    bool fenced = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        const QStringView line = QStringView(text).mid(lines[i].start, lines[i].end - lines[i].start);
        if (isFence(line)) {
            fenced = !fenced;
            continue;
        }
        if (fenced || i == 0 || !isDelimiterRow(content(line)))
            continue;
        const Line &h = lines[i - 1];
        const QStringView header = QStringView(text).mid(h.start, h.end - h.start);
        const qsizetype columns = cellCount(content(line));
        if (isBlank(header) || columns == 0 || cellCount(content(header)) != columns)
            continue;
        size_t end = i + 1;
        while (end < lines.size() && !isBlank(lineAt(text, lines[end])))
            ++end;
        found(Table{i, end, qint64(end - i) * columns, columns}); // the header and every body row
        i = end - 1;
    }
}

} // namespace

qint64 tableCells(const QString &markdown)
{
    qint64 cells = 0;
    forEachTable(markdown, splitLines(markdown), [&](const Table &t) { cells += t.cells; });
    return cells;
}

QString boundForRendering(const QString &markdown, QStringList *warnings)
{
    const std::vector<Line> lines = splitLines(markdown);
    // Positions to escape with a backslash, in order.
    std::vector<qsizetype> escapes;

    qint64 cells = 0;
    qsizetype escapedTables = 0;
    forEachTable(markdown, lines, [&](const Table &t) {
        if (t.columns <= limits::kMaxTableColumns && cells + t.cells <= limits::kMaxTableCells) {
            cells += t.cells;
            return;
        }
        // Every row that could serve as a delimiter row, or the next row would start a table anew.
        for (size_t j = t.delimiter; j < t.end; ++j) {
            const QStringView row = QStringView(markdown).mid(lines[j].start, lines[j].end - lines[j].start);
            if (isDelimiterRow(content(row)))
                escapes.push_back(markdown.indexOf(QLatin1Char('-'), lines[j].start));
        }
        ++escapedTables;
    });

    const qsizetype tableEscapes = qsizetype(escapes.size());
    bool fenced = false;
    int brackets = 0;
    qsizetype escapedBrackets = 0;
    for (const Line &l : lines) {
        const QStringView line = QStringView(markdown).mid(l.start, l.end - l.start);
        if (isFence(line))
            fenced = !fenced;
        if (isBlank(line))
            brackets = 0;
        if (fenced)
            continue;
        for (qsizetype i = l.start; i < l.end; ++i) {
            const QChar c = markdown[i];
            if (c == QLatin1Char('\\')) {
                ++i;
            } else if (c == QLatin1Char('[') && ++brackets > limits::kMaxBracketsPerParagraph) {
                escapes.push_back(i);
                ++escapedBrackets;
            }
        }
    }
    if (escapes.empty())
        return markdown;
    std::inplace_merge(escapes.begin(), escapes.begin() + tableEscapes, escapes.end());

    QString out;
    out.reserve(markdown.size() + qsizetype(escapes.size()));
    qsizetype copied = 0;
    for (qsizetype at : escapes) {
        out.append(QStringView(markdown).mid(copied, at - copied));
        out.append(QLatin1Char('\\'));
        copied = at;
    }
    out.append(QStringView(markdown).mid(copied));
    if (warnings && escapedTables > 0)
        warnings->append(QStringLiteral("%1 table(s) shown as text: beyond %2 cells per page or %3 columns per "
                                        "table (the limits)")
                             .arg(escapedTables)
                             .arg(limits::kMaxTableCells)
                             .arg(limits::kMaxTableColumns));
    if (warnings && escapedBrackets > 0)
        warnings->append(QStringLiteral("%1 '[' shown as text: more than %2 in one paragraph (the limit)")
                             .arg(escapedBrackets)
                             .arg(limits::kMaxBracketsPerParagraph));
    return out;
}

} // namespace offprint::markdown
