// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

/// How ARDesk shows a calendar date or a time to a person: one format everywhere (window, CLI
/// text output), taken from the company's locale (CompanySettings::locale).
///
/// The format is the locale's short date with the year written out in four digits: "12/11/2026"
/// for en_US, "11.12.2026" for de_DE, "11/12/2026" for en_GB. The locale decides the order of
/// day and month, so a clerk reads the dates of their country; the four-digit year keeps a
/// ledger that spans decades unambiguous and lets a date editor use the same pattern. Stored
/// dates, JSON and CSV stay ISO 8601 (timeutil); e-mails spell dates out for the customer.
namespace ardesk::dateformat {

/// The pattern of a date ("M/d/yyyy" for en_US): what date() writes and what date editors
/// (QDateEdit::setDisplayFormat) show and read.
QString datePattern(const QLocale &company);
/// The pattern of a date and time: datePattern() and the locale's short time ("M/d/yyyy h:mm AP").
QString dateTimePattern(const QLocale &company);

/// `day` in datePattern(); empty for an invalid date.
QString date(const QLocale &company, const QDate &day);
/// A date a person typed: in datePattern() ("12/11/2026" for en_US) or ISO 8601 ("2026-12-11"),
/// surrounding blanks ignored; an invalid QDate when it is neither.
QDate parseDate(const QLocale &company, const QString &text);
/// `instant` in dateTimePattern(), in the time spec it carries (convert it to the zone the
/// reader expects first); empty for an invalid instant.
QString dateTime(const QLocale &company, const QDateTime &instant);
/// `instant` as a clock in `zone` shows it, with the zone named: "12/4/2026 6:30 PM PST"
/// (its abbreviation, or its UTC offset when it has none; as timeutil::displayIn); empty for an
/// invalid instant. For text read away from the window (the CLI), where the reader's zone cannot be
/// assumed.
QString dateTimeIn(const QLocale &company, const QDateTime &instant, const QTimeZone &zone);

} // namespace ardesk::dateformat
