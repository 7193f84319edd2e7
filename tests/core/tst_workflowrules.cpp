// SPDX-License-Identifier: MIT
// The collection workflow's rules on their own: promise status from payments, which policy steps
// are due, what pauses chasing, and the Today queue's priority score.
#include "core/domain/dunning.h"
#include "core/domain/paymenthabits.h"
#include "core/domain/paymentplan.h"
#include "core/domain/promise.h"
#include "core/domain/queuepriority.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ardesk;

class TestWorkflowRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promiseStatus_data();
    void promiseStatus();
    void promiseCountsOnlyNamedInvoices();
    void promiseCountsOnlyMoneyPaidAfterIt();
    void promiseKeptRate();
    void dueStepsTakeLatestPerChannel();
    void dueStepsNeverRepeatDoneSteps();
    void eachPauseRuleHolds_data();
    void eachPauseRuleHolds();
    void internalStepsIgnoreContactRules();
    void priorityScoreIsTransparent();
    void priorityWeightsRoundTripAndValidate();
    void installmentsFilledOldestFirst();
    void paymentHabitsFromHandComputedHistory();
    void openInvoicesComeFirst();
    void weightsAreSetByName();
};

namespace {
ReceivedPayment pay(const QDate &d, qint64 amount, const QString &currency = QStringLiteral("USD"))
{
    return ReceivedPayment {d, Money::fromMinor(amount, currency), {}, {}};
}
PromiseTerms promise(qint64 amount)
{
    return PromiseTerms {
            Money::fromMinor(amount, u"USD"), QDate(2026, 3, 1), QDate(2026, 3, 10), {}, {}};
}
} // namespace

void TestWorkflowRules::promiseStatus_data()
{
    QTest::addColumn<QList<ReceivedPayment>>("payments");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("paid");
    const QDate before(2026, 3, 5), deadline(2026, 3, 12), after(2026, 3, 13);
    QTest::newRow("nothing yet") << QList<ReceivedPayment> {} << before << int(PromiseStatus::Open)
                                 << qint64(0);
    QTest::newRow("paid early is kept at once")
            << QList<ReceivedPayment> {pay(QDate(2026, 3, 4), 50000)} << before
            << int(PromiseStatus::Kept) << qint64(50000);
    QTest::newRow("paid within grace") << QList<ReceivedPayment> {pay(QDate(2026, 3, 12), 50000)}
                                       << after << int(PromiseStatus::Kept) << qint64(50000);
    QTest::newRow("open through the grace days")
            << QList<ReceivedPayment> {} << deadline << int(PromiseStatus::Open) << qint64(0);
    QTest::newRow("broken after grace")
            << QList<ReceivedPayment> {} << after << int(PromiseStatus::Broken) << qint64(0);
    QTest::newRow("paid after the deadline does not keep it")
            << QList<ReceivedPayment> {pay(QDate(2026, 3, 13), 50000)} << after
            << int(PromiseStatus::Broken) << qint64(0);
    QTest::newRow("paid before the promise was made does not count")
            << QList<ReceivedPayment> {pay(QDate(2026, 2, 28), 50000)} << after
            << int(PromiseStatus::Broken) << qint64(0);
    QTest::newRow("partly kept") << QList<ReceivedPayment> {pay(QDate(2026, 3, 8), 20000),
                                                            pay(QDate(2026, 3, 9), 10000)}
                                 << after << int(PromiseStatus::PartlyKept) << qint64(30000);
    QTest::newRow("other currency does not count")
            << QList<ReceivedPayment> {pay(QDate(2026, 3, 8), 50000, QStringLiteral("EUR"))}
            << after << int(PromiseStatus::Broken) << qint64(0);
    QTest::newRow("overpaid counts the promise once")
            << QList<ReceivedPayment> {pay(QDate(2026, 3, 8), 90000)} << after
            << int(PromiseStatus::Kept) << qint64(50000);
}

