// SPDX-License-Identifier: MIT
#pragma once

#include "cli/arguments.h"
#include "core/domain/client.h"
#include "core/domain/payment.h"
#include "core/storage/database.h"

#include <memory>
#include <optional>

#include <QDate>
#include <QTextStream>

namespace ardesk::cli {

/// The `ardesk-cli` commands over the core. run() returns the process exit code: 0 on success,
/// 1 with a one-line "ardesk-cli: error: ..." on stderr when a command fails, 2 for usage errors.
class CliApp
{
public:
    CliApp();
    int run(const QStringList &words);

private:
    int usage(const QString &problem = QString());
    int fail(const QString &message, int code = 1);
    Result<std::shared_ptr<Database>> openDb(Database::OpenMode mode);
    Result<qint64> currentUserId(const std::shared_ptr<Database> &db);
    Result<QDate> asOf() const;
    /// What most commands start with: --as-of, the company file, and on request the acting
    /// user and the --client. On failure prints the error and sets `exitCode`.
    enum Need { NeedNothing = 0, NeedUser = 1, NeedClient = 2 };
    struct Context
    {
        std::shared_ptr<Database> db;
        QDate asOf;
        qint64 userId = 0;
        Client client; ///< id 0 when no --client was given
    };
    std::optional<Context> prepare(int needs, int &exitCode);
    void printJson(const QJsonValue &value);

    int cmdInit();
    int cmdDemo();
    int cmdClients();
    int cmdInvoices();
    int cmdAging();
    int cmdInvoice();
    int cmdPayment();
    int invoiceEdit(const Context &ctx, qint64 invoiceId);
    int paymentVoid();
    int paymentList();
    int reportPayment(const Context &ctx, qint64 paymentId, const Payment &payment);
    int cmdCreditHoldRule();
    int cmdHold(bool hold);
    int cmdImport();
    int cmdUser();
    int cmdSettings();
    // The record (cmdrecord.cpp): notes, attachments, verify.
    int cmdNote();
    int noteAdd(const Context &ctx);
    int noteList(const Context &ctx);
    int noteShow(const Context &ctx, qint64 noteId);
    int noteAmend(const Context &ctx, qint64 noteId);
    int noteDelete(const Context &ctx, qint64 noteId);
    int cmdVerify();
    // Full-text search over the notes (cmdsearch.cpp).
    int cmdSearch();
    // The collection workflow (cmdworkflow.cpp).
    int cmdPolicy();
    int cmdPromises();
    int cmdRemind();
    int cmdWhy();
    int cmdTask();
    int cmdPause(bool pause);
    int cmdDispute();
    int cmdQueue();
    // E-mail (cmdmail.cpp): email, outbox, settings smtp.
    int cmdEmail();
    int emailBulk();
    int cmdOutbox();
    int settingsSmtp();

    Arguments m_args;
    std::shared_ptr<const Clock> m_clock = Clock::system();
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace ardesk::cli
