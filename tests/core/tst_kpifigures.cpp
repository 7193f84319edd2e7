// SPDX-License-Identifier: MIT
// The report queries on a real company file (tests/support/kpisupport.h, figures by hand in
// docs/kpis.md): KpiQuery replays AR as of a past day (later payments and invoices ignored) and
// agrees with the aging report, counts sales in (T − P, T] and the invoices paid in the period,
// groups by clerk and segment and leaves disputed invoices out when asked; ReportService judges
// the promises of the period and refuses a clerk; ActivityQuery lists every clerk's notes newest
// first, in pages, without deleted ones, with per-clerk totals; the IBM sample's figures equal
// an independent replay of its CSV.
#include "core/import/csvimport.h"
#include "core/services/demogenerator.h"
#include "core/services/ledgerservice.h"
#include "core/services/reportservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/sql.h"
#include "support/kpisupport.h"

#include <cmath>

#include <QFile>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestKpiFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replaysArAsOfAPastDay();
    void arAgreesWithTheAgingReport();
    void pastArAgreesWithTheAgingReplayOnADemoCompany();
    void companyKpisMatchTheHandComputedFigures();
    void excludingDisputedLeavesTheDisputeOut();
    void groupsByClerkAndBySegment();
    void aPeriodWithoutSalesHasNullRatios();
    void clerkIsRefusedNamingTheRole();
    void badSpecIsRefusedNamingTheField();
    void activityListsEveryClerksNotesNewestFirst();
    void activityPagesAndFilters();
    void activityTotalsPerClerk();
    void ibmSampleMatchesAReplayOfTheCsv();

private:
    ReportService manager() const { return ReportService(m_co.db, m_co.manager); }
    Kpi companyUsd(const KpiQuery::Spec &spec) const;

    ScratchDir m_dir;
    WorkflowCompany m_co;
};

namespace {

bool near(const std::optional<double> &value, double expected)
{
    return value && std::abs(*value - expected) < 0.005;
}

} // namespace

void TestKpiFigures::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("kpi.ardesk")), QDate(2026, 7, 10)));
    const QString built = buildKpiCompany(m_co);
    QVERIFY2(built.isEmpty(), qPrintable(built));
}

void TestKpiFigures::cleanup()
{
    m_co.db.reset();
}

Kpi TestKpiFigures::companyUsd(const KpiQuery::Spec &spec) const
{
    auto r = manager().kpis(spec);
    if (!r || r.value().currencies.size() != 1)
        return Kpi();
    return r.value().currencies.first();
}

void TestKpiFigures::replaysArAsOfAPastDay()
{
    auto f = KpiQuery(*m_co.db).ledgerFigures(specAt(kpiAsOf()));
    QVERIFY2(f, qPrintable(f.errorString()));
    const KpiInputs in = f.value().value(QString()).value(QStringLiteral("USD"));
    // A-1 600.00 (119 days late), A-2 500.00 (not due; paid only on 07-05), B-1 200.00; B-2 is
    // issued after T.
    QCOMPARE(in.arEnd, qint64(130000));
    QCOMPARE(in.currentEnd, qint64(50000));
    QCOMPARE(in.over90End, qint64(60000));
    QCOMPARE(in.arBegin, qint64(130000)); // 04-01: A-1 1000.00 and A-3 300.00 issued that day
    QCOMPARE(in.paidInvoices, 1); // A-3 on 05-11
    QCOMPARE(in.daysToPaySum, qint64(40));
    QCOMPARE(in.daysLateSum, qint64(10));
    QCOMPARE(in.salesByDay.value(QDate(2026, 6, 15)), qint64(50000));
    QVERIFY(!in.salesByDay.contains(QDate(2026, 7, 2))); // after T
}

void TestKpiFigures::arAgreesWithTheAgingReport()
{
    for (const QDate &day : {kpiAsOf(), QDate(2026, 4, 1), QDate(2026, 7, 10)}) {
        auto aging = AgingReport::compute(*m_co.db, day);
        QVERIFY(aging);
        auto f = KpiQuery(*m_co.db).ledgerFigures(specAt(day));
        QVERIFY(f);
        const KpiInputs in = f.value().value(QString()).value(QStringLiteral("USD"));
        const AgingReport::Buckets b = aging.value().currencies.value(0).buckets;
        QCOMPARE(in.arEnd, b.total());
        QCOMPARE(in.currentEnd, b.notDue);
        QCOMPARE(in.over90End, b.d90plus);
    }
}

