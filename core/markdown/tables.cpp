#include "markdown/tables.h"

#include "common/limits.h"

#include <algorithm>

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

// Blocks a cell can hold, joined with <br>: paragraphs, lists, definitions, headings, figures,
// tables (written as text); players, which are not written at all.
bool fitsInCell(Tag tag)
{
    switch (tag) {
    case Tag::P: case Tag::Div: case Tag::Center: case Tag::Ul: case Tag::Ol: case Tag::Li: case Tag::Dl:
    case Tag::Dt: case Tag::Dd: case Tag::H1: case Tag::H2: case Tag::H3: case Tag::H4: case Tag::H5: case Tag::H6:
    case Tag::Figure: case Tag::Figcaption: case Tag::Address: case Tag::Table: case Tag::Caption: case Tag::Thead:
    case Tag::Tbody: case Tag::Tfoot: case Tag::Tr: case Tag::Th: case Tag::Td: case Tag::Video: case Tag::Audio:
    case Tag::Iframe:
        return true;
    default:
        return !html::isBlockTag(tag);
    }
}

// A cell of data: no block it cannot hold, and not a column of page text (long, in paragraphs).
bool isDataCell(const Node &cell, int depth, const SkipFunction &skipped)
{
    bool fits = true;
    int breaks = 0;
    html::forEachDescendant(cell, [&](Node d) {
        if (!d.isElement() || skipped(d))
            return false;
        if (!fitsInCell(d.tag()))
            fits = false;
        if (d.is(Tag::P) || d.is(Tag::Br))
            ++breaks;
        return fits;
    }, std::max(1, limits::kMaxTreeDepth - depth));
    if (!fits)
        return false;
    const qsizetype length = cell.textContent().simplified().size();
    return length <= 400 || (length <= 1000 && breaks == 0);
}

// A picture or words below `n`, in what is written.
bool hasContent(const Node &n, const SkipFunction &skipped)
{
    bool found = false;
    html::forEachDescendant(n, [&](Node d) {
        if (found)
            return false;
        if (d.isText())
            found = !d.isWhitespace();
        else if (d.isElement() && !skipped(d))
            found = d.is(Tag::Img);
        else
            return false;
        return !found;
    }, 64);
    return found;
}

int spanOf(const Node &cell, const char *attribute, int most)
{
    return std::clamp(cell.attribute(attribute).toInt(), 1, std::max(1, most));
}

} // namespace

std::vector<Node> tableRows(const Node &table, const SkipFunction &skipped)
{
    std::vector<Node> rows;
    collectRows(table, rows, skipped, 0);
    return rows;
}

TableGrid tableGrid(const std::vector<Node> &rows, int depth, const SkipFunction &skipped)
{
    TableGrid grid;
    std::vector<int> covered; // per column: rows below still covered by a rowspan
    for (size_t r = 0; r < rows.size(); ++r) {
        std::vector<Node> line;
        const auto skipCovered = [&]() {
            while (line.size() < covered.size() && covered[line.size()] > 0) {
                --covered[line.size()];
                line.emplace_back();
            }
        };
        const Node &row = rows[r];
        for (int i = 0, c = row.childCount(); i < c; ++i) {
            const Node cell = row.child(i);
            if (!(cell.is(Tag::Td) || cell.is(Tag::Th)))
                continue;
            const bool left = skipped(cell);
            if (!left && !isDataCell(cell, depth, skipped))
                return {};
            skipCovered();
            const int colspan = spanOf(cell, "colspan", limits::kMaxTableColumns + 1);
            const int rowspan = spanOf(cell, "rowspan", int(rows.size() - r));
            for (int k = 0; k < colspan; ++k) {
                const size_t column = line.size();
                line.push_back(k == 0 && !left ? cell : Node());
                if (covered.size() <= column)
                    covered.resize(column + 1, 0);
                covered[column] = rowspan - 1;
            }
            if (line.size() > size_t(limits::kMaxTableColumns)) {
                grid.rows.clear();
                grid.columns = int(line.size());
                return grid;
            }
        }
        skipCovered();
        for (size_t column = line.size(); column < covered.size(); ++column) {
            if (covered[column] > 0)
                --covered[column];
            line.emplace_back();
        }
        grid.columns = std::max(grid.columns, int(line.size()));
        grid.rows.push_back(std::move(line));
        if (qint64(grid.rows.size()) * grid.columns > limits::kMaxTableCells) {
            grid.rows.clear();
            grid.columns = limits::kMaxTableColumns + 1;
            return grid;
        }
    }
    // Two columns with something in them at least: a layout table whose second column held only
    // what was left out (a date line, a share bar) is text.
    int filled = 0;
    for (int column = 0; column < grid.columns && filled < 2; ++column) {
        for (const std::vector<Node> &line : grid.rows) {
            if (size_t(column) < line.size() && !line[size_t(column)].isNull()
                && hasContent(line[size_t(column)], skipped)) {
                ++filled;
                break;
            }
        }
    }
    if (filled < 2)
        return {};
    int headings = 0;
    bool data = false;
    for (const Node &cell : grid.rows.front()) {
        if (cell.is(Tag::Th))
            ++headings;
        else if (!cell.isNull() && !cell.textContent().trimmed().isEmpty())
            data = true;
    }
    grid.header = rows.front().parent().is(Tag::Thead) || (headings >= 2 && !data);
    return grid;
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
