// SPDX-License-Identifier: MIT
// ardesk-cli commands over the record: note add/list/show/amend/delete and verify.
#include "cli/cliapp.h"
#include "cli/progressline.h"

#include "core/services/noteservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/notepromises.h"
#include "core/storage/recordverifier.h"
#include "core/storage/userrepository.h"
#include "core/support/dateformat.h"
#include "core/support/timeutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ardesk::cli {

int CliApp::cmdVerify(const Context &ctx)
{
    const bool json = m_args.flag(QStringLiteral("json"));
    QElapsedTimer timer;
    timer.start();
    RecordVerifier verifier(*ctx.db);
    const QString expectedHead = m_args.value(QStringLiteral("expect-head"));
    if (m_args.has(QStringLiteral("expect-head"))) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
        if (!hex.match(expectedHead).hasMatch())
            return usage(tr("--expect-head: \"%1\" is not a chain head (64 hex digits)")
                                 .arg(expectedHead));
        verifier.setExpectedHead(expectedHead);
    }
    ProgressLine progress(m_err, json); // big files take a minute: say how far it is
    auto verified = verifier.verify(progress.progress(QStringLiteral("verify")));
    progress.clear();
    if (!verified)
        return fail(verified.errorString());
    const RecordVerifier::Report &r = verified.value();
    const qint64 ms = timer.elapsed();
    if (json) {
        QJsonArray problems;
        for (const RecordVerifier::Problem &p : r.problems)
            problems.append(QJsonObject {{QStringLiteral("seq"), p.seq},
                                         {QStringLiteral("kind"), p.kind},
                                         {QStringLiteral("entry_id"), p.entryId},
                                         {QStringLiteral("note_id"), p.noteId},
                                         {QStringLiteral("message"), p.message}});
        printJson(QJsonObject {
                {QStringLiteral("ok"), r.ok()},
                {QStringLiteral("head"), r.head},
                {QStringLiteral("chain_entries"), r.chainEntries},
                {QStringLiteral("revisions"), r.revisions},
                {QStringLiteral("tombstones"), r.tombstones},
                {QStringLiteral("attachments"), r.attachments},
                {QStringLiteral("blobs"), r.blobs},
                {QStringLiteral("problems"), problems},
                {QStringLiteral("expected_head_seq"), r.expectedHeadSeq},
                {QStringLiteral("truncated"), r.truncated},
                {QStringLiteral("ms"),
                 QJsonObject {{QStringLiteral("total"), ms},
                              {QStringLiteral("integrity"), r.integrityMs},
                              {QStringLiteral("foreign_keys"), r.foreignKeysMs},
                              {QStringLiteral("chain"), r.chainMs},
                              {QStringLiteral("blobs"), r.blobsMs}}},
        });
    } else {
        m_out << tr("Chain head: %1").arg(r.head) << "\n"
              << tr("%n chain entries: %1", nullptr, int(r.chainEntries))
                         .arg(QStringList {tr("%n revision(s)", nullptr, int(r.revisions)),
                                           tr("%n tombstone(s)", nullptr, int(r.tombstones)),
                                           tr("%n attachment(s)", nullptr, int(r.attachments))}
                                      .join(QStringLiteral(", ")))
              << "; " << tr("%n attachment blob(s) (%1 ms)", nullptr, int(r.blobs)).arg(ms) << "\n";
        if (r.expectedHeadSeq > 0)
            m_out << tr("The recorded head is chain entry %1").arg(r.expectedHeadSeq) << "; "
                  << tr("%n entries were added since", nullptr,
                        int(r.chainEntries - r.expectedHeadSeq))
                  << "\n";
        if (r.ok())
            m_out << tr("OK: integrity, foreign keys, hash chain and attachment hashes verified")
                  << "\n";
        m_out.flush();
    }
    if (r.ok())
        return 0;
    const RecordVerifier::Problem &first = r.problems.first();
    const QString problems = r.truncated
            ? tr("%n or more problems", nullptr, int(r.problems.size()))
            : tr("%n problem(s)", nullptr, int(r.problems.size()));
    return fail(tr("verify failed (%1): %2").arg(problems, first.message));
}

