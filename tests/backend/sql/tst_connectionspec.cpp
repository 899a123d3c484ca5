// ConnectionSpec: parsing `sqlite:PATH` and
// `mysql://USER@HOST:PORT/DB[?plans=PLANDB]`, and never showing a password.
#include "sql/connectionspec.h"

#include <QTest>

class TestConnectionSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSqlite_data();
    void parseSqlite();
    void parseMysql_data();
    void parseMysql();
    void rejects_data();
    void rejects();
    void displayStringHasNoPassword_data();
    void displayStringHasNoPassword();
    void safeIdentifier_data();
    void safeIdentifier();
    void tls_data();
    void tls();
    void tlsRejects_data();
    void tlsRejects();
};

void TestConnectionSpec::parseSqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");

    QTest::newRow("absolute") << "sqlite:/var/lib/usage.db"
                              << "/var/lib/usage.db";
    QTest::newRow("relative") << "sqlite:build/demo.db"
                              << "build/demo.db";
    QTest::newRow("file url") << "sqlite:///tmp/a.db"
                              << "/tmp/a.db";
    QTest::newRow("spaces and unicode")
        << QStringLiteral("sqlite:/tmp/账单 1.db") << QStringLiteral("/tmp/账单 1.db");
}

void TestConnectionSpec::parseSqlite()
{
    QFETCH(QString, text);
    QFETCH(QString, path);

    const Result<ConnectionSpec> r = ConnectionSpec::parse(text);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
    QCOMPARE(r.value().kind, ConnectionSpec::Kind::Sqlite);
    QCOMPARE(r.value().path, path);
    QVERIFY(r.value().password.isEmpty());
    QCOMPARE(r.value().toDisplayString(), QStringLiteral("sqlite:") + path);
}

void TestConnectionSpec::parseMysql_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("plans");
    QTest::addColumn<QString>("display");

    QTest::newRow("full") << "mysql://u@h:3307/db?plans=pdb"
                          << "u"
                          << "h" << 3307 << "db"
                          << "pdb"
                          << "mysql://u@h:3307/db?plans=pdb";
    QTest::newRow("default port") << "mysql://reader@db.example.com/usage"
                                  << "reader"
                                  << "db.example.com" << 3306 << "usage"
                                  << ""
                                  << "mysql://reader@db.example.com:3306/usage";
    QTest::newRow("ip and names") << "mysql://billing_ro@127.0.0.1:13306/df_usage$1?plans=Plan_2"
                                  << "billing_ro"
                                  << "127.0.0.1" << 13306 << "df_usage$1"
                                  << "Plan_2"
                                  << "mysql://billing_ro@127.0.0.1:13306/df_usage$1?plans=Plan_2";
    // Fuzz finding 4: a percent-encoded control character in the user name
    // was written back raw, and the display string did not parse again.
    QTest::newRow("encoded user") << "mysql://fin%25ance%11ro%40x@h/db"
                                  << QStringLiteral("fin%ance\u0011ro@x") << "h" << 3306 << "db"
                                  << ""
                                  << "mysql://fin%25ance%11ro%40x@h:3306/db";
    QTest::newRow("chinese user") << QStringLiteral("mysql://财务@h/db") << QStringLiteral("财务")
                                  << "h" << 3306 << "db"
                                  << "" << QStringLiteral("mysql://财务@h:3306/db");
    QTest::newRow("empty plans") << "mysql://u@h/db?plans="
                                 << "u"
                                 << "h" << 3306 << "db"
                                 << ""
                                 << "mysql://u@h:3306/db";
}

void TestConnectionSpec::parseMysql()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, plans);
    QFETCH(QString, display);

    const Result<ConnectionSpec> r = ConnectionSpec::parse(text);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
    const ConnectionSpec &s = r.value();
    QCOMPARE(s.kind, ConnectionSpec::Kind::Mysql);
    QCOMPARE(s.user, user);
    QCOMPARE(s.host, host);
    QCOMPARE(s.port, port);
    QCOMPARE(s.database, database);
    QCOMPARE(s.planDatabase, plans);
    QVERIFY(s.password.isEmpty());
    QVERIFY(!s.readOnly);
    QCOMPARE(s.toDisplayString(), display);
    // The display form parses back to the same address.
    const Result<ConnectionSpec> again = ConnectionSpec::parse(display);
    QVERIFY(again.ok());
    QCOMPARE(again.value().toDisplayString(), display);
}

void TestConnectionSpec::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions"); // a word the message must contain

    QTest::newRow("empty") << ""
                           << "unknown";
    QTest::newRow("sqlite no path") << "sqlite:"
                                    << "path";
    QTest::newRow("missing user") << "mysql://h:3307/db"
                                  << "user";
    QTest::newRow("empty user") << "mysql://@h/db"
                                << "user";
    QTest::newRow("missing db") << "mysql://u@h:3307"
                                << "database";
    QTest::newRow("missing db slash") << "mysql://u@h:3307/"
                                      << "database";
    QTest::newRow("db with slash") << "mysql://u@h/a/b"
                                   << "database";
    QTest::newRow("db injection") << "mysql://u@h/db;drop"
                                  << "database";
    QTest::newRow("db backtick") << "mysql://u@h/db%60x"
                                 << "database";
    QTest::newRow("password in url") << "mysql://u:secret@h/db"
                                     << "USAGECTL_DB_PASSWORD";
    QTest::newRow("empty host") << "mysql://u@/db"
                                << "mysql://";
    QTest::newRow("bad port") << "mysql://u@h:port/db"
                              << "mysql://";
    QTest::newRow("bad plans name") << "mysql://u@h/db?plans=a;drop"
                                    << "a;drop";
    QTest::newRow("plans with space") << "mysql://u@h/db?plans=a%20b"
                                      << "plans";
    QTest::newRow("unknown scheme") << "postgres://u@h/db"
                                    << "unknown";
    QTest::newRow("upper-case scheme") << "MYSQL://u@h/db"
                                       << "unknown";
    QTest::newRow("bare path") << "/tmp/usage.db"
                               << "sqlite:PATH";
    QTest::newRow("mysql without //") << "mysql:u@h/db"
                                      << "unknown";
    QTest::newRow("misspelt setting") << "mysql://u@h/db?read_timout=5"
                                      << "unknown setting \"read_timout\"";
    QTest::newRow("unknown setting after known") << "mysql://u@h/db?plans=p&sslmode=require"
                                                 << "unknown setting \"sslmode\"";
}

