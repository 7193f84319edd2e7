// SPDX-License-Identifier: MIT
// The manager's dashboard on a hand-made company file (tests/support/kpisupport.h plus a client
// billed in euros and two of bob's notes either side of a week's end): the tiles equal
// ReportService::kpis as of T and T − P, the aging equals AgingReport with the clients in each
// bucket counted, the trend holds the KPIs of the last twelve month-ends, each week counts
// exactly the notes logged in it (Monday to Sunday in the company's time zone, New York here),
// the top overdue accounts are the hand-computed ones per currency; progress, cancel, a clerk
// refused, a bad option named; and the client list's aging-bucket filter returns exactly the
// clients AgingReport::forEachClient puts in that bucket.
#include "core/services/dashboardservice.h"
#include "core/services/reportservice.h"
#include "core/storage/clientlistquery.h"
#include "support/kpisupport.h"

#include <QSet>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tilesEqualTheKpisNowAndOnePeriodEarlier();
    void agingEqualsTheAgingReportWithClientsPerBucket();
    void trendHoldsTheKpisOfTheLastTwelveMonthEnds();
    void eachWeekCountsExactlyTheNotesLoggedInIt();
    void topOverdueAccountsPerCurrency();
    void reportsProgressAndStopsWhenCancelled();
    void clerkIsRefusedAndBadOptionsAreNamed();
    void bucketFilterListsExactlyTheAgingReportsClients_data();
    void bucketFilterListsExactlyTheAgingReportsClients();
    void noContactFilterCountsConversationsInCompanyDays();

private:
    DashboardService::Dashboard dashboard();

    ScratchDir m_dir;
    WorkflowCompany m_co;
    qint64 m_bob = 0;
    qint64 m_gamma = 0;
};

namespace {

const QDate kToday(2026, 7, 10); // a Friday

/// `promises`: also the promise-kept rate (the trend reads the ledger KPIs only).
void compareKpis(const QList<Kpi> &actual, const QList<Kpi> &expected, bool promises = true)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].currency, expected[i].currency);
        QCOMPARE(actual[i].arTotal, expected[i].arTotal);
        QCOMPARE(actual[i].arCurrent, expected[i].arCurrent);
        QCOMPARE(actual[i].sales, expected[i].sales);
        QCOMPARE(actual[i].dso, expected[i].dso);
        QCOMPARE(actual[i].bestPossibleDso, expected[i].bestPossibleDso);
        QCOMPARE(actual[i].averageDaysDelinquent, expected[i].averageDaysDelinquent);
        QCOMPARE(actual[i].cei, expected[i].cei);
        QCOMPARE(actual[i].percentCurrent, expected[i].percentCurrent);
        QCOMPARE(actual[i].percentAtRisk90, expected[i].percentAtRisk90);
        if (promises)
            QCOMPARE(actual[i].promiseKeptRate, expected[i].promiseKeptRate);
        else
            QVERIFY(!actual[i].promiseKeptRate);
    }
}

const ActivityQuery::ClerkTotals *clerkIn(const DashboardService::ActivityWeek &week,
                                          const QString &name)
{
    for (const auto &t : week.clerks) {
        if (t.userName == name)
            return &t;
    }
    return nullptr;
}

} // namespace

