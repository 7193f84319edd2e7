// SPDX-License-Identifier: MIT
// The outbox and MailService against a real aiosmtpd server (STARTTLS + AUTH) on loopback:
// exact bytes stored before sending and equal to what the server received, one connection per
// batch, the automatic note with its attachments in the same transaction as 'sent', 4xx retried
// with backoff, 5xx parked, 'sending' at start → 'unknown' and never re-sent, a dropped
// connection, rate limits, cancellation, do-not-contact and header injection refused.
#include "core/mail/smtptransport.h"
#include "core/services/clientservice.h"
#include "core/services/invoicedocumentservice.h"
#include "core/services/mailservice.h"
#include "core/services/noteservice.h"
#include "core/storage/sql.h"
#include "core/storage/todayqueue.h"

#include "support/mailtestdata.h"
#include "support/smtptestserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

namespace {
/// Three different messages to one client: the most the guard lets through in a day (the same
/// template twice a day and a fourth e-mail in 7 days are refused).
const QStringList kThreeTemplates {QStringLiteral("friendly-reminder"),
                                   QStringLiteral("second-reminder"),
                                   QStringLiteral("final-notice")};
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exactBytesStoredThenSentAndNoted();
    void temporaryRetriedPermanentParked();
    void sendingAtStartBecomesUnknown();
    void unknownWaitsInTodayForTheSendersDecision();
    void droppedConnectionNeverSendsTwice();
    void rateLimitPerMinute();
    void cancelBetweenMessages();
    void doNotContactAndBulk();
    void injectionRefusedBeforeNetwork();
    void testMessageBypassesTheOutbox();
    void perMessageOverhead();
    void callRecapCarriesTheAgreementAndTheInvoiceDocument();

private:
    bool startServer(const QStringList &extra = {})
    {
        return m_server.start(
                m_dir.filePath(QStringLiteral("server")), SmtpTestServer::Tls::StartTls,
                m_certs.filePath(QStringLiteral("server")),
                QStringList {QStringLiteral("--auth"), QStringLiteral("clerk:pw")} + extra);
    }
    SmtpSettings smtp() const
    {
        return MailTestData::smtp(m_server.port(), SmtpSettings::Security::StartTls,
                                  m_certs.filePath(QStringLiteral("server-cert.pem")));
    }
    void saveSettings(const SmtpSettings &s) { VERIFY_OK(s.save(*m_data.db)); }
    qint64 queueFor(const QList<qint64> &contacts,
                    const QString &templateKey = QStringLiteral("friendly-reminder"),
                    const QList<MailAttachment> &attachments = {})
    {
        MailService mail(m_data.db, m_data.user);
        MailService::ComposeRequest r;
        r.clientId = m_data.acme;
        r.templateKey = templateKey;
        r.recipients = MailService::Recipients::Chosen;
        r.contactIds = contacts;
        r.attachData = attachments;
        auto p = mail.compose(r);
        if (!p) {
            qWarning("%s", qPrintable(p.errorString()));
            return 0;
        }
        auto id = mail.queue(p.value());
        return id ? id.value() : 0;
    }
    qint64 addContact(const QString &name, const QString &email)
    {
        Contact c;
        c.clientId = m_data.acme;
        c.name = name;
        c.email = email;
        auto r = ClientService(m_data.db, m_data.user).addContact(c);
        return r ? c.id : 0;
    }
    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        auto v = sql::scalar(m_data.db->connection(), sql, binds);
        return v ? v.value() : QVariant();
    }
    QString status(qint64 id) const
    {
        return value(QStringLiteral("SELECT status FROM outbox WHERE id = ?"), {id}).toString();
    }
    MailService::SendReport sendAll(const MailService::SendOptions &options = {})
    {
        SmtpTransport transport(smtp(), QStringLiteral("pw"));
        auto r = MailService(m_data.db, m_data.user).send(transport, options);
        if (!r)
            qWarning("send: %s", qPrintable(r.errorString()));
        return r ? r.value() : MailService::SendReport {};
    }

    ScratchDir m_certs;
    ScratchDir m_dir;
    SmtpTestServer m_server;
    MailTestData m_data;
};

