// SPDX-License-Identifier: MIT
#include "core/storage/database.h"

#include "core/storage/besidethread.h"

#include "core/storage/companysettings.h"
#include "core/storage/policyrepository.h"
#include "core/storage/promiseoutcomes.h"
#include "core/storage/schemacheck.h"
#include "core/storage/sqliteheader.h"
#include "core/storage/teamcredentials.h"
#include "core/storage/teamroles.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"
#include "core/support/log.h"
#include "core/support/timeutil.h"

#include <atomic>
#include <string>

#include <sqlite3.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>
#include <QtEndian>

namespace ardesk {
namespace {

// Each migration is applied in one transaction; the list index + 1 is the schema version. Each
// dialect has its own script of every version: resources/sql/sqlite/, resources/sql/postgresql/.
const char *const kMigrations[] = {
        "0001_ledger.sql",
        "0002_record.sql",
        "0003_mail_workflow.sql",
        "0004_search.sql",
        "0005_queue_indexes.sql",
        "0006_lean_ledger_checks.sql",
        "0007_note_drafts.sql",
        "0008_invoice_documents.sql",
        "0009_next_contact_from_tasks.sql",
        "0010_call_attempts.sql",
        "0011_clerk_voice.sql",
        "0012_user_roles.sql",
        "0013_audit_client.sql",
        "0014_kpi_indexes.sql",
        "0015_chain_forms.sql",
        "0016_ar_history.sql",
        "0017_promise_made_index.sql",
        "0018_team_grants.sql",
        "0019_change_notifications.sql",
        "0020_promise_outcomes.sql",
        "0021_open_invoices_by_client.sql",
        "0022_schema_record.sql",
        "0023_queue_covering_indexes.sql",
};

QString migrationResource(Dialect dialect, int version)
{
    return QStringLiteral(":/ardesk/sql/%1/%2")
            .arg(dialect == Dialect::PostgreSQL ? QStringLiteral("postgresql")
                                                : QStringLiteral("sqlite"),
                 QString::fromLatin1(kMigrations[version - 1]));
}
// A migration that rebuilds tables says so on one line; it runs with foreign keys off (a table
// that others refer to cannot be dropped otherwise) and must pass foreign_key_check to commit.
constexpr const char kRebuildsTablesMarker[] = "-- ardesk:rebuilds-tables";

std::atomic<quint64> g_instanceCounter {0};

void judgeMarkedPromises(Database &db)
{
    // The promises a migration left to judge (0020: all of them), in a transaction whose commit
    // judges them (WriteTransaction::commit). Until then a report judges them as it reads; a
    // reader not allowed to write them (a team database's sales login) leaves them to the next.
    auto marked = PromiseOutcomes(db).anyMarked();
    if (!marked || !marked.value())
        return;
    if (auto r = inTransaction(db, []() -> Result<void> { return {}; }); !r)
        log::warning(Database::tr("%1: could not judge the promises to pay: %2")
                             .arg(db.path(), r.errorString()));
}

/// Less free space than this on the company file's drive, and an open that fails, is a full disk.
constexpr qint64 kDiskFullBytes = 1024 * 1024;

// Every live connection a Database opened, by connection name: which Database it belongs to
// (Database::clockOf) and the statements prepared on it (Database::cachedStatement). A
// connection is used by one thread only; the mutex guards the table, not the queries.
struct ConnectionEntry
{
    const Database *owner = nullptr;
    QHash<QString, std::shared_ptr<Database::CachedStatement>> statements;
};
std::mutex g_ownersMutex;
QHash<QString, ConnectionEntry> g_owners;

/// Takes a connection out of the table; its cached statements are finalized before the caller
/// closes it.
void forgetConnection(const QString &name)
{
    ConnectionEntry entry;
    {
        std::lock_guard owners(g_ownersMutex);
        entry = g_owners.take(name);
    }
    entry.statements.clear();
}

// SQLite reports every statement that meets a damaged page or a file that is not a database to
// its error log: the thread keeps the first such message until Database::damageOf() attributes it
// to the connection's company file (one connection per thread, so the statement was on it).
thread_local std::string t_corruptionSeen;

void onSqliteLog(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if ((primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) && t_corruptionSeen.empty())
        t_corruptionSeen = message ? message : "database disk image is malformed";
}

void installSqliteLog()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Only possible before SQLite initialises, i.e. before the first connection opens.
        if (sqlite3_config(SQLITE_CONFIG_LOG, &onSqliteLog, nullptr) != SQLITE_OK)
            log::warning(QStringLiteral("SQLite's error log could not be watched: damage met by "
                                        "a statement is noticed by verify only"));
    });
}

