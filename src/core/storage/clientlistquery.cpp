// SPDX-License-Identifier: MIT
#include "core/storage/clientlistquery.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/ledgerreplay.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

namespace ardesk {
namespace {

QString orderBy(ClientListQuery::SortKey key, Qt::SortOrder order)
{
    const QString dir
            = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // "Days past due" grows as the oldest due date gets older: the opposite direction. Rows
    // without a value sort last either way.
    const QString inv
            = order == Qt::AscendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    switch (key) {
    case ClientListQuery::SortKey::Code:
        return QStringLiteral("c.code COLLATE NOCASE ") + dir;
    case ClientListQuery::SortKey::Name:
        return QStringLiteral("c.name COLLATE NOCASE ") + dir + QStringLiteral(", c.id ") + dir;
    case ClientListQuery::SortKey::Status:
        return QStringLiteral("c.status ") + dir + QStringLiteral(", c.name COLLATE NOCASE ") + dir;
    case ClientListQuery::SortKey::Balance:
        // Ties break on the summary's rowid so the index on the column serves the whole order.
        return QStringLiteral("s.balance_minor ") + dir + QStringLiteral(", s.client_id ") + dir;
    case ClientListQuery::SortKey::Overdue:
        return QStringLiteral("s.overdue_minor ") + dir + QStringLiteral(", s.client_id ") + dir;
    case ClientListQuery::SortKey::OldestDaysPastDue:
        // Most days late = oldest due date first; clients with nothing open count as 0 days.
        // The expressions match indexes in the schema, so no sort of the whole table is needed.
        return QStringLiteral("COALESCE(s.oldest_open_due_date, '9999-12-31') ") + inv
                + QStringLiteral(", s.client_id ") + inv;
    case ClientListQuery::SortKey::NextContact:
        return order == Qt::AscendingOrder
                ? QStringLiteral("COALESCE(s.next_contact_date, '9999-12-31') ASC, s.client_id ASC")
                : QStringLiteral("COALESCE(s.next_contact_date, '0000-01-01') DESC, "
                                 "s.client_id DESC");
    case ClientListQuery::SortKey::Clerk:
        return QStringLiteral("u.display_name IS NULL, u.display_name COLLATE NOCASE ") + dir
                + QStringLiteral(", c.name COLLATE NOCASE");
    }
    return QStringLiteral("c.id");
}

QString escapeLike(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

} // namespace

int ClientListRow::oldestDaysPastDue(const QDate &asOf) const
{
    if (!oldestOpenDueDate.isValid() || oldestOpenDueDate >= asOf)
        return 0;
    return int(oldestOpenDueDate.daysTo(asOf));
}

void ClientListQuery::narrow(const Spec &spec, QStringList &conditions, QVariantList &binds) const
{
    if (spec.owingOnly)
        conditions << QStringLiteral(
                "c.id IN (SELECT client_id FROM client_summary WHERE balance_minor > 0)");
    if (spec.minDaysLate > 0) {
        const QDate asOf = spec.asOf.isValid()
                ? spec.asOf
                : QDate::fromString(sql::nowUtc(m_db).left(10), Qt::ISODate);
        conditions << QStringLiteral("c.id IN (SELECT client_id FROM client_summary WHERE "
                                     "oldest_open_due_date <= ?)");
        binds << timeutil::toStorage(asOf.addDays(-spec.minDaysLate));
    }
    if (spec.clerkId) {
        conditions << QStringLiteral("c.assigned_user_id = ?");
        binds << spec.clerkId;
    }
    if (!spec.segment.isEmpty()) {
        conditions << QStringLiteral("c.segment = ?");
        binds << spec.segment;
    }
    if (spec.status) {
        conditions << QStringLiteral("c.status = ?");
        binds << toString(*spec.status);
    }
    narrowToBucket(spec, conditions, binds);
    narrowToNoContact(spec, conditions, binds);
}

void ClientListQuery::narrowToNoContact(const Spec &spec, QStringList &conditions,
                                        QVariantList &binds) const
{
    if (spec.noContactDays <= 0)
        return;
    const QDate asOf = spec.asOf.isValid() ? spec.asOf : Database::todayOf(m_db);
    const QTimeZone zone = Database::timeZoneOf(m_db);
    const QString from
            = timeutil::toStorage(timeutil::startOfDay(asOf.addDays(1 - spec.noContactDays), zone));
    const QString until = timeutil::toStorage(timeutil::startOfDay(asOf.addDays(1), zone));
    // The summary's last contact (any note's newest time, internal ones too) answers for every
    // client not written to since `from`; the others are asked note by note.
    conditions << QStringLiteral(
            "(COALESCE((SELECT ls.last_contact_at FROM client_summary ls WHERE ls.client_id = "
            "c.id), '') < ? OR NOT EXISTS (SELECT 1 FROM notes n JOIN note_revisions r ON "
            "r.note_id = n.id WHERE n.client_id = c.id AND r.channel <> 'internal' AND "
            "r.occurred_at >= ? AND r.occurred_at < ? AND NOT EXISTS (SELECT 1 FROM "
            "note_revisions newer WHERE newer.note_id = r.note_id AND newer.revision > "
            "r.revision) AND NOT EXISTS (SELECT 1 FROM note_tombstones t WHERE t.note_id = "
            "n.id)))");
    binds << from << from << until;
}

void ClientListQuery::narrowToBucket(const Spec &spec, QStringList &conditions,
                                     QVariantList &binds) const
{
    if (!spec.agingBucket)
        return;
    const QDate asOf = spec.asOf.isValid() ? spec.asOf : Database::todayOf(m_db);
    const QString day = timeutil::toStorage(asOf);
    // The invoices open at the end of the day, as AgingReport replays them.
    QString invoices = QStringLiteral("SELECT i.client_id FROM invoices i WHERE i.issue_date <= ? "
                                      "AND (i.settled_date IS NULL OR i.settled_date > ?)");
    binds << day << day;
    if (!spec.agingCurrency.isEmpty()) {
        invoices += QStringLiteral(" AND i.currency = ?");
        binds << spec.agingCurrency;
    }
    if (const auto first = agingBucketFirstDay(*spec.agingBucket)) {
        invoices += QStringLiteral(" AND i.due_date <= ?");
        binds << timeutil::toStorage(asOf.addDays(-*first));
    }
    if (const auto last = agingBucketLastDay(*spec.agingBucket)) {
        invoices += QStringLiteral(" AND i.due_date >= ?");
        binds << timeutil::toStorage(asOf.addDays(-*last));
    }
    invoices += QStringLiteral(" AND ") + ledgerreplay::replayedBalance() + QStringLiteral(" > 0");
    binds << day << day;
    conditions << QStringLiteral("c.id IN (") + invoices + u')';
}

QString ClientListQuery::whereClause(const Spec &spec, QVariantList &binds, Purpose purpose) const
{
    QStringList conditions;
    // Unary + keeps the planner off the archived_at index for pages (every live client matches;
    // the sort-key index is the fast path); count() below uses the index.
    if (!spec.includeArchived)
        conditions << (purpose == Purpose::Page && sql::dialectOf(m_db) == Dialect::SQLite
                               ? QStringLiteral("+c.archived_at IS NULL")
                               : QStringLiteral("c.archived_at IS NULL"));
    const QString filter = spec.filter.trimmed();
    if (!filter.isEmpty()) {
        const QString like = u'%' + escapeLike(filter) + u'%';
        // Case-insensitive as SQLite's LIKE is (ASCII letters).
        conditions << QStringLiteral("(c.name %1 ? ESCAPE '\\' OR c.code %1 ? ESCAPE '\\' OR "
                                     "EXISTS (SELECT 1 "
                                     "FROM contacts k WHERE k.client_id = c.id AND (k.name %1 ? "
                                     "ESCAPE '\\' OR "
                                     "k.email %1 ? ESCAPE '\\')))")
                              .arg(sql::likeInsensitive(sql::dialectOf(m_db)));
        binds << like << like << like << like;
    }
    narrow(spec, conditions, binds);
    return conditions.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QList<qint64>> ClientListQuery::ids(const Spec &spec) const
{
    QVariantList binds;
    const QString where = whereClause(spec, binds, Purpose::Count);
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT c.id FROM client_summary s JOIN clients c ON c.id = "
                                      "s.client_id LEFT JOIN users u ON u.id = c.assigned_user_id")
                               + where + QStringLiteral(" ORDER BY ")
                               + orderBy(spec.sortKey, spec.order),
                       binds);
    if (!r)
        return r.error();
    QList<qint64> ids;
    while (r.value().next())
        ids.append(r.value().value(0).toLongLong());
    return ids;
}

Result<int> ClientListQuery::count(const Spec &spec) const
{
    QVariantList binds;
    const QString where = whereClause(spec, binds, Purpose::Count);
    auto r = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM clients c") + where, binds, 0);
    if (!r)
        return r.error();
    return r.value().toInt();
}

Result<QList<ClientListRow>> ClientListQuery::page(const Spec &spec, int offset, int limit) const
{
    QVariantList binds;
    const QString where = whereClause(spec, binds, Purpose::Page);
    binds << sql::limitValue(sql::dialectOf(m_db), limit) << offset;
    // The columns of the SELECT below, in its order.
    enum Column : int {
        Id,
        Code,
        Name,
        Status,
        CurrencyCode,
        Balance,
        Overdue,
        OldestOpenDueDate,
        NextContactDate,
        Clerk,
        CreditHold,
        CreditLimit,
        OtherCurrencyInvoices,
        Archived,
    };
    auto r = sql::exec(
            m_db,
            QStringLiteral(
                    "SELECT c.id, c.code, c.name, c.status, c.currency, s.balance_minor, "
                    "s.overdue_minor, s.oldest_open_due_date, s.next_contact_date, "
                    "COALESCE(NULLIF(u.display_name, ''), u.name), c.credit_hold, "
                    "c.credit_limit_minor, s.other_currency_invoices, c.archived_at IS NOT NULL "
                    "FROM client_summary "
                    "s JOIN clients c ON c.id = s.client_id LEFT JOIN users u ON u.id = "
                    "c.assigned_user_id")
                    + where + QStringLiteral(" ORDER BY ") + orderBy(spec.sortKey, spec.order)
                    + QStringLiteral(" LIMIT ? OFFSET ?"),
            binds);
    if (!r)
        return r.error();
    QList<ClientListRow> rows;
    rows.reserve(limit);
    QSqlQuery &q = r.value();
    while (q.next()) {
        ClientListRow row;
        row.id = q.value(Column::Id).toLongLong();
        row.code = q.value(Column::Code).toString();
        row.name = q.value(Column::Name).toString();
        row.status = clientStatusFromString(q.value(Column::Status).toString())
                             .value_or(ClientStatus::Active);
        row.currency = q.value(Column::CurrencyCode).toString();
        row.balanceMinor = q.value(Column::Balance).toLongLong();
        row.overdueMinor = q.value(Column::Overdue).toLongLong();
        row.oldestOpenDueDate
                = timeutil::dateFromStorage(q.value(Column::OldestOpenDueDate).toString());
        row.nextContactDate
                = timeutil::dateFromStorage(q.value(Column::NextContactDate).toString());
        row.clerk = q.value(Column::Clerk).toString();
        row.creditHold = q.value(Column::CreditHold).toBool();
        row.creditLimitMinor = q.value(Column::CreditLimit).toLongLong();
        row.otherCurrencyInvoices = q.value(Column::OtherCurrencyInvoices).toInt();
        row.archived = q.value(Column::Archived).toBool();
        rows.append(row);
    }
    return rows;
}

} // namespace ardesk
