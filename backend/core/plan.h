#pragma once

#include "core/money.h"
#include "core/order.h"

#include <QDateTime>
#include <QString>

// One plan *version* (a DF_PLAN row). `price` keeps the stored double as the
// plan service sends it, because pricing starts from float32(price) (SPEC
// §4.1); `priceMoney` is its exact value for display.
struct Plan
{
    qint64 id = 0; // the version
    QString planId;
    QString name;
    PlanType type = PlanType::Unknown;
    QString typeText; // as stored; the service compares case-insensitively
    QString belong;
    int level = 0;
    QString specification1;
    QString specification2;
    QString description;
    double price = 0;
    Money priceMoney;
    QString cycle;
    QString region; // the region's IDENTIFICATION
    QString regionDescribe;
    QDateTime creationTime; // a label only (SPEC §3)
    bool active = false;
};

struct Region
{
    QString identification;
    QString name;
    QString description;
};
