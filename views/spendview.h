#pragma once

#include "backenderror.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class Backend;

// Spend per month per namespace: stacked bars (top N namespaces, the rest
// as "others"), a line for the monthly total, a table of the same numbers,
// export as PNG, SVG and CSV.
class SpendView : public QWidget
{
    Q_OBJECT
public:
    explicit SpendView(QWidget *parent = nullptr);

    // Null = no connection. The view does not own the backend.
    void setBackend(Backend *backend);
    void setDisplayZone(const QTimeZone &zone);
    void setRegion(const QString &region);
    void refresh();

Q_SIGNALS:
    // A click on a bar: open Usages filtered to that namespace and month.
    void usagesRequested(const QString &ns, const QString &region, const QDate &month);
    void errorOccurred(const BackendError &error);
    void busyChanged(bool busy);
    void statusMessage(const QString &text);
};