void TestWorkflowRules::promiseStatus()
{
    QFETCH(QList<ReceivedPayment>, payments);
    QFETCH(QDate, asOf);
    QFETCH(int, status);
    QFETCH(qint64, paid);
    const PromiseOutcome o = evaluatePromise(promise(50000), payments, asOf, 2);
    QCOMPARE(int(o.status), status);
    QCOMPARE(o.paidMinor, paid);
    QCOMPARE(o.deadline, QDate(2026, 3, 12));
}

void TestWorkflowRules::promiseCountsOnlyNamedInvoices()
{
    PromiseTerms t = promise(30000);
    t.invoiceIds = {7};
    ReceivedPayment p = pay(QDate(2026, 3, 9), 50000);
    p.allocations = {{6, 40000}, {7, 10000}};
    const PromiseOutcome o = evaluatePromise(t, {p}, QDate(2026, 3, 20), 0);
    QCOMPARE(o.paidMinor, 10000);
    QVERIFY(o.status == PromiseStatus::PartlyKept);
}

void TestWorkflowRules::promiseCountsOnlyMoneyPaidAfterIt()
{
    PromiseTerms t = promise(50000);
    t.madeAt = QDateTime(t.madeOn, QTime(14, 0), QTimeZone::utc());
    ReceivedPayment before = pay(t.madeOn, 50000);
    before.recordedAt = t.madeAt.addSecs(-3600); // already in when the client promised
    QVERIFY(!paidAfterPromise(t, before));
    QCOMPARE(int(evaluatePromise(t, {before}, QDate(2026, 3, 20), 2).status),
             int(PromiseStatus::Broken));
    ReceivedPayment after = before;
    after.recordedAt = t.madeAt.addSecs(600); // the same day, after the call
    QVERIFY(paidAfterPromise(t, after));
    QCOMPARE(evaluatePromise(t, {before, after}, QDate(2026, 3, 20), 2).paidMinor, 50000);
    ReceivedPayment unknown = pay(t.madeOn, 50000); // no recording time: not counted
    QVERIFY(!paidAfterPromise(t, unknown));
    ReceivedPayment nextDay = pay(t.madeOn.addDays(1), 50000);
    QVERIFY(paidAfterPromise(t, nextDay));
    ReceivedPayment dayBefore = pay(t.madeOn.addDays(-1), 50000);
    dayBefore.recordedAt = t.madeAt.addDays(1); // entered late, paid before the promise
    QVERIFY(!paidAfterPromise(t, dayBefore));
}

void TestWorkflowRules::promiseKeptRate()
{
    PromiseKeptRate rate;
    QCOMPARE(rate.countRateTenths(), -1);
    const QDate later(2026, 4, 1);
    rate.add(promise(10000),
             evaluatePromise(promise(10000), {pay(QDate(2026, 3, 5), 10000)}, later, 0)); // kept
    rate.add(promise(30000),
             evaluatePromise(promise(30000), {pay(QDate(2026, 3, 5), 10000)}, later,
                             0)); // partly: 100 of 300
    rate.add(promise(20000), evaluatePromise(promise(20000), {}, later, 0)); // broken
    rate.add(promise(20000), evaluatePromise(promise(20000), {}, QDate(2026, 3, 2), 0)); // open
    QCOMPARE(rate.resolved, 3);
    QCOMPARE(rate.countRateTenths(), 333); // 1 of 3
    QCOMPARE(rate.amountRateTenths(), 333); // 200.00 of 600.00
}

