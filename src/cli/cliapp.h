// SPDX-License-Identifier: MIT
#pragma once

#include "cli/arguments.h"
#include "core/domain/client.h"
#include "core/domain/payment.h"
#include "core/services/mailservice.h"
#include "core/services/reportservice.h"
#include "core/services/statementrenderer.h"
#include "core/services/teamservice.h"
#include "core/storage/auditquery.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/database.h"
#include "core/storage/teamroles.h"

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace ardesk::cli {

/// The `ardesk-cli` commands over the core. run() returns the process exit code: 0 on success,
/// 1 with a one-line "ardesk-cli: error: ..." on stderr when a command fails, 2 for usage errors.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp();
    int run(const QStringList &words);
    /// Whether the command line asks for a printed document (`statement`, `case-file`): those
    /// need a QGuiApplication, which main() constructs before anything else.
    static bool printsDocuments(int argc, char *argv[]);

private:
    int usage(const QString &problem = QString());
    int fail(const QString &message, int code = 1);
    /// The --db path, refused when missing or a team-mode URL.
    Result<QString> dbPath() const;
    Result<std::shared_ptr<Database>> openDb(Database::OpenMode mode);
    Result<qint64> currentUserId(const std::shared_ptr<Database> &db);
    /// --as-of, or an invalid date when not given (then the company's today, Database::today()).
    Result<QDate> asOf() const;
    /// What the preamble (prepare()) hands a command: --as-of, the company file, and as the
    /// command's CommandSpec says, the acting user and the --client.
    struct Context
    {
        std::shared_ptr<Database> db;
        QDate asOf;
        qint64 userId = 0;
        Client client; ///< id 0 when no --client was given
        QLocale locale; ///< the company's: dates in text output (dateformat); JSON stays ISO
    };
    /// The one preamble: --as-of, the company file, and per `needs` (CommandSpec::Need) the
    /// acting user and the --client. On failure prints the error and sets `exitCode`.
    std::optional<Context> prepare(int needs, int &exitCode);
    int dispatch(const QString &command, const Context &ctx);
    void printJson(const QJsonValue &value);

    int cmdInit();
    int cmdDemo();
    int cmdClients(const Context &ctx);
    int cmdInvoices(const Context &ctx);
    int cmdAging(const Context &ctx);
    int cmdExport(const Context &ctx);
    // Printed documents (cmdprint.cpp): statement, case-file.
    int cmdStatement(const Context &ctx);
    int statementsIntoFolder(const Context &ctx, const QString &dir);
    int cmdCaseFile(const Context &ctx);
    /// The print layer's statement printer, for a `statement` e-mail's PDF; null when this
    /// process has no QGuiApplication (printsDocuments() said the command prints nothing).
    static std::shared_ptr<const StatementRenderer> statementRenderer();
    /// --filter, --sort, --asc/--desc: the client list's order, as `clients` and `export clients`
    /// read it.
    Result<ClientListQuery::Spec> clientListSpec() const;
    int cmdInvoice(const Context &ctx);
    int invoiceAttach(const Context &ctx);
    int invoiceDocumentsImport(const Context &ctx);
    int cmdPayment(const Context &ctx);
    int invoiceEdit(const Context &ctx, qint64 invoiceId);
    int paymentVoid(const Context &ctx);
    int paymentList(const Context &ctx);
    int reportPayment(const Context &ctx, qint64 paymentId, const Payment &payment);
    int cmdCreditHoldRule(const Context &ctx);
    int cmdHold(const Context &ctx, bool hold);
    int cmdImport(const Context &ctx);
    int cmdUser(const Context &ctx);
    int userList(const Context &ctx);
    /// What happened to a team database login, for `user add|edit --json`.
    static QJsonObject loginJson(const TeamRoles::LoginChange &login);
    int cmdSettings(const Context &ctx);
    // The record (cmdrecord.cpp): notes, attachments, verify.
    int cmdNote(const Context &ctx);
    int noteAdd(const Context &ctx);
    int noteList(const Context &ctx);
    int noteShow(const Context &ctx, qint64 noteId);
    int noteAmend(const Context &ctx, qint64 noteId);
    int noteDelete(const Context &ctx, qint64 noteId);
    int cmdVerify(const Context &ctx);
    // Full-text search over the notes (cmdsearch.cpp).
    int cmdSearch(const Context &ctx);
    // The collection workflow (cmdworkflow.cpp).
    int cmdPolicy(const Context &ctx);
    int cmdPromises(const Context &ctx);
    int cmdRemind(const Context &ctx);
    int cmdWhy(const Context &ctx);
    int cmdTask(const Context &ctx);
    int cmdPause(const Context &ctx, bool pause);
    int cmdDispute(const Context &ctx);
    int cmdQueue(const Context &ctx);
    // E-mail (cmdmail.cpp): email, outbox, settings smtp.
    int cmdEmail(const Context &ctx);
    int emailBulk(const Context &ctx);
    int cmdOutbox(const Context &ctx);
    int outboxList(const Context &ctx);
    int outboxMessage(const Context &ctx, const QString &sub);
    int outboxSend(const Context &ctx);
    int reportOutboxSend(const MailService::SendReport &report);
    int settingsSmtp(const Context &ctx);
    int settingsQueue(const Context &ctx);
    // Backups (cmdbackup.cpp).
    int cmdBackup();
    int cmdRestore();
    // Moving to and from a team database (cmdteam.cpp).
    int cmdTeam();
    int teamInit(const QString &url);
    int teamImport(const QString &file);
    int teamExport(const QString &url);
    /// Prints what a copy did; 0 when both sides verify with the same head and the same rows.
    int reportMoved(const TeamService::Moved &moved, const QString &source, const QString &target,
                    qint64 ms);
    // The audit trail (cmdaudit.cpp).
    int cmdAudit(const Context &ctx);
    Result<AuditQuery::Spec> auditSpec(const Context &ctx);
    // The manager's reports (cmdreports.cpp): kpi, activity.
    int cmdKpi(const Context &ctx);
    Result<KpiQuery::Spec> kpiSpec(const Context &ctx) const;
    void printKpis(const Context &ctx, const QList<Kpi> &kpis);
    int cmdActivity(const Context &ctx);
    Result<ActivityQuery::Spec> activitySpec(const Context &ctx) const;
    void printActivity(const Context &ctx, const ReportService::Activity &activity);
    Result<qint64> reportReader(const Context &ctx, bool userIsFilter);

    Arguments m_args;
    std::shared_ptr<const Clock> m_clock = Clock::system();
    QTextStream m_out;
    QTextStream m_err;
    /// The company the command runs on (prepare()): a lost team database is named in errors.
    std::shared_ptr<Database> m_db;
};

} // namespace ardesk::cli