namespace {

/// The first line of a text, shortened for one-line listings.
QString firstLine(const QString &text, int width)
{
    QString line = text.section(u'\n', 0, 0).trimmed();
    if (line.size() > width)
        line = line.left(width - 1) + QChar(0x2026);
    return line;
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/// What note commands look up once per client: invoice numbers and promises by note.
struct NoteLookups
{
    QHash<qint64, QString> invoiceNumbers;
    QHash<qint64, QJsonObject> promises; ///< by note id
    QString clientCode;
};

Result<NoteLookups> lookups(const Database &db, qint64 clientId)
{
    NoteLookups l;
    auto client = ClientRepository(db).find(clientId);
    if (!client)
        return client.error();
    l.clientCode = client.value().code;
    auto invoices = InvoiceRepository(db).forClient(clientId);
    if (!invoices)
        return invoices.error();
    for (const Invoice &i : std::as_const(invoices.value()))
        l.invoiceNumbers.insert(i.id, i.number);
    auto promises = NotePromises(db).forClient(clientId);
    if (!promises)
        return promises.error();
    for (auto it = promises.value().cbegin(); it != promises.value().cend(); ++it) {
        const NotePromises::Promise &p = it.value();
        l.promises.insert(it.key(),
                          QJsonObject {{QStringLiteral("id"), p.id},
                                       {QStringLiteral("amount"), p.amountMinor},
                                       {QStringLiteral("currency"), p.currency},
                                       {QStringLiteral("date"), p.promisedDate},
                                       {QStringLiteral("status"), p.status}});
    }
    return l;
}

QJsonObject attachmentJson(const AttachmentInfo &a)
{
    return QJsonObject {{QStringLiteral("id"), a.id},
                        {QStringLiteral("revision_id"), a.revisionId},
                        {QStringLiteral("name"), a.displayName},
                        {QStringLiteral("size"), a.size},
                        {QStringLiteral("sha256"), a.sha256},
                        {QStringLiteral("mime"), a.detectedMime},
                        {QStringLiteral("claimed_mime"), a.claimedMime},
                        {QStringLiteral("mime_mismatch"), a.mimeMismatch}};
}

QJsonObject noteJson(const NoteService::Entry &e, const NoteLookups &l)
{
    const Note &n = e.note;
    QJsonArray invoices;
    for (qint64 id : n.invoiceIds)
        invoices.append(l.invoiceNumbers.value(id, QString::number(id)));
    QJsonArray attachments;
    for (const AttachmentInfo &a : e.attachments)
        attachments.append(attachmentJson(a));
    QJsonObject o {
            {QStringLiteral("id"), n.id},
            {QStringLiteral("revision"), n.revision},
            {QStringLiteral("revision_id"), n.revisionId},
            {QStringLiteral("revisions"), e.revisionCount},
            {QStringLiteral("client"), l.clientCode},
            {QStringLiteral("channel"), toString(n.channel)},
            {QStringLiteral("direction"), toString(n.direction)},
            {QStringLiteral("contact"), n.contactName},
            {QStringLiteral("contact_id"), n.contactId},
            {QStringLiteral("occurred_at"), timeutil::toStorage(n.occurredAt)},
            {QStringLiteral("recorded_at"), timeutil::toStorage(n.recordedAt)},
            {QStringLiteral("author"), e.authorName},
            {QStringLiteral("author_id"), n.authorId},
            {QStringLiteral("outcome"), toString(n.outcome)},
            {QStringLiteral("text"), n.text},
            {QStringLiteral("next_contact_date"), dateOrNull(n.nextContactDate)},
            {QStringLiteral("no_follow_up"), n.noFollowUpNeeded},
            {QStringLiteral("invoices"), invoices},
            {QStringLiteral("template"),
             n.templateKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.templateKey)},
            {QStringLiteral("fields"), n.fields},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("promise"),
             l.promises.contains(n.id) ? QJsonValue(l.promises.value(n.id))
                                       : QJsonValue(QJsonValue::Null)},
    };
    return o;
}

/// Exit code for a refused write: what the user gave is wrong (3), a conflict or other (1).
int refusedCode(const Error &e)
{
    return e.code == ErrorCode::InvalidValue ? 3 : 1;
}

} // namespace

