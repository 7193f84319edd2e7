// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace ardesk {

enum class NoteChannel { Call, Email, Text, Meeting, Letter, Internal };
enum class NoteDirection { Outbound, Inbound };
enum class NoteOutcome {
    None,
    Reached,
    LeftVoicemail,
    NoAnswer,
    WrongNumber,
    Refused,
    Promised,
    Disputed,
    Other
};

QString toString(NoteChannel channel);
QString toString(NoteDirection direction);
QString toString(NoteOutcome outcome);
std::optional<NoteChannel> noteChannelFromString(QStringView key);
std::optional<NoteDirection> noteDirectionFromString(QStringView key);
std::optional<NoteOutcome> noteOutcomeFromString(QStringView key);
QString displayName(NoteChannel channel);
QString displayName(NoteOutcome outcome);

/// One revision of an interaction note: what was said, with whom, when, and what comes next.
/// The record is append-only: an edit is a new revision of the same note id.
struct Note
{
    qint64 id = 0; ///< the note (stable across revisions)
    qint64 revisionId = 0;
    int revision = 1;
    qint64 clientId = 0;
    NoteChannel channel = NoteChannel::Call;
    NoteDirection direction = NoteDirection::Outbound;
    qint64 contactId = 0; ///< 0 when typed rather than picked
    QString contactName;
    QDateTime occurredAt; ///< when it happened (editable, UTC)
    QDateTime recordedAt; ///< when it was saved (system UTC, never editable)
    qint64 authorId = 0;
    NoteOutcome outcome = NoteOutcome::None;
    QString text;
    QDate nextContactDate;
    bool noFollowUpNeeded = false;
    QList<qint64> invoiceIds;
    QString templateKey; ///< the note template of the structured fields (empty: none)
    QJsonObject fields; ///< structured template fields (see NoteTemplate)

    /// Whether the text may be empty (a note that only carries attachments).
    enum class TextRule { Required, Optional };
    /// A call, text or meeting needs an outcome and a next step (a date or "no follow-up").
    Result<void> validate(TextRule textRule = TextRule::Required) const;

    /// Whether the note records a real exchange with the client — a meeting, a call that
    /// reached someone (any outcome but voicemail, no answer and wrong number), anything
    /// inbound — which "last conversation" counts. Automatic e-mails, voicemails, unanswered
    /// calls, letters sent and internal notes are touches only. Mirrored in SQL by
    /// ArSummary::conversationCondition.
    bool isConversation() const;

    Q_DECLARE_TR_FUNCTIONS(Note)
};

} // namespace ardesk