/// AR(T) and AR(T − P) are read as the open balances now plus what was received and credited
/// after the day (kpiquery.cpp); AgingReport replays every invoice the long way. On a demo
/// company (four currencies, two years of payments and credit notes, one payment voided) they
/// agree on every day tried, per currency and bucket, and the clerks' groups add up to the
/// company.
void TestKpiFigures::pastArAgreesWithTheAgingReplayOnADemoCompany()
{
    ScratchDir dir;
    QVERIFY(dir.renew());
    WorkflowCompany co;
    const QDate today(2026, 6, 30);
    QVERIFY(co.open(dir.filePath(QStringLiteral("demo.ardesk")), today));
    DemoGenerator::Options o;
    o.clients = 150;
    o.seed = 7;
    o.asOf = today;
    VERIFY_OK(DemoGenerator(co.db).generate(o));
    const QSqlDatabase conn = co.db->connection();
    // A payment of last winter voided: at no date does it count, in either reading.
    auto paid = sql::scalar(conn,
                            QStringLiteral("SELECT min(p.id) FROM payments p JOIN "
                                           "payment_allocations a ON a.payment_id = p.id WHERE "
                                           "p.payment_date BETWEEN '2026-01-01' AND '2026-01-31'"));
    VERIFY_OK(paid);
    QVERIFY(paid.value().toLongLong() > 0);
    VERIFY_OK(LedgerService(co.db, co.manager)
                      .voidPayment(paid.value().toLongLong(), QStringLiteral("bounced")));
    const QList<QDate> days {today,
                             today.addDays(-1),
                             today.addDays(-90),
                             QDate(2026, 1, 15),
                             QDate(2025, 12, 31),
                             QDate(2025, 9, 30),
                             QDate(2025, 3, 1)};
    // All the days in one pass (the dashboard's month-end trend) give each day's figures too.
    auto series = KpiQuery(*co.db).balancesOn(days, specAt(today));
    VERIFY_OK(series);
    int compared = 0;
    for (const QDate &day : days) {
        auto aging = AgingReport::compute(*co.db, day);
        VERIFY_OK(aging);
        auto company = KpiQuery(*co.db).ledgerFigures(specAt(day));
        VERIFY_OK(company);
        KpiQuery::Spec byClerk = specAt(day);
        byClerk.by = KpiQuery::GroupBy::Clerk;
        auto clerks = KpiQuery(*co.db).ledgerFigures(byClerk);
        VERIFY_OK(clerks);
        QCOMPARE(company.value().value(QString()).size(), aging.value().currencies.size());
        for (const AgingReport::Currency &c : aging.value().currencies) {
            const KpiInputs in = company.value().value(QString()).value(c.currency);
            QCOMPARE(in.arEnd, c.buckets.total());
            QCOMPARE(in.currentEnd, c.buckets.notDue);
            QCOMPARE(in.over90End, c.buckets.d90plus);
            const KpiInputs inSeries = series.value().value(day).value(QString()).value(c.currency);
            QCOMPARE(inSeries.arEnd, c.buckets.total());
            QCOMPARE(inSeries.currentEnd, c.buckets.notDue);
            QCOMPARE(inSeries.over90End, c.buckets.d90plus);
            qint64 sum = 0;
            for (const auto &group : clerks.value())
                sum += group.value(c.currency).arEnd;
            QCOMPARE(sum, c.buckets.total());
            // AR(T − P) is AR at the end of T − P: the aging replay of that day.
            auto begin = AgingReport::compute(*co.db, day.addDays(-90));
            VERIFY_OK(begin);
            qint64 then = 0;
            for (const AgingReport::Currency &b : begin.value().currencies) {
                if (b.currency == c.currency)
                    then = b.buckets.total();
            }
            QCOMPARE(in.arBegin, then);
            ++compared;
        }
    }
    QVERIFY(compared >= 14); // several currencies on every day

    // The month-end trend (the dashboard's) gives each day the KPIs kpis() gives it alone.
    const ReportService reports(co.db, co.manager);
    const QList<QDate> monthEnds {QDate(2026, 5, 31), QDate(2026, 4, 30), QDate(2026, 1, 31),
                                  QDate(2025, 10, 31)};
    auto trend = reports.kpiTrend(monthEnds, specAt(today));
    VERIFY_OK(trend);
    QCOMPARE(trend.value().size(), monthEnds.size());
    for (const QDate &day : monthEnds) {
        auto alone = reports.kpis(specAt(day));
        VERIFY_OK(alone);
        const auto &a = alone.value().currencies;
        const auto &t = trend.value().value(day).currencies;
        QCOMPARE(t.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(t.at(i).currency, a.at(i).currency);
            QCOMPARE(t.at(i).arTotal, a.at(i).arTotal);
            QCOMPARE(t.at(i).arCurrent, a.at(i).arCurrent);
            QCOMPARE(t.at(i).arBegin, a.at(i).arBegin);
            QCOMPARE(t.at(i).sales, a.at(i).sales);
            QCOMPARE(t.at(i).dso, a.at(i).dso);
            QCOMPARE(t.at(i).bestPossibleDso, a.at(i).bestPossibleDso);
            QCOMPARE(t.at(i).cei, a.at(i).cei);
            QCOMPARE(t.at(i).dsoCountback, a.at(i).dsoCountback);
            QCOMPARE(t.at(i).percentAtRisk90, a.at(i).percentAtRisk90);
        }
    }
    // A clerk reads no trend either.
    QCOMPARE(ReportService(co.db, co.clerk).kpiTrend(monthEnds, specAt(today)).error().code,
             ErrorCode::PermissionDenied);
}

