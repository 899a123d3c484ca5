#include "quotetext.h"

#include "displayformat.h"

namespace {

QString line(const QString &label, const QString &value)
{
    return label + QStringLiteral(": ") + value + QLatin1Char('\n');
}

// The part of a service message after its generic prefix ("invalid
// parameters: region can't be blank" -> "region can't be blank").
QString serviceDetail(const QString &message)
{
    const int colon = int(message.indexOf(QStringLiteral(": ")));
    return colon >= 0 ? message.mid(colon + 2).trimmed() : message.trimmed();
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

QString QuoteText::refusal(const BackendError &error)
{
    const QString message = error.message();
    switch (error.serviceCode()) {
    case 3308:
        if (message.contains(QLatin1String("Plan not changed"), Qt::CaseInsensitive))
            return tr("This namespace already has this plan.");
        return tr("The service would not create this order: %1").arg(serviceDetail(message));
    case 3313:
        if (message.contains(QLatin1String("too much remaining"), Qt::CaseInsensitive))
            return tr("The current plan has more remaining value than the new plan costs — "
                      "downgrades are not supported.");
        return tr("The switch from the current plan cannot be priced: %1")
            .arg(serviceDetail(message));
    case 3307:
        if (message.contains(QLatin1String("plan type is invalid"), Qt::CaseInsensitive))
            return tr("This plan does not exist in this region.");
        return tr("The service refused the request: %1").arg(serviceDetail(message));
    case 3315:
        return tr("The plan service could not be asked for this plan. Try again later.");
    case 3311:
        return tr("The namespace's current order could not be read: %1")
            .arg(serviceDetail(message));
    case 3304:
        return tr("The service is still starting up. Try again in a minute.");
    case 3305:
        return tr("Authentication failed: %1").arg(firstLine(message));
    case 3306:
        return tr("You have no access to this namespace.");
    default:
        break;
    }
    switch (error.category()) {
    case BackendError::Category::Connection:
        return tr("The service could not be reached: %1").arg(firstLine(message));
    case BackendError::Category::Timeout:
        return tr("The service did not answer in time.");
    case BackendError::Category::Auth:
        return tr("Authentication failed: %1").arg(firstLine(message));
    default:
        return firstLine(message);
    }
}

QString QuoteText::refusalDetails(const BackendError &error)
{
    QString text;
    if (error.serviceCode() != 0)
        text += tr("Service code %1").arg(error.serviceCode()) + QLatin1Char('\n');
    text += error.message();
    if (!error.details().isEmpty())
        text += QLatin1Char('\n') + error.details();
    return text;
}

QString QuoteText::orderLabel(const Order &order)
{
    return tr("%1 (id %2, plan %3)").arg(order.orderId).arg(order.id).arg(order.planId);
}

QString QuoteText::header(const Request &request, const QTimeZone &displayZone)
{
    QString text = tr("Price quote (dry run: nothing was ordered)") + QLatin1Char('\n');
    text += line(tr("Namespace"), request.ns);
    text += line(tr("Region"), request.region);
    text +=
        line(tr("Plan"), request.planLabel.isEmpty()
                             ? request.planId
                             : QStringLiteral("%1 (%2)").arg(request.planId, request.planLabel));
    if (!request.resourceName.isEmpty())
        text += line(tr("Resource name"), request.resourceName);
    text += line(tr("Priced at"), DisplayFormat::dateTime(request.at, displayZone) +
                                      QLatin1Char(' ') + QString::fromUtf8(displayZone.id()));
    return text;
}

QString QuoteText::summary(const Request &request, const Quote &quote, const QTimeZone &displayZone)
{
    QString text = header(request, displayZone);
    // Plain decimals without grouping: the text is pasted into mails and
    // spreadsheets.
    text += line(tr("Plan price"), quote.planPrice.toString2());
    text += line(tr("Credit for the current plan"), quote.credit.toString2());
    text += line(tr("Amount due"), quote.dueText);
    text += line(tr("Replaces order"),
                 quote.replaces ? orderLabel(*quote.replaces) : tr("none (a new order)"));
    text += line(tr("New period ends"), DisplayFormat::dateTime(quote.periodEnd, displayZone) +
                                            QLatin1Char(' ') + QString::fromUtf8(displayZone.id()));
    if (!quote.warnings.isEmpty()) {
        text += tr("Advice (not part of the service's price):") + QLatin1Char('\n');
        for (const QString &w : quote.warnings)
            text += QStringLiteral("  - ") + w + QLatin1Char('\n');
    }
    return text;
}

QString QuoteText::refusalSummary(const Request &request, const BackendError &error,
                                  const QTimeZone &displayZone)
{
    QString text = header(request, displayZone);
    text += line(tr("Refused"), refusal(error));
    text += line(tr("Details"),
                 refusalDetails(error).replace(QLatin1Char('\n'), QStringLiteral(" | ")));
    return text;
}
