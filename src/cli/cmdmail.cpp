// SPDX-License-Identifier: MIT
// `ardesk-cli email`, `outbox list|send|retry|cancel|mark-sent|show` and `settings smtp`: e-mail
// over the core's MailService (core/services/mailservice.h).
#include "cli/cliapp.h"

#include "core/domain/money.h"
#include "core/mail/smtpsecret.h"
#include "core/mail/smtptransport.h"
#include "core/services/mailservice.h"
#include "core/services/settingsservice.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/support/paths.h"
#include "core/support/timeutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace ardesk::cli {
namespace {

QJsonValue instantOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(timeutil::toStorage(t)) : QJsonValue(QJsonValue::Null);
}

/// A contact of the client by id, exact name (case-insensitive) or e-mail address.
Result<qint64> findContact(const QList<Contact> &contacts, const QString &text,
                           const QString &clientCode)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    QList<qint64> hits;
    for (const Contact &c : contacts) {
        if ((numeric && c.id == id) || c.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0
            || (!c.email.isEmpty() && c.email.compare(text.trimmed(), Qt::CaseInsensitive) == 0))
            hits.append(c.id);
    }
    if (hits.size() == 1)
        return hits.first();
    if (hits.isEmpty())
        return makeError(ErrorCode::NotFound,
                         CliApp::tr("--to: \"%1\" is not a contact of %2").arg(text, clientCode));
    return makeError(ErrorCode::InvalidValue,
                     CliApp::tr("--to: \"%1\" matches %2 contacts of %3; use the contact id")
                             .arg(text)
                             .arg(hits.size())
                             .arg(clientCode));
}

QJsonObject previewJson(const MailService::Preview &p)
{
    QJsonArray to;
    for (const MailAddress &a : p.message.to)
        to.append(a.toString());
    QJsonArray cc;
    for (const MailAddress &a : p.message.cc)
        cc.append(a.toString());
    QJsonArray skipped;
    for (const auto &s : p.skipped)
        skipped.append(QJsonObject {{QStringLiteral("contact"), s.name},
                                    {QStringLiteral("reason"), s.reason}});
    QJsonArray stoppedBy;
    for (const SendBlock &b : p.guard.blocks)
        stoppedBy.append(b.text);
    QJsonArray attachments;
    for (const MailAttachment &a : p.message.attachments)
        attachments.append(QJsonObject {{QStringLiteral("name"), a.fileName},
                                        {QStringLiteral("size"), qint64(a.bytes.size())}});
    return QJsonObject {{QStringLiteral("client"), p.clientCode},
                        {QStringLiteral("template"), p.templateKey},
                        {QStringLiteral("from"), p.message.from.toString()},
                        {QStringLiteral("to"), to},
                        {QStringLiteral("cc"), cc},
                        {QStringLiteral("subject"), p.message.subject},
                        {QStringLiteral("text"), p.message.text},
                        {QStringLiteral("html"), p.message.html},
                        {QStringLiteral("attachments"), attachments},
                        {QStringLiteral("skipped"), skipped},
                        {QStringLiteral("stopped_by"), stoppedBy},
                        {QStringLiteral("left_out"), QJsonArray::fromStringList(p.guard.leftOut)}};
}

Result<int> positiveNumber(const Arguments &args, const QString &name, int fallback)
{
    if (!args.has(name))
        return fallback;
    bool ok = false;
    const int n = args.value(name).toInt(&ok);
    if (!ok || n < 0)
        return makeError(
                ErrorCode::InvalidValue,
                QStringLiteral("--%1: \"%2\" is not a number").arg(name, args.value(name)));
    return n;
}

