#!/usr/bin/env python3
"""The dry-run price of SPEC §4, worked out independently of the product.

Written from the text of SPEC §4 alone (not from PricingEngine, FloatPricing
or BillingCalendar): float32 steps by rounding every intermediate value
through struct.pack('f'), durations in integer nanoseconds as Go has them,
"%.2f" as exact decimal arithmetic on the float32's value (ties to even), the
deadline rule with Python's own time-zone database (zoneinfo). Next to each
float32 answer it gives the answer of exact rational arithmetic, which the
service does NOT use: the rows where the two differ by a cent are the ~4 % of
SPEC §4.

It prints the rows of TstPricingReference::quotes_data() and
::deadlines_data() (tests/backend/pricing/tst_pricingreference.cpp), each with
its arithmetic as a comment. To change a row, change CASES or DEADLINES below,
run

    python3 tests/backend/pricing/pricing_oracle.py > /tmp/rows.txt

and paste the two blocks into tst_pricingreference.cpp (then clang-format it).
Python 3.9 or later (zoneinfo), with the system's tzdata.
"""

import calendar
import math
import struct
import sys
from datetime import datetime, timezone
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

DAY_NS = 24 * 3600 * 10**9


def f32(x):
    """x rounded to the nearest float32 (ties to even), as a Python float."""
    return struct.unpack("f", struct.pack("f", x))[0]


