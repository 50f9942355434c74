#include "import/pagereader.h"

#include "import/mhtmlreader.h"
#include "import/pagecomments.h"
#include "import/singlefilezip.h"
#include "import/webarchivereader.h"

#include <QDir>
#include <QFileInfo>

namespace offprint::import {

Result<SavedPage> readSavedPage(const QByteArray &bytes, const QString &path, Format format, bool allowFolder)
{
    if (format == Format::Mhtml)
        return readMhtml(bytes, path);
    if (format == Format::WebArchive)
        return readWebArchive(bytes, path);
    if (format == Format::Zip || (format != Format::Markdown && isSelfExtractingSingleFile(bytes)))
        return readSingleFileZip(bytes, path);

    SavedPage page;
    page.format = format;
    page.html = bytes;
    if (format == Format::SingleFile || !allowFolder || path.isEmpty())
        return page;

    const QFileInfo info(path);
    page.pageFolder = info.absolutePath();
    // Chromium names the folder after the file without its last extension (save_package.cc).
    const QString filesFolder = info.completeBaseName() + QStringLiteral("_files");
    const bool folderExists = QFileInfo(QDir(page.pageFolder).filePath(filesFolder)).isDir();
    if (format == Format::Html && folderExists)
        page.format = Format::Complete;
    if (page.format == Format::Complete && !folderExists && bytes.contains("_files/"))
        page.filesFolderMissing = true;
    return page;
}

void applyPageComments(SavedPage &page, const QString &html)
{
    if (page.format == Format::SingleFile) {
        const SingleFileHeader header = singleFileHeader(html);
        if (page.url.isEmpty())
            page.url = header.url;
        if (!page.saved.isValid())
            page.saved = header.saved;
    }
    if (page.url.isEmpty())
        page.url = savedFromUrl(html);
}

} // namespace offprint::import
