// Commands that read saved pages: import, extract, reimport, reextract.
#include "articlejson.h"
#include "cli.h"

#include "import/collect.h"
#include "import/exportimport.h"
#include "import/exportimport_content.h"
#include "import/importer.h"
#include "import/reextract.h"
#include "import/prepare.h"
#include "readers/exportformats.h"
#include "render/articlehtml.h"
#include "storage/articlerepository.h"
#include "storage/library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

#include <unistd.h>

namespace offprint::cli {

namespace {

QString outcomeLine(const import::ImportOutcome &o)
{
    using Kind = import::ImportOutcome::Kind;
    switch (o.kind) {
    case Kind::Imported:
        return QStringLiteral("imported #%1: %2").arg(o.id).arg(o.file);
    case Kind::Updated:
        return QStringLiteral("updated #%1: %2").arg(o.id).arg(o.file);
    case Kind::Filled:
        return QStringLiteral("filled #%1: %2").arg(o.id).arg(o.file);
    case Kind::Duplicate:
        return QStringLiteral("duplicate of #%1: %2").arg(o.id).arg(o.file);
    case Kind::Skipped:
        return QStringLiteral("skipped: %1: %2").arg(o.file, o.reason);
    case Kind::Failed:
        break;
    }
    return QStringLiteral("failed: %1: %2").arg(o.file, o.reason);
}

// Progress on a terminal: one rewritten status line on stderr (count, rate, ETA).
class ProgressMeter
{
public:
    explicit ProgressMeter(int total, QString unit = QStringLiteral("files"))
        : m_total(total), m_unit(std::move(unit)), m_tty(isatty(STDERR_FILENO))
    {
        m_timer.start();
    }

