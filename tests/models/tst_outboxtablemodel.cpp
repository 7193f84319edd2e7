// SPDX-License-Identifier: MIT
// The outbox table: what a user reads about each message's fate.
#include "models/outboxtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ardesk;

class TestOutboxTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsStatusReplyAndError();
};

void TestOutboxTableModel::showsStatusReplyAndError()
{
    OutboxTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    OutboxMessage sent;
    sent.id = 1;
    sent.status = OutboxStatus::Sent;
    sent.recipients = {QStringLiteral("ap@kite.example"), QStringLiteral("cfo@kite.example")};
    sent.subject = QStringLiteral("Reminder: invoice K-1");
    sent.serverReply = QStringLiteral("250 2.0.0 Ok: queued as ABC123");
    sent.attempts = 1;
    sent.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    sent.sentAt = sent.createdAt.addSecs(5);
    OutboxMessage parked = sent;
    parked.id = 2;
    parked.status = OutboxStatus::Parked;
    parked.lastError = QStringLiteral("550 5.1.1 mailbox unavailable");
    parked.attempts = 3;
    model.setMessages({sent, parked});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OutboxTableModel::Recipients).data().toString(),
             QStringLiteral("ap@kite.example, cfo@kite.example"));
    QVERIFY(model.index(0, OutboxTableModel::Status)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Sent ")));
    QCOMPARE(model.index(0, OutboxTableModel::Detail).data().toString(),
             QStringLiteral("250 2.0.0 Ok: queued as ABC123"));
    QCOMPARE(model.index(1, OutboxTableModel::Detail).data().toString(),
             QStringLiteral("550 5.1.1 mailbox unavailable"));
    QCOMPARE(model.index(1, OutboxTableModel::Status).data().toString(),
             QStringLiteral("Not delivered — retry by hand"));
    QCOMPARE(model.index(1, 0).data(OutboxTableModel::OutboxIdRole).toLongLong(), 2);
    QCOMPARE(model.index(1, 0).data(OutboxTableModel::StatusKeyRole).toString(),
             QStringLiteral("parked"));
    QCOMPARE(model.index(1, OutboxTableModel::Attempts).data(OutboxTableModel::SortRole).toInt(),
             3);
}

QTEST_GUILESS_MAIN(TestOutboxTableModel)
#include "tst_outboxtablemodel.moc"
