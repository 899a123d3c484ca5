# The benchmark scripts' small computations (bench/benchlib.sh runs them with
# python3; nothing here touches a database):
#
#   benchlib.py spendsql ENGINE REGION MIN MAX ZONE SQLFILE MONTHSFILE
#       the spend GROUP BY that SqlUsageQueries::spend sends (values inlined)
#       for the months covering [MIN, MAX] (UTC 'YYYY-MM-DD HH:MM:SS') in ZONE,
#       and those months (yyyy-MM, one a line, in MONTH_INDEX order)
#   benchlib.py cells MONTHSFILE RAWFILE JSONFILE
#       are the raw client's rows (namespace, month index, sum, count;
#       tab-separated) the cells of usagectl's spend JSON? Prints
#       "cells=N charges=C amount=A"; exit 1 on a difference
#   benchlib.py total RAWFILE JSONFILE
#       is the raw client's "sum<TAB>count" usagectl's `usages total` JSON?
#       Prints "amount=A charges=C"; exit 1 on a difference
#   benchlib.py opentime ZONE
#       a UTC instant 'YYYY-MM-DD HH:MM:SS' just before the real clock's now,
#       in the same month of ZONE as now (the open month): where the service
#       would write a charge now
import json
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo


def parse_utc(s):
    return datetime.strptime(s[:19], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def txt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def spendsql(engine, region, lo, hi, zone, sqlfile, monthsfile):
    z = ZoneInfo(zone)

    def month_of(t):
        local = t.astimezone(z)
        return (local.year, local.month)

    def start_utc(y, m):  # local midnight of the 1st (no DST gap at midnight assumed)
        return datetime(y, m, 1, tzinfo=z).astimezone(timezone.utc)

    def nxt(y, m):
        return (y + 1, 1) if m == 12 else (y, m + 1)

    first, last = month_of(parse_utc(lo)), month_of(parse_utc(hi))
    months = []
    ym = first
    while ym <= last:
        months.append((ym, start_utc(*ym), start_utc(*nxt(*ym))))
        ym = nxt(*ym)

    def case_tree(a, b):  # SqlUsageQueries' bucketExpression on SQLite
        if a == b:
            return str(a)
        mid = (a + b + 1) // 2
        return "CASE WHEN CONSUME_TIME < '%s' THEN %s ELSE %s END" % (
            txt(months[mid][1]), case_tree(a, mid - 1), case_tree(mid, b))

    if engine == "mariadb":
        marks = [m[1].strftime("%Y%m%d%H%M%S") for m in months[1:]]
        bucket = "INTERVAL(CONSUME_TIME + 0, %s)" % ",".join(marks) if marks else "0"
        setup = ("SET time_zone = '+00:00';\nSET NAMES utf8mb4;\n"
                 "SET SESSION tmp_table_size = 268435456, max_heap_table_size = 268435456;\n")
    else:
        bucket = case_tree(0, len(months) - 1)
        setup = ""
    sql = ("SELECT ACCOUNT_ID, %s AS MONTH_INDEX, SUM(CONSUMING), COUNT(*) FROM DF_CONSUMING_HISTORY"
           " WHERE REGION = '%s' AND CONSUME_TIME >= '%s' AND CONSUME_TIME < '%s'"
           " GROUP BY ACCOUNT_ID, MONTH_INDEX;\n") % (
        bucket, region.replace("'", "''"), txt(months[0][1]), txt(months[-1][2]))
    with open(sqlfile, "w") as f:
        f.write(setup + sql)
    with open(monthsfile, "w") as f:
        f.write("".join("%04d-%02d\n" % m[0] for m in months))
    return 0


def cells(monthsfile, rawfile, jsonfile):
    months = open(monthsfile).read().split()
    raw = set()
    for line in open(rawfile):
        f = line.rstrip("\n").split("\t")
        if len(f) == 4 and 0 <= int(f[1]) < len(months):
            raw.add((f[0], months[int(f[1])], int(f[2]), int(f[3])))
    got = json.load(open(jsonfile))
    js = set((c["namespace"], c["month"], int(Decimal(c["amount"]) * 10000), int(c["charges"]))
             for c in got)
    print("cells=%d charges=%d amount=%s" % (len(got), sum(c[3] for c in js),
                                             Decimal(sum(c[2] for c in js)) / 10000))
    if raw != js or len(js) != len(got):
        print("DIFFERENT: %d raw-only cells, %d json-only cells" % (len(raw - js), len(js - raw)))
        return 1
    return 0


def total(rawfile, jsonfile):
    f = open(rawfile).read().strip("\n").split("\n")[-1].split("\t")
    s = 0 if f[0] in ("NULL", "") else int(f[0])
    n = int(f[1])
    t = json.load(open(jsonfile))
    print("amount=%s charges=%d" % (Decimal(s) / 10000, n))
    if int(Decimal(t["total"]) * 10000) != s or int(t["charges"]) != n:
        print("DIFFERENT: usagectl says amount=%s charges=%s" % (t["total"], t["charges"]))
        return 1
    return 0


def opentime(zone):
    z = ZoneInfo(zone)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    t = now - timedelta(seconds=1)
    la, lb = t.astimezone(z), now.astimezone(z)
    if (la.year, la.month) != (lb.year, lb.month):
        t = now
    print(txt(t))
    return 0


def main(argv):
    commands = {"spendsql": (spendsql, 7), "cells": (cells, 3), "total": (total, 2),
                "opentime": (opentime, 1)}
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        sys.stderr.write("usage: benchlib.py spendsql|cells|total|opentime ARGS (see the file)\n")
        return 2
    fn, _ = commands[argv[1]]
    return fn(*argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
