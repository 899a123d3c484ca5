#include "cliarguments.h"

#include <algorithm>

namespace {

// An argument that names an option of `options` (or ends them: "--").
bool isOption(const QString &arg, const QList<CliArguments::OptionSpec> &options)
{
    if (!arg.startsWith(QLatin1String("--")))
        return false;
    const QString name = arg.mid(2).section(QLatin1Char('='), 0, 0);
    return name.isEmpty() ||
           std::any_of(options.cbegin(), options.cend(),
                       [&](const CliArguments::OptionSpec &o) { return o.name == name; });
}

// Nothing but spaces and commas: no value of any option, and no item of a list.
bool isBlank(const QString &value)
{
    return std::all_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c.isSpace() || c == QLatin1Char(','); });
}

} // namespace

QString CliArguments::parse(const QStringList &args, const QList<OptionSpec> &options)
{
    m_values.clear();
    m_positional.clear();
    bool onlyPositional = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (onlyPositional || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            m_positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
            hasInline = true;
        }
        const auto spec = std::find_if(options.cbegin(), options.cend(),
                                       [&](const OptionSpec &o) { return o.name == name; });
        if (spec == options.cend())
            return QStringLiteral("unknown option --%1").arg(name);
        if (!spec->takesValue) {
            if (hasInline)
                return QStringLiteral("option --%1 takes no value").arg(name);
            m_values[name].append(QString());
            continue;
        }
        if (hasInline || (i + 1 < args.size() && !isOption(args[i + 1], options))) {
            const QString value = hasInline ? inlineValue : args[++i];
            // `--namespace "$NS"` with NS unset would filter nothing: every
            // namespace's figures under that one's name.
            if (isBlank(value))
                return QStringLiteral("option --%1 needs a value, not an empty one").arg(name);
            m_values[name].append(value);
        } else if (i + 1 < args.size() && args[i + 1] == QLatin1String("--help")) {
            // `spend --region -h`: help, which takes no value.
            continue;
        } else if (i + 1 < args.size()) {
            // `--namespace --no-cache` forgot the namespace: taken as one,
            // "--no-cache" would be looked up (and not found) as a name.
            return QStringLiteral("option --%1 needs a value (--%1=VALUE for one that starts "
                                  "with --)")
                .arg(name);
        } else {
            return QStringLiteral("option --%1 needs a value").arg(name);
        }
    }
    return {};
}

QString CliArguments::value(const QString &name, const QString &fallback) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.cend() || it->isEmpty())
        return fallback;
    return it->constLast();
}

QStringList CliArguments::list(const QString &name) const
{
    QStringList out;
    for (const QString &v : m_values.value(name)) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (!t.isEmpty() && !out.contains(t))
                out.append(t);
        }
    }
    return out;
}

QString CliArguments::intValue(const QString &name, int min, int max, int fallback, int *out) const
{
    *out = fallback;
    if (!isSet(name))
        return {};
    bool ok = false;
    const int v = value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        return QStringLiteral("--%1 must be a whole number from %2 to %3")
            .arg(name)
            .arg(min)
            .arg(max);
    *out = v;
    return {};
}
