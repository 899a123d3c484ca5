#pragma once

#include <QDialog>
#include <QTimeZone>

class Backend;

// A dry-run quote: namespace, region, plan (from the plan list), resource
// name -> plan price, credit, amount due, the order replaced, the new period
// end, or the refusal in plain words; "copy as text".
class QuoteDialog : public QDialog
{
    Q_OBJECT
public:
    QuoteDialog(Backend *backend, const QTimeZone &displayZone, const QTimeZone &serviceZone,
                QWidget *parent = nullptr);
    void setNamespace(const QString &ns);
    void setRegion(const QString &region);
};
