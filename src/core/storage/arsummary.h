// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace ardesk {

/// Keeps the per-client AR summary (balance, overdue, open invoices, oldest open due date, last
/// touch and last conversation, next contact) current, so the client list never recomputes
/// from the ledger. Every method runs inside the caller's transaction.
class ArSummary
{
public:
    /// On this thread's connection of `db`.
    explicit ArSummary(const Database &db)
        : ArSummary(db.connection())
    { }
    explicit ArSummary(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Recompute one client (after an invoice, payment or note change).
    Result<void> refreshClient(qint64 clientId, const QDate &asOf);
    /// Recompute one client at workingDate() (what a change to its ledger needs).
    Result<void> refreshClient(qint64 clientId) { return refreshClient(clientId, workingDate()); }
    /// What a note is for the client's last-contact facts (Note::isConversation).
    enum class Contact {
        Touch, ///< any note: last touch only (an automatic e-mail, a voicemail)
        Conversation, ///< a real exchange: last touch and last conversation
    };
    /// After a note was added to the client: when it is the newest contact (the usual case, a
    /// call logged as it happens) only its last touch (and, for a conversation, its last
    /// conversation) moves to the note; a note dated before them recomputes the client.
    Result<void> noteAdded(qint64 clientId, const QDateTime &occurredAt, Contact kind,
                           const QDate &asOf);
    /// The SQL condition that a note revision, the table alias `revision`, is a conversation
    /// (the rule of Note::isConversation).
    static QString conversationCondition(const QString &revision);
    /// After the client's tasks changed: its next contact is the earliest open follow-up or call
    /// task (snoozed ones at their snoozed-until date), never a note's date on its own.
    Result<void> tasksChanged(qint64 clientId);
    /// Recompute every client's last conversation from its notes (after a bulk load that wrote
    /// the summary rows itself).
    Result<void> refreshConversations();
    /// Recompute every client (after a bulk load).
    Result<void> rebuildAll(const QDate &asOf);
    /// Move the "as of" date forward: only clients with open invoices that became due since the
    /// last refresh are recomputed. Returns how many clients changed.
    Result<int> advanceTo(const QDate &asOf);
    /// The date the summary's overdue figures are as of (invalid before the first refresh).
    Result<QDate> asOf() const;
    /// The date a refresh uses: the stored as-of date (the summary stays at its own date; it is
    /// moved forward when a file is opened), or today by the file's clock before the first one.
    QDate workingDate() const;

private:
    enum class Scope { Some, All };
    /// Recomputes the clients `filter` selects: a condition on the column `%1` (a client id),
    /// with `binds` for its placeholders.
    Result<void> recompute(Scope scope, const QString &filter, const QVariantList &binds,
                           const QDate &asOf);
    QSqlDatabase m_db;
};

} // namespace ardesk
