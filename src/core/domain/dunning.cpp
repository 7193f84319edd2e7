// SPDX-License-Identifier: MIT
#include "core/domain/dunning.h"

#include <QCoreApplication>

namespace ardesk {

namespace {
constexpr StepAction kActions[]
        = {StepAction::Email,      StepAction::CallTask, StepAction::Statement,
           StepAction::CreditHold, StepAction::Escalate, StepAction::LegalReview};

/// Steps that reach the client the same way supersede each other.
} // namespace

QString toString(StepAction action)
{
    switch (action) {
    case StepAction::Email:
        return QStringLiteral("email");
    case StepAction::CallTask:
        return QStringLiteral("call_task");
    case StepAction::Statement:
        return QStringLiteral("statement");
    case StepAction::CreditHold:
        return QStringLiteral("credit_hold");
    case StepAction::Escalate:
        return QStringLiteral("escalate");
    case StepAction::LegalReview:
        return QStringLiteral("legal_review");
    }
    return QString();
}

std::optional<StepAction> stepActionFromString(QStringView key)
{
    for (StepAction a : kActions) {
        if (key == toString(a))
            return a;
    }
    return std::nullopt;
}

QString displayName(StepAction action)
{
    switch (action) {
    case StepAction::Email:
        return Dunning::tr("E-mail reminder");
    case StepAction::CallTask:
        return Dunning::tr("Call");
    case StepAction::Statement:
        return Dunning::tr("Statement");
    case StepAction::CreditHold:
        return Dunning::tr("Credit hold");
    case StepAction::Escalate:
        return Dunning::tr("Escalate to manager");
    case StepAction::LegalReview:
        return Dunning::tr("Collections / legal review");
    }
    return QString();
}

bool reachesClient(StepAction action)
{
    return channelOf(action) != StepChannel::Internal;
}

StepChannel channelOf(StepAction action)
{
    switch (action) {
    case StepAction::Email:
    case StepAction::Statement:
        return StepChannel::Email;
    case StepAction::CallTask:
        return StepChannel::Phone;
    default:
        return StepChannel::Internal; // never superseded
    }
}

QString toString(StepChannel channel)
{
    switch (channel) {
    case StepChannel::Email:
        return QStringLiteral("email");
    case StepChannel::Phone:
        return QStringLiteral("phone");
    case StepChannel::Internal:
        break;
    }
    return QStringLiteral("internal");
}

ReminderPolicy ReminderPolicy::standard()
{
    ReminderPolicy p;
    p.name = Dunning::tr("Standard");
    p.isDefault = true;
    p.penaltyText
            = Dunning::tr("Invoices paid more than 30 days late may be charged interest as agreed "
                          "in our terms of sale.");
    p.steps = {{0, 5, StepAction::Email, QStringLiteral("friendly-reminder")},
               {0, 15, StepAction::Email, QStringLiteral("second-reminder")},
               {0, 15, StepAction::CallTask, QString()},
               {0, 30, StepAction::Statement, QStringLiteral("statement")},
               {0, 45, StepAction::Email, QStringLiteral("final-notice")},
               {0, 45, StepAction::CallTask, QString()},
               {0, 60, StepAction::CreditHold, QString()},
               {0, 60, StepAction::Escalate, QString()},
               {0, 90, StepAction::LegalReview, QString()}};
    return p;
}

ReminderPolicy ReminderPolicy::keyAccounts()
{
    ReminderPolicy p;
    p.name = Dunning::tr("Key accounts");
    p.segment = QStringLiteral("key account");
    p.steps = {{0, 7, StepAction::CallTask, QString()},
               {0, 14, StepAction::Email, QStringLiteral("friendly-reminder")},
               {0, 30, StepAction::CallTask, QString()},
               {0, 45, StepAction::Statement, QStringLiteral("statement")},
               {0, 60, StepAction::Escalate, QString()},
               {0, 90, StepAction::CreditHold, QString()}};
    return p;
}

StepPlan dueSteps(const ReminderPolicy &policy, const QDate &dueDate, const QDate &asOf,
                  const QSet<qint64> &doneStepIds)
{
    StepPlan plan;
    if (!dueDate.isValid() || !asOf.isValid())
        return plan;
    // Negative days are pre-due steps (a courtesy reminder 3 days before the due date): until
    // the due date has passed only they can be due.
    const qint64 late = dueDate.daysTo(asOf);
    QList<PolicyStep> due;
    for (const PolicyStep &s : policy.steps) {
        if (late <= 0 && s.daysAfterDue >= 0)
            continue;
        if (s.daysAfterDue <= late && !doneStepIds.contains(s.id))
            due.append(s);
    }
    std::stable_sort(due.begin(), due.end(), [](const PolicyStep &a, const PolicyStep &b) {
        return a.daysAfterDue < b.daysAfterDue;
    });
    for (int i = 0; i < due.size(); ++i) {
        const PolicyStep &s = due.at(i);
        const StepChannel channel = channelOf(s.action);
        bool later = false;
        for (int j = i + 1; j < due.size() && channel != StepChannel::Internal; ++j)
            later = later || channelOf(due.at(j).action) == channel;
        (later ? plan.superseded : plan.take).append(s);
    }
    return plan;
}

PolicyStep asPreferred(const PolicyStep &step, const ChaseFacts &facts)
{
    if (step.action != StepAction::Email || facts.preferredReach == PreferredReach::Any)
        return step;
    PolicyStep task = step;
    task.action = StepAction::CallTask;
    return task;
}

std::optional<PolicyStep> nextStep(const ReminderPolicy &policy, const QSet<qint64> &doneStepIds)
{
    std::optional<PolicyStep> next;
    for (const PolicyStep &s : policy.steps) {
        if (!doneStepIds.contains(s.id) && (!next || s.daysAfterDue < next->daysAfterDue))
            next = s;
    }
    return next;
}

QString toString(Hold hold)
{
    switch (hold) {
    case Hold::Settled:
        return QStringLiteral("settled");
    case Hold::Disputed:
        return QStringLiteral("disputed");
    case Hold::InvoicePaused:
        return QStringLiteral("invoice_paused");
    case Hold::ClientPaused:
        return QStringLiteral("client_paused");
    case Hold::OpenPromise:
        return QStringLiteral("open_promise");
    case Hold::PaymentPlan:
        return QStringLiteral("payment_plan");
    case Hold::DoNotContact:
        return QStringLiteral("do_not_contact");
    case Hold::NoEmailAddress:
        return QStringLiteral("no_email_address");
    case Hold::NoPhone:
        return QStringLiteral("no_phone");
    case Hold::ContactCap:
        return QStringLiteral("contact_cap");
    case Hold::SameTemplateToday:
        return QStringLiteral("same_template_today");
    }
    return QString();
}

QList<HoldReason> holdsFor(const ChaseFacts &f, StepAction action, const QDate &asOf)
{
    QList<HoldReason> holds;
    const QString iso = QStringLiteral("yyyy-MM-dd");
    if (f.balanceMinor <= 0 || f.writtenOff)
        holds.append({Hold::Settled, Dunning::tr("paid, credited or written off")});
    if (f.disputed)
        holds.append({Hold::Disputed, Dunning::tr("disputed")});
    if (f.invoicePausedUntil.isValid() && asOf <= f.invoicePausedUntil)
        holds.append(
                {Hold::InvoicePaused,
                 Dunning::tr("invoice paused until %1").arg(f.invoicePausedUntil.toString(iso))});
    if (f.clientPausedUntil.isValid() && asOf <= f.clientPausedUntil)
        holds.append(
                {Hold::ClientPaused,
                 Dunning::tr("client paused until %1").arg(f.clientPausedUntil.toString(iso))});
    if (f.promiseDeadline.isValid() && asOf <= f.promiseDeadline)
        holds.append({Hold::OpenPromise,
                      Dunning::tr("promise to pay until %1 (grace included)")
                              .arg(f.promiseDeadline.toString(iso))});
    if (f.onPaymentPlan)
        holds.append(
                {Hold::PaymentPlan, Dunning::tr("on a payment plan with installments on time")});
    if (reachesClient(action)) {
        if (f.doNotContact)
            holds.append({Hold::DoNotContact, Dunning::tr("the client asked not to be contacted")});
        else if ((action == StepAction::Email || action == StepAction::Statement)
                 && !f.hasEmailAddress)
            holds.append(
                    {Hold::NoEmailAddress, Dunning::tr("no contact with a usable e-mail address")});
        else if (action == StepAction::CallTask && !f.hasPhone)
            holds.append(
                    {Hold::NoPhone, Dunning::tr("no contact with a number that can be dialled")});
    }
    return holds;
}

} // namespace ardesk
