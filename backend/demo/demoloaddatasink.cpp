// The demo data as MariaDB LOAD DATA files (one TSV per table, plus the
// SQL that loads them), for data sets too big to INSERT.
#include "demo/demorowsink.h"

#include "sql/schema.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace {

class TsvFile
{
public:
    bool open(const QString &path)
    {
        m_file.setFileName(path);
        return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    void text(const QString &value)
    {
        sep();
        const QByteArray utf8 = value.toUtf8();
        for (char c : utf8) {
            switch (c) {
            case '\t':
                m_line += "\\t";
                break;
            case '\n':
                m_line += "\\n";
                break;
            case '\r':
                m_line += "\\r";
                break;
            case '\\':
                m_line += "\\\\";
                break;
            default:
                m_line += c;
            }
        }
    }
    void number(qint64 value)
    {
        sep();
        m_line += QByteArray::number(value);
    }
    void price(double value)
    {
        sep();
        char buf[32];
        m_line.append(buf, std::snprintf(buf, sizeof buf, "%.2f", value));
    }
    void time(qint64 secs)
    {
        sep();
        char buf[19];
        demoFormatUtc(secs, buf);
        m_line.append(buf, 19);
    }
    bool endRow()
    {
        m_line += '\n';
        m_first = true;
        if (m_line.size() < (1 << 20))
            return true;
        return flush();
    }
    bool flush()
    {
        const bool ok = m_file.write(m_line) == m_line.size();
        m_line.clear();
        return ok;
    }
    bool close()
    {
        const bool ok = flush();
        m_file.close();
        return ok && m_file.error() == QFileDevice::NoError;
    }
    void remove() { m_file.remove(); }
    QString errorString() const { return m_file.errorString(); }

private:
    void sep()
    {
        if (!m_first)
            m_line += '\t';
        m_first = false;
    }
    QFile m_file;
    QByteArray m_line;
    bool m_first = true;
};

class LoadDataSink : public DemoRowSink
{
public:
    explicit LoadDataSink(const QString &dir)
        : m_dir(dir)
    {
    }

    bool begin() override
    {
        if (!QDir().mkpath(m_dir))
            return fail(QStringLiteral("Could not create directory %1.").arg(m_dir));
        for (int i = 0; i < 4; ++i) {
            if (!m_files[i].open(path(i)))
                return fail(QStringLiteral("Could not write %1.").arg(path(i)),
                            m_files[i].errorString());
        }
        return true;
    }

    bool addRegion(const DemoRegionRow &r) override
    {
        TsvFile &f = m_files[0];
        f.number(r.id);
        f.text(r.region);
        f.text(r.describe);
        f.text(r.identification);
        return ended(f);
    }

    bool addPlan(const DemoPlanRow &p) override
    {
        TsvFile &f = m_files[1];
        f.number(p.id);
        f.text(p.planId);
        f.text(p.name);
        f.text(p.type);
        f.text(p.belong);
        f.number(p.level);
        f.text(p.specification1);
        f.text(p.specification2);
        f.text(p.description);
        f.price(p.price);
        f.text(p.cycle);
        f.time(p.createTime);
        f.number(p.regionId);
        f.text(p.status);
        return ended(f);
    }

    bool addOrder(const DemoOrderRow &o) override
    {
        TsvFile &f = m_files[2];
        f.number(o.id);
        f.text(o.orderId);
        f.text(o.ns);
        f.text(o.region);
        f.text(o.planId);
        f.text(o.planType);
        f.time(o.startTime);
        f.time(o.endTime);
        f.time(o.deadline);
        f.number(o.lastConsumeId);
        f.number(o.everPayed);
        f.number(o.renewRetries);
        f.number(o.status);
        f.text(o.ns);
        f.text(o.resourceName);
        return ended(f);
    }

