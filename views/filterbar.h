#pragma once

#include "core/backenderror.h"
#include "requesttracker.h"

#include <QWidget>

class Backend;
class BusyIndicator;
class NamespaceEdit;
class QAbstractButton;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSettings;
class QVBoxLayout;

// The filter row every data tab starts with: the region ("All regions" or
// one the backend lists), the namespaces (completed from those of the
// region), then the tab's own fields, and on the right a busy indicator,
// Apply and the tab's own buttons. Loads its choices from the backend itself.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Null = no connection. Reloads the regions and namespaces.
    void setBackend(Backend *backend);

    // "" = all regions.
    QString region() const;
    // Selects `region`, adding it to the list when the backend has not
    // listed it (yet).
    void setRegion(const QString &region);
    QStringList namespaces() const;
    void setNamespaces(const QStringList &namespaces);
    NamespaceEdit *namespaceEdit() const { return m_namespaces; }

    // A field after those already there, in the current row; `label` may be
    // a QLabel (its buddy is set to `field`), a check box or null.
    void addField(QWidget *label, QWidget *field, int stretch = 0);
    // Room that pushes the current row's later fields to the right.
    void addStretch();
    // Later fields go into a new row.
    void startRow();
    // A button after Apply.
    void addButton(QAbstractButton *button);

    void setBusy(bool busy);
    void focusNamespaces();

    // "region" and "namespaces", under the settings' current group.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    // Apply was clicked, or Return pressed in a text field.
    void applied();
    void errorOccurred(const BackendError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadChoices();

    Backend *m_backend = nullptr;
    bool m_readsEveryNamespace = true; // of m_backend, read when it was set
    RequestTracker m_choices;
    QVBoxLayout *m_rows;
    QHBoxLayout *m_row;
    QHBoxLayout *m_buttons;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_namespaceLabel;
    NamespaceEdit *m_namespaces;
    BusyIndicator *m_busy;
    QPushButton *m_apply;
};
