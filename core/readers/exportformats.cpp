#include "readers/exportformats.h"

#include "archive/zipreader.h"
#include "readers/instapaper.h"
#include "readers/linkhtmlformats.h"
#include "readers/pocketcsv.h"
#include "readers/omnivore.h"
#include "readers/readeck.h"
#include "readers/wallabag.h"

#include <QFile>

namespace offprint::readers {

const QList<ExportFormat> &exportFormats()
{
    // One line per format; ZIP formats look at entry names, the others at the head.
    static const QList<ExportFormat> formats = {
        {"Pocket CSV", looksLikePocketCsv, readPocketCsv},
        {"Instapaper CSV", looksLikeInstapaperCsv, readInstapaperCsv},
        {"Pocket HTML", looksLikePocketHtml, readPocketHtml},
        {"Netscape bookmarks", looksLikeBookmarks, readBookmarks},
        {"Wallabag JSON", &matchesWallabag, &readWallabag},
        {"Omnivore ZIP", &matchesOmnivore, &readOmnivore},
        {"Readeck ZIP", &matchesReadeck, &readReadeck},
    };
    return formats;
}

Result<ExportProbe> probeExport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
    ExportProbe probe;
    probe.path = path;
    probe.head = file.read(64 * 1024);
    if (archive::looksLikeZip(probe.head)) {
        file.close();
        auto zip = archive::ZipReader::openFile(path);
        if (!zip.ok())
            return zip.error();
        for (const archive::ZipEntry &entry : zip->entries())
            probe.zipEntries.append(entry.name);
    }
    return probe;
}

const ExportFormat *detectExport(const ExportProbe &probe)
{
    for (const ExportFormat &format : exportFormats()) {
        if (format.matches(probe))
            return &format;
    }
    return nullptr;
}

} // namespace offprint::readers
