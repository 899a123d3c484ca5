#pragma once

#include "core/backenderror.h"

// What the service's refusals about one order mean, said plainly: 3306 (the
// token's user may not act for the namespace, or the order is not in it) and
// 3318/3309 (the order is not consuming). The service's own text stays in the details. (401/3305,
// the token refused, is said plainly by RestJson::errorFor already.)
namespace RestRefusal {

// `ns` is the namespace the request named ("" = the token's own user).
BackendError explain(const BackendError &error, qint64 orderId, const QString &ns);

} // namespace RestRefusal
