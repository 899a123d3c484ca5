#include "savereportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

QString tabTitle(SavedReport::Tab tab)
{
    switch (tab) {
    case SavedReport::Tab::Usages:
        return SaveReportDialog::tr("Usages");
    case SavedReport::Tab::Orders:
        return SaveReportDialog::tr("Orders");
    case SavedReport::Tab::Plans:
        return SaveReportDialog::tr("Plans");
    case SavedReport::Tab::Spend:
        return SaveReportDialog::tr("Spend");
    }
    return QString();
}

} // namespace

SaveReportDialog::SaveReportDialog(const SavedReport &report, const QString &profileName,
                                   const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_existing(existingNames)
    , m_name(new QLineEdit(this))
    , m_period(new QComboBox(this))
    , m_replaces(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveReportDialog"));
    setWindowTitle(tr("Save as report"));
    m_name->setObjectName(QStringLiteral("name"));
    m_period->setObjectName(QStringLiteral("period"));
    m_name->setText(report.name.isEmpty()
                        ? QStringLiteral("%1 — %2").arg(tabTitle(report.tab),
                                                        report.region.isEmpty() ? tr("all regions")
                                                                                : report.region)
                        : report.name);
    m_name->selectAll();
    m_period->addItem(report.period == SavedReport::Period::All
                          ? tr("All dates")
                          : tr("As shown: %1").arg(report.periodText()),
                      int(report.period));
    m_period->addItem(tr("The month before the one it is opened in"),
                      int(SavedReport::Period::PreviousMonth));
    m_period->addItem(tr("The month it is opened in"), int(SavedReport::Period::CurrentMonth));
    m_replaces->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(
        tr("Shows:"),
        new QLabel(
            tr("%1 on profile “%2”, zone %3").arg(tabTitle(report.tab), profileName, report.zoneId),
            this));
    const bool dated =
        report.tab == SavedReport::Tab::Usages || report.tab == SavedReport::Tab::Spend;
    if (dated)
        form->addRow(tr("&Dates:"), m_period);
    else
        m_period->hide();
    form->addRow(m_replaces);
    form->addRow(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &SaveReportDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

SavedReport SaveReportDialog::report() const
{
    SavedReport r = m_report;
    r.name = m_name->text().trimmed();
    r.period = SavedReport::Period(m_period->currentData().toInt());
    return r;
}

void SaveReportDialog::update()
{
    const QString name = m_name->text().trimmed();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!name.isEmpty());
    m_replaces->setText(m_existing.contains(name)
                            ? tr("A report named “%1” exists: saving replaces it.").arg(name)
                            : QString());
}
