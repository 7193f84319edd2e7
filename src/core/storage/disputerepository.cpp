// SPDX-License-Identifier: MIT
#include "core/storage/disputerepository.h"

#include "core/storage/auditlog.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace ardesk {

namespace {
const QString kSelectOpen = QStringLiteral(
        "SELECT d.id, d.client_id, c.code, d.invoice_id, i.number, d.reason, d.owner_id, "
        "d.opened_at, d.version FROM disputes d JOIN clients c ON c.id = d.client_id JOIN "
        "invoices i ON i.id = d.invoice_id WHERE d.status = 'open' ");

Dispute disputeFrom(const QSqlQuery &r)
{
    Dispute d;
    d.id = r.value(0).toLongLong();
    d.clientId = r.value(1).toLongLong();
    d.clientCode = r.value(2).toString();
    d.invoiceId = r.value(3).toLongLong();
    d.invoiceNumber = r.value(4).toString();
    d.reason = r.value(5).toString();
    d.ownerId = r.value(6).toLongLong();
    d.openedOn = QDate::fromString(r.value(7).toString().left(10), Qt::ISODate);
    d.version = r.value(8).toInt();
    return d;
}
} // namespace

Result<void> DisputeRepository::openFromNote(const Note &note, const QList<qint64> &invoiceIds,
                                             const QString &reason)
{
    InvoiceRepository invoices(m_db);
    for (qint64 invoiceId : invoiceIds) {
        auto d = sql::exec(m_db,
                           QStringLiteral("INSERT INTO disputes (client_id, invoice_id, reason, "
                                          "owner_id, status, opened_at, opened_note) VALUES "
                                          "(?,?,?,?,'open',?,?)"),
                           {note.clientId, invoiceId, reason, sql::nullIfZero(note.authorId),
                            timeutil::toStorage(note.recordedAt), note.id});
        if (!d)
            return d.error();
        auto f = sql::exec(m_db,
                           QStringLiteral("UPDATE invoices SET disputed = 1 WHERE id = ? AND "
                                          "disputed = 0"),
                           {invoiceId});
        if (!f)
            return f.error();
        if (auto s = invoices.recomputeBalance(invoiceId); !s)
            return s.error();
    }
    return {};
}

Result<QList<Dispute>> DisputeRepository::open(qint64 ownerId) const
{
    QString statement = kSelectOpen;
    QVariantList binds;
    if (ownerId != 0) {
        statement += QStringLiteral("AND d.owner_id = ? ");
        binds << ownerId;
    }
    statement += QStringLiteral("ORDER BY d.opened_at, d.id");
    auto q = sql::exec(m_db, statement, binds);
    if (!q)
        return q.error();
    QList<Dispute> out;
    while (q.value().next())
        out.append(disputeFrom(q.value()));
    return out;
}

Result<Dispute> DisputeRepository::findOpen(qint64 disputeId) const
{
    auto q = sql::exec(m_db, kSelectOpen + QStringLiteral("AND d.id = ?"), {disputeId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no open dispute with id %1").arg(disputeId));
    return disputeFrom(q.value());
}

Result<bool> DisputeRepository::close(const Dispute &dispute, DisputeClosing how,
                                      const QString &resolution, qint64 noteId)
{
    const QString status = toString(how);
    auto u = sql::exec(m_db,
                       QStringLiteral("UPDATE disputes SET status = ?, resolution = ?, "
                                      "resolved_at = ?, version = version + 1 WHERE id = ? AND "
                                      "status = 'open' AND version = ?"),
                       {status, resolution, sql::nowUtc(m_db), dispute.id, dispute.version});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("dispute %1 was changed by someone else: reload it").arg(dispute.id));
    auto others = sql::scalar(m_db,
                              QStringLiteral("SELECT count(*) FROM disputes WHERE invoice_id = ? "
                                             "AND status = 'open'"),
                              {dispute.invoiceId});
    if (!others)
        return others.error();
    const bool cleared = others.value().toInt() == 0;
    if (cleared) {
        auto f = sql::exec(m_db, QStringLiteral("UPDATE invoices SET disputed = 0 WHERE id = ?"),
                           {dispute.invoiceId});
        if (!f)
            return f.error();
        if (auto r = InvoiceRepository(m_db).recomputeBalance(dispute.invoiceId); !r)
            return r.error();
    }
    if (auto a = AuditLog(m_db, m_userId)
                         .record(QStringLiteral("dispute"), dispute.id, status,
                                 QJsonObject {{QStringLiteral("status"), QStringLiteral("open")}},
                                 QJsonObject {{QStringLiteral("status"), status},
                                              {QStringLiteral("resolution"), resolution},
                                              {QStringLiteral("note_id"), noteId}});
        !a)
        return a.error();
    return cleared;
}

} // namespace ardesk
