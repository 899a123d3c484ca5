#include "filterbar.h"

#include "busyindicator.h"
#include "core/backend.h"
#include "namespaceedit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout)
    , m_row(new QHBoxLayout)
    , m_buttons(new QHBoxLayout)
    , m_regionLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_namespaceLabel(new QLabel(this))
    , m_namespaces(new NamespaceEdit(this))
    , m_busy(new BusyIndicator(this))
    , m_apply(new QPushButton(this))
{
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setMinimumContentsLength(12);
    m_region->addItem(QString(), QString());
    m_namespaces->setObjectName(QStringLiteral("namespaces"));
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setDefault(true);

    m_rows->addLayout(m_row);
    m_buttons->addWidget(m_busy);
    m_buttons->addWidget(m_apply);
    // The buttons stay at the bottom right however many rows there are.
    auto *right = new QVBoxLayout;
    right->addStretch();
    right->addLayout(m_buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows, 1);
    layout->addLayout(right);
    addField(m_regionLabel, m_region);
    addField(m_namespaceLabel, m_namespaces, 2);

    connect(m_apply, &QPushButton::clicked, this, &FilterBar::applied);
    connect(m_namespaces, &QLineEdit::returnPressed, this, &FilterBar::applied);
    connect(m_region, &QComboBox::activated, this, [this] { loadChoices(); });
    connect(&m_choices, &RequestTracker::errorOccurred, this, &FilterBar::errorOccurred);
    retranslate();
}

void FilterBar::setBackend(Backend *backend)
{
    m_backend = backend;
    m_readsEveryNamespace = !backend || backend->readsEveryNamespace();
    retranslate(); // the namespaces' hint depends on what the connection reads
    loadChoices();
}

QString FilterBar::region() const
{
    return m_region->currentData().toString();
}

void FilterBar::setRegion(const QString &region)
{
    if (!region.isEmpty() && m_region->findData(region) < 0)
        m_region->addItem(region, region);
    m_region->setCurrentIndex(qMax(0, m_region->findData(region)));
}

QStringList FilterBar::namespaces() const
{
    return m_namespaces->namespaces();
}

void FilterBar::setNamespaces(const QStringList &namespaces)
{
    m_namespaces->setNamespaces(namespaces);
}

void FilterBar::addField(QWidget *label, QWidget *field, int stretch)
{
    if (auto *l = qobject_cast<QLabel *>(label))
        l->setBuddy(field);
    if (auto *edit = qobject_cast<QLineEdit *>(field); edit && edit != m_namespaces)
        connect(edit, &QLineEdit::returnPressed, this, &FilterBar::applied);
    if (label)
        m_row->addWidget(label);
    m_row->addWidget(field, stretch);
}

void FilterBar::addStretch()
{
    m_row->addStretch();
}

void FilterBar::startRow()
{
    m_row = new QHBoxLayout;
    m_rows->addLayout(m_row);
}

void FilterBar::addButton(QAbstractButton *button)
{
    m_buttons->addWidget(button);
}

void FilterBar::setBusy(bool busy)
{
    m_busy->setBusy(busy);
}

void FilterBar::focusNamespaces()
{
    m_namespaces->setFocus(Qt::ShortcutFocusReason);
    m_namespaces->selectAll();
}

void FilterBar::loadChoices()
{
    m_choices.bump();
    if (!m_backend)
        return;
    m_choices.track<QList<Region>>(m_backend->listRegions(), [this](const QList<Region> &list) {
        const QString current = region();
        while (m_region->count() > 1)
            m_region->removeItem(1);
        for (const Region &r : list)
            m_region->addItem(r.identification, r.identification);
        setRegion(current);
    });
    m_choices.track<QStringList>(
        m_backend->listNamespaces(region()),
        [this](const QStringList &list) { m_namespaces->setKnownNamespaces(list); });
}

void FilterBar::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("region"), region());
    settings.setValue(QStringLiteral("namespaces"), namespaces());
}

void FilterBar::restoreSettings(const QSettings &settings)
{
    setRegion(settings.value(QStringLiteral("region")).toString());
    setNamespaces(settings.value(QStringLiteral("namespaces")).toStringList());
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_regionLabel->setText(tr("Re&gion:"));
    m_region->setItemText(0, tr("All regions"));
    m_namespaceLabel->setText(tr("&Namespaces:"));
    // The service's API reads one namespace unless told which: left empty,
    // the field means the token's user, not every namespace.
    const bool one = !m_readsEveryNamespace;
    m_namespaces->setPlaceholderText(one ? tr("the token's user's — or ns-a, ns-b")
                                         : tr("all — or ns-a, ns-b"));
    m_namespaces->setToolTip(one ? tr("The service's API reads one namespace at a time: left "
                                      "empty, the token's own user's.")
                                 : QString());
    m_apply->setText(tr("Appl&y"));
}
