// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ardesk {

/// A note being written and not saved yet: what the note composer holds, kept per client and
/// user so that switching client, quitting or opening another file loses nothing. Not part of
/// the record (no revision, chain link, audit or search row): it is replaced while the clerk
/// types and deleted when the note is saved or the draft discarded.
struct NoteDraft
{
    Q_DECLARE_TR_FUNCTIONS(NoteDraft)

public:
    qint64 clientId = 0;
    qint64 userId = 0; ///< whose draft it is: every user has their own per client
    QDateTime savedAt; ///< when it was last kept (UTC); set by NoteDraftRepository::store

    // What was entered (stored as JSON, see toJson()).
    qint64 amendNoteId = 0; ///< a new revision of this note is being written (0: a new note)
    int amendRevision = 0; ///< the revision the edit started from (its conflict check)
    NoteChannel channel = NoteChannel::Call;
    NoteDirection direction = NoteDirection::Outbound;
    qint64 contactId = 0; ///< 0 when typed rather than picked
    QString contactName;
    QDateTime occurredAt; ///< set by the user (UTC); invalid: the note takes the time it is saved
    NoteOutcome outcome = NoteOutcome::None;
    QString text;
    QString templateKey;
    QMap<QString, QString> fields; ///< template field key → the text typed
    QList<qint64> invoiceIds;
    QDate nextContactDate;
    bool noFollowUpNeeded = false;
    QStringList attachFiles; ///< paths of files chosen to attach

    /// Nothing the user would miss: no text, field value, outcome, linked invoice, follow-up
    /// choice, time or attachment, and no note being edited. The channel and contact alone (as
    /// "Log a call" fills them in) are not worth keeping.
    bool isEmpty() const;

    /// What was entered, as a JSON object (compact UTF-8). The keys are the draft's contract
    /// with files written by other versions: unknown keys are ignored when read.
    QByteArray toJson() const;
    /// Reads what toJson() wrote into the content fields (clientId, userId and savedAt are
    /// left as they are). Refused when `json` is not a JSON object.
    static Result<NoteDraft> fromJson(const QByteArray &json);

    friend bool operator==(const NoteDraft &, const NoteDraft &) = default;
};

} // namespace ardesk
