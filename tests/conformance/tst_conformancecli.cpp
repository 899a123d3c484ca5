// Conformance (SPEC §6) of usagectl: the same commands over --db (a SQLite
// file) and --api (usage-service-sim over that file) print the same rows,
// except the amounts the REST API carries as float32 (SPEC §4.1), which are
// expected as the reference rows' amounts through that step; a refusal is the
// same refusal (exit code and service code). The local side is checked
// against the reference read with plain SQL too: row counts, totals and
// monthly sums.
#include "conformancereference.h"
#include "diffs.h"
#include "fakeservice.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"
#include "testfutures.h"
#include "usagectlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using Ref = ConformanceReference;
using TestFutures::resultOf;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun usagectl(const QStringList &args, const QProcessEnvironment &env)
{
    const UsagectlRun r = UsagectlRunner::run(args, env);
    return {r.code, r.out.toUtf8(), r.err.toUtf8()};
}

QJsonArray asArray(const QJsonDocument &doc)
{
    return doc.isArray() ? doc.array() : QJsonArray{doc.object()};
}

} // namespace

class TestConformanceCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cli_data();
    void cli();

private:
    void checkLocalAgainstReference(Diffs &d, const QString &tag, const QString &ns,
                                    const QList<QJsonObject> &rows) const;

    QTemporaryDir m_dir;
    ConnectionSpec m_sqliteSpec;
    std::unique_ptr<ConformanceReference> m_ref;
    std::unique_ptr<FakeService> m_sim;
    std::unique_ptr<SqlBackend> m_sqlite;
};

void TestConformanceCli::initTestCase()
{
    m_sqliteSpec.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("conf.db"));
    Ref::write(m_sqliteSpec);
    m_ref = std::make_unique<ConformanceReference>(m_sqliteSpec);
    m_sqlite = std::make_unique<SqlBackend>(m_sqliteSpec);
    m_sim = std::make_unique<FakeService>(
        m_sqliteSpec.path, QStringList{Ref::Token + QStringLiteral("=admin:*")}, Ref::Now);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestConformanceCli::cli_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("sortKeys");
    QTest::addColumn<QString>("ns");
    for (const QString &ns : {m_ref->namespaces.value(0), Ref::EdgeNs}) {
        const QStringList nsArgs{QStringLiteral("--region"), Ref::Region,
                                 QStringLiteral("--namespace"), ns};
        const QByteArray suffix = (QStringLiteral(" ") + ns).toUtf8();
        QTest::newRow("orders list" + suffix)
            << (QStringList{QStringLiteral("orders"), QStringLiteral("list")} + nsArgs)
            << QStringList{QStringLiteral("id")} << ns;
        QTest::newRow("orders list renewfailed" + suffix)
            << (QStringList{QStringLiteral("orders"), QStringLiteral("list")} + nsArgs +
                QStringList{QStringLiteral("--status"), QStringLiteral("renewfailed")})
            << QStringList{QStringLiteral("id")} << ns;
        QTest::newRow("usages list" + suffix)
            << (QStringList{QStringLiteral("usages"), QStringLiteral("list")} + nsArgs)
            << QStringList{QStringLiteral("time"), QStringLiteral("order_id"),
                           QStringLiteral("deadline"), QStringLiteral("plan_history_id")}
            << ns;
        QTest::newRow("usages total" + suffix)
            << (QStringList{QStringLiteral("usages"), QStringLiteral("total")} + nsArgs)
            << QStringList{} << ns;
        QTest::newRow("spend" + suffix)
            << (QStringList{QStringLiteral("spend")} + nsArgs)
            << QStringList{QStringLiteral("namespace"), QStringLiteral("month")} << ns;
    }
    QTest::newRow("plans list") << QStringList{QStringLiteral("plans"), QStringLiteral("list"),
                                               QStringLiteral("--region"), Ref::Region}
                                << QStringList{QStringLiteral("id")} << QString();
    // Quotes: switches of namespaces with a consuming resources order, one
    // the reference prices and one it refuses (both sides must refuse alike),
    // plus a volume plan (nothing replaced).
    bool priced = false, refused = false, volume = false;
    for (const Order &o : std::as_const(m_ref->orders)) {
        if (o.region != Ref::Region || o.status != OrderStatus::Consuming ||
            o.orderId != o.ns + QStringLiteral("-resources"))
            continue;
        for (const Plan &p : std::as_const(m_ref->plans)) {
            if (p.planId == o.planId || (p.type != PlanType::Resources && volume) ||
                (p.type != PlanType::Resources && p.type != PlanType::Volume))
                continue;
            QuoteRequest q;
            q.ns = o.ns;
            q.region = Ref::Region;
            q.planId = p.planId;
            q.now = Ref::Now;
            const bool ok = resultOf(m_sqlite->quote(q)).ok();
            const char *tag = p.type == PlanType::Volume ? "quote volume"
                              : ok                       ? "quote priced"
                                                         : "quote refused";
            bool &done = p.type == PlanType::Volume ? volume : ok ? priced : refused;
            if (done)
                continue;
            done = true;
            QTest::newRow(tag) << QStringList{QStringLiteral("quote"),
                                              QStringLiteral("--region"),
                                              Ref::Region,
                                              QStringLiteral("--namespace"),
                                              o.ns,
                                              QStringLiteral("--plan"),
                                              p.planId,
                                              QStringLiteral("--at"),
                                              Ref::Now.toString(Qt::ISODate)}
                               << QStringList{} << o.ns;
        }
    }
}

