#include "storage/database.h"

#include "storage/ftstokenizer.h"
#include "storage/sqlfunctions.h"
#include "storage/statement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <unistd.h>

#include <algorithm>
#include "storage/logging.h"

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "offprint.storage")

namespace offprint::storage {

namespace {

// Other Offprint processes (GUI and CLI share a library) hold the write lock only briefly.
constexpr int kBusyTimeoutMs = 5000;
constexpr std::size_t kMaxCachedStatements = 128;

bool folderWritable(const QFileInfo &file)
{
    // access() sees read-only mounts and the immutable flag, which stop root too.
    return ::access(QFile::encodeName(file.absolutePath()).constData(), W_OK) == 0;
}

} // namespace

bool isLockConflict(int sqliteCode)
{
    return (sqliteCode & 0xff) == SQLITE_BUSY || (sqliteCode & 0xff) == SQLITE_LOCKED;
}

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    for (auto &entry : m_cache)
        sqlite3_finalize(entry.second);
    m_cache.clear();
    if (m_db) {
        // Keeps the planner's statistics current; cheap, and recommended before closing.
        if (m_writable)
            sqlite3_exec(m_db, "PRAGMA optimize", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    sqlite3 *handle = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                             : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QFileInfo info(path);
    QByteArray file = info.absoluteFilePath().toUtf8();
    int uriFlag = 0;
    if (mode == Mode::ReadOnly && !folderWritable(info)) {
        // A folder that cannot be written (read-only medium, no permission) cannot hold SQLite's WAL
        // index (-shm), so even reading fails. With no pending WAL content the file alone is the whole
        // library: open it as immutable (no locks, no -shm). A WAL with content must be read through
        // SQLite's read-only WAL support instead.
        const QFileInfo wal(info.absoluteFilePath() + QStringLiteral("-wal"));
        if (!wal.exists() || wal.size() == 0) {
            file = "file:" + QUrl::toPercentEncoding(info.absoluteFilePath(), "/") + "?immutable=1";
            uriFlag = SQLITE_OPEN_URI;
        }
    }
    const int rc = sqlite3_open_v2(file.constData(), &handle, flags | uriFlag | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK) {
        if (!handle)
            return makeError(ErrorCode::Internal, QT_TRANSLATE_NOOP("offprint::Error", "%1: cannot open the library (out of memory)"), path);
        return db->error(rc, QStringLiteral("open"));
    }
    sqlite3_extended_result_codes(handle, 1);
    if (auto configured = db->configure(mode); !configured)
        return configured.error();
    return db;
}

Result<void> Database::configure(Mode mode)
{
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    m_tokenizer = registerTokenizer(m_db);
    if (!m_tokenizer)
        qCWarning(lcStorage) << m_path << "FTS5 tokenizer could not be registered; search is unavailable";
    registerSqlFunctions(m_db);
    if (mode == Mode::ReadOnly)
        return exec("PRAGMA query_only = ON;");
    // journal_mode returns a row; a read-only file reports "delete" here and fails on the first write.
    if (auto r = execRetryingBusy("PRAGMA journal_mode = WAL;"); !r)
        return r;
    m_writable = true;
    return exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
}

Result<void> Database::execRetryingBusy(const char *sql)
{
    // Switching a new library to WAL upgrades a shared lock to a write lock. When two processes open
    // a new library at the same moment, SQLite refuses one of them with SQLITE_BUSY at once instead of
    // calling the busy handler (waiting there could deadlock). The statement holds no lock after it
    // fails, so it is simply tried again until the busy timeout has passed.
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return {};
        if ((rc & 0xff) != SQLITE_BUSY || waited.elapsed() >= kBusyTimeoutMs) {
            if (!isLockConflict(rc))
                qCWarning(lcStorage) << m_path << "exec failed:" << sqlite3_errmsg(m_db) << "in" << sql;
            return error(rc);
        }
        QThread::msleep(std::min(1 + attempt, 20));
    }
}

Result<void> Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (isLockConflict(rc))
            qCDebug(lcStorage) << m_path << "exec waited out the busy timeout:" << QByteArray(sql).left(60).simplified();
        else
            qCWarning(lcStorage) << m_path << "exec failed:" << (message ? message : "") << "in"
                                 << QByteArray(sql).left(160).simplified();
        sqlite3_free(message);
        return error(rc);
    }
    return {};
}

Statement Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        qCWarning(lcStorage) << m_path << "prepare failed:" << sqlite3_errmsg(m_db) << "in"
                             << QByteArray(sql.data(), qsizetype(sql.size()));
    return Statement(this, stmt, rc, std::string());
}

Statement Database::cached(std::string_view sql)
{
    std::string key(sql);
    // Taking the statement out of the cache lets a nested use of the same SQL prepare its own copy.
    if (auto it = m_cache.find(key); it != m_cache.end()) {
        sqlite3_stmt *stmt = it->second;
        m_cache.erase(it);
        return Statement(this, stmt, SQLITE_OK, std::move(key));
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        qCWarning(lcStorage) << m_path << "prepare failed:" << sqlite3_errmsg(m_db) << "in" << key.c_str();
        return Statement(this, stmt, rc, std::string());
    }
    return Statement(this, stmt, rc, std::move(key));
}