void TestDashboard::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("dash.ardesk")), kToday));
    const QString built = buildKpiCompany(m_co);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    m_bob = UserRepository(m_co.db->connection())
                    .ensure(QStringLiteral("bob"), UserRole::Clerk)
                    .valueOr(User())
                    .id;
    QVERIFY(m_bob);
    // GAMMA is billed in euros: 500.00 due 2026-05-01, 70 days overdue on 07-10.
    Client gamma = makeClient(QStringLiteral("GAMMA"), QStringLiteral("Gamma GmbH"),
                              QStringLiteral("EUR"));
    gamma.assignedUserId = m_bob;
    QVERIFY(ClientService(m_co.db, m_co.manager).createClient(gamma));
    m_gamma = gamma.id;
    Invoice g1 = makeInvoice(m_gamma, QStringLiteral("G-1"), QDate(2026, 5, 1), 50000,
                             QStringLiteral("EUR"));
    QVERIFY(ClientService(m_co.db, m_co.manager).addInvoice(g1));
    // The company works in New York: bob's call at 23:30 on Sunday 07-05 is 03:30 UTC on Monday
    // and belongs to the week of 06-29; his text at 00:30 on Monday 07-06 to the week of 07-06.
    QVERIFY(m_co.setTimeZone(QStringLiteral("America/New_York")));
    const QTimeZone ny("America/New_York");
    m_co.clock->set(QDateTime(kToday, QTime(12, 0), ny)); // New York's noon: today is kToday
    for (auto [channel, at] :
         {std::pair {NoteChannel::Call, QDateTime(QDate(2026, 7, 5), QTime(23, 30), ny)},
          std::pair {NoteChannel::Text, QDateTime(QDate(2026, 7, 6), QTime(0, 30), ny)}}) {
        NoteService::Draft d;
        d.note.clientId = m_gamma;
        d.note.channel = channel;
        d.note.outcome = NoteOutcome::Other;
        d.note.occurredAt = at.toUTC();
        d.note.text = QStringLiteral("About G-1");
        d.note.noFollowUpNeeded = true;
        auto added = NoteService(m_co.db, m_bob).add(d);
        QVERIFY2(added, qPrintable(added.errorString()));
    }
}

void TestDashboard::cleanup()
{
    m_co.db.reset();
}

DashboardService::Dashboard TestDashboard::dashboard()
{
    auto d = DashboardService(m_co.db, m_co.manager).compute({});
    if (!d)
        qWarning("%s", qPrintable(d.errorString()));
    return d.valueOr(DashboardService::Dashboard());
}

void TestDashboard::tilesEqualTheKpisNowAndOnePeriodEarlier()
{
    const auto d = dashboard();
    QCOMPARE(d.asOf, kToday);
    QCOMPARE(d.periodDays, 90);
    ReportService reports(m_co.db, m_co.manager);
    KpiQuery::Spec spec;
    spec.asOf = kToday;
    auto now = reports.kpis(spec);
    QVERIFY(now);
    compareKpis(d.kpis, now.value().currencies);
    spec.asOf = kToday.addDays(-90);
    auto before = reports.kpis(spec);
    QVERIFY(before);
    compareKpis(d.previousKpis, before.value().currencies);
    // By hand: USD AR on 07-10 is 600.00 (A-1) + 200.00 (B-1) + 400.00 (B-2); EUR 500.00.
    QCOMPARE(d.kpis.size(), 2);
    QCOMPARE(d.kpis[0].currency, QStringLiteral("EUR"));
    QCOMPARE(d.kpis[0].arTotal, 50000);
    QCOMPARE(d.kpis[1].currency, QStringLiteral("USD"));
    QCOMPARE(d.kpis[1].arTotal, 120000);
    QCOMPARE(d.kpis[1].arCurrent, 40000);
}

