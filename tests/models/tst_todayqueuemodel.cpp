// SPDX-License-Identifier: MIT
// The Today queue table: why each client is there, its score and parts, and taking rows off.
#include "models/todayqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ardesk;

class TestTodayQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsReasonsScoreAndRemoves();
    void lastContactSaysOneDayAndTwoDays();
};

void TestTodayQueueModel::showsReasonsScoreAndRemoves()
{
    TodayQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    TodayQueue::Row a;
    a.clientId = 11;
    a.code = QStringLiteral("KITE");
    a.name = QStringLiteral("Kite Supplies");
    a.currency = QStringLiteral("USD");
    a.reasons = {{QStringLiteral("promise_broken"), QStringLiteral("promise of $500.00 broken"), 4},
                 {QStringLiteral("follow_up"), QStringLiteral("follow-up due"), 9}};
    a.score.total = 62;
    a.score.amountPart = 1800;
    a.overdueMinor = 125000;
    a.oldestDaysLate = 50;
    a.lastContact = QDateTime(QDate(2026, 11, 20), QTime(12, 0));
    a.lastConversation = QDateTime(QDate(2026, 11, 20), QTime(12, 0));
    a.daysSinceContact = 5; // as TodayQueue computes it, in the company's days
    a.daysSinceTouch = 5;
    TodayQueue::Row b = a;
    b.clientId = 12;
    b.code = QStringLiteral("BETA");
    b.reasons = {{QStringLiteral("new_overdue"), QStringLiteral("INV-9 fell due"), 1}};
    b.lastContact = QDateTime(QDate(2026, 11, 25), QTime(9, 0)); // an automatic e-mail only
    b.lastConversation = QDateTime();
    b.daysSinceContact = -1;
    b.daysSinceTouch = 0;
    model.setRows({a, b}, QDate(2026, 11, 25));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TodayQueueModel::Why).data().toString(),
             QStringLiteral("promise of $500.00 broken; follow-up due"));
    QCOMPARE(model.index(0, TodayQueueModel::Overdue).data().toString(),
             QStringLiteral("$1,250.00"));
    QVERIFY(model.index(0, TodayQueueModel::Score)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("amount 18")));
    // Which fact is which (#12): a row says its last conversation and its last touch apart.
    QCOMPARE(model.index(0, TodayQueueModel::LastContact).data().toString(),
             QStringLiteral("Last conversation: 5 days ago · Last touch: 5 days ago"));
    QCOMPARE(model.index(1, TodayQueueModel::LastContact).data().toString(),
             QStringLiteral("Last conversation: never · Last touch: today"));
    QCOMPARE(model.index(0, 0).data(TodayQueueModel::ReasonKindsRole).toStringList(),
             (QStringList {QStringLiteral("promise_broken"), QStringLiteral("follow_up")}));
    QVERIFY(model.removeClient(11));
    QVERIFY(!model.removeClient(11));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(TodayQueueModel::ClientIdRole).toLongLong(), 12);
}

void TestTodayQueueModel::lastContactSaysOneDayAndTwoDays()
{
    TodayQueueModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    TodayQueue::Row a;
    a.clientId = 1;
    a.code = QStringLiteral("ONE");
    a.currency = QStringLiteral("USD");
    a.lastContact = QDateTime(QDate(2026, 11, 24), QTime(12, 0));
    a.daysSinceContact = 1;
    TodayQueue::Row b = a;
    b.clientId = 2;
    b.code = QStringLiteral("TWO");
    b.daysSinceContact = 2;
    model.setRows({a, b}, QDate(2026, 11, 25));
    const QString one = model.index(0, TodayQueueModel::LastContact).data().toString();
    const QString two = model.index(1, TodayQueueModel::LastContact).data().toString();
    QVERIFY2(one.startsWith(QStringLiteral("Last conversation: 1 day ago ")), qPrintable(one));
    QVERIFY2(two.startsWith(QStringLiteral("Last conversation: 2 days ago ")), qPrintable(two));
}

QTEST_GUILESS_MAIN(TestTodayQueueModel)
#include "tst_todayqueuemodel.moc"