/// Which clients `email --all` writes to: --filter, --owing, --min-days-late, --clerk,
/// --segment, --status.
Result<ClientListQuery::Spec> bulkSpec(const Arguments &args, const Database &db, const QDate &asOf)
{
    ClientListQuery::Spec spec;
    spec.filter = args.value(QStringLiteral("filter"));
    spec.owingOnly = args.flag(QStringLiteral("owing"));
    auto days = positiveNumber(args, QStringLiteral("min-days-late"), 0);
    if (!days)
        return days.error();
    spec.minDaysLate = days.value();
    spec.asOf = asOf;
    spec.segment = args.value(QStringLiteral("segment")).trimmed();
    if (args.has(QStringLiteral("clerk"))) {
        auto clerk = UserRepository(db).findByName(args.value(QStringLiteral("clerk")));
        if (!clerk)
            return makeError(
                    ErrorCode::InvalidValue,
                    CliApp::tr("--clerk: no user \"%1\"").arg(args.value(QStringLiteral("clerk"))));
        spec.clerkId = clerk.value().id;
    }
    if (args.has(QStringLiteral("status"))) {
        spec.status = clientStatusFromString(args.value(QStringLiteral("status")));
        if (!spec.status)
            return makeError(ErrorCode::InvalidValue,
                             CliApp::tr("--status: \"%1\" is not active, on_hold, "
                                        "in_dispute, in_collections or closed")
                                     .arg(args.value(QStringLiteral("status"))));
    }
    return spec;
}

/// What stops the message and what it leaves out, for --dry-run.
void printGuard(QTextStream &out, const MailService::Preview &p)
{
    for (const SendBlock &b : p.guard.blocks)
        out << CliApp::tr("Stopped by: %1").arg(b.text) << "\n";
    for (const QString &line : p.guard.leftOut)
        out << CliApp::tr("Left out: %1").arg(line) << "\n";
}

} // namespace

int CliApp::emailBulk(const Context &ctx)
{
    if (!m_args.has(QStringLiteral("template")))
        return usage(tr("'email --all' needs --template NAME"));
    auto spec = bulkSpec(m_args, *ctx.db, ctx.asOf);
    if (!spec)
        return usage(spec.errorString());
    auto ids = ClientListQuery(*ctx.db).ids(spec.value());
    if (!ids)
        return fail(ids.errorString());
    MailService mail(ctx.db, ctx.userId);
    mail.setStatementRenderer(statementRenderer());
    auto bulk = mail.composeBulk(ids.value(), m_args.value(QStringLiteral("template")), ctx.asOf);
    if (!bulk)
        return fail(bulk.errorString());
    const bool dryRun = m_args.flag(QStringLiteral("dry-run"));
    QList<qint64> queued;
    if (!dryRun) {
        auto q = mail.queueAll(bulk.value().messages);
        if (!q)
            return fail(q.errorString());
        queued = q.value();
    }
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray messages;
        for (qsizetype i = 0; i < bulk.value().messages.size(); ++i) {
            QJsonObject o = previewJson(bulk.value().messages[i]);
            o.remove(QStringLiteral("html"));
            if (i > 0)
                o.remove(QStringLiteral("text"));
            if (!dryRun)
                o.insert(QStringLiteral("id"), queued.value(i));
            messages.append(o);
        }
        QJsonArray skipped;
        for (const auto &sk : bulk.value().skippedClients)
            skipped.append(QJsonObject {{QStringLiteral("client"), sk.name},
                                        {QStringLiteral("reason"), sk.reason}});
        printJson(QJsonObject {{QStringLiteral("clients"), qint64(ids.value().size())},
                               {QStringLiteral("messages"), messages},
                               {QStringLiteral("skipped"), skipped},
                               {QStringLiteral("queued"), !dryRun}});
        return 0;
    }
    const int messages = int(bulk.value().messages.size());
    m_out << tr("%n client(s) match", nullptr, int(ids.value().size())) << "; "
          << (dryRun ? tr("%n message(s) would be queued", nullptr, messages)
                     : tr("%n message(s) queued", nullptr, messages))
          << ", " << tr("%n client(s) skipped", nullptr, int(bulk.value().skippedClients.size()))
          << "\n";
    for (const auto &sk : bulk.value().skippedClients)
        m_out << tr("Skipped: %1 (%2)").arg(sk.name, sk.reason) << "\n";
    if (dryRun && !bulk.value().messages.isEmpty()) {
        const MimeMessage &m = bulk.value().messages.first().message;
        QStringList to;
        for (const MailAddress &a : m.to)
            to << a.toString();
        m_out << "\n"
              << tr("First message:") << "\nTo: " << to.join(QStringLiteral(", "))
              << "\nSubject: " << m.subject << "\n\n"
              << m.text;
    }
    m_out.flush();
    return 0;
}

