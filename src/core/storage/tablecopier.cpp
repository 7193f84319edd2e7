// SPDX-License-Identifier: MIT
#include "core/storage/tablecopier.h"

#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/rowstream.h"
#include "core/storage/sql.h"
#include "core/storage/sqlitestatement.h"

#include <QHash>
#include <QSet>

#include <libpq-fe.h>

namespace ardesk {
namespace {

/// COPY's buffer is handed to libpq in pieces of about this size.
constexpr qsizetype kCopyChunk = 1 << 20;

/// Tables a copy leaves out: the search index is derived from the record and rebuilt; the rest
/// are one dialect's own bookkeeping (the FTS5 index's shadow tables, SQLite's never-stored
/// history trigger row, PostgreSQL's schema version row, a company file's record of its
/// definitions).
bool isLeftOut(const QString &table)
{
    return table == QLatin1String("note_search") || table.startsWith(QLatin1String("note_search_"))
            || table.startsWith(QLatin1String("sqlite_"))
            || table == QLatin1String("ar_history_touch") || table == QLatin1String("ardesk_schema")
            || table == QLatin1String("ardesk_schema_objects");
}

/// Appends `value` in COPY's text form: backslash, tab, newline and carriage return escaped.
void appendEscaped(QByteArray &out, QByteArrayView value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

/// Appends bytes as bytea's hex input, escaped for COPY (`\\x0a1b…`).
void appendHexBytes(QByteArray &out, QByteArrayView bytes)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\\\x";
    const qsizetype start = out.size();
    out.resize(start + 2 * bytes.size());
    char *p = out.data() + start;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *p++ = digits[b >> 4];
        *p++ = digits[b & 0x0f];
    }
}

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

} // namespace

TableCopier::TableCopier(QSqlDatabase source, QSqlDatabase target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{
    m_intoPostgres = sql::isPostgres(m_target);
    m_sqlite = m_intoPostgres ? m_source : m_target;
    m_postgres = m_intoPostgres ? m_target : m_source;
}

TableCopier::TableCopier(const Database &source, const Database &target)
    : TableCopier(source.connection(), target.connection())
{ }

Result<QList<TableCopier::TableCount>> TableCopier::countRows(const Database &db,
                                                              const Database &file)
{
    auto tables = tablesInOrder(file.connection());
    if (!tables)
        return tables.error();
    return countRows(db.connection(), tables.value());
}

Result<QStringList> TableCopier::tablesInOrder(const QSqlDatabase &sqlite)
{
    auto q = sql::exec(sqlite,
                       QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "ORDER BY name"));
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        if (!isLeftOut(name))
            names << name;
    }
    QHash<QString, QSet<QString>> refersTo;
    for (const QString &t : std::as_const(names)) {
        auto fk = sql::exec(
                sqlite, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {t});
        if (!fk)
            return fk.error();
        while (fk.value().next()) {
            const QString parent = fk.value().value(0).toString();
            if (parent != t && names.contains(parent))
                refersTo[t].insert(parent);
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        bool progressed = false;
        for (const QString &t : std::as_const(names)) {
            if (placed.contains(t))
                continue;
            bool ready = true;
            for (const QString &p : refersTo.value(t))
                ready = ready && placed.contains(p);
            if (ready) {
                ordered << t;
                placed.insert(t);
                progressed = true;
            }
        }
        if (!progressed)
            return makeError(ErrorCode::Corrupt,
                             tr("the tables' references form a cycle; cannot order the copy"));
    }
    // The history's pause switch goes last: the copy runs with the history paused (a company
    // file's triggers would count every copied invoice again), and the copied row restores it.
    if (ordered.removeOne(QStringLiteral("ar_history_state")))
        ordered << QStringLiteral("ar_history_state");
    return ordered;
}

Result<QList<TableCopier::TableCount>> TableCopier::countRows(const QSqlDatabase &db,
                                                              const QStringList &tables)
{
    QList<TableCount> counts;
    for (const QString &t : tables) {
        auto n = sql::exec(db, QStringLiteral("SELECT count(*) FROM ") + quoted(t));
        if (!n)
            return n.error();
        n.value().next();
        counts.append({t, n.value().value(0).toLongLong()});
    }
    return counts;
}

