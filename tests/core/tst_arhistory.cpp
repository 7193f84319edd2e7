// SPDX-License-Identifier: MIT
// The receivables history (ar_history, migration 0016) that the KPIs and the dashboard read: the
// database's triggers keep it equal to a rebuild from the ledger through every kind of ledger
// write a user makes (an invoice added and edited, payments recorded on time, late and
// back-dated, a payment voided, a credit note, a write-off, a dispute, a client moved to another
// clerk and segment), the figures read from it equal the aging report's replay on those days,
// and the bulk paths (the demo generator, a bulk import) leave it whole and its triggers on.
#include "core/import/csvimport.h"
#include "core/services/clientservice.h"
#include "core/services/demogenerator.h"
#include "core/services/ledgerservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/clientrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/kpiquery.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"
#include "support/kpisupport.h"

#include <QFile>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestArHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void staysEqualToARebuildThroughEveryLedgerWrite();
    void figuresEqualTheAgingReplayAfterTheWrites();
    void movingAClientMovesItsHistoryToTheNewClerkAndSegment();
    void aBulkImportLeavesItWholeAndTheTriggersOn();

private:
    /// The rows of ar_history that differ from a rebuild from the ledger (either way), as text;
    /// empty when they are the same.
    QString differencesFromARebuild() const;
    /// Applies the writes of a working month to the demo company.
    void workAMonth();

    ScratchDir m_dir;
    WorkflowCompany m_co;
    const QDate m_today {2026, 6, 30};
};

namespace {

const QString kNonZero = QStringLiteral(
        "(issued <> 0 OR ar <> 0 OR not_due <> 0 OR over90 <> 0 OR paid_count <> 0 OR "
        "paid_days <> 0 OR paid_late <> 0)");

QString rowsOf(const QSqlDatabase &db, const QString &statement)
{
    auto q = sql::exec(db, statement);
    if (!q)
        return QStringLiteral("query failed: ") + q.errorString();
    QStringList rows;
    while (q.value().next()) {
        QStringList cells;
        for (int i = 0; i < 12; ++i)
            cells << q.value().value(i).toString();
        rows << cells.join(u'|');
    }
    return rows.join(u'\n');
}

} // namespace

void TestArHistory::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("history.ardesk")), m_today));
    DemoGenerator::Options o;
    o.clients = 60;
    o.seed = 11;
    o.asOf = m_today;
    VERIFY_OK(DemoGenerator(m_co.db).generate(o));
}

void TestArHistory::cleanup()
{
    m_co.db.reset();
}

QString TestArHistory::differencesFromARebuild() const
{
    const QString kept
            = QStringLiteral("SELECT day, currency, clerk_id, segment, disputed, issued, ar, "
                             "not_due, over90, paid_count, paid_days, paid_late FROM ar_history "
                             "WHERE ")
            + kNonZero;
    const QString rebuilt
            = QStringLiteral("SELECT * FROM (SELECT day, currency, clerk_id, segment, disputed, "
                             "sum(issued) AS issued, sum(ar) AS ar, sum(not_due) AS not_due, "
                             "sum(over90) AS over90, sum(paid_count) AS paid_count, "
                             "sum(paid_days) AS paid_days, sum(paid_late) AS paid_late FROM "
                             "ar_history_events GROUP BY day, currency, clerk_id, segment, "
                             "disputed) r WHERE ")
            + kNonZero;
    const QSqlDatabase conn = m_co.db->connection();
    const QString missing = rowsOf(conn, rebuilt + QStringLiteral(" EXCEPT ") + kept);
    const QString extra = rowsOf(conn, kept + QStringLiteral(" EXCEPT ") + rebuilt);
    if (missing.isEmpty() && extra.isEmpty())
        return QString();
    return QStringLiteral("rebuild has, history lacks:\n%1\nhistory has, rebuild lacks:\n%2")
            .arg(missing, extra);
}

