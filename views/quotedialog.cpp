#include "quotedialog.h"

// Stub: to be replaced by the real dialog.
QuoteDialog::QuoteDialog(Backend *, const QTimeZone &, const QTimeZone &, QWidget *parent)
    : QDialog(parent)
{}

void QuoteDialog::setNamespace(const QString &) {}
void QuoteDialog::setRegion(const QString &) {}
