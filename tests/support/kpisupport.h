// SPDX-License-Identifier: MIT
// The small company the KPI and activity tests share, with every figure computed by hand in
// docs/kpis.md ("A worked example on a real file"): two clients, five invoices, payments before
// and after the report date, a dispute, two promises and notes by two clerks.
#pragma once

#include "core/services/noteservice.h"
#include "core/services/promiseservice.h"
#include "core/storage/kpiquery.h"
#include "support/workflowsupport.h"

namespace ardesk::test {

/// The report date T of the fixture (the file's clock reads 2026-07-10: the ledger goes on).
inline QDate kpiAsOf()
{
    return QDate(2026, 6, 30);
}

/// Builds the fixture in `co` (opened on a clock at noon of 2026-07-10). ACME (segment retail,
/// clerk ann) and BETA (segment wholesale, clerk bob); amounts in USD cents:
///   A-1 1000.00 issued 2026-02-01 due 03-03, 400.00 paid 05-10 (a promise kept)
///   A-2  500.00 issued 2026-06-15 due 07-15, paid in full 07-05 (after T)
///   A-3  300.00 issued 2026-04-01 due 05-01, paid in full 05-11 (40 days to pay, 10 late)
///   B-1  200.00 issued 2026-05-11 due 06-10, disputed 06-20
///   B-2  400.00 issued 2026-07-02 due 08-01 (after T)
/// BETA promised 100.00 by 06-01 on 05-20 and paid nothing (broken). Notes: ann's three calls
/// (two promises, the dispute) and an e-mail; bob's text; a call by ann that was deleted.
/// Returns an empty string, or what failed.
/// The KPIs as of `asOf` over `period` days, for the company.
inline KpiQuery::Spec specAt(const QDate &asOf, int period = 90)
{
    KpiQuery::Spec s;
    s.asOf = asOf;
    s.periodDays = period;
    return s;
}

inline QString buildKpiCompany(WorkflowCompany &co)
{
    const qint64 bob = UserRepository(co.db->connection())
                               .ensure(QStringLiteral("bob"), UserRole::Clerk)
                               .valueOr(User())
                               .id;
    const qint64 acme = co.client(QStringLiteral("ACME"), QStringLiteral("retail"));
    const qint64 beta = co.client(QStringLiteral("BETA"), QStringLiteral("wholesale"));
    if (!bob || !acme || !beta)
        return QStringLiteral("users and clients");
    scalar(co.db->connection(),
           QStringLiteral("UPDATE clients SET assigned_user_id = ? WHERE id = ?"), {bob, beta});
    const qint64 a1 = co.invoice(acme, QStringLiteral("A-1"), QDate(2026, 3, 3), 100000);
    const qint64 a2 = co.invoice(acme, QStringLiteral("A-2"), QDate(2026, 7, 15), 50000);
    const qint64 a3 = co.invoice(acme, QStringLiteral("A-3"), QDate(2026, 5, 1), 30000);
    const qint64 b1 = co.invoice(beta, QStringLiteral("B-1"), QDate(2026, 6, 10), 20000);
    const qint64 b2 = co.invoice(beta, QStringLiteral("B-2"), QDate(2026, 8, 1), 40000);
    if (!a1 || !a2 || !a3 || !b1 || !b2)
        return QStringLiteral("invoices");
    if (auto p = co.promise(acme, QDate(2026, 5, 1), QStringLiteral("400.00"), QDate(2026, 5, 10),
                            QStringLiteral("A-1"));
        !p)
        return p.errorString();
    if (auto p = co.promise(beta, QDate(2026, 5, 20), QStringLiteral("100.00"), QDate(2026, 6, 1));
        !p)
        return p.errorString();
    for (auto [day, amount, invoice] :
         {std::tuple {QDate(2026, 5, 10), 40000, a1}, std::tuple {QDate(2026, 5, 11), 30000, a3},
          std::tuple {QDate(2026, 7, 5), 50000, a2}}) {
        if (auto paid = co.pay(acme, day, amount, invoice); !paid)
            return paid.errorString();
    }
    if (auto d = co.dispute(beta, QDate(2026, 6, 20), QStringLiteral("B-1")); !d)
        return d.errorString();
    NoteService::Draft mail;
    mail.note.clientId = acme;
    mail.note.channel = NoteChannel::Email;
    mail.note.occurredAt = WorkflowCompany::at(QDate(2026, 6, 26), 9);
    mail.note.text = QStringLiteral("Statement sent\nwith the open items");
    mail.note.outcome = NoteOutcome::Other;
    mail.note.noFollowUpNeeded = true;
    if (auto n = NoteService(co.db, co.clerk).add(mail); !n)
        return n.errorString();
    NoteService::Draft text = mail;
    text.note.clientId = beta;
    text.note.channel = NoteChannel::Text;
    text.note.occurredAt = WorkflowCompany::at(QDate(2026, 6, 25), 15);
    text.note.text = QStringLiteral("Reminder texted");
    text.note.outcome = NoteOutcome::Other;
    if (auto n = NoteService(co.db, bob).add(text); !n)
        return n.errorString();
    auto gone = co.call(acme, QDate(2026, 6, 27));
    if (!gone)
        return gone.errorString();
    if (auto r
        = NoteService(co.db, co.clerk).remove(gone.value().id, QStringLiteral("wrong client"));
        !r)
        return r.errorString();
    auto judged = PromiseService(co.db, co.manager).evaluate(QDate(2026, 7, 10));
    return judged ? QString() : judged.errorString();
}

} // namespace ardesk::test
