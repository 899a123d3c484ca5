#pragma once

#include "profiles/savedreport.h"

#include <QList>

#include <optional>

class QSettings;

// Saved reports, kept next to the profiles in the same settings (group
// "reports/<id>"), so that the window and usagectl see the same ones. A
// report names its profile by id and outlives it: a report whose profile
// was deleted says so rather than running on another connection.
class ReportStore
{
public:
    // The settings the profiles are kept in (ProfileStore::settings()).
    explicit ReportStore(QSettings *settings);

    // By name, then id.
    QList<SavedReport> reports() const;
    std::optional<SavedReport> report(const QString &id) const;
    // Names are unique (usagectl runs a report by its name).
    std::optional<SavedReport> findByName(const QString &name) const;
    // Inserts or replaces: a report with the same name is replaced, keeping
    // its id. Returns the id.
    QString save(SavedReport report);
    void remove(const QString &id);

private:
    QSettings *m_settings;
};