void TestWorkflowRules::dueStepsTakeLatestPerChannel()
{
    ReminderPolicy p = ReminderPolicy::standard();
    for (int i = 0; i < p.steps.size(); ++i)
        p.steps[i].id = i + 1;
    const QDate due(2026, 1, 1);
    QVERIFY(dueSteps(p, due, due, {}).take.isEmpty()); // not late yet
    QVERIFY(dueSteps(p, due, due.addDays(4), {}).take.isEmpty());
    StepPlan at5 = dueSteps(p, due, due.addDays(5), {});
    QCOMPARE(at5.take.size(), 1);
    QCOMPARE(at5.take.first().templateKey, QStringLiteral("friendly-reminder"));
    // First seen 50 days late: the final notice and the latest call — not every e-mail since +5 —
    // and no hold yet; the earlier e-mails and the first call are superseded.
    StepPlan at50 = dueSteps(p, due, due.addDays(50), {});
    QStringList taken;
    for (const PolicyStep &s : at50.take)
        taken << QStringLiteral("%1@%2").arg(toString(s.action)).arg(s.daysAfterDue);
    QCOMPARE(taken, (QStringList {QStringLiteral("email@45"), QStringLiteral("call_task@45")}));
    QCOMPARE(at50.superseded.size(), 4);
    // At 95 days every internal step is taken (hold, escalation, review), plus the last contact.
    StepPlan at95 = dueSteps(p, due, due.addDays(95), {});
    taken.clear();
    for (const PolicyStep &s : at95.take)
        taken << toString(s.action);
    QCOMPARE(taken,
             (QStringList {QStringLiteral("email"), QStringLiteral("call_task"),
                           QStringLiteral("credit_hold"), QStringLiteral("escalate"),
                           QStringLiteral("legal_review")}));
}

void TestWorkflowRules::dueStepsNeverRepeatDoneSteps()
{
    ReminderPolicy p = ReminderPolicy::standard();
    for (int i = 0; i < p.steps.size(); ++i)
        p.steps[i].id = i + 1;
    const QDate due(2026, 1, 1);
    QSet<qint64> done;
    for (const PolicyStep &s : dueSteps(p, due, due.addDays(16), {}).take)
        done.insert(s.id);
    for (const PolicyStep &s : dueSteps(p, due, due.addDays(16), {}).superseded)
        done.insert(s.id);
    QVERIFY(dueSteps(p, due, due.addDays(16), done).take.isEmpty()); // a second run: nothing
    const StepPlan later = dueSteps(p, due, due.addDays(31), done);
    QCOMPARE(later.take.size(), 1);
    QVERIFY(later.take.first().action == StepAction::Statement);
    const auto next = nextStep(p, done);
    QVERIFY(next);
    QCOMPARE(next->daysAfterDue, 30);
}

void TestWorkflowRules::eachPauseRuleHolds_data()
{
    QTest::addColumn<ChaseFacts>("facts");
    QTest::addColumn<int>("hold");
    ChaseFacts chaseable;
    chaseable.balanceMinor = 100;
    chaseable.hasEmailAddress = true;
    chaseable.hasPhone = true;
    const QDate today(2026, 5, 10);
    auto with = [&](auto change) {
        ChaseFacts f = chaseable;
        change(f);
        return f;
    };
    QTest::newRow("paid") << with([](ChaseFacts &f) { f.balanceMinor = 0; }) << int(Hold::Settled);
    QTest::newRow("written off") << with([](ChaseFacts &f) { f.writtenOff = true; })
                                 << int(Hold::Settled);
    QTest::newRow("disputed") << with([](ChaseFacts &f) { f.disputed = true; })
                              << int(Hold::Disputed);
    QTest::newRow("invoice paused (last day)")
            << with([&](ChaseFacts &f) { f.invoicePausedUntil = today; })
            << int(Hold::InvoicePaused);
    QTest::newRow("client paused")
            << with([&](ChaseFacts &f) { f.clientPausedUntil = today.addDays(3); })
            << int(Hold::ClientPaused);
    QTest::newRow("open promise") << with([&](ChaseFacts &f) {
        f.promiseDeadline = today.addDays(1);
    }) << int(Hold::OpenPromise);
    QTest::newRow("payment plan on time")
            << with([](ChaseFacts &f) { f.onPaymentPlan = true; }) << int(Hold::PaymentPlan);
    QTest::newRow("do not contact")
            << with([](ChaseFacts &f) { f.doNotContact = true; }) << int(Hold::DoNotContact);
    QTest::newRow("no e-mail address")
            << with([](ChaseFacts &f) { f.hasEmailAddress = false; }) << int(Hold::NoEmailAddress);
    QTest::newRow("nothing holds") << chaseable << -1;
    QTest::newRow("pause ended yesterday") << with([&](ChaseFacts &f) {
        f.invoicePausedUntil = today.addDays(-1);
        f.promiseDeadline = today.addDays(-1);
    }) << -1;
}

