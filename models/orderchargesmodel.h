#pragma once

#include "core/backenderror.h"
#include "core/filters.h"
#include "core/order.h"
#include "core/usage.h"
#include "requesttracker.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

#include <optional>

class Backend;

// One order's charge history for the detail pane. The backend filters
// charges by the string ORDER_ID, which `<ns>-resources` shares with every
// resources order the namespace ever had, so the rows are then narrowed to
// this order's own (OrderCharges::belongsTo: its key, or over REST its plan,
// span and deadlines). All pages are read (an order has a few dozen charges;
// reading stops after MaxPages).
class OrderChargesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ChargeColumn,
        KindColumn,
        AmountColumn,
        PeriodEndColumn,
        PlanColumn,
        PlanNameColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 50;

    explicit OrderChargesModel(QObject *parent = nullptr);

    void setBackend(Backend *backend);
    void setDisplayZone(const QTimeZone &zone);
    // Loads the charges of `order`; nullopt clears.
    void setOrder(const std::optional<Order> &order);
    std::optional<Order> order() const { return m_order; }
    bool isBusy() const { return m_tracker.isBusy(); }
    bool isComplete() const { return m_complete; }
    Money sum() const;

    int rowCount(const QModelIndex &parent) const override;
    int columnCount(const QModelIndex &parent) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void errorOccurred(const BackendError &error);
    void busyChanged(bool busy);
    // Every page has been read (or MaxPages reached: complete = false).
    void loaded(bool complete);

private:
    void requestPage(const PageRequest &page, int pagesSoFar);

    Backend *m_backend = nullptr;
    std::optional<Order> m_order;
    QList<Usage> m_rows;
    RequestTracker m_tracker;
    QTimeZone m_zone;
    QLocale m_locale;
    bool m_complete = false;
};
