// SPDX-License-Identifier: MIT
#include "core/domain/contact.h"

#include "core/domain/validation.h"

#include <QCoreApplication>

namespace ardesk {
QString toString(PreferredChannel channel)
{
    switch (channel) {
    case PreferredChannel::Any:
        return QStringLiteral("any");
    case PreferredChannel::Email:
        return QStringLiteral("email");
    case PreferredChannel::Phone:
        return QStringLiteral("phone");
    case PreferredChannel::Text:
        return QStringLiteral("text");
    case PreferredChannel::Letter:
        return QStringLiteral("letter");
    }
    return QString();
}

std::optional<PreferredChannel> preferredChannelFromString(QStringView key)
{
    for (auto c : {PreferredChannel::Any, PreferredChannel::Email, PreferredChannel::Phone,
                   PreferredChannel::Text, PreferredChannel::Letter}) {
        if (key == toString(c))
            return c;
    }
    return std::nullopt;
}

Result<void> Contact::validate() const
{
    if (auto r = validation::requireText(tr("contact name"), name, 200); !r)
        return r;
    if (auto r = validation::noControlChars(tr("contact name"), name); !r)
        return r;
    if (auto r = validation::noControlChars(tr("role"), role); !r)
        return r;
    if (!email.isEmpty()) {
        if (auto r = validation::emailAddress(tr("email"), email); !r)
            return r;
    }
    for (const Phone &p : phones) {
        if (auto r = validation::noControlChars(tr("phone"), p.raw); !r)
            return r;
        if (p.raw.trimmed().isEmpty() && p.e164.isEmpty())
            return makeError(ErrorCode::InvalidValue, tr("phone: is empty"));
        if (!p.e164.isEmpty() && (!p.e164.startsWith(u'+') || p.e164.size() > 16))
            return makeError(ErrorCode::InvalidValue,
                             tr("phone: \"%1\" is not an E.164 number").arg(p.e164));
    }
    return {};
}

} // namespace ardesk
