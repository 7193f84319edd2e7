// SPDX-License-Identifier: MIT
// Every manual send obeys the guard rules (SendGuard through MailService), on a real company
// file and a real aiosmtpd server: the same reminder three times within a second is queued once;
// a fourth e-mail in 7 days is refused (contact cap); a paused client with a disputed invoice
// gets no "Second reminder … past due", and the disputed invoice is never listed; a final notice
// to a client owing nothing, or with nothing overdue, is refused with the reason; a call recap
// is not stopped by the promise just made; bulk lists who is left out and why; a clerk's
// override is refused, a manager's goes out with the reason in the note and the audit log.
#include "core/mail/smtptransport.h"
#include "core/services/mailservice.h"
#include "core/services/noteservice.h"
#include "core/services/pauseservice.h"
#include "core/storage/sql.h"
#include "core/storage/transaction.h"
#include "core/storage/workflowsettings.h"
#include "support/mailtestdata.h"
#include "support/smtptestserver.h"

#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestMailGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sameReminderThreeTimesQueuedOnce();
    void fourthEmailInAWeekHitsTheCap();
    void pausedDisputedClientGetsNoSecondReminder();
    void reminderToClientOwingNothingRefused();
    void recapNotStoppedByPromiseInForce();
    void bulkListsWhoIsLeftOutAndWhy();
    void managerOverridesWithReasonInNoteAndAudit();
    void bulkOverrideByAManagerGoesIntoEachNote();

private:
    MailService::ComposeRequest request(const QString &templateKey, qint64 client = 0) const
    {
        MailService::ComposeRequest r;
        r.clientId = client ? client : m_data.acme;
        r.templateKey = templateKey;
        return r;
    }
    /// Composes and queues; the error text when refused.
    QString send(MailService &mail, const QString &templateKey, qint64 *id = nullptr)
    {
        auto p = mail.compose(request(templateKey));
        if (!p)
            return p.errorString();
        auto q = mail.queue(p.value());
        if (!q)
            return q.errorString();
        if (id)
            *id = q.value();
        return QString();
    }
    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        auto v = sql::scalar(m_data.db->connection(), sql, binds);
        return v ? v.value() : QVariant();
    }
    int outboxRows() const { return value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(); }
    QDate today() const { return m_data.db->today(); }
    /// A call note on ACME whose template creates a record (dispute, promise).
    void logCall(const QString &templateKey, const QMap<QString, QString> &fields)
    {
        NoteService::Draft d;
        d.note.clientId = m_data.acme;
        d.note.channel = NoteChannel::Call;
        d.note.occurredAt = m_data.db->clock()->now().addSecs(-60);
        d.note.text = templateKey;
        d.note.templateKey = templateKey;
        d.note.noFollowUpNeeded = true;
        d.fields = fields;
        VERIFY_OK(NoteService(m_data.db, m_data.user).add(d));
    }
    qint64 addUser(const QString &name, UserRole role)
    {
        User u;
        u.name = name;
        u.displayName = name;
        u.roles = role;
        auto id = UserRepository(*m_data.db).insert(u);
        return id ? id.value() : 0;
    }

    ScratchDir m_certs;
    ScratchDir m_dir;
    SmtpTestServer m_server;
    MailTestData m_data;
};

