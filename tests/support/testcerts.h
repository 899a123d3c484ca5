#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QStringList>

// A throw-away certificate authority and server certificates, made with the
// `openssl` program at test time in a directory of the test's own: nothing
// secret or expiring is kept in the source tree.
//
//   ca()          the CA that signs everything below
//   otherCa()     another CA, which signed none of them (a "wrong" CA file)
//   server()      127.0.0.1 and localhost, valid now
//   otherHost()   other-host.invalid only, valid now
//   expired()     127.0.0.1 and localhost, valid in January 2020 only
//   client()      a client certificate (for a database that asks for one)
class TestCerts
{
public:
    struct Pair
    {
        QString cert; // PEM
        QString key;  // PEM, unencrypted
    };

    // Makes them in `dir` (which must exist); check ok() / errorString().
    explicit TestCerts(const QString &dir);

    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QString ca() const { return m_dir + QStringLiteral("/ca.pem"); }
    QString otherCa() const { return m_dir + QStringLiteral("/other-ca.pem"); }
    Pair server() const { return pair(QStringLiteral("server")); }
    Pair otherHost() const { return pair(QStringLiteral("other-host")); }
    Pair expired() const { return pair(QStringLiteral("expired")); }
    Pair client() const { return pair(QStringLiteral("client")); }

    // A TLS server's configuration presenting `pair` (and asking its
    // clients for no certificate).
    static QSslConfiguration serverConfiguration(const Pair &pair);

    // The certificates an HTTPS client must refuse, as the rows of a
    // data-driven test: "which" (for refusedPair() and refusedCaFile()),
    // "withCa" (the CA file is given), and the "reason" and certificate
    // "subject" the refusal must name.
    static void addRefusalRows();
    Pair refusedPair(const QString &which) const;
    QString refusedCaFile(const QString &which, bool withCa) const;

    static constexpr const char *CaName = "Usage Console Test CA";
    static constexpr const char *OtherHostName = "other-host.invalid";

private:
    Pair pair(const QString &name) const
    {
        return {m_dir + QLatin1Char('/') + name + QStringLiteral(".pem"),
                m_dir + QLatin1Char('/') + name + QStringLiteral(".key")};
    }
    bool openssl(const QStringList &args);
    bool makeCa(const QString &name, const QString &subject);
    bool makeCsr(const QString &name, const QString &subject);
    bool writeFile(const QString &name, const QByteArray &text);

    QString m_dir;
    QString m_error;
};
