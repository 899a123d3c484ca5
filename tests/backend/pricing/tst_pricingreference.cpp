// PricingEngine and the deadline rule against reference rows worked out by
// hand from SPEC §4, independently of the product: pricing_oracle.py (next
// to this file) computes them from the text of the spec with its own
// float32 rounding (struct.pack('f')), exact decimal "%.2f" and Python's
// own time-zone database, and prints the rows below, each with its
// arithmetic. To add a row, add it to the script's CASES or DEADLINES, run
//     python3 tests/backend/pricing/pricing_oracle.py
// and paste its output here. A row marked "float32 and exact arithmetic
// differ by a cent" is one of the ~4 % where an exact implementation would
// answer otherwise than the service.
//
// The quote's input: plan p-new (version 123) of `type` at `price` for
// namespace `local` in cn-north-1 at `now`; `old` is the plan of the
// consuming order local-resources (key 1, empty: none), `last` its charge
// CONSUME_ID = LAST_CONSUME_ID and `beforeLast` the one before
// ("start deadline CONSUMING"); `zone` the service's. Expected: `code` 0 and
// the due text, the credit (1/10000) and the new period's end (UTC), or the
// service's code and message.

#include "core/billingcalendar.h"
#include "pricinginputs.h"
#include "testtime.h"

#include <QtTest>

using TestTime::utc;

class TstPricingReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotes_data();
    void quotes();
    void deadlines_data();
    void deadlines();
};

