#pragma once

#include "common/result.h"
#include "readers/exportrecord.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace offprint::readers {

// What detection looks at: the start of the file and, for a ZIP, its entry names.
struct ExportProbe
{
    QString path;
    QByteArray head;        // first 64 KB
    QStringList zipEntries; // empty when the file is not a ZIP
};

// One format of another reader's export. `matches` decides by content (never by file name alone);
// `read` reads the whole file.
struct ExportFormat
{
    const char *name; // "Wallabag JSON"
    bool (*matches)(const ExportProbe &probe);
    Result<ExportContents> (*read)(const QString &path);
};

// The formats Offprint reads, in the order they are tried (registry in exportformats.cpp).
const QList<ExportFormat> &exportFormats();

// The probe of a file (reads its head, lists a ZIP's entries); fails when the file cannot be read.
Result<ExportProbe> probeExport(const QString &path);

// The format of this file, or nullptr when it is not another reader's export.
const ExportFormat *detectExport(const ExportProbe &probe);

} // namespace offprint::readers
