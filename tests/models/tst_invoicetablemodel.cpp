// SPDX-License-Identifier: MIT
#include "models/invoicetablemodel.h"

#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestInvoiceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFormattedAmountsAndRawSortValues();
    void statusAndDaysLateFollowTheDate();
};

static QList<Invoice> sample()
{
    // Issued 2026-01-01, due 2026-01-31, partially paid.
    Invoice a = makeInvoice(0, QStringLiteral("INV-1"), QDate(2026, 1, 31), 123456);
    a.id = 1;
    a.balanceMinor = 23456;
    Invoice b = a;
    b.id = 2;
    b.number = QStringLiteral("INV-2");
    b.amountMinor = 500000;
    b.balanceMinor = 0;
    b.currency = QStringLiteral("EUR");
    return {a, b};
}

void TestInvoiceTableModel::showsFormattedAmountsAndRawSortValues()
{
    InvoiceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setInvoices(sample());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, InvoiceTableModel::Amount).data().toString(),
             QStringLiteral("$1,234.56"));
    QCOMPARE(model.index(0, InvoiceTableModel::Amount)
                     .data(InvoiceTableModel::SortRole)
                     .toLongLong(),
             123456);
    QCOMPARE(model.index(0, InvoiceTableModel::Balance).data().toString(),
             QStringLiteral("$234.56"));
    QVERIFY(model.index(1, InvoiceTableModel::Amount)
                    .data()
                    .toString()
                    .contains(QStringLiteral("€")));
    // A settled invoice shows no balance rather than "$0.00".
    QCOMPARE(model.index(1, InvoiceTableModel::Balance).data().toString(), QString());
    model.setLocale(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(model.index(1, InvoiceTableModel::Amount)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("5.000,00")));
    model.setInvoices({});
    QCOMPARE(model.rowCount(), 0);
}

void TestInvoiceTableModel::statusAndDaysLateFollowTheDate()
{
    InvoiceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInvoices(sample());
    model.setAsOf(QDate(2026, 3, 2));
    QCOMPARE(model.index(0, InvoiceTableModel::DaysPastDue)
                     .data(InvoiceTableModel::SortRole)
                     .toInt(),
             30);
    QCOMPARE(model.index(0, InvoiceTableModel::Status).data().toString(),
             QStringLiteral("Partially paid"));
    QCOMPARE(model.index(1, InvoiceTableModel::Status).data().toString(), QStringLiteral("Paid"));
    QCOMPARE(model.index(1, InvoiceTableModel::DaysPastDue).data().toString(), QString());
    model.setAsOf(QDate(2026, 1, 15));
    QCOMPARE(model.index(0, InvoiceTableModel::DaysPastDue)
                     .data(InvoiceTableModel::SortRole)
                     .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TestInvoiceTableModel)
#include "tst_invoicetablemodel.moc"
