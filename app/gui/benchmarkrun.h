#pragma once

#include <QElapsedTimer>

namespace offprint::gui {

class MainWindow;

// `offprint --benchmark`: measures the real window on its library, prints one line
// "benchmark: first-paint-ms=N view-switch-ms=N open-article-ms=N scroll-ms=N scroll-peak-rss-kb=N rows=N cached-pages=N star-toggle-ms=N"
// to stdout and quits. Used by `offprint-cli bench startup`.
void runBenchmark(MainWindow &window, const QElapsedTimer &sinceStart);

} // namespace offprint::gui
