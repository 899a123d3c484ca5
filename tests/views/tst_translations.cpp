// The Chinese catalogue is complete and current: lupdate is run over every
// source folder into a copy of it, and the test fails on a message left
// unfinished (new, changed, or never translated), on one that vanished from
// the sources but stays in the catalogue, and on a translation whose
// placeholders (%1, %2, %n ...) are not those of its source. The English
// catalogue holds only plural forms; its placeholders are checked too.
// Then the compiled catalogue is put to use: the Orders status "Ended" reads
// as a status, and a backend's error reaches the window in Chinese: a
// refused REST token says what to do, and the words that a REST error puts
// into a sentence ("an empty body") are Chinese too. English loads its own
// catalogue, for its plural forms ("1 charge", not "1 charges").

#include "languageswitcher.h"
#include "profiles/backendfactory.h"
#include "rest/restjson.h"
#include "testfutures.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(0));
    found.removeDuplicates();
    found.sort();
    return found;
}

QString sourceDir()
{
    return TestPaths::sourceDir();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<Message> m_refreshed; // zh_CN after lupdate over today's sources
    QList<Message> m_checkedIn;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString ts = QStringLiteral("/resources/translations/usageconsole_zh_CN.ts");
        const QString copy = m_dir.filePath(QStringLiteral("usageconsole_zh_CN.ts"));
        QVERIFY(QFile::copy(sourceDir() + ts, copy));
        QString error;
        m_checkedIn = readTs(sourceDir() + ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // The folders the documented lupdate command names: every folder
        // whose code shows text to a person.
        const QString lupdate =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate));
        QProcess p;
        p.setWorkingDirectory(sourceDir());
        p.start(lupdate,
                {QStringLiteral("-no-obsolete"), QStringLiteral("-silent"), QStringLiteral("app"),
                 QStringLiteral("backend"), QStringLiteral("models"), QStringLiteral("views"),
                 QStringLiteral("-ts"), copy});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        m_refreshed = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_refreshed.size() > 300);
    }

    void nothingUnfinished()
    {
        QStringList unfinished;
        for (const Message &m : std::as_const(m_refreshed)) {
            if (m.type == QLatin1String("unfinished") ||
                std::all_of(m.translations.cbegin(), m.translations.cend(),
                            [](const QString &t) { return t.trimmed().isEmpty(); }))
                unfinished.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) without a Chinese translation "
                                           "(refresh the catalogue with lupdate and translate "
                                           "them):\n  ")
                                .arg(unfinished.size()) +
                            unfinished.join(QStringLiteral("\n  "))));
    }

    void nothingVanished()
    {
        QSet<QString> current;
        for (const Message &m : std::as_const(m_refreshed))
            current.insert(m.key());
        QStringList vanished;
        for (const Message &m : std::as_const(m_checkedIn)) {
            if (!current.contains(m.key()) || m.type == QLatin1String("vanished") ||
                m.type == QLatin1String("obsolete"))
                vanished.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(vanished.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) in the catalogue that no source has "
                                           "any more (run lupdate -no-obsolete):\n  ")
                                .arg(vanished.size()) +
                            vanished.join(QStringLiteral("\n  "))));
    }

    void placeholdersMatch_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("zh_CN") << "usageconsole_zh_CN.ts";
        QTest::newRow("en") << "usageconsole_en.ts";
    }

    void placeholdersMatch()
    {
        QFETCH(QString, catalogue);
        QString error;
        const QList<Message> messages =
            readTs(sourceDir() + QStringLiteral("/resources/translations/") + catalogue, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const Message &m : messages) {
            const QStringList want = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue; // the source text is shown
                QStringList got = placeholders(t);
                // A plural form may leave the number out ("一项" for one).
                if (m.translations.size() > 1 && !got.contains(QStringLiteral("%n")) &&
                    want.contains(QStringLiteral("%n")))
                    got.append(QStringLiteral("%n")), got.sort();
                if (got != want)
                    wrong.append(
                        QStringLiteral("%1: \"%2\" -> \"%3\"").arg(m.context, m.source, t));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void endedIsAStatus()
    {
        // Issue 15: the status filter's "Ended" read 终止时间 ("end time"),
        // the translation of the column. The filter and the status cells
        // say the same word; the column still says it is a time.
        auto translationOf = [this](const QString &context, const QString &source,
                                    const QString &comment) {
            for (const Message &m : std::as_const(m_refreshed)) {
                if (m.context == context && m.source == source && m.comment == comment)
                    return m.translations.value(0);
            }
            return QStringLiteral("<not in the sources>");
        };
        QCOMPARE(translationOf(QStringLiteral("OrdersView"), QStringLiteral("Ended"),
                               QStringLiteral("order status")),
                 QStringLiteral("已结束"));
        QCOMPARE(translationOf(QStringLiteral("DisplayFormat"), QStringLiteral("ended"), {}),
                 QStringLiteral("已结束"));
        QCOMPARE(translationOf(QStringLiteral("OrderTableModel"), QStringLiteral("Ended"), {}),
                 QStringLiteral("结束时间"));
    }

    void backendErrorsInChinese()
    {
        // The compiled catalogue, as the window installs it; the message is
        // made on the backend's worker thread.
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/usageconsole_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        auto spec = ConnectionSpec::parse(QStringLiteral("sqlite:") + missing);
        QVERIFY(spec);
        auto backend = BackendFactory::createSql(spec.value());
        QVERIFY(backend);
        const auto result = TestFutures::resultOf(backend.value()->listRegions());
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!result);
        QCOMPARE(result.error().message(), QStringLiteral("SQLite 文件 %1 不存在").arg(missing));
        // Without the translator, the same message is English again.
        const auto english = TestFutures::resultOf(backend.value()->listRegions());
        QVERIFY(!english);
        QCOMPARE(english.error().message(),
                 QStringLiteral("SQLite file %1 does not exist").arg(missing));
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QString charges = QStringLiteral("%n charges, sum %1 yuan");
        QTest::newRow("en 1") << "en"
                              << "OrderDetailPane" << charges << 1 << "1 charge, sum %1 yuan";
        QTest::newRow("en 2") << "en"
                              << "OrderDetailPane" << charges << 2 << "2 charges, sum %1 yuan";
        QTest::newRow("en 0") << "en"
                              << "OrderDetailPane" << charges << 0 << "0 charges, sum %1 yuan";
        QTest::newRow("zh_CN 1") << "zh_CN"
                                 << "OrderDetailPane" << charges << 1 << "1 笔扣费，合计 %1 元";
        QTest::newRow("zh_CN 2") << "zh_CN"
                                 << "OrderDetailPane" << charges << 2 << "2 笔扣费，合计 %1 元";
    }

    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        LanguageSwitcher switcher;
        QVERIFY(switcher.setLanguage(language));
        QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source), nullptr, n),
                 expected);
    }

    void restErrorsInChinese_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::addColumn<QString>("chineseDetails");
        QTest::newRow("token refused")
            << QByteArray(R"({"code":3305,"msg":"auth failed"})") << 401
            << "The service refused the API token (auth failed): check the token of the profile "
               "(Profiles…), or USAGECTL_TOKEN for usagectl."
            << "服务拒绝了 API 令牌（认证失败）：请在“连接配置…”中检查该配置的令牌；usagectl "
               "请检查 USAGECTL_TOKEN。"
            << "HTTP 401，服务代码 3305\nauth failed";
        QTest::newRow("empty 404")
            << QByteArray() << 404
            << "The service's answer (HTTP 404) is an empty body, not a JSON envelope: is the "
               "address that of the usage API?"
            << "服务的应答（HTTP 404）是空内容，不是 JSON 信封：这是消费 API 的地址吗？"
            << "";
        QTest::newRow("a field of another type")
            << QByteArray(R"({"code":0,"msg":"OK","data":{"total":"1","results":[]}})") << 200
            << "The service sent an invalid answer: field `data.total` is a string, expected an "
               "integer."
            << "服务返回了无效的应答：字段 `data.total` 为字符串，应为整数。"
            << "";
    }

    void restErrorsInChinese()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QFETCH(QString, chineseDetails);
        const auto inEnglish = RestJson::usageList(body, status);
        QVERIFY(!inEnglish);
        QCOMPARE(inEnglish.error().message(), english);

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/usageconsole_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto inChinese = RestJson::usageList(body, status);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(!inChinese);
        QCOMPARE(inChinese.error().message(), chinese);
        if (!chineseDetails.isEmpty())
            QCOMPARE(inChinese.error().details(), chineseDetails);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
