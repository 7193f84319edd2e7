// SPDX-License-Identifier: MIT
#pragma once

#include "core/import/csvreader.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>

#include <QList>
#include <QString>

namespace ardesk {

/// Reads and checks rows on a second thread while the caller writes the ones before: parsing
/// and checking a row costs about as much as writing it, and a machine has two cores or more.
/// Rows arrive in file order, in batches; at most a few batches wait, so memory stays flat.
/// The reader is used only by that thread until this object is destroyed (which stops and
/// joins it, also when the caller gives up early).
///
/// `Row` holds a record read (`rec`, a CsvReader::Record) and what `check` finds in it; `check`
/// runs on the reading thread only.
template<typename Row>
class ReadAhead
{
public:
    ReadAhead(CsvReader &reader, std::function<void(Row &)> check)
        : m_reader(reader)
        , m_check(std::move(check))
        , m_thread([this] { run(); })
    { }
    ~ReadAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /// The next row, or nullptr after the last one (then error() says whether reading failed).
    /// Valid until the next call.
    const Row *next()
    {
        while (m_at >= m_batch.rows.size()) {
            if (m_batch.last)
                return nullptr;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty(); });
            // The rows handed out are freed by the reading thread, which allocated them
            // (freeing another thread's memory is slow, and this thread is the busy one).
            m_spent.push_back(std::exchange(m_batch, std::move(m_ready.front())));
            m_ready.pop_front();
            lock.unlock();
            m_changed.notify_all();
            m_at = 0;
        }
        return &m_batch.rows[m_at++];
    }
    /// Bytes of the file read up to the end of the current batch.
    qint64 bytesRead() const { return m_batch.bytesRead; }
    QString error() const { return m_batch.error; }

private:
    static constexpr qsizetype kBatchRows = 1024;
    static constexpr size_t kMaxWaiting = 8;
    struct Batch
    {
        QList<Row> rows;
        qint64 bytesRead = 0;
        QString error;
        bool last = false;
    };

    void run()
    {
        bool last = false;
        while (!last) {
            {
                std::deque<Batch> spent;
                {
                    std::lock_guard lock(m_mutex);
                    spent.swap(m_spent);
                }
            } // freed here, outside the lock
            Batch batch;
            batch.rows.reserve(kBatchRows);
            while (batch.rows.size() < kBatchRows) {
                Row row;
                auto more = m_reader.next(row.rec);
                if (!more || !more.value()) {
                    batch.error = more ? QString() : more.errorString();
                    batch.last = true;
                    break;
                }
                m_check(row);
                batch.rows.append(std::move(row));
            }
            batch.bytesRead = m_reader.bytesRead();
            last = batch.last;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kMaxWaiting; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(batch));
            lock.unlock();
            m_changed.notify_all();
        }
    }

    CsvReader &m_reader;
    const std::function<void(Row &)> m_check;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::deque<Batch> m_spent; // handed out, to be freed by the reading thread
    bool m_stop = false;
    Batch m_batch; // being handed out (caller's thread only)
    qsizetype m_at = 0;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace ardesk
