// SPDX-License-Identifier: MIT
#include "core/support/dateformat.h"

#include <QRegularExpression>

#include <cstdlib>

namespace ardesk::dateformat {
namespace {

/// What names `zone` at `instant`: its abbreviation ("PST"), or its UTC offset ("UTC+05:30").
QString zoneName(const QDateTime &instant, const QTimeZone &zone)
{
    QString name = zone.abbreviation(instant);
    if (name.isEmpty()) {
        const int minutes = zone.offsetFromUtc(instant) / 60;
        name = QStringLiteral("UTC%1%2:%3")
                       .arg(minutes < 0 ? u'-' : u'+')
                       .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
                       .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
    }
    return name;
}

} // namespace

QString datePattern(const QLocale &company)
{
    // Item views ask for thousands of dates: remember the last locale's pattern, per thread.
    thread_local QString cachedFor;
    thread_local QString cached;
    if (!cached.isEmpty() && cachedFor == company.bcp47Name() + company.name())
        return cached;
    QString pattern = company.dateFormat(QLocale::ShortFormat);
    // "yy" (but not "yyyy") becomes "yyyy": 12/11/26 could be 1926 or 2026.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    pattern.replace(twoDigitYear, QStringLiteral("yyyy"));
    cachedFor = company.bcp47Name() + company.name();
    cached = pattern;
    return pattern;
}

QString dateTimePattern(const QLocale &company)
{
    return datePattern(company) + u' ' + company.timeFormat(QLocale::ShortFormat);
}

QString date(const QLocale &company, const QDate &day)
{
    return day.isValid() ? company.toString(day, datePattern(company)) : QString();
}

QDate parseDate(const QLocale &company, const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 10 && t.at(4) == u'-') {
        if (const QDate iso = QDate::fromString(t, Qt::ISODate); iso.isValid())
            return iso;
    }
    return company.toDate(t, datePattern(company));
}

QString dateTime(const QLocale &company, const QDateTime &instant)
{
    return instant.isValid() ? company.toString(instant, dateTimePattern(company)) : QString();
}

QString dateTimeIn(const QLocale &company, const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return QString();
    return dateTime(company, instant.toTimeZone(zone)) + u' ' + zoneName(instant, zone);
}

} // namespace ardesk::dateformat
