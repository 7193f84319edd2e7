// SPDX-License-Identifier: MIT
// ReminderService on a real company file: one consolidated message per client, steps recorded
// once (a second run the same day does nothing), every pause rule really stops the e-mail and
// the call, the key-account policy for its segment, credit hold and escalation, defaulted
// plans, e-mail not configured, and the "why / why not" explanation.
#include "core/mail/mimemessage.h"
#include "core/mail/smtpsettings.h"
#include "core/services/mailservice.h"
#include "core/services/outboxremindermailer.h"
#include "core/services/pauseservice.h"
#include "core/services/reminderservice.h"
#include "core/storage/policyrepository.h"
#include "core/storage/workflowsettings.h"
#include "core/support/clock.h"
#include "support/workflowsupport.h"

using namespace ardesk;
using namespace ardesk::test;

class TestReminderService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPoliciesAreSeededOnce();
    void policyEditsAreVersionedAndStepsKept();
    void oneConsolidatedMessagePerClient();
    void secondRunTheSameDayDoesNothing();
    void dryRunPlanWritesNothing();
    void pauseRuleStopsEmailAndCall_data();
    void pauseRuleStopsEmailAndCall();
    void doNotContactIsRecordedAsSkipped();
    void heldStepIsTakenWhenTheHoldEnds();
    void keyAccountPolicyForTheSegment();
    void assignedPolicyWins();
    void creditHoldAndEscalationAt60Days();
    void missedInstallmentDefaultsThePlan();
    void emailNotConfiguredStaysPending();
    void explainNamesNextStepAndHolds();
    void realMailerQueuesOneMessageInTheOutbox();
    void takenStepCannotBeRemoved();
    void unpauseResumesChasing();
    void policyTasksAreAuditedWithTheirStep();
    void courtesyStepBeforeTheDueDate();
    void textPreferringContactGetsATaskNotAnEmail();
    void contactCapHoldsTheEmailUntilItAllows();
    void sameTemplateTodayHoldsTheEmail();
    void emailQueuedSinceThePlanCountsAgainstTheCap();
    void aClerksRunCoversTheirClientsAManagersEveryone();

private:
    ScratchDir m_dir;
    WorkflowCompany m_co;
    const QDate m_today {2026, 3, 31};
};

void TestReminderService::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("remind.ardesk"))));
}

void TestReminderService::defaultPoliciesAreSeededOnce()
{
    auto list = PolicyRepository(m_co.db->connection()).list();
    VERIFY_OK(list);
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value().first().name, QStringLiteral("Standard"));
    QVERIFY(list.value().first().isDefault);
    QCOMPARE(list.value().first().steps.size(), ReminderPolicy::standard().steps.size());
    QCOMPARE(list.value().last().segment, QStringLiteral("key account"));
    // A policy the user deleted is not put back when the file is opened again.
    exec(m_co.db->connection(),
         QStringLiteral("DELETE FROM reminder_policies WHERE segment = 'key account'"));
    m_co.db.reset();
    auto again = Database::open(m_co.path);
    VERIFY_OK(again);
    QCOMPARE(scalar(again.value()->connection(),
                    QStringLiteral("SELECT count(*) FROM reminder_policies"))
                     .toInt(),
             1);
}

void TestReminderService::policyEditsAreVersionedAndStepsKept()
{
    PolicyRepository repo(m_co.db->connection());
    auto p = repo.findByName(QStringLiteral("standard"));
    VERIFY_OK(p);
    ReminderPolicy edited = p.value();
    edited.steps[0].daysAfterDue = 3;
    auto v = committed(m_co.db->connection(), [&] { return repo.save(edited, 1, m_co.manager); });
    VERIFY_OK(v);
    QCOMPARE(v.value(), 2);
    QCOMPARE(edited.steps[0].id, p.value().steps[0].id);
    // A stale version is refused.
    auto stale
            = committed(m_co.db->connection(), [&] { return repo.save(edited, 1, m_co.manager); });
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QVERIFY(m_co.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                      "'reminder_policy'"))
            == 1);
}

void TestReminderService::oneConsolidatedMessagePerClient()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    const qint64 i1 = m_co.invoice(c, QStringLiteral("A-1"), m_today.addDays(-6), 10000);
    const qint64 i2 = m_co.invoice(c, QStringLiteral("A-2"), m_today.addDays(-20), 20000);
    const qint64 i3 = m_co.invoice(c, QStringLiteral("A-3"), m_today.addDays(-40), 30000);
    RecordingMailer mailer(m_co.db);
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    auto out = service.run(m_today);
    VERIFY_OK(out);
    QCOMPARE(out.value().emails, 1);
    QCOMPARE(mailer.calls.size(), 1);
    // The most advanced step's template: the statement (+30) of A-3.
    QCOMPARE(mailer.calls.first().templateKey, QStringLiteral("statement"));
    QCOMPARE(QSet<qint64>(mailer.calls.first().invoiceIds.begin(),
                          mailer.calls.first().invoiceIds.end()),
             (QSet<qint64> {i1, i2, i3}));
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {c}), 1);
    // One call task for the client, owned by its clerk, covering.
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = 'call' AND "
                                       "source = 'policy' AND owner_id = ?"),
                        {m_co.clerk}),
             1);
    // A-3 (40 days): +5 and +15 e-mails superseded by the +30 statement; the call taken.
    QCOMPARE(scalar(m_co.db->connection(),
                    QStringLiteral("SELECT group_concat(s.days_after_due || s.action || ':' || "
                                   "l.outcome, ' ') FROM reminder_log l JOIN policy_steps s ON "
                                   "s.id = l.step_id WHERE l.invoice_id = ? ORDER BY "
                                   "s.days_after_due, s.action"),
                    {i3})
                     .toString()
                     .split(u' ')
                     .size(),
             4);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE invoice_id = ? "
                                       "AND outcome = 'superseded'"),
                        {i3}),
             2);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE invoice_id = ? "
                                       "AND outcome = 'queued' AND outbox_id IS NOT NULL"),
                        {i1}),
             1);
}

