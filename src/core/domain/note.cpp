// SPDX-License-Identifier: MIT
#include "core/domain/note.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace ardesk {
namespace {
template<typename E, size_t N>
std::optional<E> lookup(QStringView key, const E (&values)[N])
{
    for (E v : values) {
        if (key == toString(v))
            return v;
    }
    return std::nullopt;
}

constexpr NoteChannel kChannels[]
        = {NoteChannel::Call,    NoteChannel::Email,  NoteChannel::Text,
           NoteChannel::Meeting, NoteChannel::Letter, NoteChannel::Internal};
constexpr NoteOutcome kOutcomes[]
        = {NoteOutcome::None,     NoteOutcome::Reached,     NoteOutcome::LeftVoicemail,
           NoteOutcome::NoAnswer, NoteOutcome::WrongNumber, NoteOutcome::Refused,
           NoteOutcome::Promised, NoteOutcome::Disputed,    NoteOutcome::Other};
constexpr NoteDirection kDirections[] = {NoteDirection::Outbound, NoteDirection::Inbound};
} // namespace

QString toString(NoteChannel channel)
{
    switch (channel) {
    case NoteChannel::Call:
        return QStringLiteral("call");
    case NoteChannel::Email:
        return QStringLiteral("email");
    case NoteChannel::Text:
        return QStringLiteral("text");
    case NoteChannel::Meeting:
        return QStringLiteral("meeting");
    case NoteChannel::Letter:
        return QStringLiteral("letter");
    case NoteChannel::Internal:
        return QStringLiteral("internal");
    }
    return QString();
}

QString toString(NoteDirection direction)
{
    return direction == NoteDirection::Inbound ? QStringLiteral("in") : QStringLiteral("out");
}

QString toString(NoteOutcome outcome)
{
    switch (outcome) {
    case NoteOutcome::None:
        return QStringLiteral("none");
    case NoteOutcome::Reached:
        return QStringLiteral("reached");
    case NoteOutcome::LeftVoicemail:
        return QStringLiteral("left_voicemail");
    case NoteOutcome::NoAnswer:
        return QStringLiteral("no_answer");
    case NoteOutcome::WrongNumber:
        return QStringLiteral("wrong_number");
    case NoteOutcome::Refused:
        return QStringLiteral("refused");
    case NoteOutcome::Promised:
        return QStringLiteral("promised");
    case NoteOutcome::Disputed:
        return QStringLiteral("disputed");
    case NoteOutcome::Other:
        return QStringLiteral("other");
    }
    return QString();
}

std::optional<NoteChannel> noteChannelFromString(QStringView key)
{
    return lookup(key, kChannels);
}
std::optional<NoteDirection> noteDirectionFromString(QStringView key)
{
    return lookup(key, kDirections);
}
std::optional<NoteOutcome> noteOutcomeFromString(QStringView key)
{
    return lookup(key, kOutcomes);
}

QString displayName(NoteChannel channel)
{
    switch (channel) {
    case NoteChannel::Call:
        return Note::tr("Call");
    case NoteChannel::Email:
        return Note::tr("Email");
    case NoteChannel::Text:
        return Note::tr("Text");
    case NoteChannel::Meeting:
        return Note::tr("Meeting");
    case NoteChannel::Letter:
        return Note::tr("Letter");
    case NoteChannel::Internal:
        return Note::tr("Internal");
    }
    return QString();
}

QString displayName(NoteOutcome outcome)
{
    switch (outcome) {
    case NoteOutcome::None:
        return QString();
    case NoteOutcome::Reached:
        return Note::tr("Reached");
    case NoteOutcome::LeftVoicemail:
        return Note::tr("Left voicemail");
    case NoteOutcome::NoAnswer:
        return Note::tr("No answer");
    case NoteOutcome::WrongNumber:
        return Note::tr("Wrong number");
    case NoteOutcome::Refused:
        return Note::tr("Refused");
    case NoteOutcome::Promised:
        return Note::tr("Promised");
    case NoteOutcome::Disputed:
        return Note::tr("Disputed");
    case NoteOutcome::Other:
        return Note::tr("Other");
    }
    return QString();
}

Result<void> Note::validate(TextRule textRule) const
{
    if (clientId <= 0)
        return makeError(ErrorCode::InvalidValue, tr("client: a note belongs to a client"));
    if (textRule == TextRule::Required && text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("text: is required"));
    if (text.size() > 100000)
        return makeError(ErrorCode::InvalidValue, tr("text: longer than 100,000 characters"));
    if (auto r = validation::noControlChars(tr("text"), text, true); !r)
        return r;
    if (auto r = validation::noControlChars(tr("contact"), contactName); !r)
        return r;
    if (!occurredAt.isValid())
        return makeError(ErrorCode::InvalidValue, tr("occurred at: is required"));
    const bool conversation = channel == NoteChannel::Call || channel == NoteChannel::Text
            || channel == NoteChannel::Meeting;
    if (conversation && outcome == NoteOutcome::None && !nextContactDate.isValid()
        && !noFollowUpNeeded)
        return makeError(ErrorCode::InvalidValue,
                         tr("outcome and next contact: a %1 note needs an outcome, and a next "
                            "contact date or \"no follow-up needed\"")
                                 .arg(displayName(channel)));
    if (conversation && outcome == NoteOutcome::None)
        return makeError(ErrorCode::InvalidValue,
                         tr("outcome: a %1 note needs an outcome").arg(displayName(channel)));
    if (conversation && !nextContactDate.isValid() && !noFollowUpNeeded)
        return makeError(ErrorCode::InvalidValue,
                         tr("next contact: set a date or choose \"no follow-up needed\""));
    if (nextContactDate.isValid()) {
        if (auto r = validation::businessDate(tr("next contact"), nextContactDate); !r)
            return r;
    }
    return {};
}

bool Note::isConversation() const
{
    if (channel == NoteChannel::Internal)
        return false;
    if (channel == NoteChannel::Meeting || direction == NoteDirection::Inbound)
        return true;
    if (channel != NoteChannel::Call)
        return false;
    switch (outcome) {
    case NoteOutcome::LeftVoicemail:
    case NoteOutcome::NoAnswer:
    case NoteOutcome::WrongNumber:
        return false; // dialled, nobody spoken to
    case NoteOutcome::None:
    case NoteOutcome::Reached:
    case NoteOutcome::Refused:
    case NoteOutcome::Promised:
    case NoteOutcome::Disputed:
    case NoteOutcome::Other:
        return true;
    }
    return false;
}

} // namespace ardesk