void TestOutbox::initTestCase()
{
    QVERIFY(m_certs.renew());
    QVERIFY(makeCertificate(m_certs.path(), QStringLiteral("server"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost")));
}

void TestOutbox::init()
{
    m_server.stop();
    m_data = MailTestData();
    QVERIFY(m_dir.renew());
    QVERIFY(m_data.create(m_dir.filePath(QStringLiteral("mail.ardesk"))));
}

void TestOutbox::exactBytesStoredThenSentAndNoted()
{
    QVERIFY(startServer());
    saveSettings(smtp());
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; i < 3000; ++i)
        pdf += char(i % 251);
    const qint64 id
            = queueFor({m_data.ann}, QStringLiteral("friendly-reminder"),
                       {{QStringLiteral("INV-1.pdf"), QStringLiteral("application/pdf"), pdf}});
    QVERIFY(id > 0);
    // Stored before any network I/O: queued, with its bytes and hash.
    QCOMPARE(status(id), QStringLiteral("queued"));
    const QByteArray eml
            = value(QStringLiteral("SELECT eml FROM outbox WHERE id = ?"), {id}).toByteArray();
    const QString sha
            = value(QStringLiteral("SELECT eml_sha256 FROM outbox WHERE id = ?"), {id}).toString();
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(eml, QCryptographicHash::Sha256).toHex()),
             sha);
    QCOMPARE(m_server.log().size(), 0);

    const auto report = sendAll();
    QCOMPARE(report.sent, 1);
    QCOMPARE(report.connections, 1);
    QCOMPARE(status(id), QStringLiteral("sent"));
    const auto log = m_server.log();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].value(QStringLiteral("sha256")).toString(), sha); // byte for byte
    QCOMPARE(log[0].value(QStringLiteral("rcpt_tos")).toArray(),
             QJsonArray {QStringLiteral("ap@acme-client.example")});
    QVERIFY(value(QStringLiteral("SELECT server_reply FROM outbox WHERE id = ?"), {id})
                    .toString()
                    .contains(QLatin1String("queued as Q00001")));
    QVERIFY(!value(QStringLiteral("SELECT sent_at FROM outbox WHERE id = ?"), {id}).isNull());

    // The automatic note: an e-mail note on the client with the attachment, linked both ways.
    const qint64 noteId
            = value(QStringLiteral("SELECT note_id FROM outbox WHERE id = ?"), {id}).toLongLong();
    QVERIFY(noteId > 0);
    auto entries = NoteService(m_data.db, m_data.user).forClient(m_data.acme);
    VERIFY_OK(entries);
    QCOMPARE(entries.value().size(), 1);
    const auto &e = entries.value().first();
    QCOMPARE(e.note.id, noteId);
    QCOMPARE(int(e.note.channel), int(NoteChannel::Email));
    QCOMPARE(e.note.authorId, m_data.user);
    QVERIFY(e.note.text.contains(
            QLatin1String("E-mail sent: Friendly reminder: open invoices for Acme Client & "
                          "Sons\nTo: Ann Lee <ap@acme-client.example>")));
    QVERIFY(e.note.text.contains(QLatin1String("ap@acme-client.example")));
    QVERIFY(e.note.text.contains(QLatin1String("Dear Ann Lee,")));
    QVERIFY(e.note.text.contains(QLatin1String("Server reply: 250 2.0.0 Ok: queued as Q00001")));
    QCOMPARE(e.attachments.size(), 1);
    QCOMPARE(e.attachments[0].displayName, QStringLiteral("INV-1.pdf"));
    QCOMPARE(e.attachments[0].sha256.toLatin1(),
             QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());

    // Sending again sends nothing: a message is never sent twice.
    QCOMPARE(sendAll().sent, 0);
    QCOMPARE(m_server.log().size(), 1);
}

