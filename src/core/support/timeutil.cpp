// SPDX-License-Identifier: MIT
#include "core/support/timeutil.h"

#include <QTimeZone>

namespace ardesk::timeutil {

QString toStorage(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
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
    char16_t buf[24];
    auto put = [&buf](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            buf[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    buf[4] = u'-';
    put(5, d.month(), 2);
    buf[7] = u'-';
    put(8, d.day(), 2);
    buf[10] = u'T';
    put(11, t.hour(), 2);
    buf[13] = u':';
    put(14, t.minute(), 2);
    buf[16] = u':';
    put(17, t.second(), 2);
    buf[19] = u'.';
    put(20, t.msec(), 3);
    buf[23] = u'Z';
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

QString nowUtc()
{
    return toStorage(QDateTime::currentDateTimeUtc());
}

} // namespace ardesk::timeutil
