// SPDX-License-Identifier: MIT
// The Today queue on a real company file: each reason puts the client in the queue with a text
// that says why, snoozed tasks wait, a broken promise leaves the queue once the client was
// contacted, other clerks' clients stay out, and the order follows the (editable) weights.
#include "core/mail/smtpsettings.h"
#include "core/services/callattemptservice.h"
#include "core/services/demogenerator.h"
#include "core/services/pauseservice.h"
#include "core/services/reminderservice.h"
#include "core/services/taskservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/companysettings.h"
#include "core/storage/contactrepository.h"
#include "core/storage/todayqueue.h"
#include "core/storage/transaction.h"
#include "support/workflowsupport.h"

using namespace ardesk;
using namespace ardesk::test;

class TestTodayQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void eachReasonBringsTheClient();
    void snoozedTaskWaitsUntilItsDate();
    void brokenPromiseLeavesOnceContacted();
    void otherClerksClientsStayOut();
    void orderFollowsTheWeights();
    void summaryAndInvoicesAgree();
    void reminderStepsDueWithoutARun();
    void emailStepDueOnceEmailIsSetUp();
    void dialledCallStaysUntilLogged();
    void dialledCallDismissedByTheCallerOnly();
    void automaticEmailIsATouchNotAConversation();
    void factsReadBesideGiveTheSameQueue();
    void insideATransactionTheQueueSeesItsWrites();

private:
    /// An e-mail note as the outbox writes one when a reminder is sent.
    Result<Note> automaticEmail(qint64 clientId, const QDateTime &at)
    {
        NoteService::Draft d;
        d.note.clientId = clientId;
        d.note.channel = NoteChannel::Email;
        d.note.direction = NoteDirection::Outbound;
        d.note.occurredAt = at;
        d.note.text = QStringLiteral("E-mail sent: Second reminder");
        return NoteService(m_co.db, m_co.manager).add(d);
    }
    QList<TodayQueue::Row> queue(qint64 user, const QDate &day)
    {
        auto rows = TodayQueue(*m_co.db).forUser(user, day);
        if (!rows) {
            qWarning("%s", qPrintable(rows.errorString()));
            return {};
        }
        return rows.value();
    }
    static QStringList texts(const QList<TodayQueue::Row> &rows, const QString &code)
    {
        QStringList out;
        for (const auto &r : rows) {
            for (const auto &why : r.reasons) {
                if (r.code == code)
                    out << why.text;
            }
        }
        return out;
    }
    static QStringList kinds(const QList<TodayQueue::Row> &rows, const QString &code)
    {
        QStringList out;
        for (const auto &r : rows) {
            if (r.code != code)
                continue;
            for (const auto &why : r.reasons)
                out << why.kind;
        }
        return out;
    }
    ScratchDir m_dir;
    WorkflowCompany m_co;
    const QDate m_day {2026, 5, 15};
};

void TestTodayQueue::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("queue.ardesk"))));
}

