// SPDX-License-Identifier: MIT
#include "core/storage/promiseoutcomes.h"

#include "core/storage/chasefacts.h"
#include "core/storage/promiserepository.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QSet>

namespace ardesk {

namespace {

/// Each promise of `promises` judged by the rule on the payments of its client as they are now.
Result<QList<PromiseVerdict>> judge(const QSqlDatabase &db,
                                    const QList<PromiseRepository::Terms> &promises)
{
    auto grace = ChaseFactsQuery::graceDays(db);
    if (!grace)
        return grace.error();
    QSet<qint64> clients;
    QDate earliest;
    for (const PromiseRepository::Terms &p : promises) {
        clients.insert(p.clientId);
        if (p.terms.madeOn.isValid() && (!earliest.isValid() || p.terms.madeOn < earliest))
            earliest = p.terms.madeOn;
    }
    // Money dated before the conversation never counts; any later money may.
    auto paid = ChaseFactsQuery::receivedPayments(db, clients.values(), earliest);
    if (!paid)
        return paid.error();
    QList<PromiseVerdict> verdicts;
    verdicts.reserve(promises.size());
    for (const PromiseRepository::Terms &p : promises)
        verdicts.append(judgePromise(p.terms, paid.value().value(p.clientId), grace.value()));
    return verdicts;
}

/// The group key of a client `c` (users `u` joined for the clerk), as KpiQuery::clientGroups.
QString groupKeyOf(KpiQuery::GroupBy by)
{
    switch (by) {
    case KpiQuery::GroupBy::Clerk:
        return QStringLiteral("COALESCE(u.name, '')");
    case KpiQuery::GroupBy::Segment:
        return QStringLiteral("c.segment");
    case KpiQuery::GroupBy::Company:
        break;
    }
    return QStringLiteral("''");
}

QString groupJoin(KpiQuery::GroupBy by)
{
    switch (by) {
    case KpiQuery::GroupBy::Clerk:
        return QStringLiteral(" JOIN clients c ON c.id = p.client_id LEFT JOIN users u ON u.id = "
                              "c.assigned_user_id");
    case KpiQuery::GroupBy::Segment:
        return QStringLiteral(" JOIN clients c ON c.id = p.client_id");
    case KpiQuery::GroupBy::Company:
        break;
    }
    return QString();
}

} // namespace

Result<bool> PromiseOutcomes::anyMarked() const
{
    auto any = sql::scalar(m_db,
                           QStringLiteral("SELECT 1 FROM promises WHERE judged_deadline IS NULL "
                                          "LIMIT 1"),
                           {}, 0);
    if (!any)
        return any.error();
    return any.value().toInt() == 1;
}

Result<int> PromiseOutcomes::judgeMarked()
{
    auto any = anyMarked();
    if (!any)
        return any.error();
    if (!any.value())
        return 0;
    auto marked = PromiseRepository(m_db).terms(QStringLiteral("p.judged_deadline IS NULL"), {});
    if (!marked)
        return marked.error();
    if (marked.value().isEmpty())
        return 0;
    if (!ChaseFactsQuery::graceDays(m_db))
        return 0; // a bad grace-days setting: left marked, the readers say what is wrong
    auto verdicts = judge(m_db, marked.value());
    if (!verdicts)
        return verdicts.error();
    const QString store = QStringLiteral(
            "UPDATE promises SET judged_deadline = ?, outcome = ?, outcome_paid_minor = ?, "
            "kept_on = ? WHERE id = ?");
    for (qsizetype i = 0; i < marked.value().size(); ++i) {
        const PromiseVerdict &v = verdicts.value().at(i);
        if (auto w = sql::write(m_db, store,
                                {timeutil::toStorage(v.deadline), toString(v.final.status),
                                 v.final.paidMinor, sql::nullIfEmpty(timeutil::toStorage(v.keptOn)),
                                 marked.value().at(i).id});
            !w)
            return w.error();
    }
    return int(marked.value().size());
}

Result<void> PromiseOutcomes::beginBulk()
{
    for (const char *statement :
         {"CREATE TEMP TABLE IF NOT EXISTS promise_bulk_start (payment_id BIGINT NOT NULL)",
          "DELETE FROM promise_bulk_start",
          "INSERT INTO promise_bulk_start (payment_id) SELECT COALESCE(max(id), 0) FROM "
          "payments"}) {
        if (auto r = sql::exec(m_db, QString::fromLatin1(statement)); !r)
            return r.error();
    }
    return {};
}

Result<void> PromiseOutcomes::endBulk()
{
    for (const char *statement :
         {"CREATE TEMP TABLE IF NOT EXISTS promise_bulk_start (payment_id BIGINT NOT NULL)",
          // No start remembered: the triggers were on, nothing to mark.
          "UPDATE promises SET judged_deadline = NULL WHERE judged_deadline IS NOT NULL AND "
          "client_id IN (SELECT p.client_id FROM payments p WHERE p.id > (SELECT "
          "max(payment_id) FROM promise_bulk_start))",
          "DELETE FROM promise_bulk_start"}) {
        if (auto r = sql::exec(m_db, QString::fromLatin1(statement)); !r)
            return r.error();
    }
    return {};
}

Result<QMap<QString, QMap<QString, PromiseKeptRate>>> PromiseOutcomes::keptRates(
        const QDate &from, const QDate &asOf, KpiQuery::GroupBy by) const
{
    QMap<QString, QMap<QString, PromiseKeptRate>> rates;
    const QString day = timeutil::toStorage(asOf);
    // Made by the end of T in the company's zone: before the next day starts there.
    const QString madeBefore = timeutil::toStorage(
            timeutil::startOfDay(asOf.addDays(1), Database::timeZoneOf(m_db)));
    const QString period = QStringLiteral("p.status <> 'cancelled' AND p.promised_date >= ? AND "
                                          "p.promised_date <= ? AND p.made_at < ?");
    // After the deadline (judged_deadline < T): the stored outcome. By it: kept from kept_on,
    // else still open (in its group, not counted).
    const QString statement
            = QStringLiteral(
                      "SELECT %1, p.currency, sum(CASE WHEN p.judged_deadline < ? OR p.kept_on "
                      "<= ? THEN 1 ELSE 0 END), sum(CASE WHEN p.judged_deadline < ? THEN (CASE "
                      "WHEN p.outcome = 'kept' THEN 1 ELSE 0 END) WHEN p.kept_on <= ? THEN 1 "
                      "ELSE 0 END), sum(CASE WHEN p.judged_deadline < ? OR p.kept_on <= ? THEN "
                      "p.amount_minor ELSE 0 END), sum(CASE WHEN p.judged_deadline < ? THEN "
                      "p.outcome_paid_minor WHEN p.kept_on <= ? THEN p.amount_minor ELSE 0 END) "
                      "FROM promises p%2 WHERE %3 AND p.judged_deadline IS NOT NULL GROUP BY 1, 2")
                      .arg(groupKeyOf(by), groupJoin(by), period);
    const QVariantList periodBinds {timeutil::toStorage(from), day, madeBefore};
    QVariantList binds;
    for (int i = 0; i < 8; ++i)
        binds << day; // the CASEs above
    auto q = sql::exec(m_db, statement, binds + periodBinds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        PromiseKeptRate &rate = rates[r.value(0).toString()][r.value(1).toString()];
        rate.resolved += r.value(2).toInt();
        rate.kept += r.value(3).toInt();
        rate.promisedMinor += r.value(4).toLongLong();
        rate.receivedMinor += r.value(5).toLongLong();
    }
    // Marked inside the caller's transaction and not judged yet (seldom: ask the small index
    // first, the period's rows are not read for nothing): the rule, now.
    auto any = anyMarked();
    if (!any)
        return any.error();
    if (!any.value())
        return rates;
    auto marked = PromiseRepository(m_db).terms(period
                                                        + QStringLiteral(" AND p.judged_deadline "
                                                                         "IS NULL"),
                                                periodBinds);
    if (!marked)
        return marked.error();
    if (marked.value().isEmpty())
        return rates;
    auto verdicts = judge(m_db, marked.value());
    if (!verdicts)
        return verdicts.error();
    QHash<qint64, QString> groups;
    if (by != KpiQuery::GroupBy::Company) {
        auto g = KpiQuery(m_db).clientGroups(by);
        if (!g)
            return g.error();
        groups = g.value();
    }
    for (qsizetype i = 0; i < marked.value().size(); ++i) {
        const PromiseRepository::Terms &p = marked.value().at(i);
        rates[groups.value(p.clientId)][p.terms.amount.currencyCode()].add(
                p.terms, outcomeAsOf(verdicts.value().at(i), p.terms.amount, asOf));
    }
    return rates;
}

} // namespace ardesk
