// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QSqlDatabase>

namespace ardesk {

/// A scoped write transaction: BEGIN IMMEDIATE on begin(), COMMIT on commit(), ROLLBACK when it
/// goes out of scope uncommitted. Takes the write lock up front so a save never fails half way
/// on SQLITE_BUSY.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ardesk