void TstPricingReference::quotes_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("beforeLast");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("periodEnd");
    QTest::addColumn<QString>("message");

    // new resources order
    //   p = f32(12.3) = 12.3000002; period end: 2026-11-24T23:10:12Z in Asia/Shanghai is 11-25
    //   07:10 local -> 12-25 07:10 local = 2026-12-24T23:10:12Z nothing replaced: due = p
    QTest::newRow("new resources order")
        << "12.3"
        << "resources"
        << ""
        << ""
        << ""
        << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 0 << "12.30"
        << "0.0000"
        << "2026-12-24T23:10:12Z"
        << "";
    // new volume
    //   p = f32(3.5) = 3.5; period end: 2026-11-24T23:10:12Z in Asia/Shanghai is 11-25 07:10 local
    //   -> 12-25 07:10 local = 2026-12-24T23:10:12Z nothing replaced: due = p
    QTest::newRow("new volume") << "3.5"
                                << "volume"
                                << ""
                                << ""
                                << ""
                                << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 0
                                << "3.50"
                                << "0.0000"
                                << "2026-12-24T23:10:12Z"
                                << "";
    // new bsi, price 123.4567
    //   p = f32(123.4567) = 123.456703; period end: 2026-11-24T23:10:12Z in Asia/Shanghai is 11-25
    //   07:10 local -> 12-25 07:10 local = 2026-12-24T23:10:12Z nothing replaced: due = p
    QTest::newRow("new bsi, price 123.4567")
        << "123.4567"
        << "bsi"
        << ""
        << ""
        << ""
        << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 0 << "123.46"
        << "0.0000"
        << "2026-12-24T23:10:12Z"
        << "";
    // volume: a resources order is not replaced
    //   p = f32(9.9) = 9.89999962; period end: 2026-11-24T23:10:12Z in Asia/Shanghai is 11-25 07:10
    //   local -> 12-25 07:10 local = 2026-12-24T23:10:12Z nothing replaced: due = p
    QTest::newRow("volume: a resources order is not replaced")
        << "9.9"
        << "volume"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 0 << "9.90"
        << "0.0000"
        << "2026-12-24T23:10:12Z"
        << "";
    // README worked quote
    //   p = f32(199.99) = 199.990005; period end: 2026-12-05T08:00:00Z in Asia/Shanghai is 12-05
    //   16:00 local -> 01-05 16:00 local = 2027-01-05T08:00:00Z remDays floor(17.9932) = 17,
    //   allDays floor(0.5 + 30.0000) = 30 ratio f32(17/30) = 0.566666663; money f32(0.0001 x
    //   599000) = 59.8999977; prod = 33.9433327 floor(33.9433327 x 100) = 3394 -> rem = f32(0.01 x
    //   3394) = 33.9399986 due f32(199.990005 - 33.9399986) = 166.050003 -> "166.05"; exact: 199.99
    //   - 33.9400 = 166.0500
    QTest::newRow("README worked quote")
        << "199.99"
        << "resources"
        << "p-old"
        << "2026-11-23T07:50:16Z 2026-12-23T07:50:16Z 599000"
        << ""
        << "2026-12-05T08:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "166.05"
        << "33.9400"
        << "2027-01-05T08:00:00Z"
        << "";
    // fixture quote-switch
    //   p = f32(12.3) = 12.3000002; period end: 2026-11-24T23:10:12Z in Asia/Shanghai is 11-25
    //   07:10 local -> 12-25 07:10 local = 2026-12-24T23:10:12Z remDays floor(15.3679) = 15,
    //   allDays floor(0.5 + 30.0000) = 30 ratio f32(15/30) = 0.5; money f32(0.0001 x 100000) = 10;
    //   prod = 5 floor(5 x 100) = 500 -> rem = f32(0.01 x 500) = 5 due f32(12.3000002 - 5)
    //   = 7.30000019 -> "7.30"; exact: 12.3 - 5.0000 = 7.3000
    QTest::newRow("fixture quote-switch")
        << "12.3"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 100000"
        << ""
        << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 0 << "7.30"
        << "5.0000"
        << "2026-12-24T23:10:12Z"
        << "";
    // switch, 30 days (float32 and exact arithmetic differ by a cent)
    //   p = f32(12.3) = 12.3000002; period end: 2026-11-26T03:00:00Z in Asia/Shanghai is 11-26
    //   11:00 local -> 12-26 11:00 local = 2026-12-26T03:00:00Z remDays floor(14.2083) = 14,
    //   allDays floor(0.5 + 30.0000) = 30 ratio f32(14/30) = 0.466666669; money f32(0.0001 x 90000)
    //   = 9; prod = 4.19999981 floor(4.19999981 x 100) = 419 -> rem = f32(0.01 x 419) = 4.19000006
    //   due f32(12.3000002 - 4.19000006) = 8.11000061 -> "8.11"; exact: 12.3 - 4.2000 = 8.1000
    QTest::newRow("switch, 30 days")
        << "12.3"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 90000"
        << ""
        << "2026-11-26T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "8.11"
        << "4.1900"
        << "2026-12-26T03:00:00Z"
        << "";
    // switch, 30 days, 21 left (float32 and exact arithmetic differ by a cent)
    //   p = f32(2) = 2; period end: 2026-11-19T03:00:00Z in Asia/Shanghai is 11-19 11:00 local ->
    //   12-19 11:00 local = 2026-12-19T03:00:00Z remDays floor(21.2083) = 21, allDays floor(0.5
    //   + 30.0000) = 30 ratio f32(21/30) = 0.699999988; money f32(0.0001 x 10000) = 1; prod =
    //   0.699999988 floor(0.699999988 x 100) = 69 -> rem = f32(0.01 x 69) = 0.689999998 due f32(2 -
    //   0.689999998) = 1.30999994 -> "1.31"; exact: 2 - 0.7000 = 1.3000
    QTest::newRow("switch, 30 days, 21 left")
        << "2"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 10000"
        << ""
        << "2026-11-19T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "1.31"
        << "0.6900"
        << "2026-12-19T03:00:00Z"
        << "";
    // switch, 28 days (Feb 2027) (float32 and exact arithmetic differ by a cent)
    //   p = f32(199) = 199; period end: 2027-02-23T03:00:00Z in Asia/Shanghai is 02-23 11:00 local
    //   -> 03-23 11:00 local = 2027-03-23T03:00:00Z remDays floor(15.2083) = 15, allDays floor(0.5
    //   + 28.0000) = 28 ratio f32(15/28) = 0.535714269; money f32(0.0001 x 1190000) = 119; prod
    //   = 63.7499962 floor(63.7499962 x 100) = 6374 -> rem = f32(0.01 x 6374) = 63.7399979 due
    //   f32(199 - 63.7399979) = 135.26001 -> "135.26"; exact: 199 - 63.7500 = 135.2500
    QTest::newRow("switch, 28 days (Feb 2027)")
        << "199"
        << "resources"
        << "p-old"
        << "2027-02-10T08:00:00Z 2027-03-10T08:00:00Z 1190000"
        << ""
        << "2027-02-23T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "135.26"
        << "63.7400"
        << "2027-03-23T03:00:00Z"
        << "";
    // switch, 29 days (Feb 2028) (float32 and exact arithmetic differ by a cent)
    //   p = f32(39.9) = 39.9000015; period end: 2028-02-24T03:00:00Z in Asia/Shanghai is 02-24
    //   11:00 local -> 03-24 11:00 local = 2028-03-24T03:00:00Z remDays floor(15.2083) = 15,
    //   allDays floor(0.5 + 29.0000) = 29 ratio f32(15/29) = 0.517241359; money f32(0.0001 x
    //   290000) = 29; prod = 14.999999 floor(14.999999 x 100) = 1499 -> rem = f32(0.01 x 1499)
    //   = 14.9899998 due f32(39.9000015 - 14.9899998) = 24.9100018 -> "24.91"; exact: 39.9
    //   - 15.0000 = 24.9000
    QTest::newRow("switch, 29 days (Feb 2028)")
        << "39.9"
        << "resources"
        << "p-old"
        << "2028-02-10T08:00:00Z 2028-03-10T08:00:00Z 290000"
        << ""
        << "2028-02-24T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "24.91"
        << "14.9900"
        << "2028-03-24T03:00:00Z"
        << "";
    // switch, 31 days (Dec 2026) (float32 and exact arithmetic differ by a cent)
    //   p = f32(30) = 30; period end: 2026-12-31T03:00:00Z in Asia/Shanghai is 12-31 11:00 local ->
    //   01-31 11:00 local = 2027-01-31T03:00:00Z remDays floor(10.2083) = 10, allDays floor(0.5
    //   + 31.0000) = 31 ratio f32(10/31) = 0.322580636; money f32(0.0001 x 217000) = 21.6999989;
    //   prod = 6.99999952 floor(6.99999952 x 100) = 699 -> rem = f32(0.01 x 699) = 6.98999977 due
    //   f32(30 - 6.98999977) = 23.0100002 -> "23.01"; exact: 30 - 7.0000 = 23.0000
    QTest::newRow("switch, 31 days (Dec 2026)")
        << "30"
        << "resources"
        << "p-old"
        << "2026-12-10T08:00:00Z 2027-01-10T08:00:00Z 217000"
        << ""
        << "2026-12-31T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "23.01"
        << "6.9900"
        << "2027-01-31T03:00:00Z"
        << "";
    // switch, 31 days, whole result
    //   p = f32(30) = 30; period end: 2026-12-25T03:00:00Z in Asia/Shanghai is 12-25 11:00 local ->
    //   01-25 11:00 local = 2027-01-25T03:00:00Z remDays floor(16.2083) = 16, allDays floor(0.5
    //   + 31.0000) = 31 ratio f32(16/31) = 0.516129017; money f32(0.0001 x 310000) = 31; prod = 16
    //   floor(16 x 100) = 1600 -> rem = f32(0.01 x 1600) = 16
    //   due f32(30 - 16) = 14 -> "14.00"; exact: 30 - 16.0000 = 14.0000
    QTest::newRow("switch, 31 days, whole result")
        << "30"
        << "resources"
        << "p-old"
        << "2026-12-10T08:00:00Z 2027-01-10T08:00:00Z 310000"
        << ""
        << "2026-12-25T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "14.00"
        << "16.0000"
        << "2027-01-25T03:00:00Z"
        << "";
    // switch at the charge time: the whole period left
    //   p = f32(45.6) = 45.5999985; period end: 2026-11-10T08:00:00Z in Asia/Shanghai is 11-10
    //   16:00 local -> 12-10 16:00 local = 2026-12-10T08:00:00Z remDays floor(30.0000) = 30,
    //   allDays floor(0.5 + 30.0000) = 30 ratio f32(30/30) = 1; money f32(0.0001 x 300000) = 30;
    //   prod = 30 floor(30 x 100) = 3000 -> rem = f32(0.01 x 3000) = 30 due f32(45.5999985 - 30)
    //   = 15.5999985 -> "15.60"; exact: 45.6 - 30.0000 = 15.6000
    QTest::newRow("switch at the charge time: the whole period left")
        << "45.6"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-11-10T08:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "15.60"
        << "30.0000"
        << "2026-12-10T08:00:00Z"
        << "";
    // switch, remaining equals the price
    //   p = f32(15) = 15; period end: 2026-11-24T23:10:12Z in Asia/Shanghai is 11-25 07:10 local ->
    //   12-25 07:10 local = 2026-12-24T23:10:12Z remDays floor(15.3679) = 15, allDays floor(0.5
    //   + 30.0000) = 30 ratio f32(15/30) = 0.5; money f32(0.0001 x 300000) = 30; prod = 15 floor(15
    //   x 100) = 1500 -> rem = f32(0.01 x 1500) = 15 due f32(15 - 15) = 0 -> "0.00"; exact: 15
    //   - 15.0000 = 0.0000
    QTest::newRow("switch, remaining equals the price")
        << "15"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 0 << "0.00"
        << "15.0000"
        << "2026-12-24T23:10:12Z"
        << "";
    // switch, float32 allows what exact arithmetic refuses (float32 and exact arithmetic differ by
    // a cent)
    //   p = f32(15) = 15; period end: 2026-11-24T23:10:12Z in Asia/Shanghai is 11-25 07:10 local ->
    //   12-25 07:10 local = 2026-12-24T23:10:12Z remDays floor(15.3679) = 15, allDays floor(0.5
    //   + 30.0000) = 30 ratio f32(15/30) = 0.5; money f32(0.0001 x 300200) = 30.0199986; prod
    //   = 15.0099993 floor(15.0099993 x 100) = 1500 -> rem = f32(0.01 x 1500) = 15 due f32(15 - 15)
    //   = 0 -> "0.00"; exact: 15 - 15.0100 = -0.0100
    QTest::newRow("switch, float32 allows what exact arithmetic refuses")
        << "15"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300200"
        << ""
        << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 0 << "0.00"
        << "15.0000"
        << "2026-12-24T23:10:12Z"
        << "";
    // switch, a charge above 2^24 units
    //   p = f32(20000) = 20000; period end: 2026-11-20T03:00:00Z in Asia/Shanghai is 11-20 11:00
    //   local -> 12-20 11:00 local = 2026-12-20T03:00:00Z remDays floor(20.2083) = 20, allDays
    //   floor(0.5 + 30.0000) = 30 ratio f32(20/30) = 0.666666687; money f32(0.0001 x 123456789) =
    //   12345.6787; prod = 8230.45312 floor(8230.45312 x 100) = 823045 -> rem = f32(0.01 x 823045)
    //   = 8230.4502 due f32(20000 - 8230.4502) = 11769.5498 -> "11769.55"; exact: 20000 - 8230.4500
    //   = 11769.5500
    QTest::newRow("switch, a charge above 2^24 units")
        << "20000"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 123456789"
        << ""
        << "2026-11-20T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "11769.55"
        << "8230.4502"
        << "2026-12-20T03:00:00Z"
        << "";
    // switch, period of 29.5 days counts 30
    //   p = f32(30) = 30; period end: 2026-11-24T20:00:00Z in Asia/Shanghai is 11-25 04:00 local ->
    //   12-25 04:00 local = 2026-12-24T20:00:00Z remDays floor(15.0000) = 15, allDays floor(0.5
    //   + 29.5000) = 30 ratio f32(15/30) = 0.5; money f32(0.0001 x 300000) = 30; prod = 15 floor(15
    //   x 100) = 1500 -> rem = f32(0.01 x 1500) = 15 due f32(30 - 15) = 15 -> "15.00"; exact: 30
    //   - 15.0000 = 15.0000
    QTest::newRow("switch, period of 29.5 days counts 30")
        << "30"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-09T20:00:00Z 300000"
        << ""
        << "2026-11-24T20:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "15.00"
        << "15.0000"
        << "2026-12-24T20:00:00Z"
        << "";
    // switch in UTC zone
    //   p = f32(88.8) = 88.8000031; period end: 2026-11-17T11:11:11Z in UTC is 11-17 11:11 local ->
    //   12-17 11:11 local = 2026-12-17T11:11:11Z remDays floor(22.8672) = 22, allDays floor(0.5
    //   + 30.0000) = 30 ratio f32(22/30) = 0.733333349; money f32(0.0001 x 456700) = 45.6699982;
    //   prod = 33.491333 floor(33.491333 x 100) = 3349 -> rem = f32(0.01 x 3349) = 33.4899979 due
    //   f32(88.8000031 - 33.4899979) = 55.3100052 -> "55.31"; exact: 88.8 - 33.4900 = 55.3100
    QTest::newRow("switch in UTC zone")
        << "88.8"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 456700"
        << ""
        << "2026-11-17T11:11:11Z" << QByteArray("UTC") << 0 << "55.31"
        << "33.4900"
        << "2026-12-17T11:11:11Z"
        << "";
    // switch, 7 days left of 31
    //   p = f32(99.99) = 99.9899979; period end: 2027-01-03T07:00:00Z in Asia/Shanghai is 01-03
    //   15:00 local -> 02-03 15:00 local = 2027-02-03T07:00:00Z remDays floor(7.0417) = 7, allDays
    //   floor(0.5 + 31.0000) = 31 ratio f32(7/31) = 0.225806445; money f32(0.0001 x 777700)
    //   = 77.7699966; prod = 17.5609665 floor(17.5609665 x 100) = 1756 -> rem = f32(0.01 x 1756)
    //   = 17.5599995 due f32(99.9899979 - 17.5599995) = 82.4300003 -> "82.43"; exact: 99.99
    //   - 17.5600 = 82.4300
    QTest::newRow("switch, 7 days left of 31")
        << "99.99"
        << "resources"
        << "p-old"
        << "2026-12-10T08:00:00Z 2027-01-10T08:00:00Z 777700"
        << ""
        << "2027-01-03T07:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "82.43"
        << "17.5600"
        << "2027-02-03T07:00:00Z"
        << "";
    // renewed in advance
    //   p = f32(40) = 40; period end: 2026-12-05T03:00:00Z in Asia/Shanghai is 12-05 11:00 local ->
    //   01-05 11:00 local = 2027-01-05T03:00:00Z t before L.time 2026-12-10T08:00:00Z (renewed in
    //   advance): rem(L') + L.money remDays floor(5.2083) = 5, allDays floor(0.5 + 30.0000) = 30
    //   ratio f32(5/30) = 0.166666672; money f32(0.0001 x 300000) = 30; prod = 5
    //   floor(5 x 100) = 500 -> rem = f32(0.01 x 500) = 5
    //   remaining f32(5 + 30) = 35
    //   due f32(40 - 35) = 5 -> "5.00"; exact: 40 - 35.0000 = 5.0000
    QTest::newRow("renewed in advance")
        << "40"
        << "resources"
        << "p-old"
        << "2026-12-10T08:00:00Z 2027-01-10T08:00:00Z 300000"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << "2026-12-05T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "5.00"
        << "35.0000"
        << "2027-01-05T03:00:00Z"
        << "";
    // renewed in advance, remaining on a half cent (float32 and exact arithmetic differ by a cent)
    //   p = f32(20) = 20; period end: 2026-12-05T03:00:00Z in Asia/Shanghai is 12-05 11:00 local ->
    //   01-05 11:00 local = 2027-01-05T03:00:00Z t before L.time 2026-12-10T08:00:00Z (renewed in
    //   advance): rem(L') + L.money remDays floor(5.2083) = 5, allDays floor(0.5 + 30.0000) = 30
    //   ratio f32(5/30) = 0.166666672; money f32(0.0001 x 300000) = 30; prod = 5
    //   floor(5 x 100) = 500 -> rem = f32(0.01 x 500) = 5
    //   remaining f32(5 + 10.0050001) = 15.0050001
    //   due f32(20 - 15.0050001) = 4.99499989 -> "4.99"; exact: 20 - 15.0050 = 4.9950
    QTest::newRow("renewed in advance, remaining on a half cent")
        << "20"
        << "resources"
        << "p-old"
        << "2026-12-10T08:00:00Z 2027-01-10T08:00:00Z 100050"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << "2026-12-05T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "4.99"
        << "15.0050"
        << "2027-01-05T03:00:00Z"
        << "";
    // renewed in advance, due on a half cent: to even
    //   p = f32(20) = 20; period end: 2026-12-10T03:00:00Z in Asia/Shanghai is 12-10 11:00 local ->
    //   01-10 11:00 local = 2027-01-10T03:00:00Z t before L.time 2026-12-10T08:00:00Z (renewed in
    //   advance): rem(L') + L.money remDays floor(0.2083) = 0, allDays floor(0.5 + 30.0000) = 30
    //   ratio f32(0/30) = 0; money f32(0.0001 x 300000) = 30; prod = 0
    //   floor(0 x 100) = 0 -> rem = f32(0.01 x 0) = 0
    //   remaining f32(0 + 15.375) = 15.375
    //   due f32(20 - 15.375) = 4.625 -> "4.62"; exact: 20 - 15.3750 = 4.6250
    QTest::newRow("renewed in advance, due on a half cent: to even")
        << "20"
        << "resources"
        << "p-old"
        << "2026-12-10T08:00:00Z 2027-01-10T08:00:00Z 153750"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << "2026-12-10T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "4.62"
        << "15.3750"
        << "2027-01-10T03:00:00Z"
        << "";
    // renewed in advance, due on a half cent: up to even
    //   p = f32(20) = 20; period end: 2026-12-10T03:00:00Z in Asia/Shanghai is 12-10 11:00 local ->
    //   01-10 11:00 local = 2027-01-10T03:00:00Z t before L.time 2026-12-10T08:00:00Z (renewed in
    //   advance): rem(L') + L.money remDays floor(0.2083) = 0, allDays floor(0.5 + 30.0000) = 30
    //   ratio f32(0/30) = 0; money f32(0.0001 x 300000) = 30; prod = 0
    //   floor(0 x 100) = 0 -> rem = f32(0.01 x 0) = 0
    //   remaining f32(0 + 15.125) = 15.125
    //   due f32(20 - 15.125) = 4.875 -> "4.88"; exact: 20 - 15.1250 = 4.8750
    QTest::newRow("renewed in advance, due on a half cent: up to even")
        << "20"
        << "resources"
        << "p-old"
        << "2026-12-10T08:00:00Z 2027-01-10T08:00:00Z 151250"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << "2026-12-10T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "4.88"
        << "15.1250"
        << "2027-01-10T03:00:00Z"
        << "";
    // expired: a second after L.deadline
    //   p = f32(12.3) = 12.3000002; period end: 2026-12-10T08:00:01Z in Asia/Shanghai is 12-10
    //   16:00 local -> 01-10 16:00 local = 2027-01-10T08:00:01Z t after L.deadline
    //   2026-12-10T08:00:00Z: remaining 0 due f32(12.3000002 - 0) = 12.3000002 -> "12.30";
    //   exact: 12.3 - 0.0000 = 12.3000
    QTest::newRow("expired: a second after L.deadline")
        << "12.3"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-12-10T08:00:01Z" << QByteArray("Asia/Shanghai") << 0 << "12.30"
        << "0.0000"
        << "2027-01-10T08:00:01Z"
        << "";
    // expired: a week after L.deadline
    //   p = f32(12.3) = 12.3000002; period end: 2026-12-16T12:00:00Z in Asia/Shanghai is 12-16
    //   20:00 local -> 01-16 20:00 local = 2027-01-16T12:00:00Z t after L.deadline
    //   2026-12-10T08:00:00Z: remaining 0 due f32(12.3000002 - 0) = 12.3000002 -> "12.30";
    //   exact: 12.3 - 0.0000 = 12.3000
    QTest::newRow("expired: a week after L.deadline")
        << "12.3"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-12-16T12:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "12.30"
        << "0.0000"
        << "2027-01-16T12:00:00Z"
        << "";
    // at L.deadline: 0 days left, not expired
    //   p = f32(12.3) = 12.3000002; period end: 2026-12-10T08:00:00Z in Asia/Shanghai is 12-10
    //   16:00 local -> 01-10 16:00 local = 2027-01-10T08:00:00Z remDays floor(0.0000) = 0, allDays
    //   floor(0.5 + 30.0000) = 30 ratio f32(0/30) = 0; money f32(0.0001 x 300000) = 30; prod = 0
    //   floor(0 x 100) = 0 -> rem = f32(0.01 x 0) = 0
    //   due f32(12.3000002 - 0) = 12.3000002 -> "12.30"; exact: 12.3 - 0.0000 = 12.3000
    QTest::newRow("at L.deadline: 0 days left, not expired")
        << "12.3"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-12-10T08:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "12.30"
        << "0.0000"
        << "2027-01-10T08:00:00Z"
        << "";
    // 5 hours before L.deadline: 0 days left
    //   p = f32(12.3) = 12.3000002; period end: 2026-12-10T03:00:00Z in Asia/Shanghai is 12-10
    //   11:00 local -> 01-10 11:00 local = 2027-01-10T03:00:00Z remDays floor(0.2083) = 0, allDays
    //   floor(0.5 + 30.0000) = 30 ratio f32(0/30) = 0; money f32(0.0001 x 300000) = 30; prod = 0
    //   floor(0 x 100) = 0 -> rem = f32(0.01 x 0) = 0
    //   due f32(12.3000002 - 0) = 12.3000002 -> "12.30"; exact: 12.3 - 0.0000 = 12.3000
    QTest::newRow("5 hours before L.deadline: 0 days left")
        << "12.3"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-12-10T03:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "12.30"
        << "0.0000"
        << "2027-01-10T03:00:00Z"
        << "";
    // fixture quote-switch-too-much
    //   p = f32(12.3) = 12.3000002; period end: 2026-11-24T23:10:12Z in Asia/Shanghai is 11-25
    //   07:10 local -> 12-25 07:10 local = 2026-12-24T23:10:12Z remDays floor(15.3679) = 15,
    //   allDays floor(0.5 + 30.0000) = 30 ratio f32(15/30) = 0.5; money f32(0.0001 x 300000) = 30;
    //   prod = 15 floor(15 x 100) = 1500 -> rem = f32(0.01 x 1500) = 15 remaining 15 >
    //   p 12.3000002: refused
    QTest::newRow("fixture quote-switch-too-much")
        << "12.3"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 3313 << ""
        << ""
        << ""
        << "failed to renew order (old order (local-resources) has too much remaining spending)";
    // too much by one cent
    //   p = f32(15) = 15; period end: 2026-11-24T23:10:12Z in Asia/Shanghai is 11-25 07:10 local ->
    //   12-25 07:10 local = 2026-12-24T23:10:12Z remDays floor(15.3679) = 15, allDays floor(0.5
    //   + 30.0000) = 30 ratio f32(15/30) = 0.5; money f32(0.0001 x 300400) = 30.039999; prod
    //   = 15.0199995 floor(15.0199995 x 100) = 1501 -> rem = f32(0.01 x 1501) = 15.0099993
    //   remaining 15.0099993 > p 15: refused
    QTest::newRow("too much by one cent")
        << "15"
        << "resources"
        << "p-old"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300400"
        << ""
        << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 3313 << ""
        << ""
        << ""
        << "failed to renew order (old order (local-resources) has too much remaining spending)";
    // too much, renewed in advance
    //   p = f32(30) = 30; period end: 2026-12-05T03:00:00Z in Asia/Shanghai is 12-05 11:00 local ->
    //   01-05 11:00 local = 2027-01-05T03:00:00Z t before L.time 2026-12-10T08:00:00Z (renewed in
    //   advance): rem(L') + L.money remDays floor(5.2083) = 5, allDays floor(0.5 + 30.0000) = 30
    //   ratio f32(5/30) = 0.166666672; money f32(0.0001 x 300000) = 30; prod = 5
    //   floor(5 x 100) = 500 -> rem = f32(0.01 x 500) = 5
    //   remaining f32(5 + 30) = 35
    //   remaining 35 > p 30: refused
    QTest::newRow("too much, renewed in advance")
        << "30"
        << "resources"
        << "p-old"
        << "2026-12-10T08:00:00Z 2027-01-10T08:00:00Z 300000"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << "2026-12-05T03:00:00Z" << QByteArray("Asia/Shanghai") << 3313 << ""
        << ""
        << ""
        << "failed to renew order (old order (local-resources) has too much remaining spending "
           "(last last))";
    // plan not changed
    //   the current order already has plan p-new
    QTest::newRow("plan not changed")
        << "12.3"
        << "resources"
        << "p-new"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-11-24T23:10:12Z" << QByteArray("Asia/Shanghai") << 3308 << ""
        << ""
        << ""
        << "failed to create order (Plan not changed)";
    // plan not changed, even expired
    //   the current order already has plan p-new
    QTest::newRow("plan not changed, even expired")
        << "12.3"
        << "resources"
        << "p-new"
        << "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000"
        << ""
        << "2026-12-20T00:00:00Z" << QByteArray("Asia/Shanghai") << 3308 << ""
        << ""
        << ""
        << "failed to create order (Plan not changed)";
    // period end: 31 Jan in Shanghai -> 28 Feb 2026
    //   p = f32(10) = 10; period end: 2026-01-30T20:00:00Z in Asia/Shanghai is 01-31 04:00 local ->
    //   02-28 04:00 local = 2026-02-27T20:00:00Z nothing replaced: due = p
    QTest::newRow("period end: 31 Jan in Shanghai -> 28 Feb 2026")
        << "10"
        << "resources"
        << ""
        << ""
        << ""
        << "2026-01-30T20:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "10.00"
        << "0.0000"
        << "2026-02-27T20:00:00Z"
        << "";
    // period end: 31 Jan in Shanghai -> 29 Feb 2028 (leap)
    //   p = f32(10) = 10; period end: 2028-01-30T20:00:00Z in Asia/Shanghai is 01-31 04:00 local ->
    //   02-29 04:00 local = 2028-02-28T20:00:00Z nothing replaced: due = p
    QTest::newRow("period end: 31 Jan in Shanghai -> 29 Feb 2028 (leap)")
        << "10"
        << "resources"
        << ""
        << ""
        << ""
        << "2028-01-30T20:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "10.00"
        << "0.0000"
        << "2028-02-28T20:00:00Z"
        << "";
    // period end: 30 Jan in UTC -> 28 Feb 2026
    //   p = f32(10) = 10; period end: 2026-01-30T20:00:00Z in UTC is 01-30 20:00 local -> 02-28
    //   20:00 local = 2026-02-28T20:00:00Z nothing replaced: due = p
    QTest::newRow("period end: 30 Jan in UTC -> 28 Feb 2026")
        << "10"
        << "resources"
        << ""
        << ""
        << ""
        << "2026-01-30T20:00:00Z" << QByteArray("UTC") << 0 << "10.00"
        << "0.0000"
        << "2026-02-28T20:00:00Z"
        << "";
    // period end: 29 Jan in Shanghai -> 28 Feb 2026
    //   p = f32(10) = 10; period end: 2026-01-28T17:00:00Z in Asia/Shanghai is 01-29 01:00 local ->
    //   02-28 01:00 local = 2026-02-27T17:00:00Z nothing replaced: due = p
    QTest::newRow("period end: 29 Jan in Shanghai -> 28 Feb 2026")
        << "10"
        << "resources"
        << ""
        << ""
        << ""
        << "2026-01-28T17:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "10.00"
        << "0.0000"
        << "2026-02-27T17:00:00Z"
        << "";
    // period end: 28 Jan in UTC -> 28 Feb 2026
    //   p = f32(10) = 10; period end: 2026-01-28T17:00:00Z in UTC is 01-28 17:00 local -> 02-28
    //   17:00 local = 2026-02-28T17:00:00Z nothing replaced: due = p
    QTest::newRow("period end: 28 Jan in UTC -> 28 Feb 2026")
        << "10"
        << "resources"
        << ""
        << ""
        << ""
        << "2026-01-28T17:00:00Z" << QByteArray("UTC") << 0 << "10.00"
        << "0.0000"
        << "2026-02-28T17:00:00Z"
        << "";
    // period end: 29 Jan 2028 in Shanghai -> 29 Feb (leap)
    //   p = f32(10) = 10; period end: 2028-01-29T02:00:00Z in Asia/Shanghai is 01-29 10:00 local ->
    //   02-29 10:00 local = 2028-02-29T02:00:00Z nothing replaced: due = p
    QTest::newRow("period end: 29 Jan 2028 in Shanghai -> 29 Feb (leap)")
        << "10"
        << "resources"
        << ""
        << ""
        << ""
        << "2028-01-29T02:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "10.00"
        << "0.0000"
        << "2028-02-29T02:00:00Z"
        << "";
    // period end: 31 Mar in Shanghai -> 30 Apr
    //   p = f32(10) = 10; period end: 2026-03-31T01:00:00Z in Asia/Shanghai is 03-31 09:00 local ->
    //   04-30 09:00 local = 2026-04-30T01:00:00Z nothing replaced: due = p
    QTest::newRow("period end: 31 Mar in Shanghai -> 30 Apr")
        << "10"
        << "resources"
        << ""
        << ""
        << ""
        << "2026-03-31T01:00:00Z" << QByteArray("Asia/Shanghai") << 0 << "10.00"
        << "0.0000"
        << "2026-04-30T01:00:00Z"
        << "";
    // period end: 1 Jan 2027 in Shanghai, 31 Dec in UTC
    //   p = f32(10) = 10; period end: 2026-12-31T16:30:00Z in Asia/Shanghai is 01-01 00:30 local ->
    //   02-01 00:30 local = 2027-01-31T16:30:00Z nothing replaced: due = p
    QTest::newRow("period end: 1 Jan 2027 in Shanghai, 31 Dec in UTC")
        << "10"
        << "resources"
        << ""
        << ""
        << ""
        << "2026-12-31T16:30:00Z" << QByteArray("Asia/Shanghai") << 0 << "10.00"
        << "0.0000"
        << "2027-01-31T16:30:00Z"
        << "";
    // period end: the same instant in UTC
    //   p = f32(10) = 10; period end: 2026-12-31T16:30:00Z in UTC is 12-31 16:30 local -> 01-31
    //   16:30 local = 2027-01-31T16:30:00Z nothing replaced: due = p
    QTest::newRow("period end: the same instant in UTC")
        << "10"
        << "resources"
        << ""
        << ""
        << ""
        << "2026-12-31T16:30:00Z" << QByteArray("UTC") << 0 << "10.00"
        << "0.0000"
        << "2027-01-31T16:30:00Z"
        << "";
}

