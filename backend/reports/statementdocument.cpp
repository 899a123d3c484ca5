#include "reports/statementdocument.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

QString cell(const QString &text, const char *align = "left", bool wrap = true)
{
    return QStringLiteral("<td align=\"%1\"%2>%3</td>")
        .arg(QLatin1String(align),
             wrap ? QString() : QStringLiteral(" style=\"white-space: nowrap;\""),
             text.toHtmlEscaped());
}

QString zoneLabel(const QTimeZone &zone, const QDateTime &at)
{
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(zone.id()),
                                         zone.displayName(at, QTimeZone::OffsetName));
}

} // namespace

QString StatementDocument::title(const Statement &s)
{
    return tr("Statement %1 %2").arg(s.ns, s.month.key());
}

QFont StatementDocument::font()
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    // Latin text in the CJK font's own Latin glyphs when it is there; the
    // system's sans-serif (and its fallbacks) otherwise.
    QStringList families;
    for (const char *family : {"Noto Sans CJK SC", "Noto Sans CJK JP", "DejaVu Sans"}) {
        if (QFontDatabase::hasFamily(QString::fromLatin1(family)))
            families.append(QString::fromLatin1(family));
    }
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setStyleHint(QFont::SansSerif);
    // Without OpenType shaping (CJK needs none): Qt 6.4's PDF writer maps
    // some shaped runs of Noto Sans CJK to no text at all (digits vanished
    // from pdftotext's reading) and writes "fi" as a ligature.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(9);
    return f;
}

QString StatementDocument::html(const Statement &s, const QLocale &locale)
{
    const QString made = s.made.toTimeZone(s.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString period =
        tr("%1 to %2")
            .arg(s.month.startUtc.toTimeZone(s.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 s.month.endUtc.toTimeZone(s.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QString h;
    h += QStringLiteral("<html><body>");
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Monthly statement").toHtmlEscaped());
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    const auto field = [&h](const QString &name, const QString &value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                 .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    field(tr("Namespace"), s.ns);
    field(tr("Month"), s.month.key());
    field(tr("Period"), period);
    field(tr("Time zone"), zoneLabel(s.zone, s.month.startUtc));
    // The regions of its lines; a statement without lines says what was read.
    field(tr("Regions"),
          !s.regions.isEmpty() ? s.regions.join(QStringLiteral(", "))
          : s.regionsRead.isEmpty()
              ? QStringLiteral("—")
              : tr("none with a charge (read: %1)").arg(s.regionsRead.join(QStringLiteral(", "))));
    field(tr("Made"), made);
    h += QStringLiteral("</table><p></p>");

    h += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                        "style=\"border-collapse: collapse; border-color: #999999;\">");
    h += QStringLiteral("<tr style=\"background-color: #e8e8e8;\">");
    const QStringList headers{tr("Order"),    tr("Key"),     tr("Plan"),         tr("Plan name"),
                              tr("Resource"), tr("Charges"), tr("Amount (yuan)")};
    for (int i = 0; i < headers.size(); ++i)
        h += QStringLiteral("<th align=\"%1\">%2</th>")
                 .arg(i >= 5 ? QStringLiteral("right") : QStringLiteral("left"),
                      headers.at(i).toHtmlEscaped());
    h += QStringLiteral("</tr>");
    for (const StatementSubtotal &sub : s.subtotals) {
        h += QStringLiteral("<tr><td colspan=\"7\"><b>%1</b></td></tr>")
                 .arg(tr("Region %1").arg(sub.region).toHtmlEscaped());
        for (const StatementLine &line : s.lines) {
            if (line.region != sub.region)
                continue;
            h += QStringLiteral("<tr>");
            h += cell(line.orderId, "left", false); // an id is read and copied whole
            h += cell(line.orderKey ? QString::number(line.orderKey) : QStringLiteral("—"));
            h += cell(line.planId);
            h += cell(line.planName);
            h += cell(line.resourceName.isEmpty() ? QStringLiteral("—") : line.resourceName);
            h += cell(locale.toString(line.charges), "right");
            h += cell(line.amount.toLocaleString2(locale), "right");
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("<tr><td colspan=\"5\" align=\"right\"><b>%1</b></td>%2%3</tr>")
                 .arg(tr("Subtotal %1").arg(sub.region).toHtmlEscaped(),
                      cell(locale.toString(sub.charges), "right"),
                      QStringLiteral("<td align=\"right\"><b>%1</b></td>")
                          .arg(sub.amount.toLocaleString2(locale).toHtmlEscaped()));
    }
    h += QStringLiteral("<tr style=\"background-color: #e8e8e8;\"><td colspan=\"5\" "
                        "align=\"right\"><b>%1</b></td>%2<td align=\"right\"><b>%3</b></td></tr>")
             .arg(tr("Total").toHtmlEscaped(), cell(locale.toString(s.charges), "right"),
                  s.total.toLocaleString2(locale).toHtmlEscaped());
    h += QStringLiteral("</table>");

    if (s.lines.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(tr("No charges in this month.").toHtmlEscaped());
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(tr("Amounts in yuan, rounded to the cent from the exact charges; the exact "
                     "total is %1 yuan. Months begin at midnight in the time zone above.")
                      .arg(s.total.toString4())
                      .toHtmlEscaped());
    if (!s.orderKeysKnown)
        h += QStringLiteral("<p><small>%1</small></p>")
                 .arg(tr("Made over the service's API, which does not give a charge's order "
                         "key: resources orders of the namespace share one order id and are "
                         "shown as one line per plan.")
                          .toHtmlEscaped());
    h += QStringLiteral("</body></html>");
    return h;
}

std::unique_ptr<QTextDocument> StatementDocument::document(const Statement &statement,
                                                           const QLocale &locale)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(font());
    doc->setHtml(html(statement, locale));
    doc->setMetaInformation(QTextDocument::DocumentTitle, title(statement));
    return doc;
}

void StatementDocument::print(const Statement &statement, QPagedPaintDevice *device,
                              const QLocale &locale)
{
    document(statement, locale)->print(device);
}

bool StatementDocument::writePdf(const Statement &statement, const QString &path, QString *error,
                                 const QLocale &locale)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title(statement));
        writer.setCreator(QStringLiteral("Usage Console"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        // The document keeps its own 2 cm margin (QTextDocument::print).
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        print(statement, &writer, locale);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
