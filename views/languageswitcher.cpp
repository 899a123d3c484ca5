#include "languageswitcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QString LanguageSwitcher::resourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/usageconsole_%1.qm").arg(language);
}

bool LanguageSwitcher::hasTranslation(const QString &language)
{
    return language == QLatin1String("en") || QFile::exists(resourcePath(language));
}

void LanguageSwitcher::removeTranslators()
{
    for (QTranslator **translator : {&m_app, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    removeTranslators();
    m_language = language;
    // The system language: the first of the user's UI languages we have.
    QString effective = language;
    if (effective.isEmpty()) {
        effective = QStringLiteral("en");
        const QStringList wanted = QLocale::system().uiLanguages();
        for (const QString &ui : wanted) {
            const QString name = QLocale(ui).name();
            if (name.startsWith(QLatin1String("en")))
                break;
            if (hasTranslation(name)) {
                effective = name;
                break;
            }
        }
    }
    // English too has a catalogue: its plural forms ("1 charge", "2
    // charges"); without it every %n text reads as the source's plural.
    const bool english = effective == QLatin1String("en");
    m_app = new QTranslator;
    bool found = m_app->load(resourcePath(effective));
    if (found) {
        QCoreApplication::installTranslator(m_app);
        m_qt = new QTranslator;
        if (!english && m_qt->load(QStringLiteral("qtbase_") + effective,
                                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
        else {
            delete m_qt;
            m_qt = nullptr;
        }
    } else {
        delete m_app;
        m_app = nullptr;
        found = english; // the sources are English
    }
    if (!m_app) // also when English: the widgets still need to hear about it
        QCoreApplication::postEvent(QCoreApplication::instance(),
                                    new QEvent(QEvent::LanguageChange));
    Q_EMIT languageChanged(language);
    return found;
}
