#pragma once

#include "common/result.h"
#include "readers/exportformats.h"

// Pocket's export since 2024: a ZIP of part_000000.csv, part_000001.csv, … (10,000 rows each) with
// the columns title,url,time_added,tags,status — tags joined by '|', status `unread` or `archive`.
// A lone part CSV (unzipped by the user) is read too.
namespace offprint::readers {

bool looksLikePocketCsv(const ExportProbe &probe);
Result<ExportContents> readPocketCsv(const QString &path);

// The records of one CSV file's data; `origin` names it in messages ("pocket.zip: part_000000.csv").
void readPocketCsvData(const QByteArray &data, const QString &origin, ExportContents &contents);

} // namespace offprint::readers
