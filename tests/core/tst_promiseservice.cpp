// SPDX-License-Identifier: MIT
// PromiseService on a real company file: promises made through notes, judged from real
// payments (voids ignored, invoice-scoped promises count only their allocations), the grace-days
// setting, stored status changed only when it changes, and kept rates per client and per clerk.
#include "core/services/promiseservice.h"
#include "core/storage/companysettings.h"
#include "support/workflowsupport.h"

using namespace ardesk;
using namespace ardesk::test;

class TestPromiseService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statusFollowsPayments();
    void invoiceScopedPromiseCountsItsAllocations();
    void voidedPaymentDoesNotKeepAPromise();
    void graceDaysSetting();
    void evaluateStoresOnlyChanges();
    void keptRatesPerClientAndClerk();
    void moneyAlreadyInWhenPromisedDoesNotCount();

private:
    PromiseService::Row row(qint64 clientId, const QDate &asOf)
    {
        auto rows = PromiseService(m_co.db, m_co.clerk).list(clientId, asOf);
        if (!rows || rows.value().isEmpty())
            return {};
        return rows.value().first();
    }
    ScratchDir m_dir;
    WorkflowCompany m_co;
    const QDate m_day {2026, 2, 2};
};

void TestPromiseService::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("promises.ardesk"))));
}

void TestPromiseService::statusFollowsPayments()
{
    const qint64 kept = m_co.client(QStringLiteral("KEPT"));
    const qint64 part = m_co.client(QStringLiteral("PART"));
    const qint64 broke = m_co.client(QStringLiteral("BROKE"));
    for (qint64 c : {kept, part, broke}) {
        m_co.invoice(c, QStringLiteral("I-%1").arg(c), m_day.addDays(-20), 50000);
        VERIFY_OK(m_co.promise(c, m_day, QStringLiteral("100.00"), m_day.addDays(5)));
    }
    VERIFY_OK(m_co.pay(kept, m_day.addDays(4), 10000));
    VERIFY_OK(m_co.pay(part, m_day.addDays(6), 4000));
    // Before the date everything still open but the paid one.
    QCOMPARE(toString(row(kept, m_day.addDays(4)).outcome.status), QStringLiteral("kept"));
    QCOMPARE(toString(row(part, m_day.addDays(4)).outcome.status), QStringLiteral("open"));
    // Within the grace days (default 2) still open; after them decided.
    QCOMPARE(toString(row(broke, m_day.addDays(7)).outcome.status), QStringLiteral("open"));
    QCOMPARE(toString(row(broke, m_day.addDays(8)).outcome.status), QStringLiteral("broken"));
    const auto p = row(part, m_day.addDays(8));
    QCOMPARE(toString(p.outcome.status), QStringLiteral("partly_kept"));
    QCOMPARE(p.outcome.paidMinor, 4000);
    QCOMPARE(p.outcome.deadline, m_day.addDays(7));
    QCOMPARE(p.clerkName, QStringLiteral("ann"));
    // The one the next call names.
    auto last = PromiseService(m_co.db, m_co.clerk).lastBroken(broke, m_day.addDays(8));
    VERIFY_OK(last);
    QVERIFY(last.value().has_value());
    QCOMPARE(last.value()->terms.amount, Money::fromMinor(10000, u"USD"));
    auto none = PromiseService(m_co.db, m_co.clerk).lastBroken(kept, m_day.addDays(8));
    VERIFY_OK(none);
    QVERIFY(!none.value().has_value());
    QCOMPARE(p.terms.madeOn, m_day);
}

void TestPromiseService::invoiceScopedPromiseCountsItsAllocations()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    const qint64 a = m_co.invoice(c, QStringLiteral("A-1"), m_day.addDays(-30), 10000);
    const qint64 b = m_co.invoice(c, QStringLiteral("A-2"), m_day.addDays(-20), 10000);
    Q_UNUSED(a);
    VERIFY_OK(m_co.promise(c, m_day, QStringLiteral("100.00"), m_day.addDays(5),
                           QStringLiteral("A-2")));
    // Oldest first: the money goes to A-1, not the promised A-2.
    VERIFY_OK(m_co.pay(c, m_day.addDays(1), 10000));
    QCOMPARE(toString(row(c, m_day.addDays(10)).outcome.status), QStringLiteral("broken"));
    VERIFY_OK(m_co.pay(c, m_day.addDays(2), 10000, b));
    QCOMPARE(toString(row(c, m_day.addDays(10)).outcome.status), QStringLiteral("kept"));
}

