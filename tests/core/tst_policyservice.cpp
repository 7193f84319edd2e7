// SPDX-License-Identifier: MIT
// PolicyService on a real company file: what the policies screen shows, a policy saved over a
// newer copy refused, a client made to follow a policy, and the grace days validated.
#include "core/services/policyservice.h"
#include "core/storage/policyrepository.h"
#include "support/workflowsupport.h"

using namespace ardesk;
using namespace ardesk::test;

class TestPolicyService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void overviewShowsPoliciesVersionsAndEmailTemplates();
    void savingOverANewerCopyIsRefused();
    void clientFollowsTheAssignedPolicy();
    void graceBeyondThirtyDaysIsRefused();

private:
    PolicyService::Overview overview()
    {
        auto o = PolicyService(m_co.db, m_co.manager).overview();
        return o ? o.value() : PolicyService::Overview();
    }
    ScratchDir m_dir;
    WorkflowCompany m_co;
};

void TestPolicyService::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("policies.ardesk")),
                      FixedClock::atNoon(QDate(2026, 2, 2))));
}

void TestPolicyService::overviewShowsPoliciesVersionsAndEmailTemplates()
{
    const PolicyService::Overview o = overview();
    QVERIFY(o.policies.size() >= 2); // the standard and key-account policies
    QCOMPARE(o.versions.size(), o.policies.size());
    QVERIFY(o.emailTemplates.contains(QStringLiteral("friendly-reminder")));
    QVERIFY(o.settings.promiseGraceDays >= 0);
}

void TestPolicyService::savingOverANewerCopyIsRefused()
{
    const PolicyService::Overview o = overview();
    QVERIFY(!o.policies.isEmpty());
    ReminderPolicy mine = o.policies.first();
    ReminderPolicy theirs = mine;
    theirs.penaltyText = QStringLiteral("Interest of 1.5% a month applies.");
    VERIFY_OK(PolicyService(m_co.db, m_co.manager).savePolicy(theirs, o.versions.first()));
    mine.penaltyText = QStringLiteral("Late fees apply.");
    auto stale = PolicyService(m_co.db, m_co.manager).savePolicy(mine, o.versions.first());
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(overview().policies.first().penaltyText, theirs.penaltyText);
}

void TestPolicyService::clientFollowsTheAssignedPolicy()
{
    const qint64 c = m_co.client(QStringLiteral("ALFA"));
    const PolicyService::Overview o = overview();
    const ReminderPolicy *other = nullptr;
    for (const ReminderPolicy &p : o.policies) {
        if (!p.isDefault)
            other = &p;
    }
    QVERIFY(other);
    VERIFY_OK(PolicyService(m_co.db, m_co.manager).assign(c, other->id));
    auto follows = PolicyRepository(m_co.db->connection()).forClient(c);
    VERIFY_OK(follows);
    QCOMPARE(follows.value().id, other->id);
}

void TestPolicyService::graceBeyondThirtyDaysIsRefused()
{
    WorkflowSettings s = overview().settings;
    s.promiseGraceDays = 5;
    VERIFY_OK(PolicyService(m_co.db, m_co.manager).saveSettings(s));
    QCOMPARE(overview().settings.promiseGraceDays, 5);
    s.promiseGraceDays = 99; // more than 30 days
    QVERIFY(!PolicyService(m_co.db, m_co.manager).saveSettings(s));
    QCOMPARE(overview().settings.promiseGraceDays, 5);
}

QTEST_GUILESS_MAIN(TestPolicyService)
#include "tst_policyservice.moc"
