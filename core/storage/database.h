#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace offprint::storage {

class Library;
class Statement;

// One SQLite connection (RAII). Internal to storage: repositories, migrations and tests use it; the
// rest of the program sees Library, the repositories and WriteTransaction (tests/layering checks that
// no other module, app/ or bench/ includes this header). Not thread-safe: one Database per thread.
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (ReadWrite: creates) the file, registers the tokenizer and helper functions and sets the
    // connection pragmas (WAL, foreign keys, busy timeout, synchronous=NORMAL). ReadOnly connections
    // set nothing persistent and never create the file.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }
    bool tokenizerRegistered() const { return m_tokenizer; }

    // Runs one or more statements without parameters (schema, pragmas).
    Result<void> exec(const char *sql);
    // exec() for statements that SQLite may refuse with SQLITE_BUSY without waiting (lock upgrades).
    Result<void> execRetryingBusy(const char *sql);
    // A fresh statement, finalised when it goes out of scope.
    Statement prepare(std::string_view sql);
    // A statement from this connection's cache (for hot queries with constant SQL text); it goes back
    // to the cache, reset and unbound, when it goes out of scope.
    Statement cached(std::string_view sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    // sqlite3_total_changes64: rows changed by this connection since it opened.
    qint64 totalChanges() const;
    // PRAGMA data_version: changes when another connection commits.
    qint64 dataVersion();
    bool inTransaction() const;
    // PRAGMA user_version (-1 when it cannot be read, see lastError()).
    int userVersion();

    // A user-facing error for an SQLite result code: names the library file, never SQLite's wording.
    Error error(int code, const QString &action = {}) const;
    // Same, for the connection's most recent error.
    Error lastError(const QString &action = {}) const;

    // ISO 8601 UTC with milliseconds ("2024-05-01T08:30:00.000Z"): sorts as text. Empty for invalid.
    static QString toSqlTime(const QDateTime &time);
    // A time as its page wrote it: the wall clock with its UTC offset ("2024-06-03T02:00:00.000+08:00"),
    // so that the date shown is the page's date whatever the reader's time zone. A time without a zone
    // of its own (local time) is stored in UTC like toSqlTime. Still sorts by text to within hours.
    static QString toSqlWallTime(const QDateTime &time);
    static QDateTime fromSqlTime(const QString &text);

private:
    friend class Statement;
    friend class Transaction;
    Database(sqlite3 *db, QString path);
    void giveBack(const std::string &sql, sqlite3_stmt *stmt);
    Result<void> configure(Mode mode);

    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_tokenizer = false;
    bool m_writable = false;
    int m_savepointDepth = 0;
    std::unordered_map<std::string, sqlite3_stmt *> m_cache;
};

// The library's own connection (storage and its tests only).
Database &databaseOf(Library &library);

// SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock. Callers turn it into a plain
// message ("the library is in use…") or wait; SQLite's own wording ("database is locked") is only
// logged at debug level, never shown.
bool isLockConflict(int sqliteCode);

// Transaction guard: BEGIN IMMEDIATE at the outermost level (writers queue on the busy timeout
// instead of failing on lock upgrade), SAVEPOINT when nested. Rolls back unless commit() succeeds.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool ok() const { return m_active; }
    const Error &error() const { return m_error; }
    // The transaction could not start because another connection held the write lock through the
    // whole busy timeout (worth trying again for work that can wait).
    bool lockTimedOut() const { return m_lockTimedOut; }
    Result<void> commit();
    void rollback();

private:
    Database &m_db;
    Error m_error;
    bool m_active = false;
    bool m_lockTimedOut = false;
    bool m_nested = false;
    int m_level = 0;
};

} // namespace offprint::storage
