// SPDX-License-Identifier: MIT
#include "core/services/mailservice.h"
#include "core/services/authorization.h"

#include "core/mail/smtptransport.h"
#include "core/mail/templaterenderer.h"
#include "core/services/invoicedocumentservice.h"
#include "core/services/noteservice.h"
#include "core/services/statementservice.h"
#include "core/storage/attachmentstore.h"
#include "core/storage/auditlog.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/notereader.h"
#include "core/storage/sendfactsquery.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/storage/workflowsettings.h"
#include "core/support/log.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace ardesk {
namespace {

/// Why a contact cannot receive e-mail, or an empty string when it can.
QString unusable(const Contact &c, MailAddress *address)
{
    if (c.doNotContact)
        return MailService::tr("marked do not contact");
    if (c.email.trimmed().isEmpty())
        return MailService::tr("no e-mail address");
    auto a = MailAddress::create(c.email, c.name, QStringLiteral("e-mail"));
    if (!a)
        return a.errorString();
    if (address)
        *address = a.value();
    return QString();
}

Result<NoteTemplate> emailTemplate(const Database &db, const QString &key)
{
    TemplateRepository templates(db);
    auto t = templates.find(key);
    if (!t || t.value().kind != NoteTemplate::Kind::Email) {
        auto all = templates.list(NoteTemplate::Kind::Email);
        QStringList keys;
        if (all) {
            for (const NoteTemplate &n : all.value())
                keys << n.key;
        }
        return makeError(ErrorCode::NotFound,
                         MailService::tr("template: no e-mail template \"%1\" (there are: %2)")
                                 .arg(key, keys.join(QStringLiteral(", "))));
    }
    return t.value();
}

QString noteText(const MimeMessage &m, const QString &reply)
{
    QStringList to;
    for (const MailAddress &a : m.to)
        to << a.toString();
    QStringList cc;
    for (const MailAddress &a : m.cc)
        cc << a.toString();
    // The subject first: timelines show a note's first line.
    QString text = MailService::tr("E-mail sent: %1").arg(m.subject) + u'\n';
    text += MailService::tr("To: %1").arg(to.join(QStringLiteral(", "))) + u'\n';
    if (!cc.isEmpty())
        text += MailService::tr("Cc: %1").arg(cc.join(QStringLiteral(", "))) + u'\n';
    text += MailService::tr("Message-ID: <%1>").arg(m.messageId) + QStringLiteral("\n\n");
    QString body = m.text;
    constexpr int maxBody = 90000;
    if (body.size() > maxBody)
        body = body.left(maxBody) + QStringLiteral("\n[…]");
    text += body.trimmed() + QStringLiteral("\n\n")
            + MailService::tr("Server reply: %1").arg(reply);
    return text;
}

/// E-mail must be set up: the SMTP account's address is every message's envelope sender.
Result<void> requireSender(const SmtpSettings &smtp)
{
    if (smtp.fromAddress.isEmpty())
        return makeError(
                ErrorCode::InvalidValue,
                MailService::tr("e-mail is not set up: no sender address (settings smtp --from)"));
    if (auto from = MailAddress::create(smtp.fromAddress, smtp.fromName, QStringLiteral("from"));
        !from)
        return from.error();
    return {};
}

const Contact *contactById(const QList<Contact> &contacts, qint64 id)
{
    for (const Contact &c : contacts) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

/// The contacts a message is addressed to: the client's billing contacts, or the chosen ones
/// (each must be the client's).
Result<QList<const Contact *>> addressees(const MailService::ComposeRequest &r,
                                          const QList<Contact> &contacts, const QString &clientCode)
{
    QList<const Contact *> to;
    if (r.recipients == MailService::Recipients::BillingContacts) {
        for (const Contact &c : contacts) {
            if (c.isBillingContact)
                to.append(&c);
        }
        if (to.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             MailService::tr("%1 has no billing contact").arg(clientCode));
        return to;
    }
    if (r.contactIds.isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         MailService::tr("to: choose at least one contact"));
    for (qint64 id : r.contactIds) {
        const Contact *c = contactById(contacts, id);
        if (!c)
            return makeError(ErrorCode::NotFound,
                             MailService::tr("to: contact %1 is not a contact of %2")
                                     .arg(id)
                                     .arg(clientCode));
        to.append(c);
    }
    return to;
}

/// The contacts copied in (each must be the client's).
Result<QList<const Contact *>> copiedContacts(const MailService::ComposeRequest &r,
                                              const QList<Contact> &contacts,
                                              const QString &clientCode)
{
    QList<const Contact *> cc;
    for (qint64 id : r.ccContactIds) {
        const Contact *c = contactById(contacts, id);
        if (!c)
            return makeError(ErrorCode::NotFound,
                             MailService::tr("cc: contact %1 is not a contact of %2")
                                     .arg(id)
                                     .arg(clientCode));
        cc.append(c);
    }
    return cc;
}

/// Adds the usable addresses of `list` to `into` (each address once per message) and their
/// contacts to the preview's addressees. A contact that cannot be e-mailed is an error when
/// `mustBeUsable`, else it is listed as skipped.
Result<void> takeRecipients(MailService::Preview &p, const QList<const Contact *> &list,
                            QList<MailAddress> &into, bool mustBeUsable)
{
    for (const Contact *c : list) {
        MailAddress a;
        const QString why = unusable(*c, &a);
        if (why.isEmpty()) {
            if (!p.message.recipients().contains(a)) {
                into.append(a);
                p.contactIds.append(c->id);
            }
            continue;
        }
        if (mustBeUsable)
            return makeError(ErrorCode::InvalidValue,
                             MailService::tr("%1 (%2) cannot be e-mailed: %3")
                                     .arg(c->name, p.clientCode, why));
        p.skipped.append({p.clientId, c->id, c->name, why, false});
    }
    return {};
}

/// The preview's To and Cc; refused when no usable addressee is left.
Result<void> addressPreview(MailService::Preview &p, const MailService::ComposeRequest &r,
                            const QList<Contact> &contacts, bool chosenMustBeUsable)
{
    auto to = addressees(r, contacts, p.clientCode);
    if (!to)
        return to.error();
    const bool chosen = r.recipients == MailService::Recipients::Chosen;
    if (auto t = takeRecipients(p, to.value(), p.message.to, chosenMustBeUsable && chosen); !t)
        return t;
    auto cc = copiedContacts(r, contacts, p.clientCode);
    if (!cc)
        return cc.error();
    if (auto t = takeRecipients(p, cc.value(), p.message.cc, chosenMustBeUsable); !t)
        return t;
    if (!p.message.to.isEmpty())
        return {};
    QStringList why;
    for (const MailService::Skipped &s : std::as_const(p.skipped))
        why << s.name + QStringLiteral(": ") + s.reason;
    return makeError(ErrorCode::InvalidValue,
                     MailService::tr("%1 has no usable recipient (%2)")
                             .arg(p.clientCode, why.join(QStringLiteral("; "))));
}

/// Subject and bodies of the template rendered with the client's variables.
Result<void> renderInto(MimeMessage &m, const QString &key, const NoteTemplate &tmpl,
                        const QJsonObject &vars)
{
    auto rendered = TemplateRenderer::render({tmpl.subject, tmpl.bodyText, tmpl.bodyHtml},
                                             MailContext::schema(), vars);
    if (!rendered)
        return makeError(rendered.error().code,
                         MailService::tr("%1: %2").arg(key, rendered.errorString()));
    m.subject = rendered.value().subject;
    m.text = rendered.value().text;
    m.html = rendered.value().html;
    return {};
}

/// The user a message speaks for (SenderIdentity decides whether they can): the client's
/// clerk for the reminder run, else the user who sends it.
qint64 speakerOf(const MailService::ComposeRequest &r, const Client &client, qint64 userId)
{
    return r.voice == MailService::Voice::AccountClerk ? client.assignedUserId : userId;
}

/// From and Reply-To of the one the message speaks for.
void addressSender(MailService::Preview &p, const SenderIdentity &sender)
{
    p.message.from = sender.from;
    p.message.replyTo = sender.replyTo;
    p.envelopeFrom = sender.envelopeFrom;
}

/// The files named by path (read now, under the attachment store's size cap), then the ones
/// given in memory.
/// The documents of the message's invoices (every open one when none is named).
Result<void> attachInvoiceDocuments(MimeMessage &m, const Database &db,
                                    const MailService::ComposeRequest &r)
{
    QList<qint64> ids = r.invoiceIds;
    if (ids.isEmpty()) {
        auto open
                = InvoiceRepository(db).forClient(r.clientId, InvoiceRepository::Filter::OpenOnly);
        if (!open)
            return open.error();
        for (const Invoice &i : open.value())
            ids << i.id;
    }
    auto docs = InvoiceDocumentService::mailAttachments(db, ids);
    if (!docs)
        return docs.error();
    m.attachments += docs.value();
    return {};
}

Result<void> attach(MimeMessage &m, const Database &db, const MailService::ComposeRequest &r)
{
    AttachmentStore store(db);
    for (const QString &path : r.attachFiles) {
        auto c = store.load(path);
        if (!c)
            return c.error();
        m.attachments.append({c.value().displayName, c.value().detectedMime, c.value().bytes});
    }
    m.attachments += r.attachData;
    if (r.callNoteId)
        return attachInvoiceDocuments(m, db, r);
    return {};
}

/// Unknown variables or bad syntax in any part of a template: the template's fault, not a
/// client's.
Result<void> checkTemplate(const QString &key, const NoteTemplate &tmpl)
{
    QStringList unknown;
    for (const auto &[text, part] : {std::pair {tmpl.subject, TemplateRenderer::Part::Subject},
                                     std::pair {tmpl.bodyText, TemplateRenderer::Part::Text},
                                     std::pair {tmpl.bodyHtml, TemplateRenderer::Part::Html}}) {
        const auto p
                = TemplateRenderer::check(text, part, MailContext::schema(), MailContext::schema());
        if (!p.syntax.isEmpty())
            return makeError(ErrorCode::InvalidValue, MailService::tr("%1: %2").arg(key, p.syntax));
        unknown += p.unknown;
    }
    if (!unknown.isEmpty())
        return makeError(
                ErrorCode::InvalidValue,
                MailService::tr("%1: unknown variable(s): %2", nullptr, int(unknown.size()))
                        .arg(key, unknown.join(QStringLiteral(", "))));
    return {};
}

/// The contacts the preview addresses, checked again: each must still be the client's and may
/// still be e-mailed, and the message may go to no one else.
Result<void> recheckRecipients(const MailService::Preview &p, const QList<Contact> &contacts)
{
    QList<MailAddress> allowed;
    for (qint64 id : std::as_const(p.contactIds)) {
        const Contact *c = contactById(contacts, id);
        if (!c)
            return makeError(ErrorCode::NotFound,
                             MailService::tr("contact %1 no longer exists").arg(id));
        MailAddress a;
        const QString why = unusable(*c, &a);
        if (!why.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             MailService::tr("%1 (%2) cannot be e-mailed: %3")
                                     .arg(c->name, p.clientCode, why));
        allowed.append(a);
    }
    for (const MailAddress &a : p.message.recipients()) {
        if (!allowed.contains(a))
            return makeError(
                    ErrorCode::InvalidValue,
                    MailService::tr(
                            "to: %1 is not one of the client's contacts that may be e-mailed")
                            .arg(a.address()));
    }
    return {};
}

/// "Sent despite: contact cap … — reason: …", for the note of a message a manager overrode.
QString overrideLine(const QJsonObject &o)
{
    return MailService::tr("Sent despite: %1 — reason: %2")
            .arg(o.value(QStringLiteral("rules")).toString(),
                 o.value(QStringLiteral("reason")).toString());
}

/// The note a sent message leaves on its client's timeline (by the user who queued it).

NoteService::Draft sentNote(const OutboxMessage &m, const MimeMessage &parsed, const QString &reply,
                            const QDateTime &now)
{
    NoteService::Draft draft;
    Note &n = draft.note;
    n.clientId = m.clientId;
    n.channel = NoteChannel::Email;
    n.direction = NoteDirection::Outbound;
    n.outcome = NoteOutcome::None;
    n.occurredAt = now;
    QStringList names;
    for (const MailAddress &a : parsed.to)
        names << (a.displayName().isEmpty() ? a.address() : a.displayName());
    n.contactName = names.join(QStringLiteral(", ")).left(200);
    n.text = noteText(parsed, reply);
    draft.authorId = m.createdBy;
    for (const MailAttachment &a : parsed.attachments)
        draft.attachData.append({a.fileName, a.bytes});
    return draft;
}

} // namespace

SmtpTransport::Delivery MailService::sendTestMessage(SmtpTransport &transport,
                                                     const SmtpSettings &settings,
                                                     const QString &to, const Clock &clock)
{
    SmtpTransport::Delivery failed;
    MimeMessage m;
    auto from
            = MailAddress::create(settings.fromAddress, settings.fromName, QStringLiteral("from"));
    auto rcpt = MailAddress::parse(to, QStringLiteral("to"));
    if (!from || !rcpt) {
        failed.error = !from ? from.errorString() : rcpt.errorString();
        return failed;
    }
    m.from = from.value();
    m.to = {rcpt.value()};
    m.subject = tr("ARDesk test message");
    m.text = tr("This is a test message from ARDesk. Your SMTP settings work: %1 via %2 port "
                "%3 (%4).")
                     .arg(settings.fromAddress, settings.host)
                     .arg(settings.port)
                     .arg(toString(settings.security));
    auto bytes = m.toBytes(clock);
    if (!bytes) {
        failed.error = bytes.errorString();
        return failed;
    }
    return transport.send(bytes.value(), m.from.address(), {m.to.first().address()});
}

qint64 MailService::backoffSeconds(int attempts)
{
    const int n = std::clamp(attempts, 1, 20) - 1;
    return std::min<qint64>(qint64(60) << n, 6 * 3600);
}

Result<SmtpSettings> MailService::settings() const
{
    return SmtpSettings::load(*m_db);
}

Result<MailService::Preview> MailService::compose(const ComposeRequest &request) const
{
    // Who may not send hears so first, not that e-mail is not set up.
    if (auto a = authorize(*m_db, m_userId, Permission::SendEmail); !a)
        return a.error();
    auto smtp = SmtpSettings::load(*m_db);
    if (!smtp)
        return smtp.error();
    return composeWith(request, smtp.value(), true);
}

Result<MailService::Preview> MailService::composeWith(const ComposeRequest &r,
                                                      const SmtpSettings &smtp,
                                                      bool chosenMustBeUsable) const
{
    if (auto s = requireSender(smtp); !s)
        return s.error();
    auto tmpl = emailTemplate(*m_db, r.templateKey);
    if (!tmpl)
        return tmpl.error();
    auto client = ClientRepository(*m_db).find(r.clientId);
    if (!client)
        return makeError(ErrorCode::NotFound, tr("client: no client with id %1").arg(r.clientId));
    auto contacts = ContactRepository(*m_db).forClient(r.clientId);
    if (!contacts)
        return contacts.error();
    Preview p;
    p.clientId = r.clientId;
    p.clientCode = client.value().code;
    p.clientName = client.value().name;
    p.templateKey = r.templateKey;
    p.asOf = r.asOf.isValid() ? r.asOf : m_db->today();
    auto guard = verdict(r.clientId, r.templateKey, p.asOf);
    if (!guard)
        return guard.error();
    // A reminder for a client owing nothing, or with nothing overdue, would state false facts.
    if (guard.value().isFinal() && !r.byReminderRun)
        return makeError(ErrorCode::InvalidValue,
                         tr("%1 to %2: not sent: %3")
                                 .arg(r.templateKey, p.clientCode, guard.value().summary()));
    p.guard = guard.value();
    if (auto a = addressPreview(p, r, contacts.value(), chosenMustBeUsable); !a)
        return a.error();
    auto speaker = identity(r, client.value(), smtp);
    if (!speaker)
        return speaker.error();
    addressSender(p, speaker.value());
    p.speaksForUserId = speakerOf(r, client.value(), m_userId);
    auto vars = MailContext::build(*m_db, contextRequest(r, p), smtp);
    if (!vars)
        return vars.error();
    // Attached first, so the text can name exactly what the message carries (never "copies
    // attached" when there are none).
    if (auto a = attach(p.message, *m_db, r); !a)
        return a.error();
    if (auto a = attachStatement(p, r); !a)
        return a.error();
    QJsonArray attached;
    for (const MailAttachment &a : std::as_const(p.message.attachments))
        attached.append(QJsonObject {{QStringLiteral("name"), a.fileName}});
    vars.value().insert(QStringLiteral("attachments"), attached);
    vars.value().insert(QStringLiteral("has_attachments"), !attached.isEmpty());
    if (auto s = renderInto(p.message, r.templateKey, tmpl.value(), vars.value()); !s)
        return s.error();
    if (auto v = p.message.validate(); !v)
        return v.error();
    return p;
}

Result<void> MailService::attachStatement(Preview &p, const ComposeRequest &r) const
{
    if (!m_statementRenderer || r.templateKey != QLatin1String("statement"))
        return {};
    auto statement = StatementService(m_db, m_userId).statement(r.clientId, p.asOf);
    if (!statement)
        return statement.error();
    auto pdf = m_statementRenderer->renderPdf(statement.value());
    if (!pdf)
        return pdf.error();
    p.message.attachments.append({tr("Statement %1 %2.pdf")
                                          .arg(statement.value().clientCode,
                                               timeutil::toStorage(statement.value().asOf)),
                                  QStringLiteral("application/pdf"), pdf.value()});
    return {};
}

MailContext::Request MailService::contextRequest(const ComposeRequest &r, const Preview &p) const
{
    MailContext::Request cr;
    cr.clientId = r.clientId;
    cr.contactIds = p.contactIds;
    cr.invoiceIds = r.invoiceIds;
    cr.excludeInvoiceIds = p.guard.leftOutInvoiceIds;
    cr.promise = r.promise;
    cr.asOf = r.asOf;
    cr.senderUserId = p.speaksForUserId;
    cr.callNoteId = r.callNoteId;
    return cr;
}

Result<SenderIdentity> MailService::identity(const ComposeRequest &r, const Client &client,
                                             const SmtpSettings &smtp) const
{
    return SenderIdentity::load(*m_db, smtp, speakerOf(r, client, m_userId));
}

Result<MailService::ComposeRequest> MailService::recapRequest(qint64 callNoteId) const
{
    auto entry = NoteReader(*m_db).latest(callNoteId);
    if (!entry)
        return entry.error();
    const Note &note = entry.value().note;
    if (note.channel != NoteChannel::Call && note.channel != NoteChannel::Meeting)
        return makeError(ErrorCode::InvalidValue,
                         tr("note %1: a recap follows a call or meeting, not a %2")
                                 .arg(callNoteId)
                                 .arg(displayName(note.channel).toLower()));
    if (!note.contactId)
        return makeError(ErrorCode::InvalidValue,
                         tr("note %1: the call names no contact of the client to send the "
                            "recap to")
                                 .arg(callNoteId));
    ComposeRequest r;
    r.clientId = note.clientId;
    r.templateKey = QStringLiteral("call-recap");
    r.recipients = Recipients::Chosen;
    r.contactIds = {note.contactId};
    r.invoiceIds = note.invoiceIds;
    r.callNoteId = callNoteId;
    return r;
}

Result<MailService::BulkPreview> MailService::composeBulk(const QList<qint64> &clientIds,
                                                          const QString &templateKey,
                                                          const QDate &asOf) const
{
    if (auto a = authorize(*m_db, m_userId, Permission::SendEmail); !a)
        return a.error();
    auto smtp = SmtpSettings::load(*m_db);
    if (!smtp)
        return smtp.error();
    auto tmpl = emailTemplate(*m_db, templateKey);
    if (!tmpl)
        return tmpl.error();
    // Unknown variables fail the whole run (they are the template's fault, not a client's).
    if (auto c = checkTemplate(templateKey, tmpl.value()); !c)
        return c.error();
    BulkPreview out;
    for (qint64 id : clientIds) {
        ComposeRequest r;
        r.clientId = id;
        r.templateKey = templateKey;
        r.recipients = Recipients::BillingContacts;
        r.asOf = asOf;
        auto p = composeWith(r, smtp.value(), false);
        if (p && p.value().guard.allowed()) {
            out.messages.append(p.value());
            continue;
        }
        if (p) {
            const bool overridable = p.value().guard.isOverridableInBulk();
            out.skippedClients.append({id, 0, p.value().clientCode + u' ' + p.value().clientName,
                                       p.value().guard.summary(), overridable});
            if (overridable)
                out.overridable.append(p.value());
            continue;
        }
        if (p.error().code == ErrorCode::Database)
            return p.error();
        auto client = ClientRepository(*m_db).find(id);
        const QString name
                = client ? client.value().code + u' ' + client.value().name : QString::number(id);
        out.skippedClients.append({id, 0, name, p.errorString(), false});
    }
    return out;
}

QList<MailService::Preview> MailService::BulkPreview::overridden(const QString &reason) const
{
    QList<Preview> out = overridable;
    for (Preview &p : out)
        p.overrideReason = reason;
    return out;
}

Result<QList<qint64>> MailService::audience(const QList<qint64> &chosen,
                                            const ClientListQuery::Spec &narrowing) const
{
    auto ids = ClientListQuery(*m_db).ids(narrowing);
    if (!ids)
        return ids.error();
    const QSet<qint64> matching(ids.value().cbegin(), ids.value().cend());
    QList<qint64> out;
    for (qint64 id : chosen) {
        if (matching.contains(id))
            out.append(id);
    }
    return out;
}

Result<SendVerdict> MailService::verdict(qint64 clientId, const QString &templateKey,
                                         const QDate &asOf) const
{
    auto settings = WorkflowSettings::load(*m_db);
    if (!settings)
        return settings.error();
    auto facts = SendFactsQuery(*m_db).load(clientId, asOf, templateKey);
    if (!facts)
        return facts.error();
    return SendGuard::check(facts.value(), messageKindOf(templateKey),
                            settings.value().contactCapPerWeek);
}

Result<void> MailService::checkGuard(const Preview &p, const SendVerdict &v) const
{
    if (v.allowed())
        return {};
    const QString rules = v.summary();
    if (v.isFinal() || p.overrideReason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         v.isFinal() ? tr("%1: not queued: %2").arg(p.clientCode, rules)
                                     : tr("%1: not queued: %2 (a manager may "
                                          "send it anyway, with a reason)")
                                               .arg(p.clientCode, rules));
    auto user = actingUser(*m_db, m_userId);
    if (!user)
        return user.error();
    if (!Permissions::check(user.value(), Permission::OverrideSendGuard))
        return makeError(
                ErrorCode::InvalidValue,
                tr("override: %1 is a %2; only a manager may send "
                   "despite: %3")
                        .arg(user.value().name,
                             toString(user.value().roles).replace(u',', QStringLiteral(" and ")),
                             rules));
    return {};
}

Result<qint64> MailService::queueIn(Preview &p, Guard guard)
{
    // Do-not-contact and addresses may have changed since the preview.
    auto contacts = ContactRepository(*m_db).forClient(p.clientId);
    if (!contacts)
        return contacts.error();
    if (auto c = recheckRecipients(p, contacts.value()); !c)
        return c.error();
    // So may the guard's facts: another message queued meanwhile counts (inside this
    // transaction, so two sends at once cannot both pass the cap).
    SendVerdict v;
    if (guard == Guard::Check) {
        auto now = verdict(p.clientId, p.templateKey, p.asOf.isValid() ? p.asOf : m_db->today());
        if (!now)
            return now.error();
        if (auto c = checkGuard(p, now.value()); !c)
            return c.error();
        v = now.value();
    }
    p.message.date = QDateTime();
    p.message.messageId.clear();
    auto bytes = p.message.toBytes(*m_db->clock());
    if (!bytes)
        return bytes.error();
    OutboxMessage m;
    m.clientId = p.clientId;
    m.messageId = p.message.messageId;
    m.fromAddress = p.envelopeFrom.isEmpty() ? p.message.from.address() : p.envelopeFrom;
    for (const MailAddress &a : p.message.recipients())
        m.recipients << a.address();
    m.subject = p.message.subject;
    m.templateKey = p.templateKey;
    m.eml = bytes.value();
    m.createdBy = m_userId;
    auto id = Outbox(*m_db).insert(m);
    if (!id || v.allowed())
        return id;
    const QJsonObject override {{QStringLiteral("client_id"), p.clientId},
                                {QStringLiteral("template"), p.templateKey},
                                {QStringLiteral("rules"), v.summary()},
                                {QStringLiteral("reason"), p.overrideReason.trimmed()}};
    if (auto a = AuditLog(*m_db, m_userId)
                         .record(QStringLiteral("outbox"), id.value(),
                                 QStringLiteral("send_override"), {}, override);
        !a)
        return a.error();
    return id;
}

Result<qint64> MailService::queue(Preview &preview)
{
    if (auto a = authorize(*m_db, m_userId, Permission::SendEmail); !a)
        return a.error();
    return inTransaction(*m_db, [&]() { return queueIn(preview, Guard::Check); });
}

Result<qint64> MailService::queueInTransaction(Preview &preview)
{
    if (auto a = authorize(*m_db, m_userId, Permission::SendEmail); !a)
        return a.error();
    return queueIn(preview, Guard::ReminderRun);
}

Result<QList<qint64>> MailService::queueAll(QList<Preview> &previews)
{
    if (auto a = authorize(*m_db, m_userId, Permission::SendEmail); !a)
        return a.error();
    return inTransaction(*m_db, [&]() -> Result<QList<qint64>> {
        QList<qint64> ids;
        for (Preview &p : previews) {
            auto id = queueIn(p, Guard::Check);
            if (!id)
                return id.error();
            ids.append(id.value());
        }
        return ids;
    });
}

Result<void> MailService::recordSent(qint64 id, const QString &reply, bool confirmedByUser)
{
    Outbox outbox(*m_db);
    // Sent by this run (sending → sent), or found delivered by the user (unknown → sent).
    const auto mark = [&](qint64 noteId) {
        return confirmedByUser ? outbox.confirmSent(id, reply, noteId)
                               : outbox.markSent(id, reply, noteId);
    };
    auto stored = outbox.find(id);
    if (!stored)
        return stored.error();
    const OutboxMessage &m = stored.value();
    auto parsed = MimeMessage::parse(m.eml);
    QString noteError;
    if (parsed && m.clientId) {
        auto override
                = AuditLog(*m_db, m_userId)
                          .lastAfter(QStringLiteral("outbox"), id, QStringLiteral("send_override"));
        if (!override)
            return override.error();
        NoteService::Draft draft = sentNote(m, parsed.value(), reply, m_db->clock()->now());
        if (!override.value().isEmpty()) // under the subject, which timelines show first
            draft.note.text.insert(draft.note.text.indexOf(u'\n') + 1,
                                   overrideLine(override.value()) + u'\n');
        auto done = inTransaction(*m_db, [&]() -> Result<void> {
            auto note = NoteService(m_db, m_userId).addInOpenTransaction(draft);
            if (!note)
                return note.error();
            return mark(note.value().id);
        });
        if (done)
            return {};
        noteError = done.errorString();
    } else if (!parsed) {
        noteError = parsed.errorString();
    }
    // The server has the message: it is sent whatever happens to the note.
    if (!noteError.isEmpty())
        log::error(QStringLiteral("outbox %1: sent, but the note could not be written: %2")
                           .arg(id)
                           .arg(noteError));
    return inTransaction(*m_db, [&]() -> Result<void> {
        if (auto s = mark(0); !s)
            return s;
        if (noteError.isEmpty())
            return {};
        return outbox.setLastError(id,
                                   tr("sent; the note could not be written: %1").arg(noteError));
    });
}

Result<bool> MailService::underDailyLimit(const SmtpSettings &smtp, SendReport &report) const
{
    if (smtp.ratePerDay <= 0)
        return true;
    auto n = Outbox(*m_db).sentSince(m_db->clock()->now().addSecs(-24 * 3600));
    if (!n)
        return n.error();
    if (n.value() < smtp.ratePerDay)
        return true;
    report.stoppedBecause = tr("the daily limit of %1 messages is reached").arg(smtp.ratePerDay);
    return false;
}

Result<bool> MailService::waitForMinuteLimit(const SmtpSettings &smtp, const SendOptions &options,
                                             SendReport &report) const
{
    if (smtp.ratePerMinute <= 0)
        return true;
    while (true) {
        auto n = Outbox(*m_db).sentSince(m_db->clock()->now().addSecs(-60));
        if (!n)
            return n.error();
        if (n.value() < smtp.ratePerMinute)
            return true;
        if (!options.waitAtRateLimit) {
            report.stoppedBecause
                    = tr("the limit of %1 messages per minute is reached").arg(smtp.ratePerMinute);
            return false;
        }
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            return false;
        }
        QThread::msleep(200);
    }
}