void TestKpiFigures::companyKpisMatchTheHandComputedFigures()
{
    const Kpi k = companyUsd(specAt(kpiAsOf()));
    QCOMPARE(k.currency, QStringLiteral("USD"));
    QCOMPARE(k.sales, qint64(70000)); // A-2 and B-1; A-3 on T − P itself is not in (T − P, T]
    QVERIFY(near(k.dso, 167.14));
    QVERIFY(near(k.bestPossibleDso, 64.29));
    QVERIFY(near(k.averageDaysDelinquent, 102.86));
    QVERIFY(near(k.cei, 46.67));
    QVERIFY(near(k.percentCurrent, 38.46));
    QVERIFY(near(k.percentAtRisk90, 46.15));
    QVERIFY(near(k.dsoCountback, 130.7));
    QVERIFY(near(k.averageDaysToPay, 40.0));
    QVERIFY(near(k.averageDaysLate, 10.0));
    QVERIFY(near(k.promiseKeptRate, 50.0)); // ACME's kept, BETA's broken
    QVERIFY(near(k.promiseKeptPercentOfPromised, 80.0)); // 400 of 500 promised
}

void TestKpiFigures::excludingDisputedLeavesTheDisputeOut()
{
    KpiQuery::Spec s = specAt(kpiAsOf());
    s.excludeDisputed = true;
    const Kpi k = companyUsd(s);
    QCOMPARE(k.arTotal, qint64(110000));
    QCOMPARE(k.sales, qint64(50000));
    QVERIFY(near(k.dso, 198.0));
    QVERIFY(near(k.bestPossibleDso, 90.0));
    QVERIFY(near(k.cei, 53.85));
    QVERIFY(near(k.percentAtRisk90, 54.55));
}

void TestKpiFigures::groupsByClerkAndBySegment()
{
    KpiQuery::Spec s = specAt(kpiAsOf());
    s.by = KpiQuery::GroupBy::Clerk;
    auto byClerk = manager().kpis(s);
    QVERIFY2(byClerk, qPrintable(byClerk.errorString()));
    QCOMPARE(byClerk.value().groups.size(), 2);
    const ReportService::KpiGroup ann = byClerk.value().groups.at(0);
    const ReportService::KpiGroup bob = byClerk.value().groups.at(1);
    QCOMPARE(ann.key, QStringLiteral("ann"));
    QCOMPARE(bob.key, QStringLiteral("bob"));
    QCOMPARE(ann.currencies.first().arTotal, qint64(110000));
    QCOMPARE(bob.currencies.first().arTotal, qint64(20000));
    QVERIFY(near(bob.currencies.first().dso, 90.0)); // 200 / 200 × 90
    QVERIFY(near(ann.currencies.first().promiseKeptRate, 100.0));
    QVERIFY(near(bob.currencies.first().promiseKeptRate, 0.0));
    // The company total is still there, the same as ungrouped.
    QCOMPARE(byClerk.value().currencies.first().arTotal, qint64(130000));

    s.by = KpiQuery::GroupBy::Segment;
    auto bySegment = manager().kpis(s);
    QVERIFY(bySegment);
    QCOMPARE(bySegment.value().groups.size(), 2);
    QCOMPARE(bySegment.value().groups.at(0).key, QStringLiteral("retail"));
    QCOMPARE(bySegment.value().groups.at(1).key, QStringLiteral("wholesale"));
    QCOMPARE(bySegment.value().groups.at(1).currencies.first().sales, qint64(20000));
}