/// Why this user may not write the company file at `path` (empty: it may): SQLite writes its
/// log files beside the file, so the folder must be writable too. access() asks the kernel, so a
/// read-only mount and missing permissions are both seen (root included, for the former).
QString notWritableReason(const QString &path)
{
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (file.exists() && ::access(QFile::encodeName(path).constData(), W_OK) != 0)
        return Database::tr("%1 is not writable for you: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
        return Database::tr("the folder %1 is not writable for you (%2), and SQLite writes its "
                            "log beside the company file")
                .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
    return QString();
}

Error dbError(const QString &what, const QSqlError &e)
{
    return makeError(ErrorCode::Database, what + QStringLiteral(": ") + e.text());
}

enum class Access { ReadWrite, Inspect };

Result<QSqlDatabase> openSqlite(const QString &name, const QString &path, Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (access == Access::Inspect) {
        // immutable=1: SQLite creates no -wal/-shm files and takes no locks, so inspecting a
        // file we may refuse leaves it (and its folder) exactly as it was.
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError e = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return dbError(Database::tr("cannot open %1").arg(path), e);
    }
    return db;
}

Result<QSqlDatabase> openPostgres(const QString &name, const DatabaseUrl &url)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.databaseName());
    // The password the window was given or can read again (TeamCredentials), else none: libpq
    // reads PGPASSWORD or ~/.pgpass.
    db.setUserName(url.user());
    QString password = TeamCredentials::password(url.toString());
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(url.connectOptions());
    // numeric (sum() of BIGINT minor units) as exact text, never as a double.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    const bool opened = db.open();
    // Used once: the connection keeps no copy (Qt would hold it for a reopen nobody does).
    db.setPassword(QString());
    TeamCredentials::wipe(password);
    if (!opened) {
        const QSqlError e = db.lastError();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::Database,
                         Database::tr("cannot connect to the team database %1: %2")
                                 .arg(url.toString(),
                                      e.databaseText().trimmed().isEmpty()
                                              ? e.text()
                                              : e.databaseText().trimmed()));
    }
    return db;
}

// The session every team connection starts with: quiet notices, UTC (stored times are text
// anyway), and the server's own statement timeout off.
constexpr const char kPostgresSession[] = "SET client_min_messages = warning; SET TIME ZONE 'UTC';";

/// PRAGMA foreign_key_check on `q`'s connection: empty when every row points to a row that
/// exists and every foreign key names a real column.
QString foreignKeyProblem(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Database::tr("SQLite's foreign key check failed: %1").arg(q.lastError().text());
    if (q.next())
        return Database::tr("SQLite's foreign key check: a %1 row refers to a missing %2 row")
                .arg(q.value(0).toString(), q.value(2).toString());
    return QString();
}
} // namespace

Result<void> execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return dbError(sql.left(60), q.lastError());
    return {};
}

Database::Database(QString path, Dialect dialect)
    : m_path(std::move(path))
    , m_dialect(dialect)
    , m_instance(++g_instanceCounter)
{ }

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    if (m_dialect == Dialect::PostgreSQL)
        return openPostgres(name, m_url);
    // A file found damaged at open is read without locks or a write-ahead log: nothing, not
    // even SQLite's own housekeeping, writes to it.
    return openSqlite(name, m_path, m_readOnly ? Access::Inspect : Access::ReadWrite);
}

