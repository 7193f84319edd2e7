// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace ardesk {

/// A company file's own record of its definitions (schema 22 on): the name, kind and SHA-256 of
/// the SQL text of every table, index, trigger and view in `ardesk_schema_objects`, written by
/// each migration in its transaction. Opening a file and `verify` compare the definitions found
/// with that record, so a byte flipped in a definition's text (a column renamed, a type or a
/// trigger's rule changed: SQLite's quick check passes it, and every statement that does not
/// touch that table works) is damage, named by the object it hit, before anything is written.
///
/// A recorded trigger that is gone is not damage here: dropping one is how the record is altered
/// on purpose, and verify names the entries altered. SQLite's own objects (sqlite_stat1, written
/// by ANALYZE) are left out. A file's record is taken
/// when it is first upgraded to schema 22: it holds what the file had then. Team databases have
/// no such record: the server's catalogue is not a file whose bytes can flip unnoticed.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    /// The first schema version whose files keep the record.
    static constexpr int kSinceVersion = 22;

    /// Replaces the record with the definitions `db` holds now (inside the caller's transaction).
    static Result<void> record(sqlite3 *db);
    /// Empty when the file is older than kSinceVersion or every definition is as recorded;
    /// otherwise the first difference, naming the object (e.g. "the definition of table invoices
    /// is not the one ARDesk wrote").
    static QString problem(sqlite3 *db);

private:
    /// "table", "index", "trigger" or "view" in the reader's language.
    static QString kindName(const QString &type);
};

} // namespace ardesk
