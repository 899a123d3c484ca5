#pragma once

#include "core/backenderror.h"
#include "core/filters.h"
#include "core/plan.h"
#include "requesttracker.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <optional>

class Backend;

// Plan versions with their prices. The plan list is small and complete (the
// plan service answers it in one piece), so a proxy may sort it.
class PlanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PlanColumn,
        VersionColumn,
        NameColumn,
        TypeColumn,
        RegionColumn,
        Spec1Column,
        Spec2Column,
        PriceColumn,
        CycleColumn,
        StatusColumn,
        CreatedColumn,
        DescriptionColumn,
        ColumnCount
    };
    // Qt::UserRole: a value that sorts right (price units, version number).
    static constexpr int SortRole = Qt::UserRole;

    explicit PlanTableModel(QObject *parent = nullptr);

    void setBackend(Backend *backend);
    void setFilter(const PlanFilter &filter);
    PlanFilter filter() const { return m_filter; }
    void refresh();
    bool isBusy() const { return m_tracker.isBusy(); }
    // Why the last refresh failed; empty after a list arrived. Set before
    // errorOccurred() is emitted.
    const std::optional<BackendError> &loadError() const { return m_loadError; }
    const Plan &planAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent) const override;
    int columnCount(const QModelIndex &parent) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void errorOccurred(const BackendError &error);
    void busyChanged(bool busy);
    void loaded(int count);

private:
    QVariant display(const Plan &plan, int column) const;

    Backend *m_backend = nullptr;
    PlanFilter m_filter;
    QList<Plan> m_rows;
    RequestTracker m_tracker;
    QLocale m_locale;
    std::optional<BackendError> m_loadError;
};
