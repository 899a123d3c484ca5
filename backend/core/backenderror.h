#pragma once

#include <QString>

// What went wrong, in a category a program can act on and a message a person
// can act on. `details` keeps what only an expert wants (the SQL error, the
// server's raw message); `serviceCode` is the usage service's code (33xx)
// where one applies.
class BackendError
{
public:
    enum class Category {
        InvalidInput,
        NotFound,
        Conflict,
        Permission,
        Auth,
        Connection,
        Timeout,
        Server,
    };

    BackendError() = default;
    BackendError(Category category, QString message, QString details = {}, int serviceCode = 0);

    Category category() const { return m_category; }
    QString message() const { return m_message; }
    QString details() const { return m_details; }
    int serviceCode() const { return m_serviceCode; }

    static QString categoryName(Category category);

private:
    Category m_category = Category::Server;
    QString m_message;
    QString m_details;
    int m_serviceCode = 0;
};
