#pragma once

#include "profiles/savedreport.h"

#include <QMenu>
#include <QPointer>

class ProfileStore;
class ReportStore;

// Reports: "Save as report…" (an action the window owns), the saved
// reports by name (with their profile), and a submenu to delete one. Built
// afresh each time it opens, so a report saved elsewhere shows up.
class ReportsMenu : public QMenu
{
    Q_OBJECT
public:
    ReportsMenu(ReportStore *reports, ProfileStore *profiles, QAction *saveAction,
                QWidget *parent = nullptr);

    void retranslate();

Q_SIGNALS:
    void reportChosen(const SavedReport &report);

private:
    void rebuild();
    void confirmRemove(const SavedReport &report);

    ReportStore *m_reports;
    ProfileStore *m_profiles;
    QAction *m_saveAction;
    QPointer<QMenu> m_deleteMenu;
};
