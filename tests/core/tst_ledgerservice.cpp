// SPDX-License-Identifier: MIT
// Payments applied oldest first, write-offs and credit notes: balances, statuses, aging, audit.
#include "core/services/clientservice.h"
#include "core/services/ledgerservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/paymentrepository.h"
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
    void paymentAllocatedByHand();
    void allocationByHandRefusesBadSplits();
    void voidedPaymentReopensItsInvoices();
    void invoiceEditIsAuditedAndGuarded();
    void staleInvoiceEditConflicts();

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
    VERIFY_OK(LedgerService(m_db, 0).creditNote(k3.id, Money::fromMinor(5000, u"USD"),
                                                QDate(2026, 4, 2), QStringLiteral("CN-1"),
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
    auto tooMuch = ledger.creditNote(k1.id, Money::fromMinor(10001, u"USD"), QDate(2026, 6, 1),
                                     QString(), QStringLiteral("x"));
    QVERIFY(!tooMuch);
    QVERIFY(tooMuch.errorString().contains(QStringLiteral("K-1")));
    // The balance less a credit in another currency is not a sum Money allows: refused, naming
    // both currencies, before anything is written.
    auto inEuros = ledger.creditNote(k1.id, Money::fromMinor(5000, u"EUR"), QDate(2026, 6, 1),
                                     QString(), QStringLiteral("x"));
    QVERIFY(!inEuros);
    QCOMPARE(inEuros.error().code, ErrorCode::CurrencyMismatch);
    QVERIFY2(inEuros.errorString().contains(QStringLiteral("EUR"))
                     && inEuros.errorString().contains(QStringLiteral("USD")),
             qPrintable(inEuros.errorString()));
    auto noCurrency
            = ledger.creditNote(k1.id, Money(), QDate(2026, 6, 1), QString(), QStringLiteral("x"));
    QVERIFY(!noCurrency);
    QCOMPARE(noCurrency.error().code, ErrorCode::CurrencyMismatch);
    auto beforeIssue = ledger.writeOff(k1.id, QDate(2025, 1, 1), QStringLiteral("x"));
    QVERIFY(!beforeIssue);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM invoice_adjustments"))
                     .toInt(),
             0);
    QCOMPARE(invoice(QStringLiteral("K-1")).balanceMinor, 10000);
}

namespace {
qint64 summaryBalance(const QSqlDatabase &db, qint64 clientId)
{
    return scalar(db,
                  QStringLiteral("SELECT balance_minor FROM client_summary WHERE client_id = ?"),
                  {clientId})
            .toLongLong();
}
} // namespace

void TestLedgerService::paymentAllocatedByHand()
{
    // The client says: "this check is for K-3 and part of K-2" — not oldest first.
    Payment p;
    p.currency = QStringLiteral("USD");
    p.clientId = m_client;
    p.date = QDate(2026, 4, 1);
    p.amountMinor = 35000;
    p.method = PaymentMethod::Check;
    p.reference = QStringLiteral("CHK 12");
    p.allocations = {{invoice(QStringLiteral("K-3")).id, 30000},
                     {invoice(QStringLiteral("K-2")).id, 4000}};
    VERIFY_OK(LedgerService(m_db, 0).recordPaymentAllocated(p));
    QCOMPARE(invoice(QStringLiteral("K-1")).balanceMinor, 10000); // oldest untouched
    QCOMPARE(invoice(QStringLiteral("K-2")).balanceMinor, 16000);
    QCOMPARE(invoice(QStringLiteral("K-3")).balanceMinor, 0);
    QVERIFY(invoice(QStringLiteral("K-2")).status() == InvoiceStatus::PartiallyPaid);
    QCOMPARE(summaryBalance(m_db->connection(), m_client), 26000);
}

void TestLedgerService::allocationByHandRefusesBadSplits()
{
    LedgerService ledger(m_db, 0);
    Payment p;
    p.currency = QStringLiteral("USD");
    p.clientId = m_client;
    p.date = QDate(2026, 4, 1);
    p.amountMinor = 5000;
    const qint64 k1 = invoice(QStringLiteral("K-1")).id;
    p.allocations = {{k1, 6000}};
    auto overPayment = ledger.recordPaymentAllocated(p);
    QVERIFY(!overPayment);
    QVERIFY2(overPayment.errorString().contains(QStringLiteral("more than the payment")),
             qPrintable(overPayment.errorString()));
    p.amountMinor = 50000;
    p.allocations = {{k1, 10001}};
    auto overBalance = ledger.recordPaymentAllocated(p);
    QVERIFY(!overBalance);
    QVERIFY2(overBalance.errorString().contains(QStringLiteral("K-1")),
             qPrintable(overBalance.errorString()));
    p.allocations = {{k1, 100}, {k1, 100}};
    auto twice = ledger.recordPaymentAllocated(p);
    QVERIFY(!twice);
    QVERIFY(twice.errorString().contains(QStringLiteral("twice")));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM payments")).toInt(),
             0);
    QCOMPARE(invoice(QStringLiteral("K-1")).balanceMinor, 10000);
}

