// SPDX-License-Identifier: MIT
// The client activity table: each note as a manager reads it — the time in the company's zone,
// the clerk, the client, the channel, the outcome and the first line — with raw values to sort
// by, checked by QAbstractItemModelTester through a reset and an appended page.
#include "models/activitymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ardesk;

class TestActivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhenWhoWhereAndWhat();
};

void TestActivityModel::showsWhenWhoWhereAndWhat()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setTimeZone(QTimeZone("America/New_York"));
    ActivityQuery::Entry call;
    call.noteId = 9;
    call.clientId = 7;
    call.clientCode = QStringLiteral("ACME");
    call.clientName = QStringLiteral("Acme Ltd");
    call.occurredAt = QDateTime(QDate(2026, 11, 2), QTime(15, 30), QTimeZone::utc());
    call.channel = NoteChannel::Call;
    call.outcome = NoteOutcome::Promised;
    call.authorName = QStringLiteral("ann");
    call.summary = QStringLiteral("Will pay Friday");
    model.setEntries({call});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ActivityModel::ColumnCount));
    QCOMPARE(model.index(0, ActivityModel::When).data().toString(),
             QStringLiteral("11/2/2026 10:30 AM")); // 15:30 UTC in New York
    QCOMPARE(model.index(0, ActivityModel::Clerk).data().toString(), QStringLiteral("ann"));
    QCOMPARE(model.index(0, ActivityModel::Client).data().toString(),
             QStringLiteral("ACME — Acme Ltd"));
    QCOMPARE(model.index(0, ActivityModel::Channel).data().toString(),
             displayName(NoteChannel::Call));
    QCOMPARE(model.index(0, ActivityModel::Outcome).data().toString(),
             displayName(NoteOutcome::Promised));
    QCOMPARE(model.index(0, ActivityModel::Summary).data().toString(),
             QStringLiteral("Will pay Friday"));
    QCOMPARE(model.index(0, 0).data(ActivityModel::ClientIdRole).toLongLong(), qint64(7));
    QCOMPARE(model.index(0, 0).data(ActivityModel::NoteIdRole).toLongLong(), qint64(9));
    QCOMPARE(model.index(0, ActivityModel::When).data(ActivityModel::SortRole).toDateTime(),
             call.occurredAt);

    ActivityQuery::Entry text = call;
    text.noteId = 10;
    text.authorName.clear();
    text.channel = NoteChannel::Text;
    text.outcome = NoteOutcome::None;
    model.appendEntries({text});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ActivityModel::Clerk).data().toString(), QStringLiteral("(nobody)"));
    QVERIFY(model.index(1, ActivityModel::Outcome).data().toString().isEmpty());
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
