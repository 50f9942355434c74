#pragma once

#include "common/result.h"
#include "import/savedpage.h"

#include <QByteArray>
#include <QString>

namespace offprint::import {

// Reads the container of an HTML-bearing format (HTML, complete page, SingleFile, MHTML,
// webarchive) into a SavedPage. For files on disk, `path` locates the page's own folder;
// `allowFolder` false keeps the page from reading any file (reimport from a stored original).
Result<SavedPage> readSavedPage(const QByteArray &bytes, const QString &path, Format format, bool allowFolder);

// Fills url/saved from the comments savers write into the decoded document (Chrome's saved-from
// comment, SingleFile's header) when the container did not provide them.
void applyPageComments(SavedPage &page, const QString &html);

} // namespace offprint::import
