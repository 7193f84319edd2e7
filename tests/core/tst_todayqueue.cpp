// SPDX-License-Identifier: MIT
// The Today queue on a real company file: each reason puts the client in the queue with a text
// that says why, snoozed tasks wait, a broken promise leaves the queue once the client was
// contacted, other clerks' clients stay out, and the order follows the (editable) weights.
#include "core/services/reminderservice.h"
#include "core/services/taskservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/companysettings.h"
#include "core/storage/todayqueue.h"
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
    void automaticEmailIsATouchNotAConversation();

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
        auto rows = TodayQueue(m_co.db->connection()).forUser(user, day);
        if (!rows) {
            qWarning("%s", qPrintable(rows.errorString()));
            return {};
        }
        return rows.value();
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
    QCOMPARE(kinds(rows, QStringLiteral("FOLLOW")), QStringList {QStringLiteral("follow_up")});
    QCOMPARE(kinds(rows, QStringLiteral("PDUE")), QStringList {QStringLiteral("promise_due")});
    QCOMPARE(kinds(rows, QStringLiteral("BROKEN")), QStringList {QStringLiteral("promise_broken")});
    QCOMPARE(kinds(rows, QStringLiteral("DISPUTE")), QStringList {QStringLiteral("dispute")});
    QCOMPARE(kinds(rows, QStringLiteral("FRESH")), QStringList {QStringLiteral("new_overdue")});
    QCOMPARE(kinds(rows, QStringLiteral("OLDER")), QStringList());
    QCOMPARE(kinds(rows, QStringLiteral("PLAN")), QStringList {QStringLiteral("plan_missed")});
    QCOMPARE(kinds(rows, QStringLiteral("REMIND")), QStringList {QStringLiteral("reminder_call")});
    for (const auto &r : rows) {
        QVERIFY(!r.reasons.first().text.isEmpty());
        QVERIFY(r.score.total >= 0 && r.score.total <= 100);
        QVERIFY(!r.score.explain().isEmpty());
    }
    // The texts say why.
    for (const auto &r : rows) {
        if (r.code == QLatin1String("BROKEN")) {
            QVERIFY2(r.reasons.first().text.contains(m_day.addDays(-5).toString(Qt::ISODate)),
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
    QCOMPARE(kinds(queue(m_co.clerk, m_day), QStringLiteral("BROKEN")),
             QStringList {QStringLiteral("promise_broken")});
    VERIFY_OK(m_co.call(c, m_day.addDays(-1)));
    QCOMPARE(kinds(queue(m_co.clerk, m_day), QStringLiteral("BROKEN")), QStringList());
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
    const TodayQueue::Row before = row();
    QCOMPARE(before.daysSinceContact, 10);
    QVERIFY(before.reasons.size() == 1);

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
    QCOMPARE(kinds({after}, QStringLiteral("AUTO")),
             QStringList {QStringLiteral("promise_broken")});
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
    QCOMPARE(kinds(queue(m_co.clerk, m_day), QStringLiteral("AUTO")), QStringList());
}

QTEST_GUILESS_MAIN(TestTodayQueue)
#include "tst_todayqueue.moc"
