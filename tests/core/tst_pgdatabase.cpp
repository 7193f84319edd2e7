// SPDX-License-Identifier: MIT
// Team databases on a real PostgreSQL server the test starts itself (tests/support/pgcluster.*):
// the harness cleans up after itself, Database::open creates, checks and refuses team databases
// as it does company files, and the nestable write transaction behaves the same on both
// dialects.
#include "support/pgcluster.h"
#include "support/testsupport.h"

#include "core/storage/database.h"
#include "core/storage/databaseurl.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"

#include "core/domain/user.h"
#include "core/storage/sql.h"

#include <QDir>
#include <QProcess>

using namespace ardesk;
using ardesk::test::PgCluster;

namespace {

/// Whether a server accepts connections on 127.0.0.1:`port` (pg_isready's verdict).
bool serverAnswers(int port)
{
    return QProcess::execute(PgCluster::binDir() + QStringLiteral("/pg_isready"),
                             {QStringLiteral("-q"), QStringLiteral("-h"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                              QString::number(port)})
            == 0;
}

} // namespace

class TestPgDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clusterIsGoneWhenDestroyed();
    void addressWithPasswordOrUnknownParameterIsRefused();
    void newTeamDatabaseGetsTheLatestSchema();
    void emptyDatabaseNeedsInitBeforeOpening();
    void databaseOfAnotherApplicationIsRefused();
    void newerSchemaIsRefused();
    void upgradeByALoginThatMayNotCreateRolesIsRefusedSayingWhoMay();
    void upgradeStepRefusedForLackOfPrivilegeSaysWhoRunsUpgrades();
    void innerTransactionFailureKeepsOuterWork();
    void failedStatementMakesCommitFail();
    void recordStaysAppendOnlyInTheDatabase();

private:
    /// A new empty database on the cluster and its URL.
    QString freshDatabase();
    PgCluster m_cluster;
    int m_databases = 0;
};

void TestPgDatabase::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
}

QString TestPgDatabase::freshDatabase()
{
    const QString name = QStringLiteral("db%1").arg(++m_databases);
    if (!m_cluster.createDatabase(name))
        return QString();
    return m_cluster.url(name);
}

void TestPgDatabase::clusterIsGoneWhenDestroyed()
{
    QString folder;
    int port = 0;
    {
        PgCluster cluster;
        QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
        port = cluster.port();
        QVERIFY(cluster.createDatabase(QStringLiteral("scratch")));
        QCOMPARE(cluster.psql(QStringLiteral("scratch"), QStringLiteral("SELECT 40 + 2")).trimmed(),
                 QStringLiteral("42"));
        QVERIFY(serverAnswers(port));
        folder = cluster.psql(QStringLiteral("scratch"), QStringLiteral("SHOW data_directory"))
                         .trimmed();
        QVERIFY(QDir(folder).exists());
    }
    QVERIFY2(!QDir(folder).exists(), qPrintable(folder));
    QVERIFY(!serverAnswers(port));
}