void TestDashboard::agingEqualsTheAgingReportWithClientsPerBucket()
{
    const auto d = dashboard();
    auto report = AgingReport::compute(*m_co.db, kToday);
    QVERIFY(report);
    QCOMPARE(d.aging.size(), report.value().currencies.size());
    for (qsizetype i = 0; i < d.aging.size(); ++i) {
        const auto &mine = d.aging[i];
        const auto &theirs = report.value().currencies[i];
        QCOMPARE(mine.currency, theirs.currency);
        QCOMPARE(mine.openInvoices, theirs.openInvoices);
        for (AgingBucket b : kAgingBuckets)
            QCOMPARE(mine.amounts.amount(b), theirs.buckets.amount(b));
    }
    // By hand: EUR G-1 500.00 61–90 (GAMMA); USD B-2 400.00 not due and B-1 200.00 1–30
    // (BETA), A-1 600.00 90+ (ACME).
    QCOMPARE(d.aging[0].amounts.d61to90, 50000);
    QCOMPARE(d.aging[0].clientsIn(AgingBucket::Days61to90), 1);
    QCOMPARE(d.aging[0].clientsIn(AgingBucket::Days90Plus), 0);
    const auto &usd = d.aging[1];
    QCOMPARE(usd.amounts.notDue, 40000);
    QCOMPARE(usd.amounts.d1to30, 20000);
    QCOMPARE(usd.amounts.d31to60, 0);
    QCOMPARE(usd.amounts.d90plus, 60000);
    QCOMPARE(usd.clientsIn(AgingBucket::NotDue), 1);
    QCOMPARE(usd.clientsIn(AgingBucket::Days1to30), 1);
    QCOMPARE(usd.clientsIn(AgingBucket::Days31to60), 0);
    QCOMPARE(usd.clientsIn(AgingBucket::Days90Plus), 1);
}

void TestDashboard::trendHoldsTheKpisOfTheLastTwelveMonthEnds()
{
    const auto d = dashboard();
    QCOMPARE(d.trend.size(), 12);
    QCOMPARE(d.trend.first().monthEnd, QDate(2025, 7, 31));
    QCOMPARE(d.trend[7].monthEnd, QDate(2026, 2, 28));
    QCOMPARE(d.trend.last().monthEnd, QDate(2026, 6, 30));
    ReportService reports(m_co.db, m_co.manager);
    for (const auto &point : d.trend) {
        KpiQuery::Spec spec;
        spec.asOf = point.monthEnd;
        auto kpis = reports.kpis(spec);
        QVERIFY(kpis);
        compareKpis(point.currencies, kpis.value().currencies, false);
    }
    // The worked example (docs/kpis.md): on 06-30 USD DSO = 1300.00 / 700.00 × 90.
    const auto usd
            = DashboardService::Dashboard::kpiOf(d.trend.last().currencies, QStringLiteral("USD"));
    QVERIFY(usd);
    QVERIFY(usd->dso);
    QVERIFY(qAbs(*usd->dso - 130000.0 / 70000.0 * 90) < 0.005);
    QCOMPARE(DashboardService::monthEnds(QDate(2026, 6, 30), 2),
             (QList<QDate> {QDate(2026, 5, 31), QDate(2026, 6, 30)}));
}

