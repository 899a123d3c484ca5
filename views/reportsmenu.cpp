#include "reportsmenu.h"

#include "profiles/profilestore.h"
#include "profiles/reportstore.h"

#include <QAbstractButton>
#include <QMessageBox>

ReportsMenu::ReportsMenu(ReportStore *reports, ProfileStore *profiles, QAction *saveAction,
                         QWidget *parent)
    : QMenu(parent)
    , m_reports(reports)
    , m_profiles(profiles)
    , m_saveAction(saveAction)
{
    setObjectName(QStringLiteral("reportsMenu"));
    connect(this, &QMenu::aboutToShow, this, &ReportsMenu::rebuild);
    retranslate();
    rebuild();
}

void ReportsMenu::retranslate()
{
    setTitle(tr("&Reports"));
}

void ReportsMenu::rebuild()
{
    clear();
    addAction(m_saveAction);
    addSeparator();
    const QList<SavedReport> reports = m_reports->reports();
    if (reports.isEmpty()) {
        addAction(tr("No saved reports"))->setEnabled(false);
        return;
    }
    delete m_deleteMenu; // clear() keeps the submenus it showed
    m_deleteMenu = new QMenu(tr("&Delete report"), this);
    m_deleteMenu->setObjectName(QStringLiteral("deleteReportMenu"));
    for (const SavedReport &report : reports) {
        const auto profile = m_profiles->profile(report.profileId);
        const QString where = profile ? profile->name : tr("deleted profile");
        // Menu text: '&' would turn the next letter into a shortcut.
        QString name = report.name;
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *open = addAction(QStringLiteral("%1\t%2").arg(name, where));
        open->setToolTip(report.periodText());
        connect(open, &QAction::triggered, this, [this, report] { Q_EMIT reportChosen(report); });
        connect(m_deleteMenu->addAction(name), &QAction::triggered, this,
                [this, report] { confirmRemove(report); });
    }
    addSeparator();
    addMenu(m_deleteMenu);
}

void ReportsMenu::confirmRemove(const SavedReport &report)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete report"),
                                tr("Delete the report “%1”?").arg(report.name),
                                QMessageBox::Yes | QMessageBox::No, parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, id = report.id](QAbstractButton *button) {
                if (box->standardButton(button) == QMessageBox::Yes)
                    m_reports->remove(id);
            });
    box->open();
}