void TestReminderService::secondRunTheSameDayDoesNothing()
{
    const qint64 a = m_co.client(QStringLiteral("ACME"));
    const qint64 b = m_co.client(QStringLiteral("BETA"));
    m_co.invoice(a, QStringLiteral("A-1"), m_today.addDays(-16), 10000);
    m_co.invoice(b, QStringLiteral("B-1"), m_today.addDays(-70), 10000);
    RecordingMailer mailer(m_co.db);
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    auto first = service.run(m_today);
    VERIFY_OK(first);
    QCOMPARE(first.value().clients, 2);
    QCOMPARE(first.value().emails, 2);
    const qint64 logRows = m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log"));
    const qint64 tasks = m_co.count(QStringLiteral("SELECT count(*) FROM tasks"));
    auto second = service.run(m_today);
    VERIFY_OK(second);
    QCOMPARE(second.value().clients, 0);
    QCOMPARE(second.value().emails, 0);
    QCOMPARE(second.value().stepsRecorded, 0);
    QCOMPARE(mailer.calls.size(), 2);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log")), logRows);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM tasks")), tasks);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox")), 2);
    // A stale plan (made before the first run) is refused per client, not applied twice.
    auto fresh = m_dir.filePath(QStringLiteral("x"));
    Q_UNUSED(fresh);
}

void TestReminderService::dryRunPlanWritesNothing()
{
    const qint64 a = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(a, QStringLiteral("A-1"), m_today.addDays(-16), 10000);
    RecordingMailer mailer(m_co.db);
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    const QByteArray before = fileSha256(m_co.path);
    auto plan = service.plan(m_today);
    VERIFY_OK(plan);
    QCOMPARE(plan.value().clients.size(), 1);
    const auto &cp = plan.value().clients.first();
    QCOMPARE(cp.emailTemplate, QStringLiteral("second-reminder"));
    QVERIFY(cp.callTask);
    QCOMPARE(cp.invoices.first().take.size(), 2);
    QCOMPARE(cp.invoices.first().superseded.size(), 1);
    QCOMPARE(mailer.calls.size(), 0);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log")), 0);
    QCOMPARE(fileSha256(m_co.path), before);
    // Applying a plan that another run already carried out is refused for that client.
    auto done = service.apply(plan.value());
    VERIFY_OK(done);
    QCOMPARE(done.value().clients, 1);
    auto again = service.apply(plan.value());
    VERIFY_OK(again);
    QCOMPARE(again.value().clients, 0);
    QCOMPARE(again.value().problems.size(), 1);
    QCOMPARE(mailer.calls.size(), 1);
}

void TestReminderService::pauseRuleStopsEmailAndCall_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("hold");
    QTest::newRow("disputed") << "disputed"
                              << "disputed";
    QTest::newRow("invoice paused") << "invoice_paused"
                                    << "invoice_paused";
    QTest::newRow("client paused") << "client_paused"
                                   << "client_paused";
    QTest::newRow("open promise") << "open_promise"
                                  << "open_promise";
    QTest::newRow("payment plan") << "payment_plan"
                                  << "payment_plan";
    QTest::newRow("no e-mail address") << "no_email_address"
                                       << "no_email_address";
    QTest::newRow("no phone") << "no_phone"
                              << "no_phone";
    QTest::newRow("paid since") << "paid"
                                << "";
    QTest::newRow("credited since") << "credited"
                                    << "";
}

