#pragma once

#include "html/node.h"

#include <QString>

namespace offprint::html {

// The best source of an <img> (or <source>/<picture>) as written in the page, before URL resolution:
// lazy-loading attributes first (data-src, data-original, data-actualsrc, data-lazy-src, ...),
// then the widest/densest srcset candidate, then src. Placeholders (1x1 gifs, "loading"/"blank"
// images, tiny data: URIs) count as no source. Empty when the element has no usable source.
QString bestImageSource(Node img);

// True when `src` (raw or absolute) names a placeholder rather than the picture itself.
bool isPlaceholderImageSource(const QString &src);

// Picks the best candidate of a srcset attribute value (largest w, else largest x, else first).
QString bestSrcsetCandidate(const QString &srcset);

} // namespace offprint::html
