#include "sql/sqlconnection.h"

#include "sql/sqlindexadvisor.h"
#include "sql/sqlitefile.h"
#include "sql/sqlitelibrary.h"
#include "sql/sqlsourcefacts.h"
#include "sql/sqltlsprobe.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <utility>

namespace {

QAtomicInteger<quint64> s_connectionCounter;

using Category = BackendError::Category;

// MySQL client/server error numbers that mean "the connection is gone".
bool isConnectionLoss(const QString &code)
{
    static const QStringList lost = {QStringLiteral("2002"), QStringLiteral("2003"),
                                     QStringLiteral("2006"), QStringLiteral("2013"),
                                     QStringLiteral("2055"), QStringLiteral("1927"),
                                     QStringLiteral("4031")};
    return lost.contains(code);
}

} // namespace

SqlConnection::SqlConnection(ConnectionSpec spec, std::shared_ptr<SqlSourceFacts> facts)
    : m_spec(std::move(spec))
    , m_facts(facts ? std::move(facts) : std::make_shared<SqlSourceFacts>())
    , m_name(QStringLiteral("usage-console-%1").arg(++s_connectionCounter))
{
}

SqlConnection::~SqlConnection()
{
    close();
}

Schema::Dialect SqlConnection::dialect() const
{
    return isMysql() ? Schema::Dialect::Mysql : Schema::Dialect::Sqlite;
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

void SqlConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<Done> SqlConnection::ensureOpen()
{
    if (QSqlDatabase::contains(m_name) && database().isOpen() && !m_lost)
        return Done{};
    close();
    m_lost = false;
    if (m_spec.kind == ConnectionSpec::Kind::Sqlite) {
        SqliteLibrary::configure();
        // Only `demo-db create` makes a new file: opening a missing one is
        // an error, never an empty database.
        const QFileInfo file(m_spec.path);
        if (!file.exists())
            return BackendError(
                Category::NotFound,
                QCoreApplication::translate("SqlConnection", "SQLite file %1 does not exist")
                    .arg(m_spec.path));
        if (!file.isFile() || !file.isReadable())
            return BackendError(
                Category::Permission,
                QCoreApplication::translate("SqlConnection", "SQLite file %1 cannot be read")
                    .arg(m_spec.path));
        // Facts read from another file at this path are not this file's.
        m_identity = SqliteFile::identity(m_spec.path).value_or(QStringLiteral("?") + m_name);
        m_mappable = SqliteLibrary::mappedReadsAllowed() && SqliteFile::canMap(m_spec.path);
    }
    const bool tls = isMysql() && m_spec.tls == ConnectionSpec::Tls::Required;
    if (tls) {
        // Verified here first, with nothing secret sent (sqltlsprobe.h).
        auto probe = SqlTlsProbe::check(m_spec);
        if (!probe)
            return probe.error();
        m_security = QCoreApplication::translate("SqlConnection", "%1, certificate issued by %2")
                         .arg(probe.value().protocol, probe.value().issuer);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(
        isMysql() ? QStringLiteral("QMYSQL") : QStringLiteral("QSQLITE"), m_name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(m_name);
        return BackendError(Category::Server,
                            QCoreApplication::translate("SqlConnection",
                                                        "the Qt SQL driver for %1 is not installed")
                                .arg(isMysql() ? QStringLiteral("MySQL (libqt6sql6-mysql)")
                                               : QStringLiteral("SQLite (libqt6sql6-sqlite)")));
    }
    if (isMysql()) {
        db.setHostName(m_spec.host);
        db.setPort(m_spec.port);
        db.setUserName(m_spec.user);
        db.setPassword(m_spec.password);
        db.setDatabaseName(m_spec.database);
        QString options = QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2;"
                                         "MYSQL_OPT_WRITE_TIMEOUT=%3")
                              .arg(m_spec.connectTimeoutSeconds)
                              .arg(m_spec.readTimeoutSeconds)
                              .arg(m_spec.writeTimeoutSeconds);
        if (tls) {
            // Any SSL_* option makes libmariadb ask for TLS and check the
            // chain against it (the host name it does not check: the probe
            // above did). Without a CA file, the system's CA folder.
            options += m_spec.caFile.isEmpty() ? QStringLiteral(";SSL_CAPATH=/etc/ssl/certs")
                                               : QStringLiteral(";SSL_CA=") + m_spec.caFile;
            if (!m_spec.certFile.isEmpty())
                options +=
                    QStringLiteral(";SSL_CERT=%1;SSL_KEY=%2").arg(m_spec.certFile, m_spec.keyFile);
        }
        db.setConnectOptions(options);
    } else {
        db.setDatabaseName(m_spec.path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (m_spec.readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
    }
    QElapsedTimer connecting;
    connecting.start();
    if (!db.open()) {
        BackendError error = errorFrom(db.lastError(), QStringLiteral("connect"));
        // A stopped server still completes the TCP handshake (the kernel
        // does); its greeting never comes, and the connect timeout ends it.
        if (isMysql() && error.category() == Category::Connection &&
            connecting.elapsed() >= qint64(m_spec.connectTimeoutSeconds) * 1000 - 100)
            error = BackendError(Category::Timeout,
                                 QCoreApplication::translate("SqlConnection",
                                                             "The database server %1:%2 did not "
                                                             "greet within %3 s "
                                                             "(connect_timeout): it is stalled "
                                                             "or overloaded.")
                                     .arg(m_spec.host)
                                     .arg(m_spec.port)
                                     .arg(m_spec.connectTimeoutSeconds),
                                 error.details());
        db = QSqlDatabase();
        close();
        return error;
    }
    if (tls) {
        // The probe's connection was verified; make sure this one is
        // encrypted too (libmariadb would have gone on in clear had the
        // server stopped offering TLS in between).
        auto cipher = exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'"), {},
                           QStringLiteral("check the TLS session"));
        if (!cipher)
            return cipher.error();
        QSqlQuery &q = cipher.value();
        if (!q.next() || q.value(1).toString().isEmpty()) {
            db = QSqlDatabase();
            close();
            return BackendError(Category::Connection,
                                QCoreApplication::translate("SqlConnection",
                                                            "The connection to the database server "
                                                            "%1:%2 is not encrypted although "
                                                            "tls=required: closed.")
                                    .arg(m_spec.host)
                                    .arg(m_spec.port));
        }
    }
    if (isMysql()) {
        // UTC session, utf8mb4, and room for the spend GROUP BY in memory
        // (PERF.md: the default 16 MB spills to disk and is 4x slower), in
        // one statement on every connection. A session without them is not
        // used: closed.
        const auto setup = execDirect(
            QStringLiteral("SET time_zone = '+00:00', NAMES utf8mb4, SESSION tmp_table_size = "
                           "268435456, max_heap_table_size = 268435456"),
            QCoreApplication::translate("SqlConnection", "session setup"));
        if (!setup) {
            db = QSqlDatabase();
            close();
            return setup.error();
        }
    }
    // Another connection to the database read it a moment ago (this one is
    // the second of a source): nothing to learn. A reconnect reads again.
    if (m_spec.kind == ConnectionSpec::Kind::Sqlite &&
        SqliteFile::identity(m_spec.path) != std::optional(m_identity))
        m_identity = QStringLiteral("?") + m_name; // renamed while opening: nobody's facts
    const auto known = m_facts->indexes(m_identity);
    const bool reconnect = std::exchange(m_everOpened, true);
    if (known && !reconnect) {
        m_indexes = *known;
        return Done{};
    }
    if (reconnect)
        m_facts->forget(); // the indexes, and the money check, read again
    if (!isMysql()) {
        // A damaged file opens fine and fails on first use: find out now,
        // read-only, so that the file is left untouched.
        auto r = exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), {},
                      QCoreApplication::translate("SqlConnection", "read the database"));
        if (!r)
            return r.error();
    }
    m_indexes.clear();
    auto indexes = SqlIndexAdvisor::check(db, dialect());
    if (indexes) {
        for (const SqlIndexAdvisor::Status &s : std::as_const(indexes.value())) {
            if (s.present)
                m_indexes.insert(s.advice.name, s.existingName);
        }
        m_facts->setIndexes(m_identity, m_indexes);
    } else {
        m_facts->forget(); // the others read it themselves
    }
    return Done{};
}