int CliApp::cmdEmail(const Context &ctx)
{
    if (m_args.flag(QStringLiteral("all")))
        return emailBulk(ctx);
    if (!m_args.has(QStringLiteral("template")))
        return usage(tr("'email' needs --template NAME"));
    MailService::ComposeRequest r;
    r.clientId = ctx.client.id;
    r.templateKey = m_args.value(QStringLiteral("template"));
    r.asOf = ctx.asOf;
    r.attachFiles = m_args.values(QStringLiteral("attach"));
    auto contacts = ContactRepository(*ctx.db).forClient(ctx.client.id);
    if (!contacts)
        return fail(contacts.errorString());
    for (const char *option : {"to", "cc"}) {
        for (const QString &text : m_args.values(QString::fromLatin1(option))) {
            auto id = findContact(contacts.value(), text, ctx.client.code);
            if (!id)
                return fail(id.errorString());
            (qstrcmp(option, "to") == 0 ? r.contactIds : r.ccContactIds).append(id.value());
        }
    }
    r.recipients = r.contactIds.isEmpty() ? MailService::Recipients::BillingContacts
                                          : MailService::Recipients::Chosen;
    for (const QString &number : m_args.values(QStringLiteral("invoice"))) {
        auto inv = InvoiceRepository(*ctx.db).findByNumber(number);
        if (!inv || inv.value().clientId != ctx.client.id)
            return fail(
                    tr("--invoice: \"%1\" is not an invoice of %2").arg(number, ctx.client.code));
        r.invoiceIds.append(inv.value().id);
    }
    if (m_args.has(QStringLiteral("promise"))) {
        const QString spec = m_args.value(QStringLiteral("promise"));
        const qsizetype colon = spec.lastIndexOf(u':');
        const QDate date = QDate::fromString(spec.mid(colon + 1), Qt::ISODate);
        auto amount = Money::parse(spec.left(colon), ctx.client.currency, Money::ParseOptions {});
        if (colon < 0 || !date.isValid() || !amount)
            return usage(tr("--promise: \"%1\" is not AMOUNT:YYYY-MM-DD").arg(spec));
        r.promise = MailContext::Promise {amount.value().minor(), amount.value().currencyCode(),
                                          date};
    }
    MailService mail(ctx.db, ctx.userId);
    mail.setStatementRenderer(statementRenderer());
    auto preview = mail.compose(r);
    if (!preview)
        return fail(preview.errorString());
    preview.value().overrideReason = m_args.value(QStringLiteral("override-reason"));
    const bool json = m_args.flag(QStringLiteral("json"));
    if (m_args.flag(QStringLiteral("dry-run"))) {
        if (json) {
            printJson(previewJson(preview.value()));
            return 0;
        }
        const MimeMessage &m = preview.value().message;
        QStringList to;
        for (const MailAddress &a : m.to)
            to << a.toString();
        m_out << "From: " << m.from.toString() << "\n"
              << "To: " << to.join(QStringLiteral(", ")) << "\n";
        if (!m.cc.isEmpty()) {
            QStringList cc;
            for (const MailAddress &a : m.cc)
                cc << a.toString();
            m_out << "Cc: " << cc.join(QStringLiteral(", ")) << "\n";
        }
        if (m.replyTo.isValid())
            m_out << "Reply-To: " << m.replyTo.toString() << "\n";
        m_out << "Subject: " << m.subject << "\n";
        for (const MailAttachment &a : m.attachments)
            m_out << tr("Attachment: %1 (%n byte(s))", nullptr, int(a.bytes.size())).arg(a.fileName)
                  << "\n";
        for (const auto &s : preview.value().skipped)
            m_out << tr("Skipped: %1 (%2)").arg(s.name, s.reason) << "\n";
        printGuard(m_out, preview.value());
        m_out << "\n" << m.text;
        if (!m.text.endsWith(u'\n'))
            m_out << "\n";
        m_out.flush();
        return 0;
    }
    auto id = mail.queue(preview.value());
    if (!id)
        return fail(id.errorString());
    const MimeMessage &m = preview.value().message;
    if (json) {
        QJsonObject o = previewJson(preview.value());
        o.insert(QStringLiteral("id"), id.value());
        o.insert(QStringLiteral("message_id"), m.messageId);
        o.insert(QStringLiteral("status"), QStringLiteral("queued"));
        o.remove(QStringLiteral("text"));
        o.remove(QStringLiteral("html"));
        printJson(o);
    } else {
        m_out << tr("Queued outbox message %1 <%2> to %3; deliver it with 'outbox send'")
                         .arg(QString::number(id.value()), m.messageId,
                              tr("%n recipient(s)", nullptr, int(m.recipients().size())))
              << "\n";
        for (const auto &s : preview.value().skipped)
            m_out << tr("Skipped: %1 (%2)").arg(s.name, s.reason) << "\n";
        m_out.flush();
    }
    return 0;
}

