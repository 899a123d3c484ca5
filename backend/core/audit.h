#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

// The ledger audit: what in the billing tables breaks the service or makes
// its answers wrong (SPEC §2, §4.1, §4.6, §5). docs/audit.md says what each
// kind means exactly and why correct data has none.
enum class AuditKind {
    StalledRenewal,      // consuming, paid, deadline more than 7 days 8 h past
    DeadlineMismatch,    // order DEADLINE_TIME != its last charge's
    ChargeCountMismatch, // LAST_CONSUME_ID != the highest charge (end row excepted)
    OrphanCharge,        // a charge whose (ID, ORDER_ID) matches no order
    NullField,           // a NULL the service cannot read
    Float32Loss,         // an amount the REST API reports rounded
    UnpaidConsuming,     // STATUS = 5 with EVER_PAYED = 0
    DamagedField,        // a value that is not of its column's type ('12.5abc')
};
constexpr int AuditKindCount = 8;

// "stalled-renewal", "deadline-mismatch", ... (the names usagectl prints).
QString auditKindName(AuditKind kind);
QList<AuditKind> allAuditKinds();

// One finding. `orderKey` and `orderId` are the order's (for an orphan: what
// the charge names); `consumeId` is the charge's where one applies.
struct AuditFinding
{
    AuditKind kind = AuditKind::NullField;
    qint64 orderKey = 0;
    QString orderId;
    QString ns;
    QString region;
    std::optional<int> consumeId;

    // What the explanation quotes; each kind fills its own.
    QStringList nullColumns;             // null-field: "DF_PURCHASE_ORDER.END_TIME"
    QStringList damagedValues;           // damaged-field: CONSUMING is text "12.5abc"
    QDateTime orderDeadline;             // stalled-renewal, deadline-mismatch
    QDateTime chargeDeadline;            // deadline-mismatch
    std::optional<int> lastConsumeId;    // count and deadline mismatches
    std::optional<int> highestConsumeId; // charge-count-mismatch (none: no charges)
    qint64 amountUnits = 0;              // float32-loss: CONSUMING
    qint64 reportedUnits = 0;            // float32-loss: what the REST API says
    QDateTime now;                       // stalled-renewal: the instant audited at

    // One line for a person, times in `zone` (translated where a translator
    // is installed).
    QString detail(const QTimeZone &zone) const;
    // About one charge (open its charges) rather than its order.
    bool isAboutCharge() const;
};

struct AuditFilter
{
    QString region;         // empty = every region
    QStringList namespaces; // empty = every namespace
    QDateTime now;          // invalid = the current time
    int maxFindings = 100000;
};

struct AuditReport
{
    QList<AuditFinding> findings;                // in order-key order, at most maxFindings
    std::array<qint64, AuditKindCount> counts{}; // every finding, listed or not
    // Kinds this connection cannot check, with why, and what else it could
    // not cover (the REST API: one namespace at a time).
    QList<std::pair<AuditKind, QString>> unchecked;
    QString scope;
    qint64 ordersRead = 0;
    qint64 chargesRead = 0;
    qint64 ordersMatched = 0; // of those read, in the filter's regions and namespaces
    qint64 chargesMatched = 0;
    QDateTime now;

    qint64 total() const;
    qint64 count(AuditKind kind) const { return counts[size_t(kind)]; }
    bool checks(AuditKind kind) const;
    // "2 float32-loss, 1 stalled-renewal" (kind names, untranslated).
    QString summary() const;
};

namespace AuditRules {
// The renewal loop renews up to 7 days 8 h ahead and ends an order whose
// renewal still fails 7 days after its deadline (SPEC §4.6): a consuming,
// paid order paid up to more than that before `now` has stalled.
constexpr qint64 StalledAfterSecs = 7 * 86400 + 8 * 3600;
inline bool isStalled(qint64 deadlineSecs, qint64 nowSecs)
{
    return deadlineSecs < nowSecs - StalledAfterSecs;
}
} // namespace AuditRules