    void update(int done)
    {
        if (!m_tty || m_total < 2)
            return;
        const double seconds = m_timer.elapsed() / 1000.0;
        const double rate = seconds > 0 ? done / seconds : 0;
        const int eta = rate > 0 ? int((m_total - done) / rate) : 0;
        err() << QStringLiteral("\r\x1b[K%1/%2  %3 %4/s  ETA %5:%6")
                     .arg(done)
                     .arg(m_total)
                     .arg(rate, 0, 'f', 1)
                     .arg(m_unit)
                     .arg(eta / 60)
                     .arg(eta % 60, 2, 10, QLatin1Char('0'));
        err().flush();
    }
    void finish()
    {
        if (m_tty && m_total >= 2) {
            err() << "\r\x1b[K";
            err().flush();
        }
    }
    double seconds() const { return m_timer.elapsed() / 1000.0; }

private:
    int m_total;
    QString m_unit;
    bool m_tty;
    QElapsedTimer m_timer;
};

QString reextractLine(const import::ReextractOutcome &o)
{
    using Kind = import::ReextractOutcome::Kind;
    switch (o.kind) {
    case Kind::Reextracted:
        return QStringLiteral("reextracted #%1").arg(o.id);
    case Kind::Unchanged:
        return QStringLiteral("unchanged #%1").arg(o.id);
    case Kind::Failed:
        break;
    }
    return QStringLiteral("failed: #%1: %2").arg(o.id).arg(o.reason);
}

} // namespace

int cmdImport(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("update")}, {QStringLiteral("threads"), QStringLiteral("encoding")});
    if (!opts.ok())
        return usageError(opts.error());
    if (opts.positionals().isEmpty())
        return usageError(QStringLiteral("usage: import PATH... [--update] [--threads N]"));
    import::ImportOptions options;
    options.update = opts.flag(QStringLiteral("update"));
    options.threads = opts.value(QStringLiteral("threads"), QStringLiteral("0")).toInt();
    options.prepare.forcedEncoding = opts.value(QStringLiteral("encoding"));

    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;

    // Paths named on the command line must be importable; unknown files found inside folders are skipped.
    QSet<QString> explicitFiles;
    for (const QString &path : opts.positionals())
        explicitFiles.insert(QFileInfo(path).absoluteFilePath());

    QElapsedTimer elapsed; // the whole command: pages and exports
    elapsed.start();
    const import::FileList list = import::collectFiles(opts.positionals());
    int imported = 0, duplicates = 0, failed = 0, skipped = 0, updated = 0, filled = 0;
    for (import::ImportOutcome outcome : list.skipped) {
        if (explicitFiles.contains(QFileInfo(outcome.file).absoluteFilePath()))
            outcome.kind = import::ImportOutcome::Kind::Failed;
        outcome.kind == import::ImportOutcome::Kind::Failed ? ++failed : ++skipped;
        out() << outcomeLine(outcome) << "\n";
    }
    out().flush();

    ProgressMeter meter(int(list.files.size()));
    const auto progress = [&](const import::ImportOutcome &outcome, int done, int) {
        using Kind = import::ImportOutcome::Kind;
        switch (outcome.kind) {
        case Kind::Imported: ++imported; break;
        case Kind::Updated: ++updated; break;
        case Kind::Filled: ++filled; break;
        case Kind::Duplicate: ++duplicates; break;
        case Kind::Skipped: ++skipped; break;
        case Kind::Failed: ++failed; break;
        }
        meter.finish();
        out() << outcomeLine(outcome) << "\n";
        for (const QString &warning : outcome.warnings)
            out() << "  warning: " << warning << "\n";
        out().flush();
        meter.update(done);
    };
    if (!list.files.isEmpty())
        import::importFiles(*library, list.files, options, progress);
    meter.finish();

    // Other readers' exports (Pocket, Instapaper, bookmarks): one outcome line per record, then the
    // export's own summary.
    for (const QString &file : list.exports) {
        // Bad rows are reported (and make the exit status 1) while the rest is imported.
        const import::ExportImport result = import::importExport(*library, file, [&](const import::ImportOutcome &o, int, int) {
            using Kind = import::ImportOutcome::Kind;
            switch (o.kind) {
            case Kind::Imported: ++imported; break;
            case Kind::Updated: ++updated; break;
            case Kind::Filled: ++filled; break;
            case Kind::Duplicate: ++duplicates; break;
            case Kind::Skipped: ++skipped; break;
            case Kind::Failed: ++failed; break;
            }
            out() << outcomeLine(o) << "\n";
        });
        out() << result.summary.line() << "\n";
        out().flush();
    }

    out() << QStringLiteral("%1 imported, %2 updated, %3 filled, %4 duplicates, %5 failed, %6 skipped (%7 s)")
                 .arg(imported)
                 .arg(updated)
                 .arg(filled)
                 .arg(duplicates)
                 .arg(failed)
                 .arg(skipped)
                 .arg(elapsed.elapsed() / 1000.0, 0, 'f', 1)
          << "\n";
    return failed > 0 ? InputFailed : Success;
}