void TestArHistory::workAMonth()
{
    LedgerService ledger(m_co.db, m_co.manager);
    const QSqlDatabase conn = m_co.db->connection();
    const auto id = [&](const QString &statement) {
        auto v = sql::scalar(conn, statement);
        return v ? v.value().toLongLong() : 0;
    };
    const auto same = [&](const char *step) {
        const QString diff = differencesFromARebuild();
        if (!diff.isEmpty())
            qWarning("after %s:\n%s", step, qPrintable(diff));
        return diff.isEmpty();
    };
    QVERIFY(same("the demo generator's rebuild"));

    const qint64 client = id(QStringLiteral("SELECT min(client_id) FROM invoices WHERE "
                                            "balance_minor > 0"));
    QVERIFY(client > 0);
    const qint64 fresh = m_co.invoice(client, QStringLiteral("H-1"), m_today.addDays(20), 123456);
    QVERIFY(fresh > 0);
    QVERIFY(same("an invoice added"));

    Invoice edited = InvoiceRepository(conn).find(fresh).valueOr(Invoice());
    QCOMPARE(edited.id, fresh);
    edited.dueDate = m_today.addDays(-100); // re-dated: now more than 90 days past due
    edited.issueDate = m_today.addDays(-130);
    VERIFY_OK(ledger.updateInvoice(edited));
    QVERIFY(same("an invoice re-dated"));

    VERIFY_OK(m_co.pay(client, m_today.addDays(-5), 1000));
    QVERIFY(same("a payment today-ish"));
    // Back-dated into last quarter: every day since must move.
    VERIFY_OK(m_co.pay(client, m_today.addDays(-70), 2500, fresh));
    QVERIFY(same("a back-dated payment"));

    const qint64 payment = id(QStringLiteral("SELECT min(p.id) FROM payments p JOIN "
                                             "payment_allocations a ON a.payment_id = p.id "
                                             "WHERE p.voided_at IS NULL"));
    VERIFY_OK(ledger.voidPayment(payment, QStringLiteral("bounced")));
    QVERIFY(same("a payment voided"));

    const qint64 credited = id(QStringLiteral("SELECT max(id) FROM invoices WHERE balance_minor "
                                              "> 100 AND disputed = 0"));
    const QString currency
            = sql::scalar(conn, QStringLiteral("SELECT currency FROM invoices WHERE id = ?"),
                          {credited})
                      .valueOr(QVariant())
                      .toString();
    VERIFY_OK(ledger.creditNote(credited, Money::fromMinor(100, currency), m_today.addDays(-1),
                                QStringLiteral("CN-1"), QStringLiteral("price")));
    QVERIFY(same("a credit note"));

    VERIFY_OK(ledger.writeOff(fresh, m_today, QStringLiteral("uncollectible")));
    QVERIFY(same("a write-off"));

    const qint64 disputedClient = id(QStringLiteral("SELECT max(client_id) FROM invoices WHERE "
                                                    "balance_minor > 0 AND disputed = 0"));
    const QString number = sql::scalar(conn,
                                       QStringLiteral("SELECT min(number) FROM invoices WHERE "
                                                      "client_id = ? AND balance_minor > 0"),
                                       {disputedClient})
                                   .valueOr(QVariant())
                                   .toString();
    VERIFY_OK(m_co.dispute(disputedClient, m_today, number));
    QCOMPARE(m_co.count(QStringLiteral("SELECT count(*) FROM invoices WHERE number = ? AND "
                                       "disputed = 1"),
                        {number}),
             1);
    QVERIFY(same("a dispute"));
}

void TestArHistory::staysEqualToARebuildThroughEveryLedgerWrite()
{
    workAMonth();
}

void TestArHistory::figuresEqualTheAgingReplayAfterTheWrites()
{
    workAMonth();
    const QList<QDate> days {m_today,
                             m_today.addDays(-5),
                             m_today.addDays(-70),
                             m_today.addDays(-90),
                             m_today.addDays(-131),
                             QDate(2025, 12, 31)};
    auto series = KpiQuery(*m_co.db).balancesOn(days, specAt(m_today));
    VERIFY_OK(series);
    int compared = 0;
    for (const QDate &day : days) {
        auto aging = AgingReport::compute(*m_co.db, day);
        VERIFY_OK(aging);
        const auto company = series.value().value(day).value(QString());
        QCOMPARE(company.size(), aging.value().currencies.size());
        for (const AgingReport::Currency &c : aging.value().currencies) {
            QCOMPARE(company.value(c.currency).arEnd, c.buckets.total());
            QCOMPARE(company.value(c.currency).currentEnd, c.buckets.notDue);
            QCOMPARE(company.value(c.currency).over90End, c.buckets.d90plus);
            ++compared;
        }
    }
    QVERIFY(compared >= days.size());
}