Database::~Database()
{
    {
        // First: its task may be asking for its connection (m_mutex).
        std::lock_guard beside(m_besideMutex);
        m_beside.reset();
    }
    std::lock_guard lock(m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        forgetConnection(name);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::serverAddress() const
{
    if (m_dialect != Dialect::PostgreSQL)
        return QString();
    return QStringLiteral("%1:%2").arg(m_url.host()).arg(m_url.port());
}

bool Database::isConnectionLost() const
{
    if (m_dialect != Dialect::PostgreSQL)
        return false;
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return m_unreachable;
    return sql::connectionBroken(QSqlDatabase::database(name, false));
}

QString Database::connectionLostMessage(const QString &server)
{
    return tr("the connection to the team database %1 is lost: nothing was saved; save again "
              "once it is back")
            .arg(server);
}

int Database::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

int Database::storedSchemaVersion(const QString &path)
{
    // PRAGMA user_version lives at offset 60 of the 100-byte header, big-endian (what the
    // read-only look in preflight() sees too).
    if (DatabaseUrl::isUrl(path))
        return -1; // read when it opens; a team database migrates on the server
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return -1;
    return int(qFromBigEndian<quint32>(header.constData() + 60));
}

bool Database::isNetworkFilesystemType(long fsType)
{
    switch (static_cast<unsigned long>(fsType) & 0xFFFFFFFFul) {
    case 0x6969: // NFS
    case 0x517B: // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x5346414F: // AFS
    case 0x01021997: // 9P (v9fs)
    case 0x00C36400: // Ceph
    case 0x47504653: // GPFS
    case 0x0BD00BD0: // Lustre
    case 0x564C: // NCP
    case 0x7461636F: // OCFS2
    case 0x65735546: // FUSE (sshfs, davfs, ...): treated as remote
        return true;
    default:
        return false;
    }
}

bool Database::isOnNetworkFilesystem(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    struct statfs st;
    if (statfs(QFile::encodeName(dir).constData(), &st) != 0)
        return false;
    return isNetworkFilesystemType(long(st.f_type));
}

sqlite3 *Database::rawHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<void> Database::execScript(const QSqlDatabase &db, const QByteArray &sql)
{
    if (sql::dialectOf(db) == Dialect::PostgreSQL)
        return sql::execPostgresScript(db, sql);
    sqlite3 *h = rawHandle(db);
    if (!h)
        return makeError(ErrorCode::Database, tr("not a SQLite connection"));
    char *err = nullptr;
    if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        return makeError(ErrorCode::Database, msg);
    }
    return {};
}

Result<void> Database::preflight(const Options &options, QString *damage) const
{
    const QFileInfo info(m_path);
    if (!options.allowNetworkFilesystem && isOnNetworkFilesystem(m_path))
        return makeError(ErrorCode::NetworkFilesystem,
                         tr("%1 is on a network filesystem. A company file must be on a local "
                            "disk (SQLite files are never shared over a network drive); use team "
                            "mode with a PostgreSQL server to share.")
                                 .arg(m_path));
    if (!info.exists()) {
        if (options.mode == OpenMode::ExistingOnly)
            return makeError(ErrorCode::NotFound,
                             tr("%1 does not exist: there is no company file there; nothing was "
                                "created")
                                     .arg(m_path));
        if (!QFileInfo(info.absolutePath()).isDir())
            return makeError(ErrorCode::Io,
                             tr("the folder %1 does not exist").arg(info.absolutePath()));
        return {};
    }
    if (info.isDir())
        return makeError(ErrorCode::NotACompanyFile, tr("%1 is a folder").arg(m_path));
    if (info.size() == 0) {
        // Only creating a company (init, File > New) may fill an empty file: a company file
        // emptied by a failed copy or sync stays as it is, the evidence of what happened.
        if (options.mode == OpenMode::ExistingOnly)
            return makeError(ErrorCode::NotACompanyFile,
                             tr("%1 is empty (0 bytes): not an ARDesk company file; nothing was "
                                "changed")
                                     .arg(m_path));
        return {};
    }
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::PermissionDenied,
                         tr("cannot read %1: %2").arg(m_path, f.errorString()));
    const QByteArray header = f.read(SqliteHeader::kSize);
    f.close();
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return makeError(
                ErrorCode::NotACompanyFile,
                tr("%1 is not an ARDesk company file (it is not a SQLite database)").arg(m_path));

    // Read-only look inside: application id, schema version, and a readable schema.
    const QString name = QStringLiteral("ardesk-preflight-%1").arg(m_instance);
    Result<void> verdict;
    {
        auto opened = openSqlite(name, m_path, Access::Inspect);
        if (!opened)
            return makeError(ErrorCode::Corrupt, opened.errorString());
        QSqlDatabase db = opened.value();
        QSqlQuery q(db);
        auto scalar = [&](const QString &sql, qint64 *out) {
            if (!q.exec(sql) || !q.next())
                return false;
            *out = q.value(0).toLongLong();
            return true;
        };
        qint64 appId = 0, userVersion = 0, objects = 0;
        if (!scalar(QStringLiteral("PRAGMA application_id"), &appId)
            || !scalar(QStringLiteral("PRAGMA user_version"), &userVersion)
            || !scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &objects)) {
            verdict = makeError(ErrorCode::Corrupt,
                                tr("%1 is damaged and cannot be opened (%2). Restore it from a "
                                   "backup.")
                                        .arg(m_path, q.lastError().text()));
        } else if (quint32(appId) != kApplicationId && (objects > 0 || userVersion != 0)) {
            verdict = makeError(
                    ErrorCode::NotACompanyFile,
                    tr("%1 is a SQLite database but not an ARDesk company file").arg(m_path));
        } else if (userVersion > latestSchemaVersion()) {
            verdict = makeError(ErrorCode::NewerSchema,
                                tr("%1 was written by a newer ARDesk (schema version %2; this "
                                   "version reads up to %3). Update ARDesk to open it.")
                                        .arg(m_path)
                                        .arg(userVersion)
                                        .arg(latestSchemaVersion()));
        } else if (!scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='table' "
                                          "AND rootpage > 0 AND name NOT LIKE 'sqlite_%'"),
                           &objects)) {
            verdict = makeError(ErrorCode::Corrupt,
                                tr("%1 is damaged: %2").arg(m_path, q.lastError().text()));
        } else {
            *damage = SqliteHeader::problem(header, info.size(), walPending);
            // The main file alone is a consistent snapshot only when no log waits beside it.
            const qint64 limit = options.quickCheckLimitBytes < 0 ? kQuickCheckOnOpenBytes
                                                                  : options.quickCheckLimitBytes;
            if (damage->isEmpty() && !walPending && info.size() <= limit)
                *damage = quickCheck(q);
            // verify's other SQLite check, within the same bound: a flipped byte in a table's
            // definition (a foreign key naming a column that is not there) passes the quick
            // check and every statement that does not touch that table.
            if (damage->isEmpty() && !walPending && info.size() <= limit)
                *damage = foreignKeyProblem(q);
            // Every definition as the file's record of them says (only the schema's text is
            // hashed, so whatever the file's size).
            if (damage->isEmpty() && !walPending)
                *damage = SchemaCheck::problem(rawHandle(db));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

QString Database::quickCheck(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return tr("SQLite's quick check failed: %1").arg(q.lastError().text());
    if (!q.next())
        return tr("SQLite's quick check gave no answer");
    const QString first = q.value(0).toString();
    return first == QLatin1String("ok") ? QString() : tr("SQLite's quick check: %1").arg(first);
}

Result<int> Database::readSchemaVersion(const QSqlDatabase &conn) const
{
    QSqlQuery q(conn);
    if (m_dialect == Dialect::SQLite) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return dbError(tr("reading the schema version"), q.lastError());
        return q.value(0).toInt();
    }
    // A team database keeps SQLite's two header fields in a one-row table (0001 creates it).
    if (!q.exec(QStringLiteral("SELECT to_regclass('ardesk_schema') IS NOT NULL")) || !q.next())
        return dbError(tr("reading the schema version"), q.lastError());
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT application_id, version FROM ardesk_schema")))
        return dbError(tr("reading the schema version"), q.lastError());
    if (!q.next())
        return 0;
    if (quint32(q.value(0).toLongLong()) != kApplicationId)
        return makeError(ErrorCode::NotACompanyFile,
                         tr("%1 is not an ARDesk team database").arg(m_path));
    return q.value(1).toInt();
}

