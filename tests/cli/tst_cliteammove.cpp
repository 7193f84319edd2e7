// SPDX-License-Identifier: MIT
// Moving a company to and from a team database, and the database enforcing the roles (issue 13
// items 7 and 6), on a throwaway PostgreSQL server (tests/support/pgcluster.*): `team init`,
// `team import` of a demo company file and `team export` back, `verify` and the chain head on
// every side, the refusals, and psql sessions as a sales and a clerk login refused by the
// database itself.
#include "support/pgcluster.h"
#include "support/testsupport.h"

#include "core/domain/permissions.h"
#include "core/services/noteservice.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/teamroles.h"

#include <memory>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>

using namespace ardesk;
using ardesk::test::CliRun;
using ardesk::test::PgCluster;

namespace {

struct PsqlRun
{
    bool ok = false;
    QString output; ///< stdout and stderr together
};

QJsonObject jsonOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCliTeamMove : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void teamInitCreatesTheCompanyTheGroupRolesAndTheAdminLogin();
    void importOfADemoFileVerifiesOnBothSidesWithTheSameHeadAndRows();
    void importedUsersAreLoginsWithTheirRoles();
    void exportBackGivesAFileThatVerifiesWithTheSameHead();
    void exportRefusesAnExistingFileUnlessForced();
    void importRefusesATargetThatIsNotEmpty();
    void failedImportLeavesTheTargetEmpty();
    void importRefusesAFileWhoseLastSavesAreStillInItsLog();
    void salesLoginIsRefusedByTheDatabase();
    void userAddNeedsALoginThatMayCreateRoles();
    void userAddCreatesALoginWithItsPasswordAndGroupRoles();
    void roleChangesGrantAndRevokeTheGroupRoles();
    void deactivatingAUserStopsItsLogin();
    void deactivatingEndsTheLoginsSessionsWhenTheAdminMay();
    void clerkLoginMayPromiseButNotWriteOff();
    void clerkLoginLogsACallWithAPromiseThroughArdesk();
    void grantsFollowTheCorePermissionTable();

private:
    CliRun cli(const QStringList &args) const { return test::runCli(m_dir.path(), args); }
    QString newDatabase();
    /// psql as `login` on database `name` (trust authentication on the test server).
    PsqlRun psqlAs(const QString &login, const QString &name, const QString &sql,
                   const QString &password = {}) const;
    /// psql as `login` (with `password`) on database `name` running `sql`, left running: a
    /// session that stays open.
    std::unique_ptr<QProcess> openSession(const QString &login, const QString &name,
                                          const QString &password, const QString &sql) const;
    /// nina.park's open sessions on the server, as psql counts them.
    QString ninasSessions();
    /// `user edit nina.park --activate|--deactivate` as the admin.
    CliRun setNinaActive(bool active) const;
    /// What a sales login may not do in psql on database `name`, each refused by the database.
    void checkSalesRefused(const QString &login, const QString &name,
                           const QString &password = {}) const;
    /// `ardesk-cli --db URL-as-login --user login ARGS` with `input` on stdin.
    CliRun cliAs(const QString &login, const QStringList &args, const QByteArray &input = {}) const;
    /// The groups `login` is a direct member of, "ardesk_clerk,ardesk_sales"; empty when none,
    /// null when there is no such role.
    QString directGroups(const QString &login);
    QString dbName(const QString &url) const { return url.section(u'/', -1); }

    PgCluster m_cluster;
    test::ScratchDir m_dir;
    int m_databases = 0;
    QString m_demoFile; ///< a demo company (200 clients), made once
    QString m_fileHead;
    QString m_imported; ///< the team database the demo file was imported into
};

