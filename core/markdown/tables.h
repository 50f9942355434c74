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

// The column count of a data table (two or more columns, no spans, no blocks or long prose in
// cells), else 0: such tables become GFM tables, the others text.
int simpleTableColumns(const std::vector<html::Node> &rows, int depth, const SkipFunction &skipped);

// A GFM table: every row padded to `columns` cells, the first row as header.
QString tableMarkdown(const std::vector<QStringList> &rows, qsizetype columns);

} // namespace offprint::markdown::detail
