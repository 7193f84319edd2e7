// SPDX-License-Identifier: MIT
#include "core/services/noteservice.h"

#include "core/domain/notetemplate.h"
#include "core/domain/validation.h"
#include "core/services/authorization.h"
#include "core/storage/arsummary.h"
#include "core/storage/auditlog.h"
#include "core/storage/companysettings.h"
#include "core/storage/disputerepository.h"
#include "core/storage/notereferences.h"
#include "core/storage/noterepository.h"
#include "core/storage/planrepository.h"
#include "core/storage/promiserepository.h"
#include "core/storage/recordchain.h"
#include "core/storage/taskrepository.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"
#include "core/support/dateformat.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ardesk {
namespace {

const QString kPromiseKey = QStringLiteral("promise-to-pay");
const QString kPlanKey = QStringLiteral("payment-plan");
const QString kDisputeKey = QStringLiteral("dispute");

/// Everything checked and resolved before a revision is written.
struct Prepared
{
    NoteReferences::Client client;
    QList<AttachmentStore::Content> attachments;
    QList<qint64> fieldInvoiceIds; ///< the template's invoices field, resolved
    /// The follow-up goes to the author, who may not give tasks to others (sales).
    bool followUpToAuthor = false;
};

Result<QList<AttachmentStore::Content>> loadAttachments(const Database &db,
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

Result<NoteReferences::Client> clientOf(const NoteReferences &refs, qint64 clientId)
{
    auto client = refs.client(clientId);
    if (!client)
        return client.error();
    if (!client.value())
        return makeError(ErrorCode::NotFound,
                         NoteService::tr("client: no client with id %1").arg(clientId));
    return *client.value();
}

/// Invoice number → id for invoices of the client; the error names the number.
Result<qint64> invoiceOfClient(const NoteReferences &refs, const QString &number,
                               const NoteReferences::Client &client, qint64 clientId)
{
    auto invoice = refs.invoiceByNumber(number);
    if (!invoice)
        return invoice.error();
    if (!invoice.value())
        return makeError(ErrorCode::NotFound,
                         NoteService::tr("invoices: no invoice \"%1\"").arg(number));
    if (invoice.value()->clientId != clientId)
        return makeError(ErrorCode::InvalidValue,
                         NoteService::tr("invoices: invoice %1 does not belong to client %2")
                                 .arg(number, client.code));
    return invoice.value()->id;
}

/// The author exists; occurred-at (invalid: now) is not in the future; next contact and "no
/// follow-up" do not both stand.
Result<void> checkAuthorAndTime(const Database &db, const NoteReferences &refs, Note &n)
{
    if (n.authorId) {
        auto author = refs.userExists(n.authorId);
        if (!author)
            return author.error();
        if (!author.value())
            return makeError(ErrorCode::NotFound,
                             NoteService::tr("author: no user with id %1").arg(n.authorId));
    }
    const QDateTime now = db.clock()->now();
    if (!n.occurredAt.isValid())
        n.occurredAt = now;
    n.occurredAt = n.occurredAt.toUTC();
    if (n.occurredAt > now.addSecs(NoteService::kFutureToleranceSeconds))
        return makeError(
                ErrorCode::InvalidValue,
                NoteService::tr("occurred at: %1 is in the future; a note records what already "
                                "happened")
                        .arg(timeutil::toStorage(n.occurredAt)));
    if (n.nextContactDate.isValid() && n.noFollowUpNeeded)
        return makeError(
                ErrorCode::InvalidValue,
                NoteService::tr(
                        "next contact: choose a date or \"no follow-up needed\", not both"));
    return {};
}

/// The contact is one of the client's (its name fills an empty contact name).
Result<void> resolveContact(const NoteReferences &refs, Note &n,
                            const NoteReferences::Client &client)
{
    if (!n.contactId)
        return {};
    auto contact = refs.contact(n.contactId);
    if (!contact)
        return contact.error();
    if (!contact.value())
        return makeError(ErrorCode::NotFound,
                         NoteService::tr("contact: no contact %1").arg(n.contactId));
    if (contact.value()->clientId != n.clientId)
        return makeError(ErrorCode::InvalidValue,
                         NoteService::tr("contact: %1 is not a contact of client %2")
                                 .arg(contact.value()->name, client.code));
    if (n.contactName.isEmpty())
        n.contactName = contact.value()->name;
    return {};
}

/// The note's invoices, each of the client, without repeats.
Result<QList<qint64>> checkInvoices(const NoteReferences &refs, const Note &n,
                                    const NoteReferences::Client &client)
{
    QList<qint64> invoices;
    for (qint64 id : std::as_const(n.invoiceIds)) {
        auto invoice = refs.invoice(id);
        if (!invoice)
            return invoice.error();
        if (!invoice.value())
            return makeError(ErrorCode::NotFound,
                             NoteService::tr("invoices: no invoice with id %1").arg(id));
        if (invoice.value()->clientId != n.clientId)
            return makeError(ErrorCode::InvalidValue,
                             NoteService::tr("invoices: invoice id %1 does not belong to client %2")
                                     .arg(id)
                                     .arg(client.code));
        if (!invoices.contains(id))
            invoices.append(id);
    }
    return invoices;
}

/// What the templates that create records need: the promised date not before the
/// conversation, the disputed invoices, and the fields they read (templates are editable).
Result<void> checkRecordFields(const Database &db, const Note &n, const Prepared &p)
{
    if (n.templateKey == kPromiseKey) {
        const QDate promised
                = QDate::fromString(n.fields.value(QStringLiteral("date")).toString(), Qt::ISODate);
        // The conversation's date is the company's (its time is kept in UTC).
        const QDate spoken = timeutil::dateIn(n.occurredAt, db.timeZone());
        if (promised.isValid() && promised < spoken) {
            const QLocale locale = companyLocale(db).valueOr(QLocale());
            return makeError(
                    ErrorCode::InvalidValue,
                    NoteService::tr("date: the promised date %1 is before the conversation (%2)")
                            .arg(dateformat::date(locale, promised),
                                 dateformat::date(locale, spoken)));
        }
    }
    if (n.templateKey == kDisputeKey && p.fieldInvoiceIds.isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         NoteService::tr("invoices: name the disputed invoices"));
    const auto needs = [&](const char *field) {
        return n.fields.contains(QString::fromLatin1(field))
                ? Result<void>()
                : Result<void>(
                        makeError(ErrorCode::InvalidValue,
                                  NoteService::tr("%1: the template \"%2\" needs this field to "
                                                  "record it")
                                          .arg(QString::fromLatin1(field), n.templateKey)));
    };
    if (n.templateKey == kPromiseKey) {
        for (const char *f : {"amount", "date"}) {
            if (auto r = needs(f); !r)
                return r;
        }
    }
    if (n.templateKey == kPlanKey)
        return needs("installments");
    return {};
}

/// Structured template fields: parsed against the template (or the previous revision's kept),
/// the invoices they name resolved and added to `invoices`, the outcome the template implies.
Result<void> applyTemplateFields(const Database &db, const NoteReferences &refs,
                                 NoteService::Draft &draft, Prepared &p,
                                 const QJsonObject *previousFields, const QString &previousTemplate,
                                 QList<qint64> &invoices)
{
    Note &n = draft.note;
    n.fields = QJsonObject();
    if (n.templateKey.isEmpty()) {
        if (!draft.fields.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             NoteService::tr("fields: structured fields need a note template"));
        return {};
    }
    auto tmpl = TemplateRepository(db).find(n.templateKey);
    if (!tmpl)
        return makeError(ErrorCode::NotFound,
                         NoteService::tr("template: no note template \"%1\"").arg(n.templateKey));
    if (tmpl.value().kind != NoteTemplate::Kind::Note)
        return makeError(
                ErrorCode::InvalidValue,
                NoteService::tr("template: \"%1\" is not a note template").arg(n.templateKey));
    if (previousFields && draft.fields.isEmpty() && previousTemplate == n.templateKey) {
        n.fields = *previousFields;
    } else {
        auto locale = companyLocale(db);
        if (!locale)
            return locale.error();
        auto parsed = tmpl.value().parseFields(draft.fields, p.client.currency, locale.value());
        if (!parsed)
            return parsed.error();
        n.fields = parsed.value();
    }
    for (const TemplateField &f : tmpl.value().fields) {
        if (f.type != TemplateField::Type::Invoices)
            continue;
        for (const QJsonValue &v : n.fields.value(f.key).toArray()) {
            auto id = invoiceOfClient(refs, v.toString(), p.client, n.clientId);
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
    return checkRecordFields(db, n, p);
}

/// Validates the draft against the file and fills in what the service decides.
Result<Prepared> prepare(const Database &db, NoteService::Draft &draft, qint64 userId,
                         const QJsonObject *previousFields, const QString &previousTemplate,
                         QList<AttachmentStore::Content> attachments)
{
    const NoteReferences refs(db);
    Note &n = draft.note;
    Prepared p;
    p.attachments = std::move(attachments);
    auto client = clientOf(refs, n.clientId);
    if (!client)
        return client.error();
    p.client = client.value();
    n.text = NoteService::plainText(n.text);
    n.contactName = n.contactName.trimmed();
    n.authorId = draft.authorId ? draft.authorId : userId;
    if (auto r = checkAuthorAndTime(db, refs, n); !r)
        return r.error();
    if (auto r = resolveContact(refs, n, p.client); !r)
        return r.error();
    auto invoices = checkInvoices(refs, n, p.client);
    if (!invoices)
        return invoices.error();
    if (auto r = applyTemplateFields(db, refs, draft, p, previousFields, previousTemplate,
                                     invoices.value());
        !r)
        return r.error();
    n.invoiceIds = invoices.value();
    if (auto v
        = n.validate(p.attachments.isEmpty() ? Note::TextRule::Required : Note::TextRule::Optional);
        !v)
        return v.error();
    return p;
}

/// Appends `n` as a new revision (a new note when its id is 0) with its attachments; text may be
/// empty only when there are attachments.
Result<void> appendRevision(const Database &db, Note &n, const Prepared &p)
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

/// The follow-up task for the note's next contact date, for the client's clerk (else the
/// author).
Result<void> createFollowUp(const Database &db, qint64 userId, const Note &n, const Prepared &p)
{
    if (!n.nextContactDate.isValid())
        return {};
    QString first = n.text.section(u'\n', 0, 0).trimmed();
    if (first.size() > 80)
        first = first.left(79) + QChar(0x2026);
    Task task;
    task.clientId = n.clientId;
    task.ownerId
            = p.client.assignedUserId && !p.followUpToAuthor ? p.client.assignedUserId : n.authorId;
    task.kind = TaskKind::FollowUp;
    task.title = first.isEmpty()
            ? NoteService::tr("Follow up (%1 of %2)")
                      .arg(displayName(n.channel),
                           dateformat::date(companyLocale(db).valueOr(QLocale()),
                                            timeutil::dateIn(n.occurredAt, db.timeZone())))
            : NoteService::tr("Follow up: %1").arg(first);
    task.dueDate = n.nextContactDate;
    task.source = TaskSource::Note;
    task.sourceId = n.id;
    task.createdBy = n.authorId;
    task.createdAt = n.recordedAt;
    if (auto t = TaskRepository(db, userId).create(task); !t)
        return t.error();
    return {};
}

/// A new note with a next contact date answers the client's open follow-ups and calls it
/// supersedes (TaskRepository::answerContactTasks: marked done, naming the note) and leaves one
/// follow-up at the new date: next contact is then the earliest open one, and logging a call
/// never piles up a second follow-up. A note without a date (an automatic e-mail, a recap)
/// changes no task.
Result<void> answerAndFollowUp(const Database &db, qint64 userId, const Note &n, const Prepared &p)
{
    if (!n.nextContactDate.isValid())
        return {};
    if (auto a = TaskRepository(db, userId)
                         .answerContactTasks(n.clientId, n.id, n.occurredAt, n.nextContactDate);
        !a)
        return a.error();
    return createFollowUp(db, userId, n, p);
}

/// The promise terms the promise-to-pay fields state.
PromiseTerms promiseTerms(const Note &n, const Prepared *p)
{
    const QJsonObject amount = n.fields.value(QStringLiteral("amount")).toObject();
    PromiseTerms terms;
    terms.amount = Money::fromMinor(amount.value(QStringLiteral("amount_minor")).toInteger(),
                                    amount.value(QStringLiteral("currency")).toString());
    terms.promisedDate
            = QDate::fromString(n.fields.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (p)
        terms.invoiceIds = p->fieldInvoiceIds.isEmpty() ? n.invoiceIds : p->fieldInvoiceIds;
    return terms;
}

Result<void> createPlan(const Database &db, qint64 userId, const Note &n, const Prepared &p)
{
    const QJsonArray installments = n.fields.value(QStringLiteral("installments")).toArray();
    const QString currency
            = installments.first().toObject().value(QStringLiteral("currency")).toString();
    QList<PlanInstallment> due;
    for (const QJsonValue &v : installments) {
        const QJsonObject o = v.toObject();
        due.append({0, QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate),
                    o.value(QStringLiteral("amount_minor")).toInteger()});
    }
    auto r = PlanRepository(db, userId)
                     .createFromNote(n, currency, due,
                                     p.fieldInvoiceIds.isEmpty() ? n.invoiceIds
                                                                 : p.fieldInvoiceIds);
    if (!r)
        return r.error();
    return {};
}

/// What the note's template records: a promise, a payment plan or disputes.
Result<void> applyTemplate(const Database &db, qint64 userId, const Note &n, const Prepared &p)
{
    if (n.templateKey == kPromiseKey) {
        if (auto r = PromiseRepository(db).createFromNote(n, promiseTerms(n, &p)); !r)
            return r.error();
        return {};
    }
    if (n.templateKey == kPlanKey)
        return createPlan(db, userId, n, p);
    if (n.templateKey == kDisputeKey)
        return DisputeRepository(db, userId)
                .openFromNote(n, p.fieldInvoiceIds,
                              n.fields.value(QStringLiteral("reason")).toString());
    return {};
}

/// The audit form of a revision: exactly its canonical chain form, so that the verifier can tell
/// which field of a changed revision differs (the audit copy is authentic when it hashes to the
/// chain entry).
QJsonObject auditJson(const Note &n)
{
    return QJsonDocument::fromJson(RecordChain::canonicalRevision(n)).object();
}

/// Whether the acting user may write the note `n` (authorId set) in place of one by
/// `previousAuthor` (0 for a new note): their own notes need LogOwnNote, anyone else's
/// LogNoteForOthers, and what a template records (a promise, a plan, a dispute) Commitments.
/// Sets where the note's follow-up goes.
Result<void> checkRights(const Database &db, qint64 userId, const Note &n, qint64 previousAuthor,
                         Prepared &p)
{
    if (userId == 0)
        return {}; // ARDesk itself (authorize())
    auto user = actingUser(db, userId);
    if (!user)
        return user.error();
    const bool own = n.authorId == userId && (previousAuthor == 0 || previousAuthor == userId);
    if (auto r = Permissions::check(user.value(),
                                    own ? Permission::LogOwnNote : Permission::LogNoteForOthers);
        !r)
        return r;
    if (n.templateKey == kPromiseKey || n.templateKey == kPlanKey || n.templateKey == kDisputeKey) {
        if (auto r = Permissions::check(user.value(), Permission::Commitments); !r)
            return r;
    }
    p.followUpToAuthor = !Permissions::allows(user.value().roles, Permission::Tasks);
    return {};
}

/// A live note's newest revision; refused when the note was deleted.
Result<NoteService::Entry> liveNote(const Database &db, qint64 noteId, const char *deletedMessage)
{
    const NoteReader reader(db);
    auto current = reader.latest(noteId);
    if (!current)
        return current.error();
    auto tomb = reader.tombstone(noteId);
    if (!tomb)
        return tomb.error();
    if (tomb.value())
        return makeError(ErrorCode::InvalidValue,
                         NoteService::tr(deletedMessage).arg(noteId).arg(tomb.value()->reason));
    return current;
}

/// What an amended revision changes in the records the note made: a new next-contact date
/// replaces its open follow-up task; new promise fields amend its open promise; a new template
/// records what that template records.
Result<void> amendRecords(const Database &db, qint64 userId, const Note &before, const Note &n,
                          const Prepared &p)
{
    if (n.nextContactDate != before.nextContactDate) {
        if (auto c = TaskRepository(db, userId).cancelFromNote(n.id); !c)
            return c.error();
        if (auto f = createFollowUp(db, userId, n, p); !f)
            return f.error();
    }
    if (n.templateKey == kPromiseKey && before.templateKey == kPromiseKey
        && n.fields != before.fields)
        return PromiseRepository(db).amendFromNote(n.id, promiseTerms(n, nullptr));
    if (n.templateKey != before.templateKey)
        return applyTemplate(db, userId, n, p);
    return {};
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
    auto files = loadAttachments(*m_db, draft);
    if (!files)
        return files.error();
    const Database &db = *m_db;
    auto write = [&]() -> Result<Note> {
        draft.note.id = 0;
        auto p = prepare(db, draft, m_userId, nullptr, QString(), files.value());
        if (!p)
            return p.error();
        Note &n = draft.note;
        if (auto r = checkRights(db, m_userId, n, 0, p.value()); !r)
            return r.error();
        if (auto a = appendRevision(db, n, p.value()); !a)
            return a.error();
        if (auto t = applyTemplate(db, m_userId, n, p.value()); !t)
            return t.error();
        if (auto f = answerAndFollowUp(db, m_userId, n, p.value()); !f)
            return f.error();
        ArSummary summary(db);
        const auto contact
                = n.isConversation() ? ArSummary::Contact::Conversation : ArSummary::Contact::Touch;
        if (auto s = summary.noteAdded(n.clientId, n.occurredAt, contact, summary.workingDate());
            !s)
            return s.error();
        if (auto a = AuditLog(db, m_userId)
                             .record(QStringLiteral("note"), n.id, QStringLiteral("create"), {},
                                     auditJson(n));
            !a)
            return a.error();
        return n;
    };
    if (mode == TransactionMode::Callers)
        return write();
    return inTransaction(db, write);
}

Result<Note> NoteService::amend(qint64 noteId, Draft draft, int expectedRevision)
{
    auto files = loadAttachments(*m_db, draft);
    if (!files)
        return files.error();
    const Database &db = *m_db;
    return inTransaction(db, [&]() -> Result<Note> {
        // Before the revision is compared: on a team database another desk's change waits.
        if (auto l = RecordChain(db).lock(); !l)
            return l.error();
        auto current = liveNote(db, noteId,
                                QT_TR_NOOP("note %1 was deleted (%2); a deleted note cannot be "
                                           "changed"));
        if (!current)
            return current.error();
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
        auto p = prepare(db, draft, m_userId, &before.fields, before.templateKey, files.value());
        if (!p)
            return p.error();
        Note &n = draft.note;
        if (auto r = checkRights(db, m_userId, n, before.authorId, p.value()); !r)
            return r.error();
        if (auto a = appendRevision(db, n, p.value()); !a)
            return a.error();
        if (auto r = amendRecords(db, m_userId, before, n, p.value()); !r)
            return r.error();
        if (auto s = ArSummary(db).refreshClient(n.clientId, ArSummary(db).workingDate()); !s)
            return s.error();
        if (auto a = AuditLog(db, m_userId)
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
    const Database &db = *m_db;
    return inTransaction(db, [&]() -> Result<void> {
        if (auto l = RecordChain(db).lock(); !l)
            return l.error();
        auto current = liveNote(db, noteId, QT_TR_NOOP("note %1 is already deleted (%2)"));
        if (!current)
            return current.error();
        const qint64 author = current.value().note.authorId;
        if (auto a
            = authorize(db, m_userId,
                        author == m_userId ? Permission::LogOwnNote : Permission::LogNoteForOthers);
            !a)
            return a;
        const QString recordedAt = timeutil::toStorage(db.clock()->now());
        if (auto t = NoteRepository(db).appendTombstone(noteId, why, m_userId, recordedAt); !t)
            return t.error();
        if (auto c = TaskRepository(db, m_userId).cancelFromNote(noteId); !c)
            return c.error();
        if (auto p = PromiseRepository(db).cancelFromNote(noteId); !p)
            return p;
        const qint64 clientId = current.value().note.clientId;
        if (auto s = ArSummary(db).refreshClient(clientId, ArSummary(db).workingDate()); !s)
            return s.error();
        return AuditLog(db, m_userId)
                .record(QStringLiteral("note"), noteId, QStringLiteral("delete"),
                        auditJson(current.value().note),
                        QJsonDocument::fromJson(
                                RecordChain::canonicalTombstone(noteId, why, m_userId, recordedAt))
                                .object());
    });
}

Result<QList<NoteService::History>> NoteService::deletedForClient(qint64 clientId) const
{
    return NoteReader(*m_db).deletedForClient(clientId);
}

Result<NoteService::History> NoteService::history(qint64 noteId) const
{
    return NoteReader(*m_db).history(noteId);
}

Result<QList<NoteService::Entry>> NoteService::forClient(qint64 clientId, int limit) const
{
    return NoteReader(*m_db).forClient(clientId, limit);
}

} // namespace ardesk
