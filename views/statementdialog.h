#pragma once

#include "core/backenderror.h"
#include "reports/statement.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>

class Backend;
class BusyIndicator;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;
class StatementLoader;

// File ▸ Statement…: a namespace's monthly statement (StatementLoader),
// previewed as it will print, then printed (with a print preview) or saved
// as a PDF (StatementDocument, the same document usagectl writes).
class StatementDialog : public QDialog
{
    Q_OBJECT
public:
    StatementDialog(Backend *backend, const QTimeZone &zone, QWidget *parent = nullptr);

    void setNamespace(const QString &ns);
    void setMonth(const QDate &month);

    // What the buttons do, callable without clicking.
    void makeStatement();
    bool savePdf(const QString &path, QString *error = nullptr);
    void printPreview();

    bool isBusy() const;
    const std::optional<Statement> &statement() const { return m_statement; }
    // The preview's text (what the statement says on screen).
    QString previewText() const;
    // The warning over the preview ("" when there is none): a statement
    // without lines (a namespace mistyped, or without charges that month).
    QString warningText() const;

Q_SIGNALS:
    void statementMade();
    void failed(const BackendError &error);

private:
    void loadLists();
    void setBusy(bool busy, const QString &text = QString());
    void clearStatement();
    void present(const Statement &statement);
    void saveInteractively();
    void printDirectly();

    Backend *m_backend;
    QTimeZone m_zone;
    QString m_pendingNamespace;
    std::optional<Statement> m_statement;
    StatementLoader *m_loader;
    QComboBox *m_namespace;
    QComboBox *m_region;
    QDateEdit *m_month;
    QPushButton *m_makeButton;
    BusyIndicator *m_busy;
    QLabel *m_status;
    QLabel *m_warning;
    QTextBrowser *m_preview;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
};
