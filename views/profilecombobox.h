#pragma once

#include "profiles/profile.h"

#include <QComboBox>

class ProfileStore;

// The toolbar's profile switcher: the stored profiles, plus any opened
// this session that are not stored (a demo database, a command-line
// connection), so that switching back to one is a click.
class ProfileComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ProfileComboBox(ProfileStore *profiles, QWidget *parent = nullptr);

    // Lists `profile` too if the store does not have it.
    void remember(const Profile &profile);
    // Lists the profiles again, showing `currentId` as chosen.
    void reload(const QString &currentId);

Q_SIGNALS:
    void profileChosen(const Profile &profile);

private:
    void chosen(int index);

    ProfileStore *m_profiles;
    QList<Profile> m_extra; // opened but not (yet) in the store
};
