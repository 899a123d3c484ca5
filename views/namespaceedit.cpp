#include "namespaceedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

NamespaceEdit::NamespaceEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    setClearButtonEnabled(true);
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    // Not QLineEdit::setCompleter: that one completes the whole text, and
    // here only the last comma-separated word is completed.
    m_completer->setWidget(this);
    connect(this, &QLineEdit::textEdited, this, &NamespaceEdit::complete);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &NamespaceEdit::insertCompletion);
}

void NamespaceEdit::setKnownNamespaces(const QStringList &namespaces)
{
    m_model->setStringList(namespaces);
}

QStringList NamespaceEdit::namespaces() const
{
    QStringList list;
    const QStringList parts = text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString ns = part.trimmed();
        if (!ns.isEmpty() && !list.contains(ns))
            list.append(ns);
    }
    return list;
}

void NamespaceEdit::setNamespaces(const QStringList &namespaces)
{
    setText(namespaces.join(QStringLiteral(", ")));
}

void NamespaceEdit::complete(const QString &text)
{
    const QString word = text.left(cursorPosition()).section(QLatin1Char(','), -1).trimmed();
    if (word.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void NamespaceEdit::insertCompletion(const QString &completion)
{
    const QString before = text().left(cursorPosition());
    const int comma = before.lastIndexOf(QLatin1Char(','));
    QString head = comma < 0 ? QString() : before.left(comma + 1) + QLatin1Char(' ');
    const QString after = text().mid(cursorPosition());
    setText(head + completion + after);
    setCursorPosition(int(head.size() + completion.size()));
}
