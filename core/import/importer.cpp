#include "import/importer.h"

#include "import/prepare.h"
#include "import/samepage.h"
#include "import/storecontent.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/writetransaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <optional>

namespace offprint::import {

namespace {

// "path: reason" → "reason": the outcome names the file already.
QString reasonWithoutPath(const QString &message, const QString &file)
{
    for (const QString &prefix : {file + QStringLiteral(": "), QFileInfo(file).absoluteFilePath() + QStringLiteral(": ")})
        if (message.startsWith(prefix))
            return message.mid(prefix.size());
    return message;
}

ImportOutcome failed(const QString &file, const Error &error)
{
    ImportOutcome o;
    o.kind = ImportOutcome::Kind::Failed;
    o.file = file;
    o.reason = reasonWithoutPath(error.message(), file);
    o.error = error;
    return o;
}

} // namespace

ImportOutcome storePrepared(storage::Library &library, PreparedArticle prepared, const ImportOptions &options)
{
    ImportOutcome outcome;
    outcome.file = prepared.article.sourceFile;
    outcome.warnings = prepared.warnings;

    // The duplicate check and the write are one transaction: another process importing the same
    // page into this library at the same time waits here instead of inserting it a second time.
    // That process may take the lock again right after each of its commits, for longer than the busy
    // timeout: an import can wait, so it asks again (up to kLockWait) rather than fail the page.
    std::optional<storage::WriteTransaction> transaction;
    beginWrite(transaction, library);
    if (!transaction->ok())
        return failed(outcome.file, transaction->error());
    std::optional<ArticleId> existing;
    if (options.replaces != 0 && library.articles().get(options.replaces))
        existing = options.replaces;
    else
        existing = findSamePage(library, prepared.article, prepared.text);
    // A page deleted earlier and still restorable (storage/bulkoperations.h) comes back: same id, tags,
    // state and highlights; then the rule below decides whether this copy replaces its content.
    bool restored = false;
    if (existing && options.replaces == 0) {
        const Result<bool> back = restoreIfDeleted(library, *existing);
        if (!back)
            return failed(outcome.file, back.error());
        restored = *back;
    }
    // A link entry (a link from another reader's export) is filled by its page: same id, its tags,
    // state and highlights kept, the earlier of the two saved times.
    if (existing && options.replaces == 0) {
        const QList<Article> rows = library.articles().getMany({*existing});
        if (!rows.isEmpty() && rows.first().linkOnly) {
            const Article &link = rows.first();
            if (link.saved.isValid() && (!prepared.article.saved.isValid() || link.saved < prepared.article.saved))
                prepared.article.saved = link.saved;
            prepared.article.imported = QDateTime::currentDateTimeUtc();
            prepared.article.linkOnly = false;
            if (const Result<void> filled = replaceStoredContent(library, *existing, prepared); !filled)
                return failed(outcome.file, filled.error());
            if (auto committed = transaction->commit(); !committed)
                return failed(outcome.file, committed.error());
            outcome.kind = ImportOutcome::Kind::Filled;
            outcome.id = *existing;
            return outcome;
        }
    }
    // The same page again: a better copy (more saved images, clearly more text) replaces the poorer
    // one, keeping its id, tags, state and highlights; a copy that is not better is a duplicate.
    if (existing)
        outcome.copies = compareCopies(library, *existing, prepared);
    if (existing && !options.update && options.replaces == 0 && !(outcome.copies && isBetterCopy(*outcome.copies))) {
        if (restored) {
            if (auto committed = transaction->commit(); !committed)
                return failed(outcome.file, committed.error());
        }
        outcome.kind = restored ? ImportOutcome::Kind::Imported : ImportOutcome::Kind::Duplicate;
        outcome.id = *existing;
        outcome.restored = restored;
        return outcome;
    }
    prepared.article.imported = QDateTime::currentDateTimeUtc();
    if (existing) {
        const Result<void> replaced = replaceStoredContent(library, *existing, prepared);
        if (!replaced)
            return failed(outcome.file, replaced.error());
        if (auto committed = transaction->commit(); !committed)
            return failed(outcome.file, committed.error());
        outcome.kind = restored ? ImportOutcome::Kind::Imported : ImportOutcome::Kind::Updated;
        outcome.id = *existing;
        outcome.restored = restored;
        return outcome;
    }
    // Blobs first: a row never refers to a file that is not there.
    auto assetBlobs = storeBlobs(library, prepared);
    if (!assetBlobs)
        return failed(outcome.file, assetBlobs.error());
    const Result<ArticleId> id = library.articles().insert(prepared.article, *assetBlobs);
    if (!id)
        return failed(outcome.file, id.error());
    if (auto committed = transaction->commit(); !committed)
        return failed(outcome.file, committed.error());
    outcome.kind = ImportOutcome::Kind::Imported;
    outcome.id = *id;
    return outcome;
}

QList<ImportOutcome> importFiles(storage::Library &library, const QStringList &files, const ImportOptions &options,
                                 const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    QList<ImportOutcome> outcomes;
    const int total = int(files.size());
    if (total == 0)
        return outcomes;
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    QThreadPool pool;
    pool.setMaxThreadCount(threads);

    // Prepare ahead in parallel (prepareFile is pure), store in file order with this one writer.
    // The window bounds how many prepared pages wait in memory.
    const int window = threads == 1 ? 1 : threads * 2;
    std::deque<QFuture<Result<PreparedArticle>>> pending;
    int next = 0;
    const PrepareOptions prepareOptions = options.prepare;
    // One thread: everything on this one (no pool, no hand-over), the baseline that scaling is measured on.
    const bool inline_ = threads == 1;
    auto launch = [&]() {
        while (next < total && int(pending.size()) < window) {
            const QString file = files.at(next++);
            if (inline_)
                pending.push_back(QtFuture::makeReadyFuture(prepareFile(file, prepareOptions)));
            else
                pending.push_back(QtConcurrent::run(&pool, [file, prepareOptions]() {
                    return prepareFile(file, prepareOptions);
                }));
        }
    };
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            break;
        launch();
        QFuture<Result<PreparedArticle>> future = std::move(pending.front());
        pending.pop_front();
        Result<PreparedArticle> prepared = future.takeResult();
        ImportOutcome outcome = prepared ? storePrepared(library, std::move(prepared).value(), options)
                                         : failed(QFileInfo(files.at(i)).absoluteFilePath(), prepared.error());
        if (outcome.file.isEmpty())
            outcome.file = files.at(i);
        outcomes.append(outcome);
        if (progress)
            progress(outcome, i + 1, total);
    }
    pool.waitForDone();
    return outcomes;
}

} // namespace offprint::import