int cmdExtract(const Invocation &inv)
{
    const Options opts(inv.args, {}, {QStringLiteral("format"), QStringLiteral("encoding")});
    if (!opts.ok())
        return usageError(opts.error());
    if (opts.positionals().size() != 1)
        return usageError(QStringLiteral("usage: extract FILE [--format markdown|html|text|json]"));
    const QString format = opts.value(QStringLiteral("format"), QStringLiteral("markdown"));
    static const QStringList formats = {QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("text"),
                                        QStringLiteral("json")};
    if (!formats.contains(format))
        return usageError(QStringLiteral("unknown format '%1' (markdown, html, text or json)").arg(format));

    import::PrepareOptions options;
    options.forcedEncoding = opts.value(QStringLiteral("encoding"));
    const auto prepared = import::prepareFile(opts.positionals().first(), options);
    if (!prepared) {
        err() << "failed: " << prepared.errorMessage() << "\n";
        return InputFailed;
    }
    const Article &a = prepared->article;
    if (format == QLatin1String("markdown")) {
        out() << a.markdown;
        if (!a.markdown.endsWith(QLatin1Char('\n')))
            out() << "\n";
    } else if (format == QLatin1String("html")) {
        out() << render::articleHtml(a);
    } else if (format == QLatin1String("text")) {
        out() << prepared->text << "\n";
    } else {
        QJsonObject obj;
        obj.insert(QStringLiteral("title"), a.meta.title);
        obj.insert(QStringLiteral("author"), a.meta.author);
        obj.insert(QStringLiteral("site"), a.meta.siteName);
        obj.insert(QStringLiteral("url"), a.meta.url);
        obj.insert(QStringLiteral("canonical_url"), a.meta.canonicalUrl);
        obj.insert(QStringLiteral("published"), dateToJson(a.meta.published));
        obj.insert(QStringLiteral("saved"), dateToJson(a.saved));
        obj.insert(QStringLiteral("lang"), a.meta.language);
        obj.insert(QStringLiteral("excerpt"), a.meta.excerpt);
        obj.insert(QStringLiteral("lead_image"), a.meta.leadImage);
        obj.insert(QStringLiteral("format"), a.sourceFormat);
        obj.insert(QStringLiteral("encoding"), a.encoding);
        obj.insert(QStringLiteral("confidence"), a.confidence);
        obj.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
        obj.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(prepared->warnings));
        obj.insert(QStringLiteral("text"), prepared->text);
        obj.insert(QStringLiteral("markdown"), a.markdown);
        printJson(obj);
    }
    return Success;
}

int cmdReimport(const Invocation &inv)
{
    const Options opts(inv.args, {}, {QStringLiteral("encoding")});
    if (!opts.ok())
        return usageError(opts.error());
    if (opts.positionals().size() != 1 || parseId(opts.positionals().first()) == 0)
        return usageError(QStringLiteral("usage: reimport ID [--encoding NAME|auto]"));
    const ArticleId id = parseId(opts.positionals().first());
    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;
    import::PrepareOptions options;
    options.forcedEncoding = opts.value(QStringLiteral("encoding"));
    const Result<void> result = import::reimport(*library, id, options);
    if (!result) {
        err() << "failed: #" << id << ": " << result.errorMessage() << "\n";
        return InputFailed;
    }
    out() << "reimported #" << id << "\n";
    return Success;
}

int cmdReextract(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("all")}, {QStringLiteral("threads")});
    if (!opts.ok())
        return usageError(opts.error());
    const QString usage = QStringLiteral("usage: reextract [ID...] [--all] [--threads N]");
    QList<ArticleId> ids;
    for (const QString &arg : opts.positionals()) {
        const ArticleId id = parseId(arg);
        if (id == 0)
            return usageError(usage);
        ids.append(id);
    }
    const bool all = opts.flag(QStringLiteral("all"));
    if (all && !ids.isEmpty())
        return usageError(usage);
    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;
    if (all) {
        ids = library->articles().ids({});
        std::sort(ids.begin(), ids.end());
    } else if (ids.isEmpty()) {
        ids = import::outdatedArticles(*library); // made by an older extractor
    }

    import::ReextractOptions options;
    options.threads = opts.value(QStringLiteral("threads"), QStringLiteral("0")).toInt();
    int reextracted = 0, unchanged = 0, failed = 0;
    ProgressMeter meter(int(ids.size()), QStringLiteral("articles"));
    const auto progress = [&](const import::ReextractOutcome &outcome, int done, int) {
        using Kind = import::ReextractOutcome::Kind;
        switch (outcome.kind) {
        case Kind::Reextracted: ++reextracted; break;
        case Kind::Unchanged: ++unchanged; break;
        case Kind::Failed: ++failed; break;
        }
        meter.finish();
        out() << reextractLine(outcome) << "\n";
        out().flush();
        meter.update(done);
    };
    import::reextractArticles(*library, ids, options, progress);
    meter.finish();
    out() << QStringLiteral("%1 reextracted, %2 unchanged, %3 failed (%4 s)")
                 .arg(reextracted)
                 .arg(unchanged)
                 .arg(failed)
                 .arg(meter.seconds(), 0, 'f', 1)
          << "\n";
    return failed > 0 ? InputFailed : Success;
}

} // namespace offprint::cli
