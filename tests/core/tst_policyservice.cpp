// SPDX-License-Identifier: MIT
// PolicyService on a real company file: what the policies screen shows, a policy saved over a
// newer copy refused, a client made to follow a policy, and the grace days validated.
#include "core/services/policyservice.h"
#include "core/services/templateservice.h"
#include "core/storage/policyrepository.h"
#include "core/storage/templaterepository.h"
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
    void aTemplateAPolicySendsIsNotDeleted();

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
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("policies.ardesk")), QDate(2026, 2, 2)));
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

// TemplateService::remove: a template a policy sends stays (the error names the policy) until the
// policy stops sending it; a shipped one never goes (duplicate it instead).
void TestPolicyService::aTemplateAPolicySendsIsNotDeleted()
{
    TemplateService templates(m_co.db, m_co.manager);
    auto mine = templates.create(NoteTemplate::Kind::Email, QStringLiteral("Early nudge"));
    VERIFY_OK(mine);
    QCOMPARE(mine.value().key, QStringLiteral("early-nudge"));
    const PolicyService::Overview o = overview();
    int at = -1;
    for (int i = 0; i < o.policies.size() && at < 0; ++i) {
        if (o.policies.at(i).name == QLatin1String("Standard"))
            at = i;
    }
    QVERIFY(at >= 0);
    ReminderPolicy policy = o.policies.at(at);
    auto email = std::find_if(policy.steps.begin(), policy.steps.end(),
                              [](const PolicyStep &s) { return s.action == StepAction::Email; });
    QVERIFY(email != policy.steps.end());
    email->templateKey = mine.value().key;
    VERIFY_OK(PolicyService(m_co.db, m_co.manager).savePolicy(policy, o.versions.at(at)));
    auto refused = templates.remove(mine.value());
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(policy.name), qPrintable(refused.errorString()));
    QVERIFY(TemplateRepository(*m_co.db).find(mine.value().key));

    auto shipped = TemplateRepository(*m_co.db).find(QStringLiteral("friendly-reminder"));
    VERIFY_OK(shipped);
    auto kept = templates.remove(shipped.value());
    QVERIFY(!kept);
    QVERIFY2(kept.errorString().contains(QStringLiteral("ships with ARDesk")),
             qPrintable(kept.errorString()));
    auto copy = templates.duplicate(QStringLiteral("friendly-reminder"));
    VERIFY_OK(copy);
    QCOMPARE(copy.value().key, QStringLiteral("friendly-reminder-copy"));
    VERIFY_OK(templates.remove(copy.value()));
    QVERIFY(!TemplateRepository(*m_co.db).find(QStringLiteral("friendly-reminder-copy")));
}

QTEST_GUILESS_MAIN(TestPolicyService)
#include "tst_policyservice.moc"
