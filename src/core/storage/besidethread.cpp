// SPDX-License-Identifier: MIT
#include "core/storage/besidethread.h"

#include "core/storage/database.h"

#include <chrono>

namespace ardesk {

BesideThread::BesideThread(const Database &db)
    : m_db(db)
    , m_thread([this] { run(); })
{ }

BesideThread::~BesideThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_tasks.clear();
    }
    m_wake.notify_all();
    m_thread.join();
}

void BesideThread::post(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void BesideThread::run()
{
    bool holdsConnection = false;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const bool woken = m_wake.wait_for(lock, std::chrono::milliseconds(kIdleMs),
                                           [this] { return m_stopping || !m_tasks.empty(); });
        if (!woken) {
            if (holdsConnection) {
                lock.unlock();
                m_db.releaseThreadConnection();
                holdsConnection = false;
                lock.lock();
            }
            continue;
        }
        if (m_stopping)
            break;
        std::function<void()> task = std::move(m_tasks.front());
        m_tasks.pop_front();
        lock.unlock();
        task(); // opens this thread's connection the first time it asks for it
        holdsConnection = true;
        lock.lock();
    }
    lock.unlock();
    m_db.releaseThreadConnection();
}

} // namespace ardesk
