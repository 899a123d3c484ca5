#pragma once

#include "profiles/profile.h"

#include <QList>

#include <memory>
#include <optional>

class QSettings;

// Profiles kept in QSettings (never their secrets), and which one is
// current.
class ProfileStore
{
public:
    // `settings` null = the application's default QSettings.
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Inserts or replaces by id; an empty id gets a new one, returned.
    QString save(Profile profile);
    void remove(const QString &id);

    QString currentId() const;
    void setCurrentId(const QString &id);

    // The embedded demo database's profile (read-only off, SQLite).
    static Profile demoProfile(const QString &path);

    // The settings the profiles live in (saved reports live there too).
    QSettings *settings() const { return m_settings; }

    // The window's organization and application names: they place its
    // settings file, which usagectl opens too (its saved reports).
    static QString organizationName() { return QStringLiteral("UsageConsole"); }
    static QString windowApplicationName() { return QStringLiteral("Usage Console"); }
    // The window's settings, whichever program asks.
    static std::unique_ptr<QSettings> windowSettings();

private:
    QSettings *m_settings;
    bool m_ownsSettings;
};
