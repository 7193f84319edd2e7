// SPDX-License-Identifier: MIT
#include "core/storage/schemacheck.h"

#include "core/storage/sqlitestatement.h"
#include "core/support/sha256.h"

#include <map>

namespace ardesk {
namespace {

struct Definition
{
    QString type;
    QByteArray sha256; ///< hex
};

/// name -> definition, of every object but SQLite's own.
Result<std::map<QString, Definition>> definitions(sqlite3 *db)
{
    SqliteStatement q(db,
                      "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND "
                      "name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    std::map<QString, Definition> out;
    Sha256 sha;
    while (q.step())
        out[q.text(1)] = {q.text(0), sha.addData(q.utf8(2)).hexResult().toByteArray()};
    if (!q.ok())
        return makeError(ErrorCode::Corrupt, q.error());
    return out;
}

} // namespace

QString SchemaCheck::kindName(const QString &type)
{
    if (type == QLatin1String("table"))
        return tr("table");
    if (type == QLatin1String("index"))
        return tr("index");
    if (type == QLatin1String("trigger"))
        return tr("trigger");
    if (type == QLatin1String("view"))
        return tr("view");
    return type;
}

Result<void> SchemaCheck::record(sqlite3 *db)
{
    auto found = definitions(db);
    if (!found)
        return found.error();
    SqliteStatement clear(db, "DELETE FROM ardesk_schema_objects");
    clear.run();
    if (!clear.ok())
        return makeError(ErrorCode::Database, clear.error());
    SqliteStatement add(db,
                        "INSERT INTO ardesk_schema_objects (name, type, sha256) VALUES (?, ?, ?)");
    for (const auto &[name, d] : found.value()) {
        add.bind(1, name).bind(2, d.type).bind(3, d.sha256);
        add.run();
    }
    if (!add.ok())
        return makeError(ErrorCode::Database, add.error());
    return {};
}

QString SchemaCheck::problem(sqlite3 *db)
{
    {
        SqliteStatement version(db, "PRAGMA user_version");
        if (!version.step())
            return tr("the schema version cannot be read: %1").arg(version.error());
        if (version.int64(0) < kSinceVersion)
            return QString();
    }
    auto found = definitions(db);
    if (!found)
        return tr("the schema cannot be read: %1").arg(found.errorString());
    std::map<QString, Definition> recorded;
    {
        SqliteStatement q(db, "SELECT name, type, sha256 FROM ardesk_schema_objects");
        while (q.step())
            recorded[q.text(0)] = {q.text(1), q.utf8(2).toByteArray()};
        if (!q.ok())
            return tr("the record of the schema cannot be read: %1").arg(q.error());
    }
    if (recorded.empty())
        return tr("the record of the schema is empty");
    for (const auto &[name, d] : recorded) {
        const auto it = found.value().find(name);
        // A dropped trigger is how the record is altered on purpose: verify names what was
        // altered in the record itself (RecordVerifier), and that file stays sound.
        if (it == found.value().end() && d.type == QLatin1String("trigger"))
            continue;
        if (it == found.value().end())
            return tr("%1 %2 is missing").arg(kindName(d.type), name);
        if (it->second.type != d.type || it->second.sha256 != d.sha256)
            return tr("the definition of %1 %2 is not the one ARDesk wrote")
                    .arg(kindName(it->second.type), name);
    }
    for (const auto &[name, d] : found.value()) {
        if (recorded.find(name) == recorded.end())
            return tr("%1 %2 was not written by ARDesk").arg(kindName(d.type), name);
    }
    return QString();
}

} // namespace ardesk
