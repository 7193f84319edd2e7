// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace ardesk::sql {

/// Prepares `statement`, binds `values` positionally (`?`) and executes it. The error names the
/// statement and SQLite's message. The returned query is positioned before the first row.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       const QVariantList &values = {});

/// The first column of the first row, or `fallback` when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values = {}, const QVariant &fallback = {});

/// The current instant in storage form, read from the clock of the Database that opened `db`.
QString nowUtc(const QSqlDatabase &db);

/// NULL for an empty string, else the string (for nullable TEXT columns).
QVariant nullIfEmpty(const QString &text);
/// NULL for 0, else the id (for nullable foreign keys).
QVariant nullIfZero(qint64 id);

} // namespace ardesk::sql
