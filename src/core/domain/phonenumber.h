// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"

#include <QString>

namespace ardesk {

/// Phone numbers as people type them → E.164, with libphonenumber (kept out of this header).
///
/// A number libphonenumber accepts as valid for its region gets `e164` ("+12127341234") and
/// its `extension` ("x204", "ext. 204", "#204", …). Anything else — too short, not a number
/// of any region, plain text — is kept as typed with `e164` empty: Phone::isValid() is false
/// and the number is shown but never dialled. That is not an error.
class PhoneNumberParser
{
public:
    /// `raw` (trimmed) read as a number of `defaultRegion` (ISO 3166 alpha-2, e.g. a client's
    /// country; "US" when empty) unless it starts with "+" and a country code.
    static Phone parse(const QString &raw, const QString &defaultRegion, const QString &label = {});
    /// The region numbers without a country code are read in: `country` upper-cased, or "US".
    static QString defaultRegion(const QString &country);
};

} // namespace ardesk
