// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace ardesk {

/// Which call script fits an account's situation, and how its {{placeholders}} are filled.
/// Scripts are editable templates (kind call_script); this decides which one is shown.
class CallScript
{
public:
    /// What the caller knows about the account when the call starts.
    struct Situation
    {
        int oldestDaysPastDue = 0;
        bool hasBrokenPromise = false; ///< a promise to pay whose date passed unpaid
    };
    /// Days past due from which the final-notice script is used.
    static constexpr int kFinalNoticeDays = 45;

    /// "call-broken-promise" when a promise was broken (it is named first in the next contact),
    /// "call-final-notice" from kFinalNoticeDays past due, otherwise "call-first-reminder".
    /// (Template keys are unique across kinds: the e-mail "final-notice" is another template.)
    static QString keyFor(const Situation &situation);
    /// Replaces each {{name}} with its value, once (a value is never expanded again). A name
    /// without a value is shown as "[name?]" so the caller sees what is unknown.
    static QString render(const QString &script, const QHash<QString, QString> &values);
};

} // namespace ardesk
