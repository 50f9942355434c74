#pragma once

#include <QStringList>

namespace offprint::gui {

// `offprint --benchmark-html FILE` (repeatable): shows each file, a sanitised original page
// (html::sanitizedHtml), in a real reader view and times QTextDocument::setHtml plus the full layout,
// $OFFPRINT_BENCH_ROUNDS times (default 5). Prints one line per file,
// "benchmark-html: file=NAME chars=N median-ms=X cpu-ms=C max-ms=Y", and returns the exit code. Used by
// `offprint-cli bench original`.
int runHtmlBenchmark(const QStringList &files);

} // namespace offprint::gui