Result<void> Database::preflightTeam(const Options &options) const
{
    // Connect and look before anything is written: an ARDesk schema (and not a newer one), or a
    // database with no tables at all that CreateIfMissing may fill.
    const QString name = QStringLiteral("ardesk-preflight-%1").arg(m_instance);
    Result<void> verdict;
    {
        auto opened = openPostgres(name, m_url);
        if (!opened)
            return opened.error();
        QSqlDatabase db = opened.value();
        auto version = readSchemaVersion(db);
        QSqlQuery q(db);
        if (!version) {
            verdict = version.error();
        } else if (version.value() > latestSchemaVersion()) {
            verdict = makeError(ErrorCode::NewerSchema,
                                tr("%1 was written by a newer ARDesk (schema version %2; this "
                                   "version reads up to %3). Update ARDesk to open it.")
                                        .arg(m_path)
                                        .arg(version.value())
                                        .arg(latestSchemaVersion()));
        } else if (version.value() == 0) {
            if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname "
                                       "= current_schema()"))
                || !q.next())
                verdict = dbError(tr("reading %1").arg(m_path), q.lastError());
            else if (q.value(0).toLongLong() > 0)
                verdict = makeError(
                        ErrorCode::NotACompanyFile,
                        tr("%1 holds tables but is not an ARDesk team database").arg(m_path));
            else if (options.mode == OpenMode::ExistingOnly)
                verdict = makeError(ErrorCode::NotFound,
                                    tr("%1 is empty: create the company in it first "
                                       "(ardesk-cli --db URL init)")
                                            .arg(m_path));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    Options o;
    o.mode = mode;
    return open(path, o);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("no company file given"));
    std::shared_ptr<Database> db;
    if (DatabaseUrl::isUrl(path)) {
        auto url = DatabaseUrl::parse(path);
        if (!url)
            return url.error();
        db.reset(new Database(url.value().toString(), Dialect::PostgreSQL));
        db->m_url = url.value();
    } else {
        db.reset(new Database(QFileInfo(path).absoluteFilePath(), Dialect::SQLite));
    }
    if (options.clock)
        db->setClock(options.clock);
    installSqliteLog();
    QString damage;
    if (auto r = db->m_dialect == Dialect::PostgreSQL ? db->preflightTeam(options)
                                                      : db->preflight(options, &damage);
        !r)
        return r.error();
    if (!damage.isEmpty()) {
        log::warning(tr("%1 is damaged (%2): opened read-only").arg(db->m_path, damage));
        db->m_readOnly = true;
        db->markDamaged(damage);
        return openReadOnly(db);
    }
    if (options.readOnly) {
        db->m_readOnly = true;
        return openReadOnly(db);
    }
    if (db->m_dialect == Dialect::SQLite) {
        if (const QString why = notWritableReason(db->m_path); !why.isEmpty()) {
            if (!QFileInfo::exists(db->m_path))
                return makeError(ErrorCode::PermissionDenied,
                                 tr("cannot create %1: %2").arg(db->m_path, why));
            const QFileInfo wal(db->m_path + QStringLiteral("-wal"));
            if (wal.exists() && wal.size() > 0)
                // Saved changes still in the log: only a writable folder lets SQLite read them.
                return makeError(ErrorCode::PermissionDenied,
                                 tr("%1 cannot be opened: %2, and its last saved changes are "
                                    "still in %3 (SQLite needs to write to read them); nothing "
                                    "was changed")
                                         .arg(db->m_path, why, wal.fileName()));
            log::info(tr("%1 opened read-only: %2").arg(db->m_path, why));
            db->m_readOnly = true;
            db->m_notWritable = why;
            return openReadOnly(db);
        }
    }

    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return makeError(ErrorCode::Database, tr("cannot open %1").arg(db->m_path));
    auto stored = db->readSchemaVersion(conn);
    if (!stored) {
        // A full disk: SQLite cannot create the company file's shared-memory index beside it.
        const QStorageInfo volume(QFileInfo(db->m_path).absolutePath());
        if (volume.isValid() && volume.bytesAvailable() < kDiskFullBytes)
            return makeError(ErrorCode::Io,
                             tr("the disk that holds %1 is full (%2 free): it cannot be opened "
                                "until some space is freed; nothing was changed")
                                     .arg(db->m_path,
                                          QLocale::c().formattedDataSize(volume.bytesAvailable())));
        return stored.error();
    }
    db->m_schemaVersion = stored.value();
    const int target
            = options.targetSchemaVersion < 0 ? latestSchemaVersion() : options.targetSchemaVersion;
    // A file with no schema yet is created in one transaction: schema, defaults and the
    // caller's initialise() are all there or none is (a new file's migrations join it).
    const bool creating = db->m_schemaVersion == 0;
    WriteTransaction creation(conn);
    if (creating) {
        if (auto b = creation.begin(); !b)
            return b.error();
    }
    if (db->m_schemaVersion < target) {
        if (auto r = db->migrateTo(target); !r)
            return r.error();
    }
    if (auto r = inTransaction(*db, [&]() { return db->seedDefaults(); }); !r)
        return r.error();
    db->setTimeZone(QTimeZone(timeutil::systemZoneId().toUtf8()));
    if (db->m_schemaVersion == latestSchemaVersion()) { // older: a test's partial migration
        if (auto r = db->adoptTimeZone(creating); !r)
            return r.error();
        judgeMarkedPromises(*db);
    }
    if (creating && options.initialise) {
        if (auto r = options.initialise(*db); !r)
            return r.error();
    }
    if (creating) {
        if (auto c = creation.commit(); !c)
            return makeError(c.error().code,
                             tr("creating %1 failed: %2").arg(db->m_path, c.errorString()));
    }
    return db;
}

