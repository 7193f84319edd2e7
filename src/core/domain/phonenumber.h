// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"

#include <QCoreApplication>
#include <QString>

namespace ardesk {

/// Phone numbers as people type them → E.164, and back as people read them, with libphonenumber
/// (kept out of this header).
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

    /// How the window and the CLI show `phone` to someone working the account of a client in
    /// `country` (ISO 3166 alpha-2; "US" when empty): national format when the number has that
    /// country's calling code ("(503) 758-2951"), international otherwise ("+44 20 7946 0958"),
    /// then " ext. 204". A number that is not valid is shown as typed. Dialling (tel:) and
    /// storage keep E.164.
    static QString display(const Phone &phone, const QString &country);

    Q_DECLARE_TR_FUNCTIONS(PhoneNumberParser)
};

} // namespace ardesk
