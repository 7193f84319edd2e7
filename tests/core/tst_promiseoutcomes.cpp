// SPDX-License-Identifier: MIT
// The promise outcomes stored with each promise (migration 0020, PromiseOutcomes) against the
// promise rule itself: payments on time, late, back-dated after the deadline, voided,
// invoice-scoped, on the day of the promise before and after it was recorded, an amended
// promise and a change of the grace days — after every write, every promise's stored verdict
// must give, for every day around its deadline, what PromiseService (the rule over the payments
// as they are) gives. On a company file and on a team database (PostgreSQL).
#include "support/pgcluster.h"
#include "support/workflowsupport.h"

#include "core/import/csvimport.h"
#include "core/services/promiseservice.h"
#include "core/services/reportservice.h"
#include "core/storage/promiseoutcomes.h"
#include "core/storage/transaction.h"
#include "core/storage/workflowsettings.h"

using namespace ardesk;
using namespace ardesk::test;

class TestPromiseOutcomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedOutcomesFollowEveryPaymentOnACompanyFile();
    void storedOutcomesFollowEveryPaymentOnATeamDatabase();
    void aMigratedFileJudgesItsPromisesOnOpen();
    void theKeptRateReadsTheStoredOutcomes();
    void aBulkImportJudgesThePromisesOfTheClientsItPaid();

private:
    /// The scenario on `co` (opened at m_today): fails the test at the first promise and day
    /// whose stored verdict differs from the rule.
    void runScenario(WorkflowCompany &co);
    /// Empty when every promise's stored verdict gives the rule's answer on every day from the
    /// day it was made to five days after its deadline; else the first difference.
    static QString differences(WorkflowCompany &co, const QString &step);

    ScratchDir m_dir;
    PgCluster m_cluster;
    bool m_pg = false;
    const QDate m_day {2026, 2, 2};
};

void TestPromiseOutcomes::initTestCase()
{
    QVERIFY(m_dir.renew());
    m_pg = PgCluster::isAvailable() && m_cluster.start();
}

QString TestPromiseOutcomes::differences(WorkflowCompany &co, const QString &step)
{
    auto stored = sql::exec(co.db->connection(),
                            QStringLiteral("SELECT id, judged_deadline, outcome, "
                                           "outcome_paid_minor, kept_on, amount_minor, currency "
                                           "FROM promises WHERE status <> 'cancelled' ORDER BY "
                                           "id"));
    if (!stored)
        return stored.errorString();
    QHash<qint64, PromiseVerdict> verdicts;
    QHash<qint64, Money> amounts;
    while (stored.value().next()) {
        const QSqlQuery &r = stored.value();
        if (r.value(1).isNull())
            return QStringLiteral("%1: promise %2 was left unjudged")
                    .arg(step)
                    .arg(r.value(0).toLongLong());
        PromiseVerdict v;
        v.deadline = QDate::fromString(r.value(1).toString(), Qt::ISODate);
        v.final.status
                = promiseStatusFromString(r.value(2).toString()).value_or(PromiseStatus::Open);
        v.final.paidMinor = r.value(3).toLongLong();
        v.final.deadline = v.deadline;
        v.keptOn = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        verdicts.insert(r.value(0).toLongLong(), v);
        amounts.insert(r.value(0).toLongLong(),
                       Money::fromMinor(r.value(5).toLongLong(), r.value(6).toString()));
    }
    if (verdicts.isEmpty())
        return QStringLiteral("%1: no promise").arg(step);
    for (int offset = -2; offset <= 20; ++offset) {
        const QDate day = co.db->today().addDays(offset - 12);
        auto rows = PromiseService(co.db, co.clerk).list(0, day);
        if (!rows)
            return rows.errorString();
        for (const PromiseService::Row &row : rows.value()) {
            const PromiseOutcome got
                    = outcomeAsOf(verdicts.value(row.id), amounts.value(row.id), day);
            const bool resolved = row.outcome.status != PromiseStatus::Open;
            if (got.status != row.outcome.status
                || (resolved && got.paidMinor != row.outcome.paidMinor))
                return QStringLiteral("%1: promise %2 (%3) as of %4: stored %5 %6, the rule %7 %8")
                        .arg(step)
                        .arg(row.id)
                        .arg(row.clientCode, day.toString(Qt::ISODate), toString(got.status))
                        .arg(got.paidMinor)
                        .arg(toString(row.outcome.status))
                        .arg(row.outcome.paidMinor);
        }
    }
    return QString();
}

