// SPDX-License-Identifier: MIT
#include "core/services/outboxremindermailer.h"

#include "core/mail/smtpsettings.h"
#include "core/services/mailservice.h"
#include "core/storage/contactrepository.h"

#include <QCoreApplication>

namespace ardesk {

bool OutboxReminderMailer::isConfigured(const std::shared_ptr<Database> &db)
{
    auto s = SmtpSettings::load(*db);
    return s && s.value().isConfigured();
}

Result<qint64> OutboxReminderMailer::queueReminder(qint64 clientId, const QString &templateKey,
                                                   const QList<qint64> &invoiceIds,
                                                   const QDate &asOf)
{
    auto contacts = ContactRepository(*m_db).forClient(clientId);
    if (!contacts)
        return contacts.error();
    // The billing contacts that may be e-mailed, else any contact that may (the rule of the
    // chase facts: an address is an address).
    QList<qint64> billing, others;
    for (const Contact &c : contacts.value()) {
        if (c.doNotContact || !c.email.contains(u'@'))
            continue;
        (c.isBillingContact ? billing : others).append(c.id);
    }
    MailService::ComposeRequest request;
    request.clientId = clientId;
    request.templateKey = templateKey;
    request.recipients = MailService::Recipients::Chosen;
    request.contactIds = billing.isEmpty() ? others : billing;
    request.invoiceIds = invoiceIds;
    request.asOf = asOf;
    request.byReminderRun = true;
    request.voice = MailService::Voice::AccountClerk; // not whoever ran the reminders
    if (request.contactIds.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("no contact that may be e-mailed"));
    MailService mail(m_db, m_userId);
    mail.setStatementRenderer(m_statements);
    auto preview = mail.compose(request);
    if (!preview)
        return preview.error();
    return mail.queueInTransaction(preview.value());
}

} // namespace ardesk
