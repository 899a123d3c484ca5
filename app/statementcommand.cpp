#include "statementcommand.h"

#include "clicontext.h"
#include "core/monthcalendar.h"
#include "recordformat.h"
#include "reports/statementloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

StatementCommand::PdfWriter &pdfWriter()
{
    static StatementCommand::PdfWriter writer;
    return writer;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject statementJson(const Statement &s)
{
    QJsonArray lines;
    for (const StatementLine &l : s.lines) {
        lines.append(QJsonObject{
            {QStringLiteral("region"), l.region},
            {QStringLiteral("order_id"), l.orderId},
            {QStringLiteral("order_key"), l.orderKey ? QJsonValue(l.orderKey) : QJsonValue()},
            {QStringLiteral("plan_id"), l.planId},
            {QStringLiteral("plan_name"), orNull(l.planName)},
            {QStringLiteral("resource_name"), orNull(l.resourceName)},
            {QStringLiteral("charges"), l.charges},
            {QStringLiteral("amount"), l.amount.toString4()},
        });
    }
    QJsonArray subtotals;
    for (const StatementSubtotal &sub : s.subtotals)
        subtotals.append(QJsonObject{{QStringLiteral("region"), sub.region},
                                     {QStringLiteral("charges"), sub.charges},
                                     {QStringLiteral("amount"), sub.amount.toString4()}});
    return QJsonObject{
        {QStringLiteral("namespace"), s.ns},
        {QStringLiteral("month"), s.month.key()},
        {QStringLiteral("zone"), QString::fromUtf8(s.zone.id())},
        {QStringLiteral("period_start"), RecordFormat::timeJson(s.month.startUtc, s.zone)},
        {QStringLiteral("period_end"), RecordFormat::timeJson(s.month.endUtc, s.zone)},
        {QStringLiteral("regions"), QJsonArray::fromStringList(s.regions)},
        {QStringLiteral("made"), RecordFormat::timeJson(s.made, s.zone)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("subtotals"), subtotals},
        {QStringLiteral("charges"), s.charges},
        {QStringLiteral("total"), s.total.toString4()},
        {QStringLiteral("order_keys_known"), s.orderKeysKnown},
    };
}

// One row per order line, a SUBTOTAL row per region and the TOTAL.
void printLines(CliContext &ctx, const Statement &s)
{
    OutputWriter writer(ctx.out, ctx.format,
                        {QStringLiteral("REGION"), QStringLiteral("ORDER"), QStringLiteral("KEY"),
                         QStringLiteral("PLAN"), QStringLiteral("PLAN NAME"),
                         QStringLiteral("RESOURCE"), QStringLiteral("CHARGES"),
                         QStringLiteral("AMOUNT")});
    const auto summary = [&writer](const QString &region, const QString &label, qint64 charges,
                                   Money amount) {
        writer.addRow({region, label, {}, {}, {}, {}, QString::number(charges), amount.toString2()},
                      {});
    };
    for (const StatementSubtotal &sub : s.subtotals) {
        for (const StatementLine &l : s.lines) {
            if (l.region == sub.region)
                writer.addRow({l.region, l.orderId,
                               l.orderKey ? QString::number(l.orderKey) : QString(), l.planId,
                               l.planName, l.resourceName, QString::number(l.charges),
                               l.amount.toString2()},
                              {});
        }
        summary(sub.region, QStringLiteral("SUBTOTAL"), sub.charges, sub.amount);
    }
    summary(QStringLiteral("TOTAL"), {}, s.charges, s.total);
    writer.finish();
}

} // namespace

void StatementCommand::setPdfWriter(PdfWriter writer)
{
    pdfWriter() = std::move(writer);
}

int StatementCommand::run(CliContext &ctx)
{
    const QStringList namespaces = ctx.args.list(QStringLiteral("namespace"));
    QList<QDate> months;
    QString error = ctx.months(&months);
    if (error.isEmpty() && namespaces.size() != 1)
        error = QStringLiteral("statement needs one --namespace");
    if (error.isEmpty() && months.size() != 1)
        error = QStringLiteral("statement needs one --month YYYY-MM");
    const QString out = ctx.args.value(QStringLiteral("out"));
    if (error.isEmpty() && ctx.args.isSet(QStringLiteral("out")) && out.isEmpty())
        error = QStringLiteral("--out needs a file name");
    // A PDF needs fonts, and fonts need a QGuiApplication: usagectl hands
    // this command to the program that draws documents, which sets the writer.
    if (error.isEmpty() && !out.isEmpty() && !pdfWriter())
        error = QStringLiteral("statement --out needs usagectl-documents, which usagectl starts");
    if (!error.isEmpty())
        return ctx.fail(error, CliContext::Usage);

    StatementRequest request;
    request.ns = namespaces.constFirst();
    request.region = ctx.args.value(QStringLiteral("region"));
    request.month =
        MonthCalendar::months(months.constFirst(), months.constFirst(), ctx.zone).constFirst();
    request.zone = ctx.zone;
    StatementLoader loader;
    const auto made = CliContext::waitRunning(loader.load(ctx.backend.get(), request));
    if (!made)
        return ctx.fail(made.error());
    const Statement &s = made.value();
    if (s.lines.isEmpty())
        ctx.err << "usagectl: warning: " << s.ns << " has no charge in " << s.month.key()
                << " (see usagectl namespaces list)\n";
    if (!out.isEmpty()) {
        QString writeError;
        if (!pdfWriter()(s, out, &writeError))
            return ctx.fail(writeError);
    }
    if (ctx.format == OutputWriter::Format::Json)
        ctx.out << QJsonDocument(statementJson(s)).toJson(QJsonDocument::Indented);
    else if (out.isEmpty())
        printLines(ctx, s);
    else
        ctx.out << "Wrote " << out << ": " << s.lines.size() << " order line(s), " << s.charges
                << " charge(s), total " << s.total.toString2() << '\n';
    if (!s.orderKeysKnown)
        ctx.err << "usagectl: note: over --api a charge does not name its order's key: the "
                   "resources orders of a namespace share one order id and one line per plan\n";
    return CliContext::Ok;
}