void TestOutbox::temporaryRetriedPermanentParked()
{
    QVERIFY(startServer({QStringLiteral("--reply"), QStringLiteral("busy@acme-client.example=451"),
                         QStringLiteral("--reply"),
                         QStringLiteral("gone@acme-client.example=550")}));
    SmtpSettings s = smtp();
    s.maxAttempts = 2;
    saveSettings(s);
    const qint64 busy = queueFor(
            {addContact(QStringLiteral("Busy"), QStringLiteral("busy@acme-client.example"))});
    // Three different messages: the same one twice a day is refused (SendGuard).
    const qint64 gone = queueFor(
            {addContact(QStringLiteral("Gone"), QStringLiteral("gone@acme-client.example"))},
            QStringLiteral("second-reminder"));
    const qint64 fine = queueFor({m_data.ann}, QStringLiteral("final-notice"));
    QVERIFY(busy && gone && fine);
    auto r = sendAll();
    QCOMPARE(r.sent, 1);
    QCOMPARE(r.failed, 1);
    QCOMPARE(r.parked, 1);
    // libcurl closes the connection after a refused RCPT, so each refusal costs a reconnect.
    QVERIFY(r.connections <= 3);
    QCOMPARE(status(busy), QStringLiteral("failed"));
    QCOMPARE(status(gone), QStringLiteral("parked"));
    QCOMPARE(status(fine), QStringLiteral("sent"));
    QVERIFY(value(QStringLiteral("SELECT last_error FROM outbox WHERE id = ?"), {gone})
                    .toString()
                    .contains(QLatin1String("550")));
    const QDateTime next = timeutil::instantFromStorage(
            value(QStringLiteral("SELECT next_attempt_at FROM outbox WHERE id = ?"), {busy})
                    .toString());
    QVERIFY(next > QDateTime::currentDateTimeUtc().addSecs(50));
    QVERIFY(next < QDateTime::currentDateTimeUtc().addSecs(70));
    // Not due yet: nothing happens.
    QCOMPARE(sendAll().failed, 0);
    QCOMPARE(value(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"), {busy}).toInt(), 1);
    // Due: the second attempt fails too, and that was the last one allowed.
    test::exec(
            m_data.db->connection(),
            QStringLiteral(
                    "UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00.000Z' WHERE id = %1")
                    .arg(busy));
    r = sendAll();
    QCOMPARE(r.parked, 1);
    QCOMPARE(status(busy), QStringLiteral("parked"));
    QVERIFY(value(QStringLiteral("SELECT last_error FROM outbox WHERE id = ?"), {busy})
                    .toString()
                    .contains(QLatin1String("gave up after 2 attempts")));
    QCOMPARE(MailService::backoffSeconds(1), 60);
    QCOMPARE(MailService::backoffSeconds(3), 240);
    QCOMPARE(MailService::backoffSeconds(30), 6 * 3600);
    // The user's retry queues it again.
    VERIFY_OK(MailService(m_data.db, m_data.user).retry(gone));
    QCOMPARE(status(gone), QStringLiteral("queued"));
    QVERIFY(!MailService(m_data.db, m_data.user).retry(fine).ok()); // a sent message stays sent
}

void TestOutbox::sendingAtStartBecomesUnknown()
{
    QVERIFY(startServer());
    saveSettings(smtp());
    const qint64 id = queueFor({m_data.ann});
    QVERIFY(id);
    // The process died after claiming the message (and maybe after the server accepted it).
    test::exec(m_data.db->connection(),
               QStringLiteral("UPDATE outbox SET status = 'sending' WHERE id = %1").arg(id));
    auto r = sendAll();
    QCOMPARE(r.recovered, 1);
    QCOMPARE(r.sent, 0);
    QCOMPARE(status(id), QStringLiteral("unknown"));
    QCOMPARE(m_server.log().size(), 0);
    QCOMPARE(sendAll().sent, 0); // never re-sent automatically
    VERIFY_OK(MailService(m_data.db, m_data.user).retry(id));
    QCOMPARE(sendAll().sent, 1);
    QCOMPARE(status(id), QStringLiteral("sent"));
    QCOMPARE(m_server.log().size(), 1);
}

void TestOutbox::unknownWaitsInTodayForTheSendersDecision()
{
    QVERIFY(startServer());
    saveSettings(smtp());
    const qint64 first = queueFor({m_data.ann});
    const qint64 second = queueFor({m_data.ann}, QStringLiteral("second-reminder"));
    QVERIFY(first && second);
    test::exec(m_data.db->connection(),
               QStringLiteral("UPDATE outbox SET status = 'sending' WHERE id IN (%1, %2)")
                       .arg(first)
                       .arg(second));
    QCOMPARE(sendAll().recovered, 2);
    const QDate today = m_data.db->today();
    // The sender's Today lists the client with both messages and what to do (#15 item 5).
    auto rows = TodayQueue(*m_data.db).forUser(m_data.user, today);
    VERIFY_OK(rows);
    QList<qint64> listed;
    for (const TodayQueue::Row &row : rows.value())
        for (const TodayQueue::Reason &r : row.reasons)
            if (r.kind == QLatin1String("email_unknown")) {
                QCOMPARE(row.clientId, m_data.acme);
                QVERIFY2(r.text.contains(QLatin1String("may not have gone out"))
                                 && r.text.contains(QLatin1String("mark it sent or send it again")),
                         qPrintable(r.text));
                listed << r.refId;
            }
    QCOMPARE(listed, (QList<qint64> {first, second}));

    MailService mail(m_data.db, m_data.user);
    // Found in the sent mailbox: sent, with its e-mail note saying who confirmed it; nothing
    // goes to the server.
    VERIFY_OK(mail.confirmSent(first));
    QCOMPARE(status(first), QStringLiteral("sent"));
    const QString noteText
            = value(QStringLiteral("SELECT r.body FROM outbox o JOIN note_revisions r ON "
                                   "r.note_id = o.note_id WHERE o.id = ?"),
                    {first})
                      .toString();
    QVERIFY2(noteText.contains(QLatin1String("delivery confirmed by")), qPrintable(noteText));
    // Not in the mailbox: sent again, deliberately.
    VERIFY_OK(mail.retry(second));
    QCOMPARE(sendAll().sent, 1);
    QCOMPARE(m_server.log().size(), 1);
    // Decided: off the queue. A message that is not of unknown delivery cannot be confirmed.
    rows = TodayQueue(*m_data.db).forUser(m_data.user, today);
    VERIFY_OK(rows);
    for (const TodayQueue::Row &row : rows.value())
        for (const TodayQueue::Reason &r : row.reasons)
            QVERIFY(r.kind != QLatin1String("email_unknown"));
    auto again = mail.confirmSent(second);
    QVERIFY(!again);
    QVERIFY2(
            again.errorString().contains(QLatin1String("only a message whose delivery is unknown")),
            qPrintable(again.errorString()));
}

void TestOutbox::droppedConnectionNeverSendsTwice()
{
    QVERIFY(startServer({QStringLiteral("--drop-after"), QStringLiteral("1")}));
    saveSettings(smtp());
    const qint64 a = queueFor({m_data.ann});
    const qint64 b = queueFor({m_data.ann}, QStringLiteral("second-reminder"));
    const qint64 c = queueFor({m_data.cfo}, QStringLiteral("final-notice"));
    auto r = sendAll();
    QCOMPARE(r.sent, 1);
    QCOMPARE(status(a), QStringLiteral("sent"));
    // b was uploaded and the server dropped the line before answering: maybe delivered.
    QCOMPARE(status(b), QStringLiteral("unknown"));
    QVERIFY(status(c) == QLatin1String("unknown") || status(c) == QLatin1String("queued"));
    QCOMPARE(m_server.log().size(), 1);
    m_server.stop();
    QVERIFY(QFile::remove(m_dir.filePath(QStringLiteral("server/log.jsonl"))));
    QVERIFY(startServer());
    saveSettings(smtp());
    r = sendAll();
    QCOMPARE(status(b), QStringLiteral("unknown")); // the user decides
    const int again = status(c) == QLatin1String("sent") ? 1 : 0;
    QCOMPARE(r.sent, again);
    QCOMPARE(m_server.log().size(), again);
}

void TestOutbox::rateLimitPerMinute()
{
    QVERIFY(startServer());
    SmtpSettings s = smtp();
    s.ratePerMinute = 2;
    saveSettings(s);
    for (const QString &key : kThreeTemplates)
        QVERIFY(queueFor({m_data.ann}, key));
    auto r = sendAll();
    QCOMPARE(r.sent, 2);
    QCOMPARE(r.connections, 1);
    QVERIFY2(r.stoppedBecause.contains(QLatin1String("per minute")), qPrintable(r.stoppedBecause));
    QCOMPARE(r.remaining, 1);
    QCOMPARE(m_server.log().size(), 2);
    // The limit holds across runs (it is counted from the outbox).
    QCOMPARE(sendAll().sent, 0);
    s.ratePerMinute = 0;
    s.ratePerDay = 2;
    saveSettings(s);
    r = sendAll();
    QCOMPARE(r.sent, 0);
    QVERIFY(r.stoppedBecause.contains(QLatin1String("daily")));
}

void TestOutbox::cancelBetweenMessages()
{
    QVERIFY(startServer());
    saveSettings(smtp());
    for (const QString &key : kThreeTemplates)
        QVERIFY(queueFor({m_data.ann}, key));
    std::atomic_bool cancel {false};
    QList<MailService::Progress> seen;
    MailService::SendOptions o;
    o.cancel = &cancel;
    o.progress = [&](const MailService::Progress &p) {
        seen.append(p);
        cancel = true; // the user presses Cancel after the first message
    };
    auto r = sendAll(o);
    QVERIFY(r.cancelled);
    QCOMPARE(r.sent, 1);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0].done, 1);
    QCOMPARE(seen[0].total, 3);
    QCOMPARE(int(seen[0].status), int(OutboxStatus::Sent));
    QCOMPARE(r.remaining, 2);
}

