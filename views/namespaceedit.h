#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

// One or more namespaces as a comma-separated list, completing the word
// under the cursor from the namespaces the backend knows.
class NamespaceEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit NamespaceEdit(QWidget *parent = nullptr);

    void setKnownNamespaces(const QStringList &namespaces);
    QStringList namespaces() const;
    void setNamespaces(const QStringList &namespaces);

private:
    void complete(const QString &text);
    void insertCompletion(const QString &completion);

    QCompleter *m_completer;
    QStringListModel *m_model;
};
