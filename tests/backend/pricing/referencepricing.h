#pragma once

#include "pricing/pricingengine.h"

#include <QString>

// A second implementation of SPEC §4.4/§4.5 in C++, written from the text of
// the spec (not from FloatPricing), for comparing with PricingEngine over
// many random inputs: durations in int64 nanoseconds as Go has them, every
// float32 step stored through a volatile, and "%.2f" done with exact integer
// arithmetic on the float32's bits. (The hand-worked rows of
// tst_pricingreference come from pricing_oracle.py, a third one.)
class ReferencePricing
{
public:
    struct Outcome
    {
        bool ok = false;
        int code = 0; // the service code when !ok (0: the service dies)
        QString dueText;
    };

    // The dry run of a `resources` plan of price `price` (already known to
    // be valid and different from the current one) replacing `current`.
    static Outcome quote(double price, const std::optional<ReplaceableOrder> &current,
                         const QDateTime &t);

    // sprintf("%.2f", f) for a finite float32: round(f * 100) half to even.
    static QString format2(float f);

private:
    static float money(qint64 consuming);
    static float rem(const PricedCharge &c, const QDateTime &t);
};
