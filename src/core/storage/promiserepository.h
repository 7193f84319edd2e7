// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/domain/promise.h"
#include "core/storage/database.h"

#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Promises to pay (promises, promise_invoices). A promise-to-pay note makes, amends and
/// cancels them (audited as that note); the evaluation stores the status the rule derives from
/// payments, which is not a user's change and is not audited. Callers own the write transaction.
class PromiseRepository
{
public:
    /// A promise as stored, with what the listing shows of its client and clerk.
    struct Stored
    {
        qint64 id = 0;
        qint64 clientId = 0;
        QString clientCode;
        QString clientName;
        qint64 noteId = 0;
        qint64 clerkId = 0; ///< the note's author, else who created the promise
        PromiseTerms terms; ///< madeOn: the day of the note's conversation, else its creation
        PromiseStatus status = PromiseStatus::Open;
    };

    /// On this thread's connection of `db`.
    explicit PromiseRepository(const Database &db)
        : m_db(db.connection())
    { }
    /// On a connection another storage query holds.
    explicit PromiseRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// An open promise made by `note` (its client, author and time) on `terms` (amount,
    /// currency, promised date, invoices). Returns its id.
    Result<qint64> createFromNote(const Note &note, const PromiseTerms &terms);
    /// New amount, currency and date of the note's open promise (the note was amended).
    Result<void> amendFromNote(qint64 noteId, const PromiseTerms &terms);
    /// Cancels the note's open promise (the note was deleted).
    Result<void> cancelFromNote(qint64 noteId);
    /// Promises not cancelled of a client (0: all), newest promised date first. With a valid
    /// `changeableSince`, only open ones and those promised on or after it.
    Result<QList<Stored>> list(qint64 clientId, const QDate &changeableSince = {}) const;
    /// A promise's client and terms: what the promise rule needs, nothing to show.
    struct Terms
    {
        qint64 id = 0;
        qint64 clientId = 0;
        PromiseTerms terms; ///< madeOn: the day of the note's conversation, else its creation
    };
    /// The terms of the promises not cancelled whose promised date is in [from, upTo] (the
    /// KPIs' period), through the promised-date index, in no particular order. Reads only what
    /// the rule needs (the conversation's instant is stored with the promise, made_at).
    Result<QList<Terms>> termsPromisedBetween(const QDate &from, const QDate &upTo) const;
    /// The terms of the promises (`p`) that `condition` holds for, in no particular order — for
    /// the storage queries that judge promises (the KPIs, the chase facts). `binds` are the
    /// condition's.
    Result<QList<Terms>> terms(const QString &condition, const QVariantList &binds) const;
    /// Stores what the rule decided when it differs from the row; returns whether it did.
    Result<bool> storeOutcome(qint64 promiseId, const PromiseOutcome &outcome);

private:
    Result<QList<Stored>> select(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
};

} // namespace ardesk
