// SPDX-License-Identifier: MIT
#include "core/services/noteservice.h"

#include "core/domain/notetemplate.h"
#include "core/domain/validation.h"
#include "core/storage/arsummary.h"
#include "core/storage/auditlog.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/recordchain.h"
#include "core/storage/sql.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ardesk {
namespace {

QString tr(const char *t)
{
    return QCoreApplication::translate("NoteService", t);
}

const QString kPromiseKey = QStringLiteral("promise-to-pay");
const QString kPlanKey = QStringLiteral("payment-plan");
const QString kDisputeKey = QStringLiteral("dispute");

struct ClientFacts
{
    QString code;
    QString currency;
    qint64 assignedUserId = 0;
};

Result<ClientFacts> clientFacts(const QSqlDatabase &db, qint64 clientId)
{
    auto q = sql::exec(db,
                       QStringLiteral("SELECT code, currency, COALESCE(assigned_user_id, 0) FROM "
                                      "clients WHERE id = ?"),
                       {clientId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("client: no client with id %1").arg(clientId));
    return ClientFacts {q.value().value(0).toString(), q.value().value(1).toString(),
                        q.value().value(2).toLongLong()};
}

/// Invoice number → id for invoices of the client; the error names the number.
Result<qint64> invoiceOfClient(const QSqlDatabase &db, const QString &number,
                               const ClientFacts &client, qint64 clientId)
{
    auto q = sql::exec(db, QStringLiteral("SELECT id, client_id FROM invoices WHERE number = ?"),
                       {number});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("invoices: no invoice \"%1\"").arg(number));
    if (q.value().value(1).toLongLong() != clientId)
        return makeError(
                ErrorCode::InvalidValue,
                tr("invoices: invoice %1 does not belong to client %2").arg(number, client.code));
    return q.value().value(0).toLongLong();
}

/// Everything checked and resolved before a revision is written.
struct Prepared
{
    ClientFacts client;
    QList<AttachmentStore::Content> attachments;
    QList<qint64> fieldInvoiceIds; ///< the template's invoices field, resolved
};

Result<QList<AttachmentStore::Content>> loadAttachments(const QSqlDatabase &db,
                                                        const NoteService::Draft &draft)
{
    AttachmentStore store(db);
    QList<AttachmentStore::Content> out;
    for (const QString &path : draft.attachFiles) {
        auto c = store.load(path);
        if (!c)
            return c.error();
        out.append(c.value());
    }
    for (const auto &[name, bytes] : draft.attachData) {
        auto c = store.prepare(bytes, name);
        if (!c)
            return c.error();
        out.append(c.value());
    }
    return out;
}

/// Validates the draft against the file and fills in what the service decides.
Result<Prepared> prepare(const QSqlDatabase &db, NoteService::Draft &draft, qint64 userId,
                         const QJsonObject *previousFields, const QString &previousTemplate,
                         QList<AttachmentStore::Content> attachments)
{
    Note &n = draft.note;
    Prepared p;
    p.attachments = std::move(attachments);
    auto client = clientFacts(db, n.clientId);
    if (!client)
        return client.error();
    p.client = client.value();
    n.text = NoteService::plainText(n.text);
    n.contactName = n.contactName.trimmed();
    n.authorId = draft.authorId ? draft.authorId : userId;
    if (n.authorId) {
        auto author = sql::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE id = ?"),
                                  {n.authorId}, 0);
        if (!author)
            return author.error();
        if (author.value().toInt() == 0)
            return makeError(ErrorCode::NotFound, tr("author: no user with id %1").arg(n.authorId));
    }
    const QDateTime now = Database::clockOf(db)->now();
    if (!n.occurredAt.isValid())
        n.occurredAt = now;
    n.occurredAt = n.occurredAt.toUTC();
    if (n.occurredAt > now.addSecs(NoteService::kFutureToleranceSeconds))
        return makeError(ErrorCode::InvalidValue,
                         tr("occurred at: %1 is in the future; a note records what already "
                            "happened")
                                 .arg(timeutil::toStorage(n.occurredAt)));
    if (n.nextContactDate.isValid() && n.noFollowUpNeeded)
        return makeError(ErrorCode::InvalidValue,
                         tr("next contact: choose a date or \"no follow-up needed\", not both"));
    if (n.contactId) {
        auto q = sql::exec(db, QStringLiteral("SELECT client_id, name FROM contacts WHERE id = ?"),
                           {n.contactId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return makeError(ErrorCode::NotFound, tr("contact: no contact %1").arg(n.contactId));
        if (q.value().value(0).toLongLong() != n.clientId)
            return makeError(ErrorCode::InvalidValue,
                             tr("contact: %1 is not a contact of client %2")
                                     .arg(q.value().value(1).toString(), p.client.code));
        if (n.contactName.isEmpty())
            n.contactName = q.value().value(1).toString();
    }
    QList<qint64> invoices;
    for (qint64 id : std::as_const(n.invoiceIds)) {
        auto owner = sql::scalar(db, QStringLiteral("SELECT client_id FROM invoices WHERE id = ?"),
                                 {id});
        if (!owner)
            return owner.error();
        if (owner.value().isNull())
            return makeError(ErrorCode::NotFound, tr("invoices: no invoice with id %1").arg(id));
        if (owner.value().toLongLong() != n.clientId)
            return makeError(ErrorCode::InvalidValue,
                             tr("invoices: invoice id %1 does not belong to client %2")
                                     .arg(id)
                                     .arg(p.client.code));
        if (!invoices.contains(id))
            invoices.append(id);
    }

    // Structured template fields.
    n.fields = QJsonObject();
    if (n.templateKey.isEmpty()) {
        if (!draft.fields.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             tr("fields: structured fields need a note template"));
    } else {
        auto tmpl = TemplateRepository(db).find(n.templateKey);
        if (!tmpl)
            return makeError(ErrorCode::NotFound,
                             tr("template: no note template \"%1\"").arg(n.templateKey));
        if (tmpl.value().kind != NoteTemplate::Kind::Note)
            return makeError(ErrorCode::InvalidValue,
                             tr("template: \"%1\" is not a note template").arg(n.templateKey));
        if (previousFields && draft.fields.isEmpty() && previousTemplate == n.templateKey) {
            n.fields = *previousFields;
        } else {
            auto parsed = tmpl.value().parseFields(draft.fields, p.client.currency);
            if (!parsed)
                return parsed.error();
            n.fields = parsed.value();
        }
        for (const TemplateField &f : tmpl.value().fields) {
            if (f.type != TemplateField::Type::Invoices)
                continue;
            for (const QJsonValue &v : n.fields.value(f.key).toArray()) {
                auto id = invoiceOfClient(db, v.toString(), p.client, n.clientId);
                if (!id)
                    return makeError(
                            id.error().code,
                            id.errorString().replace(QLatin1String("invoices:"), f.key + u':'));
                p.fieldInvoiceIds.append(id.value());
                if (!invoices.contains(id.value()))
                    invoices.append(id.value());
            }
        }
        if (n.outcome == NoteOutcome::None && n.templateKey == kPromiseKey)
            n.outcome = NoteOutcome::Promised;
        if (n.outcome == NoteOutcome::None && n.templateKey == kDisputeKey)
            n.outcome = NoteOutcome::Disputed;
        if (n.templateKey == kPromiseKey) {
            const QDate promised = QDate::fromString(
                    n.fields.value(QStringLiteral("date")).toString(), Qt::ISODate);
            if (promised.isValid() && promised < n.occurredAt.date())
                return makeError(ErrorCode::InvalidValue,
                                 tr("date: the promised date %1 is before the conversation (%2)")
                                         .arg(promised.toString(Qt::ISODate),
                                              n.occurredAt.date().toString(Qt::ISODate)));
        }
        if (n.templateKey == kDisputeKey && p.fieldInvoiceIds.isEmpty())
            return makeError(ErrorCode::InvalidValue, tr("invoices: name the disputed invoices"));
        // Templates are editable: the ones that create records need the fields they read.
        const auto needs = [&](const char *field) {
            return n.fields.contains(QString::fromLatin1(field))
                    ? Result<void>()
                    : Result<void>(
                            makeError(ErrorCode::InvalidValue,
                                      tr("%1: the template \"%2\" needs this field to "
                                         "record it")
                                              .arg(QString::fromLatin1(field), n.templateKey)));
        };
        if (n.templateKey == kPromiseKey) {
            for (const char *f : {"amount", "date"}) {
                if (auto r = needs(f); !r)
                    return r.error();
            }
        }
        if (n.templateKey == kPlanKey) {
            if (auto r = needs("installments"); !r)
                return r.error();
        }
    }
    n.invoiceIds = invoices;
    if (auto v
        = n.validate(p.attachments.isEmpty() ? Note::TextRule::Required : Note::TextRule::Optional);
        !v)
        return v.error();
    return p;
}

/// Appends `n` as a new revision (a new note when its id is 0) with its attachments; text may be
/// empty only when there are attachments.
Result<void> appendRevision(const QSqlDatabase &db, Note &n, const Prepared &p)
{
    auto id = NoteRepository(db).append(
            n, p.attachments.isEmpty() ? Note::TextRule::Required : Note::TextRule::Optional);
    if (!id)
        return id.error();
    AttachmentStore store(db);
    for (const AttachmentStore::Content &c : p.attachments) {
        if (auto a = store.attach(n.revisionId, c); !a)
            return a.error();
    }
    return {};
}

Result<void> cancelOpenTasks(const QSqlDatabase &db, qint64 noteId)
{
    auto r = sql::exec(db,
                       QStringLiteral("UPDATE tasks SET status = 'cancelled', version = version + "
                                      "1 WHERE source = 'note' AND source_id = ? AND status = "
                                      "'open'"),
                       {noteId});
    if (!r)
        return r.error();
    return {};
}

Result<void> createFollowUp(const QSqlDatabase &db, const Note &n, const Prepared &p)
{
    if (!n.nextContactDate.isValid())
        return {};
    const qint64 owner = p.client.assignedUserId ? p.client.assignedUserId : n.authorId;
    QString first = n.text.section(u'\n', 0, 0).trimmed();
    if (first.size() > 80)
        first = first.left(79) + QChar(0x2026);
    const QString title = first.isEmpty()
            ? tr("Follow up (%1 of %2)")
                      .arg(displayName(n.channel), n.occurredAt.date().toString(Qt::ISODate))
            : tr("Follow up: %1").arg(first);
    auto r = sql::exec(db,
                       QStringLiteral("INSERT INTO tasks (client_id, owner_id, kind, title, "
                                      "due_date, status, source, source_id, created_at, "
                                      "created_by) VALUES (?,?,'follow_up',?,?,'open','note',?,?,"
                                      "?)"),
                       {n.clientId, sql::nullIfZero(owner), title,
                        timeutil::toStorage(n.nextContactDate), n.id,
                        timeutil::toStorage(n.recordedAt), sql::nullIfZero(n.authorId)});
    if (!r)
        return r.error();
    return {};
}

/// Links a promise or plan (`id`) to invoices with `insert` (two placeholders: id, invoice).
Result<void> linkInvoices(const QSqlDatabase &db, const QString &insert, qint64 id,
                          const QList<qint64> &invoiceIds)
{
    for (qint64 invoiceId : invoiceIds) {
        if (auto l = sql::exec(db, insert, {id, invoiceId}); !l)
            return l.error();
    }
    return {};
}

Result<void> createPromise(const QSqlDatabase &db, const Note &n, const Prepared &p)
{
    const QJsonObject amount = n.fields.value(QStringLiteral("amount")).toObject();
    auto r = sql::exec(db,
                       QStringLiteral("INSERT INTO promises (client_id, note_id, amount_minor, "
                                      "currency, promised_date, status, created_at, created_by) "
                                      "VALUES (?,?,?,?,?,'open',?,?)"),
                       {n.clientId, n.id, amount.value(QStringLiteral("amount_minor")).toInteger(),
                        amount.value(QStringLiteral("currency")).toString(),
                        n.fields.value(QStringLiteral("date")).toString(),
                        timeutil::toStorage(n.recordedAt), sql::nullIfZero(n.authorId)});
    if (!r)
        return r.error();
    const qint64 promiseId = r.value().lastInsertId().toLongLong();
    return linkInvoices(db,
                        QStringLiteral("INSERT OR IGNORE INTO promise_invoices (promise_id, "
                                       "invoice_id) VALUES (?,?)"),
                        promiseId, p.fieldInvoiceIds.isEmpty() ? n.invoiceIds : p.fieldInvoiceIds);
}

Result<void> createPlan(const QSqlDatabase &db, const Note &n, const Prepared &p)
{
    const QJsonArray installments = n.fields.value(QStringLiteral("installments")).toArray();
    const QString currency
            = installments.first().toObject().value(QStringLiteral("currency")).toString();
    auto r = sql::exec(db,
                       QStringLiteral("INSERT INTO payment_plans (client_id, note_id, currency, "
                                      "status, created_at, created_by) VALUES "
                                      "(?,?,?,'active',?,?)"),
                       {n.clientId, n.id, currency, timeutil::toStorage(n.recordedAt),
                        sql::nullIfZero(n.authorId)});
    if (!r)
        return r.error();
    const qint64 planId = r.value().lastInsertId().toLongLong();
    for (const QJsonValue &v : installments) {
        const QJsonObject o = v.toObject();
        auto i = sql::exec(db,
                           QStringLiteral("INSERT INTO plan_installments (plan_id, due_date, "
                                          "amount_minor, status) VALUES (?,?,?,'pending')"),
                           {planId, o.value(QStringLiteral("date")).toString(),
                            o.value(QStringLiteral("amount_minor")).toInteger()});
        if (!i)
            return i.error();
    }
    return linkInvoices(db,
                        QStringLiteral("INSERT OR IGNORE INTO plan_invoices (plan_id, "
                                       "invoice_id) VALUES (?,?)"),
                        planId, p.fieldInvoiceIds.isEmpty() ? n.invoiceIds : p.fieldInvoiceIds);
}

Result<void> createDisputes(const QSqlDatabase &db, const Note &n, const Prepared &p)
{
    const QString reason = n.fields.value(QStringLiteral("reason")).toString();
    InvoiceRepository invoices(db);
    for (qint64 invoiceId : p.fieldInvoiceIds) {
        auto d = sql::exec(db,
                           QStringLiteral("INSERT INTO disputes (client_id, invoice_id, reason, "
                                          "owner_id, status, opened_at, opened_note) VALUES "
                                          "(?,?,?,?,'open',?,?)"),
                           {n.clientId, invoiceId, reason, sql::nullIfZero(n.authorId),
                            timeutil::toStorage(n.recordedAt), n.id});
        if (!d)
            return d.error();
        // Marked the way the ledger marks it: the flag, then the derived status.
        auto f = sql::exec(db,
                           QStringLiteral("UPDATE invoices SET disputed = 1 WHERE id = ? AND "
                                          "disputed = 0"),
                           {invoiceId});
        if (!f)
            return f.error();
        if (auto s = invoices.recomputeBalance(invoiceId); !s)
            return s.error();
    }
    return {};
}

Result<void> applyTemplate(const QSqlDatabase &db, const Note &n, const Prepared &p)
{
    if (n.templateKey == kPromiseKey)
        return createPromise(db, n, p);
    if (n.templateKey == kPlanKey)
        return createPlan(db, n, p);
    if (n.templateKey == kDisputeKey)
        return createDisputes(db, n, p);
    return {};
}

/// The audit form of a revision: exactly its canonical chain form, so that the verifier can tell
/// which field of a changed revision differs (the audit copy is authentic when it hashes to the
/// chain entry).
QJsonObject auditJson(const Note &n)
{
    return QJsonDocument::fromJson(RecordChain::canonicalRevision(n)).object();
}

const char kRevisionColumns[]
        = "SELECT r.id, r.note_id, r.revision, n.client_id, r.channel, r.direction, "
          "r.contact_id, r.contact_name, r.occurred_at, r.recorded_at, r.author_id, r.outcome, "
          "r.body, r.next_contact_date, r.no_follow_up, r.template_key, r.fields_json, "
          "COALESCE(NULLIF(u.display_name, ''), u.name, ''), (SELECT group_concat(invoice_id) "
          "FROM note_invoices WHERE revision_id = r.id) FROM notes n JOIN note_revisions r ON "
          "r.note_id = n.id LEFT JOIN users u ON u.id = r.author_id ";

NoteService::Entry entryFrom(const QSqlQuery &q)
{
    NoteService::Entry e;
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

/// The newest revision of a note (tombstoned or not).
Result<NoteService::Entry> latest(const QSqlDatabase &db, qint64 noteId)
{
    auto q = sql::exec(db,
                       QString::fromLatin1(kRevisionColumns)
                               + QStringLiteral("WHERE n.id = ? ORDER BY r.revision DESC LIMIT 1"),
                       {noteId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no note %1").arg(noteId));
    return entryFrom(q.value());
}

Result<std::optional<NoteService::Tombstone>> tombstoneOf(const QSqlDatabase &db, qint64 noteId)
{
    auto q = sql::exec(db,
                       QStringLiteral("SELECT t.author_id, COALESCE(NULLIF(u.display_name, ''), "
                                      "u.name, ''), t.recorded_at, t.reason FROM note_tombstones "
                                      "t LEFT JOIN users u ON u.id = t.author_id WHERE t.note_id "
                                      "= ?"),
                       {noteId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<NoteService::Tombstone>();
    NoteService::Tombstone t;
    t.authorId = q.value().value(0).toLongLong();
    t.authorName = q.value().value(1).toString();
    t.recordedAt = timeutil::instantFromStorage(q.value().value(2).toString());
    t.reason = q.value().value(3).toString();
    return std::optional<NoteService::Tombstone>(t);
}

} // namespace

QString NoteService::plainText(const QString &pasted)
{
    QString out;
    out.reserve(pasted.size());
    for (qsizetype i = 0; i < pasted.size(); ++i) {
        const char16_t c = pasted[i].unicode();
        if (c == u'\r') {
            out += u'\n';
            if (i + 1 < pasted.size() && pasted[i + 1] == u'\n')
                ++i;
        } else if (c == u'\n' || c == u'\t') {
            out += QChar(c);
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFFFC) {
            continue; // control characters and object replacement (pasted images)
        } else if (c == 0x2028 || c == 0x2029) {
            out += u'\n'; // line/paragraph separators from rich text
        } else if (c == 0x00A0) {
            out += u' ';
        } else {
            out += QChar(c);
        }
    }
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    return out;
}

Result<Note> NoteService::add(Draft draft)
{
    return add(std::move(draft), TransactionMode::Own);
}

Result<Note> NoteService::addInOpenTransaction(Draft draft)
{
    return add(std::move(draft), TransactionMode::Callers);
}

Result<Note> NoteService::add(Draft draft, TransactionMode mode)
{
    // Files are read (and checked against the cap) before the write lock is taken.
    auto files = loadAttachments(m_db->connection(), draft);
    if (!files)
        return files.error();
    auto write = [&](QSqlDatabase conn) -> Result<Note> {
        draft.note.id = 0;
        auto p = prepare(conn, draft, m_userId, nullptr, QString(), files.value());
        if (!p)
            return p.error();
        Note &n = draft.note;
        if (auto a = appendRevision(conn, n, p.value()); !a)
            return a.error();
        if (auto t = applyTemplate(conn, n, p.value()); !t)
            return t.error();
        if (auto f = createFollowUp(conn, n, p.value()); !f)
            return f.error();
        if (auto s = ArSummary(conn).noteAdded(n.clientId, n.occurredAt, n.nextContactDate,
                                               ArSummary(conn).workingDate());
            !s)
            return s.error();
        if (auto a = AuditLog(conn, m_userId)
                             .record(QStringLiteral("note"), n.id, QStringLiteral("create"), {},
                                     auditJson(n));
            !a)
            return a.error();
        return n;
    };
    if (mode == TransactionMode::Callers)
        return write(m_db->connection());
    return inTransaction(*m_db, [&]() { return write(m_db->connection()); });
}

Result<Note> NoteService::amend(qint64 noteId, Draft draft, int expectedRevision)
{
    auto files = loadAttachments(m_db->connection(), draft);
    if (!files)
        return files.error();
    return inTransaction(*m_db, [&, conn = m_db->connection()]() -> Result<Note> {
        auto current = latest(conn, noteId);
        if (!current)
            return current.error();
        auto tomb = tombstoneOf(conn, noteId);
        if (!tomb)
            return tomb.error();
        if (tomb.value())
            return makeError(ErrorCode::InvalidValue,
                             tr("note %1 was deleted (%2); a deleted note cannot be changed")
                                     .arg(noteId)
                                     .arg(tomb.value()->reason));
        const Note &before = current.value().note;
        if (before.revision != expectedRevision)
            return makeError(
                    ErrorCode::Conflict,
                    tr("note %1 was changed by %2 at %3 (it is now at revision %4; you "
                       "edited revision %5). Reload it and make your change again.")
                            .arg(noteId)
                            .arg(current.value().authorName, timeutil::toStorage(before.recordedAt))
                            .arg(before.revision)
                            .arg(expectedRevision));
        draft.note.id = noteId;
        draft.note.clientId = before.clientId;
        auto p = prepare(conn, draft, m_userId, &before.fields, before.templateKey, files.value());
        if (!p)
            return p.error();
        Note &n = draft.note;
        if (auto a = appendRevision(conn, n, p.value()); !a)
            return a.error();
        if (n.nextContactDate != before.nextContactDate) {
            if (auto c = cancelOpenTasks(conn, noteId); !c)
                return c.error();
            if (auto f = createFollowUp(conn, n, p.value()); !f)
                return f.error();
        }
        if (n.templateKey == kPromiseKey && before.templateKey == kPromiseKey
            && n.fields != before.fields) {
            const QJsonObject amount = n.fields.value(QStringLiteral("amount")).toObject();
            auto u = sql::exec(
                    conn,
                    QStringLiteral("UPDATE promises SET amount_minor = ?, currency = ?, "
                                   "promised_date = ? WHERE note_id = ? AND status = 'open'"),
                    {amount.value(QStringLiteral("amount_minor")).toInteger(),
                     amount.value(QStringLiteral("currency")).toString(),
                     n.fields.value(QStringLiteral("date")).toString(), noteId});
            if (!u)
                return u.error();
        } else if (n.templateKey != before.templateKey) {
            if (auto t = applyTemplate(conn, n, p.value()); !t)
                return t.error();
        }
        if (auto s = ArSummary(conn).refreshClient(n.clientId, ArSummary(conn).workingDate()); !s)
            return s.error();
        if (auto a = AuditLog(conn, m_userId)
                             .record(QStringLiteral("note"), n.id, QStringLiteral("amend"),
                                     auditJson(before), auditJson(n));
            !a)
            return a.error();
        return n;
    });
}

Result<void> NoteService::remove(qint64 noteId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("reason: say why the note is deleted"));
    if (auto r = validation::noControlChars(tr("reason"), why, true); !r)
        return r;
    return inTransaction(*m_db, [&, conn = m_db->connection()]() -> Result<void> {
        auto current = latest(conn, noteId);
        if (!current)
            return current.error();
        auto tomb = tombstoneOf(conn, noteId);
        if (!tomb)
            return tomb.error();
        if (tomb.value())
            return makeError(
                    ErrorCode::InvalidValue,
                    tr("note %1 is already deleted (%2)").arg(noteId).arg(tomb.value()->reason));
        const QString recordedAt = timeutil::toStorage(m_db->clock()->now());
        auto next = sql::scalar(conn,
                                QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM "
                                               "note_tombstones"));
        if (!next)
            return next.error();
        const qint64 tombstoneId = next.value().toLongLong();
        auto seq = RecordChain(conn).append(
                QStringLiteral("tombstone"), tombstoneId,
                RecordChain::canonicalTombstone(noteId, why, m_userId, recordedAt));
        if (!seq)
            return seq.error();
        auto t = sql::exec(
                conn,
                QStringLiteral("INSERT INTO note_tombstones (id, note_id, reason, "
                               "author_id, recorded_at, chain_seq) VALUES "
                               "(?,?,?,?,?,?)"),
                {tombstoneId, noteId, why, sql::nullIfZero(m_userId), recordedAt, seq.value()});
        if (!t)
            return t.error();
        if (auto c = cancelOpenTasks(conn, noteId); !c)
            return c.error();
        auto p = sql::exec(conn,
                           QStringLiteral("UPDATE promises SET status = 'cancelled', "
                                          "evaluated_at = ? WHERE note_id = ? AND status = "
                                          "'open'"),
                           {recordedAt, noteId});
        if (!p)
            return p.error();
        const qint64 clientId = current.value().note.clientId;
        if (auto s = ArSummary(conn).refreshClient(clientId, ArSummary(conn).workingDate()); !s)
            return s.error();
        if (auto a
            = AuditLog(conn, m_userId)
                      .record(QStringLiteral("note"), noteId, QStringLiteral("delete"),
                              auditJson(current.value().note),
                              QJsonDocument::fromJson(RecordChain::canonicalTombstone(
                                                              noteId, why, m_userId, recordedAt))
                                      .object());
            !a)
            return a.error();
        return {};
    });
}

Result<QList<NoteService::History>> NoteService::deletedForClient(qint64 clientId) const
{
    auto ids = sql::exec(m_db->connection(),
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

Result<NoteService::History> NoteService::history(qint64 noteId) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = sql::exec(conn,
                       QString::fromLatin1(kRevisionColumns)
                               + QStringLiteral("WHERE n.id = ? ORDER BY r.revision"),
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
    auto attachments = AttachmentStore(conn).forNotes({noteId});
    if (!attachments)
        return attachments.error();
    for (const AttachmentInfo &a : attachments.value()) {
        for (Entry &e : h.revisions) {
            if (e.note.revisionId == a.revisionId)
                e.attachments.append(a);
        }
    }
    auto tomb = tombstoneOf(conn, noteId);
    if (!tomb)
        return tomb.error();
    h.tombstone = tomb.value();
    return h;
}

Result<QList<NoteService::Entry>> NoteService::forClient(qint64 clientId, int limit) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = sql::exec(
            conn,
            QString::fromLatin1(kRevisionColumns)
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
    auto attachments = AttachmentStore(conn).forNotes(ids);
    if (!attachments)
        return attachments.error();
    for (const AttachmentInfo &a : attachments.value())
        out[index.value(a.noteId)].attachments.append(a);
    return out;
}

} // namespace ardesk
