// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/queuepriority.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// The Today queue of one user: every client needing action on a date, each row with the
/// reasons it is there and its priority score (docs/workflow.md). A client is the user's when
/// the user is its assigned clerk; a task owned by the user brings its client in as well.
///
/// Reasons (kind → when):
///   follow_up / call / escalation / review / task — an open task of the user due (not snoozed)
///   reminder_call    — an open call task a reminder policy created, due
///   promise_due      — an open promise whose date is today
///   promise_broken   — a promise broken or partly kept, no contact since its deadline passed
///   dispute          — an open dispute the user owns
///   new_overdue      — an invoice that fell due in the last 3 days
///   step_due         — a reminder step due that needs a person (call, escalation, legal
///                      review, credit hold, an e-mail or statement not sent yet), by the
///                      reminder run's own rules (StepDecision: policy, days late, reminder log,
///                      holds) with no run needed; once a run took it, its task is the reason
///   plan_missed      — a payment-plan installment missed, no contact since
///   call_not_logged  — a call the user dialled from the window (call_attempts) with no call
///                      note of theirs for the client at or after it, not dismissed
///   email_unknown    — an e-mail the user queued whose delivery is unknown (sending was
///                      interrupted): mark it sent after checking, or send it again
///   unassigned       — (managers and admins) a live client owing something, with no clerk
/// Ordered by score (descending), then amount overdue. Reads only, on the caller's connection;
/// a few set-based queries (no query per client): the clerk's overdue invoices with their
/// chase facts (ChaseFactsQuery::loadForClerk) are the largest part.
class TodayQueue
{
public:
    struct Reason
    {
        QString kind;
        QString text;
        qint64 refId = 0; ///< the task, promise, dispute, invoice, plan or call attempt
    };
    struct Row
    {
        qint64 clientId = 0;
        QString code;
        QString name;
        QString currency;
        QList<Reason> reasons;
        PriorityScore score;
        qint64 overdueMinor = 0; ///< in the client's currency, as of the date
        int oldestDaysLate = 0;
        QDateTime lastContact; ///< the last touch, automatic e-mails included; invalid: never
        /// The last conversation (Note::isConversation: a meeting, a call that reached
        /// someone, anything inbound); invalid: never.
        QDateTime lastConversation;
        /// Company days from lastConversation to the date (what the priority counts); -1: never
        int daysSinceContact = -1;
        int daysSinceTouch = -1; ///< company days from lastContact to the date; -1: never
        int brokenPromises = 0; ///< broken or partly kept in the last 90 days
        bool overCreditLimit = false;
    };

    /// Works on the calling thread's connection to `db`; `db` must outlive the queue.
    explicit TodayQueue(const Database &db)
        : m_db(db.connection())
        , m_database(&db)
    { }
    /// On `db` alone: the SMTP settings are not read, so e-mail counts as not set up (no
    /// e-mail step is due for a person).
    explicit TodayQueue(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Result<QList<Row>> forUser(qint64 userId, const QDate &asOf) const;

    /// The setting `workflow.priority_weights` (JSON), else the default weights.
    static Result<PriorityWeights> weights(const QSqlDatabase &db);
    static constexpr int kNewOverdueDays = 3;
    static constexpr int kPromiseLookbackDays = 90;

private:
    QSqlDatabase m_db;
    const Database *m_database = nullptr; ///< for the SMTP settings (e-mail steps)

    Q_DECLARE_TR_FUNCTIONS(TodayQueue)
};

} // namespace ardesk
