// SPDX-License-Identifier: MIT
// The collection workflow from the real ardesk-cli binary: policy list/assign, remind (dry run
// changes nothing, a second run does nothing), why, promises, queue and tasks, with --json.
// The company is prepared through the core; every command under test is the binary.
#include "core/support/clock.h"
#include "core/support/timeutil.h"
#include "support/workflowsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ardesk;
using namespace ardesk::test;

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void policyListAndAssign();
    void remindDryRunThenTwice();
    void whyExplainsHolds();
    void promisesAndRates();
    void queueAndTasks();
    void remindQueuesMessagesOnceSmtpIsSet();
    void remindHoldsTheEmailAtTheContactCap();
    void queueOfNoUserOfTheFileIsAnError();
    void queueWeightsAreSetByNameAndChecked();

private:
    void setUpMail();
    CliRun cli(const QStringList &args, const QString &user = QStringLiteral("ann")) const
    {
        return runCli(
                m_dir.path(),
                QStringList {QStringLiteral("--db"), m_co.path, QStringLiteral("--user"), user}
                        + args);
    }
    static QJsonDocument json(const CliRun &r) { return QJsonDocument::fromJson(r.out); }
    ScratchDir m_dir;
    WorkflowCompany m_co;
    const QDate m_day {2026, 4, 20};
    qint64 m_acme = 0;
};

void TestCliWorkflow::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
}

void TestCliWorkflow::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("cli.ardesk"))));
    m_acme = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(m_acme, QStringLiteral("A-1"), m_day.addDays(-16), 10000);
    m_co.invoice(m_acme, QStringLiteral("A-2"), m_day.addDays(-40), 20000);
    const qint64 beta = m_co.client(QStringLiteral("BETA"));
    m_co.invoice(beta, QStringLiteral("B-1"), m_day.addDays(-20), 5000);
    VERIFY_OK(m_co.dispute(beta, m_day.addDays(-2), QStringLiteral("B-1")));
    const qint64 gamma = m_co.client(QStringLiteral("GAMMA"));
    m_co.invoice(gamma, QStringLiteral("G-1"), m_day.addDays(-30), 9000);
    VERIFY_OK(m_co.promise(gamma, m_day.addDays(-15), QStringLiteral("90.00"), m_day.addDays(-9)));
    m_co.db.reset(); // closed: the binary is the only writer
}

void TestCliWorkflow::cleanup()
{
    m_co.db.reset();
}

