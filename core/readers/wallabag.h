#pragma once

#include "readers/exportformats.h"

// Wallabag's JSON export (Export → JSON): an array of entries as src/Entity/Entry.php serialises
// them with the "export_all" group: id, title, url, is_archived, is_starred, created_at,
// published_at, published_by, language, domain_name, tags (labels), content (the clean article
// HTML) and annotations (quote, text = the note, ranges, created_at, updated_at).
namespace offprint::readers {

bool matchesWallabag(const ExportProbe &probe);
Result<ExportContents> readWallabag(const QString &path);
// The same from bytes; `label` names the file in messages.
ExportContents readWallabagData(const QByteArray &data, const QString &label);

} // namespace offprint::readers
