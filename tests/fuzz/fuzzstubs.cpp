// SPDX-License-Identifier: MIT
// build-fuzz only: the storage entry points that notesearch.cpp's queries call (run(),
// matchExpression()), which the search target never reaches — it fuzzes the pure query parsing
// (checkSize, textExpression, textQuery). Linking them for real would pull in the whole storage
// layer; each stub aborts if it is ever called.
#include "core/storage/database.h"
#include "core/storage/dialect.h"
#include "core/storage/sql.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void unreachable(const char *what)
{
    std::fprintf(stderr, "fuzz stub called: %s\n", what);
    std::abort();
}

} // namespace

namespace ardesk {

QTimeZone Database::timeZoneOf(const QSqlDatabase &)
{
    unreachable("Database::timeZoneOf");
}

sqlite3 *Database::rawHandle(const QSqlDatabase &)
{
    unreachable("Database::rawHandle");
}

Dialect sql::dialectOf(const QSqlDatabase &)
{
    unreachable("sql::dialectOf");
}

Result<QSqlQuery> sql::exec(const QSqlDatabase &, const QString &, const QVariantList &)
{
    unreachable("sql::exec");
}

Result<QVariant> sql::scalar(const QSqlDatabase &, const QString &, const QVariantList &,
                             const QVariant &)
{
    unreachable("sql::scalar");
}

} // namespace ardesk
