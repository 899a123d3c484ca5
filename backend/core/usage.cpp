#include "core/usage.h"

QString chargeKindName(ChargeKind kind)
{
    switch (kind) {
    case ChargeKind::New:
        return QStringLiteral("new");
    case ChargeKind::Renew:
        return QStringLiteral("renew");
    case ChargeKind::Switch:
        return QStringLiteral("switch");
    case ChargeKind::End:
        return QStringLiteral("end");
    case ChargeKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ChargeKind chargeKindFromInt(std::optional<int> value)
{
    if (!value)
        return ChargeKind::Unknown;
    switch (*value) {
    case 0:
        return ChargeKind::New;
    case 1:
        return ChargeKind::Renew;
    case 2:
        return ChargeKind::Switch;
    case 3:
        return ChargeKind::End;
    default:
        return ChargeKind::Unknown;
    }
}
