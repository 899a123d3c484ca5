#include "rest/restrefusal.h"

#include <QCoreApplication>

namespace RestRefusal {

BackendError explain(const BackendError &error, qint64 orderId, const QString &ns)
{
    using Category = BackendError::Category;
    // The code first (what a person quotes to the service's admins), then
    // the service's own words.
    QString details = error.details();
    if (!error.message().isEmpty())
        details += (details.isEmpty() ? QString() : QStringLiteral("\n")) + error.message();
    switch (error.serviceCode()) {
    case 3305:
        return error; // RestJson::errorFor says it plainly already (check the token)
    case 3306:
        return BackendError(
            Category::Permission,
            ns.isEmpty()
                ? QCoreApplication::translate(
                      "RestRefusal",
                      "Permission denied: order %1 is not in the token's own namespace; name "
                      "its namespace (--namespace).")
                      .arg(orderId)
                : QCoreApplication::translate(
                      "RestRefusal",
                      "Permission denied: the token may not act for namespace %1, or order %2 "
                      "is not in it.")
                      .arg(ns)
                      .arg(orderId),
            details, error.serviceCode());
    case 3309:
    case 3318:
        return BackendError(Category::Conflict,
                            QCoreApplication::translate(
                                "RestRefusal",
                                "Order %1 is not consuming (it has ended, was never paid or does "
                                "not exist): nothing to cancel.")
                                .arg(orderId),
                            details, error.serviceCode());
    default:
        return error;
    }
}

} // namespace RestRefusal
