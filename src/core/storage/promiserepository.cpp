// SPDX-License-Identifier: MIT
#include "core/storage/promiserepository.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QSqlQuery>

namespace ardesk {

namespace {
QDate dateOf(const QVariant &v)
{
    return timeutil::dateFromStorage(v.toString().left(10));
}

/// Made on the company's date of the conversation (its time is stored in UTC).
QDate madeOn(const QVariant &occurredAt, const QTimeZone &zone)
{
    return timeutil::dateIn(timeutil::instantFromStorage(occurredAt.toString()), zone);
}

/// The invoice ids of a JSON array of numbers ([3,7]).
QList<qint64> idsOf(const QVariant &jsonArray)
{
    QList<qint64> ids;
    for (const QString &n : jsonArray.toString().mid(1).chopped(1).split(u',', Qt::SkipEmptyParts))
        ids.append(n.toLongLong());
    return ids;
}

PromiseRepository::Stored storedFrom(const QSqlQuery &r, const QTimeZone &zone)
{
    PromiseRepository::Stored row;
    row.id = r.value(0).toLongLong();
    row.clientId = r.value(1).toLongLong();
    row.clientCode = r.value(2).toString();
    row.clientName = r.value(3).toString();
    row.noteId = r.value(4).toLongLong();
    row.clerkId = r.value(5).toLongLong();
    row.terms.amount = Money::fromMinor(r.value(6).toLongLong(), r.value(7).toString());
    row.terms.promisedDate = dateOf(r.value(8));
    row.terms.madeOn = madeOn(r.value(9), zone);
    row.status = promiseStatusFromString(r.value(10).toString()).value_or(PromiseStatus::Open);
    row.terms.invoiceIds = idsOf(r.value(11));
    row.terms.madeAt = timeutil::instantFromStorage(r.value(12).toString());
    return row;
}
} // namespace

Result<qint64> PromiseRepository::createFromNote(const Note &note, const PromiseTerms &terms)
{
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO promises (client_id, note_id, amount_minor, "
                                       "currency, promised_date, status, created_at, created_by, "
                                       "made_at) VALUES (?,?,?,?,?,'open',?,?,COALESCE((SELECT "
                                       "occurred_at FROM note_revisions WHERE note_id = ? AND "
                                       "revision = 1), ?))"),
                        {note.clientId, note.id, terms.amount.minor(), terms.amount.currencyCode(),
                         timeutil::toStorage(terms.promisedDate),
                         timeutil::toStorage(note.recordedAt), sql::nullIfZero(note.authorId),
                         note.id, timeutil::toStorage(note.recordedAt)});
    if (!r)
        return r.error();
    const qint64 promiseId = r.value().lastInsertId;
    for (qint64 invoiceId : terms.invoiceIds) {
        if (auto l = sql::exec(m_db,
                               QStringLiteral("INSERT INTO promise_invoices "
                                              "(promise_id, invoice_id) VALUES (?,?) "
                                              "ON CONFLICT DO NOTHING"),
                               {promiseId, invoiceId});
            !l)
            return l.error();
    }
    return promiseId;
}

Result<void> PromiseRepository::amendFromNote(qint64 noteId, const PromiseTerms &terms)
{
    auto u = sql::exec(m_db,
                       QStringLiteral("UPDATE promises SET amount_minor = ?, currency = ?, "
                                      "promised_date = ? WHERE note_id = ? AND status = 'open'"),
                       {terms.amount.minor(), terms.amount.currencyCode(),
                        timeutil::toStorage(terms.promisedDate), noteId});
    if (!u)
        return u.error();
    return {};
}

Result<void> PromiseRepository::cancelFromNote(qint64 noteId)
{
    auto p = sql::exec(m_db,
                       QStringLiteral("UPDATE promises SET status = 'cancelled', "
                                      "evaluated_at = ? WHERE note_id = ? AND status = "
                                      "'open'"),
                       {sql::nowUtc(m_db), noteId});
    if (!p)
        return p.error();
    return {};
}