void TestPromiseService::voidedPaymentDoesNotKeepAPromise()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(c, QStringLiteral("A-1"), m_day.addDays(-30), 10000);
    VERIFY_OK(m_co.promise(c, m_day, QStringLiteral("100.00"), m_day.addDays(5)));
    auto p = m_co.pay(c, m_day.addDays(1), 10000);
    VERIFY_OK(p);
    QCOMPARE(toString(row(c, m_day.addDays(10)).outcome.status), QStringLiteral("kept"));
    VERIFY_OK(LedgerService(m_co.db, m_co.clerk).voidPayment(p.value(), QStringLiteral("bounced")));
    QCOMPARE(toString(row(c, m_day.addDays(10)).outcome.status), QStringLiteral("broken"));
}

void TestPromiseService::graceDaysSetting()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(c, QStringLiteral("A-1"), m_day.addDays(-30), 10000);
    VERIFY_OK(m_co.promise(c, m_day, QStringLiteral("100.00"), m_day.addDays(5)));
    VERIFY_OK(writeSetting(m_co.db->connection(), QStringLiteral("workflow.promise_grace_days"),
                           QStringLiteral("0")));
    QCOMPARE(toString(row(c, m_day.addDays(6)).outcome.status), QStringLiteral("broken"));
    VERIFY_OK(writeSetting(m_co.db->connection(), QStringLiteral("workflow.promise_grace_days"),
                           QStringLiteral("lots")));
    auto bad = PromiseService(m_co.db, m_co.clerk).list(c, m_day);
    QVERIFY(!bad);
    QVERIFY(bad.errorString().contains(QLatin1String("workflow.promise_grace_days")));
}

void TestPromiseService::evaluateStoresOnlyChanges()
{
    const qint64 c = m_co.client(QStringLiteral("ACME"));
    m_co.invoice(c, QStringLiteral("A-1"), m_day.addDays(-30), 10000);
    VERIFY_OK(m_co.promise(c, m_day, QStringLiteral("100.00"), m_day.addDays(5)));
    PromiseService s(m_co.db, m_co.clerk);
    auto first = s.evaluate(m_day.addDays(1));
    VERIFY_OK(first);
    QCOMPARE(first.value(), 0); // still open, nothing paid: nothing to store
    auto second = s.evaluate(m_day.addDays(10));
    VERIFY_OK(second);
    QCOMPARE(second.value(), 1);
    QCOMPARE(
            scalar(m_co.db->connection(), QStringLiteral("SELECT status FROM promises")).toString(),
            QStringLiteral("broken"));
    QVERIFY(!scalar(m_co.db->connection(), QStringLiteral("SELECT evaluated_at FROM promises"))
                     .isNull());
    auto third = s.evaluate(m_day.addDays(11));
    VERIFY_OK(third);
    QCOMPARE(third.value(), 0);
}

