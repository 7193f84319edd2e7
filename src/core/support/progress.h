// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <atomic>
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QString>

namespace ardesk {

/// How long core work (verify, the reminder run, a bulk send, a backup, an export, statements
/// for a set, a case file) tells its caller how far it got, and how the caller stops it.
///
/// A default Progress reports nowhere and is never cancelled. report() is throttled: the
/// callback runs for the first call, a new stage, the last item (done == total) and otherwise
/// at most every kInterval ms, so a use case may call it for every item. The callback runs on
/// the thread doing the work (the window posts it on to the GUI thread). The cancel flag may
/// be set from any thread; the work checks isCancelled() between items it can stop between
/// cleanly and then returns cancelledError() or a result that says what was done.
/// Not thread-safe itself: one Progress per run, used by the thread doing the work.
class Progress
{
public:
    using Report = std::function<void(qint64 done, qint64 total, const QString &stage)>;
    static constexpr qint64 kInterval = 100; ///< ms between two reports of one stage

    Progress() = default;
    explicit Progress(Report report, std::shared_ptr<const std::atomic_bool> cancel = {})
        : m_report(std::move(report))
        , m_cancel(std::move(cancel))
    { }

    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    /// The flag the work checks, for code that takes a `const std::atomic_bool *` (may be null).
    const std::atomic_bool *cancelFlag() const { return m_cancel.get(); }
    /// Throttled (see the class): `done` of `total` items of `stage` (translated, shown as is).
    void report(qint64 done, qint64 total, const QString &stage) const;
    /// The raw callback, unthrottled, for code that throttles itself (may be empty).
    const Report &callback() const { return m_report; }

    /// The error a cancelled run returns when nothing it did is kept, with `message`
    /// ("cancelled — nothing concluded"). The caller tells it from other errors by its own
    /// Progress: isCancelled() (the flag is the caller's; there is no ErrorCode for it).
    static Error cancelledError(const QString &message);

private:
    Report m_report;
    std::shared_ptr<const std::atomic_bool> m_cancel;
    mutable QElapsedTimer m_since; // monotonic, for throttling only (not the time of day)
    mutable QString m_stage;
};

} // namespace ardesk
