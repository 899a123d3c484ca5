#include "sql/sqltlsprobe.h"

#include "tls/certificatetext.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>

namespace {

using Category = BackendError::Category;

QString where(const ConnectionSpec &spec)
{
    return QStringLiteral("%1:%2").arg(spec.host).arg(spec.port);
}

// Appended to every refusal: what it means for the secret.
QString notSent()
{
    return QCoreApplication::translate("SqlTlsProbe", "Not connected; the password was not sent.");
}

BackendError certificateRefused(const ConnectionSpec &spec, const QList<QSslError> &errors,
                                const QSslCertificate &peer, const QString &details)
{
    const QStringList reasons = CertificateText::reasons(
        errors, spec.host,
        spec.caFile.isEmpty()
            ? QCoreApplication::translate("SqlTlsProbe",
                                          "certificate not trusted: no system CA signed it (give "
                                          "the company CA with ca=)")
            : QCoreApplication::translate("SqlTlsProbe",
                                          "certificate not trusted: the CA in %1 did not sign it")
                  .arg(spec.caFile));
    QSslCertificate cert = CertificateText::serverCertificate(errors);
    if (!peer.isNull())
        cert = peer;
    return BackendError(
        Category::Connection,
        QCoreApplication::translate("SqlTlsProbe",
                                    "Refused the TLS certificate of the database server %1: %2. "
                                    "Subject: %3; issuer: %4. %5")
            .arg(where(spec), reasons.join(QStringLiteral("; ")),
                 CertificateText::name(cert, false), CertificateText::name(cert, true), notSent()),
        details);
}

// One packet of the MySQL protocol: 3 bytes of length, a sequence number,
// the payload. Empty with `error` set when it does not come in time.
QByteArray readPacket(QSslSocket &socket, const QDeadlineTimer &deadline, QString *error)
{
    auto readExactly = [&](qint64 n) {
        QByteArray out;
        while (out.size() < n) {
            if (socket.bytesAvailable() == 0 &&
                !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
                *error = socket.errorString();
                return QByteArray();
            }
            out += socket.read(n - out.size());
        }
        return out;
    };
    const QByteArray header = readExactly(4);
    if (header.size() != 4)
        return {};
    const qint64 length = quint8(header[0]) | quint8(header[1]) << 8 | quint8(header[2]) << 16;
    if (length == 0 || length > 64 * 1024) {
        *error = QStringLiteral("a greeting of %1 bytes").arg(length);
        return {};
    }
    return readExactly(length);
}

} // namespace

