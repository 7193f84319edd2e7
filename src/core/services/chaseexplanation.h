// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dunning.h"

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

/// "Why / why not chased today" for one client: for each overdue invoice, how late it is, the
/// steps done (with their dates), the next step and its date, and every rule holding it.
struct ChaseExplanation
{
    struct DoneStep
    {
        PolicyStep step;
        QDate date;
        QString outcome; ///< 'queued', 'task', 'hold', 'superseded', 'skipped:<hold>'
    };
    struct Invoice
    {
        qint64 id = 0;
        QString number;
        QDate dueDate;
        int daysLate = 0;
        qint64 balanceMinor = 0;
        QString currency;
        QList<DoneStep> done;
        std::optional<PolicyStep> next; ///< none: every step of the policy was done
        QDate nextDate; ///< when the next step falls due (today or earlier: it is due now)
        bool nextIsDue = false;
        QList<HoldReason> holds; ///< every rule holding the next step today (empty: not held)
    };

    qint64 clientId = 0;
    QString clientCode;
    QString policyName;
    QDate asOf;
    QList<Invoice> invoices; ///< oldest due first
};

} // namespace ardesk
