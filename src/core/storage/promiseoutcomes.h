// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/promise.h"
#include "core/storage/database.h"
#include "core/storage/kpiquery.h"
#include "core/support/result.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace ardesk {

/// Each promise's outcome as the promise rule gives it for every day, stored with the promise
/// (migration 0020: judged_deadline, outcome, outcome_paid_minor, kept_on; PromiseVerdict). The
/// database's triggers mark a promise to judge again (judged_deadline NULL) when it is made or
/// amended, when money of its client dated by its deadline arrives, moves or is voided, and when
/// the grace days or the company's time zone change; judgeMarked() judges them with the rule
/// (judgePromise). Every outermost WriteTransaction calls it before it commits, so what is
/// stored after a commit is what the rule says. The kept rate of a period is then a sum
/// (keptRates). Runs on the connection given; judgeMarked() writes inside the caller's
/// transaction.
class PromiseOutcomes
{
public:
    explicit PromiseOutcomes(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    explicit PromiseOutcomes(const Database &db)
        : PromiseOutcomes(db.connection())
    { }

    /// The schema version that stores the outcomes (migration 0020).
    static constexpr int kSchemaVersion = 20;

    /// Whether some promise is marked to judge (one probe of a small partial index).
    Result<bool> anyMarked() const;
    /// Judges every promise marked to judge and stores its verdict. Returns how many.
    Result<int> judgeMarked();
    /// A bulk load (ArHistory::pause) is about to write payments with the marking triggers
    /// paused: remembers where its payments start (a temporary table of this connection).
    Result<void> beginBulk();
    /// The bulk load is written: marks every promise of a client it paid (its verdict may have
    /// moved), for judgeMarked() before the commit.
    Result<void> endBulk();

    /// Group key → currency → kept rate of the promises not cancelled whose promised date is in
    /// [from, asOf] and that were made by the end of `asOf` (the company's day), as the rule
    /// judges them as of `asOf`; grouped as KpiQuery groups clients (`by`). Promises not judged
    /// yet (only inside a transaction that marked them) are judged here, without storing.
    Result<QMap<QString, QMap<QString, PromiseKeptRate>>> keptRates(const QDate &from,
                                                                    const QDate &asOf,
                                                                    KpiQuery::GroupBy by) const;

private:
    QSqlDatabase m_db;
};

} // namespace ardesk
