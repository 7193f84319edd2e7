// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dunning.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace ardesk {

/// What the reminder rules decide for one overdue invoice on a day: of the policy steps due
/// (dueSteps), which are taken, superseded by a later step of their channel, held by a
/// temporary rule (dispute, pause, promise, plan, no address), skipped for good
/// (do-not-contact) or left pending because e-mail is not set up. The holds are the guard's
/// (SendGuard::invoiceHolds, and for the e-mail and statement steps the client's e-mail limits,
/// SendGuard::mailHolds: the contact cap, the same template today). Stated once: the reminder run
/// (ReminderService) carries it out, the Today queue shows the steps that need a person before
/// anyone runs it. Pure.
struct StepDecision
{
    struct HeldStep
    {
        PolicyStep step;
        QList<HoldReason> holds;
    };

    QList<PolicyStep> take; ///< to do now
    QList<PolicyStep> superseded; ///< recorded as superseded by a later step of its channel
    QList<HeldStep> held; ///< left pending: a temporary hold
    QList<HeldStep> skipped; ///< recorded as skipped: a permanent hold
    QList<PolicyStep> waitingForMail; ///< e-mail steps left pending: e-mail not configured
    QList<PolicyStep> asTask; ///< e-mail steps turned into a call/text task (preferred channel)

    /// `mailHolds` hold the e-mail and statement steps besides the invoice's own holds (the
    /// client's e-mail limits, SendGuard::mailHolds).
    static StepDecision decide(const ReminderPolicy &policy, const QDate &dueDate,
                               const QDate &asOf, const QSet<qint64> &doneStepIds,
                               const ChaseFacts &facts, bool mailConfigured,
                               const QList<HoldReason> &mailHolds = {});
};

/// E-mail or statement: the steps one consolidated message carries.
bool isMailStep(StepAction action);

} // namespace ardesk
