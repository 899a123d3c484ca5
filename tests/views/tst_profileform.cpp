// ProfileForm's MySQL TLS fields (issue 20): shown and read back as the
// profile holds them, the files usable only where TLS is required, and
// validationError() saying what to fix: a CA, certificate or key file that
// is not there, a certificate without its key; a service zone or display
// zone that is no zone ("Shanghai", "CST": UTC to Qt) is refused.
#include "profileform.h"
#include "testwidgets.h"
#include "zonecombobox.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TestWidgets::child;

namespace {

Profile mysqlProfile()
{
    Profile p;
    p.id = QStringLiteral("id-1");
    p.name = QStringLiteral("db");
    p.kind = Profile::Kind::Mysql;
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("reader");
    p.database = QStringLiteral("usage");
    return p;
}

} // namespace

class TestProfileForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ca, m_cert, m_key;

    QString write(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("-----BEGIN CERTIFICATE-----\n") <= 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = write(QStringLiteral("ca.pem"));
        m_cert = write(QStringLiteral("client.pem"));
        m_key = write(QStringLiteral("client.key"));
    }

    void showsAndReadsBack()
    {
        ProfileForm form;
        Profile p = mysqlProfile();
        p.mysqlTls = true;
        p.mysqlCaFile = m_ca;
        p.mysqlCertFile = m_cert;
        p.mysqlKeyFile = m_key;
        form.setProfile(p);
        QCOMPARE(child<QComboBox>(&form, "mysqlTls")->currentData().toBool(), true);
        QCOMPARE(child<QLineEdit>(&form, "mysqlCaFile")->text(), m_ca);
        const Profile back = form.profile();
        QCOMPARE(back.mysqlTls, true);
        QCOMPARE(back.mysqlCaFile, m_ca);
        QCOMPARE(back.mysqlCertFile, m_cert);
        QCOMPARE(back.mysqlKeyFile, m_key);
        QCOMPARE(form.validationError(), QString());

        // Another profile without TLS: nothing of the first one stays.
        form.setProfile(mysqlProfile());
        QCOMPARE(form.profile().mysqlTls, false);
        QVERIFY(form.profile().mysqlCaFile.isEmpty());
        QVERIFY(child<QLineEdit>(&form, "mysqlKeyFile")->text().isEmpty());
    }

    // The files (and their Browse… buttons) only where TLS is required.
    void filesOnlyWithTls()
    {
        ProfileForm form;
        form.setProfile(mysqlProfile());
        auto *tls = child<QComboBox>(&form, "mysqlTls");
        const char *const fields[] = {"mysqlCaFile", "mysqlCertFile", "mysqlKeyFile"};
        for (const char *name : fields) {
            QVERIFY2(!child<QLineEdit>(&form, name)->isEnabled(), name);
            QVERIFY2(
                !child<QPushButton>(&form, (QByteArray(name) + "Browse").constData())->isEnabled(),
                name);
        }
        QSignalSpy edited(&form, &ProfileForm::edited);
        tls->setCurrentIndex(tls->findData(true));
        QCOMPARE(edited.count(), 1);
        for (const char *name : fields) {
            QVERIFY2(child<QLineEdit>(&form, name)->isEnabled(), name);
            QVERIFY2(
                child<QPushButton>(&form, (QByteArray(name) + "Browse").constData())->isEnabled(),
                name);
        }
        QCOMPARE(form.profile().mysqlTls, true);
    }

    void validation_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("error"); // what it starts with; empty = none
        const QString none;
        const QString missing = QStringLiteral("/nonexistent/uc-test/missing.pem");
        QTest::newRow("off: files not checked") << false << missing << missing << none << none;
        QTest::newRow("required, the system's CAs") << true << none << none << none << none;
        QTest::newRow("required with a CA") << true << m_ca << none << none << none;
        QTest::newRow("required, client certificate") << true << m_ca << m_cert << m_key << none;
        QTest::newRow("CA missing")
            << true << missing << none << none
            << QStringLiteral("The CA file “%1” does not exist or cannot be read.").arg(missing);
        QTest::newRow("CA is a folder")
            << true << m_dir.path() << none << none
            << QStringLiteral("The CA file “%1” does not exist").arg(m_dir.path());
        QTest::newRow("certificate without key")
            << true << m_ca << m_cert << none
            << QStringLiteral("A client certificate and its key go together: give both, or "
                              "neither.");
        QTest::newRow("key without certificate")
            << true << m_ca << none << m_key
            << QStringLiteral("A client certificate and its key go together");
        QTest::newRow("certificate missing")
            << true << m_ca << missing << m_key
            << QStringLiteral("The client certificate “%1” does not exist or cannot be read.")
                   .arg(missing);
        QTest::newRow("key missing")
            << true << m_ca << m_cert << missing
            << QStringLiteral("The client key “%1” does not exist or cannot be read.").arg(missing);
    }
    void validation()
    {
        QFETCH(bool, tls);
        QFETCH(QString, ca);
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, error);
        ProfileForm form;
        Profile p = mysqlProfile();
        p.mysqlTls = tls;
        p.mysqlCaFile = ca;
        p.mysqlCertFile = cert;
        p.mysqlKeyFile = key;
        form.setProfile(p);
        const QString got = form.validationError();
        if (error.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(got.startsWith(error), qPrintable(got));
    }

    void zones_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("ok");
        QTest::newRow("Asia/Shanghai") << "Asia/Shanghai" << true;
        QTest::newRow("UTC") << "UTC" << true;
        QTest::newRow("UTC+8") << "UTC+8" << true;
        QTest::newRow("Shanghai") << "Shanghai" << false;
        QTest::newRow("CST") << "CST" << false;
        QTest::newRow("Bogus") << "Bogus" << false;
    }
    void zones()
    {
        QFETCH(QString, zone);
        QFETCH(bool, ok);
        // The profile's service zone.
        ProfileForm form;
        Profile p = mysqlProfile();
        p.serviceZone = zone;
        form.setProfile(p);
        const QString got = form.validationError();
        if (ok)
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QCOMPARE(got, QStringLiteral("“%1” is not a time zone (for example Asia/Shanghai or "
                                         "UTC).")
                              .arg(zone));

        // The window's display zone: refused and said, the zone kept.
        ZoneComboBox combo;
        QVERIFY(combo.setZoneId(QStringLiteral("Asia/Shanghai")));
        QSignalSpy changed(&combo, &ZoneComboBox::zoneChanged);
        QSignalSpy refused(&combo, &ZoneComboBox::invalidZoneEntered);
        combo.lineEdit()->setText(zone);
        Q_EMIT combo.lineEdit()->editingFinished();
        if (ok) {
            QCOMPARE(refused.count(), 0);
            QCOMPARE(combo.zoneId(), zone);
        } else {
            QCOMPARE(refused.count(), 1);
            QCOMPARE(refused.at(0).at(0).toString(), zone);
            QCOMPARE(changed.count(), 0);
            QCOMPARE(combo.zone(), QTimeZone("Asia/Shanghai"));
            QCOMPARE(combo.currentText(), QStringLiteral("Asia/Shanghai"));
        }
    }
};

QTEST_MAIN(TestProfileForm)
#include "tst_profileform.moc"
