// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace ardesk {

/// A call dialled from the window (table call_attempts): who dialled whom, when. It stays "not
/// logged" until the user who dialled logs a call note for the client at or after the dial
/// time (the minute counts: a note's time is to the minute), or says no call took place.
struct CallAttempt
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 contactId = 0; ///< 0: none (the contact was removed since)
    QString contactName;
    qint64 userId = 0;
    QString number; ///< E.164
    QString extension;
    QDateTime dialledAt; ///< UTC
    qint64 loggedNoteId = 0; ///< the call note that logged it (0: none known)
    QDateTime dismissedAt; ///< invalid: not dismissed
};

} // namespace ardesk