// Each rule on its own client next to an unpaused control client: the control is chased, the
// paused one is not (no e-mail to it, no call task), and its steps stay pending.
void TestReminderService::pauseRuleStopsEmailAndCall()
{
    QFETCH(QString, rule);
    QFETCH(QString, hold);
    const qint64 control = m_co.client(QStringLiteral("CTRL"));
    m_co.invoice(control, QStringLiteral("C-1"), m_today.addDays(-16), 10000);
    const qint64 c = m_co.client(QStringLiteral("HELD"), QString(),
                                 rule != QLatin1String("no_email_address"),
                                 rule != QLatin1String("no_phone"));
    const qint64 inv = m_co.invoice(c, QStringLiteral("H-1"), m_today.addDays(-16), 10000);
    const QDate day = m_today.addDays(-2);
    if (rule == QLatin1String("disputed")) {
        VERIFY_OK(m_co.dispute(c, day, QStringLiteral("H-1")));
    } else if (rule == QLatin1String("invoice_paused")) {
        VERIFY_OK(PauseService(m_co.db, m_co.clerk)
                          .pauseInvoice(inv, m_today.addDays(5), QStringLiteral("waiting for PO")));
    } else if (rule == QLatin1String("client_paused")) {
        VERIFY_OK(PauseService(m_co.db, m_co.clerk)
                          .pauseClient(c, m_today, QStringLiteral("owner in hospital")));
    } else if (rule == QLatin1String("open_promise")) {
        VERIFY_OK(m_co.promise(c, day, QStringLiteral("100.00"), m_today.addDays(3)));
    } else if (rule == QLatin1String("payment_plan")) {
        VERIFY_OK(m_co.plan(c, day,
                            QStringLiteral("50.00:%1; 50.00:%2")
                                    .arg(m_today.addDays(5).toString(Qt::ISODate),
                                         m_today.addDays(35).toString(Qt::ISODate)),
                            QStringLiteral("H-1")));
    } else if (rule == QLatin1String("paid")) {
        VERIFY_OK(m_co.pay(c, day, 10000));
    } else if (rule == QLatin1String("credited")) {
        VERIFY_OK(LedgerService(m_co.db, m_co.manager) // a credit note is a manager's (#13)
                          .creditNote(inv, Money::fromMinor(10000, u"USD"), day,
                                      QStringLiteral("CN-1"), QStringLiteral("returned goods")));
    }
    RecordingMailer mailer(m_co.db);
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    auto plan = service.plan(m_today);
    VERIFY_OK(plan);
    auto out = service.apply(plan.value());
    VERIFY_OK(out);
    QVERIFY2(out.value().problems.isEmpty(), qPrintable(out.value().problems.join(u'\n')));
    // The control client is chased.
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"),
                        {control}),
             1);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM tasks WHERE client_id = ? AND "
                                       "kind = 'call'"),
                        {control}),
             1);
    const qint64 mails
            = m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {c});
    const qint64 calls = m_co.count(QStringLiteral("SELECT count(*) FROM tasks WHERE client_id = "
                                                   "? AND kind = 'call' AND source = 'policy'"),
                                    {c});
    if (rule == QLatin1String("no_email_address")) {
        QCOMPARE(mails, 0); // the call still happens: it has a phone
        QCOMPARE(calls, 1);
    } else if (rule == QLatin1String("no_phone")) {
        QCOMPARE(mails, 1); // the e-mail still goes: it has an address
        QCOMPARE(calls, 0);
    } else {
        QCOMPARE(mails, 0);
        QCOMPARE(calls, 0);
    }
    if (hold.isEmpty()) {
        QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE invoice_id = "
                                           "?"),
                            {inv}),
                 0);
        return;
    }
    // The held step stays pending (no log row) and the plan names the rule.
    const ReminderService::ClientPlan *cp = nullptr;
    for (const auto &x : plan.value().clients) {
        if (x.clientId == c)
            cp = &x;
    }
    QVERIFY(cp);
    QVERIFY(!cp->invoices.first().held.isEmpty());
    QCOMPARE(toString(cp->invoices.first().held.first().holds.first().hold), hold);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE invoice_id = ? "
                                       "AND outcome LIKE 'skipped%'"),
                        {inv}),
             0);
}

void TestReminderService::doNotContactIsRecordedAsSkipped()
{
    const qint64 c = m_co.client(QStringLiteral("DNC"), QString(), true, true, true);
    const qint64 inv = m_co.invoice(c, QStringLiteral("D-1"), m_today.addDays(-16), 10000);
    RecordingMailer mailer(m_co.db);
    auto out = ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today);
    VERIFY_OK(out);
    QCOMPARE(mailer.calls.size(), 0);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM tasks WHERE client_id = ?"), {c}), 0);
    // Permanent: recorded, so no later run tries the e-mail or the call again.
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE invoice_id = ? "
                                       "AND outcome = 'skipped:do_not_contact'"),
                        {inv}),
             2);
    // A client with no contact at all has no address; it is not do-not-contact.
    Client b = makeClient(QStringLiteral("BARE"), QStringLiteral("Bare Ltd"));
    VERIFY_OK(ClientService(m_co.db, m_co.clerk).createClient(b));
    const qint64 bare = b.id;
    m_co.invoice(bare, QStringLiteral("B-1"), m_today.addDays(-16), 10000);
    auto e = ReminderService(m_co.db, m_co.clerk, &mailer).explain(bare, m_today);
    VERIFY_OK(e);
    // The next step is the +15 call: held for want of a number, not as do-not-contact.
    QCOMPARE(e.value().invoices.first().holds.size(), 1);
    QCOMPARE(toString(e.value().invoices.first().holds.first().hold), QStringLiteral("no_phone"));
}

void TestReminderService::heldStepIsTakenWhenTheHoldEnds()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    const qint64 inv = m_co.invoice(c, QStringLiteral("A-1"), m_today.addDays(-16), 10000);
    VERIFY_OK(PauseService(m_co.db, m_co.clerk)
                      .pauseInvoice(inv, m_today.addDays(2), QStringLiteral("waiting for PO")));
    RecordingMailer mailer(m_co.db);
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    VERIFY_OK(service.run(m_today));
    QCOMPARE(mailer.calls.size(), 0);
    VERIFY_OK(service.run(m_today.addDays(2)));
    QCOMPARE(mailer.calls.size(), 0);
    // The pause ended: the latest e-mail is sent, the earlier one superseded.
    VERIFY_OK(service.run(m_today.addDays(3)));
    QCOMPARE(mailer.calls.size(), 1);
    QCOMPARE(mailer.calls.first().templateKey, QStringLiteral("second-reminder"));
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE invoice_id = ? "
                                       "AND outcome = 'superseded'"),
                        {inv}),
             1);
}