void TestDashboard::eachWeekCountsExactlyTheNotesLoggedInIt()
{
    const auto d = dashboard();
    QCOMPARE(d.weeks.size(), 8);
    QCOMPARE(d.weeks.last().monday, QDate(2026, 7, 6));
    QCOMPARE(d.weeks.first().monday, QDate(2026, 5, 18));
    QCOMPARE(DashboardService::mondayOf(QDate(2026, 7, 5)), QDate(2026, 6, 29));
    QHash<QDate, const DashboardService::ActivityWeek *> week;
    for (const auto &w : d.weeks)
        week.insert(w.monday, &w);
    // Sunday 07-05 23:30 in New York: the week of 06-29, not of 07-06.
    const auto *bobSunday = clerkIn(*week.value(QDate(2026, 6, 29)), QStringLiteral("bob"));
    QVERIFY(bobSunday);
    QCOMPARE(bobSunday->calls, 1);
    QCOMPARE(bobSunday->texts, 0);
    const auto *bobMonday = clerkIn(*week.value(QDate(2026, 7, 6)), QStringLiteral("bob"));
    QVERIFY(bobMonday);
    QCOMPARE(bobMonday->calls, 0);
    QCOMPARE(bobMonday->texts, 1);
    // 06-22…06-28: ann's e-mail (her call of 06-27 was deleted), bob's text.
    const auto *ann = clerkIn(*week.value(QDate(2026, 6, 22)), QStringLiteral("ann"));
    QVERIFY(ann);
    QCOMPARE(ann->emails, 1);
    QCOMPARE(ann->calls, 0);
    const auto *bob = clerkIn(*week.value(QDate(2026, 6, 22)), QStringLiteral("bob"));
    QVERIFY(bob);
    QCOMPARE(bob->texts, 1);
    // 05-18…05-24: BETA's promise of 05-20, taken by ann on a call, broken.
    const auto *promised = clerkIn(*week.value(QDate(2026, 5, 18)), QStringLiteral("ann"));
    QVERIFY(promised);
    QCOMPARE(promised->calls, 1);
    QCOMPARE(promised->promisesMade, 1);
    QCOMPARE(promised->promisesKept, 0);
    // 06-15…06-21: the dispute call of Saturday 06-20.
    const auto *disputed = clerkIn(*week.value(QDate(2026, 6, 15)), QStringLiteral("ann"));
    QVERIFY(disputed);
    QCOMPARE(disputed->calls, 1);
    // Nothing else was logged in the eight weeks.
    int notes = 0;
    for (const auto &w : d.weeks) {
        for (const auto &t : w.clerks)
            notes += t.notes;
    }
    QCOMPARE(notes, 6);
    // The weeks come from one pass over the notes and one over the promises: each week holds
    // exactly what the activity totals of that week alone give.
    for (const auto &w : d.weeks) {
        ActivityQuery::Spec spec;
        spec.since = w.monday;
        spec.until = w.monday.addDays(6);
        auto alone = ReportService(m_co.db, m_co.manager).activityTotals(spec);
        QVERIFY2(alone, qPrintable(alone.errorString()));
        QCOMPARE(w.clerks.size(), alone.value().size());
        for (qsizetype i = 0; i < w.clerks.size(); ++i) {
            const auto &a = w.clerks.at(i);
            const auto &b = alone.value().at(i);
            QCOMPARE(a.userId, b.userId);
            QCOMPARE(a.userName, b.userName);
            QCOMPARE(QList<int>(
                             {a.notes, a.calls, a.emails, a.texts, a.promisesMade, a.promisesKept}),
                     QList<int>({b.notes, b.calls, b.emails, b.texts, b.promisesMade,
                                 b.promisesKept}));
        }
    }
}

void TestDashboard::topOverdueAccountsPerCurrency()
{
    const auto d = dashboard();
    QCOMPARE(d.topOverdue.size(), 3);
    QCOMPARE(d.topOverdue[0].currency, QStringLiteral("EUR"));
    QCOMPARE(d.topOverdue[0].code, QStringLiteral("GAMMA"));
    QCOMPARE(d.topOverdue[0].overdueMinor, 50000);
    QCOMPARE(d.topOverdue[0].oldestDaysOverdue, 70);
    QCOMPARE(d.topOverdue[1].code, QStringLiteral("ACME"));
    QCOMPARE(d.topOverdue[1].overdueMinor, 60000);
    QCOMPARE(d.topOverdue[1].oldestDaysOverdue, 129);
    QCOMPARE(d.topOverdue[2].code, QStringLiteral("BETA"));
    QCOMPARE(d.topOverdue[2].overdueMinor, 20000);
    QCOMPARE(d.topOverdue[2].oldestDaysOverdue, 30);
    // Only the most overdue when fewer are asked for.
    DashboardService::Options one;
    one.topAccounts = 1;
    auto top = DashboardService(m_co.db, m_co.manager).compute(one);
    QVERIFY(top);
    QCOMPARE(top.value().topOverdue.size(), 2);
    QCOMPARE(top.value().topOverdue[1].code, QStringLiteral("ACME"));
}

