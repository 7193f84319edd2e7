// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <memory>
#include <utility>

#include <QObject>
#include <QPointer>
#include <QThread>

namespace ardesk {

/// One worker thread with its own connection to a company file. The GUI posts database work
/// here so it never waits on SQLite; results come back on the caller's thread.
///
/// run(context, work, done): `work(db)` runs on the worker thread with the company file
/// (`const std::shared_ptr<Database> &`) and calls the core's use cases and queries with it
/// (they use the worker thread's own connection); `done(result)` runs on `context`'s thread, and
/// is dropped if `context` was destroyed meanwhile. Jobs run in the order they were posted.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseWorker(std::shared_ptr<Database> db, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    std::shared_ptr<Database> database() const { return m_db; }

    template<typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        QPointer<QObject> guard(context);
        auto db = m_db;
        QMetaObject::invokeMethod(
                m_executor, [db, guard, work = std::move(work), done = std::move(done)]() mutable {
                    auto result = work(std::as_const(db));
                    if (!guard)
                        return;
                    QMetaObject::invokeMethod(
                            guard.data(),
                            [guard, result = std::move(result), done = std::move(done)]() mutable {
                                if (guard)
                                    done(std::move(result));
                            },
                            Qt::QueuedConnection);
                });
    }

    /// Blocks until every job posted so far has run (tests and shutdown only).
    void drain();

private:
    std::shared_ptr<Database> m_db;
    QThread m_thread;
    QObject *m_executor = nullptr; // lives in m_thread
};

} // namespace ardesk
