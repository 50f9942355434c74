#include "import/exportimport.h"

#include "import/exportimport_content.h"
#include "import/samepage.h"
#include "import/storecontent.h"
#include "readers/exportformats.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/tagrepository.h"
#include "storage/writetransaction.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace offprint::import {

namespace {

ImportOutcome outcomeOf(ImportOutcome::Kind kind, const QString &file, const QString &reason = {})
{
    ImportOutcome o;
    o.kind = kind;
    o.file = file;
    o.reason = reason;
    return o;
}

// A reader's problem ("pocket.csv: line 12: no URL") as an outcome: the origin is the file, the rest
// the reason. Links that are no web address (bookmarklets, browser queries) are skipped, not failed.
ImportOutcome problemOutcome(const QString &problem, const QString &exportName)
{
    static const QRegularExpression located(QStringLiteral("^(.*?: line \\d+): (.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString file = exportName;
    QString reason = problem;
    if (const auto m = located.match(problem); m.hasMatch()) {
        file = m.captured(1);
        reason = m.captured(2);
    } else if (problem.startsWith(exportName + QStringLiteral(": "))) {
        reason = problem.mid(exportName.size() + 2);
    }
    const bool skip = reason.startsWith(QLatin1String("not a web address"));
    return outcomeOf(skip ? ImportOutcome::Kind::Skipped : ImportOutcome::Kind::Failed, file, reason);
}

QString siteOf(const QString &url)
{
    QString host = QUrl(url, QUrl::TolerantMode).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

Article linkArticle(const readers::ExportRecord &record, const QString &exportPath, const QString &format)
{
    Article a;
    a.linkOnly = true;
    a.meta.url = record.url.trimmed();
    a.meta.title = record.title.isEmpty() ? a.meta.url : record.title;
    a.meta.author = record.author;
    a.meta.siteName = record.siteName.isEmpty() ? siteOf(a.meta.url) : record.siteName;
    a.meta.language = record.language;
    a.meta.excerpt = record.description;
    a.meta.published = record.published;
    a.saved = record.saved;
    a.read = record.read;
    a.starred = record.starred;
    a.readingPosition = record.progress > 0 ? record.progress : 0;
    // What search reads for an entry without a body: its address and its description.
    a.text = record.description.isEmpty() ? a.meta.url : a.meta.url + u'\n' + record.description;
    a.sourceFile = exportPath;
    a.sourceFormat = format;
    a.extractorVersion = 0; // no page: nothing to re-extract
    a.tags = record.tags;
    return a;
}

// Merges what the record says into article `id` (already stored under the same normalised URL).
Result<void> mergeInto(storage::Library &library, ArticleId id, const readers::ExportRecord &record)
{
    if (!record.tags.isEmpty())
        if (auto r = library.tags().addTags(id, record.tags); !r)
            return r;
    if (auto r = library.articles().setSavedIfEarlier(id, record.saved); !r)
        return r;
    if (record.read || record.starred) {
        const QList<Article> rows = library.articles().getMany({id});
        if (record.read && !rows.isEmpty() && !rows.first().read)
            if (auto r = library.articles().setRead(id, true); !r)
                return r;
        if (record.starred && !rows.isEmpty() && !rows.first().starred)
            if (auto r = library.articles().setStarred(id, true); !r)
                return r;
    }
    return {};
}

ImportOutcome storeLink(storage::Library &library, const readers::ExportRecord &record, const QString &exportPath,
                        const QString &format)
{
    using Deleted = storage::ArticleRepository::Deleted;
    if (const auto existing = library.articles().findByUrl(record.url, Deleted::Include)) {
        const Result<bool> restored = restoreIfDeleted(library, *existing);
        if (!restored)
            return outcomeOf(ImportOutcome::Kind::Failed, record.origin, restored.errorMessage());
        if (auto r = mergeInto(library, *existing, record); !r)
            return outcomeOf(ImportOutcome::Kind::Failed, record.origin, r.errorMessage());
        ImportOutcome o = outcomeOf(*restored ? ImportOutcome::Kind::Imported : ImportOutcome::Kind::Duplicate,
                                    record.origin);
        o.id = *existing;
        o.restored = *restored;
        return o;
    }
    const Result<ArticleId> id = library.articles().insert(linkArticle(record, exportPath, format));
    if (!id)
        return outcomeOf(ImportOutcome::Kind::Failed, record.origin, id.errorMessage());
    ImportOutcome o = outcomeOf(ImportOutcome::Kind::Imported, record.origin);
    o.id = *id;
    return o;
}

void count(ExportSummary &summary, const ImportOutcome &o)
{
    switch (o.kind) {
    case ImportOutcome::Kind::Imported: ++summary.imported; break;
    case ImportOutcome::Kind::Duplicate:
    case ImportOutcome::Kind::Updated:
    case ImportOutcome::Kind::Filled: ++summary.merged; break;
    case ImportOutcome::Kind::Skipped: ++summary.skipped; break;
    case ImportOutcome::Kind::Failed: ++summary.failed; break;
    }
}

} // namespace

QString ExportSummary::line() const
{
    return QStringLiteral("imported %1, merged %2, skipped %3, failed %4 from %5 (%6)")
        .arg(imported)
        .arg(merged)
        .arg(skipped)
        .arg(failed)
        .arg(file, format);
}

ExportImport storeExportContents(storage::Library &library, const readers::ExportContents &contents,
                                 const QString &file, const ProgressCallback &progress,
                                 const std::atomic_bool *cancel)
{
    ExportImport result;
    result.summary.file = file;
    result.summary.format = contents.format;
    const QString exportName = QFileInfo(file).fileName();
    const QString exportPath = QFileInfo(file).absoluteFilePath();
    const int total = int(contents.problems.size() + contents.records.size());
    int done = 0;
    auto emitOutcome = [&](const ImportOutcome &o) {
        count(result.summary, o);
        result.outcomes.append(o);
        if (progress)
            progress(o, ++done, total);
    };
    for (const QString &problem : contents.problems)
        emitOutcome(problemOutcome(problem, exportName));

    // One transaction per batch: 10,000 links are 10 commits, not 10,000.
    QList<ImportOutcome> batch;
    std::optional<storage::WriteTransaction> transaction;
    auto finishBatch = [&]() {
        if (transaction) {
            if (auto committed = transaction->commit(); !committed) {
                for (ImportOutcome &o : batch) {
                    if (o.kind != ImportOutcome::Kind::Failed) {
                        o.kind = ImportOutcome::Kind::Failed;
                        o.reason = committed.errorMessage();
                        o.id = 0;
                    }
                }
            }
            transaction.reset();
        }
        for (const ImportOutcome &o : batch)
            emitOutcome(o);
        batch.clear();
    };
    for (const readers::ExportRecord &record : contents.records) {
        if (cancel && cancel->load())
            break;
        if (record.content != readers::ExportRecord::Content::None) {
            // A record with its content (Wallabag, Omnivore, Readeck) is a whole article: the links
            // batched so far are committed first, then the record is stored in its own transaction.
            finishBatch();
            emitOutcome(storeContentRecord(library, record, exportPath));
            continue;
        }
        if (!transaction) {
            beginWrite(transaction, library);
            if (!transaction->ok()) {
                const QString reason = transaction->error().message();
                transaction.reset();
                emitOutcome(outcomeOf(ImportOutcome::Kind::Failed, record.origin, reason));
                continue;
            }
        }
        batch.append(storeLink(library, record, exportPath, QStringLiteral("link")));
        if (batch.size() >= kExportBatch)
            finishBatch();
    }
    finishBatch();
    return result;
}

ExportImport importExport(storage::Library &library, const QString &path, const ProgressCallback &progress,
                          const std::atomic_bool *cancel)
{
    ExportImport failedImport;
    failedImport.summary.file = path;
    auto fail = [&](const QString &message) {
        ImportOutcome o = outcomeOf(ImportOutcome::Kind::Failed, path, message);
        if (o.reason.startsWith(path + QStringLiteral(": ")))
            o.reason = o.reason.mid(path.size() + 2);
        failedImport.outcomes.append(o);
        failedImport.summary.failed = 1;
        if (progress)
            progress(o, 1, 1);
        return failedImport;
    };
    auto probe = readers::probeExport(path);
    if (!probe)
        return fail(probe.errorMessage());
    const readers::ExportFormat *format = readers::detectExport(*probe);
    if (!format)
        return fail(QStringLiteral("not an export of another reader"));
    failedImport.summary.format = QString::fromUtf8(format->name);
    auto contents = format->read(path);
    if (!contents)
        return fail(contents.errorMessage());
    return storeExportContents(library, *contents, path, progress, cancel);
}

} // namespace offprint::import
