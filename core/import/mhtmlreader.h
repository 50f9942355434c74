#pragma once

#include "common/result.h"
#include "import/savedpage.h"

namespace offprint::import {

// Reads an MHTML/MHT archive with GMime: the first text/html part is the document, the other
// parts become resources by Content-Location and cid:. Header metadata: Snapshot-Content-Location
// (or the document part's Content-Location), Subject (RFC 2047), Date. Thread-safe.
Result<SavedPage> readMhtml(const QByteArray &bytes, const QString &path);

} // namespace offprint::import
