#include "profiledialog.h"

#include "core/backend.h"
#include "profileform.h"
#include "profiles/backendfactory.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ProfileDialog::ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_form(new ProfileForm(this))
    , m_newButton(new QPushButton(tr("New"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_saveButton(new QPushButton(tr("Save"), this))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Connection profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    left->addLayout(listButtons);

    auto *right = new QVBoxLayout;
    right->addWidget(m_form, 1);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_testButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_saveButton);
    right->addLayout(formButtons);
    right->addWidget(m_status);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current, QListWidgetItem *previous) {
                rowChanged(m_list->row(current), previous ? m_list->row(previous) : -1);
            });
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        if (askBeforeLeaving() != Leave::Stay)
            newProfile();
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfileDialog::saveProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_form, &ProfileForm::edited, this, [this] { m_status->clear(); });
    connect(m_secrets, &SecretStore::secretWritten, this,
            [this](const QString &, bool persisted, const QString &message) {
                if (!persisted)
                    setStatus(message, true);
                updateSecretPlace();
            });

    reloadList(m_store->currentId());
    if (m_list->count() == 0)
        newProfile();
}

ProfileDialog::~ProfileDialog()
{
    // A test may still run: a pool thread waits for it, not the GUI, and
    // the pool is joined here, before the application can end under it.
    dispose(std::move(m_testBackend));
    m_disposer.waitForDone();
}

void ProfileDialog::dispose(std::shared_ptr<Backend> backend)
{
    if (!backend)
        return;
    // Detached from every thread first, so deleting it on another is allowed.
    backend->moveToThread(nullptr);
    m_disposer.start([backend = std::move(backend)]() mutable { backend.reset(); });
}

void ProfileDialog::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
}

void ProfileDialog::updateSecretPlace()
{
    const Profile p = m_form->profile();
    if (p.id.isEmpty())
        return;
    if (m_secrets->keychainAvailable())
        m_form->setSecretPlace(ProfileForm::SecretPlace::Keychain);
    else if (m_secrets->hasInMemory(p.secretKey()))
        m_form->setSecretPlace(ProfileForm::SecretPlace::Memory);
    else
        m_form->setSecretPlace(ProfileForm::SecretPlace::Nowhere);
}

void ProfileDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = 0;
    for (const Profile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId)
            selectRow = m_list->count() - 1;
    }
    m_deleteButton->setEnabled(m_list->count() > 0);
    if (m_list->count() > 0) {
        m_list->setCurrentRow(selectRow);
        showSelected();
    }
}

void ProfileDialog::selectProfile(const QString &id)
{
    reloadList(id);
}

void ProfileDialog::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (const auto p = m_store->profile(item->data(Qt::UserRole).toString())) {
        m_form->setProfile(*p);
        updateSecretPlace();
    }
    m_deleteButton->setEnabled(true);
    m_status->clear();
}

void ProfileDialog::newProfile()
{
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    Profile p;
    p.name = tr("New profile");
    m_form->setProfile(p);
    m_deleteButton->setEnabled(false);
    setStatus(tr("Fill in the connection and press Save."));
}

void ProfileDialog::saveProfile()
{
    const QString problem = m_form->validationError();
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    Profile p = m_form->profile();
    const QString secret = m_form->typedSecret();
    p.id = m_store->save(p);
    // The secret goes to the keychain only, and leaves the screen. A
    // connection that reopens with this profile reads it back, so the
    // profile counts as saved once the secret is written.
    if (p.needsSecret() && !secret.isEmpty()) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        ++m_secretsWriting;
        *connection = connect(m_secrets, &SecretStore::secretWritten, this,
                              [this, p, connection](const QString &key) {
                                  if (key != p.secretKey())
                                      return;
                                  disconnect(*connection);
                                  --m_secretsWriting;
                                  Q_EMIT profileSaved(p);
                                  if (m_closeWhenWritten && m_secretsWriting == 0)
                                      QDialog::reject();
                              });
        m_secrets->write(p.secretKey(), secret);
    } else {
        Q_EMIT profileSaved(p);
    }
    m_form->clearTypedSecret();
    reloadList(p.id);
    setStatus(tr("Saved “%1”.").arg(p.name));
    Q_EMIT profilesChanged();
}

ProfileDialog::Leave ProfileDialog::askBeforeLeaving()
{
    if (!m_form->isModified())
        return Leave::Unchanged;
    QString name = m_form->profile().name;
    if (name.isEmpty())
        name = tr("New profile");
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Discard the unsaved changes to profile “%1”?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardChanges"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        saveProfile();
        // Not saved: the status says what to fix.
        return m_form->isModified() ? Leave::Stay : Leave::Saved;
    case QMessageBox::Discard:
        return Leave::Discarded;
    default:
        return Leave::Stay;
    }
}

void ProfileDialog::rowChanged(int row, int previousRow)
{
    const QString target = row >= 0 ? m_list->item(row)->data(Qt::UserRole).toString() : QString();
    switch (askBeforeLeaving()) {
    case Leave::Stay: {
        // Back to what the form still shows.
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(previousRow);
        if (previousRow < 0)
            m_list->clearSelection();
        return;
    }
    case Leave::Saved:
        reloadList(target); // saving reloaded the list onto the saved one
        return;
    case Leave::Unchanged:
    case Leave::Discarded:
        showSelected();
        return;
    }
}