void TestReminderService::keyAccountPolicyForTheSegment()
{
    const qint64 key = m_co.client(QStringLiteral("KEY"), QStringLiteral("Key Account"));
    m_co.invoice(key, QStringLiteral("K-1"), m_today.addDays(-8), 10000);
    const qint64 std = m_co.client(QStringLiteral("STD"));
    m_co.invoice(std, QStringLiteral("S-1"), m_today.addDays(-8), 10000);
    RecordingMailer mailer(m_co.db);
    auto out = ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today);
    VERIFY_OK(out);
    // Key accounts: a call at +7, no e-mail before +14. Standard: the +5 e-mail.
    QCOMPARE(mailer.calls.size(), 1);
    QCOMPARE(mailer.calls.first().clientId, std);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM tasks WHERE client_id = ? AND "
                                       "kind = 'call'"),
                        {key}),
             1);
    auto why = ReminderService(m_co.db, m_co.clerk).explain(key, m_today);
    VERIFY_OK(why);
    QCOMPARE(why.value().policyName, QStringLiteral("Key accounts"));
}

void TestReminderService::assignedPolicyWins()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    PolicyRepository repo(m_co.db->connection());
    auto key = repo.findByName(QStringLiteral("Key accounts"));
    VERIFY_OK(key);
    VERIFY_OK(repo.assign(c, key.value().id, m_co.manager));
    auto p = repo.forClient(c);
    VERIFY_OK(p);
    QCOMPARE(p.value().name, QStringLiteral("Key accounts"));
    VERIFY_OK(repo.assign(c, 0, m_co.manager));
    QCOMPARE(repo.forClient(c).value().name, QStringLiteral("Standard"));
}

void TestReminderService::creditHoldAndEscalationAt60Days()
{
    const qint64 c = m_co.client(QStringLiteral("LATE"));
    m_co.invoice(c, QStringLiteral("L-1"), m_today.addDays(-61), 10000);
    RecordingMailer mailer(m_co.db);
    auto out = ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today);
    VERIFY_OK(out);
    QCOMPARE(out.value().creditHolds, 1);
    QCOMPARE(out.value().escalations, 1);
    QCOMPARE(m_co.count(QStringLiteral("SELECT credit_hold FROM clients WHERE id = ?"), {c}), 1);
    QCOMPARE(m_co.count(QStringLiteral("SELECT owner_id FROM tasks WHERE client_id = ? AND kind "
                                       "= 'escalation'"),
                        {c}),
             m_co.manager);
    QCOMPARE(mailer.calls.first().templateKey, QStringLiteral("final-notice"));
    // The hold step is recorded once; the next run holds nobody.
    auto again = ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today);
    VERIFY_OK(again);
    QCOMPARE(again.value().creditHolds, 0);
}

void TestReminderService::missedInstallmentDefaultsThePlan()
{
    const qint64 c = m_co.client(QStringLiteral("PLAN"));
    m_co.invoice(c, QStringLiteral("P-1"), m_today.addDays(-40), 20000);
    VERIFY_OK(m_co.plan(c, m_today.addDays(-30),
                        QStringLiteral("100.00:%1; 100.00:%2")
                                .arg(m_today.addDays(-10).toString(Qt::ISODate),
                                     m_today.addDays(20).toString(Qt::ISODate))));
    RecordingMailer mailer(m_co.db);
    auto out = ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today);
    VERIFY_OK(out);
    QCOMPARE(out.value().defaultedPlans, 1);
    QCOMPARE(scalar(m_co.db->connection(),
                    QStringLiteral("SELECT status FROM payment_plans WHERE client_id = ?"), {c})
                     .toString(),
             QStringLiteral("defaulted"));
    // The pause ended with the missed installment: the client is chased the same day.
    QCOMPARE(mailer.calls.size(), 1);
}

void TestReminderService::emailNotConfiguredStaysPending()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    const qint64 inv = m_co.invoice(c, QStringLiteral("A-1"), m_today.addDays(-16), 10000);
    auto out = ReminderService(m_co.db, m_co.clerk, nullptr).run(m_today);
    VERIFY_OK(out);
    QCOMPARE(out.value().waitingForMail, 1);
    QCOMPARE(out.value().callTasks, 1);
    // The e-mail steps are not recorded; the call is.
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE invoice_id = ?"),
                        {inv}),
             1);
    RecordingMailer mailer(m_co.db);
    auto later = ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today.addDays(1));
    VERIFY_OK(later);
    QCOMPARE(mailer.calls.size(), 1);
    QCOMPARE(later.value().callTasks, 0);
}

void TestReminderService::explainNamesNextStepAndHolds()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(c, QStringLiteral("A-1"), m_today.addDays(-3), 10000);
    const qint64 disputed = m_co.invoice(c, QStringLiteral("A-2"), m_today.addDays(-16), 10000);
    VERIFY_OK(m_co.dispute(c, m_today.addDays(-1), QStringLiteral("A-2")));
    VERIFY_OK(PauseService(m_co.db, m_co.clerk)
                      .pauseInvoice(disputed, m_today.addDays(4), QStringLiteral("PO")));
    auto e = ReminderService(m_co.db, m_co.clerk).explain(c, m_today);
    VERIFY_OK(e);
    QCOMPARE(e.value().invoices.size(), 2);
    const auto &late = e.value().invoices.at(0);
    QCOMPARE(late.number, QStringLiteral("A-2"));
    QCOMPARE(late.daysLate, 16);
    QVERIFY(late.nextIsDue);
    QCOMPARE(late.holds.size(), 2);
    QCOMPARE(toString(late.holds.at(0).hold), QStringLiteral("disputed"));
    QCOMPARE(toString(late.holds.at(1).hold), QStringLiteral("invoice_paused"));
    QVERIFY(late.holds.at(1).text.contains(m_today.addDays(4).toString(Qt::ISODate)));
    const auto &fresh = e.value().invoices.at(1);
    QCOMPARE(fresh.daysLate, 3);
    QVERIFY(!fresh.nextIsDue);
    QCOMPARE(fresh.next->daysAfterDue, 5);
    QCOMPARE(fresh.nextDate, m_today.addDays(2));
    QVERIFY(fresh.holds.isEmpty());
}