void TestPgDatabase::addressWithPasswordOrUnknownParameterIsRefused()
{
    auto withPassword = Database::open(
            QStringLiteral("postgresql://ann:secret@127.0.0.1:%1/x").arg(m_cluster.port()));
    QVERIFY(!withPassword);
    QCOMPARE(withPassword.error().code, ErrorCode::InvalidValue);
    QVERIFY2(withPassword.errorString().contains(QLatin1String("PGPASSWORD")),
             qPrintable(withPassword.errorString()));
    QVERIFY(!withPassword.errorString().contains(QLatin1String("secret")));

    auto unknown = DatabaseUrl::parse(QStringLiteral("postgresql://ann@host/db?ssl=1"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorString().contains(QLatin1String("\"ssl\"")),
             qPrintable(unknown.errorString()));
    auto badMode = DatabaseUrl::parse(QStringLiteral("postgresql://ann@host/db?sslmode=maybe"));
    QVERIFY(!badMode);
    QVERIFY(badMode.errorString().contains(QLatin1String("maybe")));
    auto noCa = DatabaseUrl::parse(QStringLiteral(
            "postgresql://ann@host/db?sslmode=verify-full&sslrootcert=/nonexistent.pem"));
    QVERIFY(!noCa);
    QVERIFY(noCa.errorString().contains(QLatin1String("/nonexistent.pem")));
    auto noDatabase = DatabaseUrl::parse(QStringLiteral("postgresql://ann@host:5432/"));
    QVERIFY(!noDatabase);
    QVERIFY(noDatabase.errorString().contains(QLatin1String("database name")));

    auto good = DatabaseUrl::parse(
            QStringLiteral("postgresql://ann@db.example:6543/acme?sslmode=require"));
    VERIFY_OK(good);
    QCOMPARE(good.value().port(), 6543);
    QCOMPARE(good.value().databaseName(), QStringLiteral("acme"));
    QVERIFY(good.value().connectOptions().contains(QLatin1String("sslmode=require")));
}

void TestPgDatabase::newTeamDatabaseGetsTheLatestSchema()
{
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    auto db = Database::open(url, Database::OpenMode::CreateIfMissing);
    VERIFY_OK(db);
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.value()->path(), url);
    const QString name = url.section(u'/', -1);
    QCOMPARE(m_cluster.psql(name, QStringLiteral("SELECT version FROM ardesk_schema")).trimmed(),
             QString::number(Database::latestSchemaVersion()));
    // The defaults were seeded as in a new file, and the database reopens.
    QVERIFY(m_cluster.psql(name, QStringLiteral("SELECT count(*) FROM templates")).trimmed().toInt()
            > 0);
    db.value().reset();
    auto again = Database::open(url);
    VERIFY_OK(again);
    QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestPgDatabase::emptyDatabaseNeedsInitBeforeOpening()
{
    const QString url = freshDatabase();
    auto db = Database::open(url);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY2(db.errorString().contains(QLatin1String("init")), qPrintable(db.errorString()));
    // Nothing was written.
    QCOMPARE(m_cluster
                     .psql(url.section(u'/', -1),
                           QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                          "'public'"))
                     .trimmed(),
             QStringLiteral("0"));
}

void TestPgDatabase::databaseOfAnotherApplicationIsRefused()
{
    const QString url = freshDatabase();
    const QString name = url.section(u'/', -1);
    QVERIFY(!m_cluster.psql(name, QStringLiteral("CREATE TABLE orders (id int)")).isNull());
    auto db = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::NotACompanyFile);
    QVERIFY2(db.errorString().contains(QLatin1String("not an ARDesk team database")),
             qPrintable(db.errorString()));
    QCOMPARE(
            m_cluster.psql(name, QStringLiteral("SELECT to_regclass('clients') IS NULL")).trimmed(),
            QStringLiteral("t"));
}

void TestPgDatabase::newerSchemaIsRefused()
{
    const QString url = freshDatabase();
    VERIFY_OK(Database::open(url, Database::OpenMode::CreateIfMissing));
    const QString name = url.section(u'/', -1);
    QVERIFY(!m_cluster.psql(name, QStringLiteral("UPDATE ardesk_schema SET version = 999"))
                     .isNull());
    auto db = Database::open(url);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::NewerSchema);
    QVERIFY(db.errorString().contains(QLatin1String("999")));
}

