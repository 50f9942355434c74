#pragma once

#include "readers/exportformats.h"

// Readeck's profile export ZIP (internal/portability/export.go): data.json (users, collections,
// the list of bookmarks) and per bookmark bookmarks/<uid>/info.json (the Bookmark record as Go's
// encoding/json writes it: UID, URL, Title, SiteName, Authors, Lang, Description, Created,
// Published, Labels, ReadProgress 0..100, IsArchived, IsMarked, Files, Annotations with
// start/end selectors, text, note, color, created) and bookmarks/<uid>/container/ (the bookmark's
// own archive: the article HTML, named by Files.article.name, usually index.html, and its images
// under _resources/, referred to as "./_resources/NAME").
namespace offprint::readers {

bool matchesReadeck(const ExportProbe &probe);
Result<ExportContents> readReadeck(const QString &path);

} // namespace offprint::readers
