// SPDX-License-Identifier: MIT
// `ardesk-cli team init|import|export`: moving a company to and from a team database
// (TeamService; docs/team-mode.md).
#include "cli/cliapp.h"

#include "cli/progressline.h"
#include "core/services/teamservice.h"
#include "core/support/paths.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace ardesk::cli {

int CliApp::cmdTeam()
{
    const QString sub = m_args.positional(1);
    const QString what = m_args.positional(2);
    if (sub != QLatin1String("init") && sub != QLatin1String("import")
        && sub != QLatin1String("export"))
        return usage(tr("'team' takes init, import or export"));
    if (what.isEmpty())
        return usage(
                sub == QLatin1String("import")
                        ? tr("'team import' needs the company file: team import FILE --to URL")
                        : tr("'team %1' needs the team database's postgresql:// address").arg(sub));
    if (m_args.has(QStringLiteral("db")))
        return usage(tr("'team %1' names its databases itself; leave out --db").arg(sub));
    if (sub == QLatin1String("init"))
        return teamInit(what);
    if (m_args.value(QStringLiteral("to")).isEmpty())
        return usage(tr("'team %1' needs --to").arg(sub));
    return sub == QLatin1String("import") ? teamImport(what) : teamExport(what);
}

int CliApp::teamInit(const QString &url)
{
    CompanySettings s;
    s.companyName = m_args.value(QStringLiteral("company"), QStringLiteral("My Company"));
    s.homeCurrency = m_args.value(QStringLiteral("currency"), QStringLiteral("USD"));
    const QString admin = m_args.value(QStringLiteral("user"), paths::osLoginName());
    Database::Options options;
    options.clock = m_clock;
    auto created = TeamService::init(url, s, admin, options);
    if (!created)
        return fail(created.errorString());
    const auto &c = created.value();
    if (m_args.flag(QStringLiteral("json"))) {
        printJson(QJsonObject {{QStringLiteral("url"), c.db->path()},
                               {QStringLiteral("schema_version"), c.db->schemaVersion()},
                               {QStringLiteral("admin"), c.admin.name},
                               {QStringLiteral("login_created"), c.admin.created}});
        return 0;
    }
    m_out << tr("Created the company in %1 (schema version %2); group roles ardesk_sales, "
                "ardesk_clerk, ardesk_manager, ardesk_admin")
                     .arg(c.db->path())
                     .arg(c.db->schemaVersion())
          << "\n"
          << (c.admin.created ? tr("First administrator %1: an ARDesk user and a new login "
                                   "without a password")
                              : tr("First administrator %1: an ARDesk user; the login existed "
                                   "already"))
                     .arg(c.admin.name)
          << "\n"
          << tr("Give a login a password as a superuser: ALTER ROLE \"%1\" PASSWORD '…' (or "
                "\\password in psql); ARDesk reads it from PGPASSWORD or ~/.pgpass")
                     .arg(c.admin.name)
          << "\n";
    m_out.flush();
    return 0;
}

namespace {

QJsonArray rowsJson(const TeamService::Moved &m)
{
    QJsonArray tables;
    for (qsizetype i = 0; i < m.sourceRows.size(); ++i)
        tables.append(QJsonObject {{QStringLiteral("table"), m.sourceRows[i].table},
                                   {QStringLiteral("source_rows"), m.sourceRows[i].rows},
                                   {QStringLiteral("target_rows"),
                                    i < m.targetRows.size() ? m.targetRows[i].rows : qint64(-1)}});
    return tables;
}

} // namespace

