// SPDX-License-Identifier: MIT
#include "core/support/clock.h"

#include <QTime>

namespace ardesk {

QDateTime Clock::nowIn(const QTimeZone &zone) const
{
    return now().toTimeZone(zone);
}

QDate Clock::todayIn(const QTimeZone &zone) const
{
    return nowIn(zone).date();
}

std::shared_ptr<const Clock> Clock::system()
{
    static const auto clock = std::make_shared<const SystemClock>();
    return clock;
}

QDateTime SystemClock::now() const
{
    // The one read of the machine's time in ARDesk.
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(const QDateTime &instant)
    : m_msecsSinceEpoch(instant.toMSecsSinceEpoch())
{ }

std::shared_ptr<FixedClock> FixedClock::atNoon(const QDate &day)
{
    return std::make_shared<FixedClock>(QDateTime(day, QTime(12, 0)));
}

std::shared_ptr<FixedClock> FixedClock::atNoonIn(const QDate &day, const QTimeZone &zone)
{
    return std::make_shared<FixedClock>(QDateTime(day, QTime(12, 0), zone));
}

QDateTime FixedClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecsSinceEpoch.load(), Qt::UTC);
}

void FixedClock::set(const QDateTime &instant)
{
    m_msecsSinceEpoch.store(instant.toMSecsSinceEpoch());
}

void FixedClock::advanceSeconds(qint64 seconds)
{
    m_msecsSinceEpoch.fetch_add(seconds * 1000);
}

void FixedClock::advanceDays(int days)
{
    // Calendar days in the process's zone, so a day across a DST change stays a day.
    set(nowIn(QTimeZone::systemTimeZone()).addDays(days));
}

} // namespace ardesk
