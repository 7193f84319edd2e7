// SPDX-License-Identifier: MIT
#include "core/domain/stepdecision.h"

#include "core/domain/sendguard.h"

namespace ardesk {

namespace {
/// Holds that do not end by themselves: the step is recorded as skipped.
bool isPermanent(const QList<HoldReason> &holds)
{
    for (const HoldReason &h : holds) {
        if (h.hold == Hold::DoNotContact)
            return true;
    }
    return false;
}
} // namespace

bool isMailStep(StepAction action)
{
    return action == StepAction::Email || action == StepAction::Statement;
}

StepDecision StepDecision::decide(const ReminderPolicy &policy, const QDate &dueDate,
                                  const QDate &asOf, const QSet<qint64> &doneStepIds,
                                  const ChaseFacts &facts, bool mailConfigured,
                                  const QList<HoldReason> &mailHolds)
{
    StepDecision d;
    const StepPlan due = dueSteps(policy, dueDate, asOf, doneStepIds);
    QSet<StepChannel> recordedChannels;
    for (const PolicyStep &step : due.take) {
        // A contact who prefers calls or texts gets a task for the clerk, not an e-mail.
        const PolicyStep s = asPreferred(step, facts);
        if (s.action != step.action)
            d.asTask.append(step);
        QList<HoldReason> holds = SendGuard::invoiceHolds(facts, s.action, asOf);
        if (isMailStep(s.action))
            holds.append(mailHolds);
        if (holds.isEmpty()) {
            if (isMailStep(s.action) && !mailConfigured) {
                d.waitingForMail.append(s);
                continue;
            }
            d.take.append(s);
            recordedChannels << channelOf(s.action) << channelOf(step.action);
        } else if (isPermanent(holds)) {
            d.skipped.append({s, holds});
            recordedChannels << channelOf(s.action) << channelOf(step.action);
        } else {
            d.held.append({s, holds});
        }
    }
    // Earlier steps of a channel are superseded only once its latest step is recorded: while
    // that one waits for a hold to end, they wait with it.
    for (const PolicyStep &s : due.superseded) {
        if (recordedChannels.contains(channelOf(s.action)))
            d.superseded.append(s);
    }
    return d;
}

} // namespace ardesk
