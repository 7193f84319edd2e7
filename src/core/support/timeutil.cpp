// SPDX-License-Identifier: MIT
#include "core/support/timeutil.h"

#include <QTimeZone>

namespace ardesk::timeutil {

QString toStorage(const QDate &date)
{
    if (!date.isValid())
        return QString();
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return date.toString(Qt::ISODate);
    // Hand-formatted like the timestamp below: millions of calls in a bulk import, and
    // QDate::toString goes through a printf. Same output: 2026-11-25.
    const char16_t buf[10] = {char16_t(u'0' + year / 1000),
                              char16_t(u'0' + year / 100 % 10),
                              char16_t(u'0' + year / 10 % 10),
                              char16_t(u'0' + year % 10),
                              u'-',
                              char16_t(u'0' + month / 10),
                              char16_t(u'0' + month % 10),
                              u'-',
                              char16_t(u'0' + day / 10),
                              char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(buf), 10);
}

QString toStorage(const QDateTime &instant)
{
    if (!instant.isValid())
        return QString();
    const QDateTime utc = instant.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    // Hand-formatted: this runs millions of times in bulk loads and QDateTime::toString with
    // a format string is slow. Same output: 2026-11-25T17:00:16.123Z.
    const int fields[] = {d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec()};
    constexpr int widths[] = {4, 2, 2, 2, 2, 2, 3};
    constexpr char16_t separators[] = {u'-', u'-', u'T', u':', u':', u'.', u'Z'};
    char16_t buf[24];
    int at = 0;
    for (int f = 0; f < 7; ++f) {
        int value = fields[f];
        for (int i = widths[f] - 1; i >= 0; --i) {
            buf[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        at += widths[f];
        buf[at++] = separators[f];
    }
    return QString(reinterpret_cast<const QChar *>(buf), 24);
}

QDate dateFromStorage(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QDateTime instantFromStorage(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

} // namespace ardesk::timeutil