// The application's mailer: MailService composes the template for the client's billing
// contact and queues the exact bytes in the outbox inside the run's transaction.
void TestReminderService::realMailerQueuesOneMessageInTheOutbox()
{
    QVERIFY(!OutboxReminderMailer::isConfigured(m_co.db));
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = 2525;
    smtp.security = SmtpSettings::Security::None;
    smtp.fromAddress = QStringLiteral("ar@example.com");
    smtp.fromName = QStringLiteral("Accounts Receivable");
    VERIFY_OK(smtp.save(*m_co.db, m_co.manager));
    QVERIFY(OutboxReminderMailer::isConfigured(m_co.db));
    VERIFY_OK(makeSettings(QStringLiteral("Example Supplies"), QStringLiteral("1 Main St"),
                           QStringLiteral("USD"), QStringLiteral("en_US"), 1)
                      .save(m_co.db->connection(), m_co.manager));
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(c, QStringLiteral("A-1"), m_today.addDays(-6), 10000);
    m_co.invoice(c, QStringLiteral("A-2"), m_today.addDays(-33), 25000);
    OutboxReminderMailer mailer(m_co.db, m_co.clerk);
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    auto out = service.run(m_today);
    VERIFY_OK(out);
    QVERIFY2(out.value().problems.isEmpty(), qPrintable(out.value().problems.join(u'\n')));
    QCOMPARE(out.value().emails, 1);
    QCOMPARE(scalar(m_co.db->connection(),
                    QStringLiteral("SELECT status || ' ' || template_key || ' ' || recipients "
                                   "FROM outbox WHERE client_id = ?"),
                    {c})
                     .toString(),
             QStringLiteral("queued statement [\"acme@client.example\"]"));
    const QByteArray eml = scalar(m_co.db->connection(),
                                  QStringLiteral("SELECT eml FROM outbox WHERE client_id = ?"), {c})
                                   .toByteArray();
    QVERIFY2(eml.contains("A-2"), eml.constData());
    QVERIFY(eml.contains("Message-ID:"));
    auto again = service.run(m_today);
    VERIFY_OK(again);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox")), 1);
}

void TestReminderService::takenStepCannotBeRemoved()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(c, QStringLiteral("A-1"), m_today.addDays(-6), 10000);
    RecordingMailer mailer(m_co.db);
    VERIFY_OK(ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today));
    PolicyRepository repo(m_co.db->connection());
    auto p = repo.findByName(QStringLiteral("Standard"));
    VERIFY_OK(p);
    ReminderPolicy edited = p.value();
    edited.steps.removeFirst(); // the +5 e-mail A-1 got
    auto r = committed(m_co.db->connection(), [&] { return repo.save(edited, 1, m_co.manager); });
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.errorString().contains(QLatin1String("+5")), qPrintable(r.errorString()));
    // Adding a step is fine; it gets an id.
    edited = p.value();
    edited.steps.append({0, 120, StepAction::Escalate, QString()});
    VERIFY_OK(committed(m_co.db->connection(), [&] { return repo.save(edited, 1, m_co.manager); }));
    QVERIFY(edited.steps.last().id != 0);
    // An e-mail step needs its template.
    edited.steps.append({0, 130, StepAction::Email, QString()});
    auto noTemplate
            = committed(m_co.db->connection(), [&] { return repo.save(edited, 2, m_co.manager); });
    QVERIFY(!noTemplate);
    QVERIFY(noTemplate.errorString().startsWith(QLatin1String("steps[")));
}

void TestReminderService::unpauseResumesChasing()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    const qint64 inv = m_co.invoice(c, QStringLiteral("A-1"), m_today.addDays(-6), 10000);
    PauseService pauses(m_co.db, m_co.clerk);
    VERIFY_OK(pauses.pauseClient(c, m_today.addDays(30), QStringLiteral("owner away")));
    VERIFY_OK(pauses.pauseInvoice(inv, m_today.addDays(30), QStringLiteral("PO pending")));
    QCOMPARE(pauses.pauseClient(c, m_today, QString()).error().code, ErrorCode::InvalidValue);
    RecordingMailer mailer(m_co.db);
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    VERIFY_OK(service.run(m_today));
    QCOMPARE(mailer.calls.size(), 0);
    VERIFY_OK(pauses.unpauseClient(c, QStringLiteral("back")));
    VERIFY_OK(service.run(m_today));
    QCOMPARE(mailer.calls.size(), 0); // the invoice is still paused
    VERIFY_OK(pauses.unpauseInvoice(inv, m_today, QStringLiteral("PO received")));
    VERIFY_OK(service.run(m_today));
    QCOMPARE(mailer.calls.size(), 1);
    // Each pause and resume left an internal note and an audit row.
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM note_revisions WHERE channel = "
                                       "'internal'")),
             4);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                       "('pause','unpause')")),
             4);
}

// A task a policy step creates is audited like one made by hand, naming the step that made it.
void TestReminderService::policyTasksAreAuditedWithTheirStep()
{
    const qint64 c = m_co.client(QStringLiteral("LATE"));
    m_co.invoice(c, QStringLiteral("L-1"), m_today.addDays(-61), 10000);
    RecordingMailer mailer(m_co.db);
    VERIFY_OK(ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today));
    const qint64 tasks = m_co.count(
            QStringLiteral("SELECT count(*) FROM tasks WHERE client_id = ? AND source = 'policy'"),
            {c});
    QVERIFY(tasks >= 2); // call and escalation at least
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM audit_log a JOIN tasks t ON t.id = "
                                       "a.entity_id WHERE a.entity = 'task' AND a.action = "
                                       "'create' AND t.client_id = ? AND "
                                       "json_extract(a.after_json, '$.source') = 'policy' AND "
                                       "json_extract(a.after_json, '$.source_id') = t.source_id "
                                       "AND a.user_id = ?"),
                        {c, m_co.clerk}),
             tasks);
}

