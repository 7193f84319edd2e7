// SPDX-License-Identifier: MIT
#include "core/storage/arsummary.h"

#include "core/storage/database.h"

#include "core/storage/companysettings.h"
#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

namespace ardesk {

namespace {

/// The next contact of the client whose id is the column `clientId`: the earliest open contact
/// task (a follow-up or a call) at its due date or, when snoozed past it, the snoozed-until
/// date. Null when there is none.
QString nextContactOf(Dialect dialect, const QString &clientId)
{
    return QStringLiteral("(SELECT min(%2) "
                          "FROM tasks t WHERE t.client_id = %1 AND t.status = 'open' AND "
                          "t.kind IN ('follow_up', 'call'))")
            .arg(clientId,
                 sql::greatest(dialect,
                               {QStringLiteral("t.due_date"),
                                QStringLiteral("COALESCE(t.snoozed_until, t.due_date)")}));
}
const QString kAsOfKey = QStringLiteral("summary.as_of");
} // namespace

QString ArSummary::conversationCondition(const QString &revision)
{
    return QStringLiteral("(%1.channel = 'meeting' OR (%1.direction = 'in' AND %1.channel <> "
                          "'internal') OR (%1.channel = 'call' AND %1.outcome NOT IN "
                          "('left_voicemail', 'no_answer', 'wrong_number')))")
            .arg(revision);
}

Result<void> ArSummary::recompute(Scope scope, const QString &filter, const QVariantList &binds,
                                  const QDate &asOf)
{
    const QString d = timeutil::toStorage(asOf);
    QVariantList values {d, d};
    values += binds; // the filter on the open invoices
    values += binds; // the same filter on the clients
    // One row per client in its own currency; other-currency open invoices are counted. The
    // open invoices are read in one grouped pass. For every client that pass reads the partial
    // index of open items, which covers it (a fraction of the invoices, never the table); for
    // a few clients their own invoices by client are cheaper.
    const Dialect dialect = sql::dialectOf(m_db);
    const QString openItems = scope == Scope::All && dialect == Dialect::SQLite
            ? QStringLiteral("invoices i INDEXED BY invoices_open_due")
            : QStringLiteral("invoices i");
    const QStringList columns {QStringLiteral("client_id"),
                               QStringLiteral("currency"),
                               QStringLiteral("balance_minor"),
                               QStringLiteral("overdue_minor"),
                               QStringLiteral("open_invoices"),
                               QStringLiteral("oldest_open_due_date"),
                               QStringLiteral("other_currency_invoices"),
                               QStringLiteral("last_contact_at"),
                               QStringLiteral("next_contact_date"),
                               QStringLiteral("as_of"),
                               QStringLiteral("last_conversation_at")};
    auto r = sql::exec(
            m_db,
            sql::insertOrReplace(
                    dialect, QStringLiteral("client_summary"), columns,
                    {QStringLiteral("client_id")},
                    QStringLiteral(
                            "SELECT c.id, c.currency, COALESCE(o.balance, 0), COALESCE(o.overdue, "
                            "0), "
                            " COALESCE(o.open_invoices, 0), o.oldest, COALESCE(o.other, 0), "
                            " (SELECT max(r.occurred_at) FROM notes n JOIN note_revisions r ON "
                            "   r.note_id = n.id WHERE n.client_id = c.id), "
                            " %4, "
                            " ?, "
                            " (SELECT max(r.occurred_at) FROM notes n JOIN note_revisions r ON "
                            "   r.note_id = n.id WHERE n.client_id = c.id AND %5) "
                            " FROM clients c LEFT JOIN ("
                            "  SELECT i.client_id, "
                            "   sum(CASE WHEN i.currency = ic.currency THEN i.balance_minor ELSE 0 "
                            "END) "
                            "     AS balance, "
                            "   sum(CASE WHEN i.currency = ic.currency AND i.due_date < ? "
                            "     THEN i.balance_minor ELSE 0 END) AS overdue, "
                            "   count(*) AS open_invoices, "
                            "   min(CASE WHEN i.currency = ic.currency THEN i.due_date END) AS "
                            "oldest, "
                            "   sum(CASE WHEN i.currency <> ic.currency THEN 1 ELSE 0 END) AS "
                            "other "
                            "  FROM %1 JOIN clients ic ON ic.id = i.client_id "
                            "  WHERE i.balance_minor > 0 AND %2 GROUP BY i.client_id"
                            " ) o ON o.client_id = c.id WHERE %3"))
                    .arg(openItems, filter.arg(QStringLiteral("i.client_id")),
                         filter.arg(QStringLiteral("c.id")),
                         nextContactOf(dialect, QStringLiteral("c.id")),
                         conversationCondition(QStringLiteral("r"))),
            values);
    if (!r)
        return r.error();
    return {};
}

Result<void> ArSummary::refreshClient(qint64 clientId, const QDate &asOf)
{
    return recompute(Scope::Some, QStringLiteral("%1 = ?"), {clientId}, asOf);
}

Result<void> ArSummary::noteAdded(qint64 clientId, const QDateTime &occurredAt, Contact kind,
                                  const QDate &asOf)
{
    // Recomputing walks every note of the client: on a client with hundreds of notes that was
    // most of a note's save. The newest note decides the last contact, so when it is the newest
    // nothing else is needed.
    const QString at = timeutil::toStorage(occurredAt);
    const bool conversation = kind == Contact::Conversation;
    auto u = sql::write(m_db,
                        QStringLiteral("UPDATE client_summary SET last_contact_at = ?, "
                                       "last_conversation_at = CASE WHEN ? = 1 THEN ? ELSE "
                                       "last_conversation_at END WHERE client_id = ? AND "
                                       "(last_contact_at IS NULL OR last_contact_at <= ?) AND "
                                       "(? = 0 OR last_conversation_at IS NULL OR "
                                       "last_conversation_at <= ?)"),
                        {at, conversation ? 1 : 0, at, clientId, at, conversation ? 1 : 0, at});
    if (!u)
        return u.error();
    if (u.value().rowsAffected == 1)
        return {};
    return refreshClient(clientId, asOf); // an older note, or no summary row yet
}

Result<void> ArSummary::tasksChanged(qint64 clientId)
{
    auto u = sql::write(m_db,
                        QStringLiteral("UPDATE client_summary SET next_contact_date = %1 WHERE "
                                       "client_id = ?")
                                .arg(nextContactOf(sql::dialectOf(m_db),
                                                   QStringLiteral("client_summary.client_id"))),
                        {clientId});
    if (!u)
        return u.error();
    return {};
}

Result<void> ArSummary::refreshConversations()
{
    auto u = sql::exec(m_db,
                       QStringLiteral("UPDATE client_summary SET last_conversation_at = (SELECT "
                                      "max(r.occurred_at) FROM notes n JOIN note_revisions r ON "
                                      "r.note_id = n.id WHERE n.client_id = "
                                      "client_summary.client_id AND %1)")
                               .arg(conversationCondition(QStringLiteral("r"))));
    if (!u)
        return u.error();
    return {};
}

Result<void> ArSummary::rebuildAll(const QDate &asOf)
{
    if (auto r = recompute(Scope::All, QStringLiteral("%1 IS NOT NULL"), {}, asOf); !r)
        return r;
    return writeSetting(m_db, kAsOfKey, timeutil::toStorage(asOf));
}

Result<QDate> ArSummary::asOf() const
{
    auto r = readSetting(m_db, kAsOfKey, QString());
    if (!r)
        return r.error();
    return timeutil::dateFromStorage(r.value());
}

QDate ArSummary::workingDate() const
{
    const auto stored = asOf();
    return stored && stored.value().isValid() ? stored.value() : Database::todayOf(m_db);
}

Result<int> ArSummary::advanceTo(const QDate &asOf)
{
    auto previous = this->asOf();
    if (!previous)
        return previous.error();
    if (!previous.value().isValid() || asOf < previous.value()) {
        if (auto r = rebuildAll(asOf); !r)
            return r.error();
        return -1;
    }
    if (asOf == previous.value())
        return 0;
    // Invoices whose due date passed in (previous - 1, asOf - 1] became overdue.
    const QString from = timeutil::toStorage(previous.value());
    const QString to = timeutil::toStorage(asOf);
    auto n = sql::scalar(m_db,
                         QStringLiteral("SELECT count(DISTINCT client_id) FROM invoices WHERE "
                                        "balance_minor > 0 AND due_date >= ? AND due_date < ?"),
                         {from, to}, 0);
    if (!n)
        return n.error();
    if (auto r = recompute(Scope::Some,
                           QStringLiteral("%1 IN (SELECT client_id FROM invoices WHERE "
                                          "balance_minor > 0 AND due_date >= ? AND due_date < "
                                          "?)"),
                           {from, to}, asOf);
        !r)
        return r.error();
    if (auto w = sql::exec(m_db, QStringLiteral("UPDATE client_summary SET as_of = ?"), {to}); !w)
        return w.error();
    if (auto w = writeSetting(m_db, kAsOfKey, to); !w)
        return w.error();
    return n.value().toInt();
}

} // namespace ardesk
