// SPDX-License-Identifier: MIT
#include "torturereport.h"

#include <algorithm>

namespace ardesk::torture {

int TortureRow::failures() const
{
    int sum = crashes;
    for (int n : {acknowledgedLost, integrityFailures, partialImports, duplicateMessageIds, resent,
                  extraCommands, extraHeaders, extraRecipients})
        sum += std::max(n, 0);
    return sum;
}

namespace {

QString cell(int n)
{
    return n < 0 ? QStringLiteral("–") : QString::number(n);
}

} // namespace

QString TortureReport::table() const
{
    QStringList lines;
    lines << QStringLiteral(
            "| part | tried | kills | ack'd writes lost | verify/integrity failures "
            "| partial imports | duplicate Message-IDs | e-mails re-sent "
            "| extra SMTP commands | extra headers/parts | extra recipients "
            "| crashes | time |");
    lines << QStringLiteral("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    int attempts = 0;
    int kills = 0;
    int failures = 0;
    double seconds = 0;
    for (const TortureRow &r : m_rows) {
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 "
                                "| %13 s |")
                         .arg(r.name, QString::number(r.attempts), cell(r.kills),
                              cell(r.acknowledgedLost), cell(r.integrityFailures),
                              cell(r.partialImports), cell(r.duplicateMessageIds), cell(r.resent),
                              cell(r.extraCommands))
                         .arg(cell(r.extraHeaders), cell(r.extraRecipients),
                              QString::number(r.crashes), QString::number(r.seconds, 'f', 0));
        attempts += r.attempts;
        kills += std::max(r.kills, 0);
        failures += r.failures();
        seconds += r.seconds;
    }
    lines << QStringLiteral("| **total** | %1 | %2 | %3 failures | | | | | | | | | %4 s |")
                     .arg(QString::number(attempts), QString::number(kills),
                          QString::number(failures), QString::number(seconds, 'f', 0));
    return lines.join(u'\n') + u'\n';
}

bool TortureReport::failed() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const TortureRow &r) { return r.failures() > 0; });
}

} // namespace ardesk::torture
