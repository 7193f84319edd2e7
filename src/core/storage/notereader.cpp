// SPDX-License-Identifier: MIT
#include "core/storage/notereader.h"

#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ardesk {

namespace {

const char kRevisionColumns[]
        = "SELECT r.id, r.note_id, r.revision, n.client_id, r.channel, r.direction, "
          "r.contact_id, r.contact_name, r.occurred_at, r.recorded_at, r.author_id, r.outcome, "
          "r.body, r.next_contact_date, r.no_follow_up, r.template_key, r.fields_json, "
          "COALESCE(NULLIF(u.display_name, ''), u.name, ''), (SELECT %1 "
          "FROM note_invoices WHERE revision_id = r.id) FROM notes n JOIN note_revisions r ON "
          "r.note_id = n.id LEFT JOIN users u ON u.id = r.author_id ";

/// The columns of a revision as the timeline reads them, its invoice ids joined by commas.
QString revisionColumns(const QSqlDatabase &db)
{
    return QString::fromLatin1(kRevisionColumns)
            .arg(sql::groupConcat(sql::dialectOf(db), QStringLiteral("invoice_id")));
}

NoteReader::Entry entryFrom(const QSqlQuery &q)
{
    NoteReader::Entry e;
    Note &n = e.note;
    n.revisionId = q.value(0).toLongLong();
    n.id = q.value(1).toLongLong();
    n.revision = q.value(2).toInt();
    n.clientId = q.value(3).toLongLong();
    n.channel = noteChannelFromString(q.value(4).toString()).value_or(NoteChannel::Internal);
    n.direction = noteDirectionFromString(q.value(5).toString()).value_or(NoteDirection::Outbound);
    n.contactId = q.value(6).toLongLong();
    n.contactName = q.value(7).toString();
    n.occurredAt = timeutil::instantFromStorage(q.value(8).toString());
    n.recordedAt = timeutil::instantFromStorage(q.value(9).toString());
    n.authorId = q.value(10).toLongLong();
    n.outcome = noteOutcomeFromString(q.value(11).toString()).value_or(NoteOutcome::Other);
    n.text = q.value(12).toString();
    n.nextContactDate = timeutil::dateFromStorage(q.value(13).toString());
    n.noFollowUpNeeded = q.value(14).toBool();
    n.templateKey = q.value(15).toString();
    n.fields = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
    e.authorName = q.value(17).toString();
    for (const QString &id : q.value(18).toString().split(u',', Qt::SkipEmptyParts))
        n.invoiceIds.append(id.toLongLong());
    std::sort(n.invoiceIds.begin(), n.invoiceIds.end());
    e.revisionCount = n.revision;
    return e;
}

} // namespace

Result<NoteReader::Entry> NoteReader::latest(qint64 noteId) const
{
    auto q = sql::exec(m_db,
                       revisionColumns(m_db)
                               + QStringLiteral("WHERE n.id = ? ORDER BY r.revision DESC LIMIT 1"),
                       {noteId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no note %1").arg(noteId));
    return entryFrom(q.value());
}

Result<std::optional<NoteReader::Tombstone>> NoteReader::tombstone(qint64 noteId) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT t.author_id, COALESCE(NULLIF(u.display_name, ''), "
                                      "u.name, ''), t.recorded_at, t.reason FROM note_tombstones "
                                      "t LEFT JOIN users u ON u.id = t.author_id WHERE t.note_id "
                                      "= ?"),
                       {noteId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Tombstone>();
    Tombstone t;
    t.authorId = q.value().value(0).toLongLong();
    t.authorName = q.value().value(1).toString();
    t.recordedAt = timeutil::instantFromStorage(q.value().value(2).toString());
    t.reason = q.value().value(3).toString();
    return std::optional<Tombstone>(t);
}

Result<QList<NoteReader::History>> NoteReader::deletedForClient(qint64 clientId) const
{
    auto ids = sql::exec(m_db,
                         QStringLiteral("SELECT t.note_id FROM note_tombstones t JOIN notes n ON "
                                        "n.id = t.note_id WHERE n.client_id = ? ORDER BY "
                                        "t.recorded_at DESC, t.id DESC"),
                         {clientId});
    if (!ids)
        return ids.error();
    QList<qint64> noteIds;
    while (ids.value().next())
        noteIds.append(ids.value().value(0).toLongLong());
    QList<History> out;
    for (qint64 id : std::as_const(noteIds)) {
        auto h = history(id);
        if (!h)
            return h.error();
        out.append(h.value());
    }
    return out;
}

Result<NoteReader::History> NoteReader::history(qint64 noteId) const
{
    auto q = sql::exec(m_db,
                       revisionColumns(m_db) + QStringLiteral("WHERE n.id = ? ORDER BY r.revision"),
                       {noteId});
    if (!q)
        return q.error();
    History h;
    while (q.value().next())
        h.revisions.append(entryFrom(q.value()));
    if (h.revisions.isEmpty())
        return makeError(ErrorCode::NotFound, tr("no note %1").arg(noteId));
    h.clientId = h.revisions.first().note.clientId;
    const int count = int(h.revisions.size());
    for (Entry &e : h.revisions)
        e.revisionCount = count;
    auto attachments = AttachmentStore(m_db).forNotes({noteId});
    if (!attachments)
        return attachments.error();
    for (const AttachmentInfo &a : attachments.value()) {
        for (Entry &e : h.revisions) {
            if (e.note.revisionId == a.revisionId)
                e.attachments.append(a);
        }
    }
    auto tomb = tombstone(noteId);
    if (!tomb)
        return tomb.error();
    h.tombstone = tomb.value();
    return h;
}

Result<QList<NoteReader::Entry>> NoteReader::forClient(qint64 clientId, int limit) const
{
    auto q = sql::exec(
            m_db,
            revisionColumns(m_db)
                    + QStringLiteral("WHERE n.client_id = ? AND r.revision = (SELECT "
                                     "max(revision) FROM note_revisions WHERE note_id = n.id) "
                                     "AND NOT EXISTS (SELECT 1 FROM note_tombstones t WHERE "
                                     "t.note_id = n.id) ORDER BY r.occurred_at DESC, r.id DESC "
                                     "LIMIT ?"),
            {clientId, limit});
    if (!q)
        return q.error();
    QList<Entry> out;
    QList<qint64> ids;
    QHash<qint64, qsizetype> index;
    while (q.value().next()) {
        out.append(entryFrom(q.value()));
        ids.append(out.last().note.id);
        index.insert(out.last().note.id, out.size() - 1);
    }
    auto attachments = AttachmentStore(m_db).forNotes(ids);
    if (!attachments)
        return attachments.error();
    for (const AttachmentInfo &a : attachments.value())
        out[index.value(a.noteId)].attachments.append(a);
    return out;
}

} // namespace ardesk
