// SPDX-License-Identifier: MIT
#include "core/services/mailservice.h"

#include "core/mail/smtptransport.h"
#include "core/mail/templaterenderer.h"
#include "core/services/noteservice.h"
#include "core/storage/attachmentstore.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/sql.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"
#include "core/support/log.h"

#include <QCoreApplication>
#include <QThread>

namespace ardesk {
namespace {

QString tr(const char *t)
{
    return QCoreApplication::translate("MailService", t);
}

/// Why a contact cannot receive e-mail, or an empty string when it can.
QString unusable(const Contact &c, MailAddress *address)
{
    if (c.doNotContact)
        return tr("marked do not contact");
    if (c.email.trimmed().isEmpty())
        return tr("no e-mail address");
    auto a = MailAddress::create(c.email, c.name, QStringLiteral("e-mail"));
    if (!a)
        return a.errorString();
    if (address)
        *address = a.value();
    return QString();
}

Result<NoteTemplate> emailTemplate(const QSqlDatabase &conn, const QString &key)
{
    auto t = TemplateRepository(conn).find(key);
    if (!t || t.value().kind != NoteTemplate::Kind::Email) {
        auto all = TemplateRepository(conn).list(NoteTemplate::Kind::Email);
        QStringList keys;
        if (all) {
            for (const NoteTemplate &n : all.value())
                keys << n.key;
        }
        return makeError(ErrorCode::NotFound,
                         tr("template: no e-mail template \"%1\" (there are: %2)")
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
    QString text = tr("E-mail sent: %1").arg(m.subject) + u'\n';
    text += tr("To: %1").arg(to.join(QStringLiteral(", "))) + u'\n';
    if (!cc.isEmpty())
        text += tr("Cc: %1").arg(cc.join(QStringLiteral(", "))) + u'\n';
    text += tr("Message-ID: <%1>").arg(m.messageId) + QStringLiteral("\n\n");
    QString body = m.text;
    constexpr int maxBody = 90000;
    if (body.size() > maxBody)
        body = body.left(maxBody) + QStringLiteral("\n[…]");
    text += body.trimmed() + QStringLiteral("\n\n") + tr("Server reply: %1").arg(reply);
    return text;
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
    return SmtpSettings::load(m_db->connection());
}

Result<MailService::Preview> MailService::compose(const ComposeRequest &request) const
{
    QSqlDatabase conn = m_db->connection();
    auto smtp = SmtpSettings::load(conn);
    if (!smtp)
        return smtp.error();
    return composeWith(conn, request, smtp.value(), true);
}

Result<MailService::Preview> MailService::composeWith(const QSqlDatabase &conn,
                                                      const ComposeRequest &r,
                                                      const SmtpSettings &smtp,
                                                      bool chosenMustBeUsable) const
{
    if (smtp.fromAddress.isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         tr("e-mail is not set up: no sender address (settings smtp --from)"));
    auto from = MailAddress::create(smtp.fromAddress, smtp.fromName, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto tmpl = emailTemplate(conn, r.templateKey);
    if (!tmpl)
        return tmpl.error();
    auto client = ClientRepository(conn).find(r.clientId);
    if (!client)
        return makeError(ErrorCode::NotFound, tr("client: no client with id %1").arg(r.clientId));
    auto contacts = ContactRepository(conn).forClient(r.clientId);
    if (!contacts)
        return contacts.error();

    Preview p;
    p.clientId = r.clientId;
    p.clientCode = client.value().code;
    p.clientName = client.value().name;
    p.templateKey = r.templateKey;
    auto contactById = [&](qint64 id) -> const Contact * {
        for (const Contact &c : contacts.value()) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    };
    QList<const Contact *> to;
    if (r.recipients == Recipients::BillingContacts) {
        for (const Contact &c : contacts.value()) {
            if (c.isBillingContact)
                to.append(&c);
        }
        if (to.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             tr("%1 has no billing contact").arg(p.clientCode));
    } else {
        if (r.contactIds.isEmpty())
            return makeError(ErrorCode::InvalidValue, tr("to: choose at least one contact"));
        for (qint64 id : r.contactIds) {
            const Contact *c = contactById(id);
            if (!c)
                return makeError(
                        ErrorCode::NotFound,
                        tr("to: contact %1 is not a contact of %2").arg(id).arg(p.clientCode));
            to.append(c);
        }
    }
    auto take = [&](const QList<const Contact *> &list, QList<MailAddress> &into,
                    bool mustBeUsable) -> Result<void> {
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
                return makeError(
                        ErrorCode::InvalidValue,
                        tr("%1 (%2) cannot be e-mailed: %3").arg(c->name, p.clientCode, why));
            p.skipped.append({r.clientId, c->id, c->name, why});
        }
        return {};
    };
    if (auto t = take(to, p.message.to, chosenMustBeUsable && r.recipients == Recipients::Chosen);
        !t)
        return t.error();
    QList<const Contact *> cc;
    for (qint64 id : r.ccContactIds) {
        const Contact *c = contactById(id);
        if (!c)
            return makeError(ErrorCode::NotFound,
                             tr("cc: contact %1 is not a contact of %2").arg(id).arg(p.clientCode));
        cc.append(c);
    }
    if (auto t = take(cc, p.message.cc, chosenMustBeUsable); !t)
        return t.error();
    if (p.message.to.isEmpty()) {
        QStringList why;
        for (const Skipped &s : std::as_const(p.skipped))
            why << s.name + QStringLiteral(": ") + s.reason;
        return makeError(ErrorCode::InvalidValue,
                         tr("%1 has no usable recipient (%2)")
                                 .arg(p.clientCode, why.join(QStringLiteral("; "))));
    }

    MailContext::Request cr;
    cr.clientId = r.clientId;
    cr.contactIds = p.contactIds;
    cr.invoiceIds = r.invoiceIds;
    cr.promise = r.promise;
    cr.asOf = r.asOf;
    cr.senderUserId = m_userId;
    auto vars = MailContext::build(conn, cr, smtp);
    if (!vars)
        return vars.error();
    auto rendered = TemplateRenderer::render(
            {tmpl.value().subject, tmpl.value().bodyText, tmpl.value().bodyHtml},
            MailContext::schema(), vars.value());
    if (!rendered)
        return makeError(rendered.error().code,
                         tr("%1: %2").arg(r.templateKey, rendered.errorString()));
    p.message.from = from.value();
    if (!smtp.replyTo.isEmpty()) {
        auto reply = MailAddress::parse(smtp.replyTo, QStringLiteral("reply-to"));
        if (!reply)
            return reply.error();
        p.message.replyTo = reply.value();
    }
    p.message.subject = rendered.value().subject;
    p.message.text = rendered.value().text;
    p.message.html = rendered.value().html;
    AttachmentStore store(conn);
    for (const QString &path : r.attachFiles) {
        auto c = store.load(path);
        if (!c)
            return c.error();
        p.message.attachments.append(
                {c.value().displayName, c.value().detectedMime, c.value().bytes});
    }
    p.message.attachments += r.attachData;
    if (auto v = p.message.validate(); !v)
        return v.error();
    return p;
}

Result<MailService::BulkPreview> MailService::composeBulk(const QList<qint64> &clientIds,
                                                          const QString &templateKey,
                                                          const QDate &asOf) const
{
    QSqlDatabase conn = m_db->connection();
    auto smtp = SmtpSettings::load(conn);
    if (!smtp)
        return smtp.error();
    auto tmpl = emailTemplate(conn, templateKey);
    if (!tmpl)
        return tmpl.error();
    // Unknown variables fail the whole run (they are the template's fault, not a client's).
    QStringList unknown;
    for (const auto &[text, part] :
         {std::pair {tmpl.value().subject, TemplateRenderer::Part::Subject},
          std::pair {tmpl.value().bodyText, TemplateRenderer::Part::Text},
          std::pair {tmpl.value().bodyHtml, TemplateRenderer::Part::Html}}) {
        const auto p
                = TemplateRenderer::check(text, part, MailContext::schema(), MailContext::schema());
        if (!p.syntax.isEmpty())
            return makeError(ErrorCode::InvalidValue, tr("%1: %2").arg(templateKey, p.syntax));
        unknown += p.unknown;
    }
    if (!unknown.isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         tr("%1: unknown variable(s): %2")
                                 .arg(templateKey, unknown.join(QStringLiteral(", "))));
    BulkPreview out;
    for (qint64 id : clientIds) {
        ComposeRequest r;
        r.clientId = id;
        r.templateKey = templateKey;
        r.recipients = Recipients::BillingContacts;
        r.asOf = asOf;
        auto p = composeWith(conn, r, smtp.value(), false);
        if (p) {
            out.messages.append(p.value());
            continue;
        }
        if (p.error().code == ErrorCode::Database)
            return p.error();
        auto client = ClientRepository(conn).find(id);
        const QString name
                = client ? client.value().code + u' ' + client.value().name : QString::number(id);
        out.skippedClients.append({id, 0, name, p.errorString()});
    }
    return out;
}

Result<qint64> MailService::queueIn(const QSqlDatabase &conn, Preview &p)
{
    // Do-not-contact and addresses may have changed since the preview.
    auto contacts = ContactRepository(conn).forClient(p.clientId);
    if (!contacts)
        return contacts.error();
    QList<MailAddress> allowed;
    for (qint64 id : std::as_const(p.contactIds)) {
        const auto it = std::find_if(contacts.value().cbegin(), contacts.value().cend(),
                                     [&](const Contact &c) { return c.id == id; });
        if (it == contacts.value().cend())
            return makeError(ErrorCode::NotFound, tr("contact %1 no longer exists").arg(id));
        MailAddress a;
        const QString why = unusable(*it, &a);
        if (!why.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             tr("%1 (%2) cannot be e-mailed: %3").arg(it->name, p.clientCode, why));
        allowed.append(a);
    }
    for (const MailAddress &a : p.message.recipients()) {
        if (!allowed.contains(a))
            return makeError(ErrorCode::InvalidValue,
                             tr("to: %1 is not one of the client's contacts that may be e-mailed")
                                     .arg(a.address()));
    }
    p.message.date = QDateTime();
    p.message.messageId.clear();
    auto bytes = p.message.toBytes(*m_db->clock());
    if (!bytes)
        return bytes.error();
    OutboxMessage m;
    m.clientId = p.clientId;
    m.messageId = p.message.messageId;
    m.fromAddress = p.message.from.address();
    for (const MailAddress &a : p.message.recipients())
        m.recipients << a.address();
    m.subject = p.message.subject;
    m.templateKey = p.templateKey;
    m.eml = bytes.value();
    m.createdBy = m_userId;
    return Outbox(conn).insert(m);
}

Result<qint64> MailService::queue(Preview &preview)
{
    QSqlDatabase conn = m_db->connection();
    return inTransaction(conn, [&]() { return queueIn(conn, preview); });
}

Result<qint64> MailService::queueInTransaction(Preview &preview)
{
    return queueIn(m_db->connection(), preview);
}

Result<QList<qint64>> MailService::queueAll(QList<Preview> &previews)
{
    QSqlDatabase conn = m_db->connection();
    return inTransaction(conn, [&]() -> Result<QList<qint64>> {
        QList<qint64> ids;
        for (Preview &p : previews) {
            auto id = queueIn(conn, p);
            if (!id)
                return id.error();
            ids.append(id.value());
        }
        return ids;
    });
}

Result<void> MailService::recordSent(qint64 id, const QString &reply)
{
    QSqlDatabase conn = m_db->connection();
    auto stored = Outbox(conn).find(id);
    if (!stored)
        return stored.error();
    const OutboxMessage &m = stored.value();
    auto parsed = MimeMessage::parse(m.eml);
    QString noteError;
    if (parsed && m.clientId) {
        NoteService::Draft draft;
        Note &n = draft.note;
        n.clientId = m.clientId;
        n.channel = NoteChannel::Email;
        n.direction = NoteDirection::Outbound;
        n.outcome = NoteOutcome::None;
        n.occurredAt = m_db->clock()->now();
        QStringList names;
        for (const MailAddress &a : parsed.value().to)
            names << (a.displayName().isEmpty() ? a.address() : a.displayName());
        n.contactName = names.join(QStringLiteral(", ")).left(200);
        n.text = noteText(parsed.value(), reply);
        draft.authorId = m.createdBy;
        for (const MailAttachment &a : parsed.value().attachments)
            draft.attachData.append({a.fileName, a.bytes});
        auto done = inTransaction(conn, [&]() -> Result<void> {
            auto note = NoteService(m_db, m_userId).addInOpenTransaction(draft);
            if (!note)
                return note.error();
            return Outbox(conn).markSent(id, reply, note.value().id);
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
    return inTransaction(conn, [&]() -> Result<void> {
        if (auto s = Outbox(conn).markSent(id, reply, 0); !s)
            return s;
        if (noteError.isEmpty())
            return {};
        auto e = sql::exec(conn, QStringLiteral("UPDATE outbox SET last_error = ? WHERE id = ?"),
                           {tr("sent; the note could not be written: %1").arg(noteError), id});
        if (!e)
            return e.error();
        return {};
    });
}

Result<MailService::SendReport> MailService::send(SmtpTransport &transport,
                                                  const SendOptions &options)
{
    QSqlDatabase conn = m_db->connection();
    SendReport report;
    auto smtp = SmtpSettings::load(conn);
    if (!smtp)
        return smtp.error();
    auto recovered = recoverInterrupted();
    if (!recovered)
        return recovered.error();
    report.recovered = recovered.value();
    Outbox outbox(conn);
    auto due = outbox.due(m_db->clock()->now(), std::max(0, options.limit));
    if (!due)
        return due.error();
    const int connectionsBefore = transport.connectionsOpened();
    const int total = int(due.value().size());
    int done = 0;
    for (qint64 id : due.value()) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        // Rate limits, counted from the outbox (they hold across runs and processes).
        const QDateTime now = m_db->clock()->now();
        if (smtp.value().ratePerDay > 0) {
            auto n = outbox.sentSince(now.addSecs(-24 * 3600));
            if (!n)
                return n.error();
            if (n.value() >= smtp.value().ratePerDay) {
                report.stoppedBecause = tr("the daily limit of %1 messages is reached")
                                                .arg(smtp.value().ratePerDay);
                break;
            }
        }
        if (smtp.value().ratePerMinute > 0) {
            bool stop = false;
            while (true) {
                const QDateTime t = m_db->clock()->now();
                auto n = outbox.sentSince(t.addSecs(-60));
                if (!n)
                    return n.error();
                if (n.value() < smtp.value().ratePerMinute)
                    break;
                if (!options.waitAtRateLimit) {
                    report.stoppedBecause = tr("the limit of %1 messages per minute is reached")
                                                    .arg(smtp.value().ratePerMinute);
                    stop = true;
                    break;
                }
                if (options.cancel && options.cancel->load()) {
                    report.cancelled = true;
                    stop = true;
                    break;
                }
                QThread::msleep(200);
            }
            if (stop)
                break;
        }

        // queued → sending is committed before any byte goes out.
        auto claimed = inTransaction(conn, [&]() { return outbox.claim(id); });
        if (!claimed)
            return claimed.error();
        if (!claimed.value())
            continue; // another sender took it, or the user cancelled it
        auto stored = outbox.find(id);
        if (!stored)
            return stored.error();
        const OutboxMessage &m = stored.value();
        const SmtpTransport::Delivery d = transport.send(m.eml, m.fromAddress, m.recipients);
        Progress progress;
        progress.outboxId = id;
        progress.subject = m.subject;
        progress.total = total;
        QString reply = d.reply;
        if (!d.queueId.isEmpty() && !reply.contains(d.queueId))
            reply += QStringLiteral(" (queue id %1)").arg(d.queueId);
        switch (d.kind) {
        case SmtpTransport::Delivery::Kind::Accepted:
            if (auto r = recordSent(id, reply); !r)
                return r.error();
            ++report.sent;
            report.sentIds.append(id);
            progress.status = OutboxStatus::Sent;
            progress.detail = reply;
            log::info(QStringLiteral("outbox %1 <%2> sent: %3").arg(id).arg(m.messageId, reply));
            break;
        case SmtpTransport::Delivery::Kind::NotSent:
            // Nothing reached the server: back to the queue, and stop (the setup or the
            // connection is the problem, the next message would fail the same way).
            if (auto r = inTransaction(conn, [&]() { return outbox.release(id, d.error); }); !r)
                return r.error();
            report.stoppedBecause = d.error;
            progress.status = OutboxStatus::Queued;
            progress.detail = d.error;
            break;
        case SmtpTransport::Delivery::Kind::Temporary:
            if (m.attempts >= smtp.value().maxAttempts) {
                const QString why
                        = tr("gave up after %1 attempts: %2").arg(m.attempts).arg(d.error);
                if (auto r = inTransaction(conn, [&]() { return outbox.markParked(id, why); }); !r)
                    return r.error();
                ++report.parked;
                progress.status = OutboxStatus::Parked;
                progress.detail = why;
            } else {
                const QDateTime next = m_db->clock()->now().addSecs(backoffSeconds(m.attempts));
                if (auto r
                    = inTransaction(conn, [&]() { return outbox.markFailed(id, d.error, next); });
                    !r)
                    return r.error();
                ++report.failed;
                progress.status = OutboxStatus::Failed;
                progress.detail = d.error;
            }
            break;
        case SmtpTransport::Delivery::Kind::Permanent:
            if (auto r = inTransaction(conn, [&]() { return outbox.markParked(id, d.error); }); !r)
                return r.error();
            ++report.parked;
            progress.status = OutboxStatus::Parked;
            progress.detail = d.error;
            break;
        case SmtpTransport::Delivery::Kind::Unknown:
            if (auto r = inTransaction(conn, [&]() { return outbox.markUnknown(id, d.error); }); !r)
                return r.error();
            ++report.unknown;
            transport.close();
            progress.status = OutboxStatus::Unknown;
            progress.detail = d.error;
            break;
        }
        if (d.kind != SmtpTransport::Delivery::Kind::Accepted)
            log::warning(QStringLiteral("outbox %1 <%2> %3: %4")
                                 .arg(id)
                                 .arg(m.messageId, toString(progress.status), progress.detail));
        progress.done = ++done;
        if (options.progress)
            options.progress(progress);
        if (!report.stoppedBecause.isEmpty())
            break;
    }
    report.connections = transport.connectionsOpened() - connectionsBefore;
    auto remaining = outbox.due(m_db->clock()->now(), 1000000);
    if (!remaining)
        return remaining.error();
    report.remaining = int(remaining.value().size());
    return report;
}

Result<int> MailService::recoverInterrupted()
{
    QSqlDatabase conn = m_db->connection();
    return inTransaction(conn, [&]() { return Outbox(conn).recoverInterrupted(); });
}

Result<void> MailService::retry(qint64 outboxId)
{
    QSqlDatabase conn = m_db->connection();
    return inTransaction(conn, [&]() { return Outbox(conn).requeue(outboxId); });
}

Result<void> MailService::cancel(qint64 outboxId)
{
    QSqlDatabase conn = m_db->connection();
    return inTransaction(conn, [&]() { return Outbox(conn).cancel(outboxId); });
}

Result<QList<OutboxMessage>> MailService::outbox(const QList<OutboxStatus> &statuses,
                                                 int limit) const
{
    return Outbox(m_db->connection()).list(statuses, limit);
}

} // namespace ardesk
