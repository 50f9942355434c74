#include "samples.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace offprint::gui {

QList<import::ImportOutcome> seedSamples(storage::Library &library)
{
    QTemporaryDir temp;
    if (!temp.isValid())
        return {};
    QStringList files;
    QDirIterator it(QStringLiteral(":/samples"), {QStringLiteral("*.html")}, QDir::Files);
    while (it.hasNext()) {
        const QString resource = it.next();
        const QString target = temp.filePath(QFileInfo(resource).fileName());
        if (QFile::copy(resource, target)) {
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            files << target;
        }
    }
    files.sort();
    if (files.isEmpty())
        return {};
    import::ImportOptions options;
    options.threads = 1;
    return import::importFiles(library, files, options);
}

} // namespace offprint::gui
