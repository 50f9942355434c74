#pragma once

#include "common/result.h"
#include "readers/exportformats.h"

// Instapaper's CSV export: URL,Title,Selection,Folder[,Timestamp,Tags]. Folder is Unread, Archive
// (read), Starred, or a folder of the user's (kept as a tag). Selection is the text the user
// selected when saving (kept as the entry's description). Tags: a JSON array or a comma list.
namespace offprint::readers {

bool looksLikeInstapaperCsv(const ExportProbe &probe);
Result<ExportContents> readInstapaperCsv(const QString &path);
void readInstapaperCsvData(const QByteArray &data, const QString &origin, ExportContents &contents);

} // namespace offprint::readers
