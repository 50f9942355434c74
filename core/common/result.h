#pragma once

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace offprint {

// What kind of failure an Error is. Code decides by the code, never by the text.
enum class ErrorCode {
    Generic,        // makeError(QString): a message without a kind
    NoSuchFile,     // the file (or folder) does not exist
    IsFolder,       // a folder where a file was expected (or the reverse)
    EmptyFile,      // 0 bytes
    TooLarge,       // over a size limit
    Unreadable,     // a read failed: disk or I/O error, permission, damaged stored data
    CannotWrite,    // a write failed
    NotAPage,       // not a saved web page (unsupported format, binary data)
    DamagedArchive, // MHTML or web archive that cannot be read
    NotFound,       // no such article, highlight, tag or quote
    InvalidInput,   // a value the user gave is not acceptable (colour, encoding, empty name)
    ReadOnly,       // the library cannot be written
    NewerSchema,    // the library was written by a newer Offprint
    NotALibrary,    // the file or folder is not an Offprint library
    DamagedLibrary, // the library file or its stored files are inconsistent or damaged
    QueryError,     // a search query that cannot be read or run
    Unavailable,    // a needed facility is missing (SQLite without FTS5)
    Internal,       // a bug
};

// A failure that can be shown to the user: a code, the subject it is about (a file path, an
// article "#12", a query), details, and the English form the message is made from. The text is
// produced on demand: message() in English (the CLI's contract: these lines never change),
// localizedMessage() translated at the GUI edge (context "offprint::Error"). Never a raw SQL or
// library error.
struct Error
{
    ErrorCode code = ErrorCode::Generic;
    QString subject;
    QStringList details;
    // English form: %1 is the subject, %2… the details. Mark it with
    // QT_TRANSLATE_NOOP("offprint::Error", "...") so that lupdate finds it. Null: details[0] is
    // the whole message (ErrorCode::Generic).
    const char *form = nullptr;

    Error() = default;
    // A generic error from a finished message (kept for code written before typed errors).
    Error(QString message) : details{std::move(message)} {} // NOLINT: implicit on purpose
    // A typed error from a finished English message (not translated).
    Error(ErrorCode c, QString message) : code(c), details{std::move(message)} {}
    Error(ErrorCode c, const char *f, QString s, QStringList d = {})
        : code(c), subject(std::move(s)), details(std::move(d)), form(f)
    {
    }

    bool isEmpty() const { return code == ErrorCode::Generic && !form && details.join(QString()).isEmpty(); }
    QString message() const;          // English, unchanged by any translator
    QString localizedMessage() const; // in the application's language (QCoreApplication::translate)
};

// Result<T>: a value or an Error. Errors are values at module boundaries; no exception leaves a
// module of offprint-core.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return error().message(); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }
    QString errorMessage() const { return m_error.message(); }

private:
    Error m_error;
    bool m_ok = true;
};

// A generic error (ErrorCode::Generic) from a finished English message.
inline Error makeError(QString message)
{
    return Error(std::move(message));
}

// A typed error from a finished English message (shown as it is in every language).
inline Error makeError(ErrorCode code, QString message)
{
    return Error(code, std::move(message));
}

// A typed error: `form` is the English message with %1 = subject, %2… = details, marked with
// QT_TRANSLATE_NOOP("offprint::Error", ...).
inline Error makeError(ErrorCode code, const char *form, QString subject, QStringList details = {})
{
    return Error(code, form, std::move(subject), std::move(details));
}

} // namespace offprint
