// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace ardesk {

/// The translation context of the dunning rules' messages (step names, default policies, holds).
class Dunning
{
    Q_DECLARE_TR_FUNCTIONS(Dunning)
};

/// What a reminder-policy step does when an invoice reaches it.
enum class StepAction { Email, CallTask, Statement, CreditHold, Escalate, LegalReview };
QString toString(StepAction action);
std::optional<StepAction> stepActionFromString(QStringView key);
QString displayName(StepAction action);
/// Steps that reach the client (e-mail, statement, call) rather than act inside the company.
bool reachesClient(StepAction action);
/// How a step reaches the client: steps on the same channel supersede each other (the latest
/// due one is taken, earlier ones are recorded as superseded); internal steps never do.
enum class StepChannel { Internal, Email, Phone };
StepChannel channelOf(StepAction action);
/// The stored form ('internal', 'email', 'phone'; policy_steps.channel).
QString toString(StepChannel channel);

/// The earliest a policy step may be: 60 days before the due date.
constexpr int kMinPolicyStepDays = -60;

/// One step of a dunning policy: `daysAfterDue` days after the due date, do `action`; negative
/// days are before the due date (a courtesy reminder), from kMinPolicyStepDays.
struct PolicyStep
{
    qint64 id = 0;
    int daysAfterDue = 0;
    StepAction action = StepAction::Email;
    QString templateKey; ///< e-mail template of an e-mail or statement step
};

/// A reminder (dunning) policy: ordered steps relative to the due date, for a segment of clients
/// ('' = the default policy) or assigned to clients one by one.
struct ReminderPolicy
{
    qint64 id = 0;
    QString name;
    QString segment;
    bool isDefault = false;
    QString penaltyText; ///< late-payment penalty wording for statements
    QString discountText; ///< optional early-payment discount wording
    QList<PolicyStep> steps; ///< by daysAfterDue

    /// PRODUCT §2.4: +5 friendly reminder; +15 second reminder and call; +30 statement with the
    /// late-penalty wording; +45 final notice and call; +60 credit hold and escalation; +90
    /// collections/legal review.
    static ReminderPolicy standard();
    /// Key accounts: call first, softer and later e-mails, a manager before any hold.
    static ReminderPolicy keyAccounts();
};

/// Which steps to take for one invoice today. Every step the invoice has reached and that was
/// not done before is due, except that of the steps that reach the client in the same way only
/// the latest is taken — an invoice first seen 40 days late gets the statement, not three
/// e-mails at once; the earlier ones are recorded as superseded so no later run sends them.
/// Holds, escalations and reviews are all taken.
struct StepPlan
{
    QList<PolicyStep> take;
    QList<PolicyStep> superseded;
};
StepPlan dueSteps(const ReminderPolicy &policy, const QDate &dueDate, const QDate &asOf,
                  const QSet<qint64> &doneStepIds);
/// The first step not yet done (due or not), for "what happens next".
std::optional<PolicyStep> nextStep(const ReminderPolicy &policy, const QSet<qint64> &doneStepIds);

/// How a client's billing contacts prefer to be reached, as the reminder run sees it.
enum class PreferredReach {
    Any, ///< e-mail is fine (a billing contact prefers it, or has no preference)
    Phone, ///< every billing contact that may be contacted prefers a call (none e-mail)
    Text, ///< … prefers a text (one at least), none e-mail
};

/// What is known about an overdue invoice and its client when deciding whether to chase it.
struct ChaseFacts
{
    qint64 balanceMinor = 0;
    bool writtenOff = false;
    bool disputed = false;
    QDate invoicePausedUntil; ///< paused by hand until (inclusive); invalid: not paused
    QDate clientPausedUntil;
    QDate promiseDeadline; ///< an open promise covering the invoice: promised date + grace
    bool onPaymentPlan = false; ///< an active plan covers it and its installments are on time
    bool doNotContact = false; ///< the client asked not to be contacted (no contact may be)
    bool hasEmailAddress = false; ///< a billing contact (or any contact) with a usable e-mail
    bool hasPhone = false; ///< a contact with a dialable number
    PreferredReach preferredReach = PreferredReach::Any;
};

/// The step as the client wants to be reached, stated once: an e-mail step for a client whose
/// billing contacts prefer the phone or texts is a call/text task for the clerk instead (a
/// statement stays a statement: it is a document).
PolicyStep asPreferred(const PolicyStep &step, const ChaseFacts &facts);

/// Why an invoice is not chased (each rule that currently holds it).
enum class Hold {
    Settled,
    Disputed,
    InvoicePaused,
    ClientPaused,
    OpenPromise,
    PaymentPlan,
    DoNotContact,
    NoEmailAddress,
    NoPhone,
    /// The e-mail limits (SendGuard::mailHolds), for a reminder e-mail only: the contact cap
    /// reached, or the same template already went to the client today.
    ContactCap,
    SameTemplateToday
};
QString toString(Hold hold);
struct HoldReason
{
    Hold hold;
    QString text; ///< for the "why not chased" panel, e.g. "promise to pay until 2026-12-01"
};
/// Every rule holding `step` for this invoice on `asOf` (empty: the step may be taken).
QList<HoldReason> holdsFor(const ChaseFacts &facts, StepAction action, const QDate &asOf);

} // namespace ardesk