void TestDashboard::reportsProgressAndStopsWhenCancelled()
{
    QList<std::pair<int, int>> seen;
    auto d = DashboardService(m_co.db, m_co.manager).compute({}, [&](int done, int total) {
        seen.append({done, total});
    });
    QVERIFY(d);
    QCOMPARE(seen.size(), 3 + 12 + 8);
    QCOMPARE(seen.first(), std::make_pair(1, 23));
    QCOMPARE(seen.last(), std::make_pair(23, 23));
    std::atomic_bool cancel = false;
    int steps = 0;
    auto stopped = DashboardService(m_co.db, m_co.manager)
                           .compute(
                                   {},
                                   [&](int, int) {
                                       ++steps;
                                       cancel = true;
                                   },
                                   &cancel);
    QVERIFY(!stopped);
    QCOMPARE(steps, 1);
    QVERIFY(stopped.errorString().contains(QStringLiteral("cancelled")));
}

void TestDashboard::clerkIsRefusedAndBadOptionsAreNamed()
{
    auto refused = DashboardService(m_co.db, m_co.clerk).compute({});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(refused.errorString().contains(QStringLiteral("manager")),
             qPrintable(refused.errorString()));
    DashboardService::Options bad;
    bad.periodDays = 0;
    auto named = DashboardService(m_co.db, m_co.manager).compute(bad);
    QVERIFY(!named);
    QVERIFY2(named.errorString().contains(QStringLiteral("period")),
             qPrintable(named.errorString()));
}

void TestDashboard::bucketFilterListsExactlyTheAgingReportsClients_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("today: current balances") << kToday;
    QTest::newRow("06-30: replayed, A-2 paid later") << QDate(2026, 6, 30);
    QTest::newRow("05-05: replayed, A-1 and A-3 unpaid") << QDate(2026, 5, 5);
}

void TestDashboard::bucketFilterListsExactlyTheAgingReportsClients()
{
    QFETCH(QDate, asOf);
    QMap<std::pair<QString, int>, QSet<qint64>> expected;
    auto rows = AgingReport::forEachClient(
            *m_co.db, asOf, [&](const AgingReport::ClientRow &row) -> Result<void> {
                for (AgingBucket b : kAgingBuckets) {
                    if (row.buckets.amount(b) > 0)
                        expected[{row.currency, int(b)}].insert(row.clientId);
                }
                return {};
            });
    QVERIFY(rows);
    QVERIFY(!expected.isEmpty());
    ClientListQuery query(*m_co.db);
    for (const QString &currency : {QStringLiteral("EUR"), QStringLiteral("USD")}) {
        for (AgingBucket b : kAgingBuckets) {
            ClientListQuery::Spec spec;
            spec.asOf = asOf;
            spec.agingBucket = b;
            spec.agingCurrency = currency;
            spec.includeArchived = true;
            auto ids = query.ids(spec);
            QVERIFY2(ids, qPrintable(ids.errorString()));
            const QList<qint64> list = ids.value();
            QCOMPARE(QSet<qint64>(list.cbegin(), list.cend()), expected.value({currency, int(b)}));
            auto count = query.count(spec);
            QVERIFY(count);
            QCOMPARE(count.value(), expected.value({currency, int(b)}).size());
        }
    }
}