// #12: a policy may have pre-due steps (a courtesy reminder 3 days before the due date); the
// run takes them on invoices not yet due, with a message that says "due on", never "overdue";
// a manual reminder-type send to a client with nothing overdue is still refused.
void TestReminderService::courtesyStepBeforeTheDueDate()
{
    PolicyRepository repo(m_co.db->connection());
    auto p = repo.findByName(QStringLiteral("Standard"));
    VERIFY_OK(p);
    ReminderPolicy edited = p.value();
    edited.steps.prepend({0, -61, StepAction::Email, QStringLiteral("courtesy-reminder")});
    auto refused
            = committed(m_co.db->connection(), [&] { return repo.save(edited, 1, m_co.manager); });
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QStringLiteral("steps[1].days_after_due: -61")),
             qPrintable(refused.errorString()));
    edited.steps.first().daysAfterDue = -3;
    VERIFY_OK(committed(m_co.db->connection(), [&] { return repo.save(edited, 1, m_co.manager); }));

    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = 2525;
    smtp.security = SmtpSettings::Security::None;
    smtp.fromAddress = QStringLiteral("ar@example.com");
    smtp.fromName = QStringLiteral("Accounts Receivable");
    VERIFY_OK(smtp.save(*m_co.db, m_co.manager));
    VERIFY_OK(makeSettings(QStringLiteral("Example Supplies"), QStringLiteral("1 Main St"),
                           QStringLiteral("USD"), QStringLiteral("en_US"), 1)
                      .save(m_co.db->connection(), m_co.manager));
    const qint64 soon = m_co.client(QStringLiteral("SOON"));
    m_co.invoice(soon, QStringLiteral("S-1"), m_today.addDays(3), 10000);
    const qint64 later = m_co.client(QStringLiteral("LATER"));
    m_co.invoice(later, QStringLiteral("L-1"), m_today.addDays(10), 10000);

    // A manual reminder to a client with nothing overdue states false facts: refused.
    MailService::ComposeRequest manual;
    manual.clientId = soon;
    manual.templateKey = QStringLiteral("friendly-reminder");
    manual.asOf = m_today;
    QVERIFY(!MailService(m_co.db, m_co.clerk).compose(manual));

    OutboxReminderMailer mailer(m_co.db, m_co.clerk);
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    auto out = service.run(m_today);
    VERIFY_OK(out);
    QVERIFY2(out.value().problems.isEmpty(), qPrintable(out.value().problems.join(u'\n')));
    QCOMPARE(out.value().emails, 1);
    QCOMPARE(scalar(m_co.db->connection(),
                    QStringLiteral("SELECT group_concat(c.code || ' ' || o.template_key) FROM "
                                   "outbox o JOIN clients c ON c.id = o.client_id"))
                     .toString(),
             QStringLiteral("SOON courtesy-reminder"));
    auto parsed = MimeMessage::parse(
            scalar(m_co.db->connection(), QStringLiteral("SELECT eml FROM outbox")).toByteArray());
    VERIFY_OK(parsed);
    const QString text = parsed.value().text;
    QVERIFY2(text.contains(QStringLiteral("S-1: $100.00 due on April 3, 2026")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("overdue"), Qt::CaseInsensitive)
                     && !text.contains(QStringLiteral("past due"), Qt::CaseInsensitive),
             qPrintable(text));
    // Once due, the courtesy step is done; the overdue steps follow as before.
    auto dry = service.plan(m_today.addDays(9));
    VERIFY_OK(dry);
    for (const auto &c : dry.value().clients) {
        if (c.clientId == soon)
            QCOMPARE(c.emailTemplate, QStringLiteral("friendly-reminder"));
    }
}

// #12: the contact's preferred channel is used by reminders: a client whose billing contact
// prefers texts gets a text task for the clerk instead of the e-mail, and the plan says so.
void TestReminderService::textPreferringContactGetsATaskNotAnEmail()
{
    const qint64 texter = m_co.client(QStringLiteral("TEXTER"));
    m_co.invoice(texter, QStringLiteral("T-1"), m_today.addDays(-6), 10000);
    exec(m_co.db->connection(),
         QStringLiteral("UPDATE contacts SET preferred_channel = 'text' WHERE client_id = %1")
                 .arg(texter));
    const qint64 mailer = m_co.client(QStringLiteral("MAILER"));
    m_co.invoice(mailer, QStringLiteral("M-1"), m_today.addDays(-6), 10000);
    RecordingMailer recorder(m_co.db);
    ReminderService service(m_co.db, m_co.clerk, &recorder);
    auto plan = service.plan(m_today);
    VERIFY_OK(plan);
    for (const ReminderService::ClientPlan &c : plan.value().clients) {
        if (c.clientId == texter) {
            QVERIFY(c.emailTemplate.isEmpty());
            QVERIFY(c.callTask);
            QCOMPARE(c.emailAsTask, PreferredReach::Text);
            QCOMPARE(c.invoices.first().asTask.size(), 1);
        } else if (c.clientId == mailer) {
            QCOMPARE(c.emailTemplate, QStringLiteral("friendly-reminder"));
            QCOMPARE(c.emailAsTask, PreferredReach::Any);
        }
    }
    auto out = service.run(m_today);
    VERIFY_OK(out);
    QCOMPARE(recorder.calls.size(), 1);
    QCOMPARE(recorder.calls.first().clientId, mailer);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM tasks WHERE client_id = ? AND kind = "
                                       "'call' AND owner_id = ? AND title LIKE 'Reminder text%'"),
                        {texter, m_co.clerk}),
             1);
    // Nothing is taken twice: the next day the step is done.
    auto next = service.run(m_today.addDays(1));
    VERIFY_OK(next);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM tasks WHERE client_id = ?"), {texter}),
             1);
}