    bool addCharge(const DemoChargeRow &c) override
    {
        TsvFile &f = m_files[3];
        f.number(c.id);
        f.text(c.orderId);
        f.number(c.consumeId);
        f.number(c.consuming);
        f.time(c.consumeTime);
        f.time(c.deadline);
        f.text(c.ns);
        f.text(c.region);
        f.text(c.planId);
        f.number(c.planHistoryId);
        f.number(c.extraInfo);
        return ended(f);
    }

    bool checkpoint() override { return true; }

    bool finish() override
    {
        for (int i = 0; i < 4; ++i) {
            if (!m_files[i].close())
                return fail(QStringLiteral("Could not write %1.").arg(path(i)),
                            m_files[i].errorString());
        }
        QStringList ddl = Schema::usageTables(Schema::Dialect::Mysql) +
                          Schema::planTables(Schema::Dialect::Mysql);
        QByteArray schema =
            "-- Usage Console demo data: the usage-service and plan-service tables.\n";
        for (const QString &stmt : std::as_const(ddl))
            schema += stmt.toUtf8() + ";\n\n";
        QByteArray load =
            "-- Load with: mariadb --local-infile=1 DATABASE < load.sql  (after schema.sql)\n"
            "SET NAMES utf8mb4;\n";
        for (int i = 0; i < 4; ++i) {
            QString file = QDir(m_dir).absoluteFilePath(fileName(i));
            file.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('\''), QStringLiteral("\\'"));
            load += QStringLiteral(
                        "LOAD DATA LOCAL INFILE '%1' INTO TABLE %2 CHARACTER SET utf8mb4\n"
                        "  FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'\n"
                        "  (%3);\n")
                        .arg(file, tableName(i), columns(i))
                        .toUtf8();
        }
        if (!writeFile(QDir(m_dir).filePath(QStringLiteral("schema.sql")), schema) ||
            !writeFile(QDir(m_dir).filePath(QStringLiteral("load.sql")), load))
            return false;
        return true;
    }

    void abort() override
    {
        for (TsvFile &f : m_files) {
            f.close();
            f.remove();
        }
    }

private:
    static QString tableName(int i)
    {
        static const char *names[] = {"DF_PLAN_REGION", "DF_PLAN", "DF_PURCHASE_ORDER",
                                      "DF_CONSUMING_HISTORY"};
        return QString::fromLatin1(names[i]);
    }
    static QString fileName(int i) { return tableName(i) + QStringLiteral(".tsv"); }
    static QString columns(int i)
    {
        static const char *cols[] = {
            "ID, REGION, REGION_DESCRIBE, IDENTIFICATION",
            "ID, PLAN_ID, PLAN_NAME, PLAN_TYPE, BELONG, PLAN_LEVEL, SPECIFICATION1, "
            "SPECIFICATION2, "
            "DESCRIPTION, PRICE, CYCLE, CREATE_TIME, REGION_ID, STATUS",
            "ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, PLAN_TYPE, START_TIME, END_TIME, "
            "DEADLINE_TIME, "
            "LAST_CONSUME_ID, EVER_PAYED, RENEW_RETRIES, STATUS, CREATOR, RESOURCE_NAME",
            "ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, REGION, "
            "PLAN_ID, "
            "PLAN_HISTORY_ID, EXTRA_INFO"};
        return QString::fromLatin1(cols[i]);
    }
    QString path(int i) const { return QDir(m_dir).filePath(fileName(i)); }

    bool ended(TsvFile &f)
    {
        return f.endRow() ||
               fail(QStringLiteral("Could not write the demo data files."), f.errorString());
    }

    bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(data) != data.size())
            return fail(QStringLiteral("Could not write %1.").arg(path), file.errorString());
        return true;
    }

    QString m_dir;
    TsvFile m_files[4];
};

} // namespace

std::unique_ptr<DemoRowSink> makeLoadDataDemoSink(const QString &dir)
{
    return std::make_unique<LoadDataSink>(dir);
}
