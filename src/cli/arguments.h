// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace ardesk::cli {

/// Command-line words split into positionals, `--name value` options and `--flag` switches.
/// Options may come anywhere; `--name=value` also works. Unknown options are errors.
class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(Arguments)

public:
    static Result<Arguments> parse(const QStringList &words, const QSet<QString> &valueOptions,
                                   const QSet<QString> &flags);

    const QStringList &positionals() const { return m_positionals; }
    QString positional(int i) const { return m_positionals.value(i); }
    bool has(const QString &name) const
    {
        return m_values.contains(name) || m_flags.contains(name);
    }
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return m_values.contains(name) ? m_values.value(name).constLast() : fallback;
    }
    QStringList values(const QString &name) const { return m_values.value(name); }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    /// The calendar date option `name` (YYYY-MM-DD, as every date the CLI takes); `fallback`
    /// when the option is absent; an error naming the option and the text when it is no date.
    Result<QDate> date(const QString &name, const QDate &fallback = QDate()) const;
    /// The names of the options and switches given, in the order given (repeats included).
    const QStringList &given() const { return m_given; }

private:
    QStringList m_positionals;
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
    QStringList m_given;
};

} // namespace ardesk::cli
