#include "spendview.h"

// Stub: to be replaced by the chart implementation.
SpendView::SpendView(QWidget *parent)
    : QWidget(parent)
{}

void SpendView::setBackend(Backend *) {}
void SpendView::setDisplayZone(const QTimeZone &) {}
void SpendView::setRegion(const QString &) {}
void SpendView::refresh() {}