void TestConformanceCli::cli()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, sortKeys);
    QFETCH(QString, ns);
    const QStringList common{QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--tz"), QStringLiteral("UTC")};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USAGECTL_TOKEN"), Ref::Token);
    const CliRun local = usagectl(
        QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + m_sqliteSpec.path} +
            common + args,
        env);
    const CliRun remote =
        usagectl(QStringList{QStringLiteral("--api"), m_sim->usageApi().toString(),
                             QStringLiteral("--plan-api"), m_sim->planApi().toString()} +
                     common + args,
                 env);
    if (local.exitCode != 0 || remote.exitCode != 0) {
        // A refusal must be the same refusal: exit code and service code.
        static const QRegularExpression code(QStringLiteral("\\((33\\d\\d)\\)"));
        const QString lc = code.match(QString::fromUtf8(local.err)).captured(1);
        const QString rc = code.match(QString::fromUtf8(remote.err)).captured(1);
        qInfo().noquote() << "local:" << local.exitCode << local.err.trimmed();
        qInfo().noquote() << "remote:" << remote.exitCode << remote.err.trimmed();
        QCOMPARE(remote.exitCode, local.exitCode);
        QVERIFY2(!lc.isEmpty(), local.err.constData());
        QCOMPARE(rc, lc);
        return;
    }
    QJsonParseError pe;
    const QJsonDocument ld = QJsonDocument::fromJson(local.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, local.out.constData());
    const QJsonDocument rd = QJsonDocument::fromJson(remote.out, &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, remote.out.constData());

    // Amount fields of the remote side: float32-rounded per charge. For a
    // single row (usages list) the local amount goes through the float32 step;
    // for sums (total, spend) the expected value is the sum of the
    // float32-rounded charges, from the reference rows.
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const auto rowKey = [&](const QJsonObject &o) {
        QStringList k;
        for (const QString &s : sortKeys)
            k.append(o.value(s).toVariant().toString());
        return k.join(QLatin1Char('|'));
    };
    QList<QJsonObject> la, ra;
    for (const QJsonValue &v : asArray(ld))
        la.append(v.toObject());
    for (const QJsonValue &v : asArray(rd))
        ra.append(v.toObject());
    const auto byKey = [&](const QJsonObject &a, const QJsonObject &b) {
        return rowKey(a) < rowKey(b);
    };
    std::stable_sort(la.begin(), la.end(), byKey);
    std::stable_sort(ra.begin(), ra.end(), byKey);

    Diffs d;
    qInfo() << "rows: local" << la.size() << "remote" << ra.size();
    d.eq(QStringLiteral("row count"), ra.size(), la.size());
    checkLocalAgainstReference(d, tag, ns, la);
    // Expected remote sums from the reference rows.
    Money f32Total;
    std::map<QString, Money> f32Month;
    for (const Ref::Charge &c : m_ref->charges) {
        if (c.u.region != Ref::Region || c.u.ns != ns)
            continue;
        f32Total += Ref::f32(c.u.amount);
        f32Month[Ref::monthOf(c.u.time, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM"))] +=
            Ref::f32(c.u.amount);
    }
    const QStringList ignored; // renew_failed is known over REST too (the renewfailed lists)
    for (int i = 0; i < qMin(la.size(), ra.size()); ++i) {
        const QJsonObject &l = la[i], &r = ra[i];
        const QString row = QStringLiteral("row %1 [%2]").arg(i).arg(rowKey(l));
        QStringList keys = l.keys() + r.keys();
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys)) {
            if (ignored.contains(k))
                continue;
            const QJsonValue lv = l.value(k), rv = r.value(k);
            if (lv.isNull() || rv.isNull() || lv.isUndefined() || rv.isUndefined()) {
                if (lv.isUndefined() != rv.isUndefined())
                    d.add(QStringLiteral("%1 %2: field only on one side (local %3, remote %4)")
                              .arg(row, k, lv.toVariant().toString(), rv.toVariant().toString()));
                continue;
            }
            QString expected = lv.toVariant().toString();
            if (k == QLatin1String("amount") && tag.startsWith(QLatin1String("usages list")))
                expected = Ref::f32(*Money::fromDecimalString(lv.toString())).toString4();
            else if (k == QLatin1String("total") && tag.startsWith(QLatin1String("usages total")))
                expected = f32Total.toString4();
            else if (k == QLatin1String("amount") && tag.startsWith(QLatin1String("spend")))
                expected = f32Month[l.value(QStringLiteral("month")).toString()].toString4();
            const QString actual = rv.toVariant().toString();
            if (actual != expected)
                d.add(QStringLiteral("%1 %2: remote %3, local %4%5")
                          .arg(row, k, actual, expected,
                               expected != lv.toVariant().toString()
                                   ? QStringLiteral(" (local as printed: %1)")
                                         .arg(lv.toVariant().toString())
                                   : QString()));
        }
    }
    REPORT(d);
}

