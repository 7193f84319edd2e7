// SPDX-License-Identifier: MIT
// How a payment is applied: oldest first, a named invoice first, the rest on account.
#include "core/domain/allocation.h"

#include <QTest>

using namespace ardesk;

class TestAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldestDueDateFirst();
    void tiesBreakOnIssueDateThenId();
    void namedInvoiceFirst();
    void overpaymentStaysOnAccount();
    void nothingOpenAllocatesNothing();
};

static QList<OpenItem> items()
{
    return {{10, QDate(2026, 3, 1), QDate(2026, 2, 1), 5000},
            {11, QDate(2026, 1, 15), QDate(2025, 12, 16), 2000},
            {12, QDate(2026, 2, 1), QDate(2026, 1, 2), 3000}};
}

void TestAllocation::oldestDueDateFirst()
{
    const QList<Allocation> a = AllocationRule::oldestFirst(4500, items());
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[0].invoiceId, 11);
    QCOMPARE(a[0].amountMinor, 2000);
    QCOMPARE(a[1].invoiceId, 12);
    QCOMPARE(a[1].amountMinor, 2500); // partial: the rest of 12 stays open
}

void TestAllocation::tiesBreakOnIssueDateThenId()
{
    const QList<OpenItem> same = {{7, QDate(2026, 1, 1), QDate(2025, 12, 5), 100},
                                  {5, QDate(2026, 1, 1), QDate(2025, 12, 5), 100},
                                  {6, QDate(2026, 1, 1), QDate(2025, 12, 1), 100}};
    const QList<Allocation> a = AllocationRule::oldestFirst(300, same);
    QCOMPARE(a.size(), 3);
    QCOMPARE(a[0].invoiceId, 6);
    QCOMPARE(a[1].invoiceId, 5);
    QCOMPARE(a[2].invoiceId, 7);
}

void TestAllocation::namedInvoiceFirst()
{
    const QList<Allocation> a = AllocationRule::oldestFirst(6000, items(), 10);
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[0].invoiceId, 10);
    QCOMPARE(a[0].amountMinor, 5000);
    QCOMPARE(a[1].invoiceId, 11);
    QCOMPARE(a[1].amountMinor, 1000);
}

void TestAllocation::overpaymentStaysOnAccount()
{
    const QList<Allocation> a = AllocationRule::oldestFirst(12000, items());
    qint64 applied = 0;
    for (const Allocation &x : a)
        applied += x.amountMinor;
    QCOMPARE(a.size(), 3);
    QCOMPARE(applied, 10000); // 2,000.00 more than is open: left unallocated, not invented
}

void TestAllocation::nothingOpenAllocatesNothing()
{
    QVERIFY(AllocationRule::oldestFirst(500, {}).isEmpty());
    QVERIFY(AllocationRule::oldestFirst(500, {{1, QDate(2026, 1, 1), QDate(2026, 1, 1), 0}})
                    .isEmpty());
}

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