void TestKpiFigures::aPeriodWithoutSalesHasNullRatios()
{
    const Kpi k = companyUsd(specAt(kpiAsOf(), 10)); // (06-20, 06-30]: nothing issued
    QCOMPARE(k.sales, qint64(0));
    QCOMPARE(k.arTotal, qint64(130000));
    QVERIFY(!k.dso);
    QVERIFY(!k.bestPossibleDso);
    QVERIFY(!k.averageDaysDelinquent);
    QVERIFY(k.percentCurrent.has_value());
}

void TestKpiFigures::clerkIsRefusedNamingTheRole()
{
    auto r = ReportService(m_co.db, m_co.clerk).kpis(specAt(kpiAsOf()));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(r.errorString().contains(QStringLiteral("manager")), qPrintable(r.errorString()));
    auto a = ReportService(m_co.db, m_co.clerk).activity({});
    QVERIFY(!a);
    QCOMPARE(a.error().code, ErrorCode::PermissionDenied);
}

void TestKpiFigures::badSpecIsRefusedNamingTheField()
{
    auto r = manager().kpis(specAt(kpiAsOf(), 0));
    QVERIFY(!r);
    QVERIFY2(r.errorString().contains(QStringLiteral("period")), qPrintable(r.errorString()));
    ActivityQuery::Spec a;
    a.since = QDate(2026, 6, 2);
    a.until = QDate(2026, 6, 1);
    auto act = manager().activity(a);
    QVERIFY(!act);
    QVERIFY2(act.errorString().contains(QStringLiteral("until")), qPrintable(act.errorString()));
}

void TestKpiFigures::activityListsEveryClerksNotesNewestFirst()
{
    auto a = manager().activity({});
    QVERIFY2(a, qPrintable(a.errorString()));
    const QList<ActivityQuery::Entry> e = a.value().entries;
    // ann's e-mail 06-26, bob's text 06-25, ann's dispute call 06-20, the promises 05-20 and
    // 05-01; the call deleted on 06-27 is not listed.
    QCOMPARE(e.size(), 5);
    QVERIFY(e.at(0).channel == NoteChannel::Email);
    QCOMPARE(e.at(0).authorName, QStringLiteral("ann"));
    QCOMPARE(e.at(0).summary, QStringLiteral("Statement sent"));
    QVERIFY(e.at(1).channel == NoteChannel::Text);
    QCOMPARE(e.at(1).authorName, QStringLiteral("bob"));
    QCOMPARE(e.at(1).clientCode, QStringLiteral("BETA"));
    QCOMPARE(e.at(2).occurredAt.date(), QDate(2026, 6, 20));
    QCOMPARE(e.at(4).occurredAt.date(), QDate(2026, 5, 1));
}

void TestKpiFigures::activityPagesAndFilters()
{
    ActivityQuery::Spec s;
    s.limit = 2;
    s.offset = 2;
    auto page = manager().activity(s);
    QVERIFY(page);
    QCOMPARE(page.value().entries.size(), 2);
    QCOMPARE(page.value().entries.at(0).occurredAt.date(), QDate(2026, 6, 20));

    ActivityQuery::Spec calls;
    calls.channel = NoteChannel::Call;
    calls.since = QDate(2026, 5, 15);
    calls.until = QDate(2026, 6, 30);
    auto c = manager().activity(calls);
    QVERIFY(c);
    QCOMPARE(c.value().entries.size(), 2); // the promise of 05-20 and the dispute of 06-20

    ActivityQuery::Spec bobs;
    bobs.authorId = m_co.count(QStringLiteral("SELECT id FROM users WHERE name = 'bob'"));
    auto b = manager().activity(bobs);
    QVERIFY(b);
    QCOMPARE(b.value().entries.size(), 1);
    QCOMPARE(b.value().totals.size(), 1);
    QCOMPARE(b.value().totals.first().texts, 1);
}

void TestKpiFigures::activityTotalsPerClerk()
{
    auto a = manager().activity({});
    QVERIFY(a);
    const QList<ActivityQuery::ClerkTotals> t = a.value().totals;
    QCOMPARE(t.size(), 2);
    QCOMPARE(t.at(0).userName, QStringLiteral("ann"));
    QCOMPARE(t.at(0).calls, 3);
    QCOMPARE(t.at(0).emails, 1);
    QCOMPARE(t.at(0).texts, 0);
    QCOMPARE(t.at(0).notes, 4);
    QCOMPARE(t.at(0).promisesMade, 2);
    QCOMPARE(t.at(0).promisesKept, 1);
    QCOMPARE(t.at(1).userName, QStringLiteral("bob"));
    QCOMPARE(t.at(1).notes, 1);
    QCOMPARE(t.at(1).promisesMade, 0);

    ActivityQuery::Spec june;
    june.since = QDate(2026, 6, 1);
    auto j = manager().activity(june);
    QVERIFY(j);
    QCOMPARE(j.value().totals.at(0).promisesMade, 0); // both promises were made in May
    QCOMPARE(j.value().totals.at(0).notes, 2);
}