void TestCliTeamMove::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    QVERIFY(m_dir.renew());
    m_demoFile = m_dir.filePath(QStringLiteral("demo.ardesk"));
    const CliRun init = cli({QStringLiteral("--db"), m_demoFile, QStringLiteral("--user"),
                             QStringLiteral("admin"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const CliRun demo = cli({QStringLiteral("--db"), m_demoFile, QStringLiteral("demo"),
                             QStringLiteral("--clients"), QStringLiteral("200")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    // SMTP settings in the file, so that reading them can be refused.
    const CliRun smtp
            = cli({QStringLiteral("--db"), m_demoFile, QStringLiteral("--user"),
                   QStringLiteral("admin"), QStringLiteral("settings"), QStringLiteral("smtp"),
                   QStringLiteral("--host"), QStringLiteral("mail.example"),
                   QStringLiteral("--port"), QStringLiteral("465"), QStringLiteral("--security"),
                   QStringLiteral("tls"), QStringLiteral("--login"), QStringLiteral("ar-robot"),
                   QStringLiteral("--from"), QStringLiteral("ar@acme.example")});
    QVERIFY2(smtp.exitCode == 0, qPrintable(smtp.describe()));
    const CliRun verify = cli({QStringLiteral("--db"), m_demoFile, QStringLiteral("--json"),
                               QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    m_fileHead = jsonOf(verify).value(QStringLiteral("head")).toString();
    QCOMPARE(m_fileHead.size(), 64);
}

QString TestCliTeamMove::newDatabase()
{
    const QString name = QStringLiteral("move%1").arg(++m_databases);
    if (!m_cluster.createDatabase(name))
        return QString();
    return m_cluster.url(name);
}

namespace {

/// psql's environment: no faked clock, no password but `password`, C locale (English messages).
QProcessEnvironment psqlEnvironment(const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LD_PRELOAD"));
    env.remove(QStringLiteral("FAKETIME"));
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace

std::unique_ptr<QProcess> TestCliTeamMove::openSession(const QString &login, const QString &name,
                                                       const QString &password,
                                                       const QString &sql) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(psqlEnvironment(password));
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(PgCluster::binDir() + QStringLiteral("/psql"),
             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
              QStringLiteral("-t"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
              QStringLiteral("-p"), QString::number(m_cluster.port()), QStringLiteral("-w"),
              QStringLiteral("-U"), login, QStringLiteral("-d"), name, QStringLiteral("-c"), sql});
    p->waitForStarted(10000); // its state is Running from here on, not Starting
    return p;
}

PsqlRun TestCliTeamMove::psqlAs(const QString &login, const QString &name, const QString &sql,
                                const QString &password) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LD_PRELOAD"));
    env.remove(QStringLiteral("FAKETIME"));
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(PgCluster::binDir() + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
             QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_cluster.port()),
             QStringLiteral("-w"), QStringLiteral("-U"), login, QStringLiteral("-d"), name,
             QStringLiteral("-c"), sql});
    PsqlRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.output = QString::fromUtf8(p.readAll()).trimmed();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

CliRun TestCliTeamMove::cliAs(const QString &login, const QStringList &args,
                              const QByteArray &input) const
{
    QString url = m_imported;
    url.replace(m_cluster.superuser() + u'@', login + u'@');
    return test::runCli(m_dir.path(),
                        QStringList {QStringLiteral("--db"), url, QStringLiteral("--user"), login}
                                + args,
                        input);
}

QString TestCliTeamMove::directGroups(const QString &login)
{
    const QString exists = m_cluster.psql(
            QStringLiteral("postgres"),
            QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(login));
    if (exists.trimmed() != QLatin1String("1"))
        return QString();
    return m_cluster
            .psql(QStringLiteral("postgres"),
                  QStringLiteral("SELECT coalesce(string_agg(g.rolname, ',' ORDER BY g.rolname), "
                                 "'') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                 "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '%1'")
                          .arg(login))
            .trimmed();
}

void TestCliTeamMove::teamInitCreatesTheCompanyTheGroupRolesAndTheAdminLogin()
{
    const QString url = newDatabase();
    QVERIFY(!url.isEmpty());
    const CliRun init = cli({QStringLiteral("--user"), QStringLiteral("ann"),
                             QStringLiteral("team"), QStringLiteral("init"), url,
                             QStringLiteral("--company"), QStringLiteral("Acme")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    QVERIFY2(init.out.contains("ann"), init.out.constData());
    const QString groups = m_cluster.psql(
            QStringLiteral("postgres"),
            QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE "
                           "rolname LIKE 'ardesk\\_%' AND NOT rolcanlogin"));
    QCOMPARE(groups.trimmed(),
             QStringLiteral("ardesk_admin,ardesk_clerk,ardesk_manager,ardesk_sales"));
    // ann is a login, an admin and a manager (who creates the company runs it), and a user.
    const QString member = m_cluster.psql(
            QStringLiteral("postgres"),
            QStringLiteral("SELECT rolcanlogin::int::text || pg_has_role('ann', 'ardesk_admin', "
                           "'MEMBER')::int::text || pg_has_role('ann', 'ardesk_manager', "
                           "'MEMBER')::int::text "
                           "FROM pg_roles WHERE rolname = 'ann'"));
    QCOMPARE(member.trimmed(), QStringLiteral("111"));
    const CliRun users = cli({QStringLiteral("--db"), url, QStringLiteral("--json"),
                              QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(users.exitCode == 0 && users.out.contains("\"ann\""), qPrintable(users.describe()));

    // A second init is refused and changes nothing.
    const QString before
            = m_cluster.psql(dbName(url), QStringLiteral("SELECT count(*) FROM users"));
    const CliRun again = cli({QStringLiteral("--user"), QStringLiteral("bob"),
                              QStringLiteral("team"), QStringLiteral("init"), url});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(QStringLiteral("already holds an ARDesk company")),
             qPrintable(again.describe()));
    QCOMPARE(m_cluster.psql(dbName(url), QStringLiteral("SELECT count(*) FROM users")), before);
    QCOMPARE(m_cluster
                     .psql(QStringLiteral("postgres"),
                           QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'bob'"))
                     .trimmed(),
             QStringLiteral("0"));

    // A database holding something else is named as such.
    const QString other = newDatabase();
    QVERIFY(!m_cluster.psql(dbName(other), QStringLiteral("CREATE TABLE stock (sku TEXT)"))
                     .isNull());
    const CliRun foreign = cli({QStringLiteral("team"), QStringLiteral("init"), other});
    QCOMPARE(foreign.exitCode, 1);
    QVERIFY2(foreign.errText().contains(QStringLiteral("not an ARDesk team database")),
             qPrintable(foreign.describe()));
}

void TestCliTeamMove::importOfADemoFileVerifiesOnBothSidesWithTheSameHeadAndRows()
{
    m_imported = newDatabase();
    QVERIFY(!m_imported.isEmpty());
    const CliRun imported
            = cli({QStringLiteral("--json"), QStringLiteral("team"), QStringLiteral("import"),
                   m_demoFile, QStringLiteral("--to"), m_imported});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const QJsonObject report = jsonOf(imported);
    QCOMPARE(report.value(QStringLiteral("source_head")).toString(), m_fileHead);
    QCOMPARE(report.value(QStringLiteral("target_head")).toString(), m_fileHead);
    QVERIFY(report.value(QStringLiteral("verified")).toBool());

    // verify on the team database on its own, expecting the file's head.
    const CliRun verify
            = cli({QStringLiteral("--db"), m_imported, QStringLiteral("--json"),
                   QStringLiteral("verify"), QStringLiteral("--expect-head"), m_fileHead});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QCOMPARE(jsonOf(verify).value(QStringLiteral("head")).toString(), m_fileHead);

    // Every table's rows, counted by the server itself, as in the file.
    const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
    QVERIFY(tables.size() > 30);
    QSet<QString> seen;
    for (const QJsonValue &v : tables) {
        const QJsonObject t = v.toObject();
        const QString name = t.value(QStringLiteral("table")).toString();
        seen.insert(name);
        const qint64 fileRows = t.value(QStringLiteral("source_rows")).toInteger();
        const QString served = m_cluster.psql(
                dbName(m_imported), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name));
        QCOMPARE(served.trimmed().toLongLong(), fileRows);
    }
    for (const char *t : {"clients", "invoices", "payments", "notes", "note_revisions",
                          "attachment_blobs", "record_chain", "promises", "audit_log"}) {
        QVERIFY2(seen.contains(QString::fromLatin1(t)), t);
    }
    QVERIFY(m_cluster
                    .psql(dbName(m_imported),
                          QStringLiteral("SELECT count(*) FROM attachment_blobs"))
                    .trimmed()
                    .toLongLong()
            > 0);
    // The search index was rebuilt: a word of the demo's notes is found on the server.
    const QString searchable
            = m_cluster.psql(dbName(m_imported),
                             QStringLiteral("SELECT (SELECT count(*) FROM note_search) = "
                                            "(SELECT count(*) FROM notes n WHERE NOT EXISTS "
                                            "(SELECT 1 FROM note_tombstones t WHERE t.note_id "
                                            "= n.id))"));
    QCOMPARE(searchable.trimmed(), QStringLiteral("t"));

    // The moved company reads as fast at once as after the server's housekeeping: its rows
    // arrive frozen and all-visible, so an index-only read (the Today queue's covering indexes)
    // never visits the table itself.
    for (const char *t : {"clients", "invoices", "notes", "payments", "note_revisions"}) {
        const QString plan = m_cluster.psql(
                dbName(m_imported),
                QStringLiteral("SET enable_seqscan = off; SET enable_bitmapscan = off; EXPLAIN "
                               "(ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT count(id) "
                               "FROM \"%1\" WHERE id > 0")
                        .arg(QLatin1String(t)));
        QVERIFY2(plan.contains(QLatin1String("Index Only Scan")),
                 qPrintable(QLatin1String(t) + u' ' + plan));
        QVERIFY2(plan.contains(QLatin1String("Heap Fetches: 0")),
                 qPrintable(QLatin1String(t) + u' ' + plan));
    }

    // The ids go on after the imported ones: a note saved now links into the same chain.
    const CliRun client
            = cli({QStringLiteral("--db"), m_imported, QStringLiteral("--json"),
                   QStringLiteral("clients"), QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY2(client.exitCode == 0, qPrintable(client.describe()));
    const QString code = QJsonDocument::fromJson(client.out)
                                 .array()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
    QVERIFY(!code.isEmpty());
    const CliRun note
            = cli({QStringLiteral("--db"), m_imported, QStringLiteral("--user"),
                   QStringLiteral("dana.ortiz"), QStringLiteral("note"), QStringLiteral("add"),
                   QStringLiteral("--client"), code, QStringLiteral("--channel"),
                   QStringLiteral("call"), QStringLiteral("--text"),
                   QStringLiteral("After the move"), QStringLiteral("--outcome"),
                   QStringLiteral("reached"), QStringLiteral("--no-follow-up")});
    QVERIFY2(note.exitCode == 0, qPrintable(note.describe()));
    const CliRun after = cli({QStringLiteral("--db"), m_imported, QStringLiteral("--json"),
                              QStringLiteral("verify")});
    QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
    QVERIFY(jsonOf(after).value(QStringLiteral("head")).toString() != m_fileHead);
}

void TestCliTeamMove::importedUsersAreLoginsWithTheirRoles()
{
    // Every user of the file is a login, a member of exactly its roles' groups (and of those
    // a group holds: a manager is a clerk is sales in the database, as in the core).
    QVERIFY(!m_imported.isEmpty());
    const CliRun users = cli({QStringLiteral("--db"), m_demoFile, QStringLiteral("--json"),
                              QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(users.exitCode == 0, qPrintable(users.describe()));
    const QJsonArray list = QJsonDocument::fromJson(users.out).array();
    QVERIFY(list.size() >= 8);
    for (const QJsonValue &v : list) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        QSet<QString> roles;
        for (const QJsonValue &r : v.toObject().value(QStringLiteral("roles")).toArray())
            roles.insert(r.toString());
        const bool manager = roles.contains(QStringLiteral("manager"));
        const bool clerk = manager || roles.contains(QStringLiteral("clerk"));
        const bool sales = clerk || roles.contains(QStringLiteral("sales"));
        const bool admin = roles.contains(QStringLiteral("admin"));
        const QString expected = QStringLiteral("%1%2%3%4%5")
                                         .arg(1)
                                         .arg(int(sales))
                                         .arg(int(clerk))
                                         .arg(int(manager))
                                         .arg(int(admin));
        const QString served = m_cluster.psql(
                QStringLiteral("postgres"),
                QStringLiteral("SELECT rolcanlogin::int::text "
                               "|| pg_has_role(oid, 'ardesk_sales', 'MEMBER')::int::text "
                               "|| pg_has_role(oid, 'ardesk_clerk', 'MEMBER')::int::text "
                               "|| pg_has_role(oid, 'ardesk_manager', 'MEMBER')::int::text "
                               "|| pg_has_role(oid, 'ardesk_admin', 'MEMBER')::int::text "
                               "FROM pg_roles WHERE rolname = '%1'")
                        .arg(name));
        QVERIFY2(served.trimmed() == expected,
                 qPrintable(QStringLiteral("%1: %2, expected %3")
                                    .arg(name, served.trimmed(), expected)));
    }
    // lena.fox is sales and nothing else; no login got a password.
    QCOMPARE(m_cluster
                     .psql(QStringLiteral("postgres"),
                           QStringLiteral("SELECT pg_has_role('lena.fox', 'ardesk_clerk', "
                                          "'MEMBER')::int"))
                     .trimmed(),
             QStringLiteral("0"));
    const QString passwords = m_cluster.psql(
            QStringLiteral("postgres"),
            QStringLiteral("SELECT count(*) FROM pg_authid WHERE rolname IN ('lena.fox', "
                           "'dana.ortiz') AND rolpassword IS NOT NULL"));
    QCOMPARE(passwords.trimmed(), QStringLiteral("0"));
}

void TestCliTeamMove::exportBackGivesAFileThatVerifiesWithTheSameHead()
{
    // A fresh import (the other tests write into m_imported).
    const QString url = newDatabase();
    const CliRun imported = cli({QStringLiteral("team"), QStringLiteral("import"), m_demoFile,
                                 QStringLiteral("--to"), url});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QVERIFY2(imported.out.contains(m_fileHead.toLatin1()), imported.out.constData());
    const QString back = m_dir.filePath(QStringLiteral("back.ardesk"));
    const CliRun exported = cli({QStringLiteral("--json"), QStringLiteral("team"),
                                 QStringLiteral("export"), url, QStringLiteral("--to"), back});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    const QJsonObject report = jsonOf(exported);
    QCOMPARE(report.value(QStringLiteral("target_head")).toString(), m_fileHead);
    QVERIFY(report.value(QStringLiteral("same")).toBool());
    const CliRun verify = cli(
            {QStringLiteral("--db"), back, QStringLiteral("--json"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QCOMPARE(jsonOf(verify).value(QStringLiteral("head")).toString(), m_fileHead);
    // The round trip answers as the original does.
    for (const QStringList &ask : {QStringList {QStringLiteral("aging"), QStringLiteral("--as-of"),
                                                QStringLiteral("2026-11-30")},
                                   QStringList {QStringLiteral("clients"), QStringLiteral("--sort"),
                                                QStringLiteral("code")}}) {
        const CliRun a = cli(
                QStringList {QStringLiteral("--db"), m_demoFile, QStringLiteral("--json")} + ask);
        const CliRun b
                = cli(QStringList {QStringLiteral("--db"), back, QStringLiteral("--json")} + ask);
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.describe() + b.describe()));
        QCOMPARE(b.out, a.out);
    }
    // No temporary file is left beside it.
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &f : left)
        QVERIFY2(!f.contains(QStringLiteral("partial")), qPrintable(f));
}

void TestCliTeamMove::exportRefusesAnExistingFileUnlessForced()
{
    QVERIFY(!m_imported.isEmpty());
    const QString existing = m_dir.filePath(QStringLiteral("existing.ardesk"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const CliRun refused = cli({QStringLiteral("team"), QStringLiteral("export"), m_imported,
                                QStringLiteral("--to"), existing});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("--force")), qPrintable(refused.describe()));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }
    const CliRun forced = cli({QStringLiteral("team"), QStringLiteral("export"), m_imported,
                               QStringLiteral("--to"), existing, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    const CliRun verify = cli({QStringLiteral("--db"), existing, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
}

void TestCliTeamMove::importRefusesATargetThatIsNotEmpty()
{
    QVERIFY(!m_imported.isEmpty());
    const QString before
            = m_cluster.psql(dbName(m_imported), QStringLiteral("SELECT count(*) FROM notes"));
    const CliRun again = cli({QStringLiteral("team"), QStringLiteral("import"), m_demoFile,
                              QStringLiteral("--to"), m_imported});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.errText().contains(QStringLiteral("already holds an ARDesk company")),
             qPrintable(again.describe()));
    QCOMPARE(m_cluster.psql(dbName(m_imported), QStringLiteral("SELECT count(*) FROM notes")),
             before);
}

void TestCliTeamMove::failedImportLeavesTheTargetEmpty()
{
    // A login that is not a superuser cannot create the schema's extension, the group roles or
    // the logins: the import fails, and the database holds no table afterwards.
    const QString url = newDatabase();
    const QString name = dbName(url);
    QVERIFY(!m_cluster
                     .psql(name,
                           QStringLiteral("CREATE ROLE mover LOGIN CREATEROLE; "
                                          "GRANT ALL ON SCHEMA public TO mover; "
                                          "CREATE EXTENSION IF NOT EXISTS unaccent"))
                     .isNull());
    QString asMover = url;
    asMover.replace(m_cluster.superuser() + u'@', QStringLiteral("mover@"));
    const CliRun refused = cli({QStringLiteral("team"), QStringLiteral("import"), m_demoFile,
                                QStringLiteral("--to"), asMover});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(QStringLiteral("nothing was imported")),
             qPrintable(refused.describe()));
    QCOMPARE(m_cluster
                     .psql(name,
                           QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                          "schemaname = 'public'"))
                     .trimmed(),
             QStringLiteral("0"));
}

void TestCliTeamMove::importRefusesAFileWhoseLastSavesAreStillInItsLog()
{
    // The company open in a window (or a desk stopped mid-session): its last saved note is in
    // the file's write-ahead log, not yet in the file. The import read the file alone and
    // carried everything but that note, and the two sides still "verified the same" (found by
    // ardesk-bench --only team: 490 of a client's 500 notes arrived).
    const QString file = m_dir.filePath(QStringLiteral("open.ardesk"));
    QVERIFY(QFile::copy(m_demoFile, file));
    const QString text = QStringLiteral("Called AP: the check was mailed on Monday.");
    std::shared_ptr<Database> db;
    {
        auto open = Database::open(file);
        QVERIFY2(open, qPrintable(open.errorString()));
        db = open.value();
    }
    {
        const qint64 user
                = sql::scalar(db->connection(), QStringLiteral("SELECT min(id) FROM users"))
                          .valueOr(QVariant())
                          .toLongLong();
        NoteService::Draft d;
        d.note.clientId
                = sql::scalar(db->connection(), QStringLiteral("SELECT min(id) FROM clients"))
                          .valueOr(QVariant())
                          .toLongLong();
        d.note.channel = NoteChannel::Internal;
        d.note.text = text;
        auto added = NoteService(db, user).add(d);
        QVERIFY2(added, qPrintable(added.errorString()));
    }
    QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);

    const QString url = newDatabase();
    const CliRun refused = cli(
            {QStringLiteral("team"), QStringLiteral("import"), file, QStringLiteral("--to"), url});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(file + QStringLiteral("-wal"))
                     && refused.errText().contains(QStringLiteral("nothing was imported")),
             qPrintable(refused.describe()));
    QCOMPARE(m_cluster
                     .psql(dbName(url),
                           QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                          "schemaname = 'public'"))
                     .trimmed(),
             QStringLiteral("0"));

    // Closed, the file holds the note itself, and the import carries it.
    db->releaseThreadConnection();
    db.reset();
    const CliRun imported = cli(
            {QStringLiteral("team"), QStringLiteral("import"), file, QStringLiteral("--to"), url});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QCOMPARE(m_cluster
                     .psql(dbName(url),
                           QStringLiteral("SELECT count(*) FROM note_revisions WHERE body = '%1'")
                                   .arg(text))
                     .trimmed(),
             QStringLiteral("1"));
}

void TestCliTeamMove::checkSalesRefused(const QString &sales, const QString &db,
                                        const QString &password) const
{
    // Reading what sales may read.
    const PsqlRun read
            = psqlAs(sales, db, QStringLiteral("SELECT count(*) FROM clients"), password);
    QVERIFY2(read.ok, qPrintable(read.output));
    QCOMPARE(read.output.toInt(), 200);
    const PsqlRun hold = psqlAs(
            sales, db, QStringLiteral("SELECT count(*) FROM clients WHERE credit_hold = 1"),
            password);
    QVERIFY2(hold.ok, qPrintable(hold.output));

    const PsqlRun update
            = psqlAs(sales, db, QStringLiteral("UPDATE invoices SET amount_minor = 1"), password);
    QVERIFY2(!update.ok && update.output.contains(QStringLiteral("permission denied")),
             qPrintable(update.output));
    const PsqlRun pay = psqlAs(sales, db, QStringLiteral("DELETE FROM payments"), password);
    QVERIFY2(!pay.ok && pay.output.contains(QStringLiteral("permission denied")),
             qPrintable(pay.output));
    const PsqlRun release
            = psqlAs(sales, db, QStringLiteral("UPDATE clients SET credit_hold = 0"), password);
    QVERIFY2(!release.ok && release.output.contains(QStringLiteral("permission denied")),
             qPrintable(release.output));
    const PsqlRun erase = psqlAs(sales, db, QStringLiteral("DELETE FROM notes"), password);
    QVERIFY2(!erase.ok && erase.output.contains(QStringLiteral("permission denied")),
             qPrintable(erase.output));
    const PsqlRun rewrite
            = psqlAs(sales, db, QStringLiteral("UPDATE note_revisions SET body = 'x'"), password);
    QVERIFY2(!rewrite.ok, qPrintable(rewrite.output));
    const PsqlRun promote
            = psqlAs(sales, db, QStringLiteral("UPDATE user_roles SET role = 'admin'"), password);
    QVERIFY2(!promote.ok && promote.output.contains(QStringLiteral("permission denied")),
             qPrintable(promote.output));
    const PsqlRun grant = psqlAs(
            sales, db, QStringLiteral("GRANT ardesk_manager TO \"%1\"").arg(sales), password);
    QVERIFY2(!grant.ok, qPrintable(grant.output));
}

void TestCliTeamMove::salesLoginIsRefusedByTheDatabase()
{
    QVERIFY(!m_imported.isEmpty());
    const QString db = dbName(m_imported);
    const QString sales = QStringLiteral("lena.fox");
    checkSalesRefused(sales, db);
    if (QTest::currentTestFailed())
        return;

    // The SMTP settings are there, but not for sales.
    QVERIFY(m_cluster
                    .psql(db,
                          QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'smtp.%'"))
                    .trimmed()
                    .toInt()
            > 0);
    const PsqlRun smtp = psqlAs(
            sales, db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'smtp.%'"));
    QVERIFY2(smtp.ok, qPrintable(smtp.output));
    QCOMPARE(smtp.output, QStringLiteral("0"));
    const PsqlRun company = psqlAs(
            sales, db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'company.%'"));
    QVERIFY2(company.ok && company.output.toInt() > 0, qPrintable(company.output));
    const PsqlRun changeSmtp = psqlAs(sales, db,
                                      QStringLiteral("UPDATE settings SET value = 'evil.example' "
                                                     "WHERE key = 'smtp.host' RETURNING key"));
    QVERIFY2(changeSmtp.ok && changeSmtp.output.isEmpty(), qPrintable(changeSmtp.output));
    QCOMPARE(
            m_cluster.psql(db, QStringLiteral("SELECT value FROM settings WHERE key = 'smtp.host'"))
                    .trimmed(),
            QStringLiteral("mail.example"));

    // A note as herself is taken; as someone else, refused by the database.
    const QString own
            = m_cluster.psql(db, QStringLiteral("SELECT id FROM users WHERE name = 'lena.fox'"))
                      .trimmed();
    const QString other
            = m_cluster.psql(db, QStringLiteral("SELECT id FROM users WHERE name = 'dana.ortiz'"))
                      .trimmed();
    QVERIFY(!own.isEmpty() && !other.isEmpty());
    const PsqlRun asOther
            = psqlAs(sales, db,
                     QStringLiteral("INSERT INTO notes (client_id, created_at, created_by) "
                                    "VALUES (1, '2026-12-06T10:00:00.000Z', %1)")
                             .arg(other));
    QVERIFY2(!asOther.ok && asOther.output.contains(QStringLiteral("only as itself")),
             qPrintable(asOther.output));
    const PsqlRun asSelf
            = psqlAs(sales, db,
                     QStringLiteral("BEGIN; INSERT INTO notes (client_id, created_at, created_by) "
                                    "VALUES (1, '2026-12-06T10:00:00.000Z', %1); ROLLBACK")
                             .arg(own));
    QVERIFY2(asSelf.ok, qPrintable(asSelf.output));
}

void TestCliTeamMove::userAddNeedsALoginThatMayCreateRoles()
{
    // The admin's login (made by the import) is no superuser and has no CREATEROLE: adding a
    // user would need a login the server lets it create, so nothing is added at all.
    QVERIFY(!m_imported.isEmpty());
    const QString db = dbName(m_imported);
    QCOMPARE(m_cluster
                     .psql(db,
                           QStringLiteral("SELECT (rolsuper OR rolcreaterole)::int FROM "
                                          "pg_roles WHERE rolname = 'admin'"))
                     .trimmed(),
             QStringLiteral("0"));
    const CliRun add = cliAs(QStringLiteral("admin"),
                             {QStringLiteral("user"), QStringLiteral("add"),
                              QStringLiteral("nina.park"), QStringLiteral("--role"),
                              QStringLiteral("sales"), QStringLiteral("--password-stdin")},
                             "Nina-pw-2026\n");
    QVERIFY2(add.exitCode == 1, qPrintable(add.describe()));
    QVERIFY2(add.errText().contains(QStringLiteral("CREATEROLE"))
                     && add.errText().contains(QStringLiteral("nina.park"))
                     && add.errText().contains(QStringLiteral("(admin)")),
             qPrintable(add.describe()));
    QVERIFY(!add.errText().contains(QStringLiteral("Nina-pw-2026")));
    QCOMPARE(m_cluster
                     .psql(db,
                           QStringLiteral("SELECT count(*) FROM users WHERE name = "
                                          "'nina.park'"))
                     .trimmed(),
             QStringLiteral("0"));
    QVERIFY(directGroups(QStringLiteral("nina.park")).isNull());
}

void TestCliTeamMove::userAddCreatesALoginWithItsPasswordAndGroupRoles()
{
    QVERIFY(!m_imported.isEmpty());
    const QString db = dbName(m_imported);
    const QString password = QStringLiteral("Nina-pw-2026");
    QVERIFY(!m_cluster.psql(db, QStringLiteral("ALTER ROLE admin CREATEROLE")).isNull());
    const CliRun add = cliAs(QStringLiteral("admin"),
                             {QStringLiteral("user"), QStringLiteral("add"),
                              QStringLiteral("nina.park"), QStringLiteral("--role"),
                              QStringLiteral("sales"), QStringLiteral("--password-stdin")},
                             password.toUtf8() + "\n");
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QVERIFY2(add.out.contains("Created the login nina.park with the password given"),
             qPrintable(add.describe()));
    QVERIFY(!add.out.contains(password.toUtf8()) && !add.err.contains(password.toUtf8()));

    // The login, in the sales group only, with a SCRAM verifier (not the password) kept.
    QCOMPARE(directGroups(QStringLiteral("nina.park")), QStringLiteral("ardesk_sales"));
    QCOMPARE(m_cluster
                     .psql(db,
                           QStringLiteral("SELECT rolcanlogin::int || ' ' || "
                                          "(rolpassword LIKE 'SCRAM-SHA-256$%')::int FROM "
                                          "pg_authid WHERE rolname = 'nina.park'"))
                     .trimmed(),
             QStringLiteral("1 1"));
    // Audited as the admin's act, naming the login.
    const QString audit = m_cluster
                                  .psql(db,
                                        QStringLiteral("SELECT u.name || ' ' || a.after_json "
                                                       "FROM audit_log a JOIN users u ON "
                                                       "u.id = a.user_id WHERE a.entity = "
                                                       "'user' AND a.action = 'add' AND "
                                                       "a.after_json LIKE '%nina.park%'"))
                                  .trimmed();
    QVERIFY2(audit.startsWith(QStringLiteral("admin "))
                     && audit.contains(QStringLiteral("\"login_created\":true"))
                     && audit.contains(QStringLiteral("\"login_granted\":\"sales\""))
                     && !audit.contains(password),
             qPrintable(audit));

    // The server now asks nina.park for that password, and takes no other.
    QVERIFY2(m_cluster.requirePassword(QStringLiteral("nina.park")),
             qPrintable(m_cluster.errorString()));
    const PsqlRun none = psqlAs(QStringLiteral("nina.park"), db, QStringLiteral("SELECT 1"));
    QVERIFY2(!none.ok, qPrintable(none.output));
    const PsqlRun wrong = psqlAs(QStringLiteral("nina.park"), db, QStringLiteral("SELECT 1"),
                                 QStringLiteral("not-her-password"));
    QVERIFY2(!wrong.ok && wrong.output.contains(QStringLiteral("password authentication failed")),
             qPrintable(wrong.output));
    // With it she connects, reads, and is refused by the database what sales may not do.
    checkSalesRefused(QStringLiteral("nina.park"), db, password);
}

void TestCliTeamMove::roleChangesGrantAndRevokeTheGroupRoles()
{
    QVERIFY(!m_imported.isEmpty());
    const QString db = dbName(m_imported);
    const QString password = QStringLiteral("Nina-pw-2026");
    QVERIFY2(!directGroups(QStringLiteral("nina.park")).isEmpty(), "needs the user added above");
    const QString promise = QStringLiteral(
            "BEGIN; INSERT INTO promises (client_id, amount_minor, currency, promised_date, "
            "created_at) SELECT id, 100, currency, '2026-12-20', '2026-12-06T10:00:00.000Z' "
            "FROM clients ORDER BY id LIMIT 1; ROLLBACK");
    auto editRole = [&](const QString &role) {
        return cliAs(QStringLiteral("admin"),
                     {QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("nina.park"),
                      QStringLiteral("--role"), role});
    };
    const PsqlRun asSales = psqlAs(QStringLiteral("nina.park"), db, promise, password);
    QVERIFY2(!asSales.ok && asSales.output.contains(QStringLiteral("permission denied")),
             qPrintable(asSales.output));

    const CliRun toClerk = editRole(QStringLiteral("clerk"));
    QVERIFY2(toClerk.exitCode == 0, qPrintable(toClerk.describe()));
    QCOMPARE(directGroups(QStringLiteral("nina.park")), QStringLiteral("ardesk_clerk"));
    const PsqlRun asClerk = psqlAs(QStringLiteral("nina.park"), db, promise, password);
    QVERIFY2(asClerk.ok, qPrintable(asClerk.output));

    const CliRun back = editRole(QStringLiteral("sales"));
    QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
    QCOMPARE(directGroups(QStringLiteral("nina.park")), QStringLiteral("ardesk_sales"));
    const PsqlRun again = psqlAs(QStringLiteral("nina.park"), db, promise, password);
    QVERIFY2(!again.ok && again.output.contains(QStringLiteral("permission denied")),
             qPrintable(again.output));
    const QString revoked = m_cluster
                                    .psql(db,
                                          QStringLiteral("SELECT after_json FROM audit_log "
                                                         "WHERE entity = 'user' AND action = "
                                                         "'update' AND after_json LIKE "
                                                         "'%nina.park%' ORDER BY id DESC "
                                                         "LIMIT 1"))
                                    .trimmed();
    QVERIFY2(revoked.contains(QStringLiteral("\"login_revoked\":\"clerk\"")), qPrintable(revoked));

    // Without CREATEROLE a role change is refused whole: the user keeps its roles and its login
    // its groups.
    QVERIFY(!m_cluster.psql(db, QStringLiteral("ALTER ROLE admin NOCREATEROLE")).isNull());
    const CliRun refused = editRole(QStringLiteral("manager"));
    QVERIFY2(refused.exitCode == 1 && refused.errText().contains(QStringLiteral("CREATEROLE")),
             qPrintable(refused.describe()));
    QCOMPARE(m_cluster
                     .psql(db,
                           QStringLiteral("SELECT string_agg(r.role, ',') FROM user_roles r "
                                          "JOIN users u ON u.id = r.user_id WHERE u.name = "
                                          "'nina.park'"))
                     .trimmed(),
             QStringLiteral("sales"));
    QCOMPARE(directGroups(QStringLiteral("nina.park")), QStringLiteral("ardesk_sales"));
}

QString TestCliTeamMove::ninasSessions()
{
    return m_cluster
            .psql(dbName(m_imported),
                  QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = "
                                 "'nina.park'"))
            .trimmed();
}

CliRun TestCliTeamMove::setNinaActive(bool active) const
{
    return cliAs(QStringLiteral("admin"),
                 {QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("nina.park"),
                  active ? QStringLiteral("--activate") : QStringLiteral("--deactivate")});
}

void TestCliTeamMove::deactivatingAUserStopsItsLogin()
{
    // A user made inactive in ARDesk must not keep a working PostgreSQL login: with psql (or
    // ARDesk) it would still read and write all its roles allow.
    QVERIFY(!m_imported.isEmpty());
    const QString db = dbName(m_imported);
    const QString login = QStringLiteral("nina.park");
    const QString password = QStringLiteral("Nina-pw-2026");
    QVERIFY2(!directGroups(login).isEmpty(), "needs the user added above");
    const auto stored = [&] {
        return m_cluster
                .psql(db, QStringLiteral("SELECT active FROM users WHERE name = 'nina.park'"))
                .trimmed();
    };
    const auto connects = [&] { return psqlAs(login, db, QStringLiteral("SELECT 1"), password); };
    QVERIFY2(connects().ok, qPrintable(connects().output));

    // Without CREATEROLE the deactivation is refused whole: she stays active, her login works.
    QVERIFY(!m_cluster.psql(db, QStringLiteral("ALTER ROLE admin NOCREATEROLE")).isNull());
    const CliRun refused = setNinaActive(false);
    QVERIFY2(refused.exitCode == 1 && refused.errText().contains(QStringLiteral("CREATEROLE")),
             qPrintable(refused.describe()));
    QCOMPARE(stored(), QStringLiteral("1"));
    QVERIFY(connects().ok);

    // With CREATEROLE, but no right to end another login's sessions: the server refuses her
    // from the commit on; the session she has open is left, and ARDesk says so.
    QVERIFY(!m_cluster.psql(db, QStringLiteral("ALTER ROLE admin CREATEROLE")).isNull());
    auto open = openSession(login, db, password, QStringLiteral("SELECT pg_sleep(120)"));
    QTRY_COMPARE_WITH_TIMEOUT(ninasSessions(), QStringLiteral("1"), 10000);
    const CliRun off = setNinaActive(false);
    QVERIFY2(off.exitCode == 0, qPrintable(off.describe()));
    QVERIFY2(off.out.contains("The login nina.park may not connect to the server (NOLOGIN)")
                     && off.out.contains("1 session of the login nina.park stays connected")
                     && off.out.contains("pg_signal_backend"),
             qPrintable(off.describe()));
    QCOMPARE(stored(), QStringLiteral("0"));
    const PsqlRun shut = connects();
    QVERIFY2(!shut.ok && shut.output.contains(QStringLiteral("not permitted to log in")),
             qPrintable(shut.output));
    QCOMPARE(open->state(), QProcess::Running);
    QCOMPARE(ninasSessions(), QStringLiteral("1"));
    const QString audit = m_cluster
                                  .psql(db,
                                        QStringLiteral("SELECT after_json FROM audit_log WHERE "
                                                       "entity = 'user' AND action = 'update' "
                                                       "AND after_json LIKE '%nina.park%' "
                                                       "ORDER BY id DESC LIMIT 1"))
                                  .trimmed();
    QVERIFY2(audit.contains(QStringLiteral("\"login_may_connect\":false"))
                     && audit.contains(QStringLiteral("\"login_sessions_open\":1"))
                     && audit.contains(QStringLiteral("\"login_sessions_left\"")),
             qPrintable(audit));
    m_cluster.psql(db,
                   QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE usename = 'nina.park'"));
    QVERIFY(open->waitForFinished(10000));
    QTRY_COMPARE_WITH_TIMEOUT(ninasSessions(), QStringLiteral("0"), 10000);

    // Active again: so is her login, with the same password.
    const CliRun on = setNinaActive(true);
    QVERIFY2(on.exitCode == 0
                     && on.out.contains("The login nina.park may connect to the server again"),
             qPrintable(on.describe()));
    QCOMPARE(stored(), QStringLiteral("1"));
    QVERIFY2(connects().ok, qPrintable(connects().output));
}

void TestCliTeamMove::deactivatingEndsTheLoginsSessionsWhenTheAdminMay()
{
    // An admin login that may signal backends (pg_signal_backend): her open session ends with
    // the deactivation, once it is committed.
    QVERIFY(!m_imported.isEmpty());
    const QString db = dbName(m_imported);
    const QString login = QStringLiteral("nina.park");
    const QString password = QStringLiteral("Nina-pw-2026");
    QVERIFY(!m_cluster.psql(db, QStringLiteral("ALTER ROLE admin CREATEROLE")).isNull());
    QVERIFY(!m_cluster.psql(db, QStringLiteral("GRANT pg_signal_backend TO admin")).isNull());
    auto open = openSession(login, db, password, QStringLiteral("SELECT pg_sleep(120)"));
    QTRY_COMPARE_WITH_TIMEOUT(ninasSessions(), QStringLiteral("1"), 10000);
    const CliRun ended = setNinaActive(false);
    QVERIFY2(ended.exitCode == 0
                     && ended.out.contains("Ended 1 open session of the login nina.park"),
             qPrintable(ended.describe()));
    QVERIFY(open->waitForFinished(10000));
    QVERIFY2(QString::fromUtf8(open->readAll())
                     .contains(QStringLiteral("terminating connection due to administrator")),
             "her session was ended by the server");
    QCOMPARE(ninasSessions(), QStringLiteral("0"));
    QVERIFY(!psqlAs(login, db, QStringLiteral("SELECT 1"), password).ok);

    // A user added inactive gets a login that may not connect.
    const CliRun inactive = cliAs(QStringLiteral("admin"),
                                  {QStringLiteral("user"), QStringLiteral("add"),
                                   QStringLiteral("otto.vance"), QStringLiteral("--role"),
                                   QStringLiteral("clerk"), QStringLiteral("--inactive")});
    QVERIFY2(inactive.exitCode == 0
                     && inactive.out.contains("Created the login otto.vance without a password")
                     && inactive.out.contains("otto.vance may not connect to the server"),
             qPrintable(inactive.describe()));
    QCOMPARE(m_cluster
                     .psql(db,
                           QStringLiteral("SELECT rolcanlogin::int FROM pg_roles WHERE rolname = "
                                          "'otto.vance'"))
                     .trimmed(),
             QStringLiteral("0"));

    // As before, for the tests after this one.
    QVERIFY(!m_cluster.psql(db, QStringLiteral("REVOKE pg_signal_backend FROM admin")).isNull());
    QVERIFY(setNinaActive(true).exitCode == 0);
    QVERIFY(!m_cluster.psql(db, QStringLiteral("ALTER ROLE admin NOCREATEROLE")).isNull());
}

void TestCliTeamMove::clerkLoginMayPromiseButNotWriteOff()
{
    QVERIFY(!m_imported.isEmpty());
    const QString db = dbName(m_imported);
    const QString clerk = QStringLiteral("sam.lee");
    const PsqlRun promise = psqlAs(clerk, db,
                                   QStringLiteral("INSERT INTO promises (client_id, amount_minor, "
                                                  "currency, promised_date, created_at) "
                                                  "SELECT id, 100, currency, '2026-12-20', "
                                                  "'2026-12-06T10:00:00.000Z' FROM clients "
                                                  "ORDER BY id LIMIT 1 RETURNING id"));
    QVERIFY2(promise.ok && promise.output.toLongLong() > 0, qPrintable(promise.output));
    const PsqlRun writeOff = psqlAs(
            clerk, db,
            QStringLiteral(
                    "INSERT INTO invoice_adjustments (invoice_id, kind, amount_minor, adjust_date, "
                    "created_at) SELECT id, 'write_off', 1, '2026-12-06', "
                    "'2026-12-06T10:00:00.000Z' "
                    "FROM invoices LIMIT 1"));
    QVERIFY2(!writeOff.ok && writeOff.output.contains(QStringLiteral("permission denied")),
             qPrintable(writeOff.output));
    const PsqlRun manager = psqlAs(QStringLiteral("amelia.clark"), db,
                                   QStringLiteral("BEGIN; INSERT INTO invoice_adjustments "
                                                  "(invoice_id, kind, amount_minor, adjust_date, "
                                                  "created_at) SELECT id, 'write_off', 1, "
                                                  "'2026-12-06', '2026-12-06T10:00:00.000Z' "
                                                  "FROM invoices LIMIT 1; ROLLBACK"));
    QVERIFY2(manager.ok, qPrintable(manager.output));
}

void TestCliTeamMove::clerkLoginLogsACallWithAPromiseThroughArdesk()
{
    // ARDesk connected as the clerk's own login: the database lets through what the core does.
    QVERIFY(!m_imported.isEmpty());
    QString asClerk = m_imported;
    asClerk.replace(m_cluster.superuser() + u'@', QStringLiteral("dana.ortiz@"));
    const CliRun clients
            = cli({QStringLiteral("--db"), asClerk, QStringLiteral("--json"),
                   QStringLiteral("clients"), QStringLiteral("--limit"), QStringLiteral("1"),
                   QStringLiteral("--filter"), QStringLiteral("")});
    QVERIFY2(clients.exitCode == 0, qPrintable(clients.describe()));
    const QString code = QJsonDocument::fromJson(clients.out)
                                 .array()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
    const CliRun note
            = cli({QStringLiteral("--db"), asClerk, QStringLiteral("--user"),
                   QStringLiteral("dana.ortiz"), QStringLiteral("note"), QStringLiteral("add"),
                   QStringLiteral("--client"), code, QStringLiteral("--channel"),
                   QStringLiteral("call"), QStringLiteral("--text"),
                   QStringLiteral("Will pay on Friday"), QStringLiteral("--promise"),
                   QStringLiteral("10.00:2030-01-04"), QStringLiteral("--outcome"),
                   QStringLiteral("reached"), QStringLiteral("--no-follow-up")});
    QVERIFY2(note.exitCode == 0, qPrintable(note.describe()));
    // A sales login logs a call as herself through ARDesk too.
    QString asSales = m_imported;
    asSales.replace(m_cluster.superuser() + u'@', QStringLiteral("lena.fox@"));
    const CliRun call = cli(
            {QStringLiteral("--db"), asSales, QStringLiteral("--user"), QStringLiteral("lena.fox"),
             QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--client"), code,
             QStringLiteral("--channel"), QStringLiteral("call"), QStringLiteral("--text"),
             QStringLiteral("Asked about the hold"), QStringLiteral("--outcome"),
             QStringLiteral("reached"), QStringLiteral("--no-follow-up")});
    QVERIFY2(call.exitCode == 0, qPrintable(call.describe()));
    const CliRun verify = cli({QStringLiteral("--db"), m_imported, QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
}

void TestCliTeamMove::grantsFollowTheCorePermissionTable()
{
    // The core's table, spelled as table privileges (TeamRoles::privilegesOf), against what the
    // server says each group may do; and no group may write anything the table does not name.
    QVERIFY(!m_imported.isEmpty());
    const QString db = dbName(m_imported);
    QMap<QString, UserRoles> needed; // "table INSERT" -> the roles some permission grants it to
    for (Permission p : Permissions::all())
        for (const TeamRoles::TablePrivilege &tp : TeamRoles::privilegesOf(p))
            needed[tp.table + u' ' + tp.privilege] |= Permissions::grantedBy(p);
    const QString rows = m_cluster.psql(
            db,
            QStringLiteral("SELECT g || ' ' || t.tablename || ' ' || p || ' ' || "
                           "has_table_privilege(g, quote_ident(t.tablename), p)::int "
                           "FROM "
                           "unnest(ARRAY['ardesk_sales','ardesk_clerk','ardesk_manager','ardesk_"
                           "admin']) g, "
                           "pg_tables t, unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE']) p "
                           "WHERE t.schemaname = 'public' ORDER BY 1"));
    QVERIFY(!rows.isNull());
    int checked = 0;
    for (const QString &line : rows.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList w = line.split(u' ');
        QCOMPARE(w.size(), 4);
        const QString group = w[0], table = w[1], privilege = w[2];
        const bool has = w[3] == QLatin1String("1");
        UserRole role = UserRole::Sales;
        for (UserRole r : allUserRoles())
            if (TeamRoles::groupOf(r) == group)
                role = r;
        bool expected = false;
        if (privilege == QLatin1String("SELECT"))
            expected = Permissions::allows(role, Permission::ReadRecord);
        else
            expected = needed.value(table + u' ' + privilege).testFlag(role);
        QVERIFY2(has == expected,
                 qPrintable(QStringLiteral("%1 %2 %3: the database says %4")
                                    .arg(group, privilege, table,
                                         has ? QStringLiteral("yes") : QStringLiteral("no"))));
        ++checked;
    }
    QVERIFY(checked > 4 * 4 * 30);
    // Every table the permission table names exists.
    for (auto it = needed.cbegin(); it != needed.cend(); ++it)
        QVERIFY2(rows.contains(u' ' + it.key() + u' '), qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(TestCliTeamMove)
#include "tst_cliteammove.moc"
