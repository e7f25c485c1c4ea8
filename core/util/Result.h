#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace causeway {

// The outcome of an operation that can fail with a message meant for the user.
// A message names the problem ("… is not an SQLite database"), never an error code alone.
class Status {
public:
    Status() = default;
    static Status failure(QString message) { return Status(std::move(message)); }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error.value_or(QString()); }

private:
    explicit Status(QString message)
        : m_error(std::move(message)) {}
    std::optional<QString> m_error;
};

template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(const Status& failed)
        : m_error(failed.error()) {} // NOLINT(google-explicit-constructor)
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    QString error() const { return m_error; }
    Status status() const { return ok() ? Status() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace causeway
