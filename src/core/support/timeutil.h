// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

/// How dates and times are written to the company file: calendar dates as 'YYYY-MM-DD',
/// instants as UTC 'YYYY-MM-DDTHH:MM:SS.zzzZ' (text that sorts in time order).
namespace ardesk::timeutil {

QString toStorage(const QDate &date); ///< empty for an invalid date
QString toStorage(const QDateTime &instant); ///< converted to UTC; empty for invalid
QDate dateFromStorage(const QString &text);
QDateTime instantFromStorage(const QString &text); ///< UTC

/// The IANA id of this machine's time zone ("UTC" when the system names none ARDesk knows).
QString systemZoneId();
/// The calendar date of `instant` in `zone` (a note's UTC time as the company's date).
QDate dateIn(const QDateTime &instant, const QTimeZone &zone);
/// The first instant of `day` in `zone`, in UTC (a company day's bounds in the stored times).
QDateTime startOfDay(const QDate &day, const QTimeZone &zone);
/// `instant` as a person reads it in `zone`: "2026-12-04 18:30 PST" (the zone's abbreviation,
/// or its UTC offset when it has none).
QString displayIn(const QDateTime &instant, const QTimeZone &zone);
/// The abbreviation of `shownIn` at `instant` ("PST") when a clock there reads differently
/// from one in `company`; empty when they agree (a time shown in the user's zone is marked
/// only when it is not the company's time).
QString zoneMarker(const QDateTime &instant, const QTimeZone &shownIn, const QTimeZone &company);

} // namespace ardesk::timeutil
