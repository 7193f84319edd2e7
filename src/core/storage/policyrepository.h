// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dunning.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Reminder (dunning) policies kept as data: reminder_policies + policy_steps, and which policy a
/// client follows. Reads run on the caller's connection; writes (save() and assign() with an
/// audit row, seedDefaults()) run inside the caller's write transaction.
class PolicyRepository
{
public:
    /// Every policy with its steps, and the rule that picks one for a client: the client's own
    /// (clients.policy_id), else a policy whose segment equals the client's segment
    /// (case-insensitively), else the default policy.
    struct Catalog
    {
        QList<ReminderPolicy> policies;
        /// The policy for a client; an empty policy (no steps) when there is none at all.
        ReminderPolicy resolve(qint64 policyId, const QString &segment) const;
        const ReminderPolicy *find(qint64 policyId) const;
    };

    /// On this thread's connection of `db`.
    explicit PolicyRepository(const Database &db)
        : PolicyRepository(db.connection())
    { }
    explicit PolicyRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Adds the standard and key-account policies the first time a file is opened with this
    /// build (marked by the setting `workflow.policies_seeded`), so a policy the user renamed,
    /// edited or deleted is never put back. Returns how many were added.
    Result<int> seedDefaults();
    Result<Catalog> catalog() const;
    Result<QList<ReminderPolicy>> list() const;
    Result<ReminderPolicy> findByName(const QString &name) const;
    /// The policy a client follows (see Catalog::resolve).
    Result<ReminderPolicy> forClient(qint64 clientId) const;
    /// The stored version of a policy (optimistic lock).
    Result<int> version(qint64 policyId) const;

    /// Inserts (id 0) or updates a policy with its steps. An update whose `expectedVersion` is
    /// not the stored one is refused (Conflict). Steps keep their ids (reminder_log points at
    /// them): steps with id 0 are added, missing ones removed — unless the log already names
    /// them, which is refused. Setting isDefault clears it on the others. On success the ids of
    /// the policy and its steps are set; returns the new version.
    Result<int> save(ReminderPolicy &policy, int expectedVersion, qint64 userId);
    /// Makes a client follow `policyId` (0: back to segment / default), with an audit row.
    Result<void> assign(qint64 clientId, qint64 policyId, qint64 userId);

    /// The channel column of a step ('email', 'phone', 'internal').
    static QString channelOf(StepAction action);

private:
    Result<void> insertPolicy(ReminderPolicy &policy);
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(PolicyRepository)
};

} // namespace ardesk
