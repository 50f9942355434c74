#pragma once

#include <QByteArray>

#include <limits>

namespace offprint::html {

// Caps how deeply elements nest before the page reaches gumbo. gumbo 0.10 walks the whole stack of
// open elements for many tags (scope checks, active formatting elements), so a page nesting 100,000
// elements costs it minutes. Start tags that would open an element deeper than maxDepth are removed,
// with the end tags that would close them; their text stays, flattened into the deepest element kept.
// Void elements, elements whose end tag is optional (p, li, td, …) and raw-text elements (script,
// style, …) do not count, so ordinary sloppy HTML is never touched. Inside svg and math the pass
// follows the parser: an HTML tag such as <div> or <p> closes the open foreign elements, and only
// there (or on <svg/> itself) does "/>" close an element; elsewhere <x/> stays open, as gumbo keeps it. Returns `html` itself (no copy)
// when nothing is too deep.
//
// The same pass keeps at most maxAttributes attributes per tag (gumbo compares every attribute with
// all earlier ones of its element, so one element with 300,000 attributes took minutes): the rest of
// the tag's attributes are removed. `report`, when given, counts what was changed.
struct NestingReport
{
    qint64 elementsWithAttributesDropped = 0;
};
QByteArray limitNesting(QByteArray html, int maxDepth, int maxAttributes = std::numeric_limits<int>::max() - 1,
                        NestingReport *report = nullptr);

} // namespace offprint::html