int CliApp::cmdOutbox(const Context &ctx)
{
    const QString sub = m_args.positional(1);
    if (sub == QLatin1String("list"))
        return outboxList(ctx);
    if (sub == QLatin1String("send"))
        return outboxSend(ctx);
    if (sub == QLatin1String("retry") || sub == QLatin1String("cancel")
        || sub == QLatin1String("show") || sub == QLatin1String("mark-sent"))
        return outboxMessage(ctx, sub);
    return usage(tr("outbox needs list, send, retry ID, cancel ID, mark-sent ID or show ID"));
}

int CliApp::outboxList(const Context &ctx)
{
    MailService mail(ctx.db, ctx.userId);
    QList<OutboxStatus> statuses;
    for (const QString &s : m_args.values(QStringLiteral("status"))) {
        const auto st = outboxStatusFromString(s);
        if (!st)
            return usage(tr("--status: \"%1\" is not one of queued, sending, sent, "
                            "failed, parked, unknown, cancelled")
                                 .arg(s));
        statuses.append(*st);
    }
    auto limit = positiveNumber(m_args, QStringLiteral("limit"), 500);
    if (!limit)
        return usage(limit.errorString());
    auto list = mail.outbox(statuses, limit.value());
    if (!list)
        return fail(list.errorString());
    auto clientCodes = ClientRepository(*ctx.db).codesById();
    if (!clientCodes)
        return fail(clientCodes.errorString());
    const QHash<qint64, QString> &codes = clientCodes.value();
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray out;
        for (const OutboxMessage &m : list.value())
            out.append(QJsonObject {
                    {QStringLiteral("id"), m.id},
                    {QStringLiteral("client"), codes.value(m.clientId)},
                    {QStringLiteral("status"), toString(m.status)},
                    {QStringLiteral("message_id"), m.messageId},
                    {QStringLiteral("from"), m.fromAddress},
                    {QStringLiteral("recipients"), QJsonArray::fromStringList(m.recipients)},
                    {QStringLiteral("subject"), m.subject},
                    {QStringLiteral("template"), m.templateKey},
                    {QStringLiteral("attempts"), m.attempts},
                    {QStringLiteral("next_attempt_at"), instantOrNull(m.nextAttemptAt)},
                    {QStringLiteral("last_error"), m.lastError},
                    {QStringLiteral("server_reply"), m.serverReply},
                    {QStringLiteral("created_at"), instantOrNull(m.createdAt)},
                    {QStringLiteral("sent_at"), instantOrNull(m.sentAt)},
                    {QStringLiteral("note_id"), m.noteId ? QJsonValue(m.noteId) : QJsonValue()},
                    {QStringLiteral("sha256"), m.emlSha256}});
        printJson(out);
        return 0;
    }
    for (const OutboxMessage &m : list.value()) {
        m_out << m.id << "  " << toString(m.status).leftJustified(9) << " "
              << codes.value(m.clientId).leftJustified(8) << " " << m.recipients.join(u',') << "  "
              << m.subject;
        if (!m.lastError.isEmpty())
            m_out << "  [" << m.lastError << "]";
        m_out << "\n";
    }
    m_out.flush();
    return 0;
}

