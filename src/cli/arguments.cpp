// SPDX-License-Identifier: MIT
#include "cli/arguments.h"

namespace ardesk::cli {

Result<Arguments> Arguments::parse(const QStringList &words, const QSet<QString> &valueOptions,
                                   const QSet<QString> &flags)
{
    Arguments a;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words[i];
        if (!w.startsWith(QLatin1String("--")) || w == QLatin1String("--")) {
            a.m_positionals << w;
            continue;
        }
        QString name = w.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flags.contains(name)) {
            if (inlineValue)
                return makeError(ErrorCode::InvalidValue, tr("--%1 takes no value").arg(name));
            a.m_flags.insert(name);
            a.m_given << name;
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= words.size())
                    return makeError(ErrorCode::InvalidValue, tr("--%1 needs a value").arg(name));
                value = words[++i];
            }
            a.m_values[name] << value;
            a.m_given << name;
        } else {
            return makeError(ErrorCode::InvalidValue, tr("unknown option --%1").arg(name));
        }
    }
    return a;
}

Result<QDate> Arguments::date(const QString &name, const QDate &fallback) const
{
    if (!has(name))
        return fallback;
    const QString text = value(name);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return makeError(ErrorCode::InvalidValue,
                         tr("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(name, text));
    return d;
}

} // namespace ardesk::cli
