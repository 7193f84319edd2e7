// SPDX-License-Identifier: MIT
// The one-step call's defaults on their own: whom "Call the billing contact" dials, the promise
// it proposes (the overdue total, a week ahead on a weekday) and the next contact that follows.
#include "core/domain/calldefaults.h"

#include <QTest>

using namespace ardesk;

class TestCallDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promiseDateIsAWeekAheadOnAWeekday_data();
    void promiseDateIsAWeekAheadOnAWeekday();
    void nextContactIsTheWeekdayAfterThePromise_data();
    void nextContactIsTheWeekdayAfterThePromise();
    void promiseAmountIsTheOverdueTotal();
    void calleeIsTheBillingContactWithANumber();
};

void TestCallDefaults::promiseDateIsAWeekAheadOnAWeekday_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("expected");
    // 2026-12-07 is a Monday.
    QTest::newRow("monday") << QDate(2026, 12, 7) << QDate(2026, 12, 14);
    QTest::newRow("friday") << QDate(2026, 12, 11) << QDate(2026, 12, 18);
    QTest::newRow("saturday: the Monday after") << QDate(2026, 12, 12) << QDate(2026, 12, 21);
    QTest::newRow("sunday: the Monday after") << QDate(2026, 12, 13) << QDate(2026, 12, 21);
    QTest::newRow("over the new year") << QDate(2026, 12, 27) << QDate(2027, 1, 4);
    QTest::newRow("no date") << QDate() << QDate();
}

void TestCallDefaults::promiseDateIsAWeekAheadOnAWeekday()
{
    QFETCH(QDate, today);
    QFETCH(QDate, expected);
    const QDate d = CallDefaults::promiseDate(today);
    QCOMPARE(d, expected);
    if (d.isValid())
        QVERIFY(d.dayOfWeek() <= Qt::Friday);
}

void TestCallDefaults::nextContactIsTheWeekdayAfterThePromise_data()
{
    QTest::addColumn<QDate>("promised");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("monday → tuesday") << QDate(2026, 12, 14) << QDate(2026, 12, 15);
    QTest::newRow("friday → monday") << QDate(2026, 12, 18) << QDate(2026, 12, 21);
    QTest::newRow("saturday → monday") << QDate(2026, 12, 19) << QDate(2026, 12, 21);
}

void TestCallDefaults::nextContactIsTheWeekdayAfterThePromise()
{
    QFETCH(QDate, promised);
    QFETCH(QDate, expected);
    QCOMPARE(CallDefaults::nextContactAfter(promised), expected);
}

void TestCallDefaults::promiseAmountIsTheOverdueTotal()
{
    const Money overdue = CallDefaults::promiseAmount(125050, 300000, QStringLiteral("USD"));
    QVERIFY(overdue.isValid());
    QCOMPARE(overdue.minor(), 125050);
    QCOMPARE(overdue.toPlainString(), QStringLiteral("1250.50"));
    // Nothing overdue yet: the open balance.
    QCOMPARE(CallDefaults::promiseAmount(0, 300000, QStringLiteral("EUR")).minor(), 300000);
    QCOMPARE(CallDefaults::promiseAmount(0, 300000, QStringLiteral("EUR")).currencyCode(),
             QStringLiteral("EUR"));
    // Nothing owed (or a credit): no amount to propose.
    QVERIFY(!CallDefaults::promiseAmount(0, 0, QStringLiteral("USD")).isValid());
    QVERIFY(!CallDefaults::promiseAmount(0, -500, QStringLiteral("USD")).isValid());
    // Zero-decimal currency keeps its minor units.
    QCOMPARE(CallDefaults::promiseAmount(5000, 5000, QStringLiteral("JPY")).toPlainString(),
             QStringLiteral("5000"));
}

void TestCallDefaults::calleeIsTheBillingContactWithANumber()
{
    const Phone good {QStringLiteral("office"), QStringLiteral("+1 415 555 0100"),
                      QStringLiteral("+14155550100"), QString()};
    const Phone unparsed {QStringLiteral("office"), QStringLiteral("call reception"), QString(),
                          QString()};
    Contact other;
    other.id = 1;
    other.name = QStringLiteral("Sam Sales");
    other.phones = {good};
    Contact quiet;
    quiet.id = 2;
    quiet.name = QStringLiteral("Quinn Quiet");
    quiet.isBillingContact = true;
    quiet.doNotContact = true;
    quiet.phones = {good};
    Contact noNumber;
    noNumber.id = 3;
    noNumber.name = QStringLiteral("Nia NoNumber");
    noNumber.isBillingContact = true;
    noNumber.phones = {unparsed};
    Contact billing;
    billing.id = 4;
    billing.name = QStringLiteral("Pat Payables");
    billing.isBillingContact = true;
    billing.phones = {unparsed, good};

    auto c = CallDefaults::callee({other, quiet, noNumber, billing});
    QVERIFY(c);
    QCOMPARE(c->contact.name, QStringLiteral("Pat Payables"));
    QCOMPARE(c->phone.e164, QStringLiteral("+14155550100"));
    // No billing contact can be called: anyone who can.
    c = CallDefaults::callee({quiet, noNumber, other});
    QVERIFY(c);
    QCOMPARE(c->contact.id, 1);
    // Nobody may be called.
    QVERIFY(!CallDefaults::callee({quiet, noNumber}));
    QVERIFY(!CallDefaults::callee({}));
}

QTEST_GUILESS_MAIN(TestCallDefaults)
#include "tst_calldefaults.moc"
