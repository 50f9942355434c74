// backup FILE: the whole library in one ZIP (export/backup.h). restore FILE --library DIR: checks the
// archive completely, then writes the library into DIR (which must be new or empty).
#include "cli.h"

#include "export/backup.h"
#include "storage/library.h"

namespace offprint::cli {

int cmdBackup(const Invocation &inv)
{
    const Options opts(inv.args, {}, {});
    if (!opts.ok())
        return usageError(opts.error());
    if (opts.positionals().size() != 1)
        return usageError(QStringLiteral("usage: backup FILE"));
    auto library = openLibrary(inv);
    if (!library)
        return InputFailed;
    const QString path = opts.positionals().first();
    auto report = exporting::backupLibrary(*library, path);
    if (!report) {
        err() << "offprint-cli: " << report.errorMessage() << "\n";
        return InputFailed;
    }
    out() << "backed up " << report->files << " file(s), " << report->bytes << " bytes: " << path << "\n";
    return Success;
}

int cmdRestore(const Invocation &inv)
{
    const Options opts(inv.args, {}, {});
    if (!opts.ok())
        return usageError(opts.error());
    if (opts.positionals().size() != 1 || inv.libraryDir.isEmpty())
        return usageError(QStringLiteral("usage: restore FILE --library DIR (a new or empty folder)"));
    const QString path = opts.positionals().first();
    auto report = exporting::restoreLibrary(path, inv.libraryDir);
    if (!report) {
        err() << "offprint-cli: " << report.errorMessage() << "\n";
        return InputFailed;
    }
    out() << "restored " << report->files << " file(s), " << report->bytes << " bytes: " << inv.libraryDir << "\n";
    return Success;
}

} // namespace offprint::cli