Result<bool> MailService::mayGoOn(const SmtpSettings &smtp, const SendOptions &options,
                                  SendReport &report) const
{
    if (options.cancel && options.cancel->load()) {
        report.cancelled = true;
        return false;
    }
    // Rate limits, counted from the outbox (they hold across runs and processes).
    auto day = underDailyLimit(smtp, report);
    if (!day || !day.value())
        return day;
    return waitForMinuteLimit(smtp, options, report);
}

Result<void> MailService::recordDelivery(const OutboxMessage &m, const SmtpTransport::Delivery &d,
                                         const SmtpSettings &smtp, SendReport &report,
                                         Progress &progress)
{
    Outbox outbox(*m_db);
    const qint64 id = m.id;
    // The row's new state in its own transaction, and what the progress report says of it.
    auto move = [&](OutboxStatus status, const QString &detail, auto &&write) -> Result<void> {
        if (auto r = inTransaction(*m_db, write); !r)
            return r.error();
        progress.status = status;
        progress.detail = detail;
        return {};
    };
    switch (d.kind) {
    case SmtpTransport::Delivery::Kind::Accepted:
        return recordAccepted(m, d, report, progress);
    case SmtpTransport::Delivery::Kind::NotSent:
        // Nothing reached the server: back to the queue, and stop (the setup or the
        // connection is the problem, the next message would fail the same way).
        report.stoppedBecause = d.error;
        return move(OutboxStatus::Queued, d.error, [&]() { return outbox.release(id, d.error); });
    case SmtpTransport::Delivery::Kind::Temporary:
        if (m.attempts >= smtp.maxAttempts) {
            const QString why = tr("gave up after %1 attempts: %2").arg(m.attempts).arg(d.error);
            ++report.parked;
            return move(OutboxStatus::Parked, why, [&]() { return outbox.markParked(id, why); });
        } else {
            const QDateTime next = m_db->clock()->now().addSecs(backoffSeconds(m.attempts));
            ++report.failed;
            return move(OutboxStatus::Failed, d.error,
                        [&]() { return outbox.markFailed(id, d.error, next); });
        }
    case SmtpTransport::Delivery::Kind::Permanent:
        ++report.parked;
        return move(OutboxStatus::Parked, d.error,
                    [&]() { return outbox.markParked(id, d.error); });
    case SmtpTransport::Delivery::Kind::Unknown:
        ++report.unknown;
        return move(OutboxStatus::Unknown, d.error,
                    [&]() { return outbox.markUnknown(id, d.error); });
    }
    return {};
}

