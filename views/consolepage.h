#pragma once

#include <QTimeZone>

class Backend;
class QSettings;

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
};
