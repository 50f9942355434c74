#pragma once

#include "html/node.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// Table helpers of the HTML → Markdown writer.
namespace offprint::markdown::detail {

using SkipFunction = std::function<bool(const html::Node &)>;

// The rows of a table, through thead/tbody/tfoot, leaving out elements `skipped` says to.
std::vector<html::Node> tableRows(const html::Node &table, const SkipFunction &skipped);

// A table laid out as a grid: every cell at its place, the places a colspan or rowspan covers (and
// those a short row lacks) as null nodes, so that nothing is repeated.
struct TableGrid
{
    std::vector<std::vector<html::Node>> rows;
    int columns = 0;     // 0: not a table a GFM table can carry (write it as text)
    bool header = false; // the first row is a header row: in <thead>, or its cells are <th> (two or more)
};

// The grid of a table that GFM can carry: two or more columns, and cells of data rather than page
// layout (no long prose, no blocks a cell cannot hold: code, quotes, forms, page sections). Wider
// than kMaxTableColumns or beyond kMaxTableCells: rows are left empty and columns says how wide.
TableGrid tableGrid(const std::vector<html::Node> &rows, int depth, const SkipFunction &skipped);

// A GFM table: every row padded to `columns` cells, the first row as header.
QString tableMarkdown(const std::vector<QStringList> &rows, qsizetype columns);

} // namespace offprint::markdown::detail
