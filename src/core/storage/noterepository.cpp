// SPDX-License-Identifier: MIT
#include "core/storage/noterepository.h"

#include "core/storage/database.h"
#include "core/storage/recordchain.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QJsonDocument>

namespace ardesk {

Result<qint64> NoteRepository::append(Note &note, Note::TextRule textRule)
{
    if (auto v = note.validate(textRule); !v)
        return v.error();
    // Before the next revision number and id are read: another desk's save waits here.
    if (auto l = RecordChain(m_db).lock(); !l)
        return l.error();
    note.recordedAt = Database::clockOf(m_db)->now();
    const QString recordedAt = timeutil::toStorage(note.recordedAt);
    note.recordedAt = timeutil::instantFromStorage(recordedAt); // ms precision, as stored
    if (note.id == 0) {
        auto n = sql::write(m_db,
                            QStringLiteral("INSERT INTO notes (client_id, created_at, created_by) "
                                           "VALUES (?,?,?)"),
                            {note.clientId, recordedAt, sql::nullIfZero(note.authorId)});
        if (!n)
            return n.error();
        note.id = n.value().lastInsertId;
        note.revision = 1;
    } else {
        auto rev = sql::scalar(m_db,
                               QStringLiteral("SELECT max(revision) FROM note_revisions WHERE "
                                              "note_id = ?"),
                               {note.id}, 0);
        if (!rev)
            return rev.error();
        note.revision = rev.value().toInt() + 1;
    }
    // The revision id is fixed before the chain link so the link can name it (we hold the
    // write lock: BEGIN IMMEDIATE, or the chain's lock on a team database).
    auto next = sql::scalar(m_db,
                            QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM "
                                           "note_revisions"));
    if (!next)
        return next.error();
    note.revisionId = next.value().toLongLong();
    RecordChain chain(m_db);
    auto seq = chain.append(QStringLiteral("revision"), note.revisionId,
                            RecordChain::canonicalRevision(note));
    if (!seq)
        return seq.error();
    auto r = sql::write(
            m_db,
            QStringLiteral("INSERT INTO note_revisions (id, note_id, revision, channel, "
                           "direction, contact_id, contact_name, occurred_at, recorded_at, "
                           "author_id, outcome, body, next_contact_date, no_follow_up, "
                           "template_key, fields_json, chain_seq) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {note.revisionId, note.id, note.revision, toString(note.channel),
             toString(note.direction), sql::nullIfZero(note.contactId), note.contactName,
             timeutil::toStorage(note.occurredAt), recordedAt, sql::nullIfZero(note.authorId),
             toString(note.outcome), note.text,
             sql::nullIfEmpty(timeutil::toStorage(note.nextContactDate)),
             note.noFollowUpNeeded ? 1 : 0, note.templateKey,
             note.templateKey.isEmpty()
                     ? QStringLiteral("{}")
                     : QString::fromUtf8(RecordChain::canonicalFields(note.fields)),
             seq.value()});
    if (!r)
        return r.error();
    for (qint64 invoiceId : std::as_const(note.invoiceIds)) {
        auto l = sql::write(m_db,
                            QStringLiteral("INSERT INTO note_invoices (revision_id, invoice_id) "
                                           "VALUES (?,?)"),
                            {note.revisionId, invoiceId});
        if (!l)
            return l.error();
    }
    return note.id;
}

Result<qint64> NoteRepository::appendTombstone(qint64 noteId, const QString &reason,
                                               qint64 authorId, const QString &recordedAt)
{
    if (auto l = RecordChain(m_db).lock(); !l)
        return l.error();
    auto next = sql::scalar(m_db,
                            QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM "
                                           "note_tombstones"));
    if (!next)
        return next.error();
    const qint64 tombstoneId = next.value().toLongLong();
    auto seq = RecordChain(m_db).append(
            QStringLiteral("tombstone"), tombstoneId,
            RecordChain::canonicalTombstone(noteId, reason, authorId, recordedAt));
    if (!seq)
        return seq.error();
    auto t = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO note_tombstones (id, note_id, reason, "
                           "author_id, recorded_at, chain_seq) VALUES "
                           "(?,?,?,?,?,?)"),
            {tombstoneId, noteId, reason, sql::nullIfZero(authorId), recordedAt, seq.value()});
    if (!t)
        return t.error();
    return tombstoneId;
}

Result<QList<Note>> NoteRepository::forClient(qint64 clientId, int limit) const
{
    // The columns of the SELECT below, in its order.
    enum Column : int {
        RevisionId,
        NoteId,
        Revision,
        Channel,
        Direction,
        ContactId,
        ContactName,
        OccurredAt,
        RecordedAt,
        AuthorId,
        Outcome,
        Body,
        NextContactDate,
        NoFollowUp,
        TemplateKey,
        FieldsJson,
    };
    auto r = sql::exec(
            m_db,
            QStringLiteral(
                    "SELECT r.id, r.note_id, r.revision, r.channel, r.direction, r.contact_id, "
                    "r.contact_name, r.occurred_at, r.recorded_at, r.author_id, r.outcome, r.body, "
                    "r.next_contact_date, r.no_follow_up, r.template_key, r.fields_json FROM notes "
                    "n JOIN note_revisions r ON "
                    "r.note_id = n.id WHERE n.client_id = ? AND r.revision = (SELECT "
                    "max(revision) FROM note_revisions WHERE note_id = n.id) AND NOT EXISTS "
                    "(SELECT 1 FROM note_tombstones t WHERE t.note_id = n.id) ORDER BY "
                    "r.occurred_at DESC, r.id DESC LIMIT ?"),
            {clientId, limit});
    if (!r)
        return r.error();
    QList<Note> notes;
    while (r.value().next()) {
        const QSqlQuery &q = r.value();
        Note n;
        n.revisionId = q.value(Column::RevisionId).toLongLong();
        n.id = q.value(Column::NoteId).toLongLong();
        n.revision = q.value(Column::Revision).toInt();
        n.clientId = clientId;
        n.channel = noteChannelFromString(q.value(Column::Channel).toString())
                            .value_or(NoteChannel::Internal);
        n.direction = noteDirectionFromString(q.value(Column::Direction).toString())
                              .value_or(NoteDirection::Outbound);
        n.contactId = q.value(Column::ContactId).toLongLong();
        n.contactName = q.value(Column::ContactName).toString();
        n.occurredAt = timeutil::instantFromStorage(q.value(Column::OccurredAt).toString());
        n.recordedAt = timeutil::instantFromStorage(q.value(Column::RecordedAt).toString());
        n.authorId = q.value(Column::AuthorId).toLongLong();
        n.outcome = noteOutcomeFromString(q.value(Column::Outcome).toString())
                            .value_or(NoteOutcome::Other);
        n.text = q.value(Column::Body).toString();
        n.nextContactDate = timeutil::dateFromStorage(q.value(Column::NextContactDate).toString());
        n.noFollowUpNeeded = q.value(Column::NoFollowUp).toBool();
        n.templateKey = q.value(Column::TemplateKey).toString();
        n.fields
                = QJsonDocument::fromJson(q.value(Column::FieldsJson).toString().toUtf8()).object();
        notes.append(n);
    }
    return notes;
}

} // namespace ardesk
