#pragma once

#include "demo/demorowsink.h"

#include <QStringList>

#include <vector>

// The demo world's plan catalog: a fixed list of plans in both regions,
// some with older price versions (STATUS 'N') changed at seeded instants
// inside the generated window, numbered as the plan table's rows.
class DemoCatalog
{
public:
    enum Kind { Resources, Volume, Bsi };

    // One price version of a plan in a region.
    struct Version
    {
        qint64 created = 0;
        qint64 dbId = 0;
        double price = 0;
        float fprice = 0;
        qint64 consuming = 0; // a full charge
    };

    // Without `priceChanges` every plan has only its current (active) price.
    DemoCatalog(quint64 seed, qint64 windowStart, qint64 now, bool priceChanges = true);

    // The version of `plan` in `region` (0 or 1) in force at `t`.
    const Version &at(int plan, int region, qint64 t) const;
    const std::vector<DemoPlanRow> &rows() const { return m_rows; }
    // The plans of a kind, lowest level first.
    const std::vector<int> &ofKind(Kind kind) const { return m_byKind[kind]; }
    const QString &planId(int plan) const { return m_planIds[plan]; }
    Kind kind(int plan) const;
    // What a BSI plan is (redis, mysql…); empty for the others.
    QString belong(int plan) const;
    static QString typeName(Kind kind);

private:
    std::vector<std::vector<Version>> m_versions;
    std::vector<DemoPlanRow> m_rows;
    std::vector<int> m_byKind[3];
    QStringList m_planIds;
};