int CliApp::reportMoved(const TeamService::Moved &m, const QString &source, const QString &target,
                        qint64 ms)
{
    QTextStream &out = m_out;
    const bool json = m_args.flag(QStringLiteral("json"));
    qint64 rows = 0;
    for (const auto &c : m.copied)
        rows += c.rows;
    const bool same = m.rowsEqual() && m.sourceHead == m.targetHead && m.targetProblem.isEmpty();
    if (json) {
        QJsonArray logins;
        for (const auto &l : m.logins)
            logins.append(QJsonObject {{QStringLiteral("name"), l.name},
                                       {QStringLiteral("roles"), toString(l.roles)},
                                       {QStringLiteral("created"), l.created}});
        printJson(QJsonObject {{QStringLiteral("source"), source},
                               {QStringLiteral("target"), target},
                               {QStringLiteral("rows"), rows},
                               {QStringLiteral("tables"), rowsJson(m)},
                               {QStringLiteral("source_head"), m.sourceHead},
                               {QStringLiteral("target_head"), m.targetHead},
                               {QStringLiteral("verified"), m.targetProblem.isEmpty()},
                               {QStringLiteral("same"), same},
                               {QStringLiteral("logins"), logins},
                               {QStringLiteral("ms"), ms},
                               {QStringLiteral("source_verify_ms"), m.sourceVerifyMs},
                               {QStringLiteral("copy_ms"), m.copyMs},
                               {QStringLiteral("check_ms"), m.checkMs}});
        return same ? 0 : 1;
    }
    out << tr("Copied %1 rows in %2 tables from %3 to %4 (%5 ms)")
                    .arg(rows)
                    .arg(m.copied.size())
                    .arg(source, target)
                    .arg(ms)
        << "\n";
    out << tr("Chain head of %1: %2").arg(source, m.sourceHead) << "\n"
        << tr("Chain head of %1: %2").arg(target, m.targetHead) << "\n";
    if (!m.targetProblem.isEmpty())
        out << tr("verify FAILS on %1: %2").arg(target, m.targetProblem) << "\n";
    else if (!m.rowsEqual())
        out << tr("the row counts differ between the two") << "\n";
    else if (same)
        out << tr("verify passes on both; the heads and every table's rows are equal") << "\n";
    for (const auto &l : m.logins)
        out << (l.created ? tr("Login %1 (%2): created, no password yet")
                          : tr("Login %1 (%2): existed; its group roles were added"))
                        .arg(l.name, toString(l.roles))
            << "\n";
    if (!m.logins.isEmpty())
        out << tr("Set a password as a superuser: ALTER ROLE \"NAME\" PASSWORD '…' (or "
                  "\\password NAME in psql); ARDesk reads it from PGPASSWORD or ~/.pgpass")
            << "\n";
    out.flush();
    return same ? 0 : 1;
}

int CliApp::teamImport(const QString &file)
{
    const QString url = m_args.value(QStringLiteral("to"));
    const bool json = m_args.flag(QStringLiteral("json"));
    QElapsedTimer timer;
    timer.start();
    ProgressLine progress(m_err, json);
    auto moved = TeamService::importFile(
            file, url,
            [&](qint64 done, qint64 total) {
                progress.count(tr("team import"), done, total, tr("rows"));
            },
            m_clock);
    progress.clear();
    if (!moved)
        return fail(moved.errorString());
    return reportMoved(moved.value(), file, url, timer.elapsed());
}

int CliApp::teamExport(const QString &url)
{
    const QString file = m_args.value(QStringLiteral("to"));
    const bool json = m_args.flag(QStringLiteral("json"));
    QElapsedTimer timer;
    timer.start();
    ProgressLine progress(m_err, json);
    const auto existing = m_args.flag(QStringLiteral("force")) ? TeamService::Existing::Replace
                                                               : TeamService::Existing::Refuse;
    auto moved = TeamService::exportTo(
            url, file, existing,
            [&](qint64 done, qint64 total) {
                progress.count(tr("team export"), done, total, tr("rows"));
            },
            m_clock);
    progress.clear();
    if (!moved)
        return fail(moved.errorString());
    return reportMoved(moved.value(), url, file, timer.elapsed());
}

} // namespace ardesk::cli
