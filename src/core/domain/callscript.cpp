// SPDX-License-Identifier: MIT
#include "core/domain/callscript.h"

namespace ardesk {

QString CallScript::keyFor(const Situation &situation)
{
    if (situation.hasBrokenPromise)
        return QStringLiteral("call-broken-promise");
    if (situation.oldestDaysPastDue >= kFinalNoticeDays)
        return QStringLiteral("call-final-notice");
    return QStringLiteral("call-first-reminder");
}

QString CallScript::render(const QString &script, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(script.size());
    qsizetype pos = 0;
    while (pos < script.size()) {
        const qsizetype open = script.indexOf(QStringLiteral("{{"), pos);
        const qsizetype close = open < 0 ? -1 : script.indexOf(QStringLiteral("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(script).mid(pos);
            break;
        }
        out += QStringView(script).mid(pos, open - pos);
        const QString name = script.mid(open + 2, close - open - 2).trimmed();
        const auto it = values.constFind(name);
        out += it != values.cend() ? *it : QStringLiteral("[%1?]").arg(name);
        pos = close + 2;
    }
    return out;
}

} // namespace ardesk
