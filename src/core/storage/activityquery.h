// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Reads all client activity company-wide: every note (its newest revision; deleted notes left
/// out) by every clerk, newest first, in pages, and per-clerk totals. A sent e-mail is in it as
/// the e-mail note ARDesk writes when the server takes the message. Filters: clerk (the author of
/// the note's newest revision), channel, client and company days. Reads only; safe on a worker
/// thread with that thread's connection. Who may read it is ReportService's business.
class ActivityQuery
{
    Q_DECLARE_TR_FUNCTIONS(ActivityQuery)

public:
    struct Spec
    {
        qint64 authorId = 0; ///< 0: every clerk
        qint64 clientId = 0; ///< 0: every client
        std::optional<NoteChannel> channel; ///< empty: every channel
        QDate since; ///< first company day included; invalid: from the start
        QDate until; ///< last company day included; invalid: up to now
        int limit = 200; ///< rows per page, 1–10000
        int offset = 0;
    };
    /// One note as the activity lists it.
    struct Entry
    {
        qint64 noteId = 0;
        qint64 clientId = 0;
        QString clientCode;
        QString clientName;
        QDateTime occurredAt; ///< UTC
        NoteChannel channel = NoteChannel::Internal;
        NoteDirection direction = NoteDirection::Outbound;
        NoteOutcome outcome = NoteOutcome::None;
        qint64 authorId = 0;
        QString authorName; ///< empty when the note has no author
        QString contactName;
        QString summary; ///< the first line of the text, at most 120 characters
    };
    /// What one clerk did in the filter's range.
    struct ClerkTotals
    {
        qint64 userId = 0; ///< 0: notes without an author
        QString userName;
        int calls = 0;
        int emails = 0;
        int texts = 0;
        int notes = 0; ///< every note, whatever the channel
        int promisesMade = 0; ///< promises (not cancelled) recorded in the range
        int promisesKept = 0; ///< of those, the ones judged kept
    };

    /// On this thread's connection of `db`; days are the company's (Database::timeZone()).
    explicit ActivityQuery(const Database &db)
        : m_db(db.connection())
    { }
    explicit ActivityQuery(const QSqlDatabase &db)
        : m_db(db)
    { }

    /// One page of notes matching `spec`, newest first (ties: newest note first). A bad spec
    /// (limit out of range, negative offset, until before since) is refused naming the field.
    Result<QList<Entry>> page(const Spec &spec) const;
    /// Totals per clerk over everything `spec` matches (its limit and offset ignored), sorted by
    /// user name.
    Result<QList<ClerkTotals>> totals(const Spec &spec) const;
    /// totals() of each week starting on `mondays` (ascending, 7 days apart: the dashboard's
    /// weeks, no other filter), from one pass over the notes and one over the promises. An
    /// empty list gives an empty one.
    Result<QList<QList<ClerkTotals>>> totalsByWeek(const QList<QDate> &mondays) const;

private:
    Result<void> checkSpec(const Spec &spec) const;

    QSqlDatabase m_db;
};

} // namespace ardesk
