// SPDX-License-Identifier: MIT
// Issue 6, item 9: a scripted 60-day simulation over a small company with fixed dates. Every
// day the script adds what happened (payments, promises made through notes, a dispute, a
// payment plan, calls), runs the reminders (ReminderService with a mailer that writes real
// outbox rows) and reads the Today queue; on chosen days it asserts the queue rows and their
// reasons, the outbox and reminder_log, and the credit holds. Everything but the e-mail
// composer is the real system on a real file.
#include "core/services/disputeservice.h"
#include "core/services/promiseservice.h"
#include "core/services/reminderservice.h"
#include "core/storage/todayqueue.h"
#include "support/workflowsupport.h"

using namespace ardesk;
using namespace ardesk::test;

class TestWorkflowSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixtyDays();

private:
    QDate day(int n) const { return m_start.addDays(n); }
    /// "CODE:kind,kind" for each row of a user's queue on a day, in queue order.
    QStringList queue(qint64 user, int n)
    {
        auto rows = TodayQueue(m_co.db->connection()).forUser(user, day(n));
        if (!rows) {
            qWarning("%s", qPrintable(rows.errorString()));
            return {QStringLiteral("error")};
        }
        QStringList out;
        for (const auto &r : rows.value()) {
            QStringList kinds;
            for (const auto &why : r.reasons)
                kinds << why.kind;
            out << r.code + u':' + kinds.join(u',');
        }
        return out;
    }
    /// Whether the row of CODE in the queue has the reason KIND ("CODE:KIND").
    static bool has(const QStringList &queue, const QString &entry)
    {
        const QString code = entry.section(u':', 0, 0);
        const QString kind = entry.section(u':', 1);
        for (const QString &e : queue) {
            if (e.section(u':', 0, 0) == code && e.section(u':', 1).split(u',').contains(kind))
                return true;
        }
        return false;
    }
    static bool mentions(const QStringList &queue, const QString &code)
    {
        for (const QString &e : queue) {
            if (e.startsWith(code + u':'))
                return true;
        }
        return false;
    }
    qint64 outbox(qint64 clientId) const
    {
        return m_co.count(QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"),
                          {clientId});
    }
    QString lastTemplate(qint64 clientId) const
    {
        return scalar(m_co.db->connection(),
                      QStringLiteral("SELECT template_key FROM outbox WHERE client_id = ? ORDER BY "
                                     "id DESC LIMIT 1"),
                      {clientId})
                .toString();
    }

    ScratchDir m_dir;
    WorkflowCompany m_co;
    const QDate m_start {2026, 3, 2};
};

