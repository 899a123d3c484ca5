#pragma once

#include <QObject>
#include <QtTest>

// Finding the widgets of a view or dialog under test by object name, and
// running a view test in each language.
namespace TestWidgets {

// The child of `parent` of type W named `name`; a missing one ends the test
// program (the view changed: the test must say which widget it looked for).
template<typename W>
W *child(QObject *parent, const char *name)
{
    W *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qFatal("no %s named %s", W::staticMetaObject.className(), name);
    return w;
}

// The rows of a test that runs once per language the window ships: one
// QString column, "language" ("en", "zh_CN").
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

} // namespace TestWidgets
