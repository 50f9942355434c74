#pragma once

#include <QSet>
#include <QString>

#include <functional>

namespace offprint::exporting {

// Rewrites the source of an <img> (a library path such as "blobs/ab/….png") to the path the image
// gets in the output, or returns an empty string to leave the image out (its alt text stays).
using ImageMapper = std::function<QString(const QString &source)>;

// The HTML fragment (what render::headerHtml and render::bodyHtml write) as well-formed XHTML
// for an EPUB content document: parsed by gumbo like a browser would, then written back with every
// element closed (void elements as <br/>), only the five XML entities (&nbsp; and the rest become
// characters), attribute values quoted and escaped, characters XML forbids dropped, ids made valid
// XML names (an id that does not start with a letter gets an "id-" prefix, links to it follow),
// the obsolete align attribute turned into a style, and each image passed through `images`.
QString fragmentToXhtml(const QString &html, const ImageMapper &images);

// Text escaped for XML content and attribute values (& < > " and the characters XML forbids).
QString xmlEscaped(const QString &text);

} // namespace offprint::exporting