void TestPromiseOutcomes::runScenario(WorkflowCompany &co)
{
    const QDate d = m_day; // the company's today is d + 10
#define CHECK_STEP(name) \
    do { \
        const QString diff = differences(co, QStringLiteral(name)); \
        QVERIFY2(diff.isEmpty(), qPrintable(diff)); \
    } while (false)
    const qint64 onTime = co.client(QStringLiteral("ONTIME"));
    const qint64 late = co.client(QStringLiteral("LATE"));
    const qint64 back = co.client(QStringLiteral("BACK"));
    const qint64 voided = co.client(QStringLiteral("VOID"));
    const qint64 scoped = co.client(QStringLiteral("SCOPED"));
    const qint64 sameDay = co.client(QStringLiteral("SAMEDAY"));
    const qint64 amended = co.client(QStringLiteral("AMEND"));
    QHash<qint64, qint64> invoiceOf;
    for (qint64 c : {onTime, late, back, voided, scoped, sameDay, amended}) {
        invoiceOf.insert(c, co.invoice(c, QStringLiteral("I-%1").arg(c), d.addDays(-20), 30000));
        QVERIFY(invoiceOf.value(c) != 0);
    }
    QVERIFY(co.invoice(scoped, QStringLiteral("OTHER"), d.addDays(-25), 30000) != 0);
    for (qint64 c : {onTime, late, back, voided, sameDay, amended})
        VERIFY_OK(co.promise(c, d, QStringLiteral("100.00"), d.addDays(3)));
    VERIFY_OK(co.promise(scoped, d, QStringLiteral("100.00"), d.addDays(3),
                         QStringLiteral("I-%1").arg(scoped)));
    CHECK_STEP("promises made");

    VERIFY_OK(co.pay(onTime, d.addDays(2), 10000));
    VERIFY_OK(co.pay(late, d.addDays(8), 10000));
    CHECK_STEP("paid on time and late");

    VERIFY_OK(co.pay(voided, d.addDays(1), 6000));
    auto bounced = co.pay(voided, d.addDays(2), 4000);
    VERIFY_OK(bounced);
    CHECK_STEP("paid in two parts");
    VERIFY_OK(
            LedgerService(co.db, co.clerk).voidPayment(bounced.value(), QStringLiteral("bounced")));
    CHECK_STEP("a payment voided");

    // The oldest invoice first: OTHER takes the money, which a promise on I-n does not count.
    VERIFY_OK(co.pay(scoped, d.addDays(1), 10000));
    CHECK_STEP("paid to another invoice");
    VERIFY_OK(co.pay(scoped, d.addDays(2), 10000, invoiceOf.value(scoped)));
    CHECK_STEP("paid to the promised invoice");

    // Recorded after the deadline has passed, dated before it: the promise is kept after all.
    VERIFY_OK(co.pay(back, d.addDays(5), 4000));
    CHECK_STEP("a late part");
    VERIFY_OK(co.pay(back, d.addDays(1), 6000));
    CHECK_STEP("back-dated before the deadline");

    // Dated the day of the promise: recorded now, after the promise, so it counts.
    VERIFY_OK(co.pay(sameDay, d, 10000));
    CHECK_STEP("paid the day of the promise");

    VERIFY_OK(co.pay(amended, d.addDays(5), 10000));
    CHECK_STEP("paid after the deadline");
    {
        auto notes = sql::scalar(co.db->connection(),
                                 QStringLiteral("SELECT note_id FROM promises WHERE client_id = ?"),
                                 {amended});
        VERIFY_OK(notes);
        NoteService::Draft draft;
        draft.note.clientId = amended;
        draft.note.channel = NoteChannel::Call;
        draft.note.occurredAt = WorkflowCompany::at(d);
        draft.note.text = QStringLiteral("promise-to-pay");
        draft.note.templateKey = QStringLiteral("promise-to-pay");
        draft.note.noFollowUpNeeded = true;
        draft.fields = {{QStringLiteral("amount"), QStringLiteral("100.00")},
                        {QStringLiteral("date"), d.addDays(6).toString(Qt::ISODate)}};
        // The amended note moves the open promise to its new date: the payment is on time now.
        VERIFY_OK(NoteService(co.db, co.clerk).amend(notes.value().toLongLong(), draft, 1));
        CHECK_STEP("a promise amended");
    }

    {
        WriteTransaction tx(*co.db);
        VERIFY_OK(tx.begin());
        auto settings = WorkflowSettings::load(*co.db);
        VERIFY_OK(settings);
        settings.value().promiseGraceDays = 5;
        VERIFY_OK(settings.value().save(*co.db, co.manager));
        VERIFY_OK(tx.commit());
    }
    CHECK_STEP("five grace days");
    VERIFY_OK(co.pay(late, d.addDays(7), 500));
    CHECK_STEP("paid within the new grace days");
#undef CHECK_STEP
}

