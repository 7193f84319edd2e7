// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace ardesk {

/// The one source of the current time. Services, storage, the worker, the window and the CLI
/// read "now" and "today" only through a Clock, so a test can set it; nothing else in src/ calls
/// the machine's time itself (tests/support/check_clock_reads.sh enforces it).
///
/// Where it comes from: a `Database` carries the clock of whoever opened it (the system clock
/// unless set with Database::setClock); the window and the CLI are given one at construction.
/// Implementations are thread-safe: a clock is shared by the GUI and the worker thread.
class Clock
{
public:
    virtual ~Clock() = default;

    /// The current instant, in UTC.
    virtual QDateTime now() const = 0;

    /// The current instant in `zone` (e.g. the user's zone, for editors that show local time).
    QDateTime nowIn(const QTimeZone &zone) const;
    /// The calendar date of now() in `zone`. There is no zone-less "today": a company's date is
    /// Database::today() (the company's time zone), never the process's local date.
    QDate todayIn(const QTimeZone &zone) const;

    /// The real clock of this machine (one shared instance).
    static std::shared_ptr<const Clock> system();
};

/// The machine's clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that stands still until it is set or advanced (tests, simulations). Thread-safe.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &instant);
    /// Noon (the process's local time) of `day`: todayIn() is `day` in any zone within 11 hours
    /// of the process's (a file created by the process has the process's zone).
    static std::shared_ptr<FixedClock> atNoon(const QDate &day);
    /// Noon of `day` in `zone`: todayIn(zone) is `day` whatever the process's zone (for a
    /// company whose zone is set, e.g. UTC or New York, in a test that runs in any zone).
    static std::shared_ptr<FixedClock> atNoonIn(const QDate &day, const QTimeZone &zone);

    QDateTime now() const override;
    void set(const QDateTime &instant);
    void advanceSeconds(qint64 seconds);
    void advanceDays(int days);

private:
    std::atomic<qint64> m_msecsSinceEpoch;
};

} // namespace ardesk
