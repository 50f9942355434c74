// The HTML → Markdown writer's tables: GFM pipe tables laid out on a grid (spans padded with empty
// cells), a cell's blocks and line breaks joined with <br>, an empty header row when the table has
// none (a key/value infobox), nested tables as text.
#include "common/limits.h"
#include "markdown/tables.h"
#include "markdown/writer.h"

namespace offprint::markdown::detail {

using html::Node;
using html::Tag;

void Writer::table(const Node &t, Blocks &out, int depth)
{
    if (m_cellDepth > 0) {
        flow(t, out, depth + 1); // a table inside a cell is written as text
        return;
    }
    const SkipFunction skip = [this](const Node &n) { return skipped(n); };
    const std::vector<Node> rows = tableRows(t, skip);
    const TableGrid grid = tableGrid(rows, depth, skip);
    const qint64 padded = qint64(grid.rows.size()) * grid.columns;
    const bool overBudget = grid.columns > limits::kMaxTableColumns || m_tableCells + padded > limits::kMaxTableCells;
    if (grid.columns > 0 && overBudget)
        ++m_tablesAsText;
    if (grid.columns == 0 || overBudget) {
        flow(t, out, depth + 1);
        return;
    }
    m_tableCells += padded;
    for (int i = 0, c = t.childCount(); i < c; ++i) {
        if (t.child(i).is(Tag::Caption) && !skipped(t.child(i)))
            flowOne(t.child(i), out, depth + 1);
    }
    std::vector<QStringList> mdRows;
    QStringList plainRows;
    for (size_t r = 0; r < grid.rows.size(); ++r) {
        QStringList cells;
        QStringList plainCells;
        bool any = false;
        for (const Node &cell : grid.rows[r]) {
            QString md;
            QString plain;
            if (!cell.isNull()) {
                ++m_cellDepth;
                md = oneLine(cell, depth + 1, QStringLiteral("<br>"), plain);
                --m_cellDepth;
            }
            any = any || !md.isEmpty();
            cells << md.replace(QLatin1Char('|'), QLatin1String("\\|"));
            plainCells << plain;
        }
        const bool header = r == 0 && grid.header;
        if (!any && !header)
            continue; // spacer rows
        if (const QString anchors = m_anchors.take(rows[r]); !anchors.isEmpty()) {
            for (QString &cell : cells) {
                if (!cell.isEmpty() || &cell == &cells.back()) {
                    cell.prepend(anchors);
                    break;
                }
            }
        }
        while (!plainCells.isEmpty() && plainCells.constLast().isEmpty())
            plainCells.removeLast();
        mdRows.push_back(cells);
        if (!plainCells.isEmpty())
            plainRows << plainCells.join(QLatin1Char('\t'));
    }
    if (mdRows.empty() || (grid.header && mdRows.size() == 1 && plainRows.isEmpty()))
        return;
    if (!grid.header) // a table without a header row: an empty one, which the renderer leaves out
        mdRows.insert(mdRows.begin(), QStringList());
    out.push_back({tableMarkdown(mdRows, grid.columns), plainRows.join(QLatin1Char('\n'))});
}

} // namespace offprint::markdown::detail
