// SPDX-License-Identifier: MIT
// The audit trail table: each change as a reader sees it — time in their zone, who, the client,
// what and the changed fields before → after — with raw values to sort by.
#include "models/audittrailmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

using namespace ardesk;

class TestAuditTrailModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhoWhatAndTheChange();
};

void TestAuditTrailModel::showsWhoWhatAndTheChange()
{
    AuditTrailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.setTimeZone(QTimeZone("America/New_York"));
    AuditEntry edit;
    edit.id = 12;
    edit.at = QDateTime(QDate(2026, 11, 2), QTime(15, 30), Qt::UTC);
    edit.userName = QStringLiteral("ann");
    edit.userDisplayName = QStringLiteral("Ann Lee");
    edit.entity = QStringLiteral("invoice");
    edit.entityId = 42;
    edit.action = QStringLiteral("update");
    edit.clientId = 7;
    edit.clientCode = QStringLiteral("ACME");
    edit.clientName = QStringLiteral("Acme Ltd");
    edit.before = QJsonObject {{QStringLiteral("due_date"), QStringLiteral("2026-11-01")},
                               {QStringLiteral("number"), QStringLiteral("A-1")}};
    edit.after = QJsonObject {{QStringLiteral("due_date"), QStringLiteral("2026-12-01")},
                              {QStringLiteral("number"), QStringLiteral("A-1")}};
    AuditEntry settings;
    settings.id = 11;
    settings.at = edit.at.addSecs(-60);
    settings.entity = QStringLiteral("settings");
    settings.action = QStringLiteral("workflow");
    settings.after = QJsonObject {{QStringLiteral("contact_cap"), 3}};
    settings.before = QJsonObject {{QStringLiteral("contact_cap"), 5}};
    model.setEntries({edit});
    model.appendEntries({settings});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AuditTrailModel::When).data().toString(),
             QStringLiteral("11/2/2026 10:30 AM")); // New York, EST
    QCOMPARE(model.index(0, AuditTrailModel::User).data().toString(), QStringLiteral("Ann Lee"));
    QCOMPARE(model.index(0, AuditTrailModel::Client).data().toString(),
             QStringLiteral("ACME — Acme Ltd"));
    QCOMPARE(model.index(0, AuditTrailModel::What).data().toString(),
             QStringLiteral("Invoice A-1: update"));
    QCOMPARE(model.index(0, AuditTrailModel::Change).data().toString(),
             QStringLiteral("due_date: 2026-11-01 → 2026-12-01"));
    QCOMPARE(model.index(1, AuditTrailModel::User).data().toString(), QStringLiteral("(unknown)"));
    QCOMPARE(model.index(1, AuditTrailModel::Client).data().toString(), QString());
    QCOMPARE(model.index(1, AuditTrailModel::Change).data().toString(),
             QStringLiteral("contact_cap: 5 → 3"));
    QCOMPARE(model.index(1, AuditTrailModel::When).data(AuditTrailModel::SortRole).toLongLong(),
             11);
    QCOMPARE(model.index(0, 0).data(AuditTrailModel::EntryIdRole).toLongLong(), 12);
    QCOMPARE(model.index(0, 0).data(AuditTrailModel::ClientIdRole).toLongLong(), 7);
    QCOMPARE(model.headerData(AuditTrailModel::Change, Qt::Horizontal).toString(),
             QStringLiteral("Before → after"));
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAuditTrailModel)
#include "tst_audittrailmodel.moc"