void TestOutbox::doNotContactAndBulk()
{
    saveSettings(MailTestData::smtp(2525, SmtpSettings::Security::StartTls, {}));
    MailService mail(m_data.db, m_data.user);
    MailService::ComposeRequest r;
    r.clientId = m_data.acme;
    r.templateKey = QStringLiteral("friendly-reminder");
    r.recipients = MailService::Recipients::Chosen;
    r.contactIds = {m_data.dan};
    auto refused = mail.compose(r);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(QLatin1String("Dan Nope"))
                     && refused.errorString().contains(QLatin1String("do not contact")),
             qPrintable(refused.errorString()));
    // To the billing contacts: Dan is skipped with the reason, Ann gets it.
    r.recipients = MailService::Recipients::BillingContacts;
    r.contactIds.clear();
    auto p = mail.compose(r);
    VERIFY_OK(p);
    QCOMPARE(p.value().message.to.size(), 1);
    QCOMPARE(p.value().message.to[0].address(), QStringLiteral("ap@acme-client.example"));
    QCOMPARE(p.value().skipped.size(), 1);
    QCOMPARE(p.value().skipped[0].name, QStringLiteral("Dan Nope"));
    // Ann becomes do-not-contact between preview and queue: refused at queue time.
    test::exec(
            m_data.db->connection(),
            QStringLiteral("UPDATE contacts SET do_not_contact = 1 WHERE id = %1").arg(m_data.ann));
    auto queued = mail.queue(p.value());
    QVERIFY(!queued.ok());
    QVERIFY(queued.errorString().contains(QLatin1String("do not contact")));
    test::exec(
            m_data.db->connection(),
            QStringLiteral("UPDATE contacts SET do_not_contact = 0 WHERE id = %1").arg(m_data.ann));

    auto bulk = mail.composeBulk({m_data.acme, m_data.beta, m_data.gamma},
                                 QStringLiteral("friendly-reminder"));
    VERIFY_OK(bulk);
    QCOMPARE(bulk.value().messages.size(), 1);
    QCOMPARE(bulk.value().skippedClients.size(), 2);
    QVERIFY2(bulk.value().skippedClients[0].reason.contains(QLatin1String("no e-mail address")),
             qPrintable(bulk.value().skippedClients[0].reason));
    QVERIFY(bulk.value().skippedClients[0].name.startsWith(QLatin1String("BETA")));
    QVERIFY(bulk.value().skippedClients[1].reason.contains(QLatin1String("do not contact")));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0); // previews only
    auto ids = mail.queueAll(bulk.value().messages);
    VERIFY_OK(ids);
    QCOMPARE(ids.value().size(), 1);
    // An unknown template, or one with an unknown variable, fails the whole run, naming it.
    auto unknown = mail.composeBulk({m_data.acme}, QStringLiteral("no-such-template"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.errorString().contains(QLatin1String("no-such-template")));
    test::exec(
            m_data.db->connection(),
            QStringLiteral(
                    "UPDATE templates SET subject = 'Hi {{client.nmae}}' WHERE key = 'statement'"));
    auto badVar = mail.composeBulk({m_data.acme}, QStringLiteral("statement"));
    QVERIFY(!badVar.ok());
    QVERIFY(badVar.errorString().contains(QLatin1String("client.nmae")));
}

