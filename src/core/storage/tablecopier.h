// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ardesk {

class Database;

/// Copies a whole company between the two dialects: every row of every table of a company file
/// into a new team database (team import), or of a team database into a new company file (team
/// export), with the same ids, timestamps, hashes and attachment bytes.
///
/// The caller holds a write transaction on `target` (the one that created its schema:
/// Database::Options::initialise; the rows it seeded give way to the copied ones) and, on a team
/// database source, a read transaction on
/// `source` (the cursors live in it); copy() writes only inside it, so a failure leaves nothing.
/// Both companies must be at the same schema version. Into PostgreSQL the rows go by COPY through
/// libpq with the triggers and foreign keys off for the transaction (session_replication_role =
/// replica, which needs a superuser); into SQLite by prepared inserts with the foreign keys
/// checked at commit. The derived search table is rebuilt from the record, and identity sequences
/// are moved past the copied ids. Works on the calling thread's connections.
class TableCopier
{
    Q_DECLARE_TR_FUNCTIONS(TableCopier)

public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };
    /// Rows copied so far, and the rows to copy in all.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    TableCopier(const Database &source, const Database &target);
    TableCopier(QSqlDatabase source, QSqlDatabase target);

    /// Copies every table; the rows copied per table, in the order copied.
    Result<QList<TableCount>> copy(const Progress &progress = {});

    /// The tables a copy carries (the derived search index and each dialect's own bookkeeping
    /// left out), in an order where a table follows those it refers to; from a company file's
    /// connection.
    static Result<QStringList> tablesInOrder(const QSqlDatabase &sqlite);
    /// Rows per table of `tables` on `db` (either dialect): what a test or the CLI compares.
    static Result<QList<TableCount>> countRows(const QSqlDatabase &db, const QStringList &tables);
    /// After a copy into a team database has committed: VACUUM, outside any transaction, so the
    /// rows a table's own triggers kept COPY from marking (the record's tables) are as
    /// all-visible as the rest, and the moved company reads at once as fast as a settled one.
    /// The caller's import stands whatever this returns. Does nothing on a company file.
    static Result<void> settle(const Database &target);
    /// countRows() of every table a copy carries, on the company `file` and the team database
    /// `team` (in the copy's order): equal lists mean every row arrived.
    static Result<QList<TableCount>> countRows(const Database &db, const Database &file);

private:
    struct Column
    {
        QString name;
        enum Kind { Integer, Text, Bytes } kind = Text;
    };
    Result<QList<TableCount>> copyTables(const Progress &progress);
    Result<QList<Column>> columnsOf(const QString &table) const;
    Result<void> prepareTarget();
    Result<qint64> copyIntoPostgres(const QString &table, const QList<Column> &columns,
                                    const std::function<void(qint64)> &copied);
    Result<qint64> copyIntoSqlite(const QString &table, const QList<Column> &columns,
                                  const std::function<void(qint64)> &copied);
    Result<void> finishTarget(const QStringList &tables);

    QSqlDatabase m_source;
    QSqlDatabase m_target;
    QSqlDatabase m_sqlite; ///< whichever side is the company file
    QSqlDatabase m_postgres; ///< whichever side is the team database
    bool m_intoPostgres = false;
};

} // namespace ardesk