Result<std::shared_ptr<Database>> Database::openReadOnly(std::shared_ptr<Database> db)
{
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen() && !db->isDamaged())
        return makeError(ErrorCode::Database, tr("cannot open %1 to read it").arg(db->m_path));
    if (!conn.isOpen())
        return makeError(
                ErrorCode::Corrupt,
                tr("%1 is damaged and cannot be read: %2").arg(db->m_path, damagedMessage()));
    auto stored = db->readSchemaVersion(conn);
    if (!stored && !db->isDamaged())
        return stored.error();
    if (!stored)
        return makeError(ErrorCode::Corrupt,
                         stored.errorString() + QStringLiteral("; ") + damagedMessage());
    db->m_schemaVersion = stored.value();
    if (db->m_schemaVersion != latestSchemaVersion() && db->isDamaged())
        return makeError(ErrorCode::Corrupt,
                         tr("%1 is damaged (%2) and needs an upgrade that cannot be written to "
                            "it; restore it from a backup")
                                 .arg(db->m_path, db->damage()));
    if (db->m_schemaVersion != latestSchemaVersion())
        return makeError(ErrorCode::NewerSchema,
                         tr("%1 has schema version %2; this version of ARDesk reads only %3 "
                            "without upgrading it")
                                 .arg(db->m_path)
                                 .arg(db->m_schemaVersion)
                                 .arg(latestSchemaVersion()));
    const auto zone = readSetting(conn, QStringLiteral("company.time_zone"), QString());
    const QTimeZone tz(zone ? zone.value().toUtf8() : QByteArray());
    db->setTimeZone(tz.isValid() ? tz : QTimeZone(timeutil::systemZoneId().toUtf8()));
    return db;
}

