// SPDX-License-Identifier: MIT
#include "core/storage/arhistory.h"

#include "core/storage/promiseoutcomes.h"

#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/storage/sqlitestatement.h"

#include <QHash>

#include <array>

namespace ardesk {
namespace {

// The columns of the history, in the order of ar_history_events and of the table.
constexpr int kKeyColumns = 5; // day, currency, clerk_id, segment, disputed
constexpr int kSumColumns = 7; // issued, ar, not_due, over90, paid_count, paid_days, paid_late
const char kColumns[] = "day, currency, clerk_id, segment, disputed, issued, ar, not_due, "
                        "over90, paid_count, paid_days, paid_late";

/// One group's key as it came from SQLite (NULLs kept apart from empty text) and its sums.
struct Group
{
    std::array<QByteArray, 2> text; // day, currency
    qint64 clerk = 0;
    QByteArray segment;
    qint64 disputed = 0;
    std::array<bool, 3> null {}; // day, currency, segment
    std::array<qint64, kSumColumns> sums {};
};

Error handleError()
{
    return makeError(ErrorCode::Database, QStringLiteral("not a SQLite connection"));
}

/// SQLite has no hash aggregate: GROUP BY over the ~6.5 million events of tier L sorts them all
/// (17 of the rebuild's 24 CPU seconds). The events still come from the one view that defines
/// them; only their sums are taken here, in a hash of the ~50,000 groups.
Result<void> rebuildOnSqlite(const QSqlDatabase &conn)
{
    sqlite3 *h = Database::rawHandle(conn);
    if (!h)
        return handleError();
    SqliteStatement events(
            h,
            QByteArray("SELECT ").append(kColumns).append(" FROM ar_history_events").constData());
    if (!events.ok())
        return makeError(ErrorCode::Database, events.error());
    QHash<QByteArray, Group> groups;
    QByteArray key;
    while (events.step()) {
        key.resize(0);
        for (int c = 0; c < kKeyColumns; ++c) {
            // A NULL is a marker byte no text starts with; each part ends in a unit separator.
            if (events.isNull(c))
                key.append('\0');
            else
                key.append(events.utf8(c));
            key.append('\x1f');
        }
        auto it = groups.find(key);
        if (it == groups.end()) {
            Group g;
            g.null = {events.isNull(0), events.isNull(1), events.isNull(3)};
            g.text = {events.utf8(0).toByteArray(), events.utf8(1).toByteArray()};
            g.clerk = events.int64(2);
            g.segment = events.utf8(3).toByteArray();
            g.disputed = events.int64(4);
            it = groups.insert(key, g);
        }
        for (int s = 0; s < kSumColumns; ++s)
            it->sums[s] += events.int64(kKeyColumns + s);
    }
    if (!events.ok())
        return makeError(ErrorCode::Database, events.error());

    SqliteStatement insert(h,
                           QByteArray("INSERT INTO ar_history (")
                                   .append(kColumns)
                                   .append(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   .constData());
    for (const Group &g : std::as_const(groups)) {
        g.null[0] ? insert.bindNull(1) : insert.bind(1, g.text[0]);
        g.null[1] ? insert.bindNull(2) : insert.bind(2, g.text[1]);
        insert.bind(3, g.clerk);
        g.null[2] ? insert.bindNull(4) : insert.bind(4, g.segment);
        insert.bind(5, g.disputed);
        for (int s = 0; s < kSumColumns; ++s)
            insert.bind(kKeyColumns + 1 + s, g.sums[s]);
        if (!insert.run())
            break;
    }
    if (!insert.ok())
        return makeError(ErrorCode::Database, insert.error());
    return {};
}

} // namespace

Result<void> ArHistory::pause()
{
    auto r = sql::exec(m_db, QStringLiteral("UPDATE ar_history_state SET paused = 1 WHERE id = 1"));
    if (!r)
        return r.error();
    // The promise outcomes' triggers pause with the history (schema 20): rebuildAll() marks the
    // promises of the clients the load paid.
    if (Database::schemaVersionOf(m_db) >= PromiseOutcomes::kSchemaVersion)
        return PromiseOutcomes(m_db).beginBulk();
    return {};
}

Result<void> ArHistory::rebuildAll()
{
    if (auto r = sql::exec(m_db, QStringLiteral("DELETE FROM ar_history")); !r)
        return r.error();
    if (sql::dialectOf(m_db) == Dialect::SQLite) {
        if (auto r = rebuildOnSqlite(m_db); !r)
            return r;
    } else {
        // PostgreSQL aggregates by hash itself; the same statement as the migration's first
        // fill (resources/sql/postgresql/0016_ar_history.sql).
        const QString fill = QStringLiteral("INSERT INTO ar_history (%1) SELECT day, currency, "
                                            "clerk_id, segment, disputed, sum(issued), sum(ar), "
                                            "sum(not_due), sum(over90), sum(paid_count), "
                                            "sum(paid_days), sum(paid_late) FROM "
                                            "ar_history_events WHERE true GROUP BY day, "
                                            "currency, clerk_id, segment, disputed")
                                     .arg(QLatin1String(kColumns));
        if (auto r = sql::exec(m_db, fill); !r)
            return r.error();
    }
    if (Database::schemaVersionOf(m_db) >= PromiseOutcomes::kSchemaVersion) {
        if (auto m = PromiseOutcomes(m_db).endBulk(); !m)
            return m;
    }
    auto r = sql::exec(m_db, QStringLiteral("UPDATE ar_history_state SET paused = 0 WHERE id = 1"));
    if (!r)
        return r.error();
    return {};
}

} // namespace ardesk