/// The client list's "owing, no contact for N days" (ClientListQuery::Spec::noContactDays), as
/// of 07-10 in New York over 30 days (06-11 to 07-10): any note but an internal one is contact,
/// a voicemail too; a note counts at its newest revision and not once deleted; the days are
/// the company's, so a call at 23:30 on 06-10 in New York (06-11 in UTC) is outside.
void TestDashboard::noContactFilterCountsConversationsInCompanyDays()
{
    const QTimeZone ny("America/New_York");
    QHash<QString, qint64> ids;
    auto addClient = [&](const QString &code, qint64 owedMinor) {
        Client c = makeClient(code, code + QStringLiteral(" Ltd"));
        c.assignedUserId = m_bob;
        QVERIFY(ClientService(m_co.db, m_co.manager).createClient(c));
        ids.insert(code, c.id);
        if (owedMinor) {
            Invoice i
                    = makeInvoice(c.id, code + QStringLiteral("-1"), QDate(2026, 6, 1), owedMinor);
            QVERIFY(ClientService(m_co.db, m_co.manager).addInvoice(i));
        }
    };
    auto logNote = [&](const QString &code, NoteChannel channel, NoteOutcome outcome,
                       const QDateTime &at) -> qint64 {
        NoteService::Draft d;
        d.note.clientId = ids.value(code);
        d.note.channel = channel;
        d.note.outcome = outcome;
        d.note.occurredAt = at.toUTC();
        d.note.text = QStringLiteral("About ") + code;
        d.note.noFollowUpNeeded = true;
        auto added = NoteService(m_co.db, m_bob).add(d);
        return added ? added.value().id : 0;
    };
    const QDateTime yesterday(QDate(2026, 7, 9), QTime(15, 0), ny);
    for (const char *code : {"NC-NEVER", "NC-EDGE-OUT", "NC-EDGE-IN", "NC-INTERNAL", "NC-VOICEMAIL",
                             "NC-AMENDED", "NC-DELETED"})
        addClient(QString::fromLatin1(code), 10000);
    addClient(QStringLiteral("NC-PAID"), 0);
    QVERIFY(logNote(QStringLiteral("NC-EDGE-OUT"), NoteChannel::Call, NoteOutcome::Reached,
                    QDateTime(QDate(2026, 6, 10), QTime(23, 30), ny)));
    QVERIFY(logNote(QStringLiteral("NC-EDGE-IN"), NoteChannel::Email, NoteOutcome::None,
                    QDateTime(QDate(2026, 6, 11), QTime(0, 30), ny)));
    QVERIFY(logNote(QStringLiteral("NC-INTERNAL"), NoteChannel::Internal, NoteOutcome::None,
                    yesterday));
    QVERIFY(logNote(QStringLiteral("NC-VOICEMAIL"), NoteChannel::Call, NoteOutcome::LeftVoicemail,
                    yesterday));
    const qint64 amended = logNote(QStringLiteral("NC-AMENDED"), NoteChannel::Call,
                                   NoteOutcome::Reached, yesterday);
    QVERIFY(amended);
    NoteService::Draft earlier;
    earlier.note.clientId = ids.value(QStringLiteral("NC-AMENDED"));
    earlier.note.channel = NoteChannel::Call;
    earlier.note.outcome = NoteOutcome::Reached;
    earlier.note.occurredAt = QDateTime(QDate(2026, 5, 1), QTime(10, 0), ny).toUTC();
    earlier.note.text = QStringLiteral("The call was in May, not yesterday");
    earlier.note.noFollowUpNeeded = true;
    VERIFY_OK(NoteService(m_co.db, m_bob).amend(amended, earlier, 1));
    const qint64 deleted = logNote(QStringLiteral("NC-DELETED"), NoteChannel::Call,
                                   NoteOutcome::Reached, yesterday);
    QVERIFY(deleted);
    VERIFY_OK(NoteService(m_co.db, m_bob).remove(deleted, QStringLiteral("wrong client")));

    auto listed = [&](bool owingOnly) {
        ClientListQuery::Spec spec;
        spec.filter = QStringLiteral("NC-");
        spec.owingOnly = owingOnly;
        spec.noContactDays = 30;
        spec.asOf = kToday;
        auto rows = ClientListQuery(*m_co.db).ids(spec);
        auto count = ClientListQuery(*m_co.db).count(spec);
        QSet<QString> codes;
        if (!rows || !count || count.value() != rows.value().size())
            return QSet<QString> {QStringLiteral("error")};
        for (qint64 id : rows.value())
            codes.insert(ids.key(id));
        return codes;
    };
    const QSet<QString> expected {QStringLiteral("NC-NEVER"), QStringLiteral("NC-EDGE-OUT"),
                                  QStringLiteral("NC-INTERNAL"), QStringLiteral("NC-AMENDED"),
                                  QStringLiteral("NC-DELETED")};
    QCOMPARE(listed(true), expected);
    QCOMPARE(listed(false), expected + QSet<QString> {QStringLiteral("NC-PAID")});
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
