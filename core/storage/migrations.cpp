#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/ftstokenizer.h"
#include "storage/schema.h"
#include "storage/statement.h"
#include "text/readingtime.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <iterator>
#include <limits>
#include <string>
#include "storage/logging.h"


namespace offprint::storage::migrations {

namespace {

const char kTokenizerKey[] = "tokenizer_signature";

Error newerLibraryError(const QString &file, int version)
{
    return makeError(ErrorCode::NewerSchema,
                     QT_TRANSLATE_NOOP("offprint::Error", "%1: this library was written by a newer Offprint (schema %2, this build knows %3); "
                                       "it was not modified. Update Offprint to open it."),
                     file, {QString::number(version), QString::number(latestVersion())});
}

Result<void> storeTokenizerSignature(Database &db)
{
    Statement stmt = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    stmt.bind(1, kTokenizerKey).bind(2, tokenizerSignature());
    return stmt.run();
}

IndexProgressHandler &progressHandler()
{
    static IndexProgressHandler handler;
    return handler;
}

// Fills the (empty) full-text index from the articles in steps of kIndexStep rows, so that the progress
// can be reported; the same work as FTS5's 'rebuild', which reports nothing for minutes. Then merges the
// index into one segment ('optimize') as a freshly generated library has it.
constexpr qint64 kIndexStep = 5000;

Result<void> fillIndex(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    qint64 total = 0;
    {
        Statement count = db.prepare("SELECT count(*) FROM articles");
        total = count.step() ? count.int64(0) : 0;
        if (!count.ok())
            return count.error(QStringLiteral("counting the articles to index"));
    }
    // The index's columns as they are at this schema version (schema 10 added `notes`): the content view
    // names its columns like the index.
    std::string columns;
    {
        Statement info = db.prepare("SELECT name FROM pragma_table_info('articles_fts') ORDER BY cid");
        while (info.step())
            columns += ", " + info.text(0).toStdString();
        if (!info.ok())
            return info.error(QStringLiteral("reading the search index's columns"));
        if (columns.empty())
            return makeError(ErrorCode::DamagedLibrary, QStringLiteral("%1: the search index has no columns").arg(db.path()));
    }
    Statement last = db.prepare("SELECT max(id) FROM (SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2)");
    Statement insert = db.prepare("INSERT INTO articles_fts(rowid" + columns + ") SELECT id" + columns
                                  + " FROM articles_fts_content WHERE id > ?1 AND id <= ?2");
    qint64 done = 0;
    for (qint64 from = std::numeric_limits<qint64>::min();;) {
        last.reset();
        last.bind(1, from).bind(2, kIndexStep);
        if (!last.step() || last.isNull(0)) {
            if (!last.ok())
                return last.error(QStringLiteral("indexing the articles"));
            break;
        }
        const qint64 to = last.int64(0);
        insert.reset();
        insert.bind(1, from).bind(2, to);
        if (auto r = insert.run(); !r)
            return r;
        done += db.changes();
        from = to;
        if (const IndexProgressHandler &handler = progressHandler())
            handler(qMin(done, total), total);
    }
    if (auto r = db.exec("INSERT INTO articles_fts(articles_fts) VALUES('optimize')"); !r)
        return r;
    if (done > 0)
        qCInfo(lcStorage) << db.path() << "indexed" << done << "articles in" << timer.elapsed() << "ms";
    return {};
}

// The reading time of every article stored before schema 7, from its text (text::readingMinutes).
Result<void> fillReadingMinutes(Database &db)
{
    Statement select = db.prepare("SELECT id, text FROM articles");
    Statement update = db.prepare("UPDATE articles SET reading_minutes = ?2 WHERE id = ?1");
    while (select.step()) {
        update.reset();
        update.bind(1, select.int64(0)).bind(2, text::readingMinutes(select.text(1)));
        if (auto r = update.run(); !r)
            return r;
    }
    if (!select.ok())
        return select.error(QStringLiteral("reading the articles' texts"));
    return {};
}

// The migrations that create the full-text index anew (and fill it): word prefixes (6), the `notes`
// column (10), tags out of the index (14); the last one is the index a library ends with.
constexpr int kIndexRebuilds[] = {6, 10, 14};
constexpr int kLastIndexRebuild = 14;

bool rebuildsIndex(int version)
{
    return std::find(std::begin(kIndexRebuilds), std::end(kIndexRebuilds), version) != std::end(kIndexRebuilds);
}

// Work a migration needs beyond its SQL, in the same transaction. `target`: the version this upgrade
// goes to.
Result<void> afterMigration(Database &db, int version, int target)
{
    if (version == 1) {
        const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(schema::kApplicationId);
        return db.exec(sql.constData());
    }
    if (version == 2)
        return storeTokenizerSignature(db);
    if (rebuildsIndex(version)) { // the index is new: built with this tokenizer, which needs no second rebuild
        if (version < kLastIndexRebuild && target >= kLastIndexRebuild) {
            // A later migration of this upgrade creates the index again: filling this one would be
            // minutes of work thrown away. Without a signature, an upgrade stopped before then (a
            // failed migration) still gets its index rebuilt when the library is next opened.
            Statement forget = db.prepare("DELETE FROM meta WHERE key = ?1");
            forget.bind(1, kTokenizerKey);
            return forget.run();
        }
        if (auto r = fillIndex(db); !r)
            return r;
        return storeTokenizerSignature(db);
    }
    if (version == 7)
        return fillReadingMinutes(db);
    if (version == 9)
        return db.exec("UPDATE articles SET title_key = offprint_title_key(title)");
    return {};
}

Result<QString> backup(Database &db, int version)
{
    const QString target = backupPath(db.path(), version);
    QElapsedTimer timer;
    timer.start();
    // VACUUM INTO writes a consistent, compact copy even while other connections read.
    Statement stmt = db.prepare("VACUUM INTO ?1");
    stmt.bind(1, QFileInfo(target).absoluteFilePath());
    if (auto r = stmt.run(); !r)
        return makeError(ErrorCode::CannotWrite, QStringLiteral("%1: could not back up the library before upgrading it (%2); nothing was "
                                        "changed")
                             .arg(db.path(), r.errorMessage()));
    qCInfo(lcStorage) << "backed up" << db.path() << "to" << target << "in" << timer.elapsed() << "ms";
    return target;
}

// Applies migrations first..last in one transaction; those another process applied while this one
// waited for the write lock are skipped. *applied tells whether this call applied any.
Result<void> applyRange(Database &db, int first, int last, int target, bool *applied)
{
    *applied = false;
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    const int current = db.userVersion();
    if (current < 0)
        return db.lastError(QStringLiteral("reading the schema version"));
    for (int version = qMax(first, current + 1); version <= last; ++version) {
        if (auto r = db.exec(schema::kMigrations[version - 1]); !r)
            return r;
        if (auto r = afterMigration(db, version, target); !r)
            return r;
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version);
        if (auto r = db.exec(pragma.constData()); !r)
            return r;
        *applied = true;
    }
    return transaction.commit();
}

} // namespace