Result<void> MailService::recordAccepted(const OutboxMessage &m, const SmtpTransport::Delivery &d,
                                         SendReport &report, Progress &progress)
{
    QString reply = d.reply;
    if (!d.queueId.isEmpty() && !reply.contains(d.queueId))
        reply += QStringLiteral(" (queue id %1)").arg(d.queueId);
    if (auto r = recordSent(m.id, reply); !r)
        return r;
    ++report.sent;
    report.sentIds.append(m.id);
    progress.status = OutboxStatus::Sent;
    progress.detail = reply;
    log::info(QStringLiteral("outbox %1 <%2> sent: %3").arg(m.id).arg(m.messageId, reply));
    return {};
}

Result<std::optional<MailService::Progress>> MailService::deliver(SmtpTransport &transport,
                                                                  qint64 id,
                                                                  const SmtpSettings &smtp,
                                                                  SendReport &report)
{
    Outbox outbox(*m_db);
    // queued → sending is committed before any byte goes out.
    auto claimed = inTransaction(*m_db, [&]() { return outbox.claim(id); });
    if (!claimed)
        return claimed.error();
    if (!claimed.value())
        return std::optional<Progress>(); // another sender took it, or the user cancelled it
    auto stored = outbox.find(id);
    if (!stored)
        return stored.error();
    const OutboxMessage &m = stored.value();
    const SmtpTransport::Delivery d = transport.send(m.eml, m.fromAddress, m.recipients);
    Progress progress;
    progress.outboxId = id;
    progress.subject = m.subject;
    if (auto r = recordDelivery(m, d, smtp, report, progress); !r)
        return r.error();
    if (d.kind == SmtpTransport::Delivery::Kind::Unknown)
        transport.close();
    if (d.kind != SmtpTransport::Delivery::Kind::Accepted)
        log::warning(QStringLiteral("outbox %1 <%2> %3: %4")
                             .arg(id)
                             .arg(m.messageId, toString(progress.status), progress.detail));
    return std::optional<Progress>(progress);
}

