// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/storage/database.h"
#include "core/support/clock.h"

#include <functional>
#include <memory>

#include <QDate>
#include <QLocale>
#include <QTimeZone>

namespace ardesk {

class DatabaseWorker;

/// The open company file as the window's actions and screens reach it: the worker that runs
/// core calls on it, who is working, the company's locale, the clock, and how a change to a
/// client is run and then shown. The main window implements it; action classes are given a Session
/// instead of the window. worker() is null while no file is open.
class Session
{
public:
    using ClientWrite
            = std::function<Result<void>(const std::shared_ptr<Database> &, qint64 userId)>;
    enum class AfterWrite { ShowClient, ClearWorkspace };

    virtual ~Session() = default;

    virtual DatabaseWorker *worker() const = 0;
    virtual User currentUser() const = 0;
    /// How amounts and dates are shown and typed.
    virtual QLocale companyLocale() const = 0;
    /// Where the time is read (a test sets it).
    virtual const Clock &clock() const = 0;
    virtual std::shared_ptr<const Clock> sharedClock() const = 0;
    /// The company's date (Database::today(): the clock's date in the company's time zone).
    virtual QDate today() const = 0;
    /// The company's time zone (note times are shown in the user's zone, marked when they
    /// differ from it).
    virtual QTimeZone companyTimeZone() const = 0;
    /// Runs a client change on the worker thread; on success shows `doneMessage`, refreshes the
    /// list and then shows or clears the client. `done` gets the error text (empty on success).
    virtual void runClientWrite(qint64 clientId, ClientWrite write, const QString &doneMessage,
                                AfterWrite after, std::function<void(QString)> done)
            = 0;
    /// Loads the shown client again (after a change made elsewhere, e.g. a sent e-mail's note).
    virtual void reloadClient() = 0;
};

} // namespace ardesk