void TestPromiseService::keptRatesPerClientAndClerk()
{
    const qint64 a = m_co.client(QStringLiteral("A"));
    const qint64 b = m_co.client(QStringLiteral("B"));
    m_co.invoice(a, QStringLiteral("A-1"), m_day.addDays(-30), 90000);
    m_co.invoice(b, QStringLiteral("B-1"), m_day.addDays(-30), 90000);
    VERIFY_OK(m_co.promise(a, m_day, QStringLiteral("100.00"), m_day.addDays(1)));
    VERIFY_OK(m_co.promise(a, m_day.addDays(2), QStringLiteral("300.00"), m_day.addDays(3)));
    VERIFY_OK(m_co.promise(b, m_day, QStringLiteral("200.00"), m_day.addDays(1)));
    VERIFY_OK(m_co.promise(b, m_day, QStringLiteral("50.00"), m_day.addDays(40))); // open
    VERIFY_OK(m_co.pay(a, m_day.addDays(1), 10000)); // keeps the first of A
    VERIFY_OK(m_co.pay(a, m_day.addDays(3), 15000)); // half of the second
    PromiseService s(m_co.db, m_co.clerk);
    auto byClient = s.keptRates(PromiseService::RateBy::Client, m_day.addDays(10));
    VERIFY_OK(byClient);
    QCOMPARE(byClient.value().size(), 2);
    const auto &ra = byClient.value().at(0).rate;
    QCOMPARE(byClient.value().at(0).name, QStringLiteral("A"));
    QCOMPARE(ra.resolved, 2);
    QCOMPARE(ra.kept, 1);
    QCOMPARE(ra.countRateTenths(), 500);
    // 100 + 150 received of 400 promised = 62.5 %
    QCOMPARE(ra.amountRateTenths(), 625);
    const auto &rb = byClient.value().at(1).rate;
    QCOMPARE(rb.resolved, 1); // the open one does not count
    QCOMPARE(rb.countRateTenths(), 0);
    auto byClerk = s.keptRates(PromiseService::RateBy::Clerk, m_day.addDays(10));
    VERIFY_OK(byClerk);
    QCOMPARE(byClerk.value().size(), 1);
    QCOMPARE(byClerk.value().first().name, QStringLiteral("ann"));
    QCOMPARE(byClerk.value().first().rate.resolved, 3);
    QCOMPARE(byClerk.value().first().rate.kept, 1);
}

// Issue 12: promise 316 showed "paid 400" from a payment made earlier the same day. A payment
// dated the day of the promise counts only when it was recorded after the promise was.
void TestPromiseService::moneyAlreadyInWhenPromisedDoesNotCount()
{
    const QDate day = m_day;
    const QDateTime noon(day, QTime(12, 0), QTimeZone::utc());
    auto clock = std::make_shared<FixedClock>(noon);
    WorkflowCompany co;
    QVERIFY(co.open(m_dir.filePath(QStringLiteral("sameday.ardesk")), clock));
    const qint64 c = co.client(QStringLiteral("SAME"));
    co.invoice(c, QStringLiteral("S-1"), day.addDays(-20), 50000);
    VERIFY_OK(co.pay(c, day, 10000)); // in before the call, dated the same day
    clock->set(noon.addSecs(5 * 60));
    NoteService::Draft d;
    d.note.clientId = c;
    d.note.channel = NoteChannel::Call;
    d.note.occurredAt = noon.addSecs(4 * 60);
    d.note.text = QStringLiteral("Will pay 100 by the end of the week");
    d.note.templateKey = QStringLiteral("promise-to-pay");
    d.note.noFollowUpNeeded = true;
    d.fields = {{QStringLiteral("amount"), QStringLiteral("100.00")},
                {QStringLiteral("date"), day.addDays(5).toString(Qt::ISODate)}};
    VERIFY_OK(NoteService(co.db, co.clerk).add(d));
    auto judged = [&] {
        auto rows = PromiseService(co.db, co.clerk).list(c, day.addDays(8));
        return rows && !rows.value().isEmpty() ? rows.value().first() : PromiseService::Row();
    };
    QCOMPARE(toString(judged().outcome.status), QStringLiteral("broken"));
    QCOMPARE(judged().outcome.paidMinor, 0);
    auto rates = PromiseService(co.db, co.clerk)
                         .keptRates(PromiseService::RateBy::Client, day.addDays(8));
    VERIFY_OK(rates);
    QCOMPARE(rates.value().size(), 1);
    QCOMPARE(rates.value().first().rate.kept, 0);
    QCOMPARE(rates.value().first().rate.receivedMinor, 0);
    // Paid later that day, after the call: that is the promise being kept (in part).
    clock->set(noon.addSecs(3 * 3600));
    VERIFY_OK(co.pay(c, day, 4000));
    QCOMPARE(toString(judged().outcome.status), QStringLiteral("partly_kept"));
    QCOMPARE(judged().outcome.paidMinor, 4000);
}

QTEST_GUILESS_MAIN(TestPromiseService)
#include "tst_promiseservice.moc"
