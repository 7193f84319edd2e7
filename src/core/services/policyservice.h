// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dunning.h"
#include "core/storage/database.h"
#include "core/storage/workflowsettings.h"

#include <memory>

#include <QList>
#include <QStringList>

namespace ardesk {

/// The manager's reminder policies as a use case: what the policies screen shows (every policy
/// with its stored version, the workflow settings, the e-mail templates a step may use) and its
/// changes (save a policy with the optimistic version check, make a client follow a policy,
/// save the queue weights and grace days), each audited naming the user. Runs on the calling
/// thread's connection (the window calls it on its worker).
class PolicyService
{
public:
    struct Overview
    {
        QList<ReminderPolicy> policies;
        QList<int> versions; ///< the stored version of each policy, in the same order
        WorkflowSettings settings;
        QStringList emailTemplates; ///< keys of the e-mail templates
    };

    PolicyService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    Result<Overview> overview() const;
    /// Inserts (id 0) or updates `policy`; Conflict when it was saved since `expectedVersion`.
    Result<void> savePolicy(ReminderPolicy policy, int expectedVersion);
    /// Makes `clientId` follow `policyId` (0: back to its segment's or the default policy).
    Result<void> assign(qint64 clientId, qint64 policyId);
    /// Validates and saves the Today queue's weights and the promise grace days.
    Result<void> saveSettings(const WorkflowSettings &settings);

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
