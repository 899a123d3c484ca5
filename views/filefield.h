#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

// A file's path with a "Browse…" button beside it: what the profile form
// asks for a database file, a CA, a client certificate or key. Disabling
// it disables both.
class FileField : public QWidget
{
    Q_OBJECT
public:
    // `title` and `filter` are the file dialog's; `name` is the line edit's
    // object name (tests find the field by it).
    FileField(const QString &name, const QString &title, const QString &filter,
              QWidget *parent = nullptr);

    QString path() const; // trimmed
    void setPath(const QString &path);
    void setPlaceholderText(const QString &text);

Q_SIGNALS:
    // Typed into or chosen with the button (not by setPath()).
    void edited();

private:
    void browse();

    QString m_title;
    QString m_filter;
    QLineEdit *m_edit;
    QPushButton *m_button;
};
