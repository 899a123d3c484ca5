#pragma once

#include "core/backenderror.h"
#include "core/quote.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

// The words a person reads about a quote: a refusal mapped from the
// service's code to plain language, and the plain-text summary the dialog
// copies to the clipboard.
class QuoteText
{
    Q_DECLARE_TR_FUNCTIONS(QuoteText)
public:
    // What was asked, for the summary.
    struct Request
    {
        QString ns;
        QString region;
        QString planId;
        QString planLabel; // "name, type"
        QString resourceName;
        QDateTime at;
    };

    // The refusal in plain words (3308, 3313, 3307 … mapped; the service's
    // own message where it is the only explanation).
    static QString refusal(const BackendError &error);
    // The raw code and message, for the details pane and bug reports.
    static QString refusalDetails(const BackendError &error);

    static QString orderLabel(const Order &order);

    static QString summary(const Request &request, const Quote &quote,
                           const QTimeZone &displayZone);
    static QString refusalSummary(const Request &request, const BackendError &error,
                                  const QTimeZone &displayZone);

private:
    static QString header(const Request &request, const QTimeZone &displayZone);
};