void TestMailGuard::initTestCase()
{
    QVERIFY(m_certs.renew());
    QVERIFY(makeCertificate(m_certs.path(), QStringLiteral("server"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost")));
}

void TestMailGuard::init()
{
    m_server.stop();
    m_data = MailTestData();
    QVERIFY(m_dir.renew());
    QVERIFY(m_data.create(m_dir.filePath(QStringLiteral("guard.ardesk"))));
    QVERIFY(m_server.start(m_dir.filePath(QStringLiteral("server")), SmtpTestServer::Tls::StartTls,
                           m_certs.filePath(QStringLiteral("server")),
                           {QStringLiteral("--auth"), QStringLiteral("clerk:pw")}));
    VERIFY_OK(MailTestData::smtp(m_server.port(), SmtpSettings::Security::StartTls,
                                 m_certs.filePath(QStringLiteral("server-cert.pem")))
                      .save(*m_data.db));
}

void TestMailGuard::sameReminderThreeTimesQueuedOnce()
{
    MailService mail(m_data.db, m_data.user);
    QCOMPARE(send(mail, QStringLiteral("friendly-reminder")), QString());
    for (int i = 0; i < 2; ++i) {
        const QString refused = send(mail, QStringLiteral("friendly-reminder"));
        QVERIFY2(refused.contains(QLatin1String("ACME: not queued: the same message already "
                                                "went to this client today")),
                 qPrintable(refused));
    }
    QCOMPARE(outboxRows(), 1);
    // A preview queued twice (a double click) is refused the second time too.
    auto p = mail.compose(request(QStringLiteral("second-reminder")));
    VERIFY_OK(p);
    VERIFY_OK(mail.queue(p.value()));
    QVERIFY(!mail.queue(p.value()).ok());
    QCOMPARE(outboxRows(), 2);
}

void TestMailGuard::fourthEmailInAWeekHitsTheCap()
{
    MailService mail(m_data.db, m_data.user);
    for (const char *key : {"friendly-reminder", "second-reminder", "final-notice"})
        QCOMPARE(send(mail, QString::fromLatin1(key)), QString());
    const QString refused = send(mail, QStringLiteral("statement"));
    QVERIFY2(refused.contains(QLatin1String("contact cap 3/7 days reached (3 sent or queued in "
                                            "the last 7 days)")),
             qPrintable(refused));
    QCOMPARE(outboxRows(), 3);
    // The cap is a company setting.
    auto settings = WorkflowSettings::load(*m_data.db);
    VERIFY_OK(settings);
    settings.value().contactCapPerWeek = 4;
    VERIFY_OK(inTransaction(*m_data.db,
                            [&]() { return settings.value().save(*m_data.db, m_data.user); }));
    QCOMPARE(send(mail, QStringLiteral("statement")), QString());
    settings.value().contactCapPerWeek = 51;
    auto bad = inTransaction(*m_data.db,
                             [&]() { return settings.value().save(*m_data.db, m_data.user); });
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorString().contains(QLatin1String("contact cap: 51")),
             qPrintable(bad.errorString()));
}

void TestMailGuard::pausedDisputedClientGetsNoSecondReminder()
{
    logCall(QStringLiteral("dispute"),
            {{QStringLiteral("reason"), QStringLiteral("price")},
             {QStringLiteral("invoices"), QStringLiteral("INV-1")}});
    VERIFY_OK(PauseService(m_data.db, m_data.user)
                      .pauseClient(m_data.acme, today().addDays(5), QStringLiteral("audit")));
    MailService mail(m_data.db, m_data.user);
    auto p = mail.compose(request(QStringLiteral("second-reminder")));
    VERIFY_OK(p);
    // The preview says what stops it, and the disputed invoice is not listed.
    QVERIFY2(p.value().guard.summary().startsWith(QLatin1String("client paused until")),
             qPrintable(p.value().guard.summary()));
    QCOMPARE(p.value().guard.leftOut, QStringList {QStringLiteral("INV-1 left out: disputed")});
    QVERIFY(!p.value().message.text.contains(QLatin1String("INV-1")));
    QVERIFY(p.value().message.text.contains(QLatin1String("INV-3")));
    auto q = mail.queue(p.value());
    QVERIFY(!q.ok());
    QVERIFY2(q.errorString().contains(QLatin1String("client paused until"))
                     && q.errorString().contains(QLatin1String("a manager may send it anyway")),
             qPrintable(q.errorString()));
    QCOMPARE(outboxRows(), 0);
}

void TestMailGuard::reminderToClientOwingNothingRefused()
{
    Client zero = makeClient(QStringLiteral("ZERO"), QStringLiteral("Zero Owed Ltd"));
    ClientService clients(m_data.db, m_data.user);
    VERIFY_OK(clients.createClient(zero));
    Contact c;
    c.clientId = zero.id;
    c.name = QStringLiteral("Zed");
    c.email = QStringLiteral("zed@zero.example");
    c.isBillingContact = true;
    VERIFY_OK(clients.addContact(c));
    MailService mail(m_data.db, m_data.user);
    auto refused = mail.compose(request(QStringLiteral("final-notice"), zero.id));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorString(),
             QStringLiteral("final-notice to ZERO: not sent: nothing is owed (zero balance)"));
    // An invoice not yet due: nothing overdue, so no reminder lists "no invoices" or a future
    // "due since" date.
    Invoice later = makeInvoice(zero.id, QStringLiteral("INV-Z"), today().addDays(21), 5000);
    VERIFY_OK(clients.addInvoice(later));
    for (const char *key : {"friendly-reminder", "final-notice"}) {
        auto r = mail.compose(request(QString::fromLatin1(key), zero.id));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().endsWith(QLatin1String("not sent: nothing is overdue")),
                 qPrintable(r.errorString()));
    }
    QCOMPARE(outboxRows(), 0);
}