int CliApp::outboxMessage(const Context &ctx, const QString &sub)
{
    bool ok = false;
    const qint64 id = m_args.positional(2).toLongLong(&ok);
    if (!ok)
        return usage(tr("'outbox %1' needs a message id").arg(sub));
    if (sub == QLatin1String("show")) {
        auto m = Outbox(*ctx.db).find(id);
        if (!m)
            return fail(m.errorString());
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(tr("cannot write to standard output"));
        out.write(m.value().eml);
        return 0;
    }
    MailService mail(ctx.db, ctx.userId);
    auto r = sub == QLatin1String("retry")      ? mail.retry(id)
            : sub == QLatin1String("mark-sent") ? mail.confirmSent(id)
                                                : mail.cancel(id);
    if (!r)
        return fail(r.errorString());
    m_out << (sub == QLatin1String("retry")               ? tr("Outbox message %1 queued again")
                      : sub == QLatin1String("mark-sent") ? tr("Outbox message %1 recorded as sent")
                                                          : tr("Outbox message %1 cancelled"))
                     .arg(id)
          << "\n";
    m_out.flush();
    return 0;
}

int CliApp::outboxSend(const Context &ctx)
{
    MailService mail(ctx.db, ctx.userId);
    const bool json = m_args.flag(QStringLiteral("json"));
    auto limit = positiveNumber(m_args, QStringLiteral("limit"), 100);
    if (!limit)
        return usage(limit.errorString());
    auto settings = mail.settings();
    if (!settings)
        return fail(settings.errorString());
    if (!settings.value().isConfigured())
        return fail(tr("e-mail is not set up: run 'settings smtp --host H --port P "
                       "--security tls|starttls|none --user U --from ADDR' first"));
    if (auto v = settings.value().validate(); !v)
        return fail(v.errorString());
    auto secret = resolveSmtpSecret(settings.value()); // environment, else the keychain
    if (!secret)
        return fail(secret.errorString());
    SmtpTransport transport(settings.value(), secret.value());
    transport.setVerbose(m_args.flag(QStringLiteral("verbose")));
    MailService::SendOptions options;
    options.limit = limit.value();
    options.progress = [&](const MailService::Progress &p) {
        if (json)
            return;
        m_out << p.outboxId << "  " << toString(p.status) << "  " << p.subject;
        if (!p.detail.isEmpty())
            m_out << "  [" << p.detail << "]";
        m_out << "\n";
        m_out.flush();
    };
    auto report = mail.send(transport, options);
    if (!report)
        return fail(report.errorString());
    return reportOutboxSend(report.value());
}

int CliApp::reportOutboxSend(const MailService::SendReport &rep)
{
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray ids;
        for (qint64 id : rep.sentIds)
            ids.append(id);
        printJson(QJsonObject {{QStringLiteral("sent"), rep.sent},
                               {QStringLiteral("failed"), rep.failed},
                               {QStringLiteral("parked"), rep.parked},
                               {QStringLiteral("unknown"), rep.unknown},
                               {QStringLiteral("recovered"), rep.recovered},
                               {QStringLiteral("remaining"), rep.remaining},
                               {QStringLiteral("connections"), rep.connections},
                               {QStringLiteral("sent_ids"), ids},
                               {QStringLiteral("stopped_because"), rep.stoppedBecause}});
    } else {
        if (rep.recovered)
            m_out << tr("%n message(s) were left 'sending' by an earlier run and are now "
                        "'unknown' (check the sent mailbox, then 'outbox mark-sent ID', "
                        "'outbox retry ID' or 'outbox cancel ID')",
                        nullptr, int(rep.recovered))
                  << "\n";
        m_out << tr("Sent %1, failed (will retry) %2, parked %3, unknown %4; %5 still due")
                         .arg(rep.sent)
                         .arg(rep.failed)
                         .arg(rep.parked)
                         .arg(rep.unknown)
                         .arg(rep.remaining)
              << "\n";
        m_out.flush();
    }
    if (!rep.stoppedBecause.isEmpty()) {
        const bool rateLimit = rep.stoppedBecause.contains(QLatin1String("limit"));
        if (!rateLimit)
            return fail(tr("sending stopped: %1").arg(rep.stoppedBecause));
        m_err << "ardesk-cli: " << tr("%1; the rest stays queued").arg(rep.stoppedBecause) << "\n";
        m_err.flush();
    }
    return 0;
}

