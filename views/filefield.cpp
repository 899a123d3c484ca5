#include "filefield.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

FileField::FileField(const QString &name, const QString &title, const QString &filter,
                     QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_filter(filter)
    , m_edit(new QLineEdit(this))
    , m_button(new QPushButton(tr("Browse…"), this))
{
    m_edit->setObjectName(name);
    m_button->setObjectName(name + QStringLiteral("Browse"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    // The line edit takes the focus, so that a form's label buddy and Tab land in it.
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &FileField::edited);
    connect(m_button, &QPushButton::clicked, this, &FileField::browse);
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

void FileField::setPath(const QString &path)
{
    m_edit->setText(path);
}

void FileField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void FileField::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, m_title, path(), m_filter);
    if (chosen.isEmpty())
        return;
    m_edit->setText(chosen);
    Q_EMIT edited();
}
