// SPDX-License-Identifier: MIT
#include "core/storage/clientrepository.h"
#include "core/storage/database.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>

namespace ardesk {
namespace {

const QString kColumns = QStringLiteral(
        "id, code, name, status, currency, payment_terms_days, credit_limit_minor, credit_hold, "
        "credit_hold_reason, assigned_user_id, segment, tags, billing_address, country, "
        "time_zone, internal_notes, archived_at, version");

Client fromRow(const QSqlQuery &q)
{
    Client c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.status = clientStatusFromString(q.value(3).toString()).value_or(ClientStatus::Active);
    c.currency = q.value(4).toString();
    c.paymentTermsDays = q.value(5).toInt();
    c.creditLimitMinor = q.value(6).toLongLong();
    c.creditHold = q.value(7).toBool();
    c.creditHoldReason = q.value(8).toString();
    c.assignedUserId = q.value(9).toLongLong();
    c.segment = q.value(10).toString();
    const QString tags = q.value(11).toString();
    c.tags = tags.isEmpty() ? QStringList() : tags.split(u',');
    c.billingAddress = q.value(12).toString();
    c.country = q.value(13).toString();
    c.timeZone = q.value(14).toString();
    c.internalNotes = q.value(15).toString();
    c.archivedAt = timeutil::instantFromStorage(q.value(16).toString());
    c.version = q.value(17).toInt();
    return c;
}

QVariantList fieldValues(const Client &c)
{
    return {c.code,
            c.name,
            toString(c.status),
            c.currency,
            c.paymentTermsDays,
            c.creditLimitMinor,
            c.creditHold ? 1 : 0,
            c.creditHoldReason,
            sql::nullIfZero(c.assignedUserId),
            c.segment,
            c.tags.join(u','),
            c.billingAddress,
            c.country,
            c.timeZone,
            c.internalNotes,
            sql::nullIfEmpty(timeutil::toStorage(c.archivedAt))};
}

Result<Client> findOne(const QSqlDatabase &db, const QString &where, const QVariant &key)
{
    auto r = sql::exec(db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM clients WHERE ")
                               + where,
                       {key});
    if (!r)
        return r.error();
    if (!r.value().next())
        return makeError(ErrorCode::NotFound,
                         ClientRepository::tr("no client %1").arg(key.toString()));
    return fromRow(r.value());
}

} // namespace

Result<qint64> ClientRepository::insert(Client &client)
{
    if (auto v = client.validate(); !v)
        return v.error();
    const QString now = sql::nowUtc(m_db);
    QVariantList values = fieldValues(client);
    values << now << now;
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO clients (code, name, status, currency, "
                                       "payment_terms_days, credit_limit_minor, credit_hold, "
                                       "credit_hold_reason, assigned_user_id, segment, tags, "
                                       "billing_address, country, time_zone, internal_notes, "
                                       "archived_at, created_at, updated_at) VALUES "
                                       "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                        values);
    if (!r) {
        if (r.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict,
                             tr("code: a client with code \"%1\" exists").arg(client.code));
        return r.error();
    }
    client.id = r.value().lastInsertId;
    client.version = 1;
    auto s = sql::exec(m_db,
                       QStringLiteral("INSERT INTO client_summary (client_id, currency, as_of) "
                                      "VALUES (?, ?, ?)"),
                       {client.id, client.currency, timeutil::toStorage(Database::todayOf(m_db))});
    if (!s)
        return s.error();
    return client.id;
}

Result<void> ClientRepository::update(Client &client)
{
    if (auto v = client.validate(); !v)
        return v;
    QVariantList values = fieldValues(client);
    values << sql::nowUtc(m_db) << client.id << client.version;
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE clients SET code=?, name=?, status=?, currency=?, "
                                      "payment_terms_days=?, credit_limit_minor=?, credit_hold=?, "
                                      "credit_hold_reason=?, assigned_user_id=?, segment=?, "
                                      "tags=?, billing_address=?, country=?, time_zone=?, "
                                      "internal_notes=?, archived_at=?, updated_at=?, "
                                      "version=version+1 WHERE id=? AND version=?"),
                       values);
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("%1 was changed by someone else since you "
                            "opened it; reload and apply your change "
                            "again")
                                 .arg(client.name));
    ++client.version;
    return {};
}

Result<Client> ClientRepository::find(qint64 id) const
{
    return findOne(m_db, QStringLiteral("id = ?"), id);
}

Result<Client> ClientRepository::findByCode(const QString &code) const
{
    return findOne(m_db, QStringLiteral("code = ? COLLATE NOCASE"), code);
}

Result<qint64> ClientRepository::count() const
{
    auto r = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM clients"));
    if (!r)
        return r.error();
    return r.value().toLongLong();
}

Result<QHash<qint64, QString>> ClientRepository::codesById() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT id, code FROM clients"));
    if (!q)
        return q.error();
    QHash<qint64, QString> codes;
    while (q.value().next())
        codes.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    return codes;
}

} // namespace ardesk