void TestKpiFigures::ibmSampleMatchesAReplayOfTheCsv()
{
    const QString path
            = QStringLiteral(ARDESK_SOURCE_DIR "/../shared/data/ibm-late-payment-histories.csv");
    if (!QFile::exists(path))
        QSKIP("../shared/data/ibm-late-payment-histories.csv is not here (a user's own clone)");
    ScratchDir dir;
    QVERIFY(dir.renew());
    auto db = Database::open(dir.filePath(QStringLiteral("ibm.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    auto preset = CsvImport::presetOptions(QStringLiteral("ibm-late-payments"));
    QVERIFY(preset);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto imported = CsvImport(db.value(), 0).run(&f, preset.value());
    QVERIFY2(imported && imported.value().errors.isEmpty(),
             imported ? qPrintable(imported.value().errors.value(0).message)
                      : qPrintable(imported.errorString()));

    // The replay, straight from the file: AR(t) = issued by t, settled after t.
    struct Row
    {
        QDate issue, due, settled;
        qint64 cents;
        bool disputed;
    };
    QList<Row> rows;
    f.seek(0);
    f.readLine();
    while (!f.atEnd()) {
        const QList<QByteArray> c = f.readLine().trimmed().split(',');
        auto date = [](const QByteArray &t) {
            return QDate::fromString(QString::fromLatin1(t), QStringLiteral("M/d/yyyy"));
        };
        const QList<QByteArray> money = c[6].split('.');
        const qint64 cents = money[0].toLongLong() * 100
                + (money.size() > 1 ? money[1].leftJustified(2, '0').toLongLong() : 0);
        rows.append({date(c[4]), date(c[5]), date(c[8]), cents, c[7] == "Yes"});
    }
    QCOMPARE(rows.size(), 2466);
    for (const QDate t : {QDate(2012, 12, 31), QDate(2013, 6, 30), QDate(2013, 10, 15)}) {
        for (const bool excluded : {false, true}) {
            KpiQuery::Spec spec = specAt(t);
            spec.excludeDisputed = excluded;
            KpiInputs expected;
            const QDate begin = t.addDays(-90);
            for (const Row &r : std::as_const(rows)) {
                if (excluded && r.disputed)
                    continue;
                if (r.issue <= t && r.settled > t) {
                    expected.arEnd += r.cents;
                    expected.currentEnd += r.due >= t ? r.cents : 0;
                    expected.over90End += r.due.daysTo(t) > 90 ? r.cents : 0;
                }
                if (r.issue <= begin && r.settled > begin)
                    expected.arBegin += r.cents;
                if (r.settled > begin && r.settled <= t) {
                    ++expected.paidInvoices;
                    expected.daysToPaySum += r.issue.daysTo(r.settled);
                    expected.daysLateSum += std::max<qint64>(0, r.due.daysTo(r.settled));
                }
            }
            auto f2 = KpiQuery(*db.value()).ledgerFigures(spec);
            QVERIFY(f2);
            const KpiInputs got = f2.value().value(QString()).value(QStringLiteral("USD"));
            QCOMPARE(got.arEnd, expected.arEnd);
            QCOMPARE(got.currentEnd, expected.currentEnd);
            QCOMPARE(got.over90End, expected.over90End);
            QCOMPARE(got.arBegin, expected.arBegin);
            QCOMPARE(got.paidInvoices, expected.paidInvoices);
            QCOMPARE(got.daysToPaySum, expected.daysToPaySum);
            QCOMPARE(got.daysLateSum, expected.daysLateSum);
            qint64 sales = 0;
            for (const Row &r : std::as_const(rows))
                sales += (!excluded || !r.disputed) && r.issue > begin && r.issue <= t ? r.cents
                                                                                       : 0;
            QCOMPARE(Kpi::salesBetween(got.salesByDay, begin, t), sales);
        }
    }
    // docs/kpis.md quotes these.
    auto report = ReportService(db.value(), 0).kpis(specAt(QDate(2013, 6, 30)));
    QVERIFY(report);
    const Kpi k = report.value().currencies.first();
    QVERIFY(near(k.dso, 23.15));
    QVERIFY(near(k.cei, 96.09));
    QVERIFY(near(k.averageDaysToPay, 25.95));
}

QTEST_GUILESS_MAIN(TestKpiFigures)
#include "tst_kpifigures.moc"
