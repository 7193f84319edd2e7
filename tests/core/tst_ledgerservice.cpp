// SPDX-License-Identifier: MIT
// Payments applied oldest first, write-offs and credit notes: balances, statuses, aging, audit.
#include "core/services/clientservice.h"
#include "core/services/ledgerservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/sql.h"

#include "support/testsupport.h"

#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestLedgerService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void paymentOldestFirstWithNamedInvoiceAndExcess();
    void writeOffClosesTheInvoiceAndLeavesAging();
    void creditNoteReducesTheBalance();
    void badRequestsWriteNothing();

private:
    Invoice invoice(const QString &number) const;
    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_client = 0;
};

void TestLedgerService::init()
{
    QVERIFY(m_dir.renew());
    auto db = Database::open(m_dir.filePath(QStringLiteral("ledger.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    Client c = makeClient(QStringLiteral("K1"), QStringLiteral("Kite Co"), QStringLiteral("USD"));
    ClientService service(m_db, 0);
    VERIFY_OK(service.createClient(c));
    m_client = c.id;
    int month = 1;
    for (const char *n : {"K-1", "K-2", "K-3"}) {
        Invoice inv
                = makeInvoice(c.id, QString::fromLatin1(n), QDate(2026, month, 28), month * 10000);
        VERIFY_OK(service.addInvoice(inv));
        ++month;
    }
}

Invoice TestLedgerService::invoice(const QString &number) const
{
    const qint64 id = scalar(m_db->connection(),
                             QStringLiteral("SELECT id FROM invoices WHERE number = ?"), {number})
                              .toLongLong();
    return InvoiceRepository(m_db->connection()).find(id).value();
}

void TestLedgerService::paymentOldestFirstWithNamedInvoiceAndExcess()
{
    Payment p;
    p.clientId = m_client;
    p.date = QDate(2026, 4, 1);
    p.amountMinor = 25000;
    p.currency = QStringLiteral("USD");
    p.method = PaymentMethod::Check;
    p.reference = QStringLiteral("CHK 9");
    VERIFY_OK(LedgerService(m_db, 0).recordPaymentOldestFirst(p));
    QCOMPARE(invoice(QStringLiteral("K-1")).balanceMinor, 0);
    QCOMPARE(invoice(QStringLiteral("K-2")).balanceMinor, 5000);
    QCOMPARE(invoice(QStringLiteral("K-3")).balanceMinor, 30000);
    p.amountMinor = 40000;
    VERIFY_OK(
            LedgerService(m_db, 0).recordPaymentOldestFirst(p, invoice(QStringLiteral("K-3")).id));
    QCOMPARE(invoice(QStringLiteral("K-3")).balanceMinor, 0);
    QCOMPARE(invoice(QStringLiteral("K-2")).balanceMinor, 0);
    // 50.00 more than was open stays on account: allocations sum to what was open.
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT sum(amount_minor) FROM "
                                   "payment_allocations"))
                     .toLongLong(),
             60000);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT balance_minor FROM client_summary "
                                   "WHERE client_id = ?"),
                    {m_client})
                     .toLongLong(),
             0);
}

void TestLedgerService::writeOffClosesTheInvoiceAndLeavesAging()
{
    const Invoice k2 = invoice(QStringLiteral("K-2"));
    VERIFY_OK(LedgerService(m_db, 0).writeOff(k2.id, QDate(2026, 6, 1),
                                              QStringLiteral("Uncollectible")));
    const Invoice after = invoice(QStringLiteral("K-2"));
    QCOMPARE(after.balanceMinor, 0);
    QVERIFY(after.status() == InvoiceStatus::WrittenOff);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT settled_date FROM invoices WHERE id = ?"), {k2.id})
                     .toString(),
             QStringLiteral("2026-06-01"));
    // Aging before the write-off still shows it; after, it is gone.
    auto mayAging = AgingReport::compute(m_db->connection(), QDate(2026, 5, 31));
    auto julyAging = AgingReport::compute(m_db->connection(), QDate(2026, 7, 1));
    QCOMPARE(mayAging.value().currencies.first().openInvoices, 3);
    QCOMPARE(julyAging.value().currencies.first().openInvoices, 2);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'write_off' AND entity_id = ?"),
                    {k2.id})
                     .toInt(),
             1);
}

void TestLedgerService::creditNoteReducesTheBalance()
{
    const Invoice k3 = invoice(QStringLiteral("K-3"));
    VERIFY_OK(LedgerService(m_db, 0).creditNote(k3.id, 5000, QDate(2026, 4, 2),
                                                QStringLiteral("CN-1"),
                                                QStringLiteral("Damaged goods")));
    QCOMPARE(invoice(QStringLiteral("K-3")).balanceMinor, 25000);
    QVERIFY(invoice(QStringLiteral("K-3")).status() == InvoiceStatus::PartiallyPaid);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT number || ' ' || reason FROM "
                                   "invoice_adjustments WHERE invoice_id = ?"),
                    {k3.id})
                     .toString(),
             QStringLiteral("CN-1 Damaged goods"));
}

void TestLedgerService::badRequestsWriteNothing()
{
    const Invoice k1 = invoice(QStringLiteral("K-1"));
    LedgerService ledger(m_db, 0);
    auto noReason = ledger.writeOff(k1.id, QDate(2026, 6, 1), QStringLiteral(" "));
    QVERIFY(!noReason);
    QVERIFY(noReason.errorString().contains(QStringLiteral("reason")));
    auto tooMuch
            = ledger.creditNote(k1.id, 10001, QDate(2026, 6, 1), QString(), QStringLiteral("x"));
    QVERIFY(!tooMuch);
    QVERIFY(tooMuch.errorString().contains(QStringLiteral("K-1")));
    auto beforeIssue = ledger.writeOff(k1.id, QDate(2025, 1, 1), QStringLiteral("x"));
    QVERIFY(!beforeIssue);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM invoice_adjustments"))
                     .toInt(),
             0);
    QCOMPARE(invoice(QStringLiteral("K-1")).balanceMinor, 10000);
}

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledgerservice.moc"
