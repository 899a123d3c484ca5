#include "zonecombobox.h"

#include "core/timezonename.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QStringListModel>

ZoneComboBox::ZoneComboBox(QWidget *parent)
    : QComboBox(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("displayZone"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(18);
    addItem(QString(), QString());
    addItem(QStringLiteral("Asia/Shanghai"), QStringLiteral("Asia/Shanghai"));
    addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    QStringList ids;
    const QList<QByteArray> available = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : available)
        ids << QString::fromUtf8(id);
    auto *completer = new QCompleter(new QStringListModel(ids, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    connect(this, &QComboBox::activated, this,
            [this](int index) { commit(itemData(index).toString()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int index = findText(lineEdit()->text());
        commit(index >= 0 ? itemData(index).toString() : lineEdit()->text().trimmed());
    });
    retranslate();
}

bool ZoneComboBox::setZoneId(const QString &id)
{
    // Not QTimeZone(id): it takes "Shanghai" or "CST" as a POSIX rule, UTC.
    const QTimeZone zone = id.isEmpty() ? QTimeZone::systemTimeZone() : TimeZoneName::zone(id);
    if (!zone.isValid())
        return false;
    m_id = id;
    int index = findData(id);
    if (index < 0) {
        addItem(id, id);
        index = count() - 1;
    }
    setCurrentIndex(index);
    if (zone != m_zone) {
        m_zone = zone;
        Q_EMIT zoneChanged(zone);
    }
    return true;
}

void ZoneComboBox::commit(const QString &text)
{
    if (text == m_id)
        return;
    if (!setZoneId(text)) {
        Q_EMIT invalidZoneEntered(text);
        setCurrentIndex(qMax(0, findData(m_id)));
    }
}

void ZoneComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void ZoneComboBox::retranslate()
{
    setItemText(0, tr("System (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    setToolTip(tr("Time zone of every time shown, and of month boundaries"));
}
