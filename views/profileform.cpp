#include "profileform.h"

#include "core/timezonename.h"
#include "filefield.h"
#include "sql/connectionspec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace {

bool isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

bool isReadableFile(const QString &path)
{
    const QFileInfo file(path);
    return file.isFile() && file.isReadable();
}

QString pemFilter()
{
    return ProfileForm::tr("Certificates (*.pem *.crt *.cer);;All files (*)");
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_readOnly(new QCheckBox(tr("Read-only (never cancel orders with this profile)"), this))
    , m_useCache(new QCheckBox(tr("Use the roll-up cache for totals and spend"), this))
    , m_serviceZone(new QComboBox(this))
{
    m_name->setObjectName(QStringLiteral("profileName"));
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_kind->addItem(tr("SQLite file"), int(Profile::Kind::Sqlite));
    m_kind->addItem(tr("MySQL / MariaDB database"), int(Profile::Kind::Mysql));
    m_kind->addItem(tr("REST service (usage API)"), int(Profile::Kind::Rest));
    m_pages->addWidget(sqlitePage());
    m_pages->addWidget(mysqlPage());
    m_pages->addWidget(restPage());

    m_serviceZone->setEditable(true);
    m_serviceZone->addItem(QStringLiteral("Asia/Shanghai"));
    m_serviceZone->addItem(QStringLiteral("UTC"));
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    m_serviceZone->setCompleter(new QCompleter(zones, m_serviceZone));
    m_serviceZone->setToolTip(tr("The time zone the usage service runs in; billing period ends "
                                 "are computed in it. Production runs in Asia/Shanghai."));
    m_useCache->setToolTip(tr("Months that can no longer change are summed once and kept."));

    auto *common = new QFormLayout;
    common->addRow(tr("Name:"), m_name);
    common->addRow(tr("Kind:"), m_kind);
    auto *extra = new QFormLayout;
    extra->addRow(tr("Service time zone:"), m_serviceZone);
    extra->addRow(m_readOnly);
    extra->addRow(m_useCache);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(common);
    layout->addWidget(m_pages);
    layout->addLayout(extra);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileForm::edited);
    connect(m_name, &QLineEdit::textEdited, this, &ProfileForm::edited);
    connect(m_readOnly, &QCheckBox::toggled, this, &ProfileForm::edited);
    connect(m_useCache, &QCheckBox::toggled, this, &ProfileForm::edited);
    connect(m_serviceZone, &QComboBox::currentTextChanged, this, &ProfileForm::edited);
}

QSpinBox *ProfileForm::timeoutBox(QWidget *page, const QString &name, const QString &toolTip)
{
    auto *box = new QSpinBox(page);
    box->setObjectName(name);
    box->setRange(1, Profile::MaxTimeoutSeconds);
    box->setValue(Profile::DefaultTimeoutSeconds);
    box->setSuffix(tr(" s"));
    box->setToolTip(toolTip);
    connect(box, &QSpinBox::valueChanged, this, &ProfileForm::edited);
    return box;
}

QWidget *ProfileForm::sqlitePage()
{
    auto *page = new QWidget(this);
    m_sqlitePath =
        new FileField(QStringLiteral("sqlitePath"), tr("Choose the SQLite database"),
                      tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"), page);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Database file:"), m_sqlitePath);
    connect(m_sqlitePath, &FileField::edited, this, &ProfileForm::edited);
    return page;
}

