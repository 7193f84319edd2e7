// SPDX-License-Identifier: MIT
// The guard rules every send obeys, on hand-built facts: a reminder-type message is stopped by
// nothing owed or overdue, a paused client, every overdue invoice held (paused, disputed,
// promised, on a plan), do-not-contact, the contact cap and the same template twice in a day;
// disputed invoices are left out of every message's list; a conversational message (call recap)
// is stopped only by do-not-contact, the cap and the same-template rule.
#include "core/domain/sendguard.h"

#include <QTest>

using namespace ardesk;

class TestSendGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void templateKinds();
    void reminderWithSomethingOverdueMayGo();
    void nothingOwedOrOverdueIsFinal();
    void pausedClientStopsRemindersOnly();
    void heldInvoiceIsLeftOutAndSaidSo();
    void everyInvoiceHeldStopsReminder_data();
    void everyInvoiceHeldStopsReminder();
    void promiseInForceDoesNotStopRecap();
    void disputedLeftOutOfRecapList();
    void doNotContactStopsEveryMessage();
    void contactCap();
    void sameTemplateTwiceInOneDay();
    void summaryNamesEachRule();
};

namespace {
const QDate kToday(2026, 12, 5);

SendFacts::Invoice overdue(qint64 id, const QString &number, int daysLate = 20)
{
    SendFacts::Invoice i;
    i.id = id;
    i.number = number;
    i.dueDate = kToday.addDays(-daysLate);
    i.balanceMinor = 10000;
    i.facts.balanceMinor = 10000;
    i.facts.hasEmailAddress = true;
    return i;
}

SendFacts owing()
{
    SendFacts f;
    f.asOf = kToday;
    f.openBalanceMinor = 20000;
    f.overdue = {overdue(1, QStringLiteral("INV-1")), overdue(2, QStringLiteral("INV-2"))};
    return f;
}

bool has(const SendVerdict &v, SendBlock::Rule rule)
{
    for (const SendBlock &b : v.blocks) {
        if (b.rule == rule)
            return true;
    }
    return false;
}
} // namespace

void TestSendGuard::templateKinds()
{
    for (const char *key :
         {"friendly-reminder", "second-reminder", "final-notice", "statement", "a-custom-one"})
        QCOMPARE(messageKindOf(QString::fromLatin1(key)), MessageKind::Reminder);
    for (const char *key : {"call-recap", "promise-confirmation", "payment-plan-confirmation"})
        QCOMPARE(messageKindOf(QString::fromLatin1(key)), MessageKind::Conversational);
}

void TestSendGuard::reminderWithSomethingOverdueMayGo()
{
    const SendVerdict v = SendGuard::check(owing(), MessageKind::Reminder, 3);
    QVERIFY(v.allowed());
    QVERIFY(v.leftOutInvoiceIds.isEmpty());
}

void TestSendGuard::nothingOwedOrOverdueIsFinal()
{
    SendFacts f = owing();
    f.overdue.clear();
    SendVerdict v = SendGuard::check(f, MessageKind::Reminder, 3);
    QVERIFY(has(v, SendBlock::Rule::NothingOverdue));
    QVERIFY(v.isFinal());
    QCOMPARE(v.summary(), QStringLiteral("nothing is overdue"));
    f.openBalanceMinor = 0;
    v = SendGuard::check(f, MessageKind::Reminder, 3);
    QVERIFY(has(v, SendBlock::Rule::NothingOwed));
    QVERIFY(v.isFinal());
    // A recap of a call with a client who owes nothing is fine.
    QVERIFY(SendGuard::check(f, MessageKind::Conversational, 3).allowed());
}

void TestSendGuard::pausedClientStopsRemindersOnly()
{
    SendFacts f = owing();
    f.clientPausedUntil = kToday.addDays(3);
    const SendVerdict v = SendGuard::check(f, MessageKind::Reminder, 3);
    QVERIFY(has(v, SendBlock::Rule::ClientPaused));
    QVERIFY(!v.isFinal()); // a manager may override
    QVERIFY(v.summary().contains(QLatin1String("client paused until 2026-12-08")));
    QVERIFY(SendGuard::check(f, MessageKind::Conversational, 3).allowed());
    f.clientPausedUntil = kToday.addDays(-1); // the pause is over
    QVERIFY(SendGuard::check(f, MessageKind::Reminder, 3).allowed());
}

void TestSendGuard::heldInvoiceIsLeftOutAndSaidSo()
{
    SendFacts f = owing();
    f.overdue[0].facts.disputed = true;
    f.disputed = {f.overdue[0]};
    f.overdue[1].facts.invoicePausedUntil = kToday.addDays(2);
    SendFacts::Invoice later = overdue(3, QStringLiteral("INV-3"));
    f.overdue.append(later);
    const SendVerdict v = SendGuard::check(f, MessageKind::Reminder, 3);
    QVERIFY(v.allowed()); // INV-3 may still be chased
    QCOMPARE(v.leftOutInvoiceIds, (QList<qint64> {1, 2}));
    QCOMPARE(v.leftOut.size(), 2);
    QCOMPARE(v.leftOut[0], QStringLiteral("INV-1 left out: disputed"));
    QVERIFY(v.leftOut[1].startsWith(QLatin1String("INV-2 left out: invoice paused until")));
}

