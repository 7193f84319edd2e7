// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace ardesk {

/// The kind of an expected failure; the message says the rest to the user.
enum class ErrorCode {
    InvalidValue, ///< user input that is malformed (names the field and value)
    NotFound,
    Conflict, ///< duplicate key, concurrent change
    CurrencyMismatch,
    Overflow,
    Database, ///< SQLite or Qt SQL reported an error
    NotACompanyFile, ///< not SQLite, or SQLite but not ARDesk
    Corrupt,
    NewerSchema,
    NetworkFilesystem,
    Io,
    PermissionDenied,
};

/// An expected failure with a message a user can read.
struct Error
{
    ErrorCode code = ErrorCode::InvalidValue;
    QString message;
};

/// A value or an Error. Expected failures travel as values, never as exceptions.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T valueOr(T fallback) const { return ok() ? std::get<0>(m_data) : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }
    QString errorString() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Success without a value, or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorString() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error {code, std::move(message)};
}

} // namespace ardesk
