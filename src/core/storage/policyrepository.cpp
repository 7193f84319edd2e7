// SPDX-License-Identifier: MIT
#include "core/storage/policyrepository.h"

#include "core/storage/auditlog.h"
#include "core/storage/companysettings.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace ardesk {

namespace {
QJsonObject toJson(const ReminderPolicy &p)
{
    QJsonArray steps;
    for (const PolicyStep &s : p.steps)
        steps.append(QJsonObject {{QStringLiteral("id"), s.id},
                                  {QStringLiteral("days_after_due"), s.daysAfterDue},
                                  {QStringLiteral("action"), toString(s.action)},
                                  {QStringLiteral("template"), s.templateKey}});
    return QJsonObject {{QStringLiteral("name"), p.name},
                        {QStringLiteral("segment"), p.segment},
                        {QStringLiteral("is_default"), p.isDefault},
                        {QStringLiteral("penalty_text"), p.penaltyText},
                        {QStringLiteral("discount_text"), p.discountText},
                        {QStringLiteral("steps"), steps}};
}

Result<void> validate(const ReminderPolicy &p)
{
    if (p.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         PolicyRepository::tr("name: a policy needs a name"));
    for (int i = 0; i < p.steps.size(); ++i) {
        const PolicyStep &s = p.steps.at(i);
        if (s.daysAfterDue < kMinPolicyStepDays || s.daysAfterDue > 3650)
            return makeError(ErrorCode::InvalidValue,
                             PolicyRepository::tr("steps[%1].days_after_due: %2 is not from %3 "
                                                  "to 3650")
                                     .arg(i + 1)
                                     .arg(s.daysAfterDue)
                                     .arg(kMinPolicyStepDays));
        if ((s.action == StepAction::Email || s.action == StepAction::Statement)
            && s.templateKey.trimmed().isEmpty())
            return makeError(
                    ErrorCode::InvalidValue,
                    PolicyRepository::tr(
                            "steps[%1].template: an e-mail or statement step needs a template")
                            .arg(i + 1));
    }
    return {};
}
} // namespace

QString PolicyRepository::channelOf(StepAction action)
{
    return toString(ardesk::channelOf(action));
}

ReminderPolicy PolicyRepository::Catalog::resolve(qint64 policyId, const QString &segment) const
{
    if (policyId != 0) {
        if (const ReminderPolicy *p = find(policyId))
            return *p;
    }
    if (!segment.trimmed().isEmpty()) {
        for (const ReminderPolicy &p : policies) {
            if (!p.segment.isEmpty()
                && p.segment.compare(segment.trimmed(), Qt::CaseInsensitive) == 0)
                return p;
        }
    }
    for (const ReminderPolicy &p : policies) {
        if (p.isDefault)
            return p;
    }
    return ReminderPolicy();
}

const ReminderPolicy *PolicyRepository::Catalog::find(qint64 policyId) const
{
    for (const ReminderPolicy &p : policies) {
        if (p.id == policyId)
            return &p;
    }
    return nullptr;
}

Result<PolicyRepository::Catalog> PolicyRepository::catalog() const
{
    auto l = list();
    if (!l)
        return l.error();
    return Catalog {l.value()};
}

Result<QList<ReminderPolicy>> PolicyRepository::list() const
{
    QList<ReminderPolicy> out;
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT id, name, segment, is_default, penalty_text, "
                                      "discount_text FROM reminder_policies ORDER BY is_default "
                                      "DESC, name"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        ReminderPolicy p;
        p.id = r.value(0).toLongLong();
        p.name = r.value(1).toString();
        p.segment = r.value(2).toString();
        p.isDefault = r.value(3).toInt() != 0;
        p.penaltyText = r.value(4).toString();
        p.discountText = r.value(5).toString();
        out.append(p);
    }
    auto s = sql::exec(m_db,
                       QStringLiteral("SELECT policy_id, id, days_after_due, action, template_key "
                                      "FROM policy_steps ORDER BY policy_id, days_after_due, "
                                      "position, id"));
    if (!s)
        return s.error();
    while (s.value().next()) {
        const QSqlQuery &r = s.value();
        const qint64 policyId = r.value(0).toLongLong();
        const auto action = stepActionFromString(r.value(3).toString());
        if (!action)
            return makeError(ErrorCode::Corrupt,
                             tr("policy step %1: unknown action \"%2\"")
                                     .arg(r.value(1).toLongLong())
                                     .arg(r.value(3).toString()));
        for (ReminderPolicy &p : out) {
            if (p.id == policyId)
                p.steps.append({r.value(1).toLongLong(), r.value(2).toInt(), *action,
                                r.value(4).toString()});
        }
    }
    return out;
}

