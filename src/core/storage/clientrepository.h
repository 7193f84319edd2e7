// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace ardesk {

/// Reads and writes clients on one connection. Callers own the transaction; insert() also
/// creates the client's AR summary row. update() is optimistic: it fails with Conflict when the
/// row's version moved on since it was read.
class ClientRepository
{
public:
    /// Works on the calling thread's connection to `db`.
    explicit ClientRepository(const Database &db)
        : ClientRepository(db.connection())
    { }
    explicit ClientRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    Result<qint64> insert(Client &client); ///< validates; sets id and version
    Result<void> update(Client &client); ///< validates; bumps version
    Result<Client> find(qint64 id) const;
    Result<Client> findByCode(const QString &code) const;
    Result<qint64> count() const;
    /// Every client's code by its id (archived clients included).
    Result<QHash<qint64, QString>> codesById() const;

private:
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(ClientRepository)
};

} // namespace ardesk
