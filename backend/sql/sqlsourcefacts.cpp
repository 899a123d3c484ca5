#include "sql/sqlsourcefacts.h"

#include <QMutexLocker>

std::optional<QHash<QString, QString>> SqlSourceFacts::indexes(const QString &identity) const
{
    const QMutexLocker lock(&m_lock);
    return identity == m_identity ? m_indexes : std::nullopt;
}

void SqlSourceFacts::setIndexes(const QString &identity, const QHash<QString, QString> &indexes)
{
    const QMutexLocker lock(&m_lock);
    keepFor(identity);
    m_indexes = indexes;
}

std::optional<QString> SqlSourceFacts::moneyExpression(const QString &identity) const
{
    const QMutexLocker lock(&m_lock);
    return identity == m_identity ? m_moneyExpression : std::nullopt;
}

void SqlSourceFacts::setMoneyExpression(const QString &identity, const QString &expression)
{
    const QMutexLocker lock(&m_lock);
    keepFor(identity);
    m_moneyExpression = expression;
}

void SqlSourceFacts::forget()
{
    const QMutexLocker lock(&m_lock);
    m_indexes.reset();
    m_moneyExpression.reset();
}

void SqlSourceFacts::keepFor(const QString &identity)
{
    if (identity == m_identity)
        return;
    m_identity = identity;
    m_indexes.reset();
    m_moneyExpression.reset();
}
