#include "profiles/reportstore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {

const QString GroupReports = QStringLiteral("reports");

} // namespace

ReportStore::ReportStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<SavedReport> ReportStore::reports() const
{
    m_settings->beginGroup(GroupReports);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<SavedReport> result;
    for (const QString &id : ids) {
        if (auto r = report(id))
            result.append(*r);
    }
    std::sort(result.begin(), result.end(), [](const SavedReport &a, const SavedReport &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return result;
}

std::optional<SavedReport> ReportStore::report(const QString &id) const
{
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')))
        return std::nullopt;
    m_settings->beginGroup(GroupReports);
    const bool exists = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    const QSettings &s = *m_settings;
    m_settings->beginGroup(GroupReports + QLatin1Char('/') + id);
    SavedReport r;
    r.id = id;
    r.name = s.value(QStringLiteral("name"), id).toString();
    r.profileId = s.value(QStringLiteral("profile")).toString();
    r.tab = SavedReport::tabFromName(s.value(QStringLiteral("tab")).toString())
                .value_or(SavedReport::Tab::Usages);
    r.zoneId = s.value(QStringLiteral("zone")).toString();
    r.region = s.value(QStringLiteral("region")).toString();
    r.namespaces = s.value(QStringLiteral("namespaces")).toStringList();
    r.orderId = s.value(QStringLiteral("orderId")).toString();
    r.status = statusFilterFromString(s.value(QStringLiteral("status")).toString())
                   .value_or(StatusFilter::Any);
    r.resourceName = s.value(QStringLiteral("resourceName")).toString();
    r.planType = planTypeFromString(s.value(QStringLiteral("planType")).toString());
    r.allVersions = s.value(QStringLiteral("allVersions"), false).toBool();
    r.period = SavedReport::periodFromName(s.value(QStringLiteral("period")).toString())
                   .value_or(SavedReport::Period::All);
    r.from = QDate::fromString(s.value(QStringLiteral("from")).toString(), Qt::ISODate);
    r.to = QDate::fromString(s.value(QStringLiteral("to")).toString(), Qt::ISODate);
    r.topCount = s.value(QStringLiteral("topCount"), 8).toInt();
    r.savedAt = QDateTime::fromString(s.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    m_settings->endGroup();
    return r;
}

std::optional<SavedReport> ReportStore::findByName(const QString &name) const
{
    for (const SavedReport &r : reports()) {
        if (r.name == name)
            return r;
    }
    return std::nullopt;
}

QString ReportStore::save(SavedReport report)
{
    if (const auto existing = findByName(report.name))
        report.id = existing->id;
    if (report.id.isEmpty() || !this->report(report.id))
        report.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString group = GroupReports + QLatin1Char('/') + report.id;
    m_settings->remove(group); // replace, not merge
    m_settings->beginGroup(group);
    m_settings->setValue(QStringLiteral("name"), report.name);
    m_settings->setValue(QStringLiteral("profile"), report.profileId);
    m_settings->setValue(QStringLiteral("tab"), SavedReport::tabName(report.tab));
    m_settings->setValue(QStringLiteral("zone"), report.zoneId);
    m_settings->setValue(QStringLiteral("region"), report.region);
    m_settings->setValue(QStringLiteral("namespaces"), report.namespaces);
    m_settings->setValue(QStringLiteral("orderId"), report.orderId);
    m_settings->setValue(QStringLiteral("status"), statusFilterName(report.status));
    m_settings->setValue(QStringLiteral("resourceName"), report.resourceName);
    m_settings->setValue(QStringLiteral("planType"), report.planType == PlanType::Unknown
                                                         ? QString()
                                                         : planTypeName(report.planType));
    m_settings->setValue(QStringLiteral("allVersions"), report.allVersions);
    m_settings->setValue(QStringLiteral("period"), SavedReport::periodName(report.period));
    m_settings->setValue(QStringLiteral("from"), report.from.toString(Qt::ISODate));
    m_settings->setValue(QStringLiteral("to"), report.to.toString(Qt::ISODate));
    m_settings->setValue(QStringLiteral("topCount"), report.topCount);
    m_settings->setValue(
        QStringLiteral("savedAt"),
        (report.savedAt.isValid() ? report.savedAt : QDateTime::currentDateTimeUtc())
            .toString(Qt::ISODate));
    m_settings->endGroup();
    // Written now: usagectl may run it before the window quits.
    m_settings->sync();
    return report.id;
}

void ReportStore::remove(const QString &id)
{
    if (!report(id))
        return;
    m_settings->remove(GroupReports + QLatin1Char('/') + id);
    m_settings->sync();
}
