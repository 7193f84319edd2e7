// SPDX-License-Identifier: MIT
#include "core/storage/planrepository.h"

#include "core/storage/auditlog.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QJsonObject>

namespace ardesk {

Result<qint64> PlanRepository::createFromNote(const Note &note, const QString &currency,
                                              const QList<PlanInstallment> &installments,
                                              const QList<qint64> &invoiceIds)
{
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO payment_plans (client_id, note_id, currency, "
                                       "status, created_at, created_by) VALUES "
                                       "(?,?,?,'active',?,?)"),
                        {note.clientId, note.id, currency, timeutil::toStorage(note.recordedAt),
                         sql::nullIfZero(note.authorId)});
    if (!r)
        return r.error();
    const qint64 planId = r.value().lastInsertId;
    for (const PlanInstallment &i : installments) {
        auto w = sql::exec(m_db,
                           QStringLiteral("INSERT INTO plan_installments (plan_id, due_date, "
                                          "amount_minor, status) VALUES (?,?,?,'pending')"),
                           {planId, timeutil::toStorage(i.dueDate), i.amountMinor});
        if (!w)
            return w.error();
    }
    for (qint64 invoiceId : invoiceIds) {
        auto l = sql::exec(m_db,
                           QStringLiteral("INSERT INTO plan_invoices (plan_id, "
                                          "invoice_id) VALUES (?,?) ON CONFLICT DO NOTHING"),
                           {planId, invoiceId});
        if (!l)
            return l.error();
    }
    return planId;
}

Result<void> PlanRepository::markDefaulted(qint64 planId, const QDate &asOf)
{
    const QString day = timeutil::toStorage(asOf);
    auto u = sql::exec(m_db,
                       QStringLiteral("UPDATE payment_plans SET status = 'defaulted', version "
                                      "= version + 1 WHERE id = ? AND status = 'active'"),
                       {planId});
    if (!u)
        return u.error();
    auto m = sql::exec(m_db,
                       QStringLiteral("UPDATE plan_installments SET status = 'missed' WHERE "
                                      "plan_id = ? AND status = 'pending' AND due_date < ?"),
                       {planId, day});
    if (!m)
        return m.error();
    return AuditLog(m_db, m_userId)
            .record(QStringLiteral("payment_plan"), planId, QStringLiteral("defaulted"),
                    QJsonObject {{QStringLiteral("status"), QStringLiteral("active")}},
                    QJsonObject {{QStringLiteral("status"), QStringLiteral("defaulted")},
                                 {QStringLiteral("as_of"), day}});
}

} // namespace ardesk
