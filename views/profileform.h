#pragma once

#include "profiles/profile.h"

#include <QWidget>

class FileField;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

// The fields of one connection profile, with a page per kind (SQLite file;
// MySQL server, over TLS or not; REST service). The password/token field is
// write-only: it is never filled from the keychain, so a secret is only ever
// on screen while the user types it.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    // Where a saved profile's password or token is, for the secret field's
    // hint: the keychain, this session's memory (no keychain), or nowhere
    // (no keychain, and not typed in this session).
    enum class SecretPlace { Keychain, Memory, Nowhere };

    explicit ProfileForm(QWidget *parent = nullptr);

    // Shows `profile`; the secret field is cleared (a saved profile's hint
    // says its secret is in the keychain).
    void setProfile(const Profile &profile);
    // Says where the shown saved profile's secret is (the default: the keychain).
    void setSecretPlace(SecretPlace place);
    // The profile as edited (id kept from setProfile()).
    Profile profile() const;
    // What was typed into the password/token field of the current kind
    // (empty = keep the stored one).
    QString typedSecret() const;
    void clearTypedSecret();
    // The fields differ from what setProfile() showed, or a secret was typed.
    bool isModified() const;
    // Empty when the fields are usable; otherwise what to fix, in words.
    QString validationError() const;

Q_SIGNALS:
    void edited();

private:
    QWidget *sqlitePage();
    QWidget *mysqlPage();
    QWidget *restPage();
    void addTlsRows(QWidget *page, QFormLayout *form);
    // The CA, certificate and key fields only where TLS is required.
    void updateTlsFields();
    void updateSecretHint();
    QString tlsError(const Profile &p) const;
    QSpinBox *timeoutBox(QWidget *page, const QString &name, const QString &toolTip);

    QString m_id;
    SecretPlace m_secretPlace = SecretPlace::Keychain;
    Profile m_shown; // as the form showed it after setProfile()
    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    FileField *m_sqlitePath = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_planDatabase = nullptr;
    QComboBox *m_mysqlTls = nullptr;
    FileField *m_mysqlCaFile = nullptr;
    FileField *m_mysqlCertFile = nullptr;
    FileField *m_mysqlKeyFile = nullptr;
    QLineEdit *m_usageApiUrl = nullptr;
    QLineEdit *m_planApiUrl = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_namespaces = nullptr;
    FileField *m_caFile = nullptr;
    QSpinBox *m_requestTimeout = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_readTimeout = nullptr;
    QSpinBox *m_writeTimeout = nullptr;
    QCheckBox *m_readOnly;
    QCheckBox *m_useCache;
    QComboBox *m_serviceZone;
};