void TestOutbox::injectionRefusedBeforeNetwork()
{
    QVERIFY(startServer());
    saveSettings(smtp());
    // A client name that would inject a header through the subject.
    test::exec(m_data.db->connection(),
               QStringLiteral("UPDATE clients SET name = 'Evil' || char(13, 10) || 'Bcc: "
                              "x@evil.example' WHERE id = %1")
                       .arg(m_data.acme));
    MailService mail(m_data.db, m_data.user);
    MailService::ComposeRequest r;
    r.clientId = m_data.acme;
    r.templateKey = QStringLiteral("friendly-reminder");
    auto p = mail.compose(r);
    QVERIFY(!p.ok());
    QVERIFY2(p.errorString().startsWith(QLatin1String("subject:")), qPrintable(p.errorString()));
    QVERIFY(p.errorString().contains(QLatin1String("\\r\\nBcc")));
    test::exec(m_data.db->connection(),
               QStringLiteral("UPDATE clients SET name = 'Fine' WHERE id = %1").arg(m_data.acme));
    // A contact address that would smuggle an SMTP command.
    test::exec(m_data.db->connection(),
               QStringLiteral("UPDATE contacts SET email = 'a@b.com' || char(13, 10) || 'RCPT "
                              "TO:<x@evil.example>' WHERE id = %1")
                       .arg(m_data.ann));
    r.recipients = MailService::Recipients::Chosen;
    r.contactIds = {m_data.ann};
    p = mail.compose(r);
    QVERIFY(!p.ok());
    QVERIFY2(p.errorString().contains(QLatin1String("RCPT")), qPrintable(p.errorString()));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QCOMPARE(sendAll().sent, 0);
    QCOMPARE(m_server.log().size(), 0);
}

