// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// How dates and times are written to the company file: calendar dates as 'YYYY-MM-DD',
/// instants as UTC 'YYYY-MM-DDTHH:MM:SS.zzzZ' (text that sorts in time order).
namespace ardesk::timeutil {

QString toStorage(const QDate &date); ///< empty for an invalid date
QString toStorage(const QDateTime &instant); ///< converted to UTC; empty for invalid
QDate dateFromStorage(const QString &text);
QDateTime instantFromStorage(const QString &text); ///< UTC

} // namespace ardesk::timeutil
