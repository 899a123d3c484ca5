#pragma once

#include <QHash>
#include <QStringList>

// usagectl's command line: `usagectl [global options] COMMAND [SUB] [options]
// [ARGS]`. Options are `--name value`, `--name=value` or bare flags; any
// option may repeat. Which names exist and which take a value is declared
// up front, so a typo is an error, not a silently ignored flag.
class CliArguments
{
public:
    struct OptionSpec
    {
        QString name;
        bool takesValue = true;
    };

    // Parses `args` (without the program name) against `options`.
    // Returns an error message, or an empty string on success.
    QString parse(const QStringList &args, const QList<OptionSpec> &options);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    // Every value of a repeatable option; comma-separated values are split.
    QStringList list(const QString &name) const;
    const QStringList &positional() const { return m_positional; }
    // How many times the option was given.
    qsizetype count(const QString &name) const { return m_values.value(name).size(); }

    // Parses an integer option; returns an error message or "".
    QString intValue(const QString &name, int min, int max, int fallback, int *out) const;

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};
