#pragma once

#include <QDate>
#include <QTimeZone>

class Backend;
class QSettings;
struct SavedReport;

// What the main window asks of each of its data tabs.
class ConsolePage
{
public:
    virtual ~ConsolePage() = default;

    // Null = no connection. The page does not own the backend.
    virtual void setBackend(Backend *backend) = 0;
    virtual void setDisplayZone(const QTimeZone &zone) = 0;
    virtual void refresh() = 0;
    virtual void focusFilters() = 0;
    // Last filters, under the settings' current group.
    virtual void saveSettings(QSettings &settings) const = 0;
    virtual void restoreSettings(const QSettings &settings) = 0;
    // The filters shown, into a report being saved (the window adds the
    // tab, the zone and the profile).
    virtual void fillReport(SavedReport &report) const = 0;
    // Shows a saved report's filters, its dates taken for `today`, and loads.
    virtual void openReport(const SavedReport &report, const QDate &today) = 0;
};
