#pragma once

#include "reports/reportloader.h"
#include "reports/statement.h"

class StatementBuilder;

// What a statement is for.
struct StatementRequest
{
    QString ns;
    QString region;  // empty = every region
    MonthSpan month; // in the display zone
    QTimeZone zone;
};

// Gathers a namespace's charges of one month from a backend, region by
// region, with the plans and orders that name its lines, into a Statement
// (StatementBuilder).
class StatementLoader : public ReportLoader
{
    Q_OBJECT
public:
    using ReportLoader::ReportLoader;

    // Cancels the statement being made, if any.
    QFuture<Result<Statement>> load(Backend *backend, const StatementRequest &request);

private:
    void loadRegion(quint64 generation, const StatementRequest &request, const QString &region,
                    const std::shared_ptr<StatementBuilder> &builder,
                    const std::function<void()> &next, const Fail &fail);
};