int CliApp::cmdNote(const Context &ctx)
{
    const QString sub = m_args.positional(1);
    if (sub != QLatin1String("add") && sub != QLatin1String("list") && sub != QLatin1String("show")
        && sub != QLatin1String("amend") && sub != QLatin1String("delete"))
        return usage(tr("note needs add, list, show, amend or delete"));
    const bool byId = sub == QLatin1String("show") || sub == QLatin1String("amend")
            || sub == QLatin1String("delete");
    qint64 noteId = 0;
    if (byId) {
        bool ok = false;
        noteId = m_args.positional(2).toLongLong(&ok);
        if (!ok || noteId <= 0)
            return usage(tr("note %1 needs a note id (a number), not \"%2\"")
                                 .arg(sub, m_args.positional(2)));
    }
    if (sub == QLatin1String("delete")
        && m_args.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usage(tr("note delete needs --reason R (say why)"));
    if (sub == QLatin1String("add"))
        return noteAdd(ctx);
    if (sub == QLatin1String("list"))
        return noteList(ctx);
    if (sub == QLatin1String("show"))
        return noteShow(ctx, noteId);
    if (sub == QLatin1String("amend"))
        return noteAmend(ctx, noteId);
    return noteDelete(ctx, noteId);
}

namespace {

Error bad(const QString &option, const QString &value, const QString &expected)
{
    return makeError(ErrorCode::InvalidValue,
                     CliApp::tr("--%1: \"%2\" is not %3").arg(option, value, expected));
}

/// --channel, --direction and --outcome.
Result<void> applyKind(const Arguments &args, Note &n, bool amending)
{
    if (args.has(QStringLiteral("channel"))) {
        const auto c = noteChannelFromString(args.value(QStringLiteral("channel")));
        if (!c)
            return bad(QStringLiteral("channel"), args.value(QStringLiteral("channel")),
                       CliApp::tr("call, email, text, meeting, letter or internal"));
        n.channel = *c;
    } else if (!amending) {
        return makeError(ErrorCode::InvalidValue,
                         CliApp::tr("note add needs --channel "
                                    "call|email|text|meeting|letter|internal"));
    }
    if (args.has(QStringLiteral("direction"))) {
        const auto d = noteDirectionFromString(args.value(QStringLiteral("direction")));
        if (!d)
            return bad(QStringLiteral("direction"), args.value(QStringLiteral("direction")),
                       CliApp::tr("in or out"));
        n.direction = *d;
    }
    if (args.has(QStringLiteral("outcome"))) {
        const auto o = noteOutcomeFromString(args.value(QStringLiteral("outcome")));
        if (!o || *o == NoteOutcome::None)
            return bad(QStringLiteral("outcome"), args.value(QStringLiteral("outcome")),
                       CliApp::tr("reached, left_voicemail, no_answer, wrong_number, "
                                  "refused, promised, disputed or other"));
        n.outcome = *o;
    }
    return {};
}

/// --text and --contact.
Result<void> applyWho(const Arguments &args, const Database &db, qint64 clientId, Note &n)
{
    if (args.has(QStringLiteral("text")))
        n.text = args.value(QStringLiteral("text"));
    if (args.has(QStringLiteral("contact"))) {
        const QString name = args.value(QStringLiteral("contact")).trimmed();
        auto id = ContactRepository(db).idByName(clientId, name);
        if (!id)
            return id.error();
        n.contactId = id.value();
        n.contactName = name;
    }
    return {};
}

/// --occurred-at, --next-contact and --no-follow-up.
Result<void> applyWhen(const Arguments &args, const QTimeZone &zone, Note &n)
{
    if (args.has(QStringLiteral("occurred-at"))) {
        const QString text = args.value(QStringLiteral("occurred-at"));
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid() || text.size() < 16)
            return bad(QStringLiteral("occurred-at"), text,
                       CliApp::tr("a date and time (YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM])"));
        if (t.timeSpec() == Qt::LocalTime) // no offset given: the company's wall clock
            t = QDateTime(t.date(), t.time(), zone);
        n.occurredAt = t.toUTC();
    }
    if (args.has(QStringLiteral("next-contact")) && args.flag(QStringLiteral("no-follow-up")))
        return makeError(ErrorCode::InvalidValue,
                         CliApp::tr("--next-contact and --no-follow-up exclude each other"));
    if (args.has(QStringLiteral("next-contact"))) {
        const QString text = args.value(QStringLiteral("next-contact"));
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10)
            return bad(QStringLiteral("next-contact"), text, CliApp::tr("a date (YYYY-MM-DD)"));
        n.nextContactDate = d;
        n.noFollowUpNeeded = false;
    }
    if (args.flag(QStringLiteral("no-follow-up"))) {
        n.nextContactDate = QDate();
        n.noFollowUpNeeded = true;
    }
    return {};
}