Result<ReminderPolicy> PolicyRepository::findByName(const QString &name) const
{
    auto l = list();
    if (!l)
        return l.error();
    for (const ReminderPolicy &p : l.value()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return makeError(ErrorCode::NotFound, tr("policy: no reminder policy named \"%1\"").arg(name));
}

Result<ReminderPolicy> PolicyRepository::forClient(qint64 clientId) const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT policy_id, segment FROM clients WHERE id = ?"),
                       {clientId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no client with id %1").arg(clientId));
    const qint64 policyId = q.value().value(0).toLongLong();
    const QString segment = q.value().value(1).toString();
    auto c = catalog();
    if (!c)
        return c.error();
    return c.value().resolve(policyId, segment);
}

Result<int> PolicyRepository::version(qint64 policyId) const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT version FROM reminder_policies WHERE id = ?"),
                         {policyId});
    if (!v)
        return v.error();
    if (v.value().isNull())
        return makeError(ErrorCode::NotFound, tr("no reminder policy with id %1").arg(policyId));
    return v.value().toInt();
}

Result<void> PolicyRepository::insertPolicy(ReminderPolicy &policy)
{
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO reminder_policies (name, segment, is_default, "
                                       "penalty_text, discount_text) VALUES (?,?,?,?,?)"),
                        {policy.name.trimmed(), policy.segment.trimmed(), policy.isDefault ? 1 : 0,
                         policy.penaltyText, policy.discountText});
    if (!r)
        return r.error().code == ErrorCode::Conflict
                ? makeError(ErrorCode::Conflict,
                            tr("name: a policy named \"%1\" exists already").arg(policy.name))
                : r.error();
    policy.id = r.value().lastInsertId;
    return {};
}

Result<int> PolicyRepository::seedDefaults()
{
    auto seeded = readSetting(m_db, QStringLiteral("workflow.policies_seeded"), QString());
    if (!seeded)
        return seeded.error();
    if (!seeded.value().isEmpty())
        return 0;
    int added = 0;
    const bool hasDefault = sql::scalar(m_db,
                                        QStringLiteral("SELECT count(*) FROM reminder_policies "
                                                       "WHERE is_default = 1"))
                                    .valueOr(0)
                                    .toInt()
            > 0;
    for (ReminderPolicy p : {ReminderPolicy::standard(), ReminderPolicy::keyAccounts()}) {
        auto exists = sql::scalar(m_db,
                                  QStringLiteral("SELECT count(*) FROM reminder_policies WHERE "
                                                 "name = ?"),
                                  {p.name});
        if (!exists)
            return exists.error();
        if (exists.value().toInt() > 0)
            continue;
        if (hasDefault)
            p.isDefault = false;
        if (auto r = insertPolicy(p); !r)
            return r.error();
        for (int i = 0; i < p.steps.size(); ++i) {
            const PolicyStep &s = p.steps.at(i);
            auto r = sql::exec(m_db,
                               QStringLiteral("INSERT INTO policy_steps (policy_id, "
                                              "days_after_due, action, template_key, channel, "
                                              "position) VALUES (?,?,?,?,?,?)"),
                               {p.id, s.daysAfterDue, toString(s.action), s.templateKey,
                                channelOf(s.action), i});
            if (!r)
                return r.error();
        }
        ++added;
    }
    if (auto w
        = writeSetting(m_db, QStringLiteral("workflow.policies_seeded"), QStringLiteral("1"));
        !w)
        return w.error();
    return added;
}

