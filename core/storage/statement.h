#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <string>

struct sqlite3_stmt;

namespace offprint::storage {

class Database;

// RAII wrapper of a prepared statement with typed binding (1-based, like SQLite) and typed columns
// (0-based). The first failure (prepare, bind or step) is kept; step() then returns false and
// error() describes it for the user.
class Statement final
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value);
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value);
    Statement &bind(int index, const QString &value);  // '' for an empty string
    Statement &bind(int index, const char *value);     // UTF-8 literal
    Statement &bindOptional(int index, const QString &value); // NULL for an empty string
    Statement &bind(int index, const QDateTime &value); // NULL when invalid; in UTC
    Statement &bindWallTime(int index, const QDateTime &value); // NULL when invalid; Database::toSqlWallTime
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const void *data, int bytes); // copied
    // SQLite's pointer passing (sqlite3_bind_pointer): `type` must be a string literal.
    Statement &bindPointer(int index, void *pointer, const char *type);

    int parameterCount() const;
    // Index of a named parameter (":name"), 0 when the statement has none of that name.
    int parameterIndex(const char *name) const;

    // Advances to the next row: true when there is one; false when done or failed (see ok()).
    bool step();
    // Steps until done (statements that return no rows).
    Result<void> run();
    // Ready to run again with new bindings.
    void reset();

    bool ok() const { return m_rc == 0; }
    int resultCode() const { return m_rc; }
    Error error(const QString &action = {}) const;

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    bool boolean(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDateTime time(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt, int rc, std::string cacheKey);
    void fail(int rc);
    void release();

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = 0;
    std::string m_cacheKey; // non-empty: return to the cache instead of finalising
};

} // namespace offprint::storage