void TestArHistory::movingAClientMovesItsHistoryToTheNewClerkAndSegment()
{
    const QSqlDatabase conn = m_co.db->connection();
    const qint64 client = sql::scalar(conn,
                                      QStringLiteral("SELECT min(client_id) FROM invoices "
                                                     "WHERE balance_minor > 0"))
                                  .valueOr(QVariant())
                                  .toLongLong();
    QVERIFY(client > 0);
    const qint64 bob = UserRepository(conn)
                               .ensure(QStringLiteral("bob"), UserRole::Clerk)
                               .valueOr(User())
                               .id;
    QVERIFY(bob > 0);
    const auto arOf = [&](KpiQuery::GroupBy by, const QString &group) {
        KpiQuery::Spec s = specAt(m_today);
        s.by = by;
        auto figures = KpiQuery(*m_co.db).ledgerFigures(s);
        qint64 sum = 0;
        if (figures) {
            for (const KpiInputs &in : figures.value().value(group))
                sum += in.arEnd + in.arBegin;
        }
        return sum;
    };
    QCOMPARE(arOf(KpiQuery::GroupBy::Clerk, QStringLiteral("bob")), 0);
    QCOMPARE(arOf(KpiQuery::GroupBy::Segment, QStringLiteral("moved here")), 0);

    Client moved = ClientRepository(conn).find(client).valueOr(Client());
    QCOMPARE(moved.id, client);
    moved.assignedUserId = bob;
    moved.segment = QStringLiteral("moved here");
    VERIFY_OK(ClientService(m_co.db, m_co.manager).updateClient(moved));
    QCOMPARE(differencesFromARebuild(), QString());

    // bob and the new segment now hold exactly that client's AR, now and a quarter ago.
    const qint64 clientAr = sql::scalar(conn,
                                        QStringLiteral("SELECT sum(balance_minor) FROM invoices "
                                                       "WHERE client_id = ?"),
                                        {client})
                                    .valueOr(QVariant())
                                    .toLongLong();
    QVERIFY(clientAr > 0);
    const qint64 bobs = arOf(KpiQuery::GroupBy::Clerk, QStringLiteral("bob"));
    QVERIFY(bobs >= clientAr);
    QCOMPARE(arOf(KpiQuery::GroupBy::Segment, QStringLiteral("moved here")), bobs);
}

void TestArHistory::aBulkImportLeavesItWholeAndTheTriggersOn()
{
    // 30,000 invoice rows are a bulk load (csvimport.cpp kBulkMinBytes): the history is paused
    // for the load and rebuilt once at the end, in the import's transaction.
    for (int c = 1; c <= 6; ++c)
        QVERIFY(m_co.client(QStringLiteral("BULK%1").arg(c)) > 0);
    const QByteArray csv = bulkInvoiceCsv(QStringLiteral("BULK"), QStringLiteral("EUR"), 30000);
    const auto import = [&](const QByteArray &bytes) {
        QFile f(m_dir.filePath(QStringLiteral("bulk.csv")));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        f.close();
        f.open(QIODevice::ReadOnly);
        return CsvImport(m_co.db, m_co.manager).run(&f, CsvImport::Options {});
    };
    const QString before
            = rowsOf(m_co.db->connection(),
                     QStringLiteral("SELECT * FROM ar_history ORDER BY 1, 2, 3, 4, 5"));
    // A bulk load that fails on its last line changes nothing, the history included.
    auto failed = import(csv + "BULK1,BULK-X,2026-02-30,2026-03-01,1.00,EUR,\n");
    VERIFY_OK(failed);
    QCOMPARE(failed.value().errors.size(), 1);
    QCOMPARE(rowsOf(m_co.db->connection(),
                    QStringLiteral("SELECT * FROM ar_history ORDER BY 1, 2, 3, 4, 5")),
             before);
    QCOMPARE(m_co.count(QStringLiteral("SELECT paused FROM ar_history_state")), 0);

    auto ok = import(csv);
    VERIFY_OK(ok);
    QVERIFY(ok.value().errors.isEmpty());
    QCOMPARE(ok.value().created.value(QStringLiteral("invoices")), 30000);
    QCOMPARE(m_co.count(QStringLiteral("SELECT paused FROM ar_history_state")), 0);
    QCOMPARE(differencesFromARebuild(), QString());
    // The new invoices are in the KPIs: January's EUR sales grew by exactly their amount.
    KpiQuery::Spec spec = specAt(QDate(2026, 1, 31));
    spec.periodDays = 31;
    KpiQuery::Figures sales;
    VERIFY_OK(KpiQuery(*m_co.db).readSalesBetween(sales, spec, QDate(2025, 12, 31),
                                                  QDate(2026, 1, 31)));
    qint64 january = 0;
    for (const qint64 amount : sales.value(QString()).value(QStringLiteral("EUR")).salesByDay)
        january += amount;
    const qint64 ledger = m_co.count(QStringLiteral(
            "SELECT sum(amount_minor) FROM invoices WHERE currency = 'EUR' AND issue_date BETWEEN "
            "'2026-01-01' AND '2026-01-31'"));
    QCOMPARE(january, ledger);
    QVERIFY(m_co.count(QStringLiteral("SELECT count(*) FROM invoices WHERE number LIKE "
                                      "'BULK-%'"))
            == 30000);

    // The triggers work again after it: a payment moves the history as a rebuild would.
    const qint64 client = m_co.count(QStringLiteral("SELECT min(client_id) FROM invoices WHERE "
                                                    "number LIKE 'BULK-%' AND balance_minor > 0"));
    QVERIFY(client > 0);
    VERIFY_OK(m_co.pay(client, QDate(2026, 2, 20), 50000));
    QCOMPARE(differencesFromARebuild(), QString());
}

QTEST_GUILESS_MAIN(TestArHistory)
#include "tst_arhistory.moc"