void TestTodayQueue::eachReasonBringsTheClient()
{
    const qint64 fu = m_co.client(QStringLiteral("FOLLOW"));
    m_co.invoice(fu, QStringLiteral("F-1"), m_day.addDays(-30), 10000);
    VERIFY_OK(m_co.call(fu, m_day.addDays(-7), m_day));
    const qint64 due = m_co.client(QStringLiteral("PDUE"));
    m_co.invoice(due, QStringLiteral("P-1"), m_day.addDays(-30), 10000);
    VERIFY_OK(m_co.promise(due, m_day.addDays(-3), QStringLiteral("100.00"), m_day));
    const qint64 broken = m_co.client(QStringLiteral("BROKEN"));
    m_co.invoice(broken, QStringLiteral("B-1"), m_day.addDays(-40), 10000);
    VERIFY_OK(
            m_co.promise(broken, m_day.addDays(-10), QStringLiteral("100.00"), m_day.addDays(-5)));
    const qint64 disp = m_co.client(QStringLiteral("DISPUTE"));
    m_co.invoice(disp, QStringLiteral("D-1"), m_day.addDays(-20), 10000);
    VERIFY_OK(m_co.dispute(disp, m_day.addDays(-1), QStringLiteral("D-1")));
    const qint64 fresh = m_co.client(QStringLiteral("FRESH"));
    m_co.invoice(fresh, QStringLiteral("N-1"), m_day.addDays(-2), 10000);
    const qint64 older = m_co.client(QStringLiteral("OLDER"));
    m_co.invoice(older, QStringLiteral("O-1"), m_day.addDays(-4), 10000);
    const qint64 plan = m_co.client(QStringLiteral("PLAN"));
    m_co.invoice(plan, QStringLiteral("L-1"), m_day.addDays(-60), 20000);
    VERIFY_OK(m_co.plan(plan, m_day.addDays(-40),
                        QStringLiteral("100.00:%1; 100.00:%2")
                                .arg(m_day.addDays(-10).toString(Qt::ISODate),
                                     m_day.addDays(20).toString(Qt::ISODate))));
    const qint64 remind = m_co.client(QStringLiteral("REMIND"));
    m_co.invoice(remind, QStringLiteral("R-1"), m_day.addDays(-16), 10000);
    RecordingMailer mailer(m_co.db);
    auto plan16 = ReminderService(m_co.db, m_co.clerk, &mailer).plan(m_day, {remind});
    VERIFY_OK(plan16);
    VERIFY_OK(ReminderService(m_co.db, m_co.clerk, &mailer).apply(plan16.value()));

    const auto rows = queue(m_co.clerk, m_day);
    // Nobody ran reminders for the others: the policy's steps due that need a person are
    // reasons too (#12: Today is complete on its own); held ones (promise, dispute) are not.
    const QString stepDue = QStringLiteral("step_due");
    QCOMPARE(kinds(rows, QStringLiteral("FOLLOW")),
             (QStringList {QStringLiteral("follow_up"), stepDue}));
    QCOMPARE(kinds(rows, QStringLiteral("PDUE")), QStringList {QStringLiteral("promise_due")});
    QCOMPARE(kinds(rows, QStringLiteral("BROKEN")),
             (QStringList {QStringLiteral("promise_broken"), stepDue}));
    QCOMPARE(kinds(rows, QStringLiteral("DISPUTE")), QStringList {QStringLiteral("dispute")});
    QCOMPARE(kinds(rows, QStringLiteral("FRESH")), QStringList {QStringLiteral("new_overdue")});
    QCOMPARE(kinds(rows, QStringLiteral("OLDER")), QStringList());
    QCOMPARE(kinds(rows, QStringLiteral("PLAN")),
             (QStringList {QStringLiteral("plan_missed"), stepDue, stepDue, stepDue}));
    QCOMPARE(kinds(rows, QStringLiteral("REMIND")), QStringList {QStringLiteral("reminder_call")});
    for (const auto &r : rows) {
        QVERIFY(!r.reasons.first().text.isEmpty());
        QVERIFY(r.score.total >= 0 && r.score.total <= 100);
        QVERIFY(!r.score.explain().isEmpty());
    }
    // The texts say why.
    for (const auto &r : rows) {
        if (r.code == QLatin1String("BROKEN")) {
            // The date as the company (en_US) writes every date: 12/11/2026, not 2026-12-11.
            QVERIFY2(r.reasons.first().text.contains(
                             m_day.addDays(-5).toString(QStringLiteral("M/d/yyyy"))),
                     qPrintable(r.reasons.first().text));
            QCOMPARE(r.brokenPromises, 1);
            QCOMPARE(r.overdueMinor, 10000);
            QCOMPARE(r.oldestDaysLate, 40);
        }
    }
}

void TestTodayQueue::snoozedTaskWaitsUntilItsDate()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    TaskService tasks(m_co.db, m_co.clerk);
    TaskService::Task t;
    t.clientId = c;
    t.title = QStringLiteral("Ask for the remittance advice");
    t.dueDate = m_day;
    VERIFY_OK(tasks.create(t));
    QCOMPARE(t.ownerId, m_co.clerk);
    QCOMPARE(queue(m_co.clerk, m_day).size(), 1);
    VERIFY_OK(tasks.snooze(t.id, m_day.addDays(2), t.version));
    QCOMPARE(queue(m_co.clerk, m_day).size(), 0);
    QCOMPARE(queue(m_co.clerk, m_day.addDays(2)).size(), 1);
    // A stale version is refused; done takes it out for good.
    QCOMPARE(tasks.markDone(t.id, t.version).error().code, ErrorCode::Conflict);
    VERIFY_OK(tasks.markDone(t.id));
    QCOMPARE(queue(m_co.clerk, m_day.addDays(2)).size(), 0);
}

