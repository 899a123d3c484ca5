#pragma once

#include "core/audit.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// The findings of one ledger audit, as a table (the audit answers them all
// at once: nothing is paged).
class AuditFindingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        OrderColumn,
        OrderIdColumn,
        NamespaceColumn,
        RegionColumn,
        ChargeColumn,
        DetailColumn,
        ColumnCount
    };

    explicit AuditFindingModel(QObject *parent = nullptr);

    void setReport(const AuditReport &report);
    void clear();
    const AuditReport &report() const { return m_report; }
    const AuditFinding &findingAt(int row) const { return m_report.findings.at(row); }
    void setDisplayZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent) const override;
    int columnCount(const QModelIndex &parent) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    AuditReport m_report;
    QTimeZone m_zone;
};
