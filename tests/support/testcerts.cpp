#include "testcerts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

TestCerts::TestCerts(const QString &dir)
    : m_dir(QDir(dir).absolutePath())
{
    const QString serverNames = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                               "basicConstraints=CA:FALSE\n"
                                               "extendedKeyUsage=serverAuth\n");
    const QString otherNames = QStringLiteral("subjectAltName=DNS:%1\n"
                                              "basicConstraints=CA:FALSE\n"
                                              "extendedKeyUsage=serverAuth\n")
                                   .arg(QLatin1String(OtherHostName));
    // `openssl ca` is the one way OpenSSL 3.0 sets a certificate's dates
    // (x509 -req has -days only): a minimal CA database for the expired one.
    const QByteArray caConfig = "[ca]\n"
                                "default_ca = test\n"
                                "[test]\n"
                                "database = cadb/index.txt\n"
                                "new_certs_dir = cadb\n"
                                "serial = cadb/serial\n"
                                "default_md = sha256\n"
                                "policy = any\n"
                                "unique_subject = no\n"
                                "[any]\n"
                                "commonName = supplied\n";
    const bool made =
        QDir(m_dir).mkpath(QStringLiteral("cadb")) &&
        writeFile(QStringLiteral("cadb/index.txt"), {}) &&
        writeFile(QStringLiteral("cadb/serial"), "1000\n") &&
        writeFile(QStringLiteral("ca.cnf"), caConfig) &&
        writeFile(QStringLiteral("server.ext"), serverNames.toUtf8()) &&
        writeFile(QStringLiteral("other-host.ext"), otherNames.toUtf8()) &&
        writeFile(QStringLiteral("client.ext"), "basicConstraints=CA:FALSE\n"
                                                "extendedKeyUsage=clientAuth\n") &&
        makeCa(QStringLiteral("ca"),
               QStringLiteral("/O=Usage Console Tests/CN=") + QLatin1String(CaName)) &&
        makeCa(QStringLiteral("other-ca"), QStringLiteral("/O=Somebody Else/CN=Another Test CA")) &&
        makeCsr(QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1")) &&
        makeCsr(QStringLiteral("other-host"),
                QStringLiteral("/CN=") + QLatin1String(OtherHostName)) &&
        makeCsr(QStringLiteral("expired"), QStringLiteral("/CN=expired.127.0.0.1")) &&
        makeCsr(QStringLiteral("client"), QStringLiteral("/CN=uc")) &&
        [this] {
            for (const QString &name : {QStringLiteral("server"), QStringLiteral("other-host"),
                                        QStringLiteral("client")}) {
                if (!openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                              name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                              QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                              QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                              QStringLiteral("-days"), QStringLiteral("30"),
                              QStringLiteral("-sha256"), QStringLiteral("-extfile"),
                              name + QStringLiteral(".ext"), QStringLiteral("-out"),
                              name + QStringLiteral(".pem")}))
                    return false;
            }
            return true;
        }() &&
        openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                 QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
                 QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"),
                 QStringLiteral("expired.csr"), QStringLiteral("-out"),
                 QStringLiteral("expired.pem"), QStringLiteral("-notext"),
                 QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                 QStringLiteral("-enddate"), QStringLiteral("20200201000000Z"),
                 QStringLiteral("-extfile"), QStringLiteral("server.ext")});
    if (!made && m_error.isEmpty())
        m_error = QStringLiteral("could not make the test certificates in %1").arg(m_dir);
}

bool TestCerts::writeFile(const QString &name, const QByteArray &text)
{
    QFile f(m_dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

bool TestCerts::makeCa(const QString &name, const QString &subject)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    name + QStringLiteral(".key"), QStringLiteral("-out"),
                    name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("30"),
                    QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                    QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

bool TestCerts::makeCsr(const QString &name, const QString &subject)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    name + QStringLiteral(".key"), QStringLiteral("-out"),
                    name + QStringLiteral(".csr"), QStringLiteral("-subj"), subject});
}

bool TestCerts::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed (%2): %3")
                      .arg(args.join(QLatin1Char(' ')), p.errorString(),
                           QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

void TestCerts::addRefusalRows()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("subject");
    QTest::newRow("no CA file: not trusted")
        << QStringLiteral("server") << false
        << QStringLiteral("not signed by a trusted certificate authority")
        << QStringLiteral("CN=127.0.0.1");
    QTest::newRow("another CA file: not trusted")
        << QStringLiteral("other-ca") << true
        << QStringLiteral("not signed by a trusted certificate authority")
        << QStringLiteral("CN=127.0.0.1");
    QTest::newRow("another host")
        << QStringLiteral("other-host") << true
        << QStringLiteral("host name mismatch: it names other-host.invalid, not 127.0.0.1.")
        << QStringLiteral("CN=other-host.invalid");
    QTest::newRow("expired") << QStringLiteral("expired") << true
                             << QStringLiteral("expired on 2020-02-01T00:00:00Z")
                             << QStringLiteral("CN=expired.127.0.0.1");
}

TestCerts::Pair TestCerts::refusedPair(const QString &which) const
{
    if (which == QLatin1String("other-host"))
        return otherHost();
    if (which == QLatin1String("expired"))
        return expired();
    return server();
}

QString TestCerts::refusedCaFile(const QString &which, bool withCa) const
{
    if (which == QLatin1String("other-ca"))
        return otherCa();
    return withCa ? ca() : QString();
}

QSslConfiguration TestCerts::serverConfiguration(const Pair &pair)
{
    QFile cert(pair.cert);
    QFile key(pair.key);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(pair.cert));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(QSslCertificate::fromData(cert.readAll(), QSsl::Pem));
    ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}
