// SPDX-License-Identifier: MIT
// The Details tab's payments table: what each payment paid, what stayed on account, voids.
#include "models/paymenttablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ardesk;

class TestPaymentTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAllocationsOnAccountAndVoids();
};

void TestPaymentTableModel::showsAllocationsOnAccountAndVoids()
{
    PaymentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    Payment check;
    check.currency = QStringLiteral("USD");
    check.id = 7;
    check.date = QDate(2026, 4, 1);
    check.amountMinor = 12000;
    check.method = PaymentMethod::Check;
    check.reference = QStringLiteral("CHK 77");
    check.allocations = {{1, 10000}, {2, 1500}};
    Payment bounced = check;
    bounced.id = 8;
    bounced.voidedAt = QDateTime(QDate(2026, 4, 3), QTime(9, 0), Qt::UTC);
    bounced.voidReason = QStringLiteral("bounced");
    model.setPayments({check, bounced},
                      {{1, QStringLiteral("INV-1")}, {2, QStringLiteral("INV-2")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PaymentTableModel::AppliedTo).data().toString(),
             QStringLiteral("INV-1 ($100.00), INV-2 ($15.00)"));
    QCOMPARE(model.index(0, PaymentTableModel::OnAccount).data().toString(),
             QStringLiteral("$5.00"));
    QCOMPARE(model.index(0, PaymentTableModel::OnAccount)
                     .data(PaymentTableModel::SortRole)
                     .toLongLong(),
             500);
    QCOMPARE(model.index(0, PaymentTableModel::State).data().toString(), QString());
    QCOMPARE(model.index(1, 0).data(PaymentTableModel::PaymentIdRole).toLongLong(), 8);
    QVERIFY(model.index(1, 0).data(PaymentTableModel::VoidedRole).toBool());
    QCOMPARE(model.index(1, PaymentTableModel::State).data().toString(),
             QStringLiteral("Void: bounced"));
    // A voided payment holds nothing on account.
    QCOMPARE(model.index(1, PaymentTableModel::OnAccount).data().toString(), QString());
    QCOMPARE(model.headerData(PaymentTableModel::AppliedTo, Qt::Horizontal).toString(),
             QStringLiteral("Applied to"));
}

QTEST_GUILESS_MAIN(TestPaymentTableModel)
#include "tst_paymenttablemodel.moc"
