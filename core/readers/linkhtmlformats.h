#pragma once

#include "common/result.h"
#include "readers/exportformats.h"

// The HTML link exports, read with the tokenizer of linkhtml.h:
// - Pocket's ril_export.html (until 2024): <h1>Unread</h1> and <h1>Read Archive</h1>, each followed
//   by a list of <a href time_added tags="a,b">title</a>.
// - Netscape bookmark files (browsers, Shaarli, Pinboard): <DT><A HREF ADD_DATE TAGS="a,b">title</A>,
//   an optional <DD> description, folders as <DT><H3>name</H3><DL>…</DL>. Every folder on the way
//   becomes a tag, except the browser's own roots (bookmarks toolbar, other bookmarks).
namespace offprint::readers {

bool looksLikePocketHtml(const ExportProbe &probe);
Result<ExportContents> readPocketHtml(const QString &path);
void readPocketHtmlData(const QByteArray &data, const QString &origin, ExportContents &contents);

bool looksLikeBookmarks(const ExportProbe &probe);
Result<ExportContents> readBookmarks(const QString &path);
void readBookmarksData(const QByteArray &data, const QString &origin, ExportContents &contents);

} // namespace offprint::readers