void TestPgDatabase::upgradeByALoginThatMayNotCreateRolesIsRefusedSayingWhoMay()
{
    // A team database from before the database's own roles (version 17), made and used by its
    // owner's login, as docs/team-mode.md set one up then: an ordinary login owning the database.
    const QString name = QStringLiteral("up17");
    QVERIFY(!m_cluster
                     .psql(QStringLiteral("postgres"),
                           QStringLiteral("CREATE ROLE acme_owner LOGIN"))
                     .isNull());
    QVERIFY(!m_cluster
                     .psql(QStringLiteral("postgres"),
                           QStringLiteral("CREATE DATABASE up17 OWNER acme_owner ENCODING 'UTF8' "
                                          "TEMPLATE template0"))
                     .isNull());
    QVERIFY(!m_cluster.psql(name, QStringLiteral("CREATE EXTENSION unaccent")).isNull());
    QString url = m_cluster.url(name);
    url.replace(m_cluster.superuser() + u'@', QStringLiteral("acme_owner@"));
    Database::Options older;
    older.mode = Database::OpenMode::CreateIfMissing;
    older.targetSchemaVersion = 17;
    VERIFY_OK(Database::open(url, older));

    // A new company by that owner alone (no CREATEROLE) is refused the same way, leaving nothing.
    QVERIFY(!m_cluster
                     .psql(QStringLiteral("postgres"),
                           QStringLiteral("CREATE DATABASE owned OWNER acme_owner ENCODING 'UTF8' "
                                          "TEMPLATE template0"))
                     .isNull());
    QVERIFY(!m_cluster.psql(QStringLiteral("owned"), QStringLiteral("CREATE EXTENSION unaccent"))
                     .isNull());
    QString newUrl = m_cluster.url(QStringLiteral("owned"));
    newUrl.replace(m_cluster.superuser() + u'@', QStringLiteral("acme_owner@"));
    auto notCreated = Database::open(newUrl, Database::OpenMode::CreateIfMissing);
    QVERIFY(!notCreated);
    QVERIFY2(notCreated.errorString().contains(QLatin1String("CREATEROLE"))
                     && notCreated.errorString().contains(QLatin1String("team init")),
             qPrintable(notCreated.errorString()));
    QCOMPARE(m_cluster
                     .psql(QStringLiteral("owned"),
                           QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                          "'public'"))
                     .trimmed(),
             QStringLiteral("0"));

    // This ARDesk needs 18+: the owner alone (no CREATEROLE) may not make the group roles.
    auto refused = Database::open(url);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    const QString why = refused.errorString();
    QVERIFY2(why.contains(QLatin1String("schema version 17"))
                     && why.contains(QLatin1String("CREATEROLE"))
                     && why.contains(QLatin1String("acme_owner"))
                     && why.contains(QLatin1String("nothing was changed")),
             qPrintable(why));
    QCOMPARE(m_cluster.psql(name, QStringLiteral("SELECT version FROM ardesk_schema")).trimmed(),
             QStringLiteral("17"));

    // The owner given CREATEROLE by a superuser upgrades it.
    QVERIFY(!m_cluster.psql(name, QStringLiteral("ALTER ROLE acme_owner CREATEROLE")).isNull());
    auto upgraded = Database::open(url);
    VERIFY_OK(upgraded);
    QCOMPARE(upgraded.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestPgDatabase::upgradeStepRefusedForLackOfPrivilegeSaysWhoRunsUpgrades()
{
    // A clerk's login opening a team database an older ARDesk left behind (version 18): the next
    // step needs the tables' owner; PostgreSQL's refusal comes with who runs upgrades.
    const QString url = freshDatabase();
    QVERIFY(!url.isEmpty());
    Database::Options older;
    older.mode = Database::OpenMode::CreateIfMissing;
    older.targetSchemaVersion = 18; // 19 adds triggers: only the tables' owner may
    QVERIFY(Database::latestSchemaVersion() > 18);
    VERIFY_OK(Database::open(url, older));
    const QString name = url.section(u'/', -1);
    QVERIFY(!m_cluster
                     .psql(name,
                           QStringLiteral("DROP ROLE IF EXISTS clerk_kim; CREATE ROLE "
                                          "clerk_kim LOGIN IN ROLE ardesk_clerk"))
                     .isNull());
    QString asClerk = url;
    asClerk.replace(m_cluster.superuser() + u'@', QStringLiteral("clerk_kim@"));
    auto refused = Database::open(asClerk);
    QVERIFY(!refused);
    const QString why = refused.errorString();
    QVERIFY2(why.contains(QLatin1String("clerk_kim"))
                     && why.contains(QLatin1String("upgrades of a team database are run by the "
                                                   "owner of its tables"))
                     && why.contains(QLatin1String("nothing was changed")),
             qPrintable(why));
    QCOMPARE(m_cluster.psql(name, QStringLiteral("SELECT version FROM ardesk_schema")).trimmed(),
             QString::number(older.targetSchemaVersion));
}

void TestPgDatabase::innerTransactionFailureKeepsOuterWork()
{
    const QString url = freshDatabase();
    auto opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    VERIFY_OK(opened);
    Database &db = *opened.value();
    auto ensure = [&](const QString &user) -> Result<void> {
        if (auto u = UserRepository(db).ensure(user, UserRole::Clerk); !u)
            return u.error();
        return {};
    };
    auto outer = inTransaction(db, [&]() -> Result<void> {
        if (auto u = ensure(QStringLiteral("ann")); !u)
            return u;
        // The inner one fails on the database (a second user whose name differs in case only):
        // only its part is undone; the outer transaction goes on and commits.
        auto inner = inTransaction(db, [&]() -> Result<void> {
            if (auto u = ensure(QStringLiteral("bob")); !u)
                return u;
            auto duplicate = sql::write(db.connection(),
                                        QStringLiteral("INSERT INTO users (name, role, created_at) "
                                                       "VALUES (?, 'clerk', "
                                                       "'2026-01-01T00:00:00.000Z')"),
                                        {QStringLiteral("ANN")});
            if (!duplicate)
                return duplicate.error();
            return {};
        });
        if (inner)
            return makeError(ErrorCode::Database, QStringLiteral("the duplicate was accepted"));
        if (inner.error().code != ErrorCode::Conflict)
            return inner.error();
        return ensure(QStringLiteral("cy"));
    });
    VERIFY_OK(outer);
    const QString name = url.section(u'/', -1);
    QCOMPARE(m_cluster
                     .psql(name,
                           QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) "
                                          "FROM users"))
                     .trimmed(),
             QStringLiteral("ann,cy"));
}