void TestCliWorkflow::policyListAndAssign()
{
    const CliRun list
            = cli({QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray policies = json(list).array();
    QCOMPARE(policies.size(), 2);
    QCOMPARE(policies.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Standard"));
    QCOMPARE(policies.at(0)[QStringLiteral("steps")].toArray().size(), 9);
    const CliRun assign = cli({QStringLiteral("policy"), QStringLiteral("assign"),
                               QStringLiteral("--client"), QStringLiteral("ACME"),
                               QStringLiteral("--policy"), QStringLiteral("key accounts")});
    QVERIFY2(assign.exitCode == 0, qPrintable(assign.describe()));
    QCOMPARE(readValue(m_co.path,
                       QStringLiteral("SELECT p.name FROM clients c JOIN "
                                      "reminder_policies p ON p.id = c.policy_id "
                                      "WHERE c.code = 'ACME'"))
                     .toString(),
             QStringLiteral("Key accounts"));
    const CliRun bad
            = cli({QStringLiteral("policy"), QStringLiteral("assign"), QStringLiteral("--client"),
                   QStringLiteral("ACME"), QStringLiteral("--policy"), QStringLiteral("lenient")});
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.errLines().size(), 1);
    QVERIFY(bad.errText().contains(QLatin1String("lenient")));
}

void TestCliWorkflow::remindDryRunThenTwice()
{
    const QString asOf = m_day.toString(Qt::ISODate);
    const auto footprint = [&] {
        return readValue(m_co.path,
                         QStringLiteral("SELECT (SELECT count(*) FROM reminder_log) || '/' || "
                                        "(SELECT count(*) FROM tasks) || '/' || (SELECT count(*) "
                                        "FROM outbox) || '/' || (SELECT count(*) FROM audit_log) "
                                        "|| '/' || (SELECT group_concat(status) FROM promises) "
                                        "|| '/' || (SELECT sum(credit_hold) FROM clients)"))
                .toString();
    };
    const QString before = footprint();
    const CliRun dry = cli({QStringLiteral("remind"), QStringLiteral("--dry-run"),
                            QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QCOMPARE(footprint(), before);
    const QJsonObject plan = json(dry).object();
    QVERIFY(plan[QStringLiteral("dry_run")].toBool());
    // No e-mail adapter in the CLI yet: e-mail steps are reported pending.
    QVERIFY(!plan[QStringLiteral("email_configured")].toBool());
    QVERIFY(plan[QStringLiteral("email_steps_pending")].toInt() > 0);
    QJsonObject acme;
    for (const QJsonValue &c : plan[QStringLiteral("clients")].toArray()) {
        if (c[QStringLiteral("client")].toString() == QLatin1String("ACME"))
            acme = c.toObject();
    }
    QVERIFY(acme[QStringLiteral("call_task")].toBool());
    // BETA is disputed: its steps are held, with the reason.
    QVERIFY(dry.out.contains("\"hold\":\"disputed\""));

    const CliRun first = cli(
            {QStringLiteral("remind"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QJsonObject applied = json(first).object()[QStringLiteral("applied")].toObject();
    QCOMPARE(applied[QStringLiteral("call_tasks")].toInt(), 2); // ACME and GAMMA
    QVERIFY(applied[QStringLiteral("steps_recorded")].toInt() > 0);
    const QVariant logRows = readValue(m_co.path,
                                       QStringLiteral("SELECT count(*) FROM "
                                                      "reminder_log"));
    const CliRun second = cli(
            {QStringLiteral("remind"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
    const QJsonObject again = json(second).object()[QStringLiteral("applied")].toObject();
    QCOMPARE(again[QStringLiteral("steps_recorded")].toInt(), 0);
    QCOMPARE(again[QStringLiteral("clients")].toInt(), 0);
    QCOMPARE(readValue(m_co.path, QStringLiteral("SELECT count(*) FROM reminder_log")), logRows);
}

void TestCliWorkflow::whyExplainsHolds()
{
    const CliRun why = cli({QStringLiteral("why"), QStringLiteral("--client"),
                            QStringLiteral("BETA"), QStringLiteral("--as-of"),
                            m_day.toString(Qt::ISODate), QStringLiteral("--json")});
    QVERIFY2(why.exitCode == 0, qPrintable(why.describe()));
    const QJsonObject o = json(why).object();
    QCOMPARE(o[QStringLiteral("policy")].toString(), QStringLiteral("Standard"));
    const QJsonObject inv = o[QStringLiteral("invoices")].toArray().first().toObject();
    QCOMPARE(inv[QStringLiteral("number")].toString(), QStringLiteral("B-1"));
    QCOMPARE(inv[QStringLiteral("days_late")].toInt(), 20);
    QVERIFY(inv[QStringLiteral("next_is_due")].toBool());
    QCOMPARE(inv[QStringLiteral("holds")].toArray().first()[QStringLiteral("hold")].toString(),
             QStringLiteral("disputed"));
    const CliRun text
            = cli({QStringLiteral("why"), QStringLiteral("--client"), QStringLiteral("BETA"),
                   QStringLiteral("--as-of"), m_day.toString(Qt::ISODate)});
    QVERIFY(text.out.contains("held by: disputed"));
    const CliRun missing = cli({QStringLiteral("why")});
    QCOMPARE(missing.exitCode, 2);
    // Rejecting the dispute (resolution as a note) lifts the hold.
    const CliRun disputes
            = cli({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(disputes.exitCode == 0, qPrintable(disputes.describe()));
    const QString id
            = QString::number(json(disputes).array().first()[QStringLiteral("id")].toInteger());
    const CliRun noReason = cli({QStringLiteral("dispute"), QStringLiteral("reject"), id});
    QCOMPARE(noReason.exitCode, 1);
    const CliRun reject = cli({QStringLiteral("dispute"), QStringLiteral("reject"), id,
                               QStringLiteral("--reason"), QStringLiteral("price as quoted")});
    QVERIFY2(reject.exitCode == 0, qPrintable(reject.describe()));
    const CliRun after = cli({QStringLiteral("why"), QStringLiteral("--client"),
                              QStringLiteral("BETA"), QStringLiteral("--as-of"),
                              m_day.toString(Qt::ISODate), QStringLiteral("--json")});
    QVERIFY(json(after)
                    .object()[QStringLiteral("invoices")]
                    .toArray()
                    .first()[QStringLiteral("holds")]
                    .toArray()
                    .isEmpty());
    QCOMPARE(readValue(m_co.path,
                       QStringLiteral("SELECT count(*) FROM note_revisions WHERE body "
                                      "LIKE 'Dispute on B-1 rejected%'"))
                     .toInt(),
             1);
}

void TestCliWorkflow::promisesAndRates()
{
    const CliRun p = cli({QStringLiteral("promises"), QStringLiteral("--client"),
                          QStringLiteral("GAMMA"), QStringLiteral("--as-of"),
                          m_day.toString(Qt::ISODate), QStringLiteral("--json")});
    QVERIFY2(p.exitCode == 0, qPrintable(p.describe()));
    const QJsonObject row = json(p).array().first().toObject();
    QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("broken"));
    QCOMPARE(row[QStringLiteral("amount_minor")].toInteger(), 9000);
    QCOMPARE(row[QStringLiteral("currency")].toString(), QStringLiteral("USD"));
    QCOMPARE(row[QStringLiteral("deadline")].toString(), m_day.addDays(-7).toString(Qt::ISODate));
    // As of before the date it was still open.
    const CliRun early = cli({QStringLiteral("promises"), QStringLiteral("--as-of"),
                              m_day.addDays(-10).toString(Qt::ISODate), QStringLiteral("--json")});
    QCOMPARE(json(early).array().first()[QStringLiteral("status")].toString(),
             QStringLiteral("open"));
    const CliRun rates
            = cli({QStringLiteral("promises"), QStringLiteral("rates"), QStringLiteral("--as-of"),
                   m_day.toString(Qt::ISODate), QStringLiteral("--json")});
    QVERIFY2(rates.exitCode == 0, qPrintable(rates.describe()));
    const QJsonObject clerk
            = json(rates).object()[QStringLiteral("by_clerk")].toArray().first().toObject();
    QCOMPARE(clerk[QStringLiteral("name")].toString(), QStringLiteral("ann"));
    QCOMPARE(clerk[QStringLiteral("resolved")].toInt(), 1);
    QCOMPARE(clerk[QStringLiteral("count_rate_tenths")].toInt(), 0);
}

void TestCliWorkflow::queueAndTasks()
{
    const QString asOf = m_day.toString(Qt::ISODate);
    QVERIFY(cli({QStringLiteral("remind"), QStringLiteral("--as-of"), asOf}).exitCode == 0);
    const CliRun q = cli(
            {QStringLiteral("queue"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY2(q.exitCode == 0, qPrintable(q.describe()));
    // An object: the date it was computed for, whose queue, and the rows.
    QCOMPARE(json(q)[QStringLiteral("as_of")].toString(), asOf);
    QCOMPARE(json(q)[QStringLiteral("user")].toString(), QStringLiteral("ann"));
    QStringList rows;
    for (const QJsonValue &r : json(q)[QStringLiteral("items")].toArray()) {
        QStringList kinds;
        for (const QJsonValue &why : r[QStringLiteral("reasons")].toArray())
            kinds << why[QStringLiteral("kind")].toString();
        rows << r[QStringLiteral("client")].toString() + u':' + kinds.join(u',');
        QVERIFY(r[QStringLiteral("score_explain")].toString().contains(QLatin1String("amount")));
    }
    QVERIFY2(rows.contains(QStringLiteral("ACME:reminder_call")), qPrintable(rows.join(u' ')));
    QVERIFY2(rows.contains(QStringLiteral("BETA:dispute")), qPrintable(rows.join(u' ')));
    QVERIFY2(rows.contains(QStringLiteral("GAMMA:reminder_call,promise_broken")),
             qPrintable(rows.join(u' ')));

    const CliRun list
            = cli({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray tasks = json(list).array();
    QCOMPARE(tasks.size(), 2);
    const QString first = QString::number(tasks.at(0)[QStringLiteral("id")].toInteger());
    const QString second = QString::number(tasks.at(1)[QStringLiteral("id")].toInteger());
    QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("done"), first}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("snooze"), second,
                  QStringLiteral("--until"), m_day.addDays(3).toString(Qt::ISODate)})
                     .exitCode,
             0);
    // Reassigning is a manager's (#13).
    const CliRun reassign = cli({QStringLiteral("task"), QStringLiteral("reassign"), second,
                                 QStringLiteral("--to"), QStringLiteral("mia")},
                                QStringLiteral("mia"));
    QVERIFY2(reassign.exitCode == 0, qPrintable(reassign.describe()));
    const CliRun done = cli({QStringLiteral("task"), QStringLiteral("done"), first});
    QCOMPARE(done.exitCode, 1); // already done
    const CliRun mine
            = cli({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")},
                  QStringLiteral("mia"));
    QCOMPARE(json(mine).array().size(), 1);
    const CliRun after = cli(
            {QStringLiteral("queue"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY(!after.out.contains("reminder_call"));
}

// A company name and an SMTP account (on a port nobody listens on: runs queue, never send), set
// as the file's admin: company and SMTP settings are an admin's (#13), mia is manager and admin.
void TestCliWorkflow::setUpMail()
{
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("company"), QStringLiteral("--name"),
                  QStringLiteral("Example Supplies")},
                 QStringLiteral("mia"))
                     .exitCode,
             0);
    const CliRun smtp
            = cli({QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--host"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("2525"),
                   QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
                   QStringLiteral("ar@example.com")},
                  QStringLiteral("mia"));
    QVERIFY2(smtp.exitCode == 0, qPrintable(smtp.describe()));
}

// With SMTP settings the run composes and queues real messages (never sends): one per client.
void TestCliWorkflow::remindQueuesMessagesOnceSmtpIsSet()
{
    const QString asOf = m_day.toString(Qt::ISODate);
    setUpMail();
    if (QTest::currentTestFailed())
        return;
    const CliRun run = cli(
            {QStringLiteral("remind"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = json(run).object();
    QVERIFY(o[QStringLiteral("email_configured")].toBool());
    QCOMPARE(o[QStringLiteral("email_steps_pending")].toInt(), 0);
    const QJsonObject applied = o[QStringLiteral("applied")].toObject();
    QVERIFY2(applied[QStringLiteral("problems")].toArray().isEmpty(), run.out.constData());
    // ACME (statement for) and GAMMA (its promise broke); BETA is disputed.
    QCOMPARE(applied[QStringLiteral("emails")].toInt(), 2);
    QCOMPARE(readValue(m_co.path,
                       QStringLiteral("SELECT group_concat(c.code || ':' || "
                                      "o.template_key || ':' || o.status, ' ') FROM "
                                      "outbox o JOIN clients c ON c.id = o.client_id"))
                     .toString(),
             QStringLiteral("ACME:statement:queued GAMMA:statement:queued"));
    const CliRun again = cli(
            {QStringLiteral("remind"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QCOMPARE(json(again).object()[QStringLiteral("applied")][QStringLiteral("emails")].toInt(), 0);
    QCOMPARE(readValue(m_co.path, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 2);
}

// Issue 12: `remind` obeys the contact cap manual sends obey. ACME got three e-mails in the last
// hours (cap 3): the dry run shows its e-mail step held with the reason, the run queues nothing
// for it (GAMMA's goes), and nothing is recorded for the held step.
void TestCliWorkflow::remindHoldsTheEmailAtTheContactCap()
{
    const QString asOf = m_day.toString(Qt::ISODate);
    setUpMail();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_co.open(m_co.path));
    for (int hoursAgo : {30, 20, 2}) {
        const QString at = timeutil::toStorage(Clock::system()->now().addSecs(-3600 * hoursAgo));
        VERIFY_OK(sql::exec(m_co.db->connection(),
                            QStringLiteral("INSERT INTO outbox (client_id, status, message_id, "
                                           "from_addr, recipients, subject, template_key, eml, "
                                           "eml_sha256, created_at) VALUES "
                                           "(?,'sent',?,'ar@example.com','[]','Statement',"
                                           "'statement','x','00',?)"),
                            {m_acme, QStringLiteral("<%1@test>").arg(hoursAgo), at}));
    }
    m_co.db.reset();
    const CliRun dry = cli({QStringLiteral("remind"), QStringLiteral("--dry-run"),
                            QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QJsonObject acme;
    for (const QJsonValue &c : json(dry).object()[QStringLiteral("clients")].toArray()) {
        if (c[QStringLiteral("client")].toString() == QLatin1String("ACME"))
            acme = c.toObject();
    }
    QStringList heldMail;
    for (const QJsonValue &i : acme[QStringLiteral("invoices")].toArray()) {
        QVERIFY2(i[QStringLiteral("take")].toArray().size() <= 1, dry.out.constData()); // the call
        for (const QJsonValue &h : i[QStringLiteral("held")].toArray()) {
            const QJsonObject hold = h[QStringLiteral("holds")].toArray().first().toObject();
            heldMail << i[QStringLiteral("number")].toString() + u' '
                            + h[QStringLiteral("action")].toString() + u' '
                            + hold[QStringLiteral("hold")].toString() + u' '
                            + hold[QStringLiteral("text")].toString();
        }
    }
    heldMail.sort();
    QCOMPARE(heldMail,
             (QStringList {QStringLiteral("A-1 email contact_cap contact cap 3/7 days reached (3 "
                                          "sent or queued in the last 7 days)"),
                           QStringLiteral("A-2 statement contact_cap contact cap 3/7 days reached "
                                          "(3 sent or queued in the last 7 days)")}));
    const CliRun run = cli(
            {QStringLiteral("remind"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject applied = json(run).object()[QStringLiteral("applied")].toObject();
    QVERIFY2(applied[QStringLiteral("problems")].toArray().isEmpty(), run.out.constData());
    QCOMPARE(applied[QStringLiteral("emails")].toInt(), 1); // GAMMA's
    QCOMPARE(readValue(m_co.path, QStringLiteral("SELECT count(*) FROM outbox WHERE client_id = ?"),
                       {m_acme})
                     .toInt(),
             3);
    QCOMPARE(readValue(
                     m_co.path,
                     QStringLiteral("SELECT count(*) FROM reminder_log l JOIN policy_steps s ON "
                                    "s.id = l.step_id JOIN invoices i ON i.id = l.invoice_id "
                                    "WHERE i.client_id = ? AND s.action IN ('email', 'statement')"),
                     {m_acme})
                     .toInt(),
             0);
}

// `settings queue`: the Today queue's weights by name; a bad name or value, or weights that do not
// add up to 100, are refused naming them with nothing written; the queue follows what is saved.
void TestCliWorkflow::queueWeightsAreSetByNameAndChecked()
{
    auto stored = [this] {
        return readValue(m_co.path,
                         QStringLiteral("SELECT value FROM settings WHERE key = "
                                        "'workflow.priority_weights'"))
                .toString();
    };
    const QString before = stored();
    const CliRun show
            = cli({QStringLiteral("settings"), QStringLiteral("queue"), QStringLiteral("--show")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
    QVERIFY2(show.out.contains("amount_overdue = 30"), show.out.constData());
    QVERIFY2(show.out.contains("over_credit_limit = 10"), show.out.constData());

    const CliRun unknown = cli({QStringLiteral("settings"), QStringLiteral("queue"),
                                QStringLiteral("--weight"), QStringLiteral("urgency=40")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains("\"urgency\" is not a weight"), qPrintable(unknown.describe()));
    const CliRun range = cli({QStringLiteral("settings"), QStringLiteral("queue"),
                              QStringLiteral("--weight"), QStringLiteral("days_overdue=150")});
    QVERIFY(range.exitCode != 0);
    QVERIFY2(range.err.contains("days_overdue = 150 is not between 0 and 100"),
             qPrintable(range.describe()));
    const CliRun sum = cli({QStringLiteral("settings"), QStringLiteral("queue"),
                            QStringLiteral("--weight"), QStringLiteral("amount_overdue=50")});
    QVERIFY(sum.exitCode != 0);
    QVERIFY2(sum.err.contains("add up to 120") && sum.err.contains("amount_overdue=50"),
             qPrintable(sum.describe()));
    QCOMPARE(stored(), before);

    // Amount no longer counts; the days overdue count for more.
    const CliRun set
            = cli({QStringLiteral("settings"), QStringLiteral("queue"), QStringLiteral("--weight"),
                   QStringLiteral("amount_overdue=0"), QStringLiteral("--weight"),
                   QStringLiteral("days_overdue=55"), QStringLiteral("--json")},
                  QStringLiteral("mia")); // queue weights are a manager's (#13)
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    QCOMPARE(json(set)[QStringLiteral("priority_weights")][QStringLiteral("days_overdue")].toInt(),
             55);
    QVERIFY2(stored().contains(QStringLiteral("\"amount_overdue\":0")), qPrintable(stored()));
    const QString asOf = m_day.toString(Qt::ISODate);
    const CliRun q = cli(
            {QStringLiteral("queue"), QStringLiteral("--as-of"), asOf, QStringLiteral("--json")});
    QVERIFY2(q.exitCode == 0, qPrintable(q.describe()));
    const QJsonArray items = json(q)[QStringLiteral("items")].toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &r : items)
        QVERIFY2(r[QStringLiteral("score_explain")].toString().startsWith(
                         QLatin1String("amount 0 +")),
                 qPrintable(r[QStringLiteral("score_explain")].toString()));

    const CliRun reset
            = cli({QStringLiteral("settings"), QStringLiteral("queue"), QStringLiteral("--reset")},
                  QStringLiteral("mia"));
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.describe()));
    QVERIFY2(reset.out.contains("amount_overdue = 30") && reset.out.contains("days_overdue = 25"),
             reset.out.constData());
    QVERIFY(stored().contains(QStringLiteral("\"amount_overdue\":30")));
}

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cliworkflow.moc"

// `queue` is someone's queue: a --user the file does not know, or none when the login name is
// no user of the file, is an error naming the user (it printed an empty list).
void TestCliWorkflow::queueOfNoUserOfTheFileIsAnError()
{
    const CliRun stranger
            = cli({QStringLiteral("queue"), QStringLiteral("--json")}, QStringLiteral("nobody"));
    QVERIFY2(stranger.exitCode != 0, qPrintable(stranger.describe()));
    QVERIFY2(stranger.errText().contains(QLatin1String("no user named \"nobody\"")),
             qPrintable(stranger.describe()));
    QVERIFY2(stranger.out.trimmed().isEmpty(), qPrintable(stranger.describe()));

    const QByteArray login = qgetenv("USER");
    const QByteArray logname = qgetenv("LOGNAME");
    qputenv("USER", "not-a-clerk-here");
    qputenv("LOGNAME", "not-a-clerk-here");
    const CliRun anonymous
            = runCli(m_dir.path(), {QStringLiteral("--db"), m_co.path, QStringLiteral("queue")});
    qputenv("USER", login);
    qputenv("LOGNAME", logname);
    QVERIFY2(anonymous.exitCode != 0, qPrintable(anonymous.describe()));
    QVERIFY2(anonymous.errText().contains(QLatin1String("no user named \"not-a-clerk-here\"")),
             qPrintable(anonymous.describe()));
    QVERIFY2(!anonymous.out.contains("[]"), qPrintable(anonymous.describe()));
}
