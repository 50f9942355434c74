#include "storage/snapshot.h"

#include "storage/database.h"
#include "storage/library.h"

#include <QFile>

#include <sqlite3.h>

namespace offprint::storage {

namespace {

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
};

Result<void> copyInto(sqlite3 *source, const QString &path)
{
    Connection target;
    const QByteArray file = QFile::encodeName(path);
    int rc = sqlite3_open_v2(file.constData(), &target.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
        return makeError(QStringLiteral("%1: cannot create the copy of the library database (%2)")
                             .arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_backup *backup = sqlite3_backup_init(target.db, "main", source, "main");
    if (!backup)
        return makeError(QStringLiteral("%1: cannot start copying the library database (%2)")
                             .arg(path, QString::fromUtf8(sqlite3_errmsg(target.db))));
    // All pages in one step: one read transaction on the source, so the copy is one moment of it. A
    // writer holding the lock briefly (rollback-journal libraries) is waited for a little.
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return makeError(QStringLiteral("%1: cannot copy the library database (%2)")
                             .arg(path, QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished))));
    // The copy is a plain file (no -wal beside it) that reads the same anywhere.
    char *message = nullptr;
    rc = sqlite3_exec(target.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return makeError(QStringLiteral("%1: cannot finish the copy of the library database (%2)")
                             .arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_stmt *check = nullptr;
    rc = sqlite3_prepare_v2(target.db, "PRAGMA quick_check", -1, &check, nullptr);
    QString verdict;
    if (rc == SQLITE_OK && sqlite3_step(check) == SQLITE_ROW)
        verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
    sqlite3_finalize(check);
    if (verdict != QLatin1String("ok"))
        return makeError(QStringLiteral("%1: the copy of the library database is damaged (%2)")
                             .arg(path, verdict.isEmpty() ? QStringLiteral("cannot check it") : verdict));
    return {};
}

} // namespace

Result<void> snapshotDatabase(Library &library, const QString &path)
{
    QFile::remove(path);
    Result<void> copied = copyInto(databaseOf(library).handle(), path);
    if (!copied) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
    }
    return copied;
}

} // namespace offprint::storage
