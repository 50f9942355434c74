#include "markdown/tables.h"

#include "common/limits.h"

namespace offprint::markdown::detail {

using html::Node;
using html::Tag;

namespace {

void collectRows(const Node &n, std::vector<Node> &rows, const SkipFunction &skipped, int depth)
{
    for (int i = 0, c = n.childCount(); i < c; ++i) {
        const Node ch = n.child(i);
        if (!ch.isElement() || skipped(ch))
            continue;
        if (ch.is(Tag::Tr))
            rows.push_back(ch);
        else if ((ch.is(Tag::Thead) || ch.is(Tag::Tbody) || ch.is(Tag::Tfoot)) && depth < 4)
            collectRows(ch, rows, skipped, depth + 1);
    }
}

} // namespace

std::vector<Node> tableRows(const Node &table, const SkipFunction &skipped)
{
    std::vector<Node> rows;
    collectRows(table, rows, skipped, 0);
    return rows;
}

int simpleTableColumns(const std::vector<Node> &rows, int depth, const SkipFunction &skipped)
{
    int maxCols = 0;
    for (const Node &row : rows) {
        int cols = 0;
        for (int i = 0, c = row.childCount(); i < c; ++i) {
            const Node cell = row.child(i);
            if (!(cell.is(Tag::Td) || cell.is(Tag::Th)))
                continue;
            ++cols;
            const int colspan = cell.attribute("colspan").toInt();
            const int rowspan = cell.attribute("rowspan").toInt();
            if (colspan > 1 || rowspan > 1)
                return 0;
            bool bad = false;
            html::forEachDescendant(cell, [&](Node d) {
                if (d.isElement() && !skipped(d) && html::isBlockTag(d.tag()) && !d.is(Tag::P) && !d.is(Tag::Div)
                    && !d.is(Tag::Center))
                    bad = true;
                return !bad && d.isElement();
            }, limits::kMaxTreeDepth - depth);
            if (bad || cell.textContent().size() > 400)
                return 0;
        }
        maxCols = std::max(maxCols, cols);
    }
    return maxCols >= 2 ? maxCols : 0;
}

QString tableMarkdown(const std::vector<QStringList> &rows, qsizetype columns)
{
    QStringList lines;
    for (size_t r = 0; r < rows.size(); ++r) {
        QStringList cells = rows[r];
        while (cells.size() < columns)
            cells << QString();
        lines << QLatin1String("| ") + cells.join(QLatin1String(" | ")) + QLatin1String(" |");
        if (r == 0)
            lines << QLatin1String("|") + QStringLiteral(" --- |").repeated(columns);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace offprint::markdown::detail
