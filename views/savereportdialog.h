#pragma once

#include "profiles/savedreport.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "Save as report…": a name for the filters of the tab shown, and for tabs
// with dates whether they stay as shown or follow the month the report is
// opened (or run) in. Saving under an existing name replaces that report.
class SaveReportDialog : public QDialog
{
    Q_OBJECT
public:
    SaveReportDialog(const SavedReport &report, const QString &profileName,
                     const QStringList &existingNames, QWidget *parent = nullptr);

    // The report with the name and period chosen.
    SavedReport report() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *periodBox() const { return m_period; }

private:
    void update();

    SavedReport m_report;
    QStringList m_existing;
    QLineEdit *m_name;
    QComboBox *m_period;
    QLabel *m_replaces;
    QDialogButtonBox *m_buttons;
};