/// --invoice: numbers of this client's invoices.
Result<void> applyInvoices(const Arguments &args, const Database &db, qint64 clientId, Note &n)
{
    if (args.has(QStringLiteral("invoice"))) {
        n.invoiceIds.clear();
        InvoiceRepository invoices(db);
        for (const QString &number : args.values(QStringLiteral("invoice"))) {
            auto invoice = invoices.findByNumber(number);
            if (!invoice && invoice.error().code != ErrorCode::NotFound)
                return invoice.error();
            if (!invoice)
                return makeError(ErrorCode::InvalidValue,
                                 CliApp::tr("--invoice: no invoice \"%1\"").arg(number));
            if (invoice.value().clientId != clientId)
                return makeError(
                        ErrorCode::InvalidValue,
                        CliApp::tr("--invoice: invoice %1 belongs to another client").arg(number));
            n.invoiceIds.append(invoice.value().id);
        }
    }
    return {};
}

/// --promise, --template and --field.
Result<void> applyTemplate(const Arguments &args, NoteService::Draft &draft)
{
    Note &n = draft.note;
    if (args.has(QStringLiteral("promise"))) {
        const QString text = args.value(QStringLiteral("promise"));
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon <= 0)
            return bad(QStringLiteral("promise"), text, QStringLiteral("AMOUNT:YYYY-MM-DD"));
        if (args.has(QStringLiteral("template"))
            && args.value(QStringLiteral("template")) != QLatin1String("promise-to-pay"))
            return makeError(ErrorCode::InvalidValue,
                             CliApp::tr("--promise is the promise-to-pay template; it cannot "
                                        "be combined with --template %1")
                                     .arg(args.value(QStringLiteral("template"))));
        n.templateKey = QStringLiteral("promise-to-pay");
        draft.fields.insert(QStringLiteral("amount"), text.left(colon));
        draft.fields.insert(QStringLiteral("date"), text.mid(colon + 1));
        if (args.has(QStringLiteral("invoice")))
            draft.fields.insert(QStringLiteral("invoices"),
                                args.values(QStringLiteral("invoice")).join(u','));
    }
    if (args.has(QStringLiteral("template")))
        n.templateKey = args.value(QStringLiteral("template"));
    for (const QString &kv : args.values(QStringLiteral("field"))) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return bad(QStringLiteral("field"), kv, QStringLiteral("KEY=VALUE"));
        if (n.templateKey.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             CliApp::tr("--field %1 needs --template KEY").arg(kv.left(eq)));
        draft.fields.insert(kv.left(eq).trimmed(), kv.mid(eq + 1));
    }
    return {};
}

/// --attach and --author.
Result<void> applyAttachAndAuthor(const Arguments &args, const Database &db,
                                  NoteService::Draft &draft)
{
    draft.attachFiles = args.values(QStringLiteral("attach"));
    if (args.has(QStringLiteral("author"))) {
        auto u = UserRepository(db).findByName(args.value(QStringLiteral("author")));
        if (!u)
            return makeError(ErrorCode::InvalidValue,
                             CliApp::tr("--author: no user named \"%1\"")
                                     .arg(args.value(QStringLiteral("author"))));
        draft.authorId = u.value().id;
    }
    return {};
}