Result<QList<TableCopier::Column>> TableCopier::columnsOf(const QString &table) const
{
    auto pg = sql::exec(
            m_postgres,
            QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                           "WHERE table_schema = current_schema() AND table_name = ? "
                           "AND is_generated = 'NEVER' ORDER BY ordinal_position"),
            {table});
    if (!pg)
        return pg.error();
    QList<Column> columns;
    QSet<QString> names;
    while (pg.value().next()) {
        Column c;
        c.name = pg.value().value(0).toString();
        const QString type = pg.value().value(1).toString();
        if (type == QLatin1String("bigint") || type == QLatin1String("integer")
            || type == QLatin1String("smallint"))
            c.kind = Column::Integer;
        else if (type == QLatin1String("bytea"))
            c.kind = Column::Bytes;
        columns << c;
        names.insert(c.name);
    }
    if (columns.isEmpty())
        return makeError(ErrorCode::Corrupt,
                         tr("the team database has no table %1 (is it at the same schema "
                            "version as the company file?)")
                                 .arg(table));
    auto lite
            = sql::exec(m_sqlite, QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    if (!lite)
        return lite.error();
    QSet<QString> liteNames;
    while (lite.value().next())
        liteNames.insert(lite.value().value(0).toString());
    if (liteNames != names) {
        QStringList differ;
        for (const QString &n : names - liteNames)
            differ << tr("%1 only in the team database").arg(n);
        for (const QString &n : liteNames - names)
            differ << tr("%1 only in the company file").arg(n);
        differ.sort();
        return makeError(ErrorCode::Corrupt,
                         tr("table %1 differs between the two schemas: %2")
                                 .arg(table, differ.join(QStringLiteral(", "))));
    }
    return columns;
}