void TestTodayQueue::brokenPromiseLeavesOnceContacted()
{
    const qint64 c = m_co.client(QStringLiteral("BROKEN"));
    m_co.invoice(c, QStringLiteral("B-1"), m_day.addDays(-40), 10000);
    VERIFY_OK(m_co.promise(c, m_day.addDays(-10), QStringLiteral("100.00"), m_day.addDays(-5)));
    // The policy's call step is due as well (nobody ran reminders); the call does not take it.
    QCOMPARE(kinds(queue(m_co.clerk, m_day), QStringLiteral("BROKEN")),
             (QStringList {QStringLiteral("promise_broken"), QStringLiteral("step_due")}));
    VERIFY_OK(m_co.call(c, m_day.addDays(-1)));
    QCOMPARE(kinds(queue(m_co.clerk, m_day), QStringLiteral("BROKEN")),
             QStringList {QStringLiteral("step_due")});
}

void TestTodayQueue::otherClerksClientsStayOut()
{
    const qint64 c = m_co.client(QStringLiteral("FRESH"));
    m_co.invoice(c, QStringLiteral("N-1"), m_day.addDays(-1), 10000);
    QCOMPARE(queue(m_co.clerk, m_day).size(), 1);
    QCOMPARE(queue(m_co.manager, m_day).size(), 0);
    // A task the manager owns brings the client into the manager's queue.
    TaskService::Task t;
    t.clientId = c;
    t.ownerId = m_co.manager;
    t.kind = TaskService::Kind::Escalation;
    t.title = QStringLiteral("Decide on credit");
    t.dueDate = m_day;
    VERIFY_OK(TaskService(m_co.db, m_co.manager).create(t));
    QCOMPARE(kinds(queue(m_co.manager, m_day), QStringLiteral("FRESH")),
             QStringList {QStringLiteral("escalation")});
    // Bulk reassignment is for managers.
    QCOMPARE(TaskService(m_co.db, m_co.clerk).reassignAll(m_co.manager, m_co.clerk).error().code,
             ErrorCode::PermissionDenied);
    auto moved = TaskService(m_co.db, m_co.manager).reassignAll(m_co.manager, m_co.clerk);
    VERIFY_OK(moved);
    QCOMPARE(moved.value(), 1);
    QCOMPARE(queue(m_co.manager, m_day).size(), 0);
}

void TestTodayQueue::orderFollowsTheWeights()
{
    const qint64 big = m_co.client(QStringLiteral("BIG"));
    m_co.invoice(big, QStringLiteral("G-1"), m_day.addDays(-2), 5000000);
    const qint64 late = m_co.client(QStringLiteral("LATE"));
    m_co.invoice(late, QStringLiteral("L-1"), m_day.addDays(-100), 10000);
    m_co.invoice(late, QStringLiteral("L-2"), m_day.addDays(-1), 10000);
    auto rows = queue(m_co.clerk, m_day);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().code, QStringLiteral("LATE")); // default: days weigh in, no contact
    VERIFY_OK(writeSetting(m_co.db->connection(), QStringLiteral("workflow.priority_weights"),
                           QStringLiteral("{\"amount_overdue\":100,\"days_overdue\":0,"
                                          "\"broken_promises\":0,\"days_since_contact\":0,"
                                          "\"over_credit_limit\":0}")));
    rows = queue(m_co.clerk, m_day);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().code, QStringLiteral("BIG"));
    VERIFY_OK(writeSetting(m_co.db->connection(), QStringLiteral("workflow.priority_weights"),
                           QStringLiteral("{\"amount_overdue\":5}")));
    auto bad = TodayQueue(m_co.db->connection()).forUser(m_co.clerk, m_day);
    QVERIFY(!bad);
    QVERIFY(bad.errorString().contains(QLatin1String("workflow.priority_weights")));
}

