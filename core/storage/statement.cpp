#include "storage/statement.h"

#include "storage/database.h"
#include "storage/logging.h"

#include <sqlite3.h>

namespace offprint::storage {

Statement::Statement(Database *db, sqlite3_stmt *stmt, int rc, std::string cacheKey)
    : m_db(db), m_stmt(stmt), m_rc(rc == SQLITE_OK ? 0 : rc), m_cacheKey(std::move(cacheKey))
{
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_rc(other.m_rc), m_cacheKey(std::move(other.m_cacheKey))
{
    other.m_stmt = nullptr;
    other.m_cacheKey.clear();
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_rc = other.m_rc;
        m_cacheKey = std::move(other.m_cacheKey);
        other.m_stmt = nullptr;
        other.m_cacheKey.clear();
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (!m_cacheKey.empty() && m_db) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_db->giveBack(m_cacheKey, m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
    m_cacheKey.clear();
}

void Statement::fail(int rc)
{
    if (m_rc == 0)
        m_rc = rc;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt && m_rc == 0) {
        const int rc = sqlite3_bind_int64(m_stmt, index, value);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement &Statement::bind(int index, int value)
{
    return bind(index, static_cast<qint64>(value));
}

Statement &Statement::bind(int index, bool value)
{
    return bind(index, static_cast<qint64>(value ? 1 : 0));
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt && m_rc == 0) {
        const int rc = sqlite3_bind_double(m_stmt, index, value);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt && m_rc == 0) {
        const QByteArray utf8 = value.toUtf8();
        const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement &Statement::bindBlob(int index, const void *data, int bytes)
{
    if (m_stmt && m_rc == 0) {
        const int rc = sqlite3_bind_blob(m_stmt, index, data, bytes, SQLITE_TRANSIENT);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement &Statement::bindPointer(int index, void *pointer, const char *type)
{
    if (m_stmt && m_rc == 0) {
        const int rc = sqlite3_bind_pointer(m_stmt, index, pointer, type, nullptr);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement &Statement::bind(int index, const char *value)
{
    if (m_stmt && m_rc == 0) {
        const int rc = sqlite3_bind_text(m_stmt, index, value, -1, SQLITE_TRANSIENT);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bind(int index, const QDateTime &value)
{
    return value.isValid() ? bind(index, Database::toSqlTime(value)) : bindNull(index);
}

Statement &Statement::bindWallTime(int index, const QDateTime &value)
{
    return value.isValid() ? bind(index, Database::toSqlWallTime(value)) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt && m_rc == 0) {
        const int rc = sqlite3_bind_null(m_stmt, index);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    return *this;
}

int Statement::parameterCount() const
{
    return m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
}

int Statement::parameterIndex(const char *name) const
{
    return m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
}

bool Statement::step()
{
    if (!m_stmt || m_rc != 0)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        fail(rc);
        // Read paths (list, get, count) return plain values, so their failures are only visible here.
        if (!isLockConflict(rc))
            qCWarning(lcStorage) << "statement failed:" << sqlite3_errmsg(sqlite3_db_handle(m_stmt)) << "in"
                                 << QByteArray(sqlite3_sql(m_stmt)).left(160);
    }
    return false;
}

Result<void> Statement::run()
{
    while (step()) {
    }
    if (!ok())
        return error();
    return {};
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_rc = 0;
    }
}

Error Statement::error(const QString &action) const
{
    if (!m_db)
        return makeError(ErrorCode::Internal, QStringLiteral("library: internal error (statement without a connection)"));
    // Extended codes carry the detail (e.g. SQLITE_BUSY_SNAPSHOT); the mapping works on the primary one.
    return m_db->error(m_rc, action);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::boolean(int column) const
{
    return sqlite3_column_int(m_stmt, column) != 0;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QDateTime Statement::time(int column) const
{
    return Database::fromSqlTime(text(column));
}

} // namespace offprint::storage