void TestPromiseOutcomes::storedOutcomesFollowEveryPaymentOnACompanyFile()
{
    WorkflowCompany co;
    QVERIFY(co.open(m_dir.filePath(QStringLiteral("outcomes.ardesk")), m_day.addDays(10)));
    runScenario(co);
}

void TestPromiseOutcomes::storedOutcomesFollowEveryPaymentOnATeamDatabase()
{
    if (!m_pg)
        QSKIP("PostgreSQL 15 is not installed here");
    QVERIFY2(m_cluster.createDatabase(QStringLiteral("outcomes")),
             qPrintable(m_cluster.errorString()));
    WorkflowCompany co;
    QVERIFY(co.open(m_cluster.url(QStringLiteral("outcomes")), m_day.addDays(10)));
    runScenario(co);
}

void TestPromiseOutcomes::aMigratedFileJudgesItsPromisesOnOpen()
{
    // Migration 0020 marks every promise already there; the first open judges them.
    const QString path = m_dir.filePath(QStringLiteral("migrated.ardesk"));
    {
        WorkflowCompany co;
        QVERIFY(co.open(path, m_day.addDays(10)));
        const qint64 c = co.client(QStringLiteral("ACME"));
        QVERIFY(co.invoice(c, QStringLiteral("A-1"), m_day.addDays(-20), 30000) != 0);
        VERIFY_OK(co.promise(c, m_day, QStringLiteral("100.00"), m_day.addDays(3)));
        VERIFY_OK(co.pay(c, m_day.addDays(2), 10000));
        VERIFY_OK(sql::exec(co.db->connection(),
                            QStringLiteral("UPDATE promises SET judged_deadline = NULL, outcome "
                                           "= NULL, kept_on = NULL, outcome_paid_minor = 0")));
        QCOMPARE(co.count(QStringLiteral("SELECT count(*) FROM promises WHERE judged_deadline IS "
                                         "NULL")),
                 1);
        // A report before any write still gives the rule's answer.
        auto kpis = ReportService(co.db, co.manager).kpis({m_day.addDays(10)});
        VERIFY_OK(kpis);
        QCOMPARE(kpis.value().currencies.value(0).promiseKeptRate, std::optional<double>(100.0));
        co.db->releaseThreadConnection();
    }
    WorkflowCompany co;
    QVERIFY(co.open(path, m_day.addDays(10)));
    QCOMPARE(
            co.count(QStringLiteral("SELECT count(*) FROM promises WHERE judged_deadline IS NULL")),
            0);
    const QString diff = differences(co, QStringLiteral("reopened"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestPromiseOutcomes::theKeptRateReadsTheStoredOutcomes()
{
    // Two kept, one partly kept, one broken, one still open, one made after T: the KPI set's
    // kept rate as of T counts four, two of them kept.
    WorkflowCompany co;
    QVERIFY(co.open(m_dir.filePath(QStringLiteral("rate.ardesk")), m_day.addDays(10)));
    QList<qint64> clients;
    for (const char *code : {"K1", "K2", "PART", "BROKE", "OPEN"}) {
        clients << co.client(QString::fromLatin1(code));
        QVERIFY(co.invoice(clients.last(), QString::fromLatin1(code), m_day.addDays(-20), 30000));
    }
    for (int i = 0; i < 4; ++i)
        VERIFY_OK(co.promise(clients.at(i), m_day, QStringLiteral("100.00"), m_day.addDays(3)));
    VERIFY_OK(co.promise(clients.at(4), m_day.addDays(8), QStringLiteral("100.00"),
                         m_day.addDays(9)));
    VERIFY_OK(co.pay(clients.at(0), m_day.addDays(1), 10000));
    VERIFY_OK(co.pay(clients.at(1), m_day.addDays(2), 10000));
    VERIFY_OK(co.pay(clients.at(2), m_day.addDays(3), 2500));
    co.clock->advanceDays(2);
    VERIFY_OK(co.promise(clients.at(0), m_day.addDays(11), QStringLiteral("50.00"),
                         m_day.addDays(14))); // made after T, promised after it
    KpiQuery::Spec spec;
    spec.asOf = m_day.addDays(10);
    auto kpis = ReportService(co.db, co.manager).kpis(spec);
    VERIFY_OK(kpis);
    QCOMPARE(kpis.value().currencies.value(0).promiseKeptRate, std::optional<double>(50.0));
    QCOMPARE(kpis.value().currencies.value(0).promiseKeptPercentOfPromised,
             std::optional<double>(56.25)); // 225.00 of 400.00
    // As of the promised day of the first four: only the two paid in full count, as kept.
    spec.asOf = m_day.addDays(3);
    auto early = ReportService(co.db, co.manager).kpis(spec);
    VERIFY_OK(early);
    QCOMPARE(early.value().currencies.value(0).promiseKeptRate, std::optional<double>(100.0));
    QCOMPARE(early.value().currencies.value(0).promiseKeptPercentOfPromised,
             std::optional<double>(100.0));
}

void TestPromiseOutcomes::aBulkImportJudgesThePromisesOfTheClientsItPaid()
{
    // A bulk load (30,000 invoice rows, csvimport.cpp kBulkMinBytes) writes its payments with
    // the marking triggers paused; the promises of the clients it paid are judged all the same.
    WorkflowCompany co;
    QVERIFY(co.open(m_dir.filePath(QStringLiteral("bulk.ardesk")), QDate(2026, 3, 10)));
    for (int c = 1; c <= 6; ++c)
        QVERIFY(co.client(QStringLiteral("BULK%1").arg(c)) > 0);
    const qint64 promised = co.count(QStringLiteral("SELECT id FROM clients WHERE code = 'BULK1'"));
    QVERIFY(co.invoice(promised, QStringLiteral("P-1"), QDate(2026, 2, 1), 30000) != 0);
    VERIFY_OK(
            co.promise(promised, QDate(2026, 2, 20), QStringLiteral("100.00"), QDate(2026, 3, 2)));
    QCOMPARE(co.count(QStringLiteral("SELECT count(*) FROM promises WHERE outcome = 'broken'")), 1);
    const QString path = m_dir.filePath(QStringLiteral("bulk.csv"));
    QVERIFY(writeFile(path, bulkInvoiceCsv(QStringLiteral("BULK"), QStringLiteral("USD"), 30000)));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto imported = CsvImport(co.db, co.manager).run(&f, CsvImport::Options {});
    VERIFY_OK(imported);
    QVERIFY(imported.value().errors.isEmpty());
    // Paid on 03-01 by the import: kept, as the rule says.
    QCOMPARE(co.count(QStringLiteral("SELECT count(*) FROM promises WHERE outcome = 'kept'")), 1);
    const QString diff = differences(co, QStringLiteral("bulk import"));
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestPromiseOutcomes)
#include "tst_promiseoutcomes.moc"
