// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/remindermailer.h"
#include "core/services/statementrenderer.h"
#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>

namespace ardesk {

/// The ReminderMailer of the application: composes the reminder with MailService from the
/// step's template for the invoices it covers, addressed to the client's billing contacts that
/// may be e-mailed (else its other contacts that may), and queues it in the outbox inside the
/// reminder run's transaction. Nothing is sent (`outbox send` does that).
class OutboxReminderMailer : public ReminderMailer
{
public:
    /// `statements` (may be null) prints the statement a `statement` step's e-mail carries
    /// (MailService::setStatementRenderer).
    OutboxReminderMailer(std::shared_ptr<Database> db, qint64 userId,
                         std::shared_ptr<const StatementRenderer> statements = {})
        : m_db(std::move(db))
        , m_userId(userId)
        , m_statements(std::move(statements))
    { }
    /// Whether SMTP settings are stored (a sender is known): without them nothing can be
    /// composed and the reminder run leaves e-mail steps pending.
    static bool isConfigured(const std::shared_ptr<Database> &db);

    Result<qint64> queueReminder(qint64 clientId, const QString &templateKey,
                                 const QList<qint64> &invoiceIds, const QDate &asOf) override;

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
    std::shared_ptr<const StatementRenderer> m_statements;

    Q_DECLARE_TR_FUNCTIONS(OutboxReminderMailer)
};

} // namespace ardesk