namespace {
/// The company's setting workflow.contact_cap (e-mails per client in 7 days).
void setContactCap(WorkflowCompany &co, int cap)
{
    auto settings = WorkflowSettings::load(*co.db);
    VERIFY_OK(settings);
    settings.value().contactCapPerWeek = cap;
    VERIFY_OK(committed(co.db->connection(),
                        [&] { return settings.value().save(*co.db, co.manager); }));
}

const ReminderService::InvoicePlan *invoicePlan(const ReminderService::Plan &plan,
                                                const QString &number)
{
    for (const auto &c : plan.clients) {
        for (const auto &i : c.invoices) {
            if (i.number == number)
                return &i;
        }
    }
    return nullptr;
}
} // namespace

// Issue 12: the reminder run obeys the contact cap manual sends obey. Three e-mails went to ACME
// in the last 7 days (cap 3): its +15 e-mail is held with the reason, not queued and not
// recorded (the +5 it supersedes waits with it); the call is still taken. Once the older e-mails
// leave the 7 days, a later run queues it.
void TestReminderService::contactCapHoldsTheEmailUntilItAllows()
{
    const auto clock
            = std::make_shared<FixedClock>(QDateTime(m_today, QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("cap.ardesk")), clock));
    setContactCap(m_co, 3);
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    const qint64 inv = m_co.invoice(c, QStringLiteral("A-1"), m_today.addDays(-16), 10000);
    RecordingMailer mailer(m_co.db);
    for (int daysAgo : {3, 2, 1}) // at 08:00 UTC on each day
        VERIFY_OK(mailer.queueReminder(c, QStringLiteral("statement"), {inv},
                                       m_today.addDays(-daysAgo)));
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    auto plan = service.plan(m_today);
    VERIFY_OK(plan);
    const auto *a1 = invoicePlan(plan.value(), QStringLiteral("A-1"));
    QVERIFY(a1);
    QCOMPARE(a1->held.size(), 1);
    QCOMPARE(a1->held.first().step.daysAfterDue, 15);
    QCOMPARE(toString(a1->held.first().step.action), QStringLiteral("email"));
    QCOMPARE(toString(a1->held.first().holds.first().hold), QStringLiteral("contact_cap"));
    QCOMPARE(a1->held.first().holds.first().text,
             QStringLiteral("contact cap 3/7 days reached (3 sent or queued in the last 7 days)"));
    QVERIFY(a1->superseded.isEmpty());
    QCOMPARE(plan.value().clients.first().emailTemplate, QString());

    auto out = service.apply(plan.value());
    VERIFY_OK(out);
    QCOMPARE(out.value().emails, 0);
    QCOMPARE(out.value().callTasks, 1);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {c}), 3);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log l JOIN policy_steps s "
                                       "ON s.id = l.step_id WHERE l.invoice_id = ? AND s.action "
                                       "= 'email'"),
                        {inv}),
             0);
    // Five days on, the first two e-mails are more than 7 days old: the held step goes.
    clock->advanceDays(5);
    auto later = service.run(m_today.addDays(5));
    VERIFY_OK(later);
    QCOMPARE(later.value().emails, 1);
    QCOMPARE(mailer.calls.last().templateKey, QStringLiteral("second-reminder"));
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {c}), 4);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE invoice_id = ? "
                                       "AND outcome = 'superseded'"),
                        {inv}),
             1);
}

// The same template twice to a client in one day is held too (under the cap); another client,
// or another template, is not.
void TestReminderService::sameTemplateTodayHoldsTheEmail()
{
    const auto clock
            = std::make_shared<FixedClock>(QDateTime(m_today, QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("same.ardesk")), clock));
    const qint64 acme = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(acme, QStringLiteral("A-1"), m_today.addDays(-6), 10000);
    const qint64 beta = m_co.client(QStringLiteral("BETA"));
    m_co.invoice(beta, QStringLiteral("B-1"), m_today.addDays(-6), 10000);
    RecordingMailer mailer(m_co.db);
    VERIFY_OK(mailer.queueReminder(acme, QStringLiteral("friendly-reminder"), {}, m_today));
    VERIFY_OK(mailer.queueReminder(beta, QStringLiteral("statement"), {}, m_today));
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    auto plan = service.plan(m_today);
    VERIFY_OK(plan);
    const auto *a1 = invoicePlan(plan.value(), QStringLiteral("A-1"));
    QVERIFY(a1);
    QCOMPARE(a1->held.size(), 1);
    QCOMPARE(toString(a1->held.first().holds.first().hold), QStringLiteral("same_template_today"));
    // "Why not chased" says so too.
    auto why = service.explain(acme, m_today);
    VERIFY_OK(why);
    QCOMPARE(why.value().invoices.size(), 1);
    QVERIFY(why.value().invoices.first().nextIsDue);
    QCOMPARE(why.value().invoices.first().holds.size(), 1);
    QCOMPARE(toString(why.value().invoices.first().holds.first().hold),
             QStringLiteral("same_template_today"));
    const auto *b1 = invoicePlan(plan.value(), QStringLiteral("B-1"));
    QVERIFY(b1);
    QVERIFY(b1->held.isEmpty());
    QCOMPARE(b1->take.size(), 1);
    auto out = service.apply(plan.value());
    VERIFY_OK(out);
    QCOMPARE(out.value().emails, 1);
    QCOMPARE(mailer.calls.last().clientId, beta);
}

