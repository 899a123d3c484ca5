// RollupCoordinator's checks against the source, and dropping what it kept.

#include "cache/rollupcoordinator.h"

#include "core/awaitresult.h"

#include <QCoreApplication>

namespace {

QString monthName(const CachedMonth &m)
{
    // The middle of the month names it in any zone.
    return m.startUtc.addSecs(m.startUtc.secsTo(m.endUtc) / 2).toString(QStringLiteral("yyyy-MM"));
}

} // namespace

Result<CacheVerifyReport> RollupCoordinator::verify(const std::optional<QString> &region, int limit,
                                                    const QDateTime &skipAfter)
{
    CacheVerifyReport report;
    UsageFilter scope;
    scope.namespaces = m_inner->namespaceScope();
    if (!usable(scope))
        return report;
    const QString src = source().value();
    const auto list = m_cache->months(src, region, limit);
    if (!list) {
        cacheFailed(list.error());
        return report;
    }
    m_now = m_clock();
    // The ledger's months too: explicitly all of them; in the background one
    // month at most once an hour, since each is a count and a sum over the
    // source (a scan without an index) and the next request waits behind it.
    const bool background = skipAfter.isValid();
    if (ledgerOpen() &&
        (!background || !m_ledgerChecked || m_ledgerChecked->hasExpired(qint64(3600) * 1000))) {
        if (background)
            m_ledgerChecked.emplace().start();
        const auto ledger =
            m_ledger.verify(src, region, background ? 1 : limit, m_now, &report.checked);
        if (!ledger)
            return ledger.error();
        report.mismatches += ledger.value();
    }
    for (const CachedMonth &m : list.value()) {
        if (skipAfter.isValid() && m.verifiedAt.isValid() && m.verifiedAt > skipAfter)
            continue;
        UsageFilter f = scope;
        f.region = m.region;
        f.from = m.startUtc;
        f.to = m.endUtc;
        const auto live = awaitResult(m_inner->usageTotal(f));
        if (!live)
            return live.error();
        ++report.checked;
        if (live.value().amount != m.amount || live.value().charges != m.charges) {
            report.mismatches.append(
                QStringLiteral("%1, region %2: cached %3 in %4 charges, the source has %5 in %6")
                    .arg(monthName(m), m.region.isEmpty() ? QStringLiteral("(all)") : m.region,
                         m.amount.toString2(), QString::number(m.charges),
                         live.value().amount.toString2(), QString::number(live.value().charges)));
        } else {
            m_cache->markVerified(src, m, m_now);
        }
    }
    if (!report.mismatches.isEmpty()) {
        const auto cleared = m_cache->clear(src);
        if (!cleared)
            cacheFailed(cleared.error());
        m_notices.corrected(
            QCoreApplication::translate("RollupCache",
                                        "Cached spend did not match the data (%1); the cache of "
                                        "this connection was dropped and the figures are computed "
                                        "again.")
                .arg(report.mismatches.join(QStringLiteral("; "))));
    }
    return report;
}

Result<int> RollupCoordinator::clear(bool everySource)
{
    m_ledger.forget();
    if (!m_cache->isOpen()) {
        const auto opened = m_cache->open();
        if (!opened)
            return opened.error();
    }
    if (everySource)
        return m_cache->clear(QString());
    const auto src = source();
    if (!src)
        return src.error();
    return m_cache->clear(src.value());
}