Result<QSqlQuery> SqlConnection::exec(const QString &sql, const QVariantList &values,
                                      const QString &what)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Sums of BIGINT are DECIMAL in MySQL: keep them as text, never double.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    QElapsedTimer timer;
    timer.start();
    const bool ok = query.prepare(sql) && [&] {
        for (const QVariant &v : values)
            query.addBindValue(v);
        return query.exec();
    }();
    if (ok)
        return query;
    return failed(query.lastError(), timer.elapsed(), what);
}

void SqlConnection::setMappedReads(bool on)
{
    if (isMysql() || !m_mappable)
        return;
    // SQLite caps the size at what it was built with (2 GB by default): a
    // bigger file is mapped from its start only, the rest read as before.
    // It keeps a map that a statement still reads from: the connection is
    // then opened anew before its next use (closing it unmaps the file).
    auto q = exec(on ? QStringLiteral("PRAGMA mmap_size = 1099511627776")
                     : QStringLiteral("PRAGMA mmap_size = 0"),
                  {}, QStringLiteral("map the file"));
    const qint64 size = q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    if (on && size > 0)
        ++m_mappedReads;
    if (!on && size != 0)
        m_lost = true;
}

Result<Done> SqlConnection::execDirect(const QString &sql, const QString &what)
{
    QSqlQuery query(database());
    QElapsedTimer timer;
    timer.start();
    if (query.exec(sql))
        return Done{};
    return failed(query.lastError(), timer.elapsed(), what);
}