/// Applies the note options given on the command line to a draft (add: over an empty note;
/// amend: over the current revision). Errors name the option and the value.
Result<void> applyOptions(const Arguments &args, const Database &db, qint64 clientId,
                          NoteService::Draft &draft, bool amending)
{
    Note &n = draft.note;
    if (auto r = applyKind(args, n, amending); !r)
        return r;
    if (auto r = applyWho(args, db, clientId, n); !r)
        return r;
    if (auto r = applyWhen(args, db.timeZone(), n); !r)
        return r;
    if (auto r = applyInvoices(args, db, clientId, n); !r)
        return r;
    if (auto r = applyTemplate(args, draft); !r)
        return r;
    return applyAttachAndAuthor(args, db, draft);
}

} // namespace

int CliApp::noteAdd(const Context &ctx)
{
    NoteService::Draft draft;
    draft.note.clientId = ctx.client.id;
    if (auto r = applyOptions(m_args, *ctx.db, ctx.client.id, draft, false); !r)
        return usage(r.errorString());
    auto added = NoteService(ctx.db, ctx.userId).add(draft);
    if (!added)
        return fail(added.errorString(), refusedCode(added.error()));
    if (m_args.flag(QStringLiteral("json")))
        return noteShow(ctx, added.value().id);
    m_out << added.value().id << "\n";
    m_out.flush();
    return 0;
}

int CliApp::noteList(const Context &ctx)
{
    bool ok = true;
    const int limit = m_args.value(QStringLiteral("limit"), QStringLiteral("500")).toInt(&ok);
    if (!ok || limit < 1)
        return usage(tr("--limit: \"%1\" is not a positive number")
                             .arg(m_args.value(QStringLiteral("limit"))));
    auto notes = NoteService(ctx.db, ctx.userId).forClient(ctx.client.id, limit);
    if (!notes)
        return fail(notes.errorString());
    auto l = lookups(*ctx.db, ctx.client.id);
    if (!l)
        return fail(l.errorString());
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray list;
        for (const NoteService::Entry &e : notes.value())
            list.append(noteJson(e, l.value()));
        printJson(list);
        return 0;
    }
    for (const NoteService::Entry &e : notes.value()) {
        const Note &n = e.note;
        m_out << n.id << "  "
              << dateformat::dateTimeIn(ctx.locale, n.occurredAt, ctx.db->timeZone()) << "  "
              << toString(n.channel);
        if (n.outcome != NoteOutcome::None)
            m_out << "/" << toString(n.outcome);
        m_out << "  " << (e.authorName.isEmpty() ? QStringLiteral("-") : e.authorName) << "  "
              << firstLine(n.text, 60);
        if (e.revisionCount > 1)
            m_out << "  [" << tr("revised %1").arg(e.revisionCount) << "]";
        if (!e.attachments.isEmpty())
            m_out << "  [" << tr("%n attachment(s)", nullptr, int(e.attachments.size())) << "]";
        if (n.nextContactDate.isValid())
            m_out << "  " << tr("next %1").arg(dateformat::date(ctx.locale, n.nextContactDate));
        m_out << "\n";
    }
    m_out << tr("%n note(s) for %1", nullptr, int(notes.value().size())).arg(ctx.client.code)
          << "\n";
    m_out.flush();
    return 0;
}