// Counted where the e-mail is queued, in the client's transaction: a plan made with room under the
// cap does not queue a fourth e-mail when one was queued meanwhile; the client is left for the
// next run, which shows the step held.
void TestReminderService::emailQueuedSinceThePlanCountsAgainstTheCap()
{
    const auto clock
            = std::make_shared<FixedClock>(QDateTime(m_today, QTime(12, 0), QTimeZone::utc()));
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("race.ardesk")), clock));
    setContactCap(m_co, 3);
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(c, QStringLiteral("A-1"), m_today.addDays(-6), 10000);
    RecordingMailer mailer(m_co.db);
    for (int daysAgo : {2, 1})
        VERIFY_OK(mailer.queueReminder(c, QStringLiteral("statement"), {},
                                       m_today.addDays(-daysAgo)));
    ReminderService service(m_co.db, m_co.clerk, &mailer);
    auto plan = service.plan(m_today);
    VERIFY_OK(plan);
    QCOMPARE(plan.value().clients.first().emailTemplate, QStringLiteral("friendly-reminder"));
    VERIFY_OK(mailer.queueReminder(c, QStringLiteral("statement"), {}, m_today));
    auto out = service.apply(plan.value());
    VERIFY_OK(out);
    QCOMPARE(out.value().emails, 0);
    QCOMPARE(out.value().problems.size(), 1);
    QVERIFY2(out.value().problems.first().contains(QLatin1String("contact cap 3/7 days")),
             qPrintable(out.value().problems.first()));
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {c}), 3);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log")), 0);
    auto again = service.plan(m_today);
    VERIFY_OK(again);
    QCOMPARE(invoicePlan(again.value(), QStringLiteral("A-1"))->held.size(), 1);
}

void TestReminderService::aClerksRunCoversTheirClientsAManagersEveryone()
{
    // Issue #13: running `remind` for everyone is a manager's; a clerk's run chases the clients
    // assigned to them and leaves a colleague's accounts to that colleague.
    const qint64 bob = UserRepository(m_co.db->connection())
                               .ensure(QStringLiteral("bob"), UserRole::Clerk)
                               .valueOr(User())
                               .id;
    QVERIFY(bob);
    const qint64 ann1 = m_co.client(QStringLiteral("ANN1"));
    const qint64 bob1 = m_co.client(QStringLiteral("BOB1"));
    exec(m_co.db->connection(),
         QStringLiteral("UPDATE clients SET assigned_user_id = %1 WHERE id = %2")
                 .arg(bob)
                 .arg(bob1));
    m_co.invoice(ann1, QStringLiteral("A-1"), m_today.addDays(-20), 10000);
    m_co.invoice(bob1, QStringLiteral("B-1"), m_today.addDays(-20), 10000);
    RecordingMailer mailer(m_co.db);
    const auto codes = [](const ReminderService::Plan &p) {
        QStringList out;
        for (const auto &c : p.clients)
            out << c.code;
        return out;
    };

    auto annsPlan = ReminderService(m_co.db, m_co.clerk, &mailer).plan(m_today);
    VERIFY_OK(annsPlan);
    QCOMPARE(codes(annsPlan.value()), QStringList {QStringLiteral("ANN1")});
    QCOMPARE(annsPlan.value().clerkId, m_co.clerk);
    QVERIFY(!ReminderService::scopeText(annsPlan.value()).isEmpty());
    // Asking for bob's client by id does not widen ann's run.
    auto asked = ReminderService(m_co.db, m_co.clerk, &mailer).plan(m_today, {bob1});
    VERIFY_OK(asked);
    QVERIFY(asked.value().clients.isEmpty());

    // A plan made for everyone cannot be carried out by a clerk: refused, nothing written.
    auto everyone = ReminderService(m_co.db, m_co.manager, &mailer).plan(m_today);
    VERIFY_OK(everyone);
    QCOMPARE(codes(everyone.value()),
             (QStringList {QStringLiteral("ANN1"), QStringLiteral("BOB1")}));
    QVERIFY(ReminderService::scopeText(everyone.value()).isEmpty());
    auto refused = ReminderService(m_co.db, m_co.clerk, &mailer).apply(everyone.value());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(refused.errorString().contains(QStringLiteral("manager")),
             qPrintable(refused.errorString()));
    QVERIFY2(refused.errorString().contains(QStringLiteral("BOB1")),
             qPrintable(refused.errorString()));
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log")), 0);
    QCOMPARE(mailer.calls.size(), 0);

    // Ann's own run chases ANN1 only; the manager's later run takes BOB1.
    auto annRun = ReminderService(m_co.db, m_co.clerk, &mailer).run(m_today);
    VERIFY_OK(annRun);
    QCOMPARE(annRun.value().clients, 1);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {bob1}),
             0);
    auto managerRun = ReminderService(m_co.db, m_co.manager, &mailer).run(m_today);
    VERIFY_OK(managerRun);
    QCOMPARE(managerRun.value().clients, 1);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {bob1}),
             1);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"), {ann1}),
             1);
}

QTEST_GUILESS_MAIN(TestReminderService)
#include "tst_reminderservice.moc"