void TestMailGuard::recapNotStoppedByPromiseInForce()
{
    logCall(QStringLiteral("promise-to-pay"),
            {{QStringLiteral("amount"), QStringLiteral("100.00")},
             {QStringLiteral("date"), today().addDays(7).toString(Qt::ISODate)}});
    MailService mail(m_data.db, m_data.user);
    const QString reminder = send(mail, QStringLiteral("friendly-reminder"));
    QVERIFY2(reminder.contains(QLatin1String("promise to pay until")), qPrintable(reminder));
    qint64 id = 0;
    QCOMPARE(send(mail, QStringLiteral("call-recap"), &id), QString());
    SmtpTransport transport(MailTestData::smtp(m_server.port(), SmtpSettings::Security::StartTls,
                                               m_certs.filePath(QStringLiteral("server-cert.pem"))),
                            QStringLiteral("pw"));
    auto sent = mail.send(transport, {});
    VERIFY_OK(sent);
    QCOMPARE(sent.value().sent, 1);
    QCOMPARE(m_server.log().size(), 1);
}

void TestMailGuard::bulkListsWhoIsLeftOutAndWhy()
{
    VERIFY_OK(PauseService(m_data.db, m_data.user)
                      .pauseClient(m_data.acme, today().addDays(5), QStringLiteral("audit")));
    MailService mail(m_data.db, m_data.user);
    auto bulk = mail.composeBulk({m_data.acme, m_data.beta, m_data.gamma},
                                 QStringLiteral("second-reminder"));
    VERIFY_OK(bulk);
    QCOMPARE(bulk.value().messages.size(), 0);
    QCOMPARE(bulk.value().skippedClients.size(), 3);
    QVERIFY(bulk.value().skippedClients[0].name.startsWith(QLatin1String("ACME")));
    QVERIFY2(bulk.value().skippedClients[0].reason.startsWith(QLatin1String("client paused")),
             qPrintable(bulk.value().skippedClients[0].reason));
    QVERIFY2(bulk.value().skippedClients[2].reason.contains(QLatin1String("do not contact")),
             qPrintable(bulk.value().skippedClients[1].reason + u'|'
                        + bulk.value().skippedClients[2].reason));
}

void TestMailGuard::managerOverridesWithReasonInNoteAndAudit()
{
    VERIFY_OK(PauseService(m_data.db, m_data.user)
                      .pauseClient(m_data.acme, today().addDays(5), QStringLiteral("audit")));
    // A clerk may not override, whatever the window shows.
    MailService clerkMail(m_data.db, m_data.user);
    auto p = clerkMail.compose(request(QStringLiteral("second-reminder")));
    VERIFY_OK(p);
    p.value().overrideReason = QStringLiteral("they asked for it");
    auto refused = clerkMail.queue(p.value());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().startsWith(QLatin1String("override: pat is a clerk")),
             qPrintable(refused.errorString()));
    // A manager without a reason: refused; with one: queued, audited, noted when sent.
    const qint64 manager = addUser(QStringLiteral("amelia"), UserRole::Manager);
    QVERIFY(manager);
    MailService mail(m_data.db, manager);
    p = mail.compose(request(QStringLiteral("second-reminder")));
    VERIFY_OK(p);
    QVERIFY(!mail.queue(p.value()).ok());
    p.value().overrideReason = QStringLiteral("CFO asked for a copy");
    auto id = mail.queue(p.value());
    VERIFY_OK(id);
    QVERIFY(value(QStringLiteral("SELECT after_json FROM audit_log WHERE entity = 'outbox' AND "
                                 "entity_id = ? AND action = 'send_override'"),
                  {id.value()})
                    .toString()
                    .contains(QLatin1String("CFO asked for a copy")));
    SmtpTransport transport(MailTestData::smtp(m_server.port(), SmtpSettings::Security::StartTls,
                                               m_certs.filePath(QStringLiteral("server-cert.pem"))),
                            QStringLiteral("pw"));
    auto sent = mail.send(transport, {});
    VERIFY_OK(sent);
    QCOMPARE(sent.value().sent, 1);
    const QString note = value(QStringLiteral("SELECT r.body FROM note_revisions r JOIN outbox o "
                                              "ON o.note_id = r.note_id WHERE o.id = ?"),
                               {id.value()})
                                 .toString();
    QVERIFY2(note.contains(QStringLiteral("\nSent despite: client paused until "))
                     && note.contains(QStringLiteral(" — reason: CFO asked for a copy\n")),
             qPrintable(note));
}