bool Database::isDamaged() const
{
    std::lock_guard lock(m_clockMutex);
    return !m_damage.isEmpty();
}

QString Database::damage() const
{
    std::lock_guard lock(m_clockMutex);
    return m_damage;
}

void Database::markDamaged(const QString &why) const
{
    std::lock_guard lock(m_clockMutex);
    if (m_damage.isEmpty())
        m_damage = why.isEmpty() ? tr("SQLite reported damage") : why;
}

QString Database::damagedMessage()
{
    return tr("the company file is damaged: nothing was saved; restore it from a backup (File > "
              "Restore from backup… / ardesk-cli restore)");
}

QString Database::notWritableMessage(const QString &why)
{
    return tr("the company file is read-only here (%1): nothing was saved; copy it to a folder "
              "you may write to, or ask whoever manages that folder")
            .arg(why);
}

QString Database::diskFullMessage()
{
    return tr("the disk is full: nothing was saved; free some space on the drive that holds the "
              "company file and try again");
}

bool Database::isDiskFull(const QSqlError &error)
{
    // Qt's SQLite driver reports the (extended) result code; SQLITE_FULL has no extended forms.
    return error.nativeErrorCode() == QString::number(SQLITE_FULL);
}

QString Database::notWritableOf(const QSqlDatabase &connection)
{
    std::lock_guard owners(g_ownersMutex);
    const auto it = g_owners.constFind(connection.connectionName());
    return it != g_owners.cend() ? it->owner->notWritable() : QString();
}

QString Database::damageOf(const QSqlDatabase &connection)
{
    std::lock_guard owners(g_ownersMutex);
    const auto it = g_owners.constFind(connection.connectionName());
    if (it == g_owners.cend())
        return QString();
    if (!t_corruptionSeen.empty()) {
        // Met inside this connection's transaction: by one of its statements. Outside one it
        // may have been any connection of this thread (a file refused at open, a plain
        // connection): not this file's.
        if (sql::inTransaction(connection))
            it->owner->markDamaged(QString::fromStdString(t_corruptionSeen));
        t_corruptionSeen.clear();
    }
    return it->owner->damage();
}

Result<void> Database::seedDefaults()
{
    QSqlDatabase conn = connection();
    // Default note templates and call scripts, once per key (never over a user's edit): every
    // file gets them, whether created, generated or opened from an older version.
    if (m_schemaVersion >= 2) {
        if (auto r = TemplateRepository(conn).seedDefaults(); !r)
            return makeError(r.error().code,
                             tr("adding the default templates to %1 failed: %2")
                                     .arg(m_path, r.errorString()));
    }
    // Default reminder policies (standard, key accounts), once per file (workflow.md).
    if (m_schemaVersion >= 3) {
        if (auto r = PolicyRepository(conn).seedDefaults(); !r)
            return makeError(r.error().code,
                             tr("adding the default reminder policies to %1 failed: %2")
                                     .arg(m_path, r.errorString()));
    }
    return {};
}

