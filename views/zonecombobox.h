#pragma once

#include <QComboBox>
#include <QTimeZone>

// The display time zone: the system's, Asia/Shanghai, UTC, or any IANA id
// typed in (completed from the zones this system knows).
class ZoneComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ZoneComboBox(QWidget *parent = nullptr);

    QTimeZone zone() const { return m_zone; }
    // "" = the system zone.
    QString zoneId() const { return m_id; }
    bool setZoneId(const QString &id);

Q_SIGNALS:
    void zoneChanged(const QTimeZone &zone);
    void invalidZoneEntered(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void commit(const QString &text);
    void retranslate();

    QTimeZone m_zone;
    QString m_id;
};
