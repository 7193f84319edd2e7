// SPDX-License-Identifier: MIT
#include "models/databaseworker.h"

namespace ardesk {

DatabaseWorker::DatabaseWorker(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_executor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("ardesk-db"));
    m_executor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Release the worker's connection on its own thread before the thread ends (posted events
    // left when the loop quits would never run).
    auto db = m_db;
    QMetaObject::invokeMethod(
            m_executor, [db] { db->releaseThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::drain()
{
    QMetaObject::invokeMethod(
            m_executor, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace ardesk
