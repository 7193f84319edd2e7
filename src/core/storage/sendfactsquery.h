// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/sendguard.h"
#include "core/storage/database.h"
#include "core/support/result.h"
#include "core/support/timeutil.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace ardesk {

/// Reads the SendFacts of one client for the guard rules every send obeys (SendGuard): the
/// overdue invoices with the reminder run's facts (ChaseFactsQuery), the open balance, the
/// disputed open invoices, the client's pause and do-not-contact, and from the outbox the
/// e-mails of the last 7 days (not cancelled) and whether `templateKey` went out since the start
/// of the company day. Read-only, on the caller's connection and thread.
class SendFactsQuery
{
public:
    /// The e-mails of one client that the contact cap counts.
    struct RecentMail
    {
        int lastWeek = 0; ///< queued or sent (not cancelled) in the last 7 days
        QSet<QString> templatesToday; ///< the templates among them since the company day began
    };

    /// On this thread's connection of `db`; its clock says what "now" is.
    explicit SendFactsQuery(const Database &db)
        : m_db(db.connection())
        , m_now(db.clock()->now())
        , m_dayStart(timeutil::startOfDay(db.today(), db.timeZone()))
    { }

    /// The facts for a message from `templateKey` to `clientId` on `asOf`.
    Result<SendFacts> load(qint64 clientId, const QDate &asOf, const QString &templateKey) const;
    /// The recent e-mails of each of `clientIds` (set-based, for the reminder run); a client
    /// with none is not in the answer.
    Result<QHash<qint64, RecentMail>> recentMail(const QList<qint64> &clientIds) const;

private:
    Result<void> loadInvoices(SendFacts &facts, qint64 clientId) const;
    Result<void> loadClient(SendFacts &facts, qint64 clientId) const;
    Result<void> loadOutbox(SendFacts &facts, qint64 clientId, const QString &templateKey) const;

    QSqlDatabase m_db;
    QDateTime m_now;
    QDateTime m_dayStart;
};

} // namespace ardesk
