#include "cancelconfirmation.h"

#include "displayformat.h"

#include <QMessageBox>
#include <QPushButton>

QString CancelConfirmation::text(const Order &order, const QString &planName, bool directDatabase)
{
    const QString plan = planName.isEmpty() || planName == order.planId
                             ? order.planId
                             : tr("%1 (%2)").arg(order.planId, planName);
    const QString resource = order.resourceName.isEmpty()
                                 ? tr("the CPU/memory quota of the namespace")
                                 : order.resourceName;
    QString text = tr("Cancel order %1 (key %2)?\n\nNamespace: %3\nRegion: %4\nPlan: %5\n"
                      "Type: %6\nResource: %7")
                       .arg(order.orderId, QString::number(order.id), order.ns, order.region, plan,
                            DisplayFormat::planType(order.planType), resource);
    text += QLatin1String("\n\n");
    if (directDatabase) {
        text += tr("This profile writes to the database directly: the order is ended, but the "
                   "resource itself (quota, volume or backing service instance) is NOT released. "
                   "Release it separately on the platform.");
    } else {
        text += tr("The service releases the resource (quota set to zero, volume or backing "
                   "service instance deleted), then ends the order. This cannot be undone.");
    }
    return text;
}

QMessageBox *CancelConfirmation::create(const Order &order, const QString &planName,
                                        bool directDatabase, QWidget *parent)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Cancel order"),
                        text(order, planName, directDatabase), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    QPushButton *yes =
        box->addButton(tr("Cancel order %1").arg(order.orderId), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmCancel"));
    QPushButton *no = box->addButton(tr("Keep order"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("keepOrder"));
    box->setDefaultButton(no); // the safe answer is the one Enter gives
    box->setEscapeButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}
