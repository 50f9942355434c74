#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace offprint {

// A failure that can be shown to the user as it is: the message names the thing that failed
// and the reason ("page.html: not an HTML page (binary data)"). Never a raw SQL or library error.
struct Error
{
    QString message;
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
    const QString &errorMessage() const { return error().message; }

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
    const QString &errorMessage() const { return m_error.message; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(QString message)
{
    return Error{std::move(message)};
}

} // namespace offprint