void TstPricingReference::quotes()
{
    QFETCH(QString, price);
    QFETCH(QString, type);
    QFETCH(QString, old);
    QFETCH(QString, last);
    QFETCH(QString, beforeLast);
    QFETCH(QString, now);
    QFETCH(QByteArray, zone);
    QFETCH(int, code);
    QFETCH(QString, due);
    QFETCH(QString, credit);
    QFETCH(QString, periodEnd);
    QFETCH(QString, message);

    const bool inAdvance = !beforeLast.isEmpty();
    std::optional<ReplaceableOrder> current;
    if (!old.isEmpty())
        current = PricingInputs::resourcesOrder(PricingInputs::charge(inAdvance ? 4 : 3, last),
                                                PricingInputs::charge(3, beforeLast),
                                                inAdvance ? 4 : 3, old);
    PricingInput in = PricingInputs::input(
        now, PricingInputs::plan(QStringLiteral("p-new"), type, price.toDouble()), current);
    in.serviceZone = QTimeZone(zone);
    QVERIFY(in.serviceZone.isValid());

    const Result<Quote> r = PricingEngine::quote(in);
    if (code != 0) {
        QVERIFY2(!r, r ? qPrintable(QStringLiteral("priced %1").arg(r.value().dueText)) : "");
        QCOMPARE(r.error().serviceCode(), code);
        QCOMPARE(r.error().category(), BackendError::Category::Conflict);
        QCOMPARE(r.error().message(), message);
        return;
    }
    QVERIFY2(r, r ? "" : qPrintable(r.error().message()));
    const Quote &q = r.value();
    QCOMPARE(q.dueText, due);
    QCOMPARE(q.due.toString2(), due);
    QCOMPARE(q.credit.toString4(), credit);
    QCOMPARE(q.planPrice, *Money::fromDecimalString(price));
    const bool replaces = !old.isEmpty() && type == QLatin1String("resources");
    QCOMPARE(q.replaces.has_value(), replaces);
    if (replaces)
        QCOMPARE(q.replaces->orderId, QStringLiteral("local-resources"));
    QCOMPARE(q.periodEnd, utc(periodEnd));
}