void TestLedgerService::voidedPaymentReopensItsInvoices()
{
    Payment p;
    p.currency = QStringLiteral("USD");
    p.clientId = m_client;
    p.date = QDate(2026, 4, 1);
    p.amountMinor = 25000;
    auto id = LedgerService(m_db, 0).recordPaymentOldestFirst(p);
    VERIFY_OK(id);
    QCOMPARE(invoice(QStringLiteral("K-1")).balanceMinor, 0);
    QCOMPARE(summaryBalance(m_db->connection(), m_client), 35000);

    auto noReason = LedgerService(m_db, 0).voidPayment(id.value(), QStringLiteral("  "));
    QVERIFY(!noReason);
    VERIFY_OK(LedgerService(m_db, 0).voidPayment(id.value(), QStringLiteral("Check bounced")));
    QCOMPARE(invoice(QStringLiteral("K-1")).balanceMinor, 10000);
    QCOMPARE(invoice(QStringLiteral("K-2")).balanceMinor, 20000);
    QVERIFY(invoice(QStringLiteral("K-1")).status() == InvoiceStatus::Open);
    QCOMPARE(summaryBalance(m_db->connection(), m_client), 60000);
    // Still on file, marked, with the reason; aging before the void date is as it was.
    auto stored = PaymentRepository(m_db->connection()).find(id.value());
    VERIFY_OK(stored);
    QVERIFY(stored.value().isVoided());
    QCOMPARE(stored.value().voidReason, QStringLiteral("Check bounced"));
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'payment' AND "
                                   "action = 'void' AND entity_id = ?"),
                    {id.value()})
                     .toInt(),
             1);
    auto again = LedgerService(m_db, 0).voidPayment(id.value(), QStringLiteral("again"));
    QVERIFY(!again);
    QVERIFY(again.errorString().contains(QStringLiteral("already voided")));
}

void TestLedgerService::invoiceEditIsAuditedAndGuarded()
{
    Payment p;
    p.currency = QStringLiteral("USD");
    p.clientId = m_client;
    p.date = QDate(2026, 4, 1);
    p.amountMinor = 4000;
    VERIFY_OK(LedgerService(m_db, 0).recordPaymentOldestFirst(p)); // 40.00 on K-1
    Invoice k1 = invoice(QStringLiteral("K-1"));
    Invoice shrunk = k1;
    shrunk.amountMinor = 3999;
    auto belowPaid = LedgerService(m_db, 0).updateInvoice(shrunk);
    QVERIFY(!belowPaid);
    QVERIFY2(belowPaid.errorString().contains(QStringLiteral("already paid")),
             qPrintable(belowPaid.errorString()));
    Invoice otherCurrency = k1;
    otherCurrency.currency = QStringLiteral("EUR");
    QVERIFY(!LedgerService(m_db, 0).updateInvoice(otherCurrency));
    Invoice dup = k1;
    dup.number = QStringLiteral("K-2");
    auto duplicate = LedgerService(m_db, 0).updateInvoice(dup);
    QVERIFY(!duplicate);
    QVERIFY(duplicate.errorString().contains(QStringLiteral("K-2")));

    Invoice edited = k1;
    edited.number = QStringLiteral("K-1R");
    edited.amountMinor = 12000;
    edited.dueDate = QDate(2026, 3, 15);
    edited.poNumber = QStringLiteral("PO-7");
    VERIFY_OK(LedgerService(m_db, 0).updateInvoice(edited));
    const Invoice after = invoice(QStringLiteral("K-1R"));
    QCOMPARE(after.balanceMinor, 8000); // 120.00 − 40.00 paid
    QCOMPARE(after.poNumber, QStringLiteral("PO-7"));
    QCOMPARE(after.dueDate, QDate(2026, 3, 15));
    QCOMPARE(edited.version, after.version);
    QCOMPARE(summaryBalance(m_db->connection(), m_client), 58000);
    const QString audit = scalar(m_db->connection(),
                                 QStringLiteral("SELECT before_json || ' -> ' || after_json FROM "
                                                "audit_log WHERE entity = 'invoice' AND action = "
                                                "'update' AND entity_id = ?"),
                                 {k1.id})
                                  .toString();
    QVERIFY2(audit.contains(QStringLiteral("\"amount_minor\":\"10000\""))
                     && audit.contains(QStringLiteral("\"amount_minor\":\"12000\""))
                     && audit.contains(QStringLiteral("K-1R")),
             qPrintable(audit));
}

void TestLedgerService::staleInvoiceEditConflicts()
{
    Invoice first = invoice(QStringLiteral("K-2"));
    Invoice second = first;
    first.poNumber = QStringLiteral("A");
    VERIFY_OK(LedgerService(m_db, 0).updateInvoice(first));
    second.poNumber = QStringLiteral("B");
    auto stale = LedgerService(m_db, 0).updateInvoice(second);
    QVERIFY(!stale);
    QVERIFY(stale.error().code == ErrorCode::Conflict);
    QCOMPARE(invoice(QStringLiteral("K-2")).poNumber, QStringLiteral("A"));
}

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledgerservice.moc"
