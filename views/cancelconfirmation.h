#pragma once

#include "core/order.h"

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

// The question asked before an order is cancelled: it names the order, its
// namespace, plan and resource, and — for a direct-database profile — says
// plainly that the resource itself is not released (SPEC §5).
class CancelConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(CancelConfirmation)
public:
    static QString text(const Order &order, const QString &planName, bool directDatabase);
    // A window-modal box (open(), not exec()): its finished() signal answers.
    static QMessageBox *create(const Order &order, const QString &planName, bool directDatabase,
                               QWidget *parent);
};
