#pragma once

#include "common/result.h"
#include "import/savedpage.h"

namespace offprint::import {

// Reads a Safari .webarchive (binary plist) with libplist: WebMainResource is the document
// (WebResourceData, WebResourceTextEncodingName, WebResourceURL); WebSubresources and the
// resources of WebSubframeArchives become resources by URL.
Result<SavedPage> readWebArchive(const QByteArray &bytes, const QString &path);

} // namespace offprint::import
