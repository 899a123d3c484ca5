#pragma once

#include "core/backenderror.h"

#include <utility>
#include <variant>

// Either a value or a BackendError: what every backend call resolves to.
template<typename T>
class Result
{
public:
    Result() = default;
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(BackendError error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const BackendError &error() const { return std::get<BackendError>(m_data); }

private:
    std::variant<T, BackendError> m_data;
};

// For calls that return nothing but success or failure.
struct Done
{
};