int latestVersion()
{
    return schema::kMigrationCount;
}

QString backupPath(const QString &file, int version)
{
    const QString base = QStringLiteral("%1.bak-v%2").arg(file).arg(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

Result<int> inspect(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists() || info.size() == 0)
        return 0;
    auto opened = Database::open(file, Database::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    Statement stmt = db.prepare("SELECT (SELECT user_version FROM pragma_user_version), "
                                "(SELECT application_id FROM pragma_application_id), "
                                "(SELECT count(*) FROM sqlite_schema)");
    if (!stmt.step())
        return stmt.error();
    const int version = stmt.integer(0);
    const int applicationId = stmt.integer(1);
    const int objects = stmt.integer(2);
    if (applicationId != 0 && applicationId != schema::kApplicationId)
        return makeError(ErrorCode::NotALibrary, QT_TRANSLATE_NOOP("offprint::Error", "%1: this file is not an Offprint library; it was not modified"), file);
    if (version == 0 && objects > 0)
        return makeError(ErrorCode::NotALibrary,
                         QT_TRANSLATE_NOOP("offprint::Error", "%1: this database is not an Offprint library; it was not modified"), file);
    if (version > latestVersion())
        return newerLibraryError(file, version);
    return version;
}

Result<MigrationOutcome> migrate(Database &db, int targetVersion)
{
    MigrationOutcome outcome;
    const int current = db.userVersion();
    if (current < 0)
        return db.lastError(QStringLiteral("reading the schema version"));
    if (current > latestVersion())
        return newerLibraryError(db.path(), current);
    outcome.from = current;
    if (current >= targetVersion)
        return outcome;
    if (current == 0) {
        // A new library has nothing to lose: all migrations in one transaction, so a second process
        // opening it at the same moment sees either nothing or the finished schema.
        bool applied = false;
        if (auto r = applyRange(db, 1, targetVersion, targetVersion, &applied); !r)
            return makeError(r.error().code, QT_TRANSLATE_NOOP("offprint::Error", "%1: creating the library failed (%2)"), db.path(), {r.errorMessage()});
        outcome.created = applied;
        return outcome;
    }
    auto saved = backup(db, current);
    if (!saved)
        return saved.error();
    outcome.backupFile = *saved;
    for (int version = current + 1; version <= targetVersion; ++version) {
        QElapsedTimer timer;
        timer.start();
        bool applied = false;
        if (auto r = applyRange(db, version, version, targetVersion, &applied); !r) {
            const int reached = qMax(db.userVersion(), current);
            return makeError(ErrorCode::CannotWrite, QStringLiteral("%1: upgrading the library to schema %2 failed and was rolled back; "
                                            "the library is unchanged at schema %3 (reason: %4); a copy from "
                                            "before the upgrade is at %5")
                                 .arg(db.path())
                                 .arg(version)
                                 .arg(reached)
                                 .arg(r.errorMessage(), outcome.backupFile));
        }
        if (applied)
            qCInfo(lcStorage) << db.path() << "migrated to schema" << version << "in" << timer.elapsed() << "ms";
    }
    return outcome;
}

Result<void> rebuildIndex(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    if (auto r = db.exec("INSERT INTO articles_fts(articles_fts) VALUES('delete-all')"); !r)
        return r;
    if (auto r = db.exec("INSERT INTO tags_fts(tags_fts) VALUES('rebuild')"); !r)
        return r;
    if (auto r = fillIndex(db); !r)
        return r;
    if (auto r = storeTokenizerSignature(db); !r)
        return r;
    if (auto r = transaction.commit(); !r)
        return r;
    qCInfo(lcStorage) << db.path() << "rebuilt the search index with" << tokenizerSignature() << "in"
                       << timer.elapsed() << "ms";
    return {};
}

void setIndexProgressHandler(IndexProgressHandler handler)
{
    progressHandler() = std::move(handler);
}

Result<bool> refreshIndexIfTokenizerChanged(Database &db)
{
    QString stored;
    {
        Statement stmt = db.prepare("SELECT value FROM meta WHERE key = ?1");
        stmt.bind(1, kTokenizerKey);
        if (stmt.step())
            stored = stmt.text(0);
        if (!stmt.ok())
            return stmt.error();
    }
    if (stored == QString::fromUtf8(tokenizerSignature()))
        return false;
    qCInfo(lcStorage) << db.path() << "tokenizer changed from" << stored << "to" << tokenizerSignature();
    if (auto r = rebuildIndex(db); !r)
        return r.error();
    return true;
}

} // namespace offprint::storage::migrations
