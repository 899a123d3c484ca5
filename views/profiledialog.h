#pragma once

#include "profiles/profile.h"

#include <QDialog>
#include <QThreadPool>

#include <memory>

class Backend;
class BackendError;
class ProfileForm;
class ProfileStore;
class QLabel;
class QListWidget;
class QPushButton;
class SecretStore;

// Add, edit, remove and test connection profiles (SQLite file; MySQL
// host/port/database/user and the plan database; REST base URLs), the
// read-only flag; secrets go to the keychain.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Shows the profile with this id (if it exists) for editing.
    void selectProfile(const QString &id);
    // Close and Escape: asks first whether to save a form that differs from
    // what is saved (Save / Discard / Cancel).
    void reject() override;

Q_SIGNALS:
    // A profile was saved or deleted: lists elsewhere should reload.
    void profilesChanged();
    // A profile was saved, its secret (if one was typed) with it: a
    // connection open with it should apply the new settings.
    void profileSaved(const Profile &profile);
    // "Test connection" finished (ok = listRegions answered and, over REST,
    // the usage service took the token); the message
    // says how the connection is protected too.
    void connectionTested(bool ok, const QString &message);

private:
    void reloadList(const QString &selectId);
    void showSelected();
    void newProfile();
    void saveProfile();
    void deleteProfile();
    void testConnection();
    void runTest(const Profile &profile, const QString &secret);
    // REST: one authenticated request of the usage service.
    void checkToken(quint64 generation, const QString &region, const QString &ns,
                    const QString &regions);
    void showSecurity(quint64 generation, const QString &regions);
    void failTest(const BackendError &error);
    void finishTest(bool ok, const QString &message);
    void dispose(std::shared_ptr<Backend> backend);
    void setStatus(const QString &text, bool error = false);
    // The secret field's hint says where the shown profile's secret is.
    void updateSecretPlace();
    // Before the form shows something else (another profile, a new one, the
    // dialog closing): asks Save / Discard / Cancel when it holds unsaved
    // changes. Whether to go on; Save saves first (false if it could not).
    enum class Leave { Unchanged, Saved, Discarded, Stay };
    Leave askBeforeLeaving();
    void rowChanged(int row, int previousRow);

    ProfileStore *m_store;
    SecretStore *m_secrets;
    QListWidget *m_list;
    ProfileForm *m_form;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    QLabel *m_status;
    quint64 m_testGeneration = 0;
    int m_secretsWriting = 0;
    bool m_closeWhenWritten = false; // saved on closing: close once its secret is written
    // The backend under test lives here, not in a continuation: its
    // destructor joins its worker thread and must never run on that thread.
    std::shared_ptr<Backend> m_testBackend;
    // Where tested backends are destroyed, off the GUI thread; joined by the
    // destructor while the application still runs (a backend's worker stops
    // by an event, and Qt delivers none once QCoreApplication is going).
    QThreadPool m_disposer;
};