// The overdue figures come from the AR summary when it is at the queue's date, else from the
// invoices: both give the same rows.
void TestTodayQueue::summaryAndInvoicesAgree()
{
    const qint64 a = m_co.client(QStringLiteral("A"));
    m_co.invoice(a, QStringLiteral("A-1"), m_day.addDays(-2), 12345);
    m_co.invoice(a, QStringLiteral("A-2"), m_day.addDays(-50), 1000);
    m_co.invoice(a, QStringLiteral("A-3"), m_day.addDays(5), 777);
    const qint64 b = m_co.client(QStringLiteral("B"));
    m_co.invoice(b, QStringLiteral("B-1"), m_day.addDays(-1), 500);
    VERIFY_OK(m_co.pay(b, m_day.addDays(-1), 200));
    VERIFY_OK(ArSummary(m_co.db->connection()).rebuildAll(m_day.addDays(30)));
    const auto fromInvoices = queue(m_co.clerk, m_day);
    VERIFY_OK(ArSummary(m_co.db->connection()).rebuildAll(m_day));
    const auto fromSummary = queue(m_co.clerk, m_day);
    QCOMPARE(fromSummary.size(), 2);
    QCOMPARE(fromInvoices.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(fromSummary.at(i).code, fromInvoices.at(i).code);
        QCOMPARE(fromSummary.at(i).overdueMinor, fromInvoices.at(i).overdueMinor);
        QCOMPARE(fromSummary.at(i).oldestDaysLate, fromInvoices.at(i).oldestDaysLate);
        QCOMPARE(fromSummary.at(i).score.total, fromInvoices.at(i).score.total);
    }
    QCOMPARE(fromSummary.at(0).code, QStringLiteral("A"));
    QCOMPARE(fromSummary.at(0).overdueMinor, 13345);
    QCOMPARE(fromSummary.at(0).oldestDaysLate, 50);
    QCOMPARE(fromSummary.at(1).overdueMinor, 300);
}

// #12: the priority showed "contact 0" minutes after an automated notice. The score counts the
// last conversation (a call that reached someone, a meeting, anything inbound); an automatic
// e-mail or a voicemail is only a touch, and a broken promise stays until someone talks.
void TestTodayQueue::automaticEmailIsATouchNotAConversation()
{
    const qint64 c = m_co.client(QStringLiteral("AUTO"));
    m_co.invoice(c, QStringLiteral("A-1"), m_day.addDays(-40), 10000);
    VERIFY_OK(m_co.call(c, m_day.addDays(-12)));
    VERIFY_OK(m_co.promise(c, m_day.addDays(-10), QStringLiteral("100.00"), m_day.addDays(-5)));
    const auto row = [&]() {
        for (const auto &r : queue(m_co.clerk, m_day)) {
            if (r.clientId == c)
                return r;
        }
        return TodayQueue::Row();
    };
    // The policy's steps due on the 40-day invoice are reasons too (step_due); this test is
    // about the conversation, so they are left aside.
    const auto talkReasons = [](const QList<TodayQueue::Row> &rows) {
        QStringList k = kinds(rows, QStringLiteral("AUTO"));
        k.removeAll(QStringLiteral("step_due"));
        return k;
    };
    const TodayQueue::Row before = row();
    QCOMPARE(before.daysSinceContact, 10);
    QCOMPARE(talkReasons({before}), QStringList {QStringLiteral("promise_broken")});

    VERIFY_OK(automaticEmail(c, WorkflowCompany::at(m_day, 9)));
    NoteService::Draft voicemail;
    voicemail.note.clientId = c;
    voicemail.note.channel = NoteChannel::Call;
    voicemail.note.outcome = NoteOutcome::LeftVoicemail;
    voicemail.note.occurredAt = WorkflowCompany::at(m_day, 9);
    voicemail.note.text = QStringLiteral("Left a message");
    voicemail.note.noFollowUpNeeded = true;
    VERIFY_OK(NoteService(m_co.db, m_co.clerk).add(voicemail));
    const TodayQueue::Row after = row();
    QCOMPARE(after.clientId, c); // the broken promise still needs a call
    QCOMPARE(talkReasons({after}), QStringList {QStringLiteral("promise_broken")});
    QCOMPARE(after.daysSinceContact, 10);
    QCOMPARE(after.score.total, before.score.total);
    QCOMPARE(after.daysSinceTouch, 0);
    QCOMPARE(after.lastContact, WorkflowCompany::at(m_day, 9));
    QCOMPARE(after.lastConversation, WorkflowCompany::at(m_day.addDays(-10)));

    // The summary agrees after a full rebuild, and an inbound e-mail is a conversation.
    VERIFY_OK(ArSummary(*m_co.db).rebuildAll(m_day));
    QCOMPARE(row().daysSinceContact, 10);
    NoteService::Draft reply;
    reply.note.clientId = c;
    reply.note.channel = NoteChannel::Email;
    reply.note.direction = NoteDirection::Inbound;
    reply.note.occurredAt = WorkflowCompany::at(m_day, 10);
    reply.note.text = QStringLiteral("We will pay on Friday");
    VERIFY_OK(NoteService(m_co.db, m_co.clerk).add(reply));
    QCOMPARE(talkReasons(queue(m_co.clerk, m_day)), QStringList());
}

