#pragma once

#include <QObject>

// Finding the widgets of a view or dialog under test by object name.
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

} // namespace TestWidgets