void ProfileDialog::reject()
{
    switch (askBeforeLeaving()) {
    case Leave::Stay:
        return;
    case Leave::Saved:
        if (m_secretsWriting > 0) {
            // Closed once the secret is written and the window told.
            m_closeWhenWritten = true;
            return;
        }
        break;
    case Leave::Unchanged:
    case Leave::Discarded:
        break;
    }
    QDialog::reject();
}

void ProfileDialog::deleteProfile()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto p = m_store->profile(item->data(Qt::UserRole).toString());
    if (!p)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete profile"),
                    tr("Delete the connection profile “%1”?").arg(p->name), QMessageBox::NoButton,
                    this);
    box.setInformativeText(p->needsSecret()
                               ? tr("Its stored password or token is removed from the keychain "
                                    "too. The database itself is not touched.")
                               : tr("The database file itself is not touched."));
    QPushButton *remove = box.addButton(tr("Delete profile"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_store->remove(p->id);
    if (p->needsSecret())
        m_secrets->remove(p->secretKey());
    reloadList(QString());
    if (m_list->count() == 0)
        newProfile();
    setStatus(tr("Deleted “%1”.").arg(p->name));
    Q_EMIT profilesChanged();
}

void ProfileDialog::testConnection()
{
    const QString problem = m_form->validationError();
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    const Profile p = m_form->profile();
    const QString typed = m_form->typedSecret();
    if (!p.needsSecret() || !typed.isEmpty() || p.id.isEmpty()) {
        runTest(p, typed);
        return;
    }
    // Nothing typed: use the stored secret. The answer is a signal; take
    // the first one for this key and let go.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_secrets, &SecretStore::secretRead, this,
                [this, p, connection](const QString &key, const QString &secret, bool found) {
                    if (key != p.secretKey())
                        return;
                    disconnect(*connection);
                    if (!found)
                        setStatus(tr("No password or token is stored for this "
                                     "profile: type it in, then test again."),
                                  true);
                    else
                        runTest(p, secret);
                });
    setStatus(tr("Reading the stored secret…"));
    m_secrets->read(p.secretKey());
}

void ProfileDialog::runTest(const Profile &profile, const QString &secret)
{
    const quint64 generation = ++m_testGeneration;
    auto created = BackendFactory::create(profile, secret);
    if (!created) {
        setStatus(tr("Connection failed: %1").arg(created.error().message()), true);
        Q_EMIT connectionTested(false, created.error().message());
        return;
    }
    dispose(std::move(m_testBackend)); // an older test: let it finish off the GUI thread
    m_testBackend = created.value();
    m_testButton->setEnabled(false);
    setStatus(tr("Connecting to %1…").arg(m_testBackend->describe()));
    const bool rest = profile.kind == Profile::Kind::Rest;
    const QString ns = profile.namespaces.value(0);
    m_testBackend->listRegions().then(this, [this, generation, rest,
                                             ns](const Result<QList<Region>> &r) {
        if (generation != m_testGeneration)
            return;
        if (!r) {
            failTest(r.error());
            return;
        }
        QStringList names;
        for (const Region &region : r.value())
            names.append(region.identification);
        const QString regions = tr("Connection OK: %n region(s) (%1).", nullptr, int(names.size()))
                                    .arg(names.join(QStringLiteral(", ")));
        if (!rest || names.isEmpty()) {
            showSecurity(generation, regions);
            return;
        }
        checkToken(generation, names.first(), ns, regions);
    });
}

void ProfileDialog::checkToken(quint64 generation, const QString &region, const QString &ns,
                               const QString &regions)
{
    // The plan service checks no token: one charge of the usage service
    // (which does) tells a refused token, or a namespace the token may not
    // read, before any tab finds out.
    UsageFilter filter;
    filter.region = region;
    if (!ns.isEmpty())
        filter.namespaces = {ns};
    m_testBackend->listUsages(filter, PageRequest::first(1))
        .then(this, [this, generation, regions](const Result<Page<Usage>> &r) {
            if (generation != m_testGeneration)
                return;
            if (!r) {
                failTest(r.error());
                return;
            }
            showSecurity(generation, regions);
        });
}

void ProfileDialog::failTest(const BackendError &error)
{
    setStatus(tr("Connection failed: %1").arg(error.message()), true);
    finishTest(false, error.message());
}

void ProfileDialog::showSecurity(quint64 generation, const QString &regions)
{
    // Asked after an answer came, so that the session it describes is the
    // one that answered (and was verified).
    m_testBackend->security().then(this, [this, generation, regions](const Result<QString> &s) {
        if (generation != m_testGeneration)
            return;
        QString security = s ? s.value() : s.error().message();
        if (security.isEmpty())
            security = tr("unknown");
        const QString message = regions + QLatin1Char('\n') + tr("Security: %1").arg(security);
        setStatus(message);
        finishTest(true, message);
    });
}

void ProfileDialog::finishTest(bool ok, const QString &message)
{
    m_testButton->setEnabled(true);
    dispose(std::move(m_testBackend));
    Q_EMIT connectionTested(ok, message);
}