/// What a row shows, in the queue's order, to compare two queues.
static QStringList shown(const QList<TodayQueue::Row> &rows)
{
    QStringList out;
    for (const TodayQueue::Row &r : rows) {
        QStringList reasons;
        for (const TodayQueue::Reason &why : r.reasons)
            reasons << why.kind + u':' + why.text;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 | %8")
                        .arg(r.code)
                        .arg(r.score.total)
                        .arg(r.overdueMinor)
                        .arg(r.oldestDaysLate)
                        .arg(r.daysSinceContact)
                        .arg(r.brokenPromises)
                        .arg(r.overCreditLimit)
                        .arg(reasons.join(QStringLiteral("; ")));
    }
    return out;
}

/// On a Database the queue reads its chase facts on a second connection while it reads the rest
/// (Database::readBeside); on a bare connection it reads everything itself. A demo company's
/// queues are the same either way, for every clerk, today and on other days (a past day reads
/// the contacts from the notes and the overdue figures from the invoices).
void TestTodayQueue::factsReadBesideGiveTheSameQueue()
{
    DemoGenerator::Options o;
    o.clients = 120;
    o.seed = 5;
    o.asOf = m_co.db->today();
    VERIFY_OK(DemoGenerator(m_co.db).generate(o));
    QSqlQuery clerks(m_co.db->connection());
    QVERIFY(clerks.exec(QStringLiteral("SELECT DISTINCT assigned_user_id FROM clients WHERE "
                                       "assigned_user_id IS NOT NULL ORDER BY 1")));
    QList<qint64> users;
    while (clerks.next())
        users << clerks.value(0).toLongLong();
    QVERIFY(users.size() >= 2);
    int rows = 0;
    for (qint64 user : std::as_const(users)) {
        for (const QDate &day : {o.asOf, o.asOf.addDays(-20), o.asOf.addDays(9)}) {
            auto beside = TodayQueue(*m_co.db).forUser(user, day);
            auto alone = TodayQueue(m_co.db->connection()).forUser(user, day);
            VERIFY_OK(beside);
            VERIFY_OK(alone);
            QCOMPARE(shown(beside.value()), shown(alone.value()));
            rows += int(beside.value().size());
        }
    }
    QVERIFY2(rows > 20, qPrintable(QString::number(rows))); // the demo's clerks have work
}

/// A queue asked for inside a transaction (a use case that writes, then shows the queue) sees
/// what the transaction wrote: its chase facts are not read on a second connection, which would
/// not see the writes until the commit.
void TestTodayQueue::insideATransactionTheQueueSeesItsWrites()
{
    const qint64 acme = m_co.client(QStringLiteral("ACME"));
    const QDate today = m_co.db->today();
    WriteTransaction tx(*m_co.db);
    VERIFY_OK(tx.begin());
    QVERIFY(m_co.invoice(acme, QStringLiteral("INV-9"), today.addDays(-40), 50000) != 0);
    const auto rows = queue(m_co.clerk, today);
    QVERIFY2(kinds(rows, QStringLiteral("ACME")).contains(QStringLiteral("step_due")),
             qPrintable(texts(rows, QStringLiteral("ACME")).join(u'\n')));
    tx.rollback();
    QVERIFY(queue(m_co.clerk, today).isEmpty());
}

QTEST_GUILESS_MAIN(TestTodayQueue)
#include "tst_todayqueue.moc"

