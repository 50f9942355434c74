#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace offprint::storage {
class Library;
}

namespace offprint::cli {

// Exit codes of the offprint-cli contract.
enum ExitCode { Success = 0, InputFailed = 1, UsageError = 2 };

// Arguments of one command after the command name, with the global --library option taken out.
struct Invocation
{
    QString command;
    QStringList args;   // the command's own arguments and options
    QString libraryDir; // from --library, empty: default
};

QTextStream &out();
QTextStream &err();

// Opens the library named by --library / OFFPRINT_LIBRARY / the default; prints the error and returns
// null when it cannot be opened, or (Access::Write) when it is read-only: commands that change the
// library say so before doing anything.
enum class Access { Read, Write };
std::unique_ptr<storage::Library> openLibrary(const Invocation &inv, Access access = Access::Read);

// A tiny option parser per command: knows flags, options with a value, and positionals. Unknown options
// are usage errors.
class Options
{
public:
    Options(const QStringList &args, const QStringList &flags, const QStringList &valued);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    bool has(const QString &name) const { return m_values.contains(name); }
    const QStringList &positionals() const { return m_positionals; }

private:
    QStringList m_flags;
    QHash<QString, QString> m_values;
    QStringList m_positionals;
    QString m_error;
};

int usageError(const QString &message);

// Commands (each in its own file by area).
int cmdImport(const Invocation &inv);
int cmdExtract(const Invocation &inv);
int cmdReimport(const Invocation &inv);
int cmdReextract(const Invocation &inv);
int cmdWatch(const Invocation &inv);
int cmdList(const Invocation &inv);
int cmdShow(const Invocation &inv);
int cmdState(const Invocation &inv); // star, unstar, read, unread, delete
int cmdTag(const Invocation &inv);   // tag, untag
int cmdTags(const Invocation &inv);
int cmdGc(const Invocation &inv);
int cmdSearch(const Invocation &inv);
int cmdExport(const Invocation &inv);
int cmdHighlight(const Invocation &inv);
int cmdHighlights(const Invocation &inv);
int cmdUnhighlight(const Invocation &inv);
int cmdHighlightNote(const Invocation &inv);
int cmdNote(const Invocation &inv);
int cmdSegment(const Invocation &inv);
int cmdBench(const Invocation &inv);
int cmdBackup(const Invocation &inv);
int cmdRestore(const Invocation &inv);

} // namespace offprint::cli
