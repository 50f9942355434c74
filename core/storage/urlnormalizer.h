#pragma once

#include <QString>

namespace offprint::storage {

// The key under which articles are matched as "the same page" (duplicate detection on import):
// lower-case scheme and host, no default port, no fragment (except "#!"/"#/" app routes), no trailing
// slash, no tracking parameters (utm_*, spm, from, fbclid, gclid, WeChat share parameters, ...),
// remaining parameters sorted. Input that is not an absolute URL comes back trimmed; empty stays empty.
QString normalizeUrl(const QString &url);

} // namespace offprint::storage