// Nobody ran reminders: the steps the policy says are due and need a person are in Today all
// the same, by the reminder run's own rules and holds; once a run took a step, its task is the
// one reason.
void TestTodayQueue::reminderStepsDueWithoutARun()
{
    const qint64 delta = m_co.client(QStringLiteral("DELTA"));
    const qint64 inv1042
            = m_co.invoice(delta, QStringLiteral("INV-1042"), m_day.addDays(-56), 5580000);
    const qint64 old = m_co.client(QStringLiteral("OLD"));
    m_co.invoice(old, QStringLiteral("INV-7"), m_day.addDays(-695), 10000);
    // What holds remind holds Today: a dispute, a promise in force, do-not-contact, a pause.
    const qint64 disputed = m_co.client(QStringLiteral("DISP"));
    m_co.invoice(disputed, QStringLiteral("D-1"), m_day.addDays(-56), 10000);
    VERIFY_OK(m_co.dispute(disputed, m_day.addDays(-1), QStringLiteral("D-1")));
    const qint64 promised = m_co.client(QStringLiteral("PROM"));
    m_co.invoice(promised, QStringLiteral("P-1"), m_day.addDays(-56), 10000);
    VERIFY_OK(
            m_co.promise(promised, m_day.addDays(-1), QStringLiteral("100.00"), m_day.addDays(5)));
    const qint64 dnc = m_co.client(QStringLiteral("DNC"), QString(), true, true, true);
    m_co.invoice(dnc, QStringLiteral("X-1"), m_day.addDays(-56), 10000);
    const qint64 paused = m_co.client(QStringLiteral("PAUSED"));
    m_co.invoice(paused, QStringLiteral("Z-1"), m_day.addDays(-56), 10000);
    VERIFY_OK(PauseService(m_co.db, m_co.clerk)
                      .pauseClient(paused, std::max(m_day, m_co.db->today()).addDays(30),
                                   QStringLiteral("audit")));

    auto rows = queue(m_co.clerk, m_day);
    QCOMPARE(kinds(rows, QStringLiteral("DELTA")), QStringList {QStringLiteral("step_due")});
    // "56 days late" once the English plurals are loaded ("%n day(s)" in the source).
    QCOMPARE(texts(rows, QStringLiteral("DELTA")).size(), 1);
    QVERIFY2(texts(rows, QStringLiteral("DELTA"))
                     .first()
                     .startsWith(QStringLiteral("Call step due: INV-1042, 56 day")),
             qPrintable(texts(rows, QStringLiteral("DELTA")).join(u'|')));
    for (const auto &r : rows) {
        if (r.code == QLatin1String("DELTA"))
            QCOMPARE(r.reasons.first().refId, inv1042);
    }
    // 695 days: the call, the credit hold, the escalation and the review, each said once.
    QStringList steps;
    for (const QString &t : texts(rows, QStringLiteral("OLD")))
        steps << t.section(QStringLiteral(": INV-7, 695 day"), 0, 0);
    QCOMPARE(steps,
             (QStringList {QStringLiteral("Call step due"), QStringLiteral("Credit hold step due"),
                           QStringLiteral("Escalate to manager step due"),
                           QStringLiteral("Collections / legal review step due")}));
    for (const char *held : {"DISP", "PROM", "DNC", "PAUSED"})
        QVERIFY2(!kinds(rows, QLatin1String(held)).contains(QStringLiteral("step_due")), held);

    RecordingMailer mailer(m_co.db);
    VERIFY_OK(ReminderService(m_co.db, m_co.clerk, &mailer).run(m_day));
    rows = queue(m_co.clerk, m_day);
    QCOMPARE(kinds(rows, QStringLiteral("DELTA")), QStringList {QStringLiteral("reminder_call")});
    // The escalation and the review are the manager's tasks now; the hold is on.
    QCOMPARE(kinds(rows, QStringLiteral("OLD")), QStringList {QStringLiteral("reminder_call")});
}

// An e-mail step is due for a person only when a run would send it: with e-mail set up and
// nobody having run reminders.
void TestTodayQueue::emailStepDueOnceEmailIsSetUp()
{
    const qint64 c = m_co.client(QStringLiteral("MAILME"));
    m_co.invoice(c, QStringLiteral("M-1"), m_day.addDays(-8), 10000);
    QCOMPARE(kinds(queue(m_co.clerk, m_day), QStringLiteral("MAILME")), QStringList());
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = 2525;
    s.security = SmtpSettings::Security::None;
    s.fromAddress = QStringLiteral("ar@example.com");
    VERIFY_OK(s.save(*m_co.db));
    const QStringList due = texts(queue(m_co.clerk, m_day), QStringLiteral("MAILME"));
    QCOMPARE(due.size(), 1);
    QVERIFY2(due.first().startsWith(QStringLiteral("E-mail reminder step due: M-1, 8 day")),
             qPrintable(due.first()));
}

