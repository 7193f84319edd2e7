// SPDX-License-Identifier: MIT
#include "core/support/timeutil.h"

#include <cstdlib>

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

namespace {

/// The digits text[from, from + count) as a number, or -1 when one is not a digit.
int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// The stored form exactly (2026-11-25), read by hand: the KPIs and the Today queue read tens
/// of thousands of dates, and QDate::fromString goes through the locale-free parser's general
/// path. Anything else (another length, a sign, an impossible day) is left to Qt.
QDate storedDate(const QString &text)
{
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return QDate();
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return QDate();
    return QDate(y, m, d); // invalid for 2026-02-30, as Qt's parser says
}

} // namespace

QDate dateFromStorage(const QString &text)
{
    if (text.isEmpty())
        return QDate();
    if (text.size() == 10) {
        const QDate fast = storedDate(text);
        if (fast.isValid())
            return fast;
    }
    return QDate::fromString(text, Qt::ISODate);
}

QDateTime instantFromStorage(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    // The stored form exactly (2026-11-25T17:00:16.123Z, what toStorage writes), by hand.
    if (text.size() == 24 && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':'
        && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate day = storedDate(text);
        const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2),
                  ms = digits(text, 20, 3);
        if (day.isValid() && h >= 0 && mi >= 0 && s >= 0 && ms >= 0 && QTime::isValid(h, mi, s, ms))
            return QDateTime(day, QTime(h, mi, s, ms), Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

QString systemZoneId()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QString::fromUtf8(id);
    return QStringLiteral("UTC");
}

QDate dateIn(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.isValid() ? instant.toTimeZone(zone).date() : QDate();
}

QDateTime startOfDay(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toUTC();
}

QString displayIn(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return QString();
    const QDateTime local = instant.toTimeZone(zone);
    QString marker = zone.abbreviation(instant);
    if (marker.isEmpty()) {
        const int minutes = local.offsetFromUtc() / 60;
        marker = QStringLiteral("UTC%1%2:%3")
                         .arg(minutes < 0 ? u'-' : u'+')
                         .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
                         .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
    }
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + marker;
}

QString zoneMarker(const QDateTime &instant, const QTimeZone &shownIn, const QTimeZone &company)
{
    if (!instant.isValid() || shownIn.offsetFromUtc(instant) == company.offsetFromUtc(instant))
        return QString();
    const QString abbreviation = shownIn.abbreviation(instant);
    return abbreviation.isEmpty() ? displayIn(instant, shownIn).section(u' ', 2) : abbreviation;
}

} // namespace ardesk::timeutil