// What the --db side printed, against the raw rows: how many orders, charges
// and plans, the exact total and the exact sum of each month (UTC, --tz UTC).
void TestConformanceCli::checkLocalAgainstReference(Diffs &d, const QString &tag, const QString &ns,
                                                    const QList<QJsonObject> &rows) const
{
    const QList<Ref::Charge> charges = m_ref->chargesOf(
        [&](const Ref::Charge &c) { return c.u.region == Ref::Region && c.u.ns == ns; });
    Money total;
    std::map<QString, std::pair<Money, qint64>> months;
    for (const Ref::Charge &c : charges) {
        total += c.u.amount;
        auto &month =
            months[Ref::monthOf(c.u.time, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM"))];
        month.first += c.u.amount;
        ++month.second;
    }
    const auto orders = [&](bool onlyRenewFailed) {
        int n = 0;
        for (const Order &o : std::as_const(m_ref->orders))
            n += o.region == Ref::Region && o.ns == ns && (!onlyRenewFailed || o.renewFailed());
        return n;
    };
    const auto text = [](const QJsonValue &v) {
        return v.toVariant().toString();
    };
    if (tag.startsWith(QLatin1String("orders list renewfailed"))) {
        d.eq(QStringLiteral("reference: renewfailed orders"), int(rows.size()), orders(true));
    } else if (tag.startsWith(QLatin1String("orders list"))) {
        d.eq(QStringLiteral("reference: orders"), int(rows.size()), orders(false));
    } else if (tag.startsWith(QLatin1String("usages list"))) {
        d.eq(QStringLiteral("reference: charges"), int(rows.size()), int(charges.size()));
        Money sum;
        for (const QJsonObject &r : rows)
            sum +=
                Money::fromDecimalString(text(r.value(QLatin1String("amount")))).value_or(Money());
        d.eq(QStringLiteral("reference: sum of the listed amounts"), sum.toString4(),
             total.toString4());
    } else if (tag.startsWith(QLatin1String("usages total"))) {
        d.eq(QStringLiteral("reference: total"), text(rows.value(0).value(QLatin1String("total"))),
             total.toString4());
        d.eq(QStringLiteral("reference: charges"),
             text(rows.value(0).value(QLatin1String("charges"))), QString::number(charges.size()));
    } else if (tag.startsWith(QLatin1String("spend"))) {
        d.eq(QStringLiteral("reference: months"), int(rows.size()), int(months.size()));
        for (const QJsonObject &r : rows) {
            const QString month = text(r.value(QLatin1String("month")));
            d.eq(QStringLiteral("reference: spend of ") + month,
                 text(r.value(QLatin1String("amount"))), months[month].first.toString4());
        }
    } else if (tag.startsWith(QLatin1String("plans list"))) {
        d.eq(QStringLiteral("reference: plans"), int(rows.size()), int(m_ref->plans.size()));
    }
}

QTEST_GUILESS_MAIN(TestConformanceCli)
#include "tst_conformancecli.moc"