def g9(x):
    """A float32 written with 9 significant digits (reads back the same)."""
    return "%.9g" % x


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def iso(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def ns_between(a, b):
    """b - a in nanoseconds (whole seconds here, so exact)."""
    return int((b - a).total_seconds()) * 10**9


def quantize(value, places):
    """Decimal rounding of an exact value (a float is exact as a Decimal)."""
    exact = Decimal(value) if not isinstance(value, Fraction) else (
        Decimal(value.numerator) / Decimal(value.denominator))
    step = Decimal(1).scaleb(-places)
    q = exact.quantize(step, rounding=ROUND_HALF_EVEN)
    # A value exactly on a half step would depend on the rounding rule: the
    # rows avoid it (the service's "%.2f" rounds ties to even, Money may not).
    if (exact - q).copy_abs() * 2 == step and places == 4:
        raise SystemExit("a credit exactly on a half 1/10000: choose another row")
    return q


class Charge:
    def __init__(self, text):
        start, end, consuming = text.split()
        self.text = text
        self.time = instant(start)
        self.deadline = instant(end)
        self.consuming = int(consuming)

    def money(self):
        # m = float32(0.0001) x float32(CONSUMING), a float32 product
        return f32(f32(0.0001) * f32(float(self.consuming)))


def rem(c, t, notes):
    """rem(c) of SPEC §4.4, with its steps appended to notes."""
    rem_days = math.floor(float(ns_between(t, c.deadline)) / float(DAY_NS))
    all_days = math.floor(0.5 + float(ns_between(c.time, c.deadline)) / float(DAY_NS))
    ratio = f32(f32(rem_days) / f32(all_days))
    money = c.money()
    prod = f32(ratio * money)
    cents = math.floor(prod * 100.0)
    r = f32(f32(0.01) * f32(float(cents)))
    notes.append("remDays floor(%.4f) = %d, allDays floor(0.5 + %.4f) = %d" % (
        ns_between(t, c.deadline) / DAY_NS, rem_days,
        ns_between(c.time, c.deadline) / DAY_NS, all_days))
    notes.append("ratio f32(%d/%d) = %s; money f32(0.0001 x %d) = %s; prod = %s" % (
        rem_days, all_days, g9(ratio), c.consuming, g9(money), g9(prod)))
    notes.append("floor(%s x 100) = %d -> rem = f32(0.01 x %d) = %s" % (
        g9(prod), cents, cents, g9(r)))
    exact = Fraction(math.floor(Fraction(rem_days, all_days) * Fraction(c.consuming, 100)), 100)
    return r, exact


def next_deadline(start, current, zone):
    """SPEC §4.5: in the service's zone, the month after the current
    deadline's, on the start's day (clamped) at the start's time of day."""
    s = start.astimezone(zone)
    d = current.astimezone(zone)
    year, month = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    day = min(s.day, calendar.monthrange(year, month)[1])
    local = datetime(year, month, day, s.hour, s.minute, s.second, tzinfo=zone)
    return local.astimezone(timezone.utc)


def quote(case):
    """(code, due text, credit text, period end, message, notes, exact due)."""
    notes = []
    t = instant(case["now"])
    zone = ZoneInfo(case.get("zone", "Asia/Shanghai"))
    price = case["price"]
    p = f32(float(price))
    period_end = next_deadline(t, t, zone)
    notes.append("p = f32(%s) = %s; period end: %s in %s is %s local -> %s local = %s" % (
        price, g9(p), iso(t), zone.key, t.astimezone(zone).strftime("%m-%d %H:%M"),
        period_end.astimezone(zone).strftime("%m-%d %H:%M"), iso(period_end)))
    old = case.get("old")
    if case.get("type", "resources") != "resources" or old is None:
        notes.append("nothing replaced: due = p")
        return 0, str(quantize(p, 2)), "0.0000", iso(period_end), "", notes, Fraction(price)
    if old == "p-new":
        return 3308, "", "", "", "failed to create order (Plan not changed)", \
            ["the current order already has plan p-new"], None
    last = Charge(case["last"])
    in_advance = False
    if t > last.deadline:
        remaining, exact = 0.0, Fraction(0)
        notes.append("t after L.deadline %s: remaining 0" % iso(last.deadline))
    elif t < last.time:
        in_advance = True
        before = Charge(case["beforeLast"])
        notes.append("t before L.time %s (renewed in advance): rem(L') + L.money" % iso(last.time))
        r, exact_r = rem(before, t, notes)
        remaining = f32(r + last.money())
        exact = exact_r + Fraction(last.consuming, 10000)
        notes.append("remaining f32(%s + %s) = %s" % (g9(r), g9(last.money()), g9(remaining)))
    else:
        remaining, exact = rem(last, t, notes)
    if remaining > p:
        notes.append("remaining %s > p %s: refused" % (g9(remaining), g9(p)))
        return 3313, "", "", "", (
            "failed to renew order (old order (local-resources) has too much remaining spending%s)"
            % (" (last last)" if in_advance else "")), notes, None
    due = f32(p - remaining)
    text = str(quantize(due, 2))
    exact_due = Fraction(price) - exact
    notes.append("due f32(%s - %s) = %s -> \"%s\"; exact: %s - %s = %s" % (
        g9(p), g9(remaining), g9(due), text, price, quantize(exact, 4),
        quantize(exact_due, 4)))
    return 0, text, str(quantize(remaining, 4)), iso(period_end), "", notes, exact_due


def cpp(s):
    return '"%s"' % s


def quote_row(case):
    code, due, credit, period_end, message, notes, exact_due = quote(case)
    differs = exact_due is not None and str(quantize(exact_due, 2)) != due and code == 0
    print("    // " + case["tag"] + (" (float32 and exact arithmetic differ by a cent)"
                                     if differs else ""))
    for n in notes:
        print("    //   " + n)
    print("    QTest::newRow(%s)" % cpp(case["tag"]))
    print("        << %s << %s << %s << %s << %s << %s << QByteArray(%s)" % (
        cpp(case["price"]), cpp(case.get("type", "resources")), cpp(case.get("old") or ""),
        cpp(case.get("last", "")), cpp(case.get("beforeLast", "")), cpp(case["now"]),
        cpp(case.get("zone", "Asia/Shanghai"))))
    print("        << %d << %s << %s << %s << %s;" % (
        code, cpp(due), cpp(credit), cpp(period_end), cpp(message)))
    return differs


NOV = "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z "
DEC = "2026-12-10T08:00:00Z 2027-01-10T08:00:00Z "
FEB27 = "2027-02-10T08:00:00Z 2027-03-10T08:00:00Z "
FEB28 = "2028-02-10T08:00:00Z 2028-03-10T08:00:00Z "

CASES = [
    # New orders: nothing to replace.
    dict(tag="new resources order", price="12.3", now="2026-11-24T23:10:12Z"),
    dict(tag="new volume", type="volume", price="3.5", now="2026-11-24T23:10:12Z"),
    dict(tag="new bsi, price 123.4567", type="bsi", price="123.4567", now="2026-11-24T23:10:12Z"),
    dict(tag="volume: a resources order is not replaced", type="volume", price="9.9",
         old="p-old", last=NOV + "300000", now="2026-11-24T23:10:12Z"),
    # Switches with a credit.
    dict(tag="README worked quote", price="199.99", old="p-old",
         last="2026-11-23T07:50:16Z 2026-12-23T07:50:16Z 599000", now="2026-12-05T08:00:00Z"),
    dict(tag="fixture quote-switch", price="12.3", old="p-old", last=NOV + "100000",
         now="2026-11-24T23:10:12Z"),
    dict(tag="switch, 30 days", price="12.3", old="p-old", last=NOV + "90000",
         now="2026-11-26T03:00:00Z"),
    dict(tag="switch, 30 days, 21 left", price="2", old="p-old", last=NOV + "10000",
         now="2026-11-19T03:00:00Z"),
    dict(tag="switch, 28 days (Feb 2027)", price="199", old="p-old", last=FEB27 + "1190000",
         now="2027-02-23T03:00:00Z"),
    dict(tag="switch, 29 days (Feb 2028)", price="39.9", old="p-old", last=FEB28 + "290000",
         now="2028-02-24T03:00:00Z"),
    dict(tag="switch, 31 days (Dec 2026)", price="30", old="p-old", last=DEC + "217000",
         now="2026-12-31T03:00:00Z"),
    dict(tag="switch, 31 days, whole result", price="30", old="p-old", last=DEC + "310000",
         now="2026-12-25T03:00:00Z"),
    dict(tag="switch at the charge time: the whole period left", price="45.6", old="p-old",
         last=NOV + "300000", now="2026-11-10T08:00:00Z"),
    dict(tag="switch, remaining equals the price", price="15", old="p-old", last=NOV + "300000",
         now="2026-11-24T23:10:12Z"),
    dict(tag="switch, float32 allows what exact arithmetic refuses", price="15", old="p-old",
         last=NOV + "300200", now="2026-11-24T23:10:12Z"),
    dict(tag="switch, a charge above 2^24 units", price="20000", old="p-old",
         last=NOV + "123456789", now="2026-11-20T03:00:00Z"),
    dict(tag="switch, period of 29.5 days counts 30", price="30", old="p-old",
         last="2026-11-10T08:00:00Z 2026-12-09T20:00:00Z 300000", now="2026-11-24T20:00:00Z"),
    dict(tag="switch in UTC zone", price="88.8", old="p-old", last=NOV + "456700",
         now="2026-11-17T11:11:11Z", zone="UTC"),
    dict(tag="switch, 7 days left of 31", price="99.99", old="p-old", last=DEC + "777700",
         now="2027-01-03T07:00:00Z"),
    # Renewed in advance (t before L.time): rem(L') + L.money.
    dict(tag="renewed in advance", price="40", old="p-old", last=DEC + "300000",
         beforeLast=NOV + "300000", now="2026-12-05T03:00:00Z"),
    dict(tag="renewed in advance, remaining on a half cent", price="20", old="p-old",
         last=DEC + "100050", beforeLast=NOV + "300000", now="2026-12-05T03:00:00Z"),
    dict(tag="renewed in advance, due on a half cent: to even", price="20", old="p-old",
         last=DEC + "153750", beforeLast=NOV + "300000", now="2026-12-10T03:00:00Z"),
    dict(tag="renewed in advance, due on a half cent: up to even", price="20", old="p-old",
         last=DEC + "151250", beforeLast=NOV + "300000", now="2026-12-10T03:00:00Z"),
    # An expired old order: remaining 0, due = p, still replaced.
    dict(tag="expired: a second after L.deadline", price="12.3", old="p-old",
         last=NOV + "300000", now="2026-12-10T08:00:01Z"),
    dict(tag="expired: a week after L.deadline", price="12.3", old="p-old",
         last=NOV + "300000", now="2026-12-16T12:00:00Z"),
    dict(tag="at L.deadline: 0 days left, not expired", price="12.3", old="p-old",
         last=NOV + "300000", now="2026-12-10T08:00:00Z"),
    dict(tag="5 hours before L.deadline: 0 days left", price="12.3", old="p-old",
         last=NOV + "300000", now="2026-12-10T03:00:00Z"),
    # Too much remaining (3313).
    dict(tag="fixture quote-switch-too-much", price="12.3", old="p-old", last=NOV + "300000",
         now="2026-11-24T23:10:12Z"),
    dict(tag="too much by one cent", price="15", old="p-old", last=NOV + "300400",
         now="2026-11-24T23:10:12Z"),
    dict(tag="too much, renewed in advance", price="30", old="p-old", last=DEC + "300000",
         beforeLast=NOV + "300000", now="2026-12-05T03:00:00Z"),
    # Plan not changed (3308).
    dict(tag="plan not changed", price="12.3", old="p-new", last=NOV + "300000",
         now="2026-11-24T23:10:12Z"),
    dict(tag="plan not changed, even expired", price="12.3", old="p-new", last=NOV + "300000",
         now="2026-12-20T00:00:00Z"),
    # The new period's end, start = t (SPEC §4.5).
    dict(tag="period end: 31 Jan in Shanghai -> 28 Feb 2026", price="10",
         now="2026-01-30T20:00:00Z"),
    dict(tag="period end: 31 Jan in Shanghai -> 29 Feb 2028 (leap)", price="10",
         now="2028-01-30T20:00:00Z"),
    dict(tag="period end: 30 Jan in UTC -> 28 Feb 2026", price="10", now="2026-01-30T20:00:00Z",
         zone="UTC"),
    dict(tag="period end: 29 Jan in Shanghai -> 28 Feb 2026", price="10",
         now="2026-01-28T17:00:00Z"),
    dict(tag="period end: 28 Jan in UTC -> 28 Feb 2026", price="10", now="2026-01-28T17:00:00Z",
         zone="UTC"),
    dict(tag="period end: 29 Jan 2028 in Shanghai -> 29 Feb (leap)", price="10",
         now="2028-01-29T02:00:00Z"),
    dict(tag="period end: 31 Mar in Shanghai -> 30 Apr", price="10", now="2026-03-31T01:00:00Z"),
    dict(tag="period end: 1 Jan 2027 in Shanghai, 31 Dec in UTC", price="10",
         now="2026-12-31T16:30:00Z"),
    dict(tag="period end: the same instant in UTC", price="10", now="2026-12-31T16:30:00Z",
         zone="UTC"),
]

# BillingCalendar::nextDeadline(start, current deadline, zone): renewals.
DEADLINES = [
    ("SPEC example: start 31 Dec 04:00 Shanghai, Jan deadline -> 28 Feb",
     "2025-12-30T20:00:00Z", "2026-01-30T20:00:00Z", "Asia/Shanghai"),
    ("the same in UTC: 30 Dec -> 28 Feb", "2025-12-30T20:00:00Z", "2026-01-30T20:00:00Z", "UTC"),
    ("start on the 31st, Feb deadline -> 31 Mar", "2025-12-30T20:00:00Z", "2026-02-27T20:00:00Z",
     "Asia/Shanghai"),
    ("start on the 31st, Mar deadline -> 30 Apr", "2025-12-30T20:00:00Z", "2026-03-30T20:00:00Z",
     "Asia/Shanghai"),
    ("start on the 30th, Jan 2028 deadline -> 29 Feb (leap)", "2027-12-29T20:00:00Z",
     "2028-01-29T20:00:00Z", "Asia/Shanghai"),
    ("start on the 29th, Jan 2027 deadline -> 28 Feb", "2026-12-28T18:00:00Z",
     "2027-01-28T18:00:00Z", "Asia/Shanghai"),
    ("start on the 29th, Jan 2028 deadline -> 29 Feb (leap)", "2027-12-28T18:00:00Z",
     "2028-01-28T18:00:00Z", "Asia/Shanghai"),
    ("start on the 29th in UTC, Jan 2028 deadline -> 29 Feb", "2027-12-29T18:00:00Z",
     "2028-01-29T18:00:00Z", "UTC"),
    ("December deadline -> January of the next year", "2026-06-15T08:00:00Z",
     "2026-12-15T08:00:00Z", "Asia/Shanghai"),
    ("a deadline past midnight in Shanghai (its 1st), start on the 31st", "2026-01-30T17:00:00Z",
     "2026-02-28T17:00:00Z", "Asia/Shanghai"),
]


def deadline_row(tag, start, current, zone):
    z = ZoneInfo(zone)
    s, d = instant(start), instant(current)
    n = next_deadline(s, d, z)
    print("    // start %s local, deadline %s local -> %s local" % (
        s.astimezone(z).strftime("%Y-%m-%d %H:%M"), d.astimezone(z).strftime("%Y-%m-%d %H:%M"),
        n.astimezone(z).strftime("%Y-%m-%d %H:%M")))
    print("    QTest::newRow(%s) << %s << %s << QByteArray(%s) << %s;" % (
        cpp(tag), cpp(start), cpp(current), cpp(zone), cpp(iso(n))))


def main():
    print("// --- quotes_data(): %d rows ---" % len(CASES))
    differing = sum(quote_row(c) for c in CASES)
    print("// --- deadlines_data(): %d rows ---" % len(DEADLINES))
    for d in DEADLINES:
        deadline_row(*d)
    print("// %d quote rows, %d where float32 and exact arithmetic differ" % (
        len(CASES), differing), file=sys.stderr)


if __name__ == "__main__":
    main()