Result<QList<PromiseRepository::Stored>> PromiseRepository::list(qint64 clientId,
                                                                 const QDate &changeableSince) const
{
    QString where;
    QVariantList binds;
    if (clientId != 0) {
        where += QStringLiteral(" AND p.client_id = ?");
        binds << clientId;
    }
    if (changeableSince.isValid()) {
        where += QStringLiteral(" AND (p.status = 'open' OR p.promised_date >= ?)");
        binds << timeutil::toStorage(changeableSince);
    }
    return select(where, binds);
}

Result<QList<PromiseRepository::Terms>> PromiseRepository::termsPromisedBetween(
        const QDate &from, const QDate &upTo) const
{
    return terms(QStringLiteral("p.status <> 'cancelled' AND p.promised_date >= ? AND "
                                "p.promised_date <= ?"),
                 {timeutil::toStorage(from), timeutil::toStorage(upTo)});
}

Result<QList<PromiseRepository::Terms>> PromiseRepository::terms(const QString &condition,
                                                                 const QVariantList &binds) const
{
    const QString statement
            = QStringLiteral("SELECT p.client_id, p.amount_minor, p.currency, p.promised_date, "
                             "p.made_at, (SELECT %1 FROM promise_invoices x WHERE x.promise_id = "
                             "p.id), p.created_at, p.id FROM promises p WHERE %2")
                      .arg(sql::jsonArrayAgg(sql::dialectOf(m_db), QStringLiteral("invoice_id")),
                           condition);
    auto q = sql::exec(m_db, statement, binds);
    if (!q)
        return q.error();
    const QTimeZone zone = Database::timeZoneOf(m_db);
    QList<Terms> rows;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        Terms row;
        row.clientId = r.value(0).toLongLong();
        row.terms.amount = Money::fromMinor(r.value(1).toLongLong(), r.value(2).toString());
        row.terms.promisedDate = dateOf(r.value(3));
        row.terms.madeOn = madeOn(r.value(4), zone);
        row.terms.invoiceIds = idsOf(r.value(5));
        row.terms.madeAt = timeutil::instantFromStorage(r.value(6).toString());
        row.id = r.value(7).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<QList<PromiseRepository::Stored>> PromiseRepository::select(const QString &where,
                                                                   const QVariantList &binds) const
{
    const QString statement
            = QStringLiteral(
                      "SELECT p.id, p.client_id, c.code, c.name, p.note_id, COALESCE((SELECT "
                      "r.author_id FROM note_revisions r WHERE r.note_id = p.note_id AND "
                      "r.revision = 1), p.created_by), p.amount_minor, p.currency, "
                      "p.promised_date, p.made_at, p.status, "
                      "(SELECT %1 FROM promise_invoices x WHERE x.promise_id = p.id), "
                      "p.created_at FROM promises p JOIN clients c ON c.id = p.client_id WHERE "
                      "p.status <> 'cancelled'%2 ORDER BY p.promised_date DESC, p.id DESC")
                      .arg(sql::jsonArrayAgg(sql::dialectOf(m_db), QStringLiteral("invoice_id")),
                           where);
    auto q = sql::exec(m_db, statement, binds);
    if (!q)
        return q.error();
    const QTimeZone zone = Database::timeZoneOf(m_db);
    QList<Stored> rows;
    while (q.value().next())
        rows.append(storedFrom(q.value(), zone));
    return rows;
}

Result<bool> PromiseRepository::storeOutcome(qint64 promiseId, const PromiseOutcome &outcome)
{
    auto u = sql::exec(m_db,
                       QStringLiteral("UPDATE promises SET status = ?, paid_minor = ?, "
                                      "evaluated_at = ? WHERE id = ? AND status <> "
                                      "'cancelled' AND (status <> ? OR paid_minor <> ?)"),
                       {toString(outcome.status), outcome.paidMinor, sql::nowUtc(m_db), promiseId,
                        toString(outcome.status), outcome.paidMinor});
    if (!u)
        return u.error();
    return u.value().numRowsAffected() > 0;
}

} // namespace ardesk