void TestOutbox::testMessageBypassesTheOutbox()
{
    QVERIFY(startServer());
    SmtpTransport transport(smtp(), QStringLiteral("pw"));
    const auto d = MailService::sendTestMessage(
            transport, smtp(), QStringLiteral("me@acme-supplies.example"), *Clock::system());
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(m_server.log().size(), 1);
    QVERIFY(m_server.message(1).contains("Subject: ARDesk test message"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    SmtpTransport wrong(smtp(), QStringLiteral("nope"));
    QVERIFY(!MailService::sendTestMessage(wrong, smtp(), QStringLiteral("me@acme-supplies.example"),
                                          *Clock::system())
                     .ok());
    QVERIFY(!MailService::sendTestMessage(transport, smtp(), QStringLiteral("bad\r\nx"),
                                          *Clock::system())
                     .ok());
}

void TestOutbox::perMessageOverhead()
{
    // Render + MIME + outbox write of 200 messages to one client, all queued. The time per
    // message is printed, not bounded: issue 5 §8's ≤ 5 ms is measured by ardesk-bench (mail);
    // a wall-clock bound here failed the sanitizer build (117 ms a message under ASan + UBSan,
    // docs/reliability.md "Sanitizers").
    saveSettings(MailTestData::smtp(2525, SmtpSettings::Security::StartTls, {}));
    // 200 statements to one client: only a manager may send them, past the contact cap.
    User manager;
    manager.name = QStringLiteral("max");
    manager.roles = UserRole::Manager;
    auto managerId = UserRepository(*m_data.db).insert(manager);
    VERIFY_OK(managerId);
    MailService mail(m_data.db, managerId.value());
    MailService::ComposeRequest r;
    r.clientId = m_data.acme;
    r.templateKey = QStringLiteral("statement");
    r.attachData = {{QStringLiteral("INV-1.pdf"), QStringLiteral("application/pdf"),
                     QByteArray(20000, 'x')}};
    constexpr int n = 200;
    QElapsedTimer timer;
    timer.start();
    QList<MailService::Preview> previews;
    for (int i = 0; i < n; ++i) {
        auto p = mail.compose(r);
        VERIFY_OK(p);
        p.value().overrideReason = QStringLiteral("load test");
        previews.append(p.value());
    }
    auto ids = mail.queueAll(previews);
    VERIFY_OK(ids);
    const double perMessage = double(timer.nsecsElapsed()) / 1e6 / n;
    qInfo("compose + MIME + outbox write: %.2f ms per message (%d messages)", perMessage, n);
    QCOMPARE(ids.value().size(), n);
}

// Issue 12: the recap omitted the promise just made, greeted one person but went to two, and
// carried no copy of the invoice. It now goes to the person spoken with only, states the outcome,
// the promise (amount and date), the next contact and the invoices discussed, and attaches their
// documents — checked on the bytes the server received, read by Python's email package.
void TestOutbox::callRecapCarriesTheAgreementAndTheInvoiceDocument()
{
    QVERIFY(startServer());
    saveSettings(smtp());
    const qint64 ryan
            = addContact(QStringLiteral("Ryan Lopez"), QStringLiteral("ryan@acme-client.example"));
    QVERIFY(ryan);
    VERIFY_OK(sql::exec(m_data.db->connection(),
                        QStringLiteral("UPDATE contacts SET is_billing = 1 WHERE id = ?"), {ryan}));
    // The invoice's document, as the accounting system printed it.
    QByteArray pdf("%PDF-1.4\n% INV-1\n");
    for (int i = 0; i < 2000; ++i)
        pdf += char(i % 253);
    const QString pdfPath = m_dir.filePath(QStringLiteral("INV-1.pdf"));
    QFile f(pdfPath);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(pdf) == pdf.size());
    f.close();
    VERIFY_OK(InvoiceDocumentService(m_data.db, m_data.user).attach(m_data.inv1, pdfPath));
    // The call with Ryan: a promise of $600.00 in a week, next contact the day after, INV-1.
    const QDate today = m_data.db->today();
    NoteService::Draft d;
    d.note.clientId = m_data.acme;
    d.note.channel = NoteChannel::Call;
    d.note.contactId = ryan;
    d.note.contactName = QStringLiteral("Ryan Lopez");
    d.note.occurredAt = m_data.db->clock()->now().addSecs(-120);
    d.note.outcome = NoteOutcome::Promised;
    d.note.text = QStringLiteral("Will pay INV-1 in part next week");
    d.note.nextContactDate = today.addDays(8);
    d.note.invoiceIds = {m_data.inv1};
    d.note.templateKey = QStringLiteral("promise-to-pay");
    d.fields = {{QStringLiteral("amount"), QStringLiteral("600.00")},
                {QStringLiteral("date"), today.addDays(7).toString(Qt::ISODate)}};
    auto call = NoteService(m_data.db, m_data.user).add(d);
    VERIFY_OK(call);

    MailService mail(m_data.db, m_data.user);
    auto request = mail.recapRequest(call.value().id);
    VERIFY_OK(request);
    auto preview = mail.compose(request.value());
    VERIFY_OK(preview);
    const MimeMessage &m = preview.value().message;
    QCOMPARE(m.to.size(), 1); // not every billing contact
    QCOMPARE(m.to.first().address(), QStringLiteral("ryan@acme-client.example"));
    const QLocale us(QStringLiteral("en_US"));
    const auto longDate
            = [&](const QDate &day) { return us.toString(day, QStringLiteral("MMMM d, yyyy")); };
    for (const QString &fact :
         {QStringLiteral("Dear Ryan Lopez,"), QStringLiteral("Outcome: Promised"),
          QStringLiteral("you will pay $600.00 by %1").arg(longDate(today.addDays(7))),
          QStringLiteral("in touch again on %1").arg(longDate(today.addDays(8))),
          QStringLiteral("Invoice INV-1"),
          // It names the file it carries, and only that (#12: never "copies attached" when
          // none are).
          QStringLiteral("Attached to this e-mail:\n  - INV-1.pdf\n")}) {
        QVERIFY2(m.text.contains(fact), qPrintable(fact + QStringLiteral("\n---\n") + m.text));
    }
    QVERIFY2(!m.text.contains(QStringLiteral("INV-2")), qPrintable(m.text)); // not discussed
    QCOMPARE(m.attachments.size(), 1);
    // The same recap composed without a call (nothing attached) claims no attachment.
    MailService::ComposeRequest plain = request.value();
    plain.callNoteId = 0;
    auto noDocs = mail.compose(plain);
    VERIFY_OK(noDocs);
    QCOMPARE(noDocs.value().message.attachments.size(), 0);
    QVERIFY2(!noDocs.value().message.text.contains(QStringLiteral("ttached")),
             qPrintable(noDocs.value().message.text));
    QVERIFY2(!noDocs.value().message.html.contains(QStringLiteral("ttached")),
             qPrintable(noDocs.value().message.html));

    auto id = mail.queue(preview.value());
    VERIFY_OK(id);
    QCOMPARE(sendAll().sent, 1);
    const auto log = m_server.log();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].value(QStringLiteral("rcpt_tos")).toArray(),
             QJsonArray {QStringLiteral("ryan@acme-client.example")});
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(ARDESK_SOURCE_DIR "/tests/support/mimecheck.py")});
    QVERIFY(python.waitForStarted(10000));
    python.write(m_server.message(1));
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(30000));
    const QJsonObject seen = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const QJsonArray attachments = seen.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 1);
    const QJsonObject a = attachments.first().toObject();
    QCOMPARE(a.value(QStringLiteral("filename")).toString(), QStringLiteral("INV-1.pdf"));
    QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(a.value(QStringLiteral("sha256")).toString().toLatin1(),
             QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
