// SPDX-License-Identifier: MIT
#include "core/services/disputeservice.h"

#include "core/services/noteservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/auditlog.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/sql.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ardesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DisputeService", text);
}
const QString kSelect = QStringLiteral(
        "SELECT d.id, d.client_id, c.code, d.invoice_id, i.number, d.reason, d.owner_id, "
        "d.opened_at, d.version FROM disputes d JOIN clients c ON c.id = d.client_id JOIN "
        "invoices i ON i.id = d.invoice_id WHERE d.status = 'open' ");

DisputeService::Dispute disputeFrom(const QSqlQuery &r)
{
    DisputeService::Dispute d;
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

Result<QList<DisputeService::Dispute>> DisputeService::open(qint64 userId) const
{
    QString statement = kSelect;
    QVariantList binds;
    if (userId != 0) {
        statement += QStringLiteral("AND d.owner_id = ? ");
        binds << userId;
    }
    statement += QStringLiteral("ORDER BY d.opened_at, d.id");
    auto q = sql::exec(m_db->connection(), statement, binds);
    if (!q)
        return q.error();
    QList<Dispute> out;
    while (q.value().next())
        out.append(disputeFrom(q.value()));
    return out;
}

Result<void> DisputeService::close(qint64 disputeId, Closing how, const QString &resolution,
                                   int expectedVersion)
{
    if (resolution.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         tr("resolution: say how the dispute was settled"));
    QSqlDatabase db = m_db->connection();
    auto q = sql::exec(db, kSelect + QStringLiteral("AND d.id = ?"), {disputeId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no open dispute with id %1").arg(disputeId));
    const Dispute d = disputeFrom(q.value());
    if (expectedVersion != 0 && d.version != expectedVersion)
        return makeError(ErrorCode::Conflict,
                         tr("dispute %1 was changed by someone else: reload it").arg(disputeId));
    const QString status
            = how == Closing::Resolved ? QStringLiteral("resolved") : QStringLiteral("rejected");
    NoteService::Draft note;
    note.note.clientId = d.clientId;
    note.note.channel = NoteChannel::Internal;
    note.note.text = (how == Closing::Resolved ? tr("Dispute on %1 resolved: %2")
                                               : tr("Dispute on %1 rejected: %2"))
                             .arg(d.invoiceNumber, resolution.trimmed());
    note.note.invoiceIds = {d.invoiceId};
    note.note.noFollowUpNeeded = true;
    auto n = NoteService(m_db, m_userId).add(note);
    if (!n)
        return n.error();
    WriteTransaction tx(db);
    if (auto b = tx.begin(); !b)
        return b;
    auto u = sql::exec(db,
                       QStringLiteral("UPDATE disputes SET status = ?, resolution = ?, "
                                      "resolved_at = ?, version = version + 1 WHERE id = ? AND "
                                      "status = 'open' AND version = ?"),
                       {status, resolution.trimmed(), timeutil::toStorage(m_db->clock()->now()),
                        disputeId, d.version});
    if (!u)
        return u.error();
    if (u.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("dispute %1 was changed by someone else: reload it").arg(disputeId));
    auto others = sql::scalar(db,
                              QStringLiteral("SELECT count(*) FROM disputes WHERE invoice_id = ? "
                                             "AND status = 'open'"),
                              {d.invoiceId});
    if (!others)
        return others.error();
    if (others.value().toInt() == 0) {
        auto f = sql::exec(db, QStringLiteral("UPDATE invoices SET disputed = 0 WHERE id = ?"),
                           {d.invoiceId});
        if (!f)
            return f.error();
        if (auto r = InvoiceRepository(db).recomputeBalance(d.invoiceId); !r)
            return r;
        // The summary stays at its own date (moved forward when a file is opened).
        const QDate summaryDate = ArSummary(db).workingDate();
        if (auto r = ArSummary(db).refreshClient(d.clientId, summaryDate); !r)
            return r;
    }
    if (auto a = AuditLog(db, m_userId)
                         .record(QStringLiteral("dispute"), disputeId, status,
                                 QJsonObject {{QStringLiteral("status"), QStringLiteral("open")}},
                                 QJsonObject {{QStringLiteral("status"), status},
                                              {QStringLiteral("resolution"), resolution.trimmed()},
                                              {QStringLiteral("note_id"), n.value().id}});
        !a)
        return a;
    return tx.commit();
}

} // namespace ardesk
