// NamespaceNames: each name read is the string of its own bytes, however
// the lists it comes in differ from the one before (a name added, gone,
// renamed to the same length, lists out of order, the bound passed).

#include "cache/namespacenames.h"

#include <QTest>

class TestNamespaceNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachNameItsOwn_data()
    {
        QTest::addColumn<QList<QStringList>>("lists");
        const QStringList base{QStringLiteral("ns-0001"), QStringLiteral("ns-0002"),
                               QStringLiteral("ns-0003"), QStringLiteral("ns-0004")};
        QTest::newRow("the same every month") << QList<QStringList>{base, base, base};
        QTest::newRow("one added in the middle") << QList<QStringList>{
            base,
            {QStringLiteral("ns-0001"), QStringLiteral("ns-0002"), QStringLiteral("ns-00025"),
             QStringLiteral("ns-0003"), QStringLiteral("ns-0004")},
            base};
        QTest::newRow("first and last gone") << QList<QStringList>{base, base.mid(1, 2), base};
        // Same length, one byte apart: only the bytes tell them apart.
        QTest::newRow("renamed in place")
            << QList<QStringList>{base,
                                  {QStringLiteral("ns-0001"), QStringLiteral("ns-0009"),
                                   QStringLiteral("ns-0003"), QStringLiteral("ns-0004")},
                                  base};
        QTest::newRow("another order")
            << QList<QStringList>{base,
                                  {QStringLiteral("ns-0004"), QStringLiteral("ns-0003"),
                                   QStringLiteral("ns-0002"), QStringLiteral("ns-0001")},
                                  base};
        QTest::newRow("one a prefix of the next") << QList<QStringList>{
            {QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abc")},
            {QStringLiteral("ab"), QStringLiteral("abc")},
            {QStringLiteral("a"), QStringLiteral("abc"), QStringLiteral("ab")}};
        QTest::newRow("not ASCII")
            << QList<QStringList>{{QStringLiteral("财务-1"), QStringLiteral("财务-2")},
                                  {QStringLiteral("财务-2"), QStringLiteral("财务-3")},
                                  {QStringLiteral("财务-1"), QStringLiteral("财务-3")}};
        QTest::newRow("empty lists") << QList<QStringList>{{}, base, {}, base};
    }

    void eachNameItsOwn()
    {
        QFETCH(QList<QStringList>, lists);
        NamespaceNames names;
        for (int round = 0; round < 2; ++round) { // the second with every name known
            for (const QStringList &list : std::as_const(lists)) {
                names.nextList();
                for (const QString &ns : list) {
                    const QByteArray bytes = ns.toUtf8();
                    QCOMPARE(names.of(bytes.constData(), bytes.size()), ns);
                }
            }
        }
    }

    // Past the bound everything is forgotten; what follows is still right.
    void bounded()
    {
        NamespaceNames names;
        QStringList list;
        for (int i = 0; i <= 100000; ++i)
            list.append(QStringLiteral("n%1").arg(i));
        for (int round = 0; round < 2; ++round) {
            names.nextList();
            for (const QString &ns : std::as_const(list)) {
                const QByteArray bytes = ns.toUtf8();
                QCOMPARE(names.of(bytes.constData(), bytes.size()), ns);
            }
            names.bound();
        }
    }
};

QTEST_GUILESS_MAIN(TestNamespaceNames)
#include "tst_namespacenames.moc"
