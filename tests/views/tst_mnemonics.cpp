// Alt+letter reaches one thing at a time: in the main window, on each tab
// and in each language it ships, no two visible mnemonics (the menu bar's
// menus, the tabs, the buttons, check boxes and labels of the tab on show)
// share a letter, and the actions of each menu have letters of their own.

#include "languageswitcher.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "testwidgets.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace {

// Who answers which Alt+key: "menu File", "tab Orders", "QLabel Region:" ...
using Owners = QMultiMap<QKeySequence, QString>;

void add(Owners &owners, const QString &what, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        owners.insert(key, what + QLatin1Char(' ') + text);
}

QStringList clashes(const Owners &owners)
{
    QStringList out;
    for (const QKeySequence &key : owners.uniqueKeys()) {
        const QStringList who = owners.values(key);
        if (who.size() > 1)
            out << key.toString() + QStringLiteral(": ") + who.join(QStringLiteral(" | "));
    }
    return out;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
        QVERIFY(m_dir.isValid());
    }

    void unique_data() { TestWidgets::addLanguageRows(); }

    void unique()
    {
        QFETCH(QString, language);
        if (!LanguageSwitcher::hasTranslation(language))
            QSKIP("The translation is not built into this binary");
        QSettings profileSettings(m_dir.filePath(QStringLiteral("profiles.ini")),
                                  QSettings::IniFormat);
        ProfileStore profiles(&profileSettings);
        SecretStore secrets;
        MainWindow window(&profiles, &secrets);
        window.setLanguage(language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList problems;
        // Each menu's own items.
        for (QAction *menuAction : window.menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            Owners items;
            for (QAction *a : menu->actions()) {
                if (a->isVisible() && !a->isSeparator())
                    add(items, QStringLiteral("item"), a->text());
            }
            for (const QString &clash : clashes(items))
                problems << menuAction->text() + QStringLiteral(" menu: ") + clash;
        }
        // The window, tab by tab.
        QTabBar *bar = window.tabs()->tabBar();
        QCOMPARE(bar->count(), 4);
        for (int tab = 0; tab < bar->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            Owners owners;
            for (QAction *a : window.menuBar()->actions()) {
                if (a->isVisible())
                    add(owners, QStringLiteral("menu"), a->text());
            }
            for (int i = 0; i < bar->count(); ++i)
                add(owners, QStringLiteral("tab"), bar->tabText(i));
            const auto widgets = window.findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (!w->isVisibleTo(&window) || qobject_cast<QMenu *>(w->window()))
                    continue;
                const QString kind = QString::fromLatin1(w->metaObject()->className());
                if (auto *button = qobject_cast<QAbstractButton *>(w))
                    add(owners, kind, button->text());
                else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                    add(owners, kind, label->text());
                else if (auto *box = qobject_cast<QGroupBox *>(w))
                    add(owners, kind, box->title());
            }
            for (const QString &clash : clashes(owners))
                problems << bar->tabText(tab) + QStringLiteral(" tab: ") + clash;
        }
        // Toolbar buttons answer no Alt letter (Qt drops the '&'): a Chinese
        // "(&I)" would still show "(I)" there, while Alt+I went elsewhere.
        static const QRegularExpression shownLetter(QStringLiteral("\\([A-Z]\\)"));
        for (const QToolButton *b : window.findChildren<QToolButton *>()) {
            if (b->isVisibleTo(&window) && qobject_cast<QToolBar *>(b->parentWidget()) &&
                b->text().contains(shownLetter))
                problems << QStringLiteral("toolbar button shows a letter it does not answer: ") +
                                b->text();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
