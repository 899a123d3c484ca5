#pragma once

#include "core/backenderror.h"
#include "core/quote.h"
#include "quotetext.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class Backend;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

// A dry-run quote: namespace, region, plan (from the plan list), resource
// name -> plan price, credit, amount due, the order replaced, the new period
// end, or the refusal in plain words; "copy as text".
class QuoteDialog : public QDialog
{
    Q_OBJECT
public:
    QuoteDialog(Backend *backend, const QTimeZone &displayZone, const QTimeZone &serviceZone,
                QWidget *parent = nullptr);
    void setNamespace(const QString &ns);
    void setRegion(const QString &region);

    // What "Get quote" and "Copy as text" do, callable without clicking.
    void requestQuote();
    void copyAsText();
    // The plain-text summary of the result shown (empty when none).
    QString summaryText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // A quote or a refusal is on screen (ok = false: a refusal).
    void quoteFinished(bool ok);

private:
    void loadRegions();
    void loadRegionLists();
    void clearResult();
    void updateInputs();
    void showQuote(const QuoteText::Request &request, const Quote &quote);
    void showRefusal(const QuoteText::Request &request, const BackendError &error);
    void setBusy(bool busy, const QString &text = QString());

    Backend *m_backend;
    QTimeZone m_displayZone;
    QTimeZone m_serviceZone;
    QString m_pendingNamespace;
    QString m_pendingRegion;
    quint64 m_listGeneration = 0;
    quint64 m_quoteGeneration = 0;
    bool m_busy = false;
    QString m_summary;

    QComboBox *m_namespace;
    QComboBox *m_region;
    QComboBox *m_plan;
    QLineEdit *m_resourceName;
    QLabel *m_at;
    QPushButton *m_quoteButton;
    QPushButton *m_copyButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QStackedWidget *m_result;
    QLabel *m_planPrice;
    QLabel *m_credit;
    QLabel *m_due;
    QLabel *m_replaces;
    QLabel *m_periodEnd;
    QLabel *m_warnings;
    QLabel *m_refusal;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
};
