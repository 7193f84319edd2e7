// SPDX-License-Identifier: MIT
// The KPI functions (core/domain/kpi.h) on figures computed by hand (docs/kpis.md, "Worked
// example"): DSO, countback DSO walking month by month, best-possible DSO, ADD, CEI, % current,
// the 90+ share, days to pay and late, promise-kept rates; a period without sales and a company
// without receivables give empty ratios, never infinity; the dispute-adjusted figures.
#include "core/domain/kpi.h"

#include <cmath>

#include <QTest>

using namespace ardesk;

class TestKpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExampleMatchesTheHandComputedFigures();
    void countbackWalksMonthByMonth();
    void countbackIsEmptyWhenTwoYearsOfSalesDoNotCoverAr();
    void periodWithoutSalesGivesEmptyRatiosNotInfinity();
    void noReceivablesAndNoSalesGivesNoRatioAtAll();
    void disputeAdjustedFiguresLeaveTheDisputedInvoiceOut();
    void salesCountOnlyDaysInsideThePeriod();
    void groupsAddUpToTheCompany();

private:
    static KpiInputs workedExample();
};

namespace {

/// Within half a hundredth: what the CLI's two decimals show.
bool near(const std::optional<double> &value, double expected)
{
    return value && std::abs(*value - expected) < 0.005;
}

} // namespace

/// The figures of docs/kpis.md's worked example, USD cents, T = 2026-06-30, P = 90.
KpiInputs TestKpi::workedExample()
{
    KpiInputs in;
    in.currency = QStringLiteral("USD");
    in.arEnd = 120000;
    in.currentEnd = 60000;
    in.over90End = 12000;
    in.arBegin = 100000;
    in.salesByDay = {{QDate(2026, 3, 15), 50000}, // before the period: countback only
                     {QDate(2026, 4, 15), 90000},
                     {QDate(2026, 5, 20), 60000},
                     {QDate(2026, 6, 10), 30000},
                     {QDate(2026, 6, 25), 30000}};
    in.paidInvoices = 3;
    in.daysToPaySum = 30 + 45 + 60;
    in.daysLateSum = 0 + 15 + 30;
    in.promises.resolved = 4;
    in.promises.kept = 3;
    in.promises.promisedMinor = 40000;
    in.promises.receivedMinor = 35000;
    return in;
}

void TestKpi::workedExampleMatchesTheHandComputedFigures()
{
    const Kpi k = Kpi::compute(workedExample(), QDate(2026, 6, 30), 90);
    QCOMPARE(k.currency, QStringLiteral("USD"));
    QCOMPARE(k.arTotal, qint64(120000));
    QCOMPARE(k.arCurrent, qint64(60000));
    QCOMPARE(k.arBegin, qint64(100000));
    QCOMPARE(k.sales, qint64(210000)); // 900 + 600 + 300 + 300; the March sale is before the period
    QVERIFY(near(k.dso, 51.43)); // 1200 / 2100 × 90
    QVERIFY(near(k.bestPossibleDso, 25.71)); // 600 / 2100 × 90
    QVERIFY(near(k.averageDaysDelinquent, 25.71));
    QVERIFY(near(k.cei, 76.0)); // (1000 + 2100 − 1200) / (1000 + 2100 − 600)
    QVERIFY(near(k.percentCurrent, 50.0));
    QVERIFY(near(k.percentAtRisk90, 10.0));
    QVERIFY(near(k.dsoCountback, 61.0)); // June 31 days, then all of May's 30
    QVERIFY(near(k.averageDaysToPay, 45.0));
    QVERIFY(near(k.averageDaysLate, 15.0));
    QVERIFY(near(k.promiseKeptRate, 75.0));
    QVERIFY(near(k.promiseKeptPercentOfPromised, 87.5));
}

void TestKpi::countbackWalksMonthByMonth()
{
    const QMap<QDate, qint64> sales = workedExample().salesByDay;
    const QDate t(2026, 6, 30);
    // 600 of June's (05-30, 06-30]: 31 days × 600/600.
    QVERIFY(near(Kpi::countbackDso(60000, sales, t), 31.0));
    // Half of June: 15.5 days.
    QVERIFY(near(Kpi::countbackDso(30000, sales, t), 15.5));
    // June (600, 31 days), May (600, 30 days), April (04-30 back to 03-30: 900, 31 days) and a
    // fifth of March's 500 over (02-28, 03-30]'s 30 days: 92 + 6 = 98.
    QVERIFY(near(Kpi::countbackDso(60000 + 60000 + 90000 + 10000, sales, t), 98.0));
    QVERIFY(near(Kpi::countbackDso(0, sales, t), 0.0));
}