void TestWorkflowRules::eachPauseRuleHolds()
{
    QFETCH(ChaseFacts, facts);
    QFETCH(int, hold);
    const QList<HoldReason> holds = holdsFor(facts, StepAction::Email, QDate(2026, 5, 10));
    if (hold < 0) {
        QVERIFY(holds.isEmpty());
        return;
    }
    QCOMPARE(holds.size(), 1);
    QCOMPARE(int(holds.first().hold), hold);
    QVERIFY(!holds.first().text.isEmpty());
}

void TestWorkflowRules::internalStepsIgnoreContactRules()
{
    ChaseFacts f;
    f.balanceMinor = 100;
    f.doNotContact = true;
    // The client may not be contacted, but a credit hold is an internal decision.
    QVERIFY(holdsFor(f, StepAction::CreditHold, QDate(2026, 5, 10)).isEmpty());
    QVERIFY(holdsFor(f, StepAction::CallTask, QDate(2026, 5, 10)).first().hold
            == Hold::DoNotContact);
    f.doNotContact = false;
    QVERIFY(holdsFor(f, StepAction::CallTask, QDate(2026, 5, 10)).first().hold == Hold::NoPhone);
    f.disputed = true; // a dispute pauses everything, holds included
    QVERIFY(holdsFor(f, StepAction::CreditHold, QDate(2026, 5, 10)).first().hold == Hold::Disputed);
}

void TestWorkflowRules::priorityScoreIsTransparent()
{
    const PriorityWeights w;
    PriorityFacts none;
    none.daysSinceContact = 0;
    QCOMPARE(priorityScore(none, w).total, 0);
    PriorityFacts worst;
    worst.overdueMinor = 200000000; // 2,000,000.00
    worst.oldestDaysOverdue = 400;
    worst.brokenPromises = 5;
    worst.daysSinceContact = -1; // never
    worst.overCreditLimit = true;
    QCOMPARE(priorityScore(worst, w).total, 100);
    PriorityFacts some;
    some.overdueMinor = 1500000; // 15,000.00 → 3 of 5 steps → 0.6 × 30 = 18
    some.oldestDaysOverdue = 60; // 0.5 × 25 = 12.5
    some.brokenPromises = 1; // 1/3 × 20 = 6.67
    some.daysSinceContact = 30; // 0.5 × 15 = 7.5
    const PriorityScore s = priorityScore(some, w);
    QCOMPARE(s.total, 45); // 18 + 12.5 + 6.67 + 7.5 = 44.67
    QCOMPARE(s.explain(), QStringLiteral("amount 18 + days 13 + promises 7 + contact 8 + limit 0"));
    // JPY has no minor units: 15,000 yen is 15000 minor.
    PriorityFacts yen;
    yen.overdueMinor = 15000;
    yen.currencyExponent = 0;
    yen.daysSinceContact = 0;
    QCOMPARE(priorityScore(yen, w).amountPart, 1800);
    // More overdue never ranks lower.
    PriorityFacts more = some;
    more.overdueMinor *= 10;
    QVERIFY(priorityScore(more, w).total > s.total);
}

