#pragma once

#include <QByteArray>
#include <QString>

namespace offprint::import {

// Checks a binary property list ("bplist00") before it is handed to libplist, whose parser is
// recursive (a 100,000-level nesting overflows the stack) and copies an object once for every
// reference to it (a table of shared references expands exponentially). The object table is walked
// with an explicit stack, expanding references as libplist will, and the walk stops at the first
// budget exceeded: nesting depth (limits::kMaxPlistDepth), objects after expansion
// (limits::kMaxPlistItems), bytes of data and strings after expansion (limits::kMaxPlistExpandedBytes).
// Linear in the objects visited, which the item budget bounds. Returns an empty string when the list
// is within budget, else the reason, naming the limit (or the damage, for a trailer that does not fit
// the file; other damage, such as references out of range, is left to libplist, which refuses it).
QString checkBinaryPlist(const QByteArray &bytes);

} // namespace offprint::import