Result<void> Database::adoptTimeZone(bool creating)
{
    const QSqlDatabase conn = connection();
    const QString key = QStringLiteral("company.time_zone");
    auto stored = readSetting(conn, key, QString());
    if (!stored)
        return stored.error();
    const QString id = stored.value();
    if (!id.isEmpty()) {
        const QTimeZone zone(id.toUtf8());
        if (!zone.isValid())
            log::warning(tr("%1: the company time zone \"%2\" is not known on this machine; using "
                            "UTC until it is set again")
                                 .arg(m_path, id));
        setTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        return {};
    }
    // A new file, or one from before the setting: this machine's zone, written once.
    const QString system = timeutil::systemZoneId();
    setTimeZone(QTimeZone(system.toUtf8()));
    auto written = inTransaction(*this, [&]() -> Result<void> {
        if (creating)
            return writeSetting(conn, key, system);
        const QString field = QStringLiteral("time_zone");
        return writeSettings(conn, 0, {{"company.time_zone", system}},
                             QJsonObject {{field, QString()}}, QJsonObject {{field, system}});
    });
    if (!written && !creating) {
        // A file we may read but not write (read-only medium): the zone still holds for now.
        log::warning(tr("%1: could not store the company time zone %2: %3")
                             .arg(m_path, system, written.errorString()));
        return {};
    }
    return written;
}

QTimeZone Database::timeZone() const
{
    std::lock_guard lock(m_clockMutex);
    return m_timeZone;
}

void Database::setTimeZone(const QTimeZone &zone) const
{
    std::lock_guard lock(m_clockMutex);
    m_timeZone = zone.isValid() ? zone : QTimeZone::utc();
}

QDate Database::today() const
{
    return clock()->todayIn(timeZone());
}

QTimeZone Database::timeZoneOf(const QSqlDatabase &connection)
{
    std::lock_guard owners(g_ownersMutex);
    const auto it = g_owners.constFind(connection.connectionName());
    return it != g_owners.cend() ? it->owner->timeZone() : QTimeZone::utc();
}

QDate Database::todayOf(const QSqlDatabase &connection)
{
    return clockOf(connection)->todayIn(timeZoneOf(connection));
}

void Database::setTimeZoneOf(const QSqlDatabase &connection, const QTimeZone &zone)
{
    std::lock_guard owners(g_ownersMutex);
    const auto it = g_owners.constFind(connection.connectionName());
    if (it != g_owners.cend())
        it->owner->setTimeZone(zone);
}

std::shared_ptr<const Clock> Database::clock() const
{
    std::lock_guard lock(m_clockMutex);
    return m_clock ? m_clock : Clock::system();
}

void Database::setClock(std::shared_ptr<const Clock> clock)
{
    std::lock_guard lock(m_clockMutex);
    m_clock = std::move(clock);
}

int Database::schemaVersionOf(const QSqlDatabase &connection)
{
    std::lock_guard owners(g_ownersMutex);
    const auto it = g_owners.constFind(connection.connectionName());
    return it != g_owners.cend() ? it->owner->schemaVersion() : -1;
}

std::shared_ptr<const Clock> Database::clockOf(const QSqlDatabase &connection)
{
    std::lock_guard owners(g_ownersMutex);
    const auto it = g_owners.constFind(connection.connectionName());
    return it != g_owners.cend() ? it->owner->clock() : Clock::system();
}

Database::CachedStatement *Database::cachedStatement(const QSqlDatabase &connection,
                                                     const QString &statement)
{
    std::lock_guard owners(g_ownersMutex);
    const auto it = g_owners.find(connection.connectionName());
    if (it == g_owners.end())
        return nullptr;
    auto &slot = it->statements[statement];
    if (!slot) {
        if (it->statements.size() > kStatementCacheSize) {
            it->statements.remove(statement);
            return nullptr;
        }
        slot = std::make_shared<CachedStatement>();
    }
    return slot.get();
}

QString Database::connectionName() const
{
    return QStringLiteral("ardesk-%1-%2")
            .arg(m_instance)
            .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A team database's server went away (and may be back): open a new connection, but never
        // under a write transaction of this thread, which must fail whole on the old one.
        if (m_dialect != Dialect::PostgreSQL || WriteTransaction::activeOnThisThread() > 0
            || !sql::connectionBroken(db))
            return db;
        log::warning(QStringLiteral("the connection to %1 is lost; connecting again")
                             .arg(serverAddress()));
        db = QSqlDatabase();
        releaseThreadConnection();
    }
    auto opened = openConnection(name);
    m_unreachable = !opened && m_dialect == Dialect::PostgreSQL;
    if (!opened) {
        log::error(opened.errorString());
        return QSqlDatabase();
    }
    QSqlDatabase db = opened.value();
    if (m_dialect == Dialect::PostgreSQL) {
        if (auto r = sql::execPostgresScript(db, kPostgresSession); !r)
            log::error(QStringLiteral("setting up the session failed: %1").arg(r.errorString()));
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"}) {
        if (m_dialect != Dialect::SQLite || m_readOnly)
            break;
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(pragma)))
            log::error(QStringLiteral("%1 failed: %2")
                               .arg(QString::fromLatin1(pragma), q.lastError().text()));
    }
    std::lock_guard lock(m_mutex);
    m_connectionNames.append(name);
    {
        std::lock_guard owners(g_ownersMutex);
        g_owners.insert(name, ConnectionEntry {this, {}});
    }
    return db;
}

