// The ledger audit over the REST API (RestBackend::audit) against the fake
// service in this process: it checks what the API can show (stalled
// renewals) and finds the same ones as the audit of the database; it names
// every kind it cannot check; a NULL the service cannot read fails the list,
// and the error says where to look.

#include "demo/demodatagenerator.h"
#include "rest/restbackend.h"
#include "simoptions.h"
#include "simserver.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using TestFutures::valueOf;

const QDateTime Now(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);

QStringList keysOf(const AuditReport &r, std::optional<AuditKind> only = std::nullopt)
{
    QStringList out;
    for (const AuditFinding &f : r.findings) {
        if (!only || f.kind == *only)
            out << QStringLiteral("%1|%2|%3|%4|%5")
                       .arg(auditKindName(f.kind))
                       .arg(f.orderKey)
                       .arg(f.orderId, f.ns, f.region);
    }
    out.sort();
    return out;
}

using TestFutures::resultOf;

} // namespace

class TestRestAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    std::unique_ptr<SimServer> m_sim;
    quint16 m_port = 0;
    QStringList m_namespaces;
    QStringList m_stalled; // the keys made stalled, as keysOf() writes them

    std::unique_ptr<RestBackend> rest(const QStringList &namespaces) const
    {
        RestConfig c;
        c.usageApi = QUrl(QStringLiteral("http://127.0.0.1:%1/usageapi/v1").arg(m_port));
        c.planApi = QUrl(QStringLiteral("http://127.0.0.1:%1/charge/v1").arg(m_port));
        c.token = QStringLiteral("tok");
        c.namespaces = namespaces;
        return std::make_unique<RestBackend>(c);
    }

    static AuditFilter at(const QString &region = {}, const QStringList &namespaces = {})
    {
        AuditFilter f;
        f.now = Now;
        f.region = region;
        f.namespaces = namespaces;
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec.kind = ConnectionSpec::Kind::Sqlite;
        m_spec.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("demo.db"));
        {
            QSqlDatabase db = TestDatabases::openRaw(m_spec, QStringLiteral("g"));
            DemoOptions o;
            o.namespaces = 8;
            o.months = 10;
            o.seed = 3;
            o.until = Now.date();
            QVERIFY(DemoDataGenerator(o).writeTo(db).ok());
            // Two consuming, paid orders in two namespaces stop being renewed:
            // paid up to 8 days before now, their last charge too.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT ID, ORDER_ID, ACCOUNT_ID, REGION, LAST_CONSUME_ID FROM "
                "DF_PURCHASE_ORDER o WHERE STATUS = 5 AND EVER_PAYED = 1 AND ID = (SELECT "
                "MIN(ID) FROM DF_PURCHASE_ORDER p WHERE p.ACCOUNT_ID = o.ACCOUNT_ID AND "
                "p.STATUS = 5 AND p.EVER_PAYED = 1) ORDER BY ID LIMIT 2")));
            QList<std::pair<qint64, int>> picked;
            while (q.next()) {
                m_stalled << QStringLiteral("stalled-renewal|%1|%2|%3|%4")
                                 .arg(q.value(0).toLongLong())
                                 .arg(q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toString());
                picked.append({q.value(0).toLongLong(), q.value(4).toInt()});
            }
            QCOMPARE(picked.size(), 2);
            const QString deadline = QStringLiteral("'%1'").arg(
                Now.addDays(-8).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            for (const auto &[key, last] : picked) {
                QVERIFY(q.exec(QStringLiteral("UPDATE DF_PURCHASE_ORDER SET DEADLINE_TIME = %1 "
                                              "WHERE ID = %2")
                                   .arg(deadline)
                                   .arg(key)));
                QVERIFY(q.exec(QStringLiteral("UPDATE DF_CONSUMING_HISTORY SET DEADLINE_TIME = "
                                              "%1 WHERE ID = %2 AND CONSUME_ID = %3")
                                   .arg(deadline)
                                   .arg(key)
                                   .arg(last)));
            }
            m_stalled.sort();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("g"));
        QString error;
        const auto options = SimOptions::parse(
            {QStringLiteral("usage-service-sim"), QStringLiteral("--db"),
             QStringLiteral("sqlite:") + m_spec.path, QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0"), QStringLiteral("--token"),
             QStringLiteral("tok=admin:*"), QStringLiteral("--now"), Now.toString(Qt::ISODate)},
            &error);
        QVERIFY2(options, qPrintable(error));
        m_sim = std::make_unique<SimServer>(*options);
        QCOMPARE(m_sim->open(), QString());
        m_port = m_sim->start();
        QVERIFY(m_port != 0);
        SqlBackend local(m_spec);
        m_namespaces = valueOf(local.listNamespaces(QString()));
        QVERIFY(m_namespaces.size() >= 3);
    }

    // Every namespace, every region: the stalled renewals the database's
    // audit finds, no more, and the kinds it could not check said.
    void sameStalledRenewalsAsTheDatabase()
    {
        SqlBackend local(m_spec);
        const AuditReport db = valueOf(local.audit(at()));
        QCOMPARE(keysOf(db, AuditKind::StalledRenewal), m_stalled);
        const auto api = resultOf(rest({})->audit(at({}, m_namespaces)));
        QVERIFY2(api.ok(), api.ok() ? "" : qPrintable(api.error().message()));
        const AuditReport &r = api.value();
        QCOMPARE(keysOf(r), m_stalled);
        QList<AuditKind> unchecked;
        for (const auto &u : r.unchecked) {
            unchecked << u.first;
            QVERIFY(!u.second.isEmpty());
        }
        QCOMPARE(unchecked,
                 (QList<AuditKind>{AuditKind::DeadlineMismatch, AuditKind::ChargeCountMismatch,
                                   AuditKind::OrphanCharge, AuditKind::NullField,
                                   AuditKind::Float32Loss, AuditKind::UnpaidConsuming,
                                   AuditKind::DamagedField}));
        QVERIFY(r.checks(AuditKind::StalledRenewal));
        // It read every consuming, paid order, in both regions.
        {
            QSqlDatabase raw = TestDatabases::openRaw(m_spec, QStringLiteral("n"));
            QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM DF_PURCHASE_ORDER WHERE STATUS = 5 "
                                       "AND EVER_PAYED = 1"),
                        raw);
            QVERIFY(q.next());
            QCOMPARE(r.ordersRead, q.value(0).toLongLong());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("n"));
        QCOMPARE(r.scope, QStringLiteral("Namespaces audited: %1.").arg(m_namespaces.join(", ")));
    }

    void profileNamespacesAndOneRegion()
    {
        const QString first = m_stalled.first();
        const QString ns = first.section(QLatin1Char('|'), 3, 3);
        const QString region = first.section(QLatin1Char('|'), 4, 4);
        // The profile's namespaces stand in for the filter's.
        const auto r = resultOf(rest({ns})->audit(at(region)));
        QVERIFY(r.ok());
        QCOMPARE(keysOf(r.value()), QStringList{first});
    }

    void onlyTheTokensUserWithoutNamespaces()
    {
        const auto r = resultOf(rest({})->audit(at()));
        QVERIFY(r.ok());
        QCOMPARE(r.value().findings.size(), 0); // the token's user "admin" has no orders
        QCOMPARE(r.value().scope, QStringLiteral("Only the token's own namespace was audited: "
                                                 "the API lists one namespace at a time."));
    }

    void aNullFailsTheListAndSaysWhereToLook()
    {
        const QString ns = m_stalled.last().section(QLatin1Char('|'), 3, 3);
        const QString key = m_stalled.last().section(QLatin1Char('|'), 1, 1);
        {
            QSqlDatabase raw = TestDatabases::openRaw(m_spec, QStringLiteral("null"));
            QVERIFY(QSqlQuery(raw).exec(
                QStringLiteral("UPDATE DF_PURCHASE_ORDER SET END_TIME = NULL WHERE ID = %1")
                    .arg(key)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("null"));
        const auto r = resultOf(rest({})->audit(at({}, {ns})));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().serviceCode(), 3312);
        QVERIFY2(r.error().details().startsWith(
                     QLatin1String("The service fails a list when a row holds a NULL")),
                 qPrintable(r.error().details()));
        QVERIFY2((r.error().message() + r.error().details()).contains(QLatin1String("END_TIME")),
                 qPrintable(r.error().message() + QLatin1Char('\n') + r.error().details()));
        // The database's audit names the row.
        SqlBackend local(m_spec);
        const AuditReport db = valueOf(local.audit(at({}, {ns})));
        QVERIFY(keysOf(db, AuditKind::NullField)
                    .contains(QStringLiteral("null-field|%1|").arg(key) +
                              m_stalled.last().section(QLatin1Char('|'), 2)));
    }
};

QTEST_MAIN(TestRestAudit)
#include "tst_restaudit.moc"