// A call dialled and never logged stays in the dialler's Today (only theirs) until a call note
// of theirs for the client at or after the dial logs it; an earlier call note does not.
void TestTodayQueue::dialledCallStaysUntilLogged()
{
    ScratchDir dir;
    QVERIFY(dir.renew());
    // Noon UTC, the company's zone: "12:00" whatever the zone the test runs in.
    auto clock = std::make_shared<FixedClock>(QDateTime(m_day, QTime(12, 0), Qt::UTC));
    WorkflowCompany co;
    QVERIFY(co.open(dir.filePath(QStringLiteral("calls.ardesk")), clock));
    const qint64 c = co.client(QStringLiteral("RING"));
    auto contacts = ContactRepository(*co.db).forClient(c);
    VERIFY_OK(contacts);
    const Contact contact = contacts.value().first();
    VERIFY_OK(co.call(c, m_day, {}, clock->now().addSecs(-3600))); // an hour before
    auto dialled = CallAttemptService(co.db, co.clerk).dial(c, contact, contact.phones.first());
    VERIFY_OK(dialled);
    QCOMPARE(dialled.value().dialledAt, clock->now());
    clock->advanceSeconds(37);

    auto rows = TodayQueue(co.db->connection()).forUser(co.clerk, m_day);
    VERIFY_OK(rows);
    QCOMPARE(kinds(rows.value(), QStringLiteral("RING")),
             QStringList {QStringLiteral("call_not_logged")});
    QCOMPARE(texts(rows.value(), QStringLiteral("RING")),
             QStringList {QStringLiteral("Call to %1 at 12:00 not logged").arg(contact.name)});
    QCOMPARE(rows.value().first().reasons.first().refId, dialled.value().id);
    // Not the manager's: they did not dial it.
    auto theirs = TodayQueue(co.db->connection()).forUser(co.manager, m_day);
    VERIFY_OK(theirs);
    QVERIFY(kinds(theirs.value(), QStringLiteral("RING")).isEmpty());
    // Still there the next day.
    rows = TodayQueue(co.db->connection()).forUser(co.clerk, m_day.addDays(1));
    VERIFY_OK(rows);
    QCOMPARE(texts(rows.value(), QStringLiteral("RING")),
             QStringList {QStringLiteral("Call to %1 at %2 12:00 not logged")
                                  .arg(contact.name, m_day.toString(Qt::ISODate))});

    // Logged at the minute of the dial (a note's time has no seconds): gone by itself.
    VERIFY_OK(co.call(c, m_day, {}, dialled.value().dialledAt));
    rows = TodayQueue(co.db->connection()).forUser(co.clerk, m_day);
    VERIFY_OK(rows);
    QVERIFY(kinds(rows.value(), QStringLiteral("RING")).isEmpty());
}

// "No call took place": the dialler says so, the item goes, with an audit row; nobody else may.
void TestTodayQueue::dialledCallDismissedByTheCallerOnly()
{
    const qint64 c = m_co.client(QStringLiteral("RING"));
    auto contacts = ContactRepository(*m_co.db).forClient(c);
    VERIFY_OK(contacts);
    Contact contact = contacts.value().first();
    auto dialled = CallAttemptService(m_co.db, m_co.clerk).dial(c, contact, contact.phones.first());
    VERIFY_OK(dialled);
    const QDate today = m_co.db->today();
    QCOMPARE(kinds(queue(m_co.clerk, today), QStringLiteral("RING")),
             QStringList {QStringLiteral("call_not_logged")});
    auto other = CallAttemptService(m_co.db, m_co.manager).dismiss(dialled.value().id);
    QVERIFY(!other);
    QVERIFY2(other.errorString().contains(QLatin1String("only the user who dialled")),
             qPrintable(other.errorString()));
    VERIFY_OK(CallAttemptService(m_co.db, m_co.clerk).dismiss(dialled.value().id));
    QVERIFY(kinds(queue(m_co.clerk, today), QStringLiteral("RING")).isEmpty());
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                       "'call_attempt' AND action = 'dismiss'")),
             1);
    QCOMPARE(CallAttemptService(m_co.db, m_co.clerk).dismiss(dialled.value().id).error().code,
             ErrorCode::Conflict);
    // Bad input is refused with nothing written: a number that did not parse, do-not-contact.
    Phone bad;
    bad.raw = QStringLiteral("call me");
    auto refused = CallAttemptService(m_co.db, m_co.clerk).dial(c, contact, bad);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QLatin1String("call me")),
             qPrintable(refused.errorString()));
    contact.doNotContact = true;
    QVERIFY(!CallAttemptService(m_co.db, m_co.clerk).dial(c, contact, contact.phones.first()));
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM call_attempts")), 1);
}