void TestConnectionSpec::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    const Result<ConnectionSpec> r = ConnectionSpec::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category(), BackendError::Category::InvalidInput);
    QVERIFY2(r.error().message().contains(mentions), qPrintable(r.error().message()));
    QVERIFY2(!r.error().message().contains(QLatin1String("secret")),
             qPrintable(r.error().message()));
}

void TestConnectionSpec::displayStringHasNoPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mysql") << "mysql://u@h:3307/db?plans=pdb";
    QTest::newRow("mysql default port") << "mysql://u@h/db";
    QTest::newRow("sqlite") << "sqlite:/tmp/x.db";
}

void TestConnectionSpec::displayStringHasNoPassword()
{
    QFETCH(QString, text);
    Result<ConnectionSpec> r = ConnectionSpec::parse(text);
    QVERIFY(r.ok());
    ConnectionSpec spec = r.value();
    spec.password = QStringLiteral("hunter2-S3cret");
    const QString shown = spec.toDisplayString();
    QVERIFY2(!shown.contains(QLatin1String("hunter2")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("S3cret")), qPrintable(shown));
    // A set password changes nothing in what is shown.
    QCOMPARE(shown, r.value().toDisplayString());
}

void TestConnectionSpec::safeIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");

    QTest::newRow("plain") << "usage" << true;
    QTest::newRow("digits underscore dollar") << "db_2$x" << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("semicolon") << "a;drop" << false;
    QTest::newRow("backtick") << "a`b" << false;
    QTest::newRow("dash") << "a-b" << false;
    QTest::newRow("dot") << "a.b" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("non-ascii") << QStringLiteral("数据") << false;
}

void TestConnectionSpec::safeIdentifier()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(isSafeIdentifier(name), safe);
}

void TestConnectionSpec::tls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");

    QTest::newRow("none") << "mysql://u@h/db" << false << ""
                          << ""
                          << "";
    QTest::newRow("off") << "mysql://u@h/db?tls=off" << false << ""
                         << ""
                         << "";
    QTest::newRow("required, system CAs") << "mysql://u@h/db?tls=required" << true << ""
                                          << ""
                                          << "";
    QTest::newRow("required with a CA")
        << "mysql://u@h/db?tls=required&ca=/etc/uc/ca.pem" << true << "/etc/uc/ca.pem"
        << ""
        << "";
    QTest::newRow("client certificate")
        << "mysql://u@h/db?tls=required&ca=/c/ca.pem&cert=/c/me.pem&key=/c/me.key" << true
        << "/c/ca.pem"
        << "/c/me.pem"
        << "/c/me.key";
    QTest::newRow("encoded path") << "mysql://u@h/db?tls=required&ca=/a%20b/x%26y%3Dz%25.pem"
                                  << true << "/a b/x&y=z%.pem"
                                  << ""
                                  << "";
}

void TestConnectionSpec::tls()
{
    QFETCH(QString, text);
    QFETCH(bool, required);
    QFETCH(QString, ca);
    QFETCH(QString, cert);
    QFETCH(QString, key);
    const auto r = ConnectionSpec::parse(text);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
    QCOMPARE(r.value().tls == ConnectionSpec::Tls::Required, required);
    QCOMPARE(r.value().caFile, ca);
    QCOMPARE(r.value().certFile, cert);
    QCOMPARE(r.value().keyFile, key);
    // The display string keeps them, and parses back to the same.
    const auto again = ConnectionSpec::parse(r.value().toDisplayString());
    QVERIFY2(again.ok(), qPrintable(r.value().toDisplayString()));
    QCOMPARE(again.value().tls, r.value().tls);
    QCOMPARE(again.value().caFile, ca);
    QCOMPARE(again.value().certFile, cert);
    QCOMPARE(again.value().keyFile, key);
}

void TestConnectionSpec::tlsRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown tls") << "mysql://u@h/db?tls=yes"
                                 << "tls must be required or off";
    QTest::newRow("preferred is not offered") << "mysql://u@h/db?tls=preferred"
                                              << "tls must be required or off";
    QTest::newRow("ca without tls") << "mysql://u@h/db?ca=/ca.pem"
                                    << "need tls=required";
    QTest::newRow("ca with tls=off") << "mysql://u@h/db?tls=off&ca=/ca.pem"
                                     << "need tls=required";
    QTest::newRow("cert without key") << "mysql://u@h/db?tls=required&cert=/me.pem"
                                      << "cert and key go together";
}

void TestConnectionSpec::tlsRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto r = ConnectionSpec::parse(text);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message().contains(message), qPrintable(r.error().message()));
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