QWidget *ProfileForm::mysqlPage()
{
    auto *page = new QWidget(this);
    m_host = new QLineEdit(page);
    m_port = new QSpinBox(page);
    m_port->setRange(1, 65535);
    m_port->setValue(3306);
    m_port->setObjectName(QStringLiteral("port"));
    m_database = new QLineEdit(page);
    m_user = new QLineEdit(page);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_planDatabase = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("host"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_planDatabase->setPlaceholderText(tr("empty = the plan tables are in the same database"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Plan database:"), m_planDatabase);
    addTlsRows(page, form);
    m_connectTimeout = timeoutBox(page, QStringLiteral("connectTimeout"),
                                  tr("How long to wait for the server to accept and greet."));
    m_readTimeout = timeoutBox(page, QStringLiteral("readTimeout"),
                               tr("How long the server may stay silent while answering: a "
                                  "stalled server fails after this, and so does a query that "
                                  "computes for longer."));
    m_writeTimeout = timeoutBox(page, QStringLiteral("writeTimeout"),
                                tr("How long the server may take to accept what is sent."));
    auto *timeouts = new QHBoxLayout;
    timeouts->addWidget(new QLabel(tr("connect"), page));
    timeouts->addWidget(m_connectTimeout);
    timeouts->addWidget(new QLabel(tr("read"), page));
    timeouts->addWidget(m_readTimeout);
    timeouts->addWidget(new QLabel(tr("write"), page));
    timeouts->addWidget(m_writeTimeout);
    timeouts->addStretch(1);
    form->addRow(tr("Timeouts:"), timeouts);
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password, m_planDatabase})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    connect(m_port, &QSpinBox::valueChanged, this, &ProfileForm::edited);
    return page;
}

QWidget *ProfileForm::restPage()
{
    auto *page = new QWidget(this);
    m_usageApiUrl = new QLineEdit(page);
    m_usageApiUrl->setPlaceholderText(QStringLiteral("https://host[/usageapi/v1]"));
    m_usageApiUrl->setToolTip(
        tr("An address without a path means the usage API at /usageapi/v1 on that host."));
    m_planApiUrl = new QLineEdit(page);
    m_planApiUrl->setPlaceholderText(tr("optional: /charge/v1 on the same host"));
    m_planApiUrl->setToolTip(
        tr("Empty: the plan service at /charge/v1 on the usage API's host, as usagectl does."));
    m_usageApiUrl->setObjectName(QStringLiteral("usageApiUrl"));
    m_planApiUrl->setObjectName(QStringLiteral("planApiUrl"));
    m_token = new QLineEdit(page);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_namespaces = new QLineEdit(page);
    m_namespaces->setObjectName(QStringLiteral("namespaces"));
    m_namespaces->setPlaceholderText(tr("comma-separated; the API lists one namespace at a time"));
    m_caFile =
        new FileField(QStringLiteral("caFile"), tr("Choose the CA certificate"), pemFilter(), page);
    m_caFile->setPlaceholderText(tr("empty = the system's certificate authorities"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Usage API URL:"), m_usageApiUrl);
    form->addRow(tr("Plan API URL:"), m_planApiUrl);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("Namespaces:"), m_namespaces);
    form->addRow(tr("CA file:"), m_caFile);
    m_requestTimeout =
        timeoutBox(page, QStringLiteral("requestTimeout"),
                   tr("The deadline of one request, from connecting to the last byte of the "
                      "answer. A cancel always gets at least 20 s."));
    form->addRow(tr("Request timeout:"), m_requestTimeout);
    for (QLineEdit *edit : {m_usageApiUrl, m_planApiUrl, m_token, m_namespaces})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    connect(m_caFile, &FileField::edited, this, &ProfileForm::edited);
    return page;
}

void ProfileForm::addTlsRows(QWidget *page, QFormLayout *form)
{
    // The words of the address (?tls=off|required), so that a profile and
    // `usagectl --db` mean the same.
    m_mysqlTls = new QComboBox(page);
    m_mysqlTls->setObjectName(QStringLiteral("mysqlTls"));
    m_mysqlTls->addItem(tr("Off (not encrypted)"), false);
    m_mysqlTls->addItem(tr("Required (verify the server's certificate)"), true);
    m_mysqlTls->setToolTip(tr("Required: the server's certificate must be signed by the CA and "
                              "name the host before the password is sent; a server without "
                              "TLS is refused."));
    m_mysqlCaFile = new FileField(QStringLiteral("mysqlCaFile"), tr("Choose the CA certificate"),
                                  pemFilter(), page);
    m_mysqlCaFile->setPlaceholderText(tr("empty = the system's certificate authorities"));
    m_mysqlCertFile = new FileField(QStringLiteral("mysqlCertFile"),
                                    tr("Choose the client certificate"), pemFilter(), page);
    m_mysqlCertFile->setPlaceholderText(tr("only for a server that asks for one"));
    m_mysqlKeyFile = new FileField(QStringLiteral("mysqlKeyFile"), tr("Choose the client key"),
                                   tr("Keys (*.pem *.key);;All files (*)"), page);
    m_mysqlKeyFile->setPlaceholderText(tr("the client certificate's private key"));
    form->addRow(tr("TLS:"), m_mysqlTls);
    form->addRow(tr("CA file:"), m_mysqlCaFile);
    form->addRow(tr("Client certificate:"), m_mysqlCertFile);
    form->addRow(tr("Client key:"), m_mysqlKeyFile);
    connect(m_mysqlTls, &QComboBox::currentIndexChanged, this, [this] {
        updateTlsFields();
        Q_EMIT edited();
    });
    for (FileField *field : {m_mysqlCaFile, m_mysqlCertFile, m_mysqlKeyFile})
        connect(field, &FileField::edited, this, &ProfileForm::edited);
    updateTlsFields();
}

void ProfileForm::updateTlsFields()
{
    const bool required = m_mysqlTls->currentData().toBool();
    for (FileField *field : {m_mysqlCaFile, m_mysqlCertFile, m_mysqlKeyFile})
        field->setEnabled(required);
}

void ProfileForm::setProfile(const Profile &p)
{
    const QSignalBlocker blocker(this);
    m_id = p.id;
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_pages->setCurrentIndex(m_kind->currentIndex());
    m_sqlitePath->setPath(p.sqlitePath);
    m_host->setText(p.host);
    m_port->setValue(p.port > 0 ? p.port : 3306);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_planDatabase->setText(p.planDatabase);
    m_usageApiUrl->setText(p.usageApiUrl);
    m_planApiUrl->setText(p.planApiUrl);
    m_namespaces->setText(p.namespaces.join(QStringLiteral(", ")));
    m_caFile->setPath(p.caFile);
    m_mysqlTls->setCurrentIndex(m_mysqlTls->findData(p.mysqlTls));
    updateTlsFields();
    m_mysqlCaFile->setPath(p.mysqlCaFile);
    m_mysqlCertFile->setPath(p.mysqlCertFile);
    m_mysqlKeyFile->setPath(p.mysqlKeyFile);
    m_readOnly->setChecked(p.readOnly);
    m_useCache->setChecked(p.useCache);
    m_serviceZone->setCurrentText(p.serviceZone);
    m_requestTimeout->setValue(p.requestTimeoutSeconds);
    m_connectTimeout->setValue(p.connectTimeoutSeconds);
    m_readTimeout->setValue(p.readTimeoutSeconds);
    m_writeTimeout->setValue(p.writeTimeoutSeconds);
    clearTypedSecret();
    updateSecretHint();
    m_shown = profile();
}

void ProfileForm::setSecretPlace(SecretPlace place)
{
    m_secretPlace = place;
    updateSecretHint();
}

void ProfileForm::updateSecretHint()
{
    // A saved profile may have a secret; a new one has none.
    QString hint;
    if (!m_id.isEmpty()) {
        switch (m_secretPlace) {
        case SecretPlace::Keychain:
            hint = tr("stored in the system keychain — leave empty to keep it");
            break;
        case SecretPlace::Memory:
            hint = tr("kept for this session only (no system keychain) — leave empty to keep it");
            break;
        case SecretPlace::Nowhere:
            hint = tr("not stored (no system keychain) — type it to connect");
            break;
        }
    }
    m_password->setPlaceholderText(hint);
    m_token->setPlaceholderText(hint);
}

bool ProfileForm::isModified() const
{
    return profile() != m_shown || !typedSecret().isEmpty();
}

Profile ProfileForm::profile() const
{
    Profile p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.kind = Profile::Kind(m_kind->currentData().toInt());
    p.sqlitePath = m_sqlitePath->path();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.planDatabase = m_planDatabase->text().trimmed();
    p.usageApiUrl = m_usageApiUrl->text().trimmed();
    p.planApiUrl = m_planApiUrl->text().trimmed();
    const QStringList names = m_namespaces->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &n : names) {
        if (!n.trimmed().isEmpty())
            p.namespaces.append(n.trimmed());
    }
    p.caFile = m_caFile->path();
    p.mysqlTls = m_mysqlTls->currentData().toBool();
    p.mysqlCaFile = m_mysqlCaFile->path();
    p.mysqlCertFile = m_mysqlCertFile->path();
    p.mysqlKeyFile = m_mysqlKeyFile->path();
    p.readOnly = m_readOnly->isChecked();
    p.useCache = m_useCache->isChecked();
    p.serviceZone = m_serviceZone->currentText().trimmed();
    p.requestTimeoutSeconds = m_requestTimeout->value();
    p.connectTimeoutSeconds = m_connectTimeout->value();
    p.readTimeoutSeconds = m_readTimeout->value();
    p.writeTimeoutSeconds = m_writeTimeout->value();
    return p;
}

QString ProfileForm::typedSecret() const
{
    switch (Profile::Kind(m_kind->currentData().toInt())) {
    case Profile::Kind::Mysql:
        return m_password->text();
    case Profile::Kind::Rest:
        return m_token->text();
    case Profile::Kind::Sqlite:
        break;
    }
    return {};
}

void ProfileForm::clearTypedSecret()
{
    m_password->clear();
    m_token->clear();
}

QString ProfileForm::validationError() const
{
    const Profile p = profile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    if (!TimeZoneName::zone(p.serviceZone).isValid())
        return tr("“%1” is not a time zone (for example Asia/Shanghai or UTC).").arg(p.serviceZone);
    switch (p.kind) {
    case Profile::Kind::Sqlite:
        if (p.sqlitePath.isEmpty())
            return tr("Choose the SQLite database file.");
        break;
    case Profile::Kind::Mysql:
        if (p.host.isEmpty() || p.database.isEmpty() || p.user.isEmpty())
            return tr("A MySQL profile needs a host, a database and a user.");
        if (!isSafeIdentifier(p.database) ||
            (!p.planDatabase.isEmpty() && !isSafeIdentifier(p.planDatabase)))
            return tr("Database names may hold letters, digits and '_' only.");
        return tlsError(p);
    case Profile::Kind::Rest:
        // An empty plan API is the default one next to the usage API.
        if (!isHttpUrl(p.usageApiUrl) || (!p.planApiUrl.isEmpty() && !isHttpUrl(p.planApiUrl)))
            return tr("Enter the usage API address (and the plan API's, if it is elsewhere) as "
                      "http:// or https:// URLs.");
        break;
    }
    return {};
}

QString ProfileForm::tlsError(const Profile &p) const
{
    // Files kept while TLS is off are not used (BackendFactory), so not checked.
    if (!p.mysqlTls)
        return {};
    // An empty CA is the system's, as an address without ca= is.
    if (!p.mysqlCaFile.isEmpty() && !isReadableFile(p.mysqlCaFile))
        return tr("The CA file “%1” does not exist or cannot be read.").arg(p.mysqlCaFile);
    if (p.mysqlCertFile.isEmpty() != p.mysqlKeyFile.isEmpty())
        return tr("A client certificate and its key go together: give both, or neither.");
    if (!p.mysqlCertFile.isEmpty() && !isReadableFile(p.mysqlCertFile))
        return tr("The client certificate “%1” does not exist or cannot be read.")
            .arg(p.mysqlCertFile);
    if (!p.mysqlKeyFile.isEmpty() && !isReadableFile(p.mysqlKeyFile))
        return tr("The client key “%1” does not exist or cannot be read.").arg(p.mysqlKeyFile);
    return {};
}