BackendError SqlConnection::failed(const QSqlError &sqlError, qint64 elapsed, const QString &what)
{
    const BackendError error = errorFrom(sqlError, what);
    // libmariadb reports a read timeout as a lost connection (2013), after
    // exactly read_timeout of silence (measured: no retries). The socket's
    // silence cannot tell a stalled server from a query that computes for
    // longer than that, so the message names both.
    if (isMysql() && error.category() == Category::Connection &&
        elapsed >= qint64(m_spec.readTimeoutSeconds) * 1000 - 100)
        return BackendError(Category::Timeout,
                            QCoreApplication::translate(
                                "SqlConnection",
                                "The database server %1:%2 sent nothing for %3 s (%4): it is "
                                "stalled or unreachable, or this query needs longer than "
                                "read_timeout.")
                                .arg(m_spec.host)
                                .arg(m_spec.port)
                                .arg(m_spec.readTimeoutSeconds)
                                .arg(what),
                            error.details());
    return error;
}

Result<Done> SqlConnection::beginTransaction()
{
    if (!isMysql()) {
        // Take SQLite's write lock at once: a deferred transaction that read
        // first cannot upgrade after another writer committed.
        auto r = exec(QStringLiteral("BEGIN IMMEDIATE"), {},
                      QCoreApplication::translate("SqlConnection", "begin a transaction"));
        if (!r)
            return r.error();
        return Done{};
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return errorFrom(db.lastError(),
                         QCoreApplication::translate("SqlConnection", "begin a transaction"));
    return Done{};
}

Result<Done> SqlConnection::commit()
{
    if (!isMysql()) {
        auto r = exec(QStringLiteral("COMMIT"), {},
                      QCoreApplication::translate("SqlConnection", "commit"));
        if (!r) {
            rollback();
            return r.error();
        }
        return Done{};
    }
    QSqlDatabase db = database();
    if (!db.commit()) {
        const BackendError error =
            errorFrom(db.lastError(), QCoreApplication::translate("SqlConnection", "commit"));
        db.rollback();
        return error;
    }
    return Done{};
}

Result<Done> SqlConnection::beginSnapshot()
{
    // Not prepared: the statement protocol does not take every form.
    QSqlQuery q(database());
    const QString sql =
        isMysql() ? QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")
                  : QStringLiteral("BEGIN");
    if (!q.exec(sql))
        return errorFrom(q.lastError(),
                         QCoreApplication::translate("SqlConnection", "begin a transaction"));
    return Done{};
}

void SqlConnection::endSnapshot()
{
    // Nothing was written: COMMIT only ends the snapshot.
    QSqlQuery q(database());
    q.exec(QStringLiteral("COMMIT"));
}

void SqlConnection::rollback()
{
    QSqlDatabase db = database();
    if (!db.isOpen())
        return;
    if (isMysql()) {
        db.rollback();
        return;
    }
    QSqlQuery(QStringLiteral("ROLLBACK"), db);
}

QString SqlConnection::indexHint(const QString &adviceName, bool onSqlite) const
{
    const QString name = m_indexes.value(adviceName);
    if (name.isEmpty() || (!isMysql() && !onSqlite))
        return {};
    const QChar quote = isMysql() ? QLatin1Char('`') : QLatin1Char('"');
    QString quoted = name;
    quoted.replace(quote, QString(2, quote));
    return isMysql() ? QStringLiteral(" FORCE INDEX (`%1`)").arg(quoted)
                     : QStringLiteral(" INDEXED BY \"%1\"").arg(quoted);
}

QString SqlConnection::planTable(const QString &table) const
{
    if (isMysql() && !m_spec.planDatabase.isEmpty())
        return QStringLiteral("`%1`.%2").arg(m_spec.planDatabase, table);
    return table;
}

QVariant SqlConnection::timeValue(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QDateTime SqlConnection::readTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime) {
        // The MySQL driver hands DATETIME back as local time fields; the
        // fields are the stored UTC values.
        const QDateTime local = value.toDateTime();
        return QDateTime(local.date(), local.time(), Qt::UTC);
    }
    QString text = value.toString();
    // A DATETIME + 0 from MariaDB: yyyyMMddHHmmss as a number.
    if (value.typeId() != QMetaType::QString) {
        bool ok = false;
        const qint64 n = text.left(text.indexOf(QLatin1Char('.'))).toLongLong(&ok);
        if (ok && n >= 10000101000000 && n <= 99991231235959) {
            const QDate date(int(n / 10000000000), int(n / 100000000 % 100),
                             int(n / 1000000 % 100));
            const int h = int(n / 10000 % 100), m = int(n / 100 % 100), sec = int(n % 100);
            if (date.isValid() && QTime::isValid(h, m, sec))
                return QDateTime(date, QTime(h, m, sec), Qt::UTC);
        }
    }
    // The service's form, read by hand: QDateTime::fromString() makes a
    // local time first and asks the system zone each time (a stat of
    // /etc/localtime per value).
    if (text.size() >= 19 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-') &&
        text[10] == QLatin1Char(' ') && text[13] == QLatin1Char(':') &&
        text[16] == QLatin1Char(':') && (text.size() == 19 || text[19] == QLatin1Char('.'))) {
        const auto number = [&text](int at, int digits) {
            int n = 0;
            for (int i = at; i < at + digits; ++i) {
                const char16_t c = text[i].unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                n = n * 10 + (c - u'0');
            }
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const int h = number(11, 2), m = number(14, 2), sec = number(17, 2);
        if (date.isValid() && QTime::isValid(h, m, sec))
            return QDateTime(date, QTime(h, m, sec), Qt::UTC);
    }
    const int dot = text.indexOf(QLatin1Char('.'));
    if (dot > 0)
        text.truncate(dot); // whole seconds (SPEC §2)
    QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}

BackendError SqlConnection::errorFrom(const QSqlError &error, const QString &what)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.text();
    const QString where = m_spec.toDisplayString();
    if (isMysql() && isConnectionLoss(code)) {
        // Closed by the next ensureOpen(): query handles are alive here.
        m_lost = true;
        return BackendError(Category::Connection,
                            QCoreApplication::translate(
                                "SqlConnection", "cannot reach the database server %1:%2 (%3)")
                                .arg(m_spec.host)
                                .arg(m_spec.port)
                                .arg(what),
                            text);
    }
    if (code == QLatin1String("1045") || code == QLatin1String("1044"))
        return BackendError(
            Category::Auth,
            QCoreApplication::translate("SqlConnection",
                                        "the database refused user %1: wrong password or no "
                                        "access to %2")
                .arg(m_spec.user, m_spec.database),
            text);
    if (code == QLatin1String("1049"))
        return BackendError(
            Category::NotFound,
            QCoreApplication::translate("SqlConnection", "database %1 does not exist on %2")
                .arg(m_spec.database, m_spec.host),
            text);
    if (code == QLatin1String("1205") || code == QLatin1String("3024"))
        return BackendError(Category::Timeout,
                            QCoreApplication::translate(
                                "SqlConnection", "the database timed out (%1): another transaction "
                                                 "holds the rows; try again")
                                .arg(what),
                            text);
    // SQLITE_BUSY, SQLITE_LOCKED: another program's write held the file for
    // the whole busy timeout (5 s).
    if (!isMysql() && (code == QLatin1String("5") || code == QLatin1String("6")))
        return BackendError(Category::Timeout,
                            QCoreApplication::translate(
                                "SqlConnection", "%1 stayed locked by another program's write for "
                                                 "5 s (%2); try again when it is done")
                                .arg(where, what),
                            text);
    if (code == QLatin1String("1146") || text.contains(QLatin1String("no such table")))
        return BackendError(Category::NotFound,
                            QCoreApplication::translate(
                                "SqlConnection", "%1 has no usage-service tables (%2): is it the "
                                                 "billing database?")
                                .arg(where, what),
                            text);
    if (code == QLatin1String("1142") || code == QLatin1String("1290") ||
        text.contains(QLatin1String("readonly database")))
        return BackendError(
            Category::Permission,
            QCoreApplication::translate("SqlConnection", "the database does not allow this (%1)")
                .arg(what),
            text);
    if (text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed")))
        return BackendError(Category::InvalidInput,
                            QCoreApplication::translate(
                                "SqlConnection", "%1 is not a readable SQLite database (damaged or "
                                                 "another kind of file)")
                                .arg(m_spec.path),
                            text);
    return BackendError(
        Category::Server,
        QCoreApplication::translate("SqlConnection", "database error while trying to %1").arg(what),
        text);
}