Result<SqlTlsProbe::Outcome> SqlTlsProbe::check(const ConnectionSpec &spec)
{
    for (const QString &file : {spec.caFile, spec.certFile, spec.keyFile}) {
        // QMYSQL's connect options are "NAME=VALUE;…": these cannot pass.
        if (file.contains(QLatin1Char(';')))
            return BackendError(Category::InvalidInput,
                                QCoreApplication::translate(
                                    "SqlTlsProbe",
                                    "The file name %1 holds a ';', which Qt's MySQL driver cannot "
                                    "take: move or link the file.")
                                    .arg(file));
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!spec.caFile.isEmpty()) {
        QFile f(spec.caFile);
        if (!f.open(QIODevice::ReadOnly))
            return BackendError(
                Category::InvalidInput,
                QCoreApplication::translate("SqlTlsProbe", "Cannot read the CA file %1: %2")
                    .arg(spec.caFile, f.errorString()));
        const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (certs.isEmpty())
            return BackendError(Category::InvalidInput,
                                QCoreApplication::translate(
                                    "SqlTlsProbe", "The CA file %1 holds no PEM certificate.")
                                    .arg(spec.caFile));
        // Only this CA, as libmariadb does with SSL_CA.
        ssl.setCaCertificates(certs);
    }
    if (!spec.certFile.isEmpty()) {
        QFile c(spec.certFile);
        QFile k(spec.keyFile);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return BackendError(
                Category::InvalidInput,
                QCoreApplication::translate("SqlTlsProbe",
                                            "Cannot read the client certificate %1 or its key %2.")
                    .arg(spec.certFile, spec.keyFile));
        const auto certs = QSslCertificate::fromData(c.readAll(), QSsl::Pem);
        const QByteArray keyData = k.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (certs.isEmpty() || key.isNull())
            return BackendError(Category::InvalidInput,
                                QCoreApplication::translate(
                                    "SqlTlsProbe",
                                    "The client certificate %1 or its key %2 is not PEM (an "
                                    "unencrypted RSA or EC key).")
                                    .arg(spec.certFile, spec.keyFile));
        ssl.setLocalCertificateChain(certs);
        ssl.setPrivateKey(key);
    }
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);

    const QDeadlineTimer deadline(qint64(spec.connectTimeoutSeconds) * 1000);
    QSslSocket socket;
    socket.connectToHost(spec.host, quint16(spec.port));
    if (!socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime()))))
        return BackendError(Category::Connection,
                            QCoreApplication::translate(
                                "SqlTlsProbe", "Could not connect to the database server %1: %2")
                                .arg(where(spec), socket.errorString()));
    QString error;
    const QByteArray greeting = readPacket(socket, deadline, &error);
    if (greeting.isEmpty())
        return BackendError(deadline.hasExpired() ? Category::Timeout : Category::Connection,
                            QCoreApplication::translate(
                                "SqlTlsProbe", "The database server %1 did not greet within %2 s "
                                               "(connect_timeout).")
                                .arg(where(spec))
                                .arg(spec.connectTimeoutSeconds),
                            error);
    if (quint8(greeting[0]) == 0xff) // an error packet: code, then the text
        return BackendError(
            Category::Connection,
            QCoreApplication::translate("SqlTlsProbe",
                                        "The database server %1 refused the connection: %2")
                .arg(where(spec),
                     QString::fromUtf8(greeting.mid(3))
                         .remove(QRegularExpression(QStringLiteral("^#[0-9A-Z]{5}")))));
    // Protocol 10: version, server version (NUL-ended), thread id (4),
    // scramble (8), filler (1), capabilities (lower 2 bytes).
    const qsizetype versionEnd = greeting.indexOf('\0', 1);
    const qsizetype caps = versionEnd + 1 + 4 + 8 + 1;
    if (quint8(greeting[0]) != 10 || versionEnd < 0 || greeting.size() < caps + 2)
        return BackendError(
            Category::Connection,
            QCoreApplication::translate("SqlTlsProbe", "%1 does not answer like a MySQL server.")
                .arg(where(spec)));
    const quint32 capabilities = quint8(greeting[caps]) | quint8(greeting[caps + 1]) << 8;
    if (!(capabilities & ClientSsl))
        return BackendError(
            Category::Connection,
            QCoreApplication::translate(
                "SqlTlsProbe", "TLS not offered: the database server %1 (%2) does not offer "
                               "TLS, and the address says tls=required. %3")
                .arg(where(spec), QString::fromUtf8(greeting.mid(1, versionEnd - 1)), notSent()));
    // SSLRequest: capabilities, max packet, character set, 23 zero bytes;
    // sequence number 1. No user, no password.
    const quint32 ours = 0x0001 | 0x0200 | ClientSsl | 0x8000; // long password, 4.1, SSL, secure
    QByteArray request(4 + 32, '\0');
    request[0] = 32;
    request[3] = 1;
    for (int i = 0; i < 4; ++i)
        request[4 + i] = char((ours >> (8 * i)) & 0xff);
    request[8 + 3] = 0x01; // 16 MiB max packet
    request[12] = 45;      // utf8mb4_general_ci
    socket.write(request);
    socket.setSslConfiguration(ssl);
    socket.setPeerVerifyName(spec.host);
    socket.startClientEncryption();
    if (!socket.waitForEncrypted(int(qMax<qint64>(1, deadline.remainingTime())))) {
        const QList<QSslError> errors = socket.sslHandshakeErrors();
        if (!errors.isEmpty())
            return certificateRefused(spec, errors, socket.peerCertificate(), socket.errorString());
        return BackendError(
            deadline.hasExpired() ? Category::Timeout : Category::Connection,
            QCoreApplication::translate(
                "SqlTlsProbe", "The TLS handshake with the database server %1 failed: %2. %3")
                .arg(where(spec), socket.errorString(), notSent()));
    }
    Outcome outcome;
    outcome.protocol = socket.sessionCipher().protocolString();
    outcome.issuer = socket.peerCertificate().issuerDisplayName();
    socket.abort(); // nothing more is said on this connection
    return outcome;
}
