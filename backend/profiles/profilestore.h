#pragma once

#include "profiles/profile.h"

#include <QList>

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

private:
    QSettings *m_settings;
    bool m_ownsSettings;
};
