#pragma once

#include "core/backenderror.h"
#include "core/order.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class Backend;
class BusyIndicator;
class DataTableView;
class OrderChargesModel;
class QLabel;
class QPushButton;

// The selected order: its fields, its charge history and the Cancel button
// (hidden on read-only profiles, enabled only for consuming orders).
class OrderDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailPane(QWidget *parent = nullptr);

    void setBackend(Backend *backend);
    void setDisplayZone(const QTimeZone &zone);
    void setOrder(const std::optional<Order> &order, const QString &planName);
    std::optional<Order> order() const { return m_order; }
    void setCancelAllowed(bool allowed);
    void setCancelling(bool cancelling);
    QPushButton *cancelButton() const { return m_cancel; }
    OrderChargesModel *chargesModel() const { return m_charges; }
    bool isBusy() const;

Q_SIGNALS:
    void cancelRequested(const Order &order);
    void errorOccurred(const BackendError &error);
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void updateCancelButton();

    std::optional<Order> m_order;
    QString m_planName;
    QTimeZone m_zone;
    bool m_cancelAllowed = true;
    bool m_cancelling = false;
    OrderChargesModel *m_charges;
    QLabel *m_summary;
    QPushButton *m_cancel;
    BusyIndicator *m_busy;
    QLabel *m_chargesTitle;
    DataTableView *m_table;
    QLabel *m_sum;
};