Result<MailService::SendReport> MailService::send(SmtpTransport &transport,
                                                  const SendOptions &options)
{
    if (auto a = authorize(*m_db, m_userId, Permission::SendEmail); !a)
        return a.error();
    auto smtp = SmtpSettings::load(*m_db);
    if (!smtp)
        return smtp.error();
    SendReport report;
    auto recovered = recoverInterrupted();
    if (!recovered)
        return recovered.error();
    report.recovered = recovered.value();
    auto due = Outbox(*m_db).due(m_db->clock()->now(), std::max(0, options.limit));
    if (!due)
        return due.error();
    const int connectionsBefore = transport.connectionsOpened();
    const int total = int(due.value().size());
    int done = 0;
    for (qint64 id : due.value()) {
        auto goOn = mayGoOn(smtp.value(), options, report);
        if (!goOn)
            return goOn.error();
        if (!goOn.value())
            break;
        auto progress = deliver(transport, id, smtp.value(), report);
        if (!progress)
            return progress.error();
        if (!progress.value())
            continue;
        progress.value()->total = total;
        progress.value()->done = ++done;
        if (options.progress)
            options.progress(*progress.value());
        if (!report.stoppedBecause.isEmpty())
            break;
    }
    report.connections = transport.connectionsOpened() - connectionsBefore;
    auto remaining = Outbox(*m_db).due(m_db->clock()->now(), 1000000);
    if (!remaining)
        return remaining.error();
    report.remaining = int(remaining.value().size());
    return report;
}

