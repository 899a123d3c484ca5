#include "core/backenderror.h"

BackendError::BackendError(Category category, QString message, QString details, int serviceCode)
    : m_category(category)
    , m_message(std::move(message))
    , m_details(std::move(details))
    , m_serviceCode(serviceCode)
{
}

QString BackendError::categoryName(Category category)
{
    switch (category) {
    case Category::InvalidInput:
        return QStringLiteral("invalid input");
    case Category::NotFound:
        return QStringLiteral("not found");
    case Category::Conflict:
        return QStringLiteral("conflict");
    case Category::Permission:
        return QStringLiteral("permission denied");
    case Category::Auth:
        return QStringLiteral("authentication failed");
    case Category::Connection:
        return QStringLiteral("connection failed");
    case Category::Timeout:
        return QStringLiteral("timed out");
    case Category::Server:
        return QStringLiteral("server error");
    }
    return QStringLiteral("error");
}
