#include "errorbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addWidget(m_message, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, this, &ErrorBanner::setDetailsExpanded);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        m_repeats = 0;
        Q_EMIT dismissed();
    });
    retranslate();
    hide();
}

void ErrorBanner::showError(const BackendError &error)
{
    QStringList details;
    details << tr("Category: %1").arg(categoryText(error.category()));
    if (error.serviceCode() != 0)
        details << tr("Service code: %1").arg(error.serviceCode());
    if (!error.details().isEmpty())
        details << error.details();
    showMessage(error.message(), details.join(QLatin1Char('\n')), Kind::Error);
}

void ErrorBanner::showMessage(const QString &message, const QString &details, Kind kind)
{
    // The same failure again (a retry, a second view) counts instead of flickering.
    m_repeats = (isVisible() && message == m_plainMessage) ? m_repeats + 1 : 1;
    m_plainMessage = message;
    m_message->setText(m_repeats > 1 ? tr("%1 (%2 times)").arg(message).arg(m_repeats) : message);
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    if (details.isEmpty())
        setDetailsExpanded(false);
    const bool error = kind == Kind::Error;
    m_icon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(16, 16));
    QPalette p = palette();
    p.setColor(QPalette::Window, error ? QColor(0xfd, 0xec, 0xea) : QColor(0xe8, 0xf4, 0xfd));
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    show();
}

QString ErrorBanner::message() const
{
    return m_plainMessage;
}

QString ErrorBanner::details() const
{
    return m_details->toPlainText();
}

bool ErrorBanner::detailsExpanded() const
{
    return m_details->isVisibleTo(this);
}

void ErrorBanner::setDetailsExpanded(bool expanded)
{
    m_details->setVisible(expanded);
    m_detailsButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_detailsButton->isChecked() != expanded)
        m_detailsButton->setChecked(expanded);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ErrorBanner::retranslate()
{
    m_detailsButton->setText(tr("Details"));
    m_closeButton->setToolTip(tr("Close"));
}

QString ErrorBanner::categoryText(BackendError::Category category)
{
    switch (category) {
    case BackendError::Category::InvalidInput:
        return tr("invalid input");
    case BackendError::Category::NotFound:
        return tr("not found");
    case BackendError::Category::Conflict:
        return tr("conflict");
    case BackendError::Category::Permission:
        return tr("permission denied");
    case BackendError::Category::Auth:
        return tr("authentication failed");
    case BackendError::Category::Connection:
        return tr("connection");
    case BackendError::Category::Timeout:
        return tr("timeout");
    case BackendError::Category::Server:
        return tr("server error");
    }
    return {};
}