void TestWorkflowRules::priorityWeightsRoundTripAndValidate()
{
    PriorityWeights w;
    w.amountOverdue = 45;
    w.daysOverdue = 10;
    auto back = PriorityWeights::fromJson(w.toJson());
    QVERIFY(back);
    QCOMPARE(back.value(), w);
    QJsonObject bad = PriorityWeights().toJson();
    bad.insert(QStringLiteral("over_credit_limit"), 20);
    auto sum = PriorityWeights::fromJson(bad);
    QVERIFY(!sum);
    QVERIFY(sum.errorString().contains(QStringLiteral("110")));
    bad.insert(QStringLiteral("over_credit_limit"), 10.5);
    QVERIFY(!PriorityWeights::fromJson(bad));
}

// Payment plans: the money counted fills installments oldest first; paid by the date + grace,
// late after it, missed when still short after it, pending before.
void TestWorkflowRules::installmentsFilledOldestFirst()
{
    const QDate d(2026, 3, 1);
    const QList<PlanInstallment> plan {
            {1, d, 10000}, {2, d.addDays(30), 10000}, {3, d.addDays(60), 10000}};
    const auto at = [&](const QList<QPair<QDate, qint64>> &paid, int day) {
        QStringList out;
        for (InstallmentStatus s : evaluateInstallments(plan, paid, d.addDays(day), 2))
            out << toString(s);
        return out.join(u',');
    };
    QCOMPARE(at({}, 0), QStringLiteral("pending,pending,pending"));
    QCOMPARE(at({}, 2), QStringLiteral("pending,pending,pending")); // grace
    QCOMPARE(at({}, 3), QStringLiteral("missed,pending,pending"));
    QCOMPARE(at({{d.addDays(1), 10000}}, 40), QStringLiteral("paid,missed,pending"));
    // One payment covering two installments early; then the third paid late.
    QCOMPARE(at({{d, 20000}, {d.addDays(70), 10000}}, 70), QStringLiteral("paid,paid,late"));
    // A payment dated after the as-of date does not count yet.
    QCOMPARE(at({{d.addDays(10), 10000}}, 5), QStringLiteral("missed,pending,pending"));
    // Part of an installment is not enough.
    QCOMPARE(at({{d, 9999}}, 3), QStringLiteral("missed,pending,pending"));
}

namespace {
Invoice invoiceOf(qint64 id, const QDate &issued, qint64 amount, qint64 balance,
                  bool writtenOff = false)
{
    Invoice i;
    i.currency = QStringLiteral("USD");
    i.id = id;
    i.number = QStringLiteral("I-%1").arg(id);
    i.issueDate = issued;
    i.dueDate = issued.addDays(30);
    i.amountMinor = amount;
    i.balanceMinor = balance;
    i.writtenOff = writtenOff;
    return i;
}
Payment paymentOf(qint64 id, const QDate &date, qint64 amount, QList<Allocation> allocations,
                  bool voided = false)
{
    Payment p;
    p.currency = QStringLiteral("USD");
    p.id = id;
    p.date = date;
    p.amountMinor = amount;
    p.allocations = std::move(allocations);
    if (voided)
        p.voidedAt = QDateTime(date.addDays(1), QTime(9, 0), QTimeZone::utc());
    return p;
}
} // namespace

