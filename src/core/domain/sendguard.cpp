// SPDX-License-Identifier: MIT
#include "core/domain/sendguard.h"

#include <algorithm>

namespace ardesk {

namespace {
const QString kIso = QStringLiteral("yyyy-MM-dd");

/// The holds of an overdue invoice that are about the invoice (its client's reach and pause are
/// client-wide rules of their own).
QList<HoldReason> invoiceOnly(const QList<HoldReason> &holds)
{
    QList<HoldReason> out;
    for (const HoldReason &h : holds) {
        if (h.hold != Hold::DoNotContact && h.hold != Hold::NoEmailAddress
            && h.hold != Hold::NoPhone && h.hold != Hold::ClientPaused)
            out.append(h);
    }
    return out;
}

QString joinTexts(const QList<HoldReason> &holds)
{
    QStringList texts;
    for (const HoldReason &h : holds)
        texts << h.text;
    return texts.join(QStringLiteral(", "));
}

/// Reminder rules on the invoices: nothing owed or overdue, the client's pause, and each overdue
/// invoice's own holds (left out; a block when none is left).
void checkInvoices(const SendFacts &f, SendVerdict &v)
{
    using Rule = SendBlock::Rule;
    if (f.openBalanceMinor <= 0) {
        v.blocks.append({Rule::NothingOwed, SendGuard::tr("nothing is owed (zero balance)")});
        return;
    }
    if (f.overdue.isEmpty()) {
        v.blocks.append({Rule::NothingOverdue, SendGuard::tr("nothing is overdue")});
        return;
    }
    if (f.clientPausedUntil.isValid() && f.asOf <= f.clientPausedUntil)
        v.blocks.append(
                {Rule::ClientPaused,
                 SendGuard::tr("client paused until %1").arg(f.clientPausedUntil.toString(kIso))});
    QStringList held;
    for (const SendFacts::Invoice &i : f.overdue) {
        const QList<HoldReason> holds
                = invoiceOnly(SendGuard::invoiceHolds(i.facts, StepAction::Email, f.asOf));
        if (holds.isEmpty())
            continue;
        v.leftOutInvoiceIds.append(i.id);
        v.leftOut << SendGuard::tr("%1 left out: %2").arg(i.number, joinTexts(holds));
        held << SendGuard::tr("%1 %2").arg(i.number, joinTexts(holds));
    }
    if (v.leftOutInvoiceIds.size() < f.overdue.size())
        return;
    v.blocks.append({Rule::AllHeld,
                     SendGuard::tr("every overdue invoice is held (%1)")
                             .arg(held.join(QStringLiteral("; ")))});
    // Sent anyway (a manager's override), the message is about them: only disputed invoices
    // stay out of it.
    v.leftOutInvoiceIds.clear();
    v.leftOut.clear();
}

/// Disputed invoices not left out yet (conversational messages, invoices not yet due).
void leaveOutDisputed(const SendFacts &f, SendVerdict &v)
{
    for (const SendFacts::Invoice &i : f.disputed) {
        if (v.leftOutInvoiceIds.contains(i.id))
            continue;
        v.leftOutInvoiceIds.append(i.id);
        v.leftOut << SendGuard::tr("%1 left out: disputed").arg(i.number);
    }
}

/// The rules about the client as a whole that every message obeys.
void checkContact(const SendFacts &f, int capPerWeek, SendVerdict &v)
{
    if (f.doNotContact)
        v.blocks.append({SendBlock::Rule::DoNotContact,
                         SendGuard::tr("the client asked not to be contacted")});
    v.blocks.append(SendGuard::mailLimits(f.emailsLastWeek, f.sameTemplateToday, capPerWeek));
}
} // namespace

MessageKind messageKindOf(const QString &templateKey)
{
    static const QStringList conversational {QStringLiteral("call-recap"),
                                             QStringLiteral("promise-confirmation"),
                                             QStringLiteral("payment-plan-confirmation")};
    return conversational.contains(templateKey) ? MessageKind::Conversational
                                                : MessageKind::Reminder;
}

bool SendVerdict::isFinal() const
{
    return std::any_of(blocks.cbegin(), blocks.cend(),
                       [](const SendBlock &b) { return b.isFinal(); });
}

bool SendVerdict::isOverridableInBulk() const
{
    return !allowed() && !isFinal()
            && std::none_of(blocks.cbegin(), blocks.cend(), [](const SendBlock &b) {
                   return b.rule == SendBlock::Rule::DoNotContact;
               });
}

QString SendVerdict::summary() const
{
    QStringList texts;
    for (const SendBlock &b : blocks)
        texts << b.text;
    return texts.join(QStringLiteral("; "));
}

SendVerdict SendGuard::check(const SendFacts &facts, MessageKind kind, int capPerWeek)
{
    SendVerdict v;
    if (kind == MessageKind::Reminder)
        checkInvoices(facts, v);
    leaveOutDisputed(facts, v);
    checkContact(facts, capPerWeek, v);
    return v;
}

QList<SendBlock> SendGuard::mailLimits(int emailsLastWeek, bool sameTemplateToday, int capPerWeek)
{
    using Rule = SendBlock::Rule;
    QList<SendBlock> blocks;
    if (capPerWeek > 0 && emailsLastWeek >= capPerWeek)
        blocks.append({Rule::ContactCap,
                       tr("contact cap %1/7 days reached (%2 sent or queued in the last 7 days)")
                               .arg(capPerWeek)
                               .arg(emailsLastWeek)});
    if (sameTemplateToday)
        blocks.append({Rule::SameTemplateToday,
                       tr("the same message already went to this client today")});
    return blocks;
}

QList<HoldReason> SendGuard::mailHolds(int emailsLastWeek, bool sameTemplateToday, int capPerWeek)
{
    QList<HoldReason> holds;
    for (const SendBlock &b : mailLimits(emailsLastWeek, sameTemplateToday, capPerWeek))
        holds.append(
                {b.rule == SendBlock::Rule::ContactCap ? Hold::ContactCap : Hold::SameTemplateToday,
                 b.text});
    return holds;
}

QList<HoldReason> SendGuard::invoiceHolds(const ChaseFacts &facts, StepAction action,
                                          const QDate &asOf)
{
    return holdsFor(facts, action, asOf);
}

} // namespace ardesk
