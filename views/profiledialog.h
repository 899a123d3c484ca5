#pragma once

#include <QDialog>

class ProfileStore;
class SecretStore;

// Add, edit, remove and test connection profiles (SQLite file; MySQL
// host/port/database/user and the plan database; REST base URLs), the
// read-only flag; secrets go to the keychain.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
};
