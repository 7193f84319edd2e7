// SPDX-License-Identifier: MIT
#include "core/storage/activityquery.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <algorithm>

#include <QMap>
#include <QSqlRecord>

namespace ardesk {
namespace {

/// Notes whose newest revision is `r` (joined to `n`), not deleted, matching `spec`; the bound
/// values are appended to `values` in order.
QString notesWhere(const ActivityQuery::Spec &spec, const QTimeZone &zone, QVariantList &values)
{
    QString where = QStringLiteral(
            " WHERE NOT EXISTS (SELECT 1 FROM note_revisions r2 WHERE r2.note_id = r.note_id AND "
            "r2.revision > r.revision AND r2.revision > 1) AND NOT EXISTS (SELECT 1 FROM "
            "note_tombstones t WHERE "
            "t.note_id = r.note_id)");
    if (spec.authorId) {
        where += QStringLiteral(" AND r.author_id = ?");
        values << spec.authorId;
    }
    if (spec.clientId) {
        where += QStringLiteral(" AND n.client_id = ?");
        values << spec.clientId;
    }
    if (spec.channel) {
        where += QStringLiteral(" AND r.channel = ?");
        values << toString(*spec.channel);
    }
    if (spec.since.isValid()) {
        where += QStringLiteral(" AND r.occurred_at >= ?");
        values << timeutil::toStorage(timeutil::startOfDay(spec.since, zone));
    }
    if (spec.until.isValid()) {
        where += QStringLiteral(" AND r.occurred_at < ?");
        values << timeutil::toStorage(timeutil::startOfDay(spec.until.addDays(1), zone));
    }
    return where;
}

QString summaryOf(const QString &body)
{
    QString line = body.section(u'\n', 0, 0).trimmed();
    if (line.size() > 120)
        line = line.left(119) + QChar(0x2026);
    return line;
}

ActivityQuery::ClerkTotals &totalsOf(QMap<qint64, ActivityQuery::ClerkTotals> &byUser,
                                     qint64 userId, const QString &name)
{
    ActivityQuery::ClerkTotals &t = byUser[userId];
    t.userId = userId;
    if (!name.isEmpty())
        t.userName = name;
    return t;
}

} // namespace

Result<void> ActivityQuery::checkSpec(const Spec &spec) const
{
    if (spec.limit < 1 || spec.limit > 10000)
        return makeError(ErrorCode::InvalidValue,
                         tr("limit: %1 is not between 1 and 10000").arg(spec.limit));
    if (spec.offset < 0)
        return makeError(ErrorCode::InvalidValue, tr("offset: %1 is negative").arg(spec.offset));
    if (spec.since.isValid() && spec.until.isValid() && spec.until < spec.since)
        return makeError(
                ErrorCode::InvalidValue,
                tr("until: %1 is before since %2")
                        .arg(spec.until.toString(Qt::ISODate), spec.since.toString(Qt::ISODate)));
    return {};
}

Result<QList<ActivityQuery::Entry>> ActivityQuery::page(const Spec &spec) const
{
    if (auto ok = checkSpec(spec); !ok)
        return ok.error();
    QVariantList values;
    const QString where = notesWhere(spec, Database::timeZoneOf(m_db), values);
    values << spec.limit << spec.offset;
    // Newest first straight off note_revisions_occurred: a page reads about `limit` rows.
    auto q = sql::exec(
            m_db,
            QStringLiteral("SELECT r.note_id, n.client_id, c.code AS client_code, c.name AS "
                           "client_name, r.occurred_at, r.channel, r.direction, r.outcome, "
                           "COALESCE(r.author_id, 0) AS author_id, COALESCE(u.name, '') AS "
                           "author_name, r.contact_name, substr(r.body, 1, 400) AS body FROM "
                           "note_revisions r JOIN notes n ON n.id = r.note_id JOIN clients c ON "
                           "c.id = n.client_id LEFT JOIN users u ON u.id = r.author_id")
                    + where
                    + QStringLiteral(" ORDER BY r.occurred_at DESC, r.note_id DESC LIMIT ? "
                                     "OFFSET ?"),
            values);
    if (!q)
        return q.error();
    QSqlQuery &rows = q.value();
    const QSqlRecord rec = rows.record();
    const int cNote = rec.indexOf(QStringLiteral("note_id")),
              cClient = rec.indexOf(QStringLiteral("client_id")),
              cCode = rec.indexOf(QStringLiteral("client_code")),
              cName = rec.indexOf(QStringLiteral("client_name")),
              cAt = rec.indexOf(QStringLiteral("occurred_at")),
              cChannel = rec.indexOf(QStringLiteral("channel")),
              cDirection = rec.indexOf(QStringLiteral("direction")),
              cOutcome = rec.indexOf(QStringLiteral("outcome")),
              cAuthor = rec.indexOf(QStringLiteral("author_id")),
              cAuthorName = rec.indexOf(QStringLiteral("author_name")),
              cContact = rec.indexOf(QStringLiteral("contact_name")),
              cBody = rec.indexOf(QStringLiteral("body"));
    QList<Entry> entries;
    while (rows.next()) {
        Entry e;
        e.noteId = rows.value(cNote).toLongLong();
        e.clientId = rows.value(cClient).toLongLong();
        e.clientCode = rows.value(cCode).toString();
        e.clientName = rows.value(cName).toString();
        e.occurredAt = timeutil::instantFromStorage(rows.value(cAt).toString());
        e.channel = noteChannelFromString(rows.value(cChannel).toString())
                            .value_or(NoteChannel::Internal);
        e.direction = noteDirectionFromString(rows.value(cDirection).toString())
                              .value_or(NoteDirection::Outbound);
        e.outcome = noteOutcomeFromString(rows.value(cOutcome).toString())
                            .value_or(NoteOutcome::Other);
        e.authorId = rows.value(cAuthor).toLongLong();
        e.authorName = rows.value(cAuthorName).toString();
        e.contactName = rows.value(cContact).toString();
        e.summary = summaryOf(rows.value(cBody).toString());
        entries.append(e);
    }
    return entries;
}

Result<QList<ActivityQuery::ClerkTotals>> ActivityQuery::totals(const Spec &spec) const
{
    if (auto ok = checkSpec(spec); !ok)
        return ok.error();
    const QTimeZone zone = Database::timeZoneOf(m_db);
    QVariantList values;
    const QString where = notesWhere(spec, zone, values);
    auto notes = sql::exec(
            m_db,
            QStringLiteral("SELECT COALESCE(r.author_id, 0), COALESCE(u.name, ''), count(*), "
                           "sum(CASE WHEN r.channel = 'call' THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN r.channel = 'email' THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN r.channel = 'text' THEN 1 ELSE 0 END) FROM "
                           "note_revisions r JOIN notes n ON n.id = r.note_id LEFT JOIN users u "
                           "ON u.id = r.author_id")
                    + where
                    + QStringLiteral(" GROUP BY COALESCE(r.author_id, 0), COALESCE(u.name, '')"),
            values);
    if (!notes)
        return notes.error();
    QMap<qint64, ClerkTotals> byUser;
    while (notes.value().next()) {
        QSqlQuery &q = notes.value();
        ClerkTotals &t = totalsOf(byUser, q.value(0).toLongLong(), q.value(1).toString());
        t.notes = q.value(2).toInt();
        t.calls = q.value(3).toInt();
        t.emails = q.value(4).toInt();
        t.texts = q.value(5).toInt();
    }
    // Promises: by who got them (the note's first author, else who recorded the promise), at
    // the conversation that made them (else when they were recorded).
    QString promiseWhere = QStringLiteral(" WHERE p.status <> 'cancelled'");
    QVariantList promiseValues;
    const QString who = QStringLiteral("COALESCE(r.author_id, p.created_by, 0)");
    if (spec.authorId) {
        promiseWhere += QStringLiteral(" AND ") + who + QStringLiteral(" = ?");
        promiseValues << spec.authorId;
    }
    if (spec.clientId) {
        promiseWhere += QStringLiteral(" AND p.client_id = ?");
        promiseValues << spec.clientId;
    }
    if (spec.channel) {
        promiseWhere += QStringLiteral(" AND r.channel = ?");
        promiseValues << toString(*spec.channel);
    }
    // made_at: the conversation's instant (the first revision's occurred_at, else when the
    // promise was recorded), indexed (promises_made).
    if (spec.since.isValid()) {
        promiseWhere += QStringLiteral(" AND p.made_at >= ?");
        promiseValues << timeutil::toStorage(timeutil::startOfDay(spec.since, zone));
    }
    if (spec.until.isValid()) {
        promiseWhere += QStringLiteral(" AND p.made_at < ?");
        promiseValues << timeutil::toStorage(timeutil::startOfDay(spec.until.addDays(1), zone));
    }
    auto promises = sql::exec(
            m_db,
            QStringLiteral("SELECT %1, COALESCE(u.name, ''), count(*), sum(CASE WHEN p.status = "
                           "'kept' THEN 1 ELSE 0 END) FROM promises p LEFT JOIN note_revisions r "
                           "ON r.note_id = p.note_id AND r.revision = 1 LEFT JOIN users u ON "
                           "u.id = %1")
                            .arg(who)
                    + promiseWhere + QStringLiteral(" GROUP BY %1, COALESCE(u.name, '')").arg(who),
            promiseValues);
    if (!promises)
        return promises.error();
    while (promises.value().next()) {
        QSqlQuery &q = promises.value();
        ClerkTotals &t = totalsOf(byUser, q.value(0).toLongLong(), q.value(1).toString());
        t.promisesMade = q.value(2).toInt();
        t.promisesKept = q.value(3).toInt();
    }
    QList<ClerkTotals> out = byUser.values();
    std::sort(out.begin(), out.end(), [](const ClerkTotals &a, const ClerkTotals &b) {
        return a.userName != b.userName ? a.userName < b.userName : a.userId < b.userId;
    });
    return out;
}

Result<QList<QList<ActivityQuery::ClerkTotals>>> ActivityQuery::totalsByWeek(
        const QList<QDate> &mondays) const
{
    QList<QList<ClerkTotals>> out;
    if (mondays.isEmpty())
        return out;
    const QTimeZone zone = Database::timeZoneOf(m_db);
    // The week of an instant `column`: 0 before the second Monday, 1 before the third, …
    QVariantList starts;
    for (const QDate &monday : mondays)
        starts << timeutil::toStorage(timeutil::startOfDay(monday, zone));
    const QVariant end = timeutil::toStorage(timeutil::startOfDay(mondays.last().addDays(7), zone));
    const auto weekOf = [&](const QString &column, QVariantList &binds) -> QString {
        QString expr = QStringLiteral("CASE");
        for (qsizetype w = 1; w < starts.size(); ++w) {
            expr += QStringLiteral(" WHEN %1 < ? THEN %2").arg(column).arg(w - 1);
            binds << starts.at(w);
        }
        return expr + QStringLiteral(" ELSE %1 END").arg(starts.size() - 1);
    };
    QList<QMap<qint64, ClerkTotals>> byWeek(mondays.size());
    // Notes: as notesWhere() with no filter but the range, read from note_revisions_activity.
    QVariantList noteBinds;
    const QString noteWeek = weekOf(QStringLiteral("r.occurred_at"), noteBinds);
    noteBinds << starts.first() << end;
    auto notes = sql::exec(
            m_db,
            QStringLiteral("SELECT %1 AS w, COALESCE(r.author_id, 0), COALESCE(u.name, ''), "
                           "count(*), sum(CASE WHEN r.channel = 'call' THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN r.channel = 'email' THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN r.channel = 'text' THEN 1 ELSE 0 END) FROM "
                           "note_revisions r LEFT JOIN users u ON u.id = r.author_id WHERE NOT "
                           "EXISTS (SELECT 1 FROM note_revisions r2 WHERE r2.note_id = r.note_id "
                           "AND r2.revision > r.revision AND r2.revision > 1) AND NOT EXISTS "
                           "(SELECT 1 FROM "
                           "note_tombstones t WHERE t.note_id = r.note_id) AND r.occurred_at >= ? "
                           "AND r.occurred_at < ? GROUP BY 1, 2, 3")
                    .arg(noteWeek),
            noteBinds);
    if (!notes)
        return notes.error();
    while (notes.value().next()) {
        const QSqlQuery &q = notes.value();
        ClerkTotals &t = totalsOf(byWeek[q.value(0).toInt()], q.value(1).toLongLong(),
                                  q.value(2).toString());
        t.notes = q.value(3).toInt();
        t.calls = q.value(4).toInt();
        t.emails = q.value(5).toInt();
        t.texts = q.value(6).toInt();
    }
    // Promises: as totals(), by who got them, in the week of their conversation.
    QVariantList promiseBinds;
    const QString promiseWeek = weekOf(QStringLiteral("p.made_at"), promiseBinds);
    promiseBinds << starts.first() << end;
    const QString who = QStringLiteral("COALESCE(r.author_id, p.created_by, 0)");
    auto promises = sql::exec(
            m_db,
            QStringLiteral("SELECT %1 AS w, %2, COALESCE(u.name, ''), count(*), sum(CASE WHEN "
                           "p.status = 'kept' THEN 1 ELSE 0 END) FROM promises p LEFT JOIN "
                           "note_revisions r ON r.note_id = p.note_id AND r.revision = 1 LEFT "
                           "JOIN users u ON u.id = %2 WHERE p.status <> 'cancelled' AND p.made_at "
                           ">= ? AND p.made_at < ? GROUP BY 1, 2, 3")
                    .arg(promiseWeek, who),
            promiseBinds);
    if (!promises)
        return promises.error();
    while (promises.value().next()) {
        const QSqlQuery &q = promises.value();
        ClerkTotals &t = totalsOf(byWeek[q.value(0).toInt()], q.value(1).toLongLong(),
                                  q.value(2).toString());
        t.promisesMade = q.value(3).toInt();
        t.promisesKept = q.value(4).toInt();
    }
    for (const QMap<qint64, ClerkTotals> &week : std::as_const(byWeek)) {
        QList<ClerkTotals> clerks = week.values();
        std::sort(clerks.begin(), clerks.end(), [](const ClerkTotals &a, const ClerkTotals &b) {
            return a.userName != b.userName ? a.userName < b.userName : a.userId < b.userId;
        });
        out.append(clerks);
    }
    return out;
}

} // namespace ardesk