void TestKpi::countbackIsEmptyWhenTwoYearsOfSalesDoNotCoverAr()
{
    const QMap<QDate, qint64> sales {{QDate(2026, 6, 1), 1000}};
    QVERIFY(!Kpi::countbackDso(5000, sales, QDate(2026, 6, 30)));
    QVERIFY(!Kpi::countbackDso(5000, {}, QDate(2026, 6, 30)));
}

void TestKpi::periodWithoutSalesGivesEmptyRatiosNotInfinity()
{
    KpiInputs in = workedExample();
    in.salesByDay = {{QDate(2026, 1, 10), 200000}}; // long before the period
    const Kpi k = Kpi::compute(in, QDate(2026, 6, 30), 90);
    QCOMPARE(k.sales, qint64(0));
    QVERIFY(!k.dso);
    QVERIFY(!k.bestPossibleDso);
    QVERIFY(!k.averageDaysDelinquent);
    // CEI still has a divisor: (1000 + 0 − 1200) / (1000 + 0 − 600) = −50 %.
    QVERIFY(near(k.cei, -50.0));
    QVERIFY(near(k.percentCurrent, 50.0));
    QVERIFY(k.dsoCountback.has_value()); // January's 2000 covers the 1200 open
}

void TestKpi::noReceivablesAndNoSalesGivesNoRatioAtAll()
{
    KpiInputs in;
    in.currency = QStringLiteral("EUR");
    const Kpi k = Kpi::compute(in, QDate(2026, 6, 30), 30);
    QCOMPARE(k.arTotal, qint64(0));
    for (const std::optional<double> &v :
         {k.dso, k.bestPossibleDso, k.averageDaysDelinquent, k.cei, k.percentCurrent,
          k.percentAtRisk90, k.averageDaysToPay, k.averageDaysLate, k.promiseKeptRate,
          k.promiseKeptPercentOfPromised})
        QVERIFY(!v);
    QVERIFY(near(k.dsoCountback, 0.0)); // nothing open: no days of sales
}

void TestKpi::disputeAdjustedFiguresLeaveTheDisputedInvoiceOut()
{
    // A disputed 300.00 invoice issued 06-25, not yet due: without it AR is 900.00 (current
    // 300.00) and sales 1800.00.
    KpiInputs in = workedExample();
    in.arEnd -= 30000;
    in.currentEnd -= 30000;
    in.salesByDay.remove(QDate(2026, 6, 25));
    const Kpi k = Kpi::compute(in, QDate(2026, 6, 30), 90);
    QCOMPARE(k.sales, qint64(180000));
    QVERIFY(near(k.dso, 45.0)); // 900 / 1800 × 90
    QVERIFY(near(k.bestPossibleDso, 15.0)); // 300 / 1800 × 90
    QVERIFY(near(k.averageDaysDelinquent, 30.0));
    QVERIFY(near(k.cei, 76.0)); // (1000 + 1800 − 900) / (1000 + 1800 − 300) = 1900 / 2500
    QVERIFY(near(k.percentCurrent, 33.33));
    QVERIFY(near(k.percentAtRisk90, 13.33));
}

void TestKpi::salesCountOnlyDaysInsideThePeriod()
{
    const QMap<QDate, qint64> sales {
            {QDate(2026, 4, 1), 1}, {QDate(2026, 4, 2), 10}, {QDate(2026, 6, 30), 100}};
    // (T − 90, T] = (04-01, 06-30]: the first day is out, T itself is in.
    QCOMPARE(Kpi::salesBetween(sales, QDate(2026, 4, 1), QDate(2026, 6, 30)), qint64(110));
    KpiInputs in;
    in.currency = QStringLiteral("USD");
    in.salesByDay = sales;
    QCOMPARE(Kpi::compute(in, QDate(2026, 6, 30), 90).sales, qint64(110));
}

void TestKpi::groupsAddUpToTheCompany()
{
    KpiInputs company;
    company.currency = QStringLiteral("USD");
    company.add(workedExample());
    company.add(workedExample());
    const Kpi k = Kpi::compute(company, QDate(2026, 6, 30), 90);
    QCOMPARE(k.arTotal, qint64(240000));
    QCOMPARE(k.sales, qint64(420000));
    QVERIFY(near(k.dso, 51.43)); // a ratio of sums: the same as each half
    QVERIFY(near(k.promiseKeptRate, 75.0));
}

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
