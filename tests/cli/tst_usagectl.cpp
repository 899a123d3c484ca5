// usagectl end to end: the real binary on a demo database, stdout and exit
// codes checked, failures included.

#include "usagectlrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using Run = UsagectlRun;

class TestUsageCtl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run usagectl(const QStringList &args,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return UsagectlRunner::run(args, env);
    }

    QString dbArg() const { return QStringLiteral("sqlite:") + m_db; }

    // The demo's cn-north-1 spend in Asia/Shanghai, in `format` (empty: the
    // table).
    Run spendOfRegion(const QString &format)
    {
        QStringList args{QStringLiteral("--db"), dbArg(), QStringLiteral("--tz"),
                         QStringLiteral("Asia/Shanghai")};
        if (!format.isEmpty())
            args << QStringLiteral("--format") << format;
        return usagectl(args << QStringLiteral("spend") << QStringLiteral("--region")
                             << QStringLiteral("cn-north-1"));
    }

    // The oracle: CONSUMING of the demo's cn-north-1 rows summed per
    // "namespace yyyy-MM" (months of Asia/Shanghai), read straight from the file.
    QMap<QString, qint64> rowSums() const
    {
        QMap<QString, qint64> want;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_db);
            if (!db.open())
                qFatal("cannot open the demo database");
            QSqlQuery q(QStringLiteral("SELECT ACCOUNT_ID, CONSUME_TIME, CONSUMING FROM "
                                       "DF_CONSUMING_HISTORY WHERE REGION = 'cn-north-1'"),
                        db);
            const QTimeZone shanghai("Asia/Shanghai");
            while (q.next()) {
                QDateTime t = QDateTime::fromString(q.value(1).toString(),
                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                t.setTimeSpec(Qt::UTC);
                const QString key = q.value(0).toString() + QLatin1Char(' ') +
                                    t.toTimeZone(shanghai).toString(QStringLiteral("yyyy-MM"));
                want[key] += q.value(2).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return want;
    }

    // 1/10000 yuan as the table shows it: hundredths, half away from zero.
    static QString hundredths(qint64 units)
    {
        const qint64 cents = (qAbs(units) + 50) / 100;
        return QStringLiteral("%1%2.%3")
            .arg(units < 0 && cents > 0 ? QStringLiteral("-") : QString())
            .arg(cents / 100)
            .arg(cents % 100, 2, 10, QLatin1Char('0'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const Run r = usagectl({QStringLiteral("demo-db"), QStringLiteral("create"), m_db,
                                QStringLiteral("--namespaces"), QStringLiteral("10"),
                                QStringLiteral("--months"), QStringLiteral("12"),
                                QStringLiteral("--until"), QStringLiteral("2026-11-25")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Creating over an existing file is refused.
        const Run again = usagectl({QStringLiteral("demo-db"), QStringLiteral("create"), m_db});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QLatin1String("already exists")));
        // A database address is not a file name: refused, and no file made.
        const QString address = QStringLiteral("mysql://uc@127.0.0.1:1/usage");
        const Run mysql = usagectl({QStringLiteral("demo-db"), QStringLiteral("create"), address});
        QCOMPARE(mysql.code, 2);
        QVERIFY2(mysql.err.contains(QLatin1String("writes a SQLite file")), qPrintable(mysql.err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("mysql:")));
        // `sqlite:FILE`, as --db takes it, names the file.
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        const Run prefixed =
            usagectl({QStringLiteral("demo-db"), QStringLiteral("create"),
                      QStringLiteral("sqlite:") + other, QStringLiteral("--namespaces"),
                      QStringLiteral("2"), QStringLiteral("--months"), QStringLiteral("1")});
        QVERIFY2(prefixed.code == 0, qPrintable(prefixed.err));
        QVERIFY(QFileInfo::exists(other));
        // A folder that does not exist is a typo: refused, none made.
        const QString typo = m_dir.filePath(QStringLiteral("no-such-folder/x.db"));
        const Run missing = usagectl({QStringLiteral("demo-db"), QStringLiteral("create"), typo});
        QCOMPARE(missing.code, 1);
        QCOMPARE(missing.err, QStringLiteral("usagectl: the folder %1 does not exist\n")
                                  .arg(m_dir.filePath(QStringLiteral("no-such-folder"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
    }

    void spendMatchesRowSums()
    {
        // The README's promise: each cell equals the sum of CONSUMING of
        // that namespace's rows in that month of the zone.
        const Run r = spendOfRegion(QStringLiteral("json"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray cells = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(cells.size() > 20);
        const QMap<QString, qint64> want = rowSums();
        QCOMPARE(cells.size(), want.size());
        for (const QJsonValue &v : cells) {
            const QJsonObject c = v.toObject();
            const QString key = c.value(QLatin1String("namespace")).toString() + QLatin1Char(' ') +
                                c.value(QLatin1String("month")).toString();
            QVERIFY2(want.contains(key), qPrintable(key));
            const qint64 units = want.value(key);
            const QString expected = QStringLiteral("%1%2.%3")
                                         .arg(units < 0 ? QStringLiteral("-") : QString())
                                         .arg(qAbs(units) / 10000)
                                         .arg(qAbs(units) % 10000, 4, 10, QLatin1Char('0'));
            QCOMPARE(c.value(QLatin1String("amount")).toString(), expected);
        }
        // The table form has a TOTAL row and column.
        const Run table = spendOfRegion(QString());
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith(QLatin1String("MONTH")));
        QVERIFY(table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                    .constLast()
                    .startsWith(QLatin1String("TOTAL")));
    }

    // The CSV (and table) pivot: a row per month, a column per namespace in
    // name order, an empty field where a namespace had no charge that month,
    // the row's TOTAL and a TOTAL row of exact sums, each rounded once.
    void spendCsvMatchesRowSums()
    {
        const Run r = spendOfRegion(QStringLiteral("csv"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QMap<QString, qint64> want = rowSums();
        QStringList namespaces;
        QStringList months;
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            const QString ns = it.key().section(QLatin1Char(' '), 0, 0);
            const QString month = it.key().section(QLatin1Char(' '), 1, 1);
            if (!namespaces.contains(ns))
                namespaces.append(ns);
            if (!months.contains(month))
                months.append(month);
        }
        namespaces.sort();
        months.sort();
        const QStringList lines = r.out.trimmed().split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), (QStringList{QStringLiteral("MONTH")} + namespaces +
                                 QStringList{QStringLiteral("TOTAL")})
                                    .join(QLatin1Char(',')));
        QCOMPARE(lines.size(), months.size() + 2); // every month has a charge here
        QMap<QString, qint64> columns;
        qint64 grand = 0;
        for (int m = 0; m < months.size(); ++m) {
            QStringList fields{months[m]};
            qint64 row = 0;
            for (const QString &ns : std::as_const(namespaces)) {
                const QString key = ns + QLatin1Char(' ') + months[m];
                fields.append(want.contains(key) ? hundredths(want.value(key)) : QString());
                row += want.value(key);
                columns[ns] += want.value(key);
            }
            fields.append(hundredths(row));
            grand += row;
            QCOMPARE(lines.at(m + 1), fields.join(QLatin1Char(',')));
        }
        QStringList totals{QStringLiteral("TOTAL")};
        for (const QString &ns : std::as_const(namespaces))
            totals.append(hundredths(columns.value(ns)));
        totals.append(hundredths(grand));
        QCOMPARE(lines.last(), totals.join(QLatin1Char(',')));
        QVERIFY(lines.join(QString()).contains(QLatin1String(",,"))); // an empty field seen
    }

    void totalsAndPages()
    {
        const Run total =
            usagectl({QStringLiteral("--db"), dbArg(), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("usages"), QStringLiteral("total")});
        QCOMPARE(total.code, 0);
        const QJsonObject t = QJsonDocument::fromJson(total.out.toUtf8()).object();
        const qint64 charges = t.value(QLatin1String("charges")).toInteger();
        // Every charge of the file, summed by SQLite itself.
        qint64 rows = 0, units = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sum"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(QStringLiteral("SELECT COUNT(*), SUM(CONSUMING) FROM DF_CONSUMING_HISTORY"),
                        db);
            QVERIFY(q.next());
            rows = q.value(0).toLongLong();
            units = q.value(1).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sum"));
        QVERIFY(rows > 100);
        QCOMPARE(charges, rows);
        QCOMPARE(
            t.value(QLatin1String("total")).toString(),
            QStringLiteral("%1.%2").arg(units / 10000).arg(units % 10000, 4, 10, QLatin1Char('0')));

        // Streaming every row gives `charges` rows; --limit stops early.
        const Run all =
            usagectl({QStringLiteral("--db"), dbArg(), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("usages"), QStringLiteral("list")});
        QCOMPARE(all.code, 0);
        QCOMPARE(all.out.count(QLatin1String("\r\n")), charges + 1);
        const Run limited =
            usagectl({QStringLiteral("--db"), dbArg(), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("usages"), QStringLiteral("list"),
                      QStringLiteral("--limit"), QStringLiteral("1234")});
        QCOMPARE(QJsonDocument::fromJson(limited.out.toUtf8()).array().size(),
                 qMin<qint64>(1234, charges));

        // A page past the end is the last `size` rows, as the service pages.
        const Run past = usagectl(
            {QStringLiteral("--db"), dbArg(), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("usages"), QStringLiteral("list"), QStringLiteral("--page"),
             QStringLiteral("100000"), QStringLiteral("--size"), QStringLiteral("7")});
        QCOMPARE(past.code, 0);
        const QStringList lastLines =
            all.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(int(charges) - 6);
        QCOMPARE(past.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1), lastLines);
    }

    void spendJsonIsCompactJson_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("cached") << QStringList();
        QTest::newRow("no cache") << QStringList{QStringLiteral("--no-cache")};
        QTest::newRow("share") << QStringList{QStringLiteral("--share")};
        QTest::newRow("nothing") << QStringList{
            QStringLiteral("--from"), QStringLiteral("2001-01-01"), QStringLiteral("--to"),
            QStringLiteral("2001-02-01")};
    }

    // spend writes its JSON rows by hand: each must be what Qt's writer makes
    // of the same object (keys sorted, compact), names to escape included.
    void spendJsonIsCompactJson()
    {
        QFETCH(QStringList, extra);
        const QString db = m_dir.filePath(QStringLiteral("escapes.db"));
        if (!QFileInfo::exists(db)) {
            QVERIFY(QFile::copy(m_db, db));
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("escapes"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO DF_CONSUMING_HISTORY SELECT ID, ORDER_ID, CONSUME_ID + 100000, "
                "CONSUMING, CONSUME_TIME, DEADLINE_TIME, ?, REGION, PLAN_ID, PLAN_HISTORY_ID, "
                "EXTRA_INFO FROM DF_CONSUMING_HISTORY WHERE REGION = 'cn-north-1' LIMIT 1")));
            q.addBindValue(QStringLiteral("team \"q\" \\ 财务\t/"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q = QSqlQuery();
            c.close();
            c = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("escapes"));
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        const Run r = usagectl(QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                                           QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("spend"), QStringLiteral("--region"),
                                           QStringLiteral("cn-north-1")} +
                                   extra,
                               env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray cells = QJsonDocument::fromJson(r.out.toUtf8()).array();
        if (extra.contains(QLatin1String("--from"))) {
            QCOMPARE(r.out, QStringLiteral("[]\n"));
            return;
        }
        QVERIFY(cells.size() > 20);
        QStringList expected;
        bool escaped = false;
        QStringList keys{QStringLiteral("amount"), QStringLiteral("charges"),
                         QStringLiteral("month"), QStringLiteral("namespace")};
        if (extra.contains(QLatin1String("--share")))
            keys.append(QStringLiteral("share"));
        for (const QJsonValue &v : cells) {
            QCOMPARE(v.toObject().keys(), keys);
            expected.append(
                QStringLiteral("  ") +
                QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
            escaped = escaped || v.toObject()
                                     .value(QLatin1String("namespace"))
                                     .toString()
                                     .contains(QLatin1Char('"'));
        }
        QVERIFY(escaped);
        QCOMPARE(r.out, QStringLiteral("[\n") + expected.join(QStringLiteral(",\n")) +
                            QStringLiteral("\n]\n"));
    }

    void sqlLookingTextIsData()
    {
        const Run r =
            usagectl({QStringLiteral("--db"), dbArg(), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("usages"), QStringLiteral("list"),
                      QStringLiteral("--namespace"), QStringLiteral("' OR 1=1 --")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("[]"));
        const Run o =
            usagectl({QStringLiteral("--db"), dbArg(), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("orders"), QStringLiteral("list"),
                      QStringLiteral("--resource-name"), QStringLiteral("x' OR '1'='1")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.out.trimmed(), QStringLiteral("[]"));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("--db");
        QTest::newRow("unknown flag")
            << QStringList{QStringLiteral("orders"), QStringLiteral("list"),
                           QStringLiteral("--colour")}
            << 2 << QStringLiteral("unknown option --colour");
        QTest::newRow("no database")
            << QStringList{QStringLiteral("orders"), QStringLiteral("list")} << 2
            << QStringLiteral("needs a database");
        QTest::newRow("unknown zone")
            << QStringList{QStringLiteral("--tz"), QStringLiteral("Mars/Olympus"), db,
                           QStringLiteral("sqlite:/x"), QStringLiteral("spend")}
            << 2 << QStringLiteral("unknown time zone");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"),
                                                   QStringLiteral("xml"), QStringLiteral("spend")}
                                    << 2 << QStringLiteral("--format");
        QTest::newRow("missing file")
            << QStringList{db, QStringLiteral("sqlite:/nonexistent/usage.db"),
                           QStringLiteral("spend")}
            << 1 << QStringLiteral("does not exist");
        QTest::newRow("bad status") << QStringList{db,
                                                   QStringLiteral("sqlite:/x"),
                                                   QStringLiteral("orders"),
                                                   QStringLiteral("list"),
                                                   QStringLiteral("--status"),
                                                   QStringLiteral("renewalfailed")}
                                    << 2 << QStringLiteral("--status");
        QTest::newRow("bad date") << QStringList{db,
                                                 QStringLiteral("sqlite:/x"),
                                                 QStringLiteral("usages"),
                                                 QStringLiteral("total"),
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("yesterday")}
                                  << 2 << QStringLiteral("--from");
        QTest::newRow("password in url")
            << QStringList{db, QStringLiteral("mysql://u:secret@h/db"), QStringLiteral("spend")}
            << 2 << QStringLiteral("USAGECTL_DB_PASSWORD");
        QTest::newRow("refused") << QStringList{db, QStringLiteral("mysql://uc@127.0.0.1:1/usage"),
                                                QStringLiteral("spend")}
                                 << 1 << QStringLiteral("cannot reach");
        QTest::newRow("wrong page size") << QStringList{db,
                                                        QStringLiteral("sqlite:/x"),
                                                        QStringLiteral("usages"),
                                                        QStringLiteral("list"),
                                                        QStringLiteral("--page"),
                                                        QStringLiteral("1"),
                                                        QStringLiteral("--size"),
                                                        QStringLiteral("1000")}
                                         << 2 << QStringLiteral("--size");
        // Nothing to cancel: exit 3, as for an ended order and over --api.
        QTest::newRow("cancel of no order")
            << QStringList{db,
                           QStringLiteral("sqlite:") + m_db,
                           QStringLiteral("orders"),
                           QStringLiteral("cancel"),
                           QStringLiteral("999999"),
                           QStringLiteral("--yes")}
            << 3 << QStringLiteral("order 999999 does not exist: nothing to cancel");
    }

    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = usagectl(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one clear line
        QVERIFY(r.out.isEmpty());
    }

    void adviseAndCheckIndexes()
    {
        const Run advise = usagectl({QStringLiteral("db"), QStringLiteral("advise-indexes")});
        QCOMPARE(advise.code, 0);
        // Five indexes: pages by time and by amount, of namespaces and of a
        // region, and the orders of a region.
        QCOMPARE(advise.out.count(QLatin1String("CREATE INDEX")), 5);
        const Run missing = usagectl(
            {QStringLiteral("--db"), dbArg(), QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(missing.code, 3);
        QCOMPARE(missing.out.count(QLatin1String("MISSING")), 5);
        // Apply the advice, then check again.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("idx"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            for (const QString &statement : advise.out.split(QLatin1Char(';'))) {
                const QString sql = statement.section(QLatin1Char('\n'), -1).trimmed();
                if (sql.startsWith(QLatin1String("CREATE INDEX")))
                    QVERIFY(QSqlQuery(db).exec(sql));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("idx"));
        const Run present = usagectl(
            {QStringLiteral("--db"), dbArg(), QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(present.code, 0);
        QCOMPARE(present.out.count(QLatin1String("present")), 5);
    }
};

QTEST_GUILESS_MAIN(TestUsageCtl)
#include "tst_usagectl.moc"