void TestWorkflowSimulation::sixtyDays()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("sixty.ardesk"))));
    // The company: six clients of one clerk, at different stages on day 0.
    const qint64 alpha = m_co.client(QStringLiteral("ALPHA"));
    const qint64 bravo = m_co.client(QStringLiteral("BRAVO"));
    const qint64 charlie = m_co.client(QStringLiteral("CHARLIE"));
    const qint64 delta = m_co.client(QStringLiteral("DELTA"));
    const qint64 echo = m_co.client(QStringLiteral("ECHO"), QStringLiteral("key account"));
    const qint64 fox = m_co.client(QStringLiteral("FOX"));
    QVERIFY(alpha && bravo && charlie && delta && echo && fox);
    const qint64 a1 = m_co.invoice(alpha, QStringLiteral("A-1"), day(0), 10000);
    const qint64 b1 = m_co.invoice(bravo, QStringLiteral("B-1"), day(-10), 50000);
    const qint64 b2 = m_co.invoice(bravo, QStringLiteral("B-2"), day(10), 20000);
    const qint64 c1 = m_co.invoice(charlie, QStringLiteral("C-1"), day(-5), 30000);
    const qint64 d1 = m_co.invoice(delta, QStringLiteral("D-1"), day(-20), 100000);
    m_co.invoice(echo, QStringLiteral("E-1"), day(0), 40000);
    m_co.invoice(fox, QStringLiteral("F-1"), day(-50), 70000);
    QVERIFY(a1 && b1 && b2 && c1 && d1);

    RecordingMailer mailer(m_co.db);
    for (int n = 0; n < 60; ++n) {
        // What happens during the day, before the evening reminder run.
        switch (n) {
        case 2: // DELTA agrees a plan: 500.00 on day 9 and 500.00 on day 30.
            VERIFY_OK(m_co.plan(
                    delta, day(2),
                    QStringLiteral("500.00:%1; 500.00:%2")
                            .arg(day(9).toString(Qt::ISODate), day(30).toString(Qt::ISODate)),
                    QStringLiteral("D-1")));
            break;
        case 3: // CHARLIE disputes C-1.
            VERIFY_OK(m_co.dispute(charlie, day(3), QStringLiteral("C-1")));
            break;
        case 9: // DELTA pays the first installment on time.
            VERIFY_OK(m_co.pay(delta, day(9), 50000, d1));
            break;
        case 12: // BRAVO promises 500.00 by day 18 (client-wide).
            VERIFY_OK(m_co.promise(bravo, day(12), QStringLiteral("500.00"), day(18)));
            break;
        case 20: // ALPHA pays in full.
            VERIFY_OK(m_co.pay(alpha, day(20), 10000));
            break;
        case 22: // The clerk calls BRAVO about the broken promise.
            VERIFY_OK(m_co.call(bravo, day(22)));
            break;
        case 30: { // The dispute is rejected: reminders resume.
            auto open = DisputeService(m_co.db, m_co.clerk).open(m_co.clerk);
            VERIFY_OK(open);
            QCOMPARE(open.value().size(), 1);
            VERIFY_OK(DisputeService(m_co.db, m_co.clerk)
                              .close(open.value().first().id, DisputeService::Closing::Rejected,
                                     QStringLiteral("price as quoted")));
            break;
        }
        default:
            break;
        }
        const QStringList morning = queue(m_co.clerk, n);
        auto run = ReminderService(m_co.db, m_co.clerk, &mailer).run(day(n));
        VERIFY_OK(run);
        QVERIFY2(run.value().problems.isEmpty(), qPrintable(run.value().problems.join(u'\n')));
        // A second run the same day never does anything.
        auto again = ReminderService(m_co.db, m_co.clerk, &mailer).run(day(n));
        VERIFY_OK(again);
        QCOMPARE(again.value().stepsRecorded, 0);
        QCOMPARE(again.value().emails, 0);
        const QStringList evening = queue(m_co.clerk, n);

        switch (n) {
        case 0:
            // BRAVO (10 days) friendly reminder; CHARLIE (5) friendly; DELTA (20) second
            // reminder + call; FOX (50) final notice + call; ALPHA and ECHO not due yet.
            QCOMPARE(outbox(alpha), 0);
            QCOMPARE(lastTemplate(bravo), QStringLiteral("friendly-reminder"));
            QCOMPARE(lastTemplate(charlie), QStringLiteral("friendly-reminder"));
            QCOMPARE(lastTemplate(delta), QStringLiteral("second-reminder"));
            QCOMPARE(lastTemplate(fox), QStringLiteral("final-notice"));
            QCOMPARE(outbox(echo), 0);
            QVERIFY2(has(evening, QStringLiteral("DELTA:reminder_call")),
                     qPrintable(evening.join(u' ')));
            QVERIFY(has(evening, QStringLiteral("FOX:reminder_call")));
            QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE "
                                               "invoice_id = ? AND outcome = 'superseded'"),
                                {d1}),
                     1);
            break;
        case 1:
            QVERIFY2(has(morning, QStringLiteral("ALPHA:new_overdue")),
                     qPrintable(morning.join(u' ')));
            QVERIFY(has(morning, QStringLiteral("ECHO:new_overdue")));
            break;
        case 5:
            QCOMPARE(outbox(alpha), 1);
            QCOMPARE(lastTemplate(alpha), QStringLiteral("friendly-reminder"));
            break;
        case 7: // Key account: a call at +7, no e-mail.
            QCOMPARE(outbox(echo), 0);
            QVERIFY(has(evening, QStringLiteral("ECHO:reminder_call")));
            break;
        case 10: {
            // FOX reaches 60 days: credit hold and an escalation for the manager.
            QCOMPARE(m_co.count(QStringLiteral("SELECT credit_hold FROM clients WHERE id = ?"),
                                {fox}),
                     1);
            const QStringList managers = queue(m_co.manager, n);
            QVERIFY2(has(managers, QStringLiteral("FOX:escalation")),
                     qPrintable(managers.join(u' ')));
            // CHARLIE is disputed: nothing after day 0.
            QCOMPARE(outbox(charlie), 1);
            // DELTA is on a plan with the installment paid: nothing after day 0.
            QCOMPARE(outbox(delta), 1);
            break;
        }
        case 11: // B-2 fell due on day 10.
            QVERIFY2(has(morning, QStringLiteral("BRAVO:new_overdue")),
                     qPrintable(morning.join(u' ')));
            break;
        case 15:
            // ALPHA second reminder and call; BRAVO (second reminder on day 5) held by its
            // promise since day 12: B-2 does not get its +5 reminder.
            QCOMPARE(lastTemplate(alpha), QStringLiteral("second-reminder"));
            QCOMPARE(outbox(bravo), 2);
            QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM reminder_log WHERE "
                                               "invoice_id = ?"),
                                {b2}),
                     0);
            break;
        case 18:
            QVERIFY2(has(morning, QStringLiteral("BRAVO:promise_due")),
                     qPrintable(morning.join(u' ')));
            QCOMPARE(outbox(bravo), 2);
            break;
        case 21: {
            // The promise broke (deadline day 20): BRAVO is in the queue and chased again,
            // one message for both invoices, the statement of B-1 (31 days) leading.
            QVERIFY2(has(morning, QStringLiteral("BRAVO:promise_broken")),
                     qPrintable(morning.join(u' ')));
            QCOMPARE(outbox(bravo), 3);
            QCOMPARE(lastTemplate(bravo), QStringLiteral("statement"));
            QCOMPARE(mailer.calls.last().invoiceIds.size(), 2);
            QCOMPARE(scalar(m_co.db->connection(),
                            QStringLiteral("SELECT status FROM promises WHERE client_id = ?"),
                            {bravo})
                             .toString(),
                     QStringLiteral("broken"));
            break;
        }
        case 22: // Contacted: the broken promise is no longer a reason.
            QVERIFY2(!mentions(evening, QStringLiteral("BRAVO"))
                             || !evening.join(u' ').contains(QLatin1String("promise_broken")),
                     qPrintable(evening.join(u' ')));
            break;
        case 25: // ALPHA paid on day 20: its +30 statement never goes.
            QCOMPARE(outbox(alpha), 2);
            break;
        case 30: // Dispute rejected: CHARLIE (35 days) gets the statement.
            QCOMPARE(outbox(charlie), 2);
            QCOMPARE(lastTemplate(charlie), QStringLiteral("statement"));
            break;
        case 32: // DELTA's second installment (day 30) is within its grace days.
            QCOMPARE(scalar(m_co.db->connection(),
                            QStringLiteral("SELECT status FROM payment_plans"))
                             .toString(),
                     QStringLiteral("active"));
            QCOMPARE(outbox(delta), 1);
            break;
        case 33:
            // Missed: the plan defaults, the client is in the queue and chased again.
            QVERIFY2(has(morning, QStringLiteral("DELTA:plan_missed")),
                     qPrintable(morning.join(u' ')));
            QCOMPARE(scalar(m_co.db->connection(),
                            QStringLiteral("SELECT status FROM payment_plans"))
                             .toString(),
                     QStringLiteral("defaulted"));
            QCOMPARE(outbox(delta), 2);
            QCOMPARE(lastTemplate(delta), QStringLiteral("final-notice"));
            break;
        default:
            break;
        }
    }
    // Over the 60 days: never more than one message per client per day, every message in
    // the log, ALPHA's two reminders only.
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM (SELECT client_id, created_at FROM "
                                       "outbox GROUP BY client_id, created_at HAVING count(*) > "
                                       "1)")),
             0);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 "
                                       "FROM reminder_log l WHERE l.outbox_id = o.id)")),
             0);
    QCOMPARE(outbox(alpha), 2);
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM outbox")),
             qint64(mailer.calls.size()));
    // The promise-kept rate of the clerk: one promise, broken.
    auto rates
            = PromiseService(m_co.db, m_co.clerk).keptRates(PromiseService::RateBy::Clerk, day(59));
    VERIFY_OK(rates);
    QCOMPARE(rates.value().size(), 1);
    QCOMPARE(rates.value().first().rate.countRateTenths(), 0);
}

QTEST_GUILESS_MAIN(TestWorkflowSimulation)
#include "tst_workflowsimulation.moc"
