// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ardesk {

class Database;

/// The thread of a Database that runs reads beside the caller's (Database::readBeside), each on
/// this thread's own connection. Tasks run one at a time, in the order posted. The connection is
/// kept between tasks, so a read does not pay for opening one (on a team database: connecting
/// and logging in), and let go after kIdleMs without a task, so an idle desk holds no second
/// connection to the server.
///
/// Threading: post() from any thread. The destructor lets the running task finish, drops the
/// tasks not started (their futures report a broken promise), releases the connection and ends
/// the thread; the Database destroys it before closing its connections.
class BesideThread
{
public:
    static constexpr int kIdleMs = 60'000;

    explicit BesideThread(const Database &db);
    ~BesideThread();
    BesideThread(const BesideThread &) = delete;
    BesideThread &operator=(const BesideThread &) = delete;

    void post(std::function<void()> task);

private:
    void run();

    const Database &m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_tasks; // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
    std::thread m_thread;
};

} // namespace ardesk