void TestPgDatabase::failedStatementMakesCommitFail()
{
    const QString url = freshDatabase();
    auto opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    VERIFY_OK(opened);
    Database &db = *opened.value();
    WriteTransaction tx(db);
    VERIFY_OK(tx.begin());
    VERIFY_OK(UserRepository(db).ensure(QStringLiteral("dora"), UserRole::Clerk));
    // A failed statement outside any savepoint voids PostgreSQL's transaction: the commit must
    // say so rather than report success for work that was thrown away.
    QVERIFY(!sql::exec(db.connection(), QStringLiteral("SELECT * FROM no_such_table")));
    auto committed = tx.commit();
    QVERIFY(!committed);
    QVERIFY2(committed.errorString().contains(QLatin1String("saving failed")),
             qPrintable(committed.errorString()));
    QVERIFY(!WriteTransaction::isInTransaction(db.connection()));
    QCOMPARE(m_cluster.psql(url.section(u'/', -1), QStringLiteral("SELECT count(*) FROM users"))
                     .trimmed(),
             QStringLiteral("0"));
}

void TestPgDatabase::recordStaysAppendOnlyInTheDatabase()
{
    const QString url = freshDatabase();
    VERIFY_OK(Database::open(url, Database::OpenMode::CreateIfMissing));
    const QString name = url.section(u'/', -1);
    // Even the superuser, with psql, cannot rewrite the chain.
    QVERIFY(!m_cluster
                     .psql(name,
                           QStringLiteral("INSERT INTO record_chain (kind, entry_id, "
                                          "prev_hash, hash) VALUES ('revision', 1, 'a', "
                                          "'b')"))
                     .isNull());
    QVERIFY(m_cluster.psql(name, QStringLiteral("UPDATE record_chain SET hash = 'x'")).isNull());
    QVERIFY2(m_cluster.errorString().contains(QLatin1String("the record chain is append-only")),
             qPrintable(m_cluster.errorString()));
    QVERIFY(m_cluster.psql(name, QStringLiteral("DELETE FROM record_chain")).isNull());
    QVERIFY(m_cluster.psql(name, QStringLiteral("TRUNCATE record_chain CASCADE")).isNull());
    QCOMPARE(m_cluster.psql(name, QStringLiteral("SELECT hash FROM record_chain")).trimmed(),
             QStringLiteral("b"));
}

QTEST_GUILESS_MAIN(TestPgDatabase)
#include "tst_pgdatabase.moc"