void TestSendGuard::everyInvoiceHeldStopsReminder_data()
{
    QTest::addColumn<QString>("hold");
    QTest::addColumn<QString>("said");
    QTest::newRow("disputed") << "disputed"
                              << "disputed";
    QTest::newRow("invoice paused") << "paused"
                                    << "invoice paused until 2026-12-10";
    QTest::newRow("promise in force") << "promise"
                                      << "promise to pay until 2026-12-09";
    QTest::newRow("payment plan on time") << "plan"
                                          << "on a payment plan";
}

void TestSendGuard::everyInvoiceHeldStopsReminder()
{
    QFETCH(QString, hold);
    QFETCH(QString, said);
    SendFacts f = owing();
    for (SendFacts::Invoice &i : f.overdue) {
        if (hold == QLatin1String("disputed"))
            i.facts.disputed = true;
        else if (hold == QLatin1String("paused"))
            i.facts.invoicePausedUntil = kToday.addDays(5);
        else if (hold == QLatin1String("promise"))
            i.facts.promiseDeadline = kToday.addDays(4);
        else
            i.facts.onPaymentPlan = true;
    }
    const SendVerdict v = SendGuard::check(f, MessageKind::Reminder, 3);
    QVERIFY(has(v, SendBlock::Rule::AllHeld));
    QVERIFY(!v.isFinal());
    QVERIFY2(v.summary().contains(said), qPrintable(v.summary()));
    QVERIFY(v.summary().contains(QLatin1String("INV-1")));
}

void TestSendGuard::promiseInForceDoesNotStopRecap()
{
    SendFacts f = owing();
    for (SendFacts::Invoice &i : f.overdue) {
        i.facts.promiseDeadline = kToday.addDays(4);
        i.facts.onPaymentPlan = true;
    }
    // The recap confirms the conversation that made the promise.
    const SendVerdict v = SendGuard::check(f, MessageKind::Conversational, 3);
    QVERIFY(v.allowed());
    QVERIFY(v.leftOutInvoiceIds.isEmpty());
}

void TestSendGuard::disputedLeftOutOfRecapList()
{
    SendFacts f = owing();
    SendFacts::Invoice notDue = overdue(9, QStringLiteral("INV-9"), -10); // due in 10 days
    notDue.facts.disputed = true;
    f.disputed = {notDue};
    const SendVerdict v = SendGuard::check(f, MessageKind::Conversational, 3);
    QVERIFY(v.allowed());
    QCOMPARE(v.leftOutInvoiceIds, QList<qint64> {9});
    QCOMPARE(v.leftOut, QStringList {QStringLiteral("INV-9 left out: disputed")});
    // A reminder leaves it out too.
    QCOMPARE(SendGuard::check(f, MessageKind::Reminder, 3).leftOutInvoiceIds, QList<qint64> {9});
}

void TestSendGuard::doNotContactStopsEveryMessage()
{
    SendFacts f = owing();
    f.doNotContact = true;
    for (MessageKind k : {MessageKind::Reminder, MessageKind::Conversational}) {
        const SendVerdict v = SendGuard::check(f, k, 3);
        QVERIFY(has(v, SendBlock::Rule::DoNotContact));
        QCOMPARE(v.summary(), QStringLiteral("the client asked not to be contacted"));
    }
}

void TestSendGuard::contactCap()
{
    SendFacts f = owing();
    f.emailsLastWeek = 2;
    QVERIFY(SendGuard::check(f, MessageKind::Reminder, 3).allowed());
    f.emailsLastWeek = 3;
    for (MessageKind k : {MessageKind::Reminder, MessageKind::Conversational}) {
        const SendVerdict v = SendGuard::check(f, k, 3);
        QVERIFY(has(v, SendBlock::Rule::ContactCap));
        QVERIFY2(v.summary().startsWith(QLatin1String("contact cap 3/7 days")),
                 qPrintable(v.summary()));
    }
    QVERIFY(SendGuard::check(f, MessageKind::Reminder, 5).allowed());
    QVERIFY(SendGuard::check(f, MessageKind::Reminder, 0).allowed()); // 0: no cap
}

void TestSendGuard::sameTemplateTwiceInOneDay()
{
    SendFacts f = owing();
    f.sameTemplateToday = true;
    for (MessageKind k : {MessageKind::Reminder, MessageKind::Conversational}) {
        const SendVerdict v = SendGuard::check(f, k, 3);
        QVERIFY(has(v, SendBlock::Rule::SameTemplateToday));
        QVERIFY(!v.isFinal());
    }
}

void TestSendGuard::summaryNamesEachRule()
{
    SendFacts f = owing();
    f.clientPausedUntil = kToday;
    f.emailsLastWeek = 4;
    const SendVerdict v = SendGuard::check(f, MessageKind::Reminder, 3);
    QCOMPARE(v.blocks.size(), 2);
    QVERIFY(v.summary().contains(QLatin1String("client paused until 2026-12-05; contact cap")));
}

QTEST_GUILESS_MAIN(TestSendGuard)
#include "tst_sendguard.moc"
