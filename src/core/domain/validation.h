// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QDate>

/// Field checks shared by the domain types; each error names the field and the value.
namespace ardesk::validation {

/// The translation context of the field checks' messages.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

Result<void> requireText(const QString &field, const QString &value, int maxLength);
/// C0 and C1 controls, DEL and the Unicode line and paragraph separators (U+2028, U+2029) are
/// refused (they break headers, CSV, logs and terminals); `allowNewlines` lets a multi-line text
/// keep CR, LF, tab and the two separators.
Result<void> noControlChars(const QString &field, const QString &value, bool allowNewlines = false);
/// A plausible calendar date for business records: 1990-01-01 … 2100-12-31.
Result<void> businessDate(const QString &field, const QDate &value);
/// An ISO 4217 currency code: "currency: missing" when empty, else the unknown code named.
Result<void> currencyCode(const QString &field, const QString &value);
/// A conservative e-mail address check: local@domain, RFC 5321 lengths, no controls.
Result<void> emailAddress(const QString &field, const QString &value);

} // namespace ardesk::validation
