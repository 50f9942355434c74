#pragma once

#include "readers/exportformats.h"

#include <QList>

// Omnivore's export ZIP (packages/api/src/jobs/export.ts): metadata_<from>_to_<to>.json arrays
// (id, slug, title, description, author, url, state, readingProgress 0..100, labels, savedAt,
// publishedAt), content/<slug>.html (the readable article) and highlights/<slug>.md (each
// highlight a "> quote" block, then its labels and note, blocks separated by blank lines).
namespace offprint::readers {

bool matchesOmnivore(const ExportProbe &probe);
Result<ExportContents> readOmnivore(const QString &path);

// The highlights of one highlights/<slug>.md; notes written without a passage go to `itemNote`.
QList<ExportHighlight> parseOmnivoreHighlights(const QString &markdown, QString *itemNote);

} // namespace offprint::readers
