#pragma once

namespace offprint::gui {

class MainWindow;

// `offprint --benchmark-bulk`: on the window's library, selects every article and runs mark read,
// star, tag, delete and Mark All as Read, each followed by its undo, as the window does them (large
// ones on the worker thread). A heartbeat timer on the window's thread measures the longest time the
// thread did not answer. Prints one line
// "benchmark-bulk: rows=N max-gap-ms=X <step>-ms=T <step>-gap-ms=G ..." (T: from the step's start
// until the window is idle again with its list updated; each step is also printed as it ends, as
// "benchmark-bulk-step: ...") and quits. Used by `offprint-cli bench bulk`.
void runBulkBenchmark(MainWindow &window);

} // namespace offprint::gui