// Issue 12: in a bulk send a manager may send to the clients left out for a rule that may be
// overridden (ACME paused), with a reason that lands in each client's e-mail note; those left out
// for want of an address or at their request (BETA, GAMMA) are not offered; a clerk may not.
void TestMailGuard::bulkOverrideByAManagerGoesIntoEachNote()
{
    VERIFY_OK(PauseService(m_data.db, m_data.user)
                      .pauseClient(m_data.acme, today().addDays(5), QStringLiteral("audit")));
    const qint64 manager = addUser(QStringLiteral("amelia"), UserRole::Manager);
    QVERIFY(manager);
    MailService mail(m_data.db, manager);
    auto bulk = mail.composeBulk({m_data.acme, m_data.beta, m_data.gamma},
                                 QStringLiteral("second-reminder"));
    VERIFY_OK(bulk);
    QCOMPARE(bulk.value().messages.size(), 0);
    QCOMPARE(bulk.value().skippedClients.size(), 3);
    QVERIFY(bulk.value().skippedClients[0].overridable); // ACME, paused
    QVERIFY(!bulk.value().skippedClients[1].overridable); // BETA, no address
    QVERIFY(!bulk.value().skippedClients[2].overridable); // GAMMA, do not contact
    QCOMPARE(bulk.value().overridable.size(), 1);
    QCOMPARE(bulk.value().overridable.first().clientId, m_data.acme);

    // A clerk may not, whatever the window offers: nothing is queued.
    QList<MailService::Preview> byClerk = bulk.value().overridden(QStringLiteral("please"));
    auto refused = MailService(m_data.db, m_data.user).queueAll(byClerk);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().startsWith(QLatin1String("override: pat is a clerk")),
             qPrintable(refused.errorString()));
    QCOMPARE(outboxRows(), 0);
    // Without a reason: refused.
    QList<MailService::Preview> noReason = bulk.value().overridable;
    QVERIFY(!mail.queueAll(noReason).ok());
    QCOMPARE(outboxRows(), 0);

    QList<MailService::Preview> previews
            = bulk.value().overridden(QStringLiteral("Year-end statement run"));
    auto ids = mail.queueAll(previews);
    VERIFY_OK(ids);
    QCOMPARE(ids.value().size(), 1);
    SmtpTransport transport(MailTestData::smtp(m_server.port(), SmtpSettings::Security::StartTls,
                                               m_certs.filePath(QStringLiteral("server-cert.pem"))),
                            QStringLiteral("pw"));
    auto sent = mail.send(transport, {});
    VERIFY_OK(sent);
    QCOMPARE(sent.value().sent, 1);
    const QString note = value(QStringLiteral("SELECT r.body FROM note_revisions r JOIN outbox o "
                                              "ON o.note_id = r.note_id WHERE o.id = ?"),
                               {ids.value().first()})
                                 .toString();
    QVERIFY2(note.contains(QStringLiteral("\nSent despite: client paused until "))
                     && note.contains(QStringLiteral(" — reason: Year-end statement run\n")),
             qPrintable(note));
}

QTEST_GUILESS_MAIN(TestMailGuard)
#include "tst_mailguard.moc"
