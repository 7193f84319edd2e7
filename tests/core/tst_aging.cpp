// SPDX-License-Identifier: MIT
// Aging as of any date, checked against a replay computed here, row by row, from the ledger.
#include "core/services/clientservice.h"
#include "core/services/demogenerator.h"
#include "core/storage/agingreport.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include "support/testsupport.h"

#include <QHash>
#include <QMap>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestAging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesIndependentReplay_data();
    void matchesIndependentReplay();
    void perClientSumsToTotal();
    void postDatedPaymentIsNotYetCounted();
    void bucketBoundaries();

private:
    /// currency → (open invoices, buckets) recomputed from raw rows.
    QMap<QString, QPair<int, AgingReport::Buckets>> replay(const QDate &asOf, qint64 clientId = 0);
    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
};

void TestAging::initTestCase()
{
    QVERIFY(m_dir.renew());
    auto db = Database::open(m_dir.filePath(QStringLiteral("aging.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    DemoGenerator::Options o;
    o.clients = 120;
    o.seed = 21;
    o.asOf = QDate(2026, 6, 30);
    QVERIFY(DemoGenerator(m_db).generate(o));
}

QMap<QString, QPair<int, AgingReport::Buckets>> TestAging::replay(const QDate &asOf,
                                                                  qint64 clientId)
{
    QSqlDatabase conn = m_db->connection();
    QHash<qint64, qint64> reduced; // invoice → payments + adjustments dated <= asOf
    auto pays = sql::exec(conn,
                          QStringLiteral("SELECT a.invoice_id, a.amount_minor, p.payment_date "
                                         "FROM payment_allocations a JOIN payments p ON "
                                         "p.id = a.payment_id WHERE p.voided_at IS NULL"));
    while (pays.value().next()) {
        if (timeutil::dateFromStorage(pays.value().value(2).toString()) <= asOf)
            reduced[pays.value().value(0).toLongLong()] += pays.value().value(1).toLongLong();
    }
    auto adj = sql::exec(conn,
                         QStringLiteral("SELECT invoice_id, amount_minor, adjust_date FROM "
                                        "invoice_adjustments"));
    while (adj.value().next()) {
        if (timeutil::dateFromStorage(adj.value().value(2).toString()) <= asOf)
            reduced[adj.value().value(0).toLongLong()] += adj.value().value(1).toLongLong();
    }
    QMap<QString, QPair<int, AgingReport::Buckets>> out;
    auto inv = sql::exec(conn,
                         QStringLiteral("SELECT id, client_id, currency, issue_date, "
                                        "due_date, amount_minor FROM invoices"));
    while (inv.value().next()) {
        const QSqlQuery &q = inv.value();
        if (clientId && q.value(1).toLongLong() != clientId)
            continue;
        if (timeutil::dateFromStorage(q.value(3).toString()) > asOf)
            continue;
        const qint64 balance = q.value(5).toLongLong() - reduced.value(q.value(0).toLongLong());
        if (balance <= 0)
            continue;
        auto &slot = out[q.value(2).toString()];
        ++slot.first;
        slot.second.add(int(timeutil::dateFromStorage(q.value(4).toString()).daysTo(asOf)),
                        balance);
    }
    return out;
}

static void compareReports(const AgingReport &report,
                           const QMap<QString, QPair<int, AgingReport::Buckets>> &expected)
{
    QCOMPARE(report.currencies.size(), expected.size());
    for (const AgingReport::Currency &c : report.currencies) {
        QVERIFY2(expected.contains(c.currency), qPrintable(c.currency));
        const auto &e = expected.value(c.currency);
        QCOMPARE(c.openInvoices, e.first);
        QCOMPARE(c.buckets.notDue, e.second.notDue);
        QCOMPARE(c.buckets.d1to30, e.second.d1to30);
        QCOMPARE(c.buckets.d31to60, e.second.d31to60);
        QCOMPARE(c.buckets.d61to90, e.second.d61to90);
        QCOMPARE(c.buckets.d90plus, e.second.d90plus);
    }
}

void TestAging::matchesIndependentReplay_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::newRow("before any invoice") << QDate(2024, 1, 1);
    QTest::newRow("early history") << QDate(2024, 9, 30);
    QTest::newRow("mid history") << QDate(2025, 6, 30);
    QTest::newRow("recent") << QDate(2026, 1, 15);
    QTest::newRow("month end") << QDate(2026, 5, 31);
    QTest::newRow("the data's today (current balances)") << QDate(2026, 6, 30);
    QTest::newRow("future (current balances, older)") << QDate(2027, 1, 1);
}

void TestAging::matchesIndependentReplay()
{
    QFETCH(QDate, asOf);
    auto report = AgingReport::compute(m_db->connection(), asOf);
    QVERIFY2(report, qPrintable(report.errorString()));
    QCOMPARE(report.value().asOf, asOf);
    compareReports(report.value(), replay(asOf));
    if (asOf == QDate(2024, 1, 1))
        QVERIFY(report.value().currencies.isEmpty());
    if (asOf == QDate(2025, 6, 30)) {
        // History really is replayed: invoices paid since then were open at that date.
        auto now = AgingReport::compute(m_db->connection(), QDate(2026, 6, 30));
        QVERIFY(now.value().toJson().mid(22) != report.value().toJson().mid(22));
    }
}

void TestAging::perClientSumsToTotal()
{
    const QDate asOf(2025, 12, 31);
    auto total = AgingReport::compute(m_db->connection(), asOf);
    QVERIFY(total);
    QMap<QString, qint64> sums;
    auto ids = sql::exec(m_db->connection(), QStringLiteral("SELECT id FROM clients"));
    int checked = 0;
    while (ids.value().next()) {
        const qint64 id = ids.value().value(0).toLongLong();
        auto one = AgingReport::compute(m_db->connection(), asOf, id);
        QVERIFY(one);
        if (checked++ < 15)
            compareReports(one.value(), replay(asOf, id));
        for (const auto &c : one.value().currencies)
            sums[c.currency] += c.buckets.total();
    }
    for (const auto &c : total.value().currencies)
        QCOMPARE(sums.value(c.currency), c.buckets.total());
}

void TestAging::postDatedPaymentIsNotYetCounted()
{
    // A payment dated after the as-of date must not reduce that date's aging, even though the
    // invoice's current balance already reflects it.
    auto open = sql::scalar(m_db->connection(),
                            QStringLiteral("SELECT id FROM invoices WHERE balance_minor > 1000 AND "
                                           "currency = 'USD' ORDER BY id LIMIT 1"));
    QVERIFY(open && !open.value().isNull());
    auto inv = sql::exec(m_db->connection(),
                         QStringLiteral("SELECT client_id, balance_minor FROM "
                                        "invoices WHERE id = ?"),
                         {open.value()});
    QVERIFY(inv.value().next());
    const QDate asOf(2026, 6, 30);
    const auto before = AgingReport::compute(m_db->connection(), asOf);
    QVERIFY(before);
    Payment p;
    p.clientId = inv.value().value(0).toLongLong();
    p.date = QDate(2026, 7, 15);
    p.amountMinor = 1000;
    p.currency = QStringLiteral("USD");
    p.method = PaymentMethod::Check;
    p.reference = QStringLiteral("CHK 7788");
    p.allocations = {Allocation {open.value().toLongLong(), 1000}};
    QVERIFY(ClientService(m_db, 1).recordPayment(p));
    const auto after = AgingReport::compute(m_db->connection(), asOf);
    QVERIFY(after);
    QCOMPARE(QString::fromLatin1(after.value().toJson()),
             QString::fromLatin1(before.value().toJson()));
    compareReports(after.value(), replay(asOf));
    const auto later = AgingReport::compute(m_db->connection(), QDate(2026, 7, 15));
    compareReports(later.value(), replay(QDate(2026, 7, 15)));
}

void TestAging::bucketBoundaries()
{
    AgingReport::Buckets b;
    for (int days : {-5, 0, 1, 30, 31, 60, 61, 90, 91, 400})
        b.add(days, 1);
    QCOMPARE(b.notDue, 2);
    QCOMPARE(b.d1to30, 2);
    QCOMPARE(b.d31to60, 2);
    QCOMPARE(b.d61to90, 2);
    QCOMPARE(b.d90plus, 2);
    QCOMPARE(b.total(), 10);
    QCOMPARE(b.overdue(), 8);
    AgingReport r;
    r.asOf = QDate(2026, 1, 2);
    r.currencies.append({QStringLiteral("EUR"), 3, b});
    QCOMPARE(r.toJson(),
             QByteArray("{\"as_of\":\"2026-01-02\",\"currencies\":[{\"currency\":\"EUR\","
                        "\"open_invoices\":3,\"total\":10,\"buckets\":{\"not_due\":2,\"d1_30\":2,"
                        "\"d31_60\":2,\"d61_90\":2,\"d90_plus\":2}}]}"));
}

QTEST_GUILESS_MAIN(TestAging)
#include "tst_aging.moc"
