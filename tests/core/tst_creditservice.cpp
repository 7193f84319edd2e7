// SPDX-License-Identifier: MIT
// Credit holds: the 60-days rule and a person's hold/release, each with a reason and audit.
#include "core/services/clientservice.h"
#include "core/services/creditservice.h"
#include "core/storage/clientrepository.h"
#include "core/storage/sql.h"
#include "core/storage/userrepository.h"

#include "support/testsupport.h"

#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCreditService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ruleHoldsOnlyUndisputedSixtyPlus();
    void dryRunWritesNothingAndSecondRunHoldsNobody();
    void manualHoldNeedsReasonAndReleaseRestoresStatus();

private:
    qint64 addClientWithInvoice(const QString &code, int daysPastDue, bool disputed = false);
    ScratchDir m_dir;
    std::shared_ptr<Database> m_db;
    const QDate m_asOf {2026, 6, 30};
};

void TestCreditService::init()
{
    QVERIFY(m_dir.renew());
    auto db = Database::open(m_dir.filePath(QStringLiteral("credit.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = db.value();
    User manager;
    manager.name = QStringLiteral("amelia");
    manager.roles = UserRole::Manager;
    QVERIFY(committed(m_db->connection(),
                      [&] { return UserRepository(m_db->connection()).insert(manager); }));
}

qint64 TestCreditService::addClientWithInvoice(const QString &code, int daysPastDue, bool disputed)
{
    Client c = makeClient(code, QStringLiteral("Client ") + code, QStringLiteral("USD"));
    ClientService service(m_db, 1);
    if (!service.createClient(c))
        return 0;
    Invoice inv
            = makeInvoice(c.id, QStringLiteral("INV-") + code, m_asOf.addDays(-daysPastDue), 50000);
    inv.disputed = disputed;
    if (!service.addInvoice(inv))
        return 0;
    return c.id;
}

void TestCreditService::ruleHoldsOnlyUndisputedSixtyPlus()
{
    const qint64 late = addClientWithInvoice(QStringLiteral("LATE"), 70);
    const qint64 edge = addClientWithInvoice(QStringLiteral("EDGE"), 60);
    QVERIFY(addClientWithInvoice(QStringLiteral("YOUNG"), 59));
    QVERIFY(addClientWithInvoice(QStringLiteral("DISP"), 120, true));
    QVERIFY(late && edge);
    auto holds = CreditService(m_db, 1).applyHoldRule(m_asOf);
    QVERIFY2(holds, qPrintable(holds.errorString()));
    QCOMPARE(holds.value().size(), 2);
    QCOMPARE(holds.value()[0].code, QStringLiteral("EDGE"));
    QCOMPARE(holds.value()[0].daysPastDue, 60);
    QCOMPARE(holds.value()[1].code, QStringLiteral("LATE"));
    QCOMPARE(holds.value()[1].overdueMinor, 50000);
    auto client = ClientRepository(m_db->connection()).find(late);
    QVERIFY(client);
    QVERIFY(client.value().creditHold);
    QVERIFY(client.value().status == ClientStatus::OnHold);
    QVERIFY2(client.value().creditHoldReason.contains(QStringLiteral("INV-LATE"))
                     && client.value().creditHoldReason.contains(QStringLiteral("70 days")),
             qPrintable(client.value().creditHoldReason));
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action "
                                   "= 'credit_hold_rule' AND user_id = 1"))
                     .toInt(),
             2);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT credit_hold FROM clients WHERE code = "
                                   "'DISP'"))
                     .toInt(),
             0);
}

void TestCreditService::dryRunWritesNothingAndSecondRunHoldsNobody()
{
    QVERIFY(addClientWithInvoice(QStringLiteral("LATE"), 90));
    auto dry = CreditService(m_db, 1).applyHoldRule(m_asOf, CreditService::Mode::DryRun);
    QVERIFY(dry);
    QCOMPARE(dry.value().size(), 1);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM clients WHERE "
                                   "credit_hold = 1"))
                     .toInt(),
             0);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                   "action = 'credit_hold_rule'"))
                     .toInt(),
             0);
    QCOMPARE(CreditService(m_db, 1).applyHoldRule(m_asOf).value().size(), 1);
    QCOMPARE(CreditService(m_db, 1).applyHoldRule(m_asOf).value().size(), 0);
}

void TestCreditService::manualHoldNeedsReasonAndReleaseRestoresStatus()
{
    const qint64 id = addClientWithInvoice(QStringLiteral("OK"), 5);
    CreditService credit(m_db, 1);
    auto noReason = credit.hold(id, QStringLiteral("  "));
    QVERIFY(!noReason);
    QVERIFY(noReason.errorString().contains(QStringLiteral("reason")));
    VERIFY_OK(credit.hold(id, QStringLiteral("Bounced check CHK 1234")));
    auto again = credit.hold(id, QStringLiteral("twice"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    auto held = ClientRepository(m_db->connection()).find(id);
    QCOMPARE(held.value().creditHoldReason, QStringLiteral("Bounced check CHK 1234"));
    QVERIFY(held.value().status == ClientStatus::OnHold);
    VERIFY_OK(credit.release(id, QStringLiteral("Check cleared")));
    auto released = ClientRepository(m_db->connection()).find(id);
    QVERIFY(!released.value().creditHold);
    QVERIFY(released.value().status == ClientStatus::Active);
    QCOMPARE(scalar(m_db->connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                   "'client' AND entity_id = ? AND action IN "
                                   "('credit_hold','credit_release')"),
                    {id})
                     .toInt(),
             2);
}

QTEST_GUILESS_MAIN(TestCreditService)
#include "tst_creditservice.moc"