void TstPricingReference::deadlines_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("deadline");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("next");

    // start 2025-12-31 04:00 local, deadline 2026-01-31 04:00 local -> 2026-02-28 04:00 local
    QTest::newRow("SPEC example: start 31 Dec 04:00 Shanghai, Jan deadline -> 28 Feb")
        << "2025-12-30T20:00:00Z"
        << "2026-01-30T20:00:00Z" << QByteArray("Asia/Shanghai") << "2026-02-27T20:00:00Z";
    // start 2025-12-30 20:00 local, deadline 2026-01-30 20:00 local -> 2026-02-28 20:00 local
    QTest::newRow("the same in UTC: 30 Dec -> 28 Feb")
        << "2025-12-30T20:00:00Z"
        << "2026-01-30T20:00:00Z" << QByteArray("UTC") << "2026-02-28T20:00:00Z";
    // start 2025-12-31 04:00 local, deadline 2026-02-28 04:00 local -> 2026-03-31 04:00 local
    QTest::newRow("start on the 31st, Feb deadline -> 31 Mar")
        << "2025-12-30T20:00:00Z"
        << "2026-02-27T20:00:00Z" << QByteArray("Asia/Shanghai") << "2026-03-30T20:00:00Z";
    // start 2025-12-31 04:00 local, deadline 2026-03-31 04:00 local -> 2026-04-30 04:00 local
    QTest::newRow("start on the 31st, Mar deadline -> 30 Apr")
        << "2025-12-30T20:00:00Z"
        << "2026-03-30T20:00:00Z" << QByteArray("Asia/Shanghai") << "2026-04-29T20:00:00Z";
    // start 2027-12-30 04:00 local, deadline 2028-01-30 04:00 local -> 2028-02-29 04:00 local
    QTest::newRow("start on the 30th, Jan 2028 deadline -> 29 Feb (leap)")
        << "2027-12-29T20:00:00Z"
        << "2028-01-29T20:00:00Z" << QByteArray("Asia/Shanghai") << "2028-02-28T20:00:00Z";
    // start 2026-12-29 02:00 local, deadline 2027-01-29 02:00 local -> 2027-02-28 02:00 local
    QTest::newRow("start on the 29th, Jan 2027 deadline -> 28 Feb")
        << "2026-12-28T18:00:00Z"
        << "2027-01-28T18:00:00Z" << QByteArray("Asia/Shanghai") << "2027-02-27T18:00:00Z";
    // start 2027-12-29 02:00 local, deadline 2028-01-29 02:00 local -> 2028-02-29 02:00 local
    QTest::newRow("start on the 29th, Jan 2028 deadline -> 29 Feb (leap)")
        << "2027-12-28T18:00:00Z"
        << "2028-01-28T18:00:00Z" << QByteArray("Asia/Shanghai") << "2028-02-28T18:00:00Z";
    // start 2027-12-29 18:00 local, deadline 2028-01-29 18:00 local -> 2028-02-29 18:00 local
    QTest::newRow("start on the 29th in UTC, Jan 2028 deadline -> 29 Feb")
        << "2027-12-29T18:00:00Z"
        << "2028-01-29T18:00:00Z" << QByteArray("UTC") << "2028-02-29T18:00:00Z";
    // start 2026-06-15 16:00 local, deadline 2026-12-15 16:00 local -> 2027-01-15 16:00 local
    QTest::newRow("December deadline -> January of the next year")
        << "2026-06-15T08:00:00Z"
        << "2026-12-15T08:00:00Z" << QByteArray("Asia/Shanghai") << "2027-01-15T08:00:00Z";
    // start 2026-01-31 01:00 local, deadline 2026-03-01 01:00 local -> 2026-04-30 01:00 local
    QTest::newRow("a deadline past midnight in Shanghai (its 1st), start on the 31st")
        << "2026-01-30T17:00:00Z"
        << "2026-02-28T17:00:00Z" << QByteArray("Asia/Shanghai") << "2026-04-29T17:00:00Z";
}

void TstPricingReference::deadlines()
{
    QFETCH(QString, start);
    QFETCH(QString, deadline);
    QFETCH(QByteArray, zone);
    QFETCH(QString, next);
    QCOMPARE(BillingCalendar::nextDeadline(utc(start), utc(deadline), QTimeZone(zone)), utc(next));
}

QTEST_GUILESS_MAIN(TstPricingReference)

#include "tst_pricingreference.moc"