// Worked by hand: I1 issued 1 Jan, paid 31 Jan = 30 days; I2 issued 1 Feb, paid in two parts,
// the last on 6 Mar = 33 days; I6 paid on 2 Apr before it was issued on 5 Apr = 0 days; I7
// issued 1 May, paid 4 May = 3 days. (30 + 33 + 0 + 3) / 4 = 16.5 → 17 days. Not counted: I3
// (its only payment was voided; a credit note settled it), I4 (written off), I5 (still open).
// The last payment is P9 (4 May, 40.00): the voided P8 of 1 Jun does not count.
void TestWorkflowRules::paymentHabitsFromHandComputedHistory()
{
    const QList<Invoice> invoices {
            invoiceOf(1, QDate(2026, 1, 1), 10000, 0),
            invoiceOf(2, QDate(2026, 2, 1), 20000, 0),
            invoiceOf(3, QDate(2026, 3, 1), 7000, 0),
            invoiceOf(4, QDate(2026, 3, 10), 9000, 0, true),
            invoiceOf(5, QDate(2026, 4, 1), 15000, 5000),
            invoiceOf(6, QDate(2026, 4, 5), 8000, 0),
            invoiceOf(7, QDate(2026, 5, 1), 4000, 0),
    };
    const QList<Payment> payments {
            paymentOf(1, QDate(2026, 1, 31), 10000, {{1, 10000}}),
            paymentOf(2, QDate(2026, 2, 11), 5000, {{2, 5000}}),
            paymentOf(3, QDate(2026, 3, 6), 15000, {{2, 15000}}),
            paymentOf(4, QDate(2026, 3, 2), 7000, {{3, 7000}}, true),
            paymentOf(5, QDate(2026, 3, 20), 1000, {{4, 1000}}),
            paymentOf(6, QDate(2026, 4, 15), 10000, {{5, 10000}}),
            paymentOf(7, QDate(2026, 4, 2), 8000, {{6, 8000}}),
            paymentOf(9, QDate(2026, 5, 4), 4000, {{7, 4000}}),
            paymentOf(8, QDate(2026, 6, 1), 2500, {{5, 2500}}, true),
    };
    const PaymentHabits h = PaymentHabits::of(invoices, payments);
    QCOMPARE(h.paidInvoices, 4);
    QVERIFY(h.averageDaysToPay.has_value());
    QCOMPARE(*h.averageDaysToPay, 17);
    QCOMPARE(h.lastPaymentDate, QDate(2026, 5, 4));
    QCOMPARE(h.lastPayment, Money::fromMinor(4000, u"USD"));

    // Nothing paid yet: no average, no last payment.
    const PaymentHabits none
            = PaymentHabits::of({invoiceOf(5, QDate(2026, 4, 1), 15000, 15000)}, {});
    QVERIFY(!none.averageDaysToPay.has_value());
    QVERIFY(!none.hasLastPayment());
}

// Open invoices first, the oldest due on top; then the rest, the newest due on top.
void TestWorkflowRules::openInvoicesComeFirst()
{
    QList<Invoice> list;
    list << invoiceOf(10, QDate(2026, 4, 1), 100, 100) // open, due 1 May
         << invoiceOf(11, QDate(2026, 2, 1), 100, 40) // partly paid, due 3 Mar
         << invoiceOf(12, QDate(2026, 1, 1), 100, 0) // paid, due 31 Jan
         << invoiceOf(13, QDate(2026, 3, 1), 100, 0) // paid, due 31 Mar
         << invoiceOf(14, QDate(2026, 5, 1), 100, 0, true); // written off, due 31 May
    QStringList order;
    for (const Invoice &i : openInvoicesFirst(list))
        order << i.number;
    QCOMPARE(order.join(u' '), QStringLiteral("I-11 I-10 I-14 I-13 I-12"));
}

void TestWorkflowRules::weightsAreSetByName()
{
    PriorityWeights w;
    QVERIFY(w.set(u"amount_overdue", 40));
    QCOMPARE(w.amountOverdue, 40);
    QCOMPARE(w.value(u"amount_overdue"), 40);
    auto unknown = w.set(u"urgency", 10);
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorString().contains(QLatin1String("\"urgency\" is not a weight")),
             qPrintable(unknown.errorString()));
    auto range = w.set(u"days_overdue", 101);
    QVERIFY(!range);
    QVERIFY2(range.errorString().contains(QLatin1String("days_overdue = 101")),
             qPrintable(range.errorString()));
    QCOMPARE(w.daysOverdue, 25); // unchanged
    QCOMPARE(PriorityWeights::names().size(), 5);
}

QTEST_GUILESS_MAIN(TestWorkflowRules)
#include "tst_workflowrules.moc"