Result<int> MailService::recoverInterrupted()
{
    return inTransaction(*m_db, [&]() { return Outbox(*m_db).recoverInterrupted(); });
}

Result<void> MailService::retry(qint64 outboxId)
{
    if (auto a = authorize(*m_db, m_userId, Permission::SendEmail); !a)
        return a.error();
    return inTransaction(*m_db, [&]() { return Outbox(*m_db).requeue(outboxId); });
}

Result<void> MailService::confirmSent(qint64 outboxId)
{
    if (auto a = authorize(*m_db, m_userId, Permission::SendEmail); !a)
        return a.error();
    auto stored = Outbox(*m_db).find(outboxId);
    if (!stored)
        return stored.error();
    if (stored.value().status != OutboxStatus::Unknown)
        return makeError(ErrorCode::Conflict,
                         tr("outbox message %1 is %2: only a message whose delivery is unknown "
                            "can be marked as sent by hand")
                                 .arg(outboxId)
                                 .arg(toString(stored.value().status)));
    auto user = UserRepository(*m_db).find(m_userId);
    const QString who = user
            ? (user.value().displayName.isEmpty() ? user.value().name : user.value().displayName)
            : QString::number(m_userId);
    return recordSent(outboxId,
                      tr("delivery confirmed by %1 after checking the mailbox (the send was "
                         "interrupted)")
                              .arg(who),
                      true);
}

Result<void> MailService::cancel(qint64 outboxId)
{
    if (auto a = authorize(*m_db, m_userId, Permission::SendEmail); !a)
        return a.error();
    return inTransaction(*m_db, [&]() { return Outbox(*m_db).cancel(outboxId); });
}

Result<QList<OutboxMessage>> MailService::outbox(const QList<OutboxStatus> &statuses,
                                                 int limit) const
{
    return Outbox(*m_db).list(statuses, limit);
}

} // namespace ardesk
