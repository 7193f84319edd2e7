// SPDX-License-Identifier: MIT
#pragma once

class QDateTimeEdit;

namespace ardesk {

/// Lets Tab and Shift+Tab leave `edit` while it shows its special value ("Any"): Qt 6.4's
/// QDateTimeEdit swallows Tab there, a keyboard trap (found by tst_accessibility's Tab walk).
/// The filter is a child of `edit`.
void letTabLeave(QDateTimeEdit *edit);

} // namespace ardesk
