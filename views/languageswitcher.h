#pragma once

#include <QObject>

class QTranslator;

// The application's language: "" = the system's, "en", "zh_CN". Installs
// our translation (`:/i18n/usageconsole_<lang>.qm`, when it was built) and
// Qt's own; widgets retranslate on the LanguageChange event that follows.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    QString language() const { return m_language; }
    // False when no translation was found for it (English is then shown).
    bool setLanguage(const QString &language);
    static bool hasTranslation(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    static QString resourcePath(const QString &language);
    void removeTranslators();

    QString m_language;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};