int CliApp::settingsSmtp(const Context &ctx)
{
    auto loaded = SmtpSettings::load(*ctx.db);
    if (!loaded)
        return fail(loaded.errorString());
    SmtpSettings s = loaded.value();
    s.host = m_args.value(QStringLiteral("host"), s.host);
    if (m_args.has(QStringLiteral("port"))) {
        bool ok = false;
        s.port = m_args.value(QStringLiteral("port")).toInt(&ok);
        if (!ok)
            return usage(tr("--port: \"%1\" is not a port number")
                                 .arg(m_args.value(QStringLiteral("port"))));
    }
    if (m_args.has(QStringLiteral("security"))) {
        const auto sec = smtpSecurityFromString(m_args.value(QStringLiteral("security")));
        if (!sec)
            return usage(tr("--security: \"%1\" is not one of tls, starttls, none")
                                 .arg(m_args.value(QStringLiteral("security"))));
        s.security = *sec;
    }
    if (m_args.has(QStringLiteral("auth"))) {
        const auto auth = smtpAuthFromString(m_args.value(QStringLiteral("auth")));
        if (!auth)
            return usage(tr("--auth: \"%1\" is not password or xoauth2")
                                 .arg(m_args.value(QStringLiteral("auth"))));
        s.auth = *auth;
    }
    // The SMTP login is --login (--smtp-user is the older spelling). --user is only ever the
    // acting user: it used to double as the login, so `--user amelia.clark settings smtp`
    // silently set the server login to a person's name (#12).
    s.user = m_args.value(QStringLiteral("login"),
                          m_args.value(QStringLiteral("smtp-user"), s.user));
    s.fromAddress = m_args.value(QStringLiteral("from"), s.fromAddress);
    s.fromName = m_args.value(QStringLiteral("from-name"), s.fromName);
    s.replyTo = m_args.value(QStringLiteral("reply-to"), s.replyTo);
    s.signature = m_args.value(QStringLiteral("signature"), s.signature)
                          .replace(QLatin1String("\\n"), QLatin1String("\n"));
    s.caFile = m_args.value(QStringLiteral("ca-file"), s.caFile);
    for (const auto &[option, field] :
         {std::pair {"rate-per-minute", &s.ratePerMinute},
          std::pair {"rate-per-day", &s.ratePerDay}, std::pair {"max-attempts", &s.maxAttempts}}) {
        auto n = positiveNumber(m_args, QString::fromLatin1(option), *field);
        if (!n)
            return usage(n.errorString());
        *field = n.value();
    }
    // The acting user for the audit row: --user (which must exist), else the OS login when it
    // is an ARDesk user; a change nobody can be named for is refused (settings carry their user).
    qint64 actor = 0;
    if (m_args.has(QStringLiteral("user"))) {
        auto u = UserRepository(*ctx.db).findByName(m_args.value(QStringLiteral("user")));
        if (!u)
            return fail(tr("--user: no user named \"%1\" in this file (the SMTP "
                           "login is --login)")
                                .arg(m_args.value(QStringLiteral("user"))));
        actor = u.value().id;
    } else if (auto u = UserRepository(*ctx.db).findByName(paths::osLoginName()); u) {
        actor = u.value().id;
    } else {
        return fail(tr("settings smtp: no user named \"%1\" in this file to record "
                       "the change against; pass --user NAME")
                            .arg(paths::osLoginName()));
    }
    std::optional<QString> secret;
    if (m_args.flag(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        secret = in.readLine();
        if (secret->isEmpty())
            return fail(tr("--password-stdin: nothing was read from standard input; "
                           "nothing was saved"));
    }
    auto saved = SettingsService(ctx.db, actor).saveSmtp(s, secret);
    if (!saved)
        return fail(saved.errorString());
    s = saved.value();
    if (m_args.flag(QStringLiteral("json"))) {
        printJson(s.toJson());
    } else {
        m_out << tr("Saved SMTP settings: %1 to %2:%3 as %4, from %5")
                         .arg(toString(s.security), s.host, QString::number(s.port),
                              s.user.isEmpty() ? tr("(no login)") : s.user, s.fromAddress)
              << "\n";
        m_out.flush();
    }
    return 0;
}

} // namespace ardesk::cli
