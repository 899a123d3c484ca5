#pragma once

#include "simoptions.h"
#include "simplanapi.h"
#include "simplancatalog.h"
#include "simrequest.h"
#include "simresponse.h"
#include "simstore.h"
#include "simusageapi.h"

#include <QAbstractHttpServer>
#include <QPointer>

#include <memory>

class QHttpServerResponder;
class QTcpSocket;

// usage-service-sim's HTTP server: the usage service's /usageapi/v1, the plan
// service's routes, the control routes /__sim/fault and /__sim/now, and the
// fault switches. Built on QAbstractHttpServer (QHttpServer's base) because
// QHttpServer 6.4 answers unknown URLs itself with an empty 404 and the
// service answers them with {code 3303}.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override;

    // Reads the TLS certificate and key (--tls-cert/--tls-key) and opens the
    // database; empty on success, else the reason.
    QString open();
    // Listens on the options' address; the port, or 0 on failure.
    quint16 start();

    // The answer to one request before any fault is applied.
    SimResponse dispatch(const SimRequest &request);

    QString fault() const { return m_options.fault; }
    void setFault(const QString &kind, int delayMs = -1);

Q_SIGNALS:
    void faultChanged(const QString &kind);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
    };

    QString setUpTls();
    std::optional<SimResponse> control(const SimRequest &request);
    void deliver(const Pending &pending, SimResponse response, const QString &fault);
    void writePlain(const Pending &pending, const SimResponse &response);
    void writeTruncated(const Pending &pending, const SimResponse &response);
    void writeDrip(const Pending &pending, const SimResponse &response);

    SimOptions m_options;
    SimStore m_store;
    SimPlanCatalog m_plans;
    SimUsageApi m_usage;
    SimPlanApi m_planApi;
};
