// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/dunning.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ardesk {

/// What a template says to a client, which decides the guard rules it obeys.
enum class MessageKind {
    Reminder, ///< asks for money: friendly/second reminder, final notice, statement (and custom)
    Conversational, ///< confirms a conversation: call recap, promise or plan confirmation
};
/// The kind of the template `templateKey`; a template the program does not know is a reminder.
MessageKind messageKindOf(const QString &templateKey);

/// What is known about one client when deciding whether a message may go to it (read by
/// SendFactsQuery in one place).
struct SendFacts
{
    struct Invoice
    {
        qint64 id = 0;
        QString number;
        QDate dueDate;
        qint64 balanceMinor = 0;
        ChaseFacts facts; ///< disputes, pauses, promise, plan, as the reminder run sees them
    };
    QDate asOf; ///< the company's today
    qint64 openBalanceMinor = 0; ///< every open invoice, any currency (0: owes nothing)
    QList<Invoice> overdue; ///< open invoices due before asOf
    QList<Invoice> disputed; ///< open invoices disputed, overdue or not
    QDate clientPausedUntil;
    bool doNotContact = false; ///< the client has contacts and every one is do-not-contact
    int emailsLastWeek = 0; ///< messages queued or sent to the client in the last 7 days
    bool sameTemplateToday = false; ///< this template went (or is queued) to it today
};

/// A rule that stops a send.
struct SendBlock
{
    enum class Rule {
        NothingOwed,
        NothingOverdue,
        ClientPaused,
        AllHeld, ///< every overdue invoice is paused, disputed, promised or on a plan
        DoNotContact,
        ContactCap,
        SameTemplateToday,
    };
    Rule rule;
    QString text; ///< plain words, e.g. "contact cap 3/7 days reached (3 e-mails since …)"
    /// Nothing to override: the message would state false facts (nothing owed or overdue).
    bool isFinal() const { return rule == Rule::NothingOwed || rule == Rule::NothingOverdue; }
};

/// The guard's answer for one message.
struct SendVerdict
{
    QList<SendBlock> blocks; ///< empty: the message may go
    QList<qint64> leftOutInvoiceIds; ///< not listed in the message
    QStringList leftOut; ///< why, one line per invoice: "INV-7 is disputed: left out"

    bool allowed() const { return blocks.isEmpty(); }
    bool isFinal() const; ///< some block cannot be overridden
    /// Blocked, and a manager or an administrator may send it anyway to many clients at once (a
    /// bulk send): no block is final and the client did not ask not to be contacted.
    bool isOverridableInBulk() const;
    /// The blocks in one line: "client paused until 2026-12-20; contact cap 3/7 days".
    QString summary() const;
};

/// The guard rules every send obeys, stated once (docs/email.md "Guard rules"): reminder-type
/// messages get them all; conversational ones get do-not-contact, the contact cap and the
/// same-template rule, and leave disputed invoices out of their lists. Pure: facts in, verdict
/// out. The reminder run takes its per-invoice holds from invoiceHolds() too.
class SendGuard
{
public:
    /// At most `capPerWeek` e-mails per client in 7 days (0: no cap).
    static SendVerdict check(const SendFacts &facts, MessageKind kind, int capPerWeek);
    /// Every rule holding a step for one overdue invoice (the reminder run's holds).
    static QList<HoldReason> invoiceHolds(const ChaseFacts &facts, StepAction action,
                                          const QDate &asOf);
    /// How often a client may be e-mailed, for every message alike: the contact cap (at most
    /// `capPerWeek` e-mails in 7 days, 0: no cap; `emailsLastWeek` were sent or queued) and the
    /// same template twice in one company day. Empty: one more e-mail may go.
    static QList<SendBlock> mailLimits(int emailsLastWeek, bool sameTemplateToday, int capPerWeek);
    /// mailLimits() as the holds of a reminder run's e-mail step (Hold::ContactCap,
    /// Hold::SameTemplateToday): the step stays pending until the limit allows it.
    static QList<HoldReason> mailHolds(int emailsLastWeek, bool sameTemplateToday, int capPerWeek);

    Q_DECLARE_TR_FUNCTIONS(SendGuard)
};

} // namespace ardesk
