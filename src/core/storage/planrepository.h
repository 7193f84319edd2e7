// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"
#include "core/domain/paymentplan.h"
#include "core/storage/database.h"

#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Payment plans (payment_plans, plan_installments, plan_invoices). A payment-plan note makes
/// one (audited as that note); markDefaulted() writes its own audit row. Callers own the write
/// transaction.
class PlanRepository
{
public:
    /// On this thread's connection of `db`; `userId` is the acting user (audit rows).
    PlanRepository(const Database &db, qint64 userId)
        : m_db(db.connection())
        , m_userId(userId)
    { }

    /// An active plan agreed in `note` (its client, author and time) in `currency`, with its
    /// installments pending, naming `invoiceIds`. Returns its id.
    Result<qint64> createFromNote(const Note &note, const QString &currency,
                                  const QList<PlanInstallment> &installments,
                                  const QList<qint64> &invoiceIds);
    /// An active plan becomes defaulted on `asOf`: its pending installments due before then
    /// are missed.
    Result<void> markDefaulted(qint64 planId, const QDate &asOf);

private:
    QSqlDatabase m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
