#pragma once

#include "core/audit.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

// The rules of the ledger audit, applied in one ordered pass: the orders and
// the charges come from two sources in ascending order key (ID), and each
// key's order and charges are judged together, so no query is made per
// order. What correct data looks like (and so why it has no finding) is in
// docs/audit.md; the sources are the sql wing's (SqlLedgerAudit).
class LedgerAuditor
{
public:
    // One DF_PURCHASE_ORDER row. Times in seconds since the epoch (UTC), at
    // whole seconds; nullopt = NULL (or unreadable).
    struct OrderRow
    {
        qint64 id = 0;
        QString orderId;
        QString ns;
        QString region;
        int status = 0;
        std::optional<int> everPayed;
        std::optional<int> lastConsumeId;
        std::optional<qint64> deadline;
        bool startNull = false;
        bool endNull = false;
        bool deadlineNull = false;
    };
    // One DF_CONSUMING_HISTORY row.
    struct ChargeRow
    {
        qint64 id = 0;
        QString orderId;
        QString ns;
        QString region;
        std::optional<int> consumeId;
        qint64 consuming = 0;
        std::optional<qint64> deadline;
        std::optional<int> extraInfo;
        bool timeNull = false;
        bool deadlineNull = false;
        // Values that are not NULL and cannot be read as their type, quoted:
        // CONSUMING is text "12.5abc", CONSUME_TIME is text "2026-09-31 99:00:00".
        QStringList damaged;
    };

    // Rows in ascending ID (charges of one ID in any order); next() answers
    // false after the last row.
    class OrderSource
    {
    public:
        virtual ~OrderSource() = default;
        virtual Result<bool> next(OrderRow &row) = 0;
    };
    class ChargeSource
    {
    public:
        virtual ~ChargeSource() = default;
        virtual Result<bool> next(ChargeRow &row) = 0;
    };

    explicit LedgerAuditor(const AuditFilter &filter);

    Result<AuditReport> run(OrderSource &orders, ChargeSource &charges);

private:
    bool wanted(const QString &ns, const QString &region) const;
    // One key: its order (null when none has it) and every charge naming it.
    void auditKey(const OrderRow *order, const QList<ChargeRow> &charges);
    QList<AuditFinding> chargeFindings(const OrderRow *order, const ChargeRow &charge);
    void orderFindings(const OrderRow &order, const QList<ChargeRow> &charges);
    void add(AuditFinding finding);

    AuditFilter m_filter;
    AuditReport m_report;
};
