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
    void documentColumnMarksInvoicesWithADocument();
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

// Issue 12: the invoice list shows which invoices carry their document.
void TestInvoiceTableModel::documentColumnMarksInvoicesWithADocument()
{
    InvoiceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    InvoiceDocument d;
    d.id = 7;
    d.invoiceId = 2;
    d.displayName = QStringLiteral("INV-2.pdf");
    d.size = 2048;
    d.detectedMime = QStringLiteral("application/pdf");
    model.setInvoices(sample(), {{2, d}});
    QCOMPARE(model.headerData(InvoiceTableModel::Document, Qt::Horizontal).toString(),
             QStringLiteral("Document"));
    QCOMPARE(model.index(0, InvoiceTableModel::Document).data().toString(), QString());
    QVERIFY(!model.index(0, 0).data(InvoiceTableModel::HasDocumentRole).toBool());
    QCOMPARE(model.index(1, InvoiceTableModel::Document).data().toString(),
             QStringLiteral("INV-2.pdf"));
    QVERIFY(model.index(1, 0).data(InvoiceTableModel::HasDocumentRole).toBool());
    QVERIFY(model.index(1, InvoiceTableModel::Document)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("application/pdf")));
}

QTEST_GUILESS_MAIN(TestInvoiceTableModel)
#include "tst_invoicetablemodel.moc"