Result<void> TableCopier::prepareTarget()
{
    if (m_intoPostgres) {
        // Triggers and foreign keys off for this transaction: the rows are copied as they are
        // (the record's append-only rules allow inserts anyway); verify checks them afterwards.
        if (auto r
            = execSql(m_target, QStringLiteral("SET LOCAL session_replication_role = replica"));
            !r)
            return makeError(ErrorCode::PermissionDenied,
                             tr("the copy into a team database needs a superuser login (it "
                                "switches the triggers off while it loads): %1")
                                     .arg(r.errorString()));
        return {};
    }
    if (auto r = sql::exec(m_target, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !r)
        return r.error();
    if (auto r = sql::exec(m_target,
                           QStringLiteral("UPDATE ar_history_state SET paused = 1 WHERE id = 1"));
        !r)
        return r.error();
    return {};
}

Result<QList<TableCopier::TableCount>> TableCopier::copy(const Progress &progress)
{
    if (m_intoPostgres)
        return copyTables(progress);
    // The team database is read in one snapshot: its cursors live in this transaction.
    if (auto r
        = execSql(m_source, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        !r)
        return r.error();
    auto copied = copyTables(progress);
    if (auto r = execSql(m_source, copied ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        !r && copied)
        return r.error();
    return copied;
}

Result<QList<TableCopier::TableCount>> TableCopier::copyTables(const Progress &progress)
{
    auto tables = tablesInOrder(m_sqlite);
    if (!tables)
        return tables.error();
    {
        auto pg = sql::exec(m_postgres,
                            QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables "
                                           "WHERE schemaname = current_schema()"));
        if (!pg)
            return pg.error();
        QSet<QString> pgTables;
        while (pg.value().next())
            if (const QString t = pg.value().value(0).toString(); !isLeftOut(t))
                pgTables.insert(t);
        const QSet<QString> liteTables(tables.value().cbegin(), tables.value().cend());
        if (pgTables != liteTables) {
            QStringList differ = QStringList(pgTables.cbegin(), pgTables.cend());
            differ << QStringList(liteTables.cbegin(), liteTables.cend());
            QStringList odd;
            for (const QString &t : std::as_const(differ))
                if (!(pgTables.contains(t) && liteTables.contains(t)) && !odd.contains(t))
                    odd << t;
            odd.sort();
            return makeError(ErrorCode::Corrupt,
                             tr("the company file and the team database do not have the same "
                                "tables (%1): are they at the same schema version?")
                                     .arg(odd.join(QStringLiteral(", "))));
        }
    }
    auto sourceCounts = countRows(m_source, tables.value());
    if (!sourceCounts)
        return sourceCounts.error();
    qint64 total = 0;
    for (const TableCount &c : sourceCounts.value())
        total += c.rows;
    if (auto r = prepareTarget(); !r)
        return r.error();

    QList<TableCount> copied;
    qint64 done = 0;
    for (const QString &table : std::as_const(tables.value())) {
        auto columns = columnsOf(table);
        if (!columns)
            return columns.error();
        // Rows a new schema holds by itself (the history's switch; a company file's first role
        // of each copied user, written by its trigger) give way to the copied ones.
        if (auto r = sql::exec(m_target, QStringLiteral("DELETE FROM ") + quoted(table)); !r)
            return r.error();
        const qint64 before = done;
        auto report = [&](qint64 rows) {
            done = before + rows;
            if (progress)
                progress(done, total);
        };
        auto n = m_intoPostgres ? copyIntoPostgres(table, columns.value(), report)
                                : copyIntoSqlite(table, columns.value(), report);
        if (!n)
            return makeError(n.error().code, tr("copying %1: %2").arg(table, n.errorString()));
        copied.append({table, n.value()});
    }
    if (auto r = finishTarget(tables.value()); !r)
        return r.error();
    return copied;
}

Result<qint64> TableCopier::copyIntoPostgres(const QString &table, const QList<Column> &columns,
                                             const std::function<void(qint64)> &copied)
{
    QStringList names;
    for (const Column &c : columns)
        names << quoted(c.name);
    const QByteArray select = (QStringLiteral("SELECT ") + names.join(u',')
                               + QStringLiteral(" FROM ") + quoted(table))
                                      .toUtf8();
    RowStream rows(m_source, select.constData());
    PGconn *pg = sql::postgresConnection(m_target);
    if (!pg)
        return makeError(ErrorCode::Database, tr("no libpq connection to the team database"));
    // FREEZE (the table was created in this transaction): the rows arrive frozen and their pages
    // all-visible, as a VACUUM would leave them. Without it the first reads of a moved company
    // write hint bits into every page, and index-only scans (the Today queue's covering indexes)
    // visit the table until autovacuum comes by.
    const QByteArray copy = (QStringLiteral("COPY ") + quoted(table) + QStringLiteral(" (")
                             + names.join(u',') + QStringLiteral(") FROM STDIN WITH (FREEZE)"))
                                    .toUtf8();
    PGresult *started = PQexec(pg, copy.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    const QString startError = QString::fromUtf8(PQresultErrorMessage(started)).trimmed();
    PQclear(started);
    if (!copying)
        return makeError(ErrorCode::Database, startError);

    QByteArray buffer;
    buffer.reserve(kCopyChunk + 64 * 1024);
    qint64 n = 0;
    QString failure;
    auto flush = [&]() {
        if (buffer.isEmpty() || !failure.isEmpty())
            return;
        if (PQputCopyData(pg, buffer.constData(), int(buffer.size())) != 1)
            failure = QString::fromUtf8(PQerrorMessage(pg)).trimmed();
        buffer.clear();
    };
    while (failure.isEmpty() && rows.step()) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            if (rows.isNull(i))
                buffer += "\\N";
            else if (columns[i].kind == Column::Bytes)
                appendHexBytes(buffer, rows.blob(i));
            else
                appendEscaped(buffer, rows.utf8(i));
        }
        buffer += '\n';
        if (++n % 1000 == 0)
            copied(n);
        if (buffer.size() >= kCopyChunk)
            flush();
    }
    flush();
    if (failure.isEmpty() && !rows.ok())
        failure = rows.error();
    const QByteArray abort = failure.toUtf8();
    if (PQputCopyEnd(pg, failure.isEmpty() ? nullptr : abort.constData()) != 1 && failure.isEmpty())
        failure = QString::fromUtf8(PQerrorMessage(pg)).trimmed();
    while (PGresult *result = PQgetResult(pg)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!failure.isEmpty())
        return makeError(ErrorCode::Database, failure);
    copied(n);
    return n;
}

Result<qint64> TableCopier::copyIntoSqlite(const QString &table, const QList<Column> &columns,
                                           const std::function<void(qint64)> &copied)
{
    QStringList names, marks;
    for (const Column &c : columns) {
        names << quoted(c.name);
        marks << QStringLiteral("?");
    }
    const QByteArray select = (QStringLiteral("SELECT ") + names.join(u',')
                               + QStringLiteral(" FROM ") + quoted(table))
                                      .toUtf8();
    const QByteArray insert
            = (QStringLiteral("INSERT INTO ") + quoted(table) + QStringLiteral(" (")
               + names.join(u',') + QStringLiteral(") VALUES (") + marks.join(u',') + u')')
                      .toUtf8();
    RowStream rows(m_source, select.constData());
    SqliteStatement into(Database::rawHandle(m_target), insert.constData());
    qint64 n = 0;
    while (into.ok() && rows.step()) {
        for (int i = 0; i < columns.size(); ++i) {
            const int index = i + 1;
            if (rows.isNull(i))
                into.bindNull(index);
            else if (columns[i].kind == Column::Integer)
                into.bind(index, rows.int64(i));
            else if (columns[i].kind == Column::Bytes)
                into.bindBlob(index, rows.blob(i).toByteArray());
            else
                into.bindView(index, rows.utf8(i));
        }
        into.run();
        if (++n % 1000 == 0)
            copied(n);
    }
    if (!rows.ok())
        return makeError(ErrorCode::Database, rows.error());
    if (!into.ok())
        return makeError(ErrorCode::Database, into.error());
    copied(n);
    return n;
}

Result<void> TableCopier::settle(const Database &target)
{
    const QSqlDatabase db = target.connection();
    if (!sql::isPostgres(db))
        return {};
    if (sql::inTransaction(db))
        return makeError(ErrorCode::Database,
                         QStringLiteral("VACUUM cannot run inside a transaction"));
    return execSql(db, QStringLiteral("VACUUM"));
}

Result<void> TableCopier::finishTarget(const QStringList &tables)
{
    if (m_intoPostgres) {
        if (auto r
            = execSql(m_target, QStringLiteral("SET LOCAL session_replication_role = origin"));
            !r)
            return r.error();
        // The planner knows nothing of the rows just loaded: without statistics the search
        // index's rebuild below joins the record by nested scans (minutes for 370k notes).
        for (const QString &table : tables)
            if (auto r = execSql(m_target, QStringLiteral("ANALYZE ") + quoted(table)); !r)
                return r.error();
        // The search index's own indexes are built once over the rebuilt rows (a GIN index
        // built in bulk instead of row by row), then put back as they were defined.
        auto defs = sql::exec(m_target,
                              QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE "
                                             "schemaname = current_schema() AND tablename = "
                                             "'note_search' AND indexname NOT IN (SELECT "
                                             "conname FROM pg_constraint)"));
        if (!defs)
            return defs.error();
        QStringList rebuild;
        while (defs.value().next()) {
            if (auto r
                = execSql(m_target,
                          QStringLiteral("DROP INDEX ") + quoted(defs.value().value(0).toString()));
                !r)
                return r.error();
            rebuild << defs.value().value(1).toString();
        }
        if (auto r = sql::exec(m_target,
                               QStringLiteral("INSERT INTO note_search (note_id, body, contact, "
                                              "attachments, fields, facets) SELECT note_id, "
                                              "body, contact, attachments, fields, facets FROM "
                                              "note_search_source"));
            !r)
            return r.error();
        if (auto r = execSql(m_target, QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
            !r)
            return r.error();
        for (const QString &def : std::as_const(rebuild))
            if (auto r = execSql(m_target, def); !r)
                return r.error();
        // Identity columns continue after the copied ids (BY DEFAULT took them as given).
        auto ids = sql::exec(m_target,
                             QStringLiteral("SELECT table_name, column_name FROM "
                                            "information_schema.columns WHERE table_schema = "
                                            "current_schema() AND is_identity = 'YES'"));
        if (!ids)
            return ids.error();
        QList<QPair<QString, QString>> identities;
        while (ids.value().next())
            identities.append({ids.value().value(0).toString(), ids.value().value(1).toString()});
        for (const auto &[table, column] : std::as_const(identities)) {
            const QString advance
                    = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                     "coalesce(max(%3), 0) + 1, false) FROM %4")
                              .arg(quoted(table), column, quoted(column), quoted(table));
            if (auto r = sql::exec(m_target, advance); !r)
                return r.error();
        }
        return {};
    }
    if (auto r = sql::exec(m_target, QStringLiteral("DELETE FROM note_search")); !r)
        return r.error();
    if (auto r = sql::exec(m_target,
                           QStringLiteral("INSERT INTO note_search (rowid, body, contact, "
                                          "attachments, fields, facets) SELECT note_id, body, "
                                          "contact, attachments, fields, facets FROM "
                                          "note_search_source"));
        !r)
        return r.error();
    return {};
}

} // namespace ardesk