int CliApp::noteShow(const Context &ctx, qint64 noteId)
{
    auto h = NoteService(ctx.db, ctx.userId).history(noteId);
    if (!h)
        return fail(h.errorString());
    auto l = lookups(*ctx.db, h.value().clientId);
    if (!l)
        return fail(l.errorString());
    const NoteService::History &history = h.value();
    // The note as shown: the newest revision, with the attachments of every revision.
    NoteService::Entry current = history.revisions.last();
    current.attachments.clear();
    for (const NoteService::Entry &e : history.revisions)
        current.attachments += e.attachments;
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonObject o = noteJson(current, l.value());
        QJsonArray revisions;
        for (const NoteService::Entry &e : history.revisions)
            revisions.append(noteJson(e, l.value()));
        o.insert(QStringLiteral("history"), revisions);
        o.insert(QStringLiteral("deleted"),
                 history.tombstone ? QJsonValue(QJsonObject {
                         {QStringLiteral("by"), history.tombstone->authorName},
                         {QStringLiteral("at"), timeutil::toStorage(history.tombstone->recordedAt)},
                         {QStringLiteral("reason"), history.tombstone->reason}})
                                   : QJsonValue(QJsonValue::Null));
        printJson(o);
        return 0;
    }
    m_out << tr("Note %1 (%2)").arg(QString::number(noteId), l.value().clientCode);
    if (history.tombstone)
        m_out << " — "
              << tr("DELETED by %1 at %2: %3")
                         .arg(history.tombstone->authorName,
                              dateformat::dateTimeIn(ctx.locale, history.tombstone->recordedAt,
                                                     ctx.db->timeZone()),
                              history.tombstone->reason);
    m_out << "\n";
    for (const NoteService::Entry &e : history.revisions) {
        const Note &n = e.note;
        m_out << "-- "
              << tr("revision %1 recorded %2 by %3")
                         .arg(QString::number(n.revision),
                              dateformat::dateTimeIn(ctx.locale, n.recordedAt, ctx.db->timeZone()),
                              e.authorName)
              << "\n"
              << "   " << toString(n.channel) << " " << toString(n.direction) << ", "
              << tr("occurred %1")
                         .arg(dateformat::dateTimeIn(ctx.locale, n.occurredAt, ctx.db->timeZone()));
        if (!n.contactName.isEmpty())
            m_out << ", " << tr("contact %1").arg(n.contactName);
        if (n.outcome != NoteOutcome::None)
            m_out << ", " << tr("outcome %1").arg(toString(n.outcome));
        if (n.nextContactDate.isValid())
            m_out << ", "
                  << tr("next contact %1").arg(dateformat::date(ctx.locale, n.nextContactDate));
        if (n.noFollowUpNeeded)
            m_out << ", " << tr("no follow-up needed");
        m_out << "\n";
        if (!n.templateKey.isEmpty())
            m_out << "   " << n.templateKey << ": "
                  << QString::fromUtf8(QJsonDocument(n.fields).toJson(QJsonDocument::Compact))
                  << "\n";
        for (const QString &line : n.text.split(u'\n'))
            m_out << "   | " << line << "\n";
        for (const AttachmentInfo &a : e.attachments)
            m_out << "   "
                  << (a.mimeMismatch ? tr("attachment %1: %2 (%3 bytes, %4, TYPE MISMATCH)")
                                     : tr("attachment %1: %2 (%3 bytes, %4)"))
                             .arg(QString::number(a.id), a.displayName, QString::number(a.size),
                                  a.detectedMime)
                  << " sha256 " << a.sha256 << "\n";
    }
    m_out.flush();
    return 0;
}

int CliApp::noteAmend(const Context &ctx, qint64 noteId)
{
    NoteService service(ctx.db, ctx.userId);
    auto h = service.history(noteId);
    if (!h)
        return fail(h.errorString());
    const NoteService::Entry &current = h.value().revisions.last();
    NoteService::Draft draft;
    draft.note = current.note;
    draft.authorId = 0; // the acting user writes the revision
    int expected = current.note.revision;
    if (m_args.has(QStringLiteral("expect-revision"))) {
        bool ok = false;
        expected = m_args.value(QStringLiteral("expect-revision")).toInt(&ok);
        if (!ok)
            return usage(tr("--expect-revision: \"%1\" is not a number")
                                 .arg(m_args.value(QStringLiteral("expect-revision"))));
    }
    if (auto r = applyOptions(m_args, *ctx.db, current.note.clientId, draft, true); !r)
        return usage(r.errorString());
    auto amended = service.amend(noteId, draft, expected);
    if (!amended)
        return fail(amended.errorString(), refusedCode(amended.error()));
    if (m_args.flag(QStringLiteral("json")))
        return noteShow(ctx, noteId);
    m_out << tr("Note %1 is now at revision %2").arg(noteId).arg(amended.value().revision) << "\n";
    m_out.flush();
    return 0;
}

int CliApp::noteDelete(const Context &ctx, qint64 noteId)
{
    auto r = NoteService(ctx.db, ctx.userId).remove(noteId, m_args.value(QStringLiteral("reason")));
    if (!r)
        return fail(r.errorString(), refusedCode(r.error()));
    m_out << tr("Note %1 deleted (a tombstone was added; its history stays readable)").arg(noteId)
          << "\n";
    m_out.flush();
    return 0;
}

} // namespace ardesk::cli