void Database::giveBack(const std::string &sql, sqlite3_stmt *stmt)
{
    // Search builds SQL per combination of filters; a bound keeps a long GUI session from collecting
    // every combination it ever saw.
    if (m_cache.size() >= kMaxCachedStatements || !m_cache.emplace(sql, stmt).second)
        sqlite3_finalize(stmt);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

qint64 Database::dataVersion()
{
    Statement stmt = cached("PRAGMA data_version");
    return stmt.step() ? stmt.int64(0) : -1;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Database::userVersion()
{
    Statement stmt = prepare("PRAGMA user_version");
    if (!stmt.step())
        return -1;
    return stmt.integer(0);
}

Error Database::lastError(const QString &action) const
{
    return error(sqlite3_extended_errcode(m_db), action);
}

Error Database::error(int code, const QString &action) const
{
    const QString file = m_path;
    const QString what = action.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(action);
    if (m_db && code != SQLITE_OK && sqlite3_extended_errcode(m_db) == code && !isLockConflict(code))
        qCWarning(lcStorage) << file << "sqlite error" << code << sqlite3_errmsg(m_db) << action;
    // %1 the file, %2 the action (" (open)"), %3 SQLite's own name of an unexpected code.
    const QString sqliteName = QString::fromUtf8(sqlite3_errstr(code & 0xff));
    const auto make = [&](ErrorCode kind, const char *form) { return makeError(kind, form, file, {what, sqliteName}); };
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return make(ErrorCode::Unavailable, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: the library is in use by another Offprint window or "
                                                              "command; try again when it has finished"));
    case SQLITE_FULL:
        return make(ErrorCode::CannotWrite, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: the disk is full; free some space and try again"));
    case SQLITE_READONLY:
        return make(ErrorCode::ReadOnly, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: the library cannot be changed (the file or its folder "
                                                           "is read-only)"));
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return make(ErrorCode::Unreadable, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: permission denied"));
    case SQLITE_CANTOPEN:
        return make(ErrorCode::Unreadable, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: the library file cannot be opened (missing folder or no "
                                                             "permission)"));
    case SQLITE_CORRUPT:
        return make(ErrorCode::DamagedLibrary, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: the library file is damaged; restore it from a backup "
                                                                 "(library.sqlite.bak-v* files are kept next to it)"));
    case SQLITE_NOTADB:
        return make(ErrorCode::NotALibrary, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: this file is not an Offprint library (not an SQLite "
                                                              "database)"));
    case SQLITE_IOERR:
        return make(ErrorCode::Unreadable, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: a disk read or write error occurred"));
    case SQLITE_NOMEM:
        return make(ErrorCode::Internal, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: out of memory"));
    case SQLITE_TOOBIG:
        return make(ErrorCode::TooLarge, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: the data is too large to store"));
    case SQLITE_CONSTRAINT:
        return make(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: the change conflicts with existing data"));
    case SQLITE_INTERRUPT:
        return make(ErrorCode::Generic, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: the operation was cancelled"));
    default:
        return make(ErrorCode::Internal, QT_TRANSLATE_NOOP("offprint::Error", "%1%2: internal database error (%3)"));
    }
}

QString Database::toSqlTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString Database::toSqlWallTime(const QDateTime &time)
{
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return toSqlTime(time);
    if (time.offsetFromUtc() == 0)
        return time.toUTC().toString(Qt::ISODateWithMs); // "Z", as toSqlTime writes it
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QDateTime Database::fromSqlTime(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

Transaction::Transaction(Database &db) : m_db(db)
{
    if (db.inTransaction()) {
        m_nested = true;
        m_level = ++db.m_savepointDepth;
        const QByteArray sql = "SAVEPOINT sp" + QByteArray::number(m_level);
        if (auto r = db.exec(sql.constData()); !r) {
            --db.m_savepointDepth;
            m_error = r.error();
            return;
        }
    } else if (auto r = db.exec("BEGIN IMMEDIATE"); !r) {
        m_lockTimedOut = (sqlite3_errcode(db.m_db) & 0xff) == SQLITE_BUSY;
        m_error = r.error();
        return;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error.isEmpty() ? makeError(ErrorCode::Internal, QT_TRANSLATE_NOOP("offprint::Error", "%1: no transaction to commit"), m_db.path())
                                         : m_error;
    if (m_nested) {
        const QByteArray sql = "RELEASE sp" + QByteArray::number(m_level);
        if (auto r = m_db.exec(sql.constData()); !r) {
            rollback();
            return r;
        }
        --m_db.m_savepointDepth;
    } else if (auto r = m_db.exec("COMMIT"); !r) {
        rollback();
        return r;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_nested) {
        const QByteArray level = QByteArray::number(m_level);
        const QByteArray sql = "ROLLBACK TO sp" + level + "; RELEASE sp" + level;
        sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, nullptr);
        --m_db.m_savepointDepth;
    } else if (m_db.inTransaction()) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

} // namespace offprint::storage
