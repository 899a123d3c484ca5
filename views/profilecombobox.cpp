#include "profilecombobox.h"

#include "profiles/profilestore.h"

ProfileComboBox::ProfileComboBox(ProfileStore *profiles, QWidget *parent)
    : QComboBox(parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("profile"));
    setMinimumContentsLength(16);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &ProfileComboBox::chosen);
}

void ProfileComboBox::remember(const Profile &profile)
{
    if (m_profiles->profile(profile.id))
        return;
    m_extra.removeIf([&](const Profile &p) { return p.id == profile.id; });
    m_extra.append(profile);
}

void ProfileComboBox::reload(const QString &currentId)
{
    QList<Profile> list = m_profiles->profiles();
    for (const Profile &extra : std::as_const(m_extra)) {
        if (!m_profiles->profile(extra.id))
            list.append(extra);
    }
    const QSignalBlocker blocker(this);
    clear();
    for (const Profile &profile : std::as_const(list))
        addItem(profile.name, profile.id);
    setCurrentIndex(findData(currentId));
    setPlaceholderText(tr("No profile"));
}

void ProfileComboBox::chosen(int index)
{
    const QString id = itemData(index).toString();
    std::optional<Profile> profile = m_profiles->profile(id);
    for (const Profile &extra : std::as_const(m_extra)) {
        if (!profile && extra.id == id)
            profile = extra;
    }
    if (profile)
        Q_EMIT profileChosen(*profile);
}