void Database::postBeside(std::function<void()> task) const
{
    std::lock_guard lock(m_besideMutex);
    if (!m_beside)
        m_beside = std::make_unique<BesideThread>(*this);
    m_beside->post(std::move(task));
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    {
        std::lock_guard lock(m_mutex);
        if (!m_connectionNames.removeOne(name))
            return;
    }
    forgetConnection(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<void> Database::migrateTo(int target)
{
    if (target > latestSchemaVersion() || target < m_schemaVersion)
        return makeError(
                ErrorCode::InvalidValue,
                tr("cannot migrate from schema %1 to %2").arg(m_schemaVersion).arg(target));
    QSqlDatabase db = connection();
    if (m_dialect == Dialect::PostgreSQL) {
        if (auto r = TeamRoles(db).checkMayUpgrade(m_path, m_schemaVersion, target); !r)
            return r;
    }
    for (int v = m_schemaVersion + 1; v <= target; ++v) {
        QFile f(migrationResource(m_dialect, v));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("migration %1 is missing from the build").arg(v));
        const QByteArray body = f.readAll();
        const bool rebuildsTables
                = m_dialect == Dialect::SQLite && body.contains(kRebuildsTablesMarker);
        // Inside a file's creation (one transaction) foreign keys cannot be switched off; the
        // tables are empty then, and foreign_key_check still runs.
        const bool switchForeignKeys = rebuildsTables && !WriteTransaction::isInTransaction(db);
        QByteArray script = body + "\n";
        if (m_dialect == Dialect::PostgreSQL) {
            if (v == 1)
                script += "INSERT INTO ardesk_schema (application_id, version) VALUES ("
                        + QByteArray::number(kApplicationId) + ", 0);\n";
            script += "UPDATE ardesk_schema SET version = " + QByteArray::number(v) + ";\n";
        } else {
            if (v == 1)
                script += "PRAGMA application_id = " + QByteArray::number(kApplicationId) + ";\n";
            script += "PRAGMA user_version = " + QByteArray::number(v) + ";\n";
        }
        WriteTransaction tx(db);
        auto failed = [&](const QString &why) {
            tx.rollback();
            if (switchForeignKeys)
                execScript(db, "PRAGMA foreign_keys=ON;").ok();
            const QString reason = m_dialect == Dialect::PostgreSQL
                    ? TeamRoles::explainUpgradeFailure(
                            why, TeamRoles(db).currentLogin().valueOr(QStringLiteral("?")))
                    : why;
            return makeError(ErrorCode::Database,
                             tr("upgrading %1 to schema version %2 failed: %3")
                                     .arg(m_path)
                                     .arg(v)
                                     .arg(reason));
        };
        if (switchForeignKeys) {
            if (auto r = execScript(db, "PRAGMA foreign_keys=OFF;"); !r)
                return failed(r.errorString());
        }
        if (auto r = tx.begin(); !r)
            return failed(r.errorString());
        if (auto r = execScript(db, script); !r)
            return failed(r.errorString());
        // The file's record of its definitions follows every change to them (schemacheck.h).
        if (m_dialect == Dialect::SQLite && v >= SchemaCheck::kSinceVersion) {
            if (auto r = SchemaCheck::record(rawHandle(db)); !r)
                return failed(r.errorString());
        }
        if (rebuildsTables) {
            QString dangling;
            {
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                    return failed(check.lastError().text());
                if (check.next())
                    dangling = tr("a row of %1 refers to a missing row of %2")
                                       .arg(check.value(0).toString(), check.value(2).toString());
            }
            if (!dangling.isEmpty())
                return failed(dangling);
        }
        if (auto r = tx.commit(); !r)
            return failed(r.errorString());
        if (switchForeignKeys) {
            if (auto r = execScript(db, "PRAGMA foreign_keys=ON;"); !r)
                return failed(r.errorString());
        }
        log::info(QStringLiteral("%1: migrated to schema version %2").arg(m_path).arg(v));
        m_schemaVersion = v;
    }
    return {};
}

} // namespace ardesk
