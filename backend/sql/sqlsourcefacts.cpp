#include "sql/sqlsourcefacts.h"

#include <QMutexLocker>

std::optional<QHash<QString, QString>> SqlSourceFacts::indexes() const
{
    const QMutexLocker lock(&m_lock);
    return m_indexes;
}

void SqlSourceFacts::setIndexes(const QHash<QString, QString> &indexes)
{
    const QMutexLocker lock(&m_lock);
    m_indexes = indexes;
}

std::optional<QString> SqlSourceFacts::moneyExpression() const
{
    const QMutexLocker lock(&m_lock);
    return m_moneyExpression;
}

void SqlSourceFacts::setMoneyExpression(const QString &expression)
{
    const QMutexLocker lock(&m_lock);
    m_moneyExpression = expression;
}
