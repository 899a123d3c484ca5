#pragma once

#include "core/backenderror.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

// A non-modal strip at the top of the window for failures (and the odd
// outcome worth a sentence): one line of message, a "Details" expander with
// what only an expert needs (the server's message, the SQL error), a close
// button. Never a popup: routine failures must not stop the work.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Information };

    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const BackendError &error);
    void showMessage(const QString &message, const QString &details = {}, Kind kind = Kind::Error);
    QString message() const;
    QString details() const;
    bool detailsExpanded() const;
    void setDetailsExpanded(bool expanded);

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString categoryText(BackendError::Category category);

    QLabel *m_icon;
    QLabel *m_message;
    QToolButton *m_detailsButton;
    QToolButton *m_closeButton;
    QPlainTextEdit *m_details;
    QString m_plainMessage;
    int m_repeats = 0;
};
