#pragma once

#include "common/result.h"
#include "import/savedpage.h"

#include <QByteArray>
#include <QString>

// Compressed SingleFile pages (single-file-core processors/compression/compression.js): a ZIP
// holding index.html (the page, its resources referred to by their names in the archive),
// manifest.json (originalUrl, title, archiveTime, indexFilename, resources: name → original URL)
// and the resources (images/0.png, …), sometimes under one root folder; saved either as a .zip or
// as a self-extracting .zip.html: a small HTML page (<html data-sfz>) followed by the ZIP bytes
// inside a comment (or <noscript>, <xmp>, …) and the closing tags.
namespace offprint::import {

// True when the start of an HTML file marks a self-extracting SingleFile page.
bool isSelfExtractingSingleFile(const QByteArray &head);

// True when the file is a ZIP archive holding a SingleFile page (index.html at its root or in its
// one root folder); opens the archive's directory only.
bool isSingleFileZip(const QString &path);

// The page inside a compressed SingleFile file (.zip or .zip.html) with its resources; format
// SingleFile. Fails, naming `path`, when there is no ZIP or no page inside.
Result<SavedPage> readSingleFileZip(const QByteArray &bytes, const QString &path);

} // namespace offprint::import