Result<int> PolicyRepository::save(ReminderPolicy &policy, int expectedVersion, qint64 userId)
{
    if (auto v = validate(policy); !v)
        return v.error();
    QJsonObject before;
    int newVersion = 1;
    if (policy.id == 0) {
        if (auto r = insertPolicy(policy); !r)
            return r.error();
    } else {
        auto l = list();
        if (!l)
            return l.error();
        const ReminderPolicy *old = nullptr;
        for (const ReminderPolicy &p : l.value()) {
            if (p.id == policy.id)
                old = &p;
        }
        if (!old)
            return makeError(ErrorCode::NotFound,
                             tr("no reminder policy with id %1").arg(policy.id));
        before = toJson(*old);
        auto u = sql::exec(m_db,
                           QStringLiteral("UPDATE reminder_policies SET name = ?, segment = ?, "
                                          "is_default = ?, penalty_text = ?, discount_text = ?, "
                                          "version = version + 1 WHERE id = ? AND version = ?"),
                           {policy.name.trimmed(), policy.segment.trimmed(),
                            policy.isDefault ? 1 : 0, policy.penaltyText, policy.discountText,
                            policy.id, expectedVersion});
        if (!u)
            return u.error();
        if (u.value().numRowsAffected() != 1)
            return makeError(
                    ErrorCode::Conflict,
                    tr("the policy \"%1\" was changed by someone else: reload it").arg(old->name));
        newVersion = expectedVersion + 1;
        QSet<qint64> kept;
        for (const PolicyStep &s : policy.steps)
            kept.insert(s.id);
        for (const PolicyStep &s : old->steps) {
            if (kept.contains(s.id))
                continue;
            auto used = sql::scalar(m_db,
                                    QStringLiteral("SELECT count(*) FROM reminder_log WHERE "
                                                   "step_id = ?"),
                                    {s.id});
            if (!used)
                return used.error();
            if (used.value().toInt() > 0)
                return makeError(ErrorCode::Conflict,
                                 tr("steps: the step at +%1 (%2) was already taken for %3 and "
                                    "cannot be removed; change its days instead")
                                         .arg(tr("%n day(s)", nullptr, s.daysAfterDue),
                                              displayName(s.action),
                                              tr("%n invoice(s)", nullptr, used.value().toInt())));
            auto d = sql::exec(m_db, QStringLiteral("DELETE FROM policy_steps WHERE id = ?"),
                               {s.id});
            if (!d)
                return d.error();
        }
    }
    for (int i = 0; i < policy.steps.size(); ++i) {
        PolicyStep &s = policy.steps[i];
        if (s.id == 0) {
            auto r = sql::write(m_db,
                                QStringLiteral("INSERT INTO policy_steps (policy_id, "
                                               "days_after_due, action, template_key, channel, "
                                               "position) VALUES (?,?,?,?,?,?)"),
                                {policy.id, s.daysAfterDue, toString(s.action), s.templateKey,
                                 channelOf(s.action), i});
            if (!r)
                return r.error();
            s.id = r.value().lastInsertId;
        } else {
            auto r = sql::exec(m_db,
                               QStringLiteral("UPDATE policy_steps SET days_after_due = ?, "
                                              "action = ?, template_key = ?, channel = ?, "
                                              "position = ? WHERE id = ? AND policy_id = ?"),
                               {s.daysAfterDue, toString(s.action), s.templateKey,
                                channelOf(s.action), i, s.id, policy.id});
            if (!r)
                return r.error();
            if (r.value().numRowsAffected() != 1)
                return makeError(
                        ErrorCode::InvalidValue,
                        tr("steps[%1]: step %2 is not a step of this policy").arg(i + 1).arg(s.id));
        }
    }
    if (policy.isDefault) {
        auto r = sql::exec(m_db,
                           QStringLiteral("UPDATE reminder_policies SET is_default = 0 WHERE id "
                                          "<> ? AND is_default = 1"),
                           {policy.id});
        if (!r)
            return r.error();
    }
    if (auto a
        = AuditLog(m_db, userId)
                  .record(QStringLiteral("reminder_policy"), policy.id,
                          before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"),
                          before, toJson(policy));
        !a)
        return a.error();
    return newVersion;
}

Result<void> PolicyRepository::assign(qint64 clientId, qint64 policyId, qint64 userId)
{
    auto old = sql::exec(m_db, QStringLiteral("SELECT policy_id, name FROM clients WHERE id = ?"),
                         {clientId});
    if (!old)
        return old.error();
    if (!old.value().next())
        return makeError(ErrorCode::NotFound, tr("no client with id %1").arg(clientId));
    const qint64 before = old.value().value(0).toLongLong();
    if (policyId != 0) {
        if (auto v = version(policyId); !v)
            return v.error();
    }
    auto u = sql::exec(m_db,
                       QStringLiteral("UPDATE clients SET policy_id = ?, version = version + 1 "
                                      "WHERE id = ?"),
                       {sql::nullIfZero(policyId), clientId});
    if (!u)
        return u.error();
    if (auto a
        = AuditLog(m_db, userId)
                  .record(QStringLiteral("client"), clientId, QStringLiteral("assign_policy"),
                          QJsonObject {{QStringLiteral("policy_id"), before}},
                          QJsonObject {{QStringLiteral("policy_id"), policyId}});
        !a)
        return a;
    return {};
}

} // namespace ardesk
