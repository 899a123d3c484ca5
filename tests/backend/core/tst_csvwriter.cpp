// CsvWriter: RFC 4180 quoting and the spreadsheet formula guard, with the
// expected text written out by hand.
#include "core/csvwriter.h"

#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "ns-0001"
                               << "ns-0001";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("carriage return inside") << "a\rb"
                                                << "\"a\rb\"";
        QTest::newRow("chinese") << "命名空间"
                                 << "命名空间";
        QTest::newRow("negative amount") << "-33.94"
                                         << "-33.94";
        QTest::newRow("negative whole") << "-7"
                                        << "-7";
        QTest::newRow("positive amount") << "12.30"
                                         << "12.30";
        QTest::newRow("date") << "2026-01-05 16:00:00"
                              << "2026-01-05 16:00:00";
        QTest::newRow("formula =") << "=1+2"
                                   << "'=1+2";
        QTest::newRow("formula +") << "+1"
                                   << "'+1";
        QTest::newRow("formula @") << "@SUM(A1)"
                                   << "'@SUM(A1)";
        QTest::newRow("formula -") << "-1+cmd|' /C calc'!A0"
                                   << "'-1+cmd|' /C calc'!A0";
        QTest::newRow("minus alone") << "-"
                                     << "'-";
        QTest::newRow("minus dot") << "-1."
                                   << "'-1.";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("leading CR") << "\r=x"
                                    << "\"'\r=x\"";
        QTest::newRow("formula with comma") << "=HYPERLINK(\"u\",\"x\")"
                                            << "\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"";
        QTest::newRow("number then newline") << "-2\n"
                                             << "\"'-2\n\"";
        QTest::newRow("fullwidth digits") << "-１"
                                          << "'-１";
    }
    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::field(text), expected);
    }

    void record()
    {
        QCOMPARE(CsvWriter::record({}), QString());
        QCOMPARE(CsvWriter::record({QString()}), QString());
        QCOMPARE(CsvWriter::record({"a", "", "b,c", "=x", "-1.50"}),
                 QStringLiteral("a,,\"b,c\",'=x,-1.50"));
        QCOMPARE(QString::fromLatin1(CsvWriter::lineEnd), QStringLiteral("\r\n"));
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
