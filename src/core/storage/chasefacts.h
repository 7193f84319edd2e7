// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dunning.h"
#include "core/domain/paymentplan.h"
#include "core/domain/promise.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <functional>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Reads what the reminder rules need about overdue invoices: the ChaseFacts of each invoice
/// (disputes, pauses, promises, payment plans, contacts), the policy steps already recorded in
/// reminder_log, and the client's policy, clerk and credit hold. Set-based (a handful of queries
/// for any number of clients), read-only; runs on the caller's connection and thread.
///
/// Rules for the facts:
/// - disputed: the invoice's disputed flag or an open dispute row;
/// - invoice / client pause: the latest `invoice_pauses.until_date` / `clients.paused_until`;
/// - open promise: a promise not cancelled, not kept as of the date (evaluated from payments),
///   naming the invoice in promise_invoices, or naming no invoice (client-wide); the deadline is
///   the promised date + `workflow.promise_grace_days`;
/// - payment plan: an active plan naming the invoice (or none: client-wide) with no installment
///   missed as of the date (same grace days);
/// - do-not-contact: the client has contacts and every one of them is marked do-not-contact.
///   A client with no contact at all is not "do not contact": it has no address;
/// - e-mail / phone: a contact not marked do-not-contact with an e-mail containing '@' / a
///   phone number that parsed (E.164).
class ChaseFactsQuery
{
public:
    /// One reminder_log row.
    struct LogEntry
    {
        qint64 stepId = 0;
        QDate runDate;
        QString outcome; ///< 'queued', 'task', 'hold', 'superseded', 'skipped:<hold>'
        qint64 outboxId = 0;
        qint64 taskId = 0;
    };
    struct Invoice
    {
        qint64 id = 0;
        QString number;
        QDate dueDate;
        qint64 balanceMinor = 0;
        QString currency;
        ChaseFacts facts;
        QList<LogEntry> log;
        QSet<qint64> doneStepIds() const;
    };
    struct Client
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString segment;
        QString currency;
        qint64 policyId = 0; ///< clients.policy_id (0: by segment, else the default)
        qint64 clerkId = 0;
        bool creditHold = false;
        QDate pausedUntil; ///< clients.paused_until: every invoice's clientPausedUntil
        /// Overdue on the date (or due within the look-ahead), oldest due first.
        QList<Invoice> invoices;
        QList<qint64> missedPlanIds; ///< active plans with an installment missed
    };

    /// On this thread's connection of `db`.
    ChaseFactsQuery(const Database &db, int graceDays)
        : ChaseFactsQuery(db.connection(), graceDays)
    { }
    ChaseFactsQuery(QSqlDatabase db, int graceDays)
        : m_db(std::move(db))
        , m_graceDays(graceDays)
    { }

    /// Clients with invoices overdue on `asOf` (balance > 0, due before `asOf`, client not
    /// archived), restricted to `clientIds` when not empty; by client code. With
    /// `lookAheadDays` > 0 invoices falling due in the next that many days come too (the
    /// pre-due steps of a policy, e.g. a courtesy reminder 3 days before the due date).
    Result<QList<Client>> load(const QDate &asOf, const QList<qint64> &clientIds = {},
                               int lookAheadDays = 0) const;
    /// The same for the live clients whose assigned clerk is `clerkId` (the Today queue's, and a
    /// clerk's reminder run). `clientsFound`, when given, is called with the ids of the clients
    /// as soon as their invoices are read, before the rest of their facts (the Today queue reads
    /// the clients' own figures meanwhile).
    Result<QList<Client>> loadForClerk(
            const QDate &asOf, qint64 clerkId, int lookAheadDays = 0,
            const std::function<void(const QList<qint64> &)> &clientsFound = {}) const;

    /// Payments (not voided) of these clients dated on or after `from` (and on or before a valid
    /// `upTo`), with their allocations, by client id.
    static Result<QHash<qint64, QList<ReceivedPayment>>> receivedPayments(
            const QSqlDatabase &db, const QList<qint64> &clientIds, const QDate &from,
            const QDate &upTo = {});
    static Result<QHash<qint64, QList<ReceivedPayment>>> receivedPayments(
            const Database &db, const QList<qint64> &clientIds, const QDate &from,
            const QDate &upTo = {})
    {
        return receivedPayments(db.connection(), clientIds, from, upTo);
    }
    /// The setting `workflow.promise_grace_days` (default 2, 0–60).
    static Result<int> graceDays(const QSqlDatabase &db);
    static Result<int> graceDays(const Database &db) { return graceDays(db.connection()); }
    /// A JSON array of ids, for `IN (SELECT value FROM json_each(?))`.
    static QString idArray(const QList<qint64> &ids);

    /// A payment plan as the installment rule sees it.
    struct Plan
    {
        qint64 id = 0;
        qint64 clientId = 0;
        QString currency;
        QDate start; ///< the day it was agreed (its note), else its creation
        QList<PlanInstallment> installments;
        QList<qint64> invoiceIds;
    };
    /// The plans `fromWhere` selects (a FROM … WHERE tail naming payment_plans as `pp`) that
    /// were agreed by `asOf`, with installments and invoices; `earliest` is lowered to the
    /// earliest start (where payments must be read from).
    static Result<QList<Plan>> loadPlans(const QSqlDatabase &db, const QString &fromWhere,
                                         const QVariantList &binds, const QDate &asOf,
                                         QDate &earliest);
    /// The (date, amount) of a client's payments that count towards a plan: in its currency,
    /// since it started, allocated to its invoices when it names any.
    static QList<QPair<QDate, qint64>> paymentsTowardPlan(const Plan &plan,
                                                          const QList<ReceivedPayment> &payments);

private:
    QSqlDatabase m_db;
    int m_graceDays = 2;

    // The context its messages always had, so catalogues keep their keys.
    Q_DECLARE_TR_FUNCTIONS(ChaseFacts)
};

} // namespace ardesk
