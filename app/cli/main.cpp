// offprint-cli: the command line of Offprint. The command names, options, output lines and JSON
// shapes are a contract used by outside checks (README "Command line"); keep them.
#include "cli.h"

#include "storage/library.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cstdio>
#include <functional>

#include <unistd.h>

namespace offprint::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "offprint-cli: " << message << "\n"
          << "Try 'offprint-cli help' for the list of commands.\n";
    err().flush();
    return UsageError;
}

Options::Options(const QStringList &args, const QStringList &flags, const QStringList &valued)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            m_positionals << args.mid(i + 1);
            break;
        }
        if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            QString name = arg.mid(2);
            QString inlineValue;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (flags.contains(name) && eq < 0) {
                m_flags << name;
            } else if (valued.contains(name)) {
                if (eq >= 0) {
                    m_values.insert(name, inlineValue);
                } else if (i + 1 < args.size()) {
                    m_values.insert(name, args.at(++i));
                } else {
                    m_error = QStringLiteral("option --%1 needs a value").arg(name);
                    return;
                }
            } else {
                m_error = QStringLiteral("unknown option --%1").arg(name);
                return;
            }
        } else {
            m_positionals << arg;
        }
    }
}

std::unique_ptr<storage::Library> openLibrary(const Invocation &inv, Access access)
{
    const QString folder = inv.libraryDir.isEmpty() ? storage::Library::defaultFolder() : inv.libraryDir;
    // An upgrade that rebuilds the search index takes minutes on a large library: say so on a terminal.
    if (isatty(STDERR_FILENO)) {
        storage::Library::setIndexProgressHandler([](qint64 done, qint64 total) {
            err() << "\roffprint-cli: rebuilding the search index: " << done << "/" << total << " articles"
                  << (done >= total ? "\n" : "");
            err().flush();
        });
    }
    auto library = storage::Library::open(folder);
    if (!library) {
        err() << "offprint-cli: " << library.errorMessage() << "\n";
        err().flush();
        return nullptr;
    }
    if (access == Access::Write && (*library)->isReadOnly()) {
        err() << "offprint-cli: " << (*library)->readOnlyError().message() << "\n";
        err().flush();
        return nullptr;
    }
    return std::move(library.value());
}

static void printHelp()
{
    out() << "Usage: offprint-cli [--library DIR] COMMAND [ARGS...]\n\n"
             "Commands:\n"
             "  import PATH... [--update] [--threads N]   import saved pages (files or folders)\n"
             "  list [--unread|--read] [--starred] [--tag NAME] [--json]\n"
             "  show ID [--format markdown|html|text|json]\n"
             "  extract FILE [--format markdown|html|text|json] [--encoding NAME]\n"
             "  reimport ID [--encoding NAME|auto]        re-extract from the stored original\n"
             "  reextract [ID...] [--all] [--threads N]   re-extract what an older extractor made\n"
             "  search QUERY [--limit N] [--json]\n"
             "  tag ID NAME... | untag ID NAME...\n"
             "  star ID | unstar ID | read ID | unread ID | delete ID\n"
             "  tags [--json]                             tag names with counts\n"
             "  export ID...|--all|--tag NAME|--search QUERY --format markdown|html|json --output DIR\n"
             "  export ID...|--all|--tag NAME|--search QUERY --format epub --output FILE.epub\n"
             "  backup FILE                               the whole library in one ZIP (with SHA-256 manifest)\n"
             "  restore FILE --library DIR                check a backup, then restore it into a new folder\n"
             "  highlight ID --quote TEXT [--occurrence N] [--note TEXT] [--color yellow|green|blue|pink|purple]\n"
             "  highlights [ID] [--orphaned] [--json]      highlights, newest first (of one article: in text order)\n"
             "  unhighlight HID | highlight-note HID TEXT  remove a highlight | set its note (empty TEXT clears)\n"
             "  note ID [TEXT]                            show or set the article's note (empty TEXT clears)\n"
             "  segment                                   ICU word segmentation of stdin\n"
             "  watch DIR...                              import new saves as they appear\n"
             "  gc                                        delete stored files no article uses\n"
             "  bench [extract|import|reextract|search|startup|all] [options]\n\n"
             "The library folder is --library DIR, else $OFFPRINT_LIBRARY, else the default ("
          << storage::Library::defaultFolder() << ").\n";
}

} // namespace offprint::cli

int main(int argc, char *argv[])
{
    using namespace offprint::cli;
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Offprint"));
    QCoreApplication::setApplicationName(QStringLiteral("Offprint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OFFPRINT_VERSION));

    Invocation inv;
    QStringList rest = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < rest.size(); ++i) {
        const QString &arg = rest.at(i);
        if (arg == QLatin1String("--library")) {
            if (i + 1 >= rest.size())
                return usageError(QStringLiteral("option --library needs a folder"));
            inv.libraryDir = rest.at(i + 1);
            rest.remove(i, 2);
            --i;
        } else if (arg.startsWith(QLatin1String("--library="))) {
            inv.libraryDir = arg.mid(10);
            rest.remove(i);
            --i;
        }
    }
    if (rest.isEmpty())
        return usageError(QStringLiteral("no command given"));
    inv.command = rest.takeFirst();
    inv.args = rest;

    static const QHash<QString, std::function<int(const Invocation &)>> commands = {
        {QStringLiteral("import"), cmdImport},   {QStringLiteral("extract"), cmdExtract},
        {QStringLiteral("reimport"), cmdReimport}, {QStringLiteral("watch"), cmdWatch},
        {QStringLiteral("reextract"), cmdReextract},
        {QStringLiteral("list"), cmdList},       {QStringLiteral("show"), cmdShow},
        {QStringLiteral("star"), cmdState},      {QStringLiteral("unstar"), cmdState},
        {QStringLiteral("read"), cmdState},      {QStringLiteral("unread"), cmdState},
        {QStringLiteral("delete"), cmdState},    {QStringLiteral("tag"), cmdTag},
        {QStringLiteral("untag"), cmdTag},       {QStringLiteral("tags"), cmdTags},
        {QStringLiteral("search"), cmdSearch},   {QStringLiteral("export"), cmdExport},
        {QStringLiteral("segment"), cmdSegment}, {QStringLiteral("bench"), cmdBench},
        {QStringLiteral("gc"), cmdGc},
        {QStringLiteral("backup"), cmdBackup},   {QStringLiteral("restore"), cmdRestore},
        {QStringLiteral("highlight"), cmdHighlight}, {QStringLiteral("highlights"), cmdHighlights},
        {QStringLiteral("unhighlight"), cmdUnhighlight}, {QStringLiteral("highlight-note"), cmdHighlightNote},
        {QStringLiteral("note"), cmdNote},
    };
    if (inv.command == QLatin1String("help") || inv.command == QLatin1String("--help") || inv.command == QLatin1String("-h")) {
        printHelp();
        return Success;
    }
    if (inv.command == QLatin1String("--version")) {
        out() << "offprint-cli " << OFFPRINT_VERSION << "\n";
        return Success;
    }
    const auto it = commands.find(inv.command);
    if (it == commands.end())
        return usageError(QStringLiteral("unknown command '%1'").arg(inv.command));
    const int code = it.value()(inv);
    out().flush();
    err().flush();
    return code;
}
