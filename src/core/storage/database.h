// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/databaseurl.h"
#include "core/storage/dialect.h"
#include "core/support/clock.h"
#include "core/support/result.h"

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <mutex>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

struct sqlite3;

namespace ardesk {

class BesideThread;

/// An open ARDesk company: a company file (one SQLite database) or a team database (a
/// PostgreSQL database named by a `postgresql://` URL, see DatabaseUrl).
///
/// open() checks the file before anything writes to it: a non-SQLite file, a SQLite file that is
/// not an ARDesk company file, a corrupt file, a newer schema or a path on a network filesystem
/// is refused with an Error and the file is left untouched. A file whose header fails the
/// sanity check (SqliteHeader) or, up to kQuickCheckOnOpenBytes, SQLite's quick_check, opens
/// read-only as damaged (isDamaged()): reads that still work are allowed, writes are refused. Then
/// it migrates the schema stepwise, each step in one transaction — except for a new file (no schema
/// yet), whose schema, defaults and Options::initialise are written in one transaction. A team
/// database must exist on the server; open() refuses one that holds other tables than ARDesk's or a
/// newer schema, and creates the schema (CreateIfMissing) in an empty one the same way as in a new
/// file.
///
/// Threading: the Database object is shared (std::shared_ptr) and thread-safe; connection()
/// hands each thread its own named QSqlDatabase with the pragmas applied. A worker thread calls
/// releaseThreadConnection() before it ends.
class Database
{
public:
    /// ExistingOnly refuses a missing or empty (0 bytes) file and leaves it untouched: only
    /// creating a company (CompanyFile::create: init, File > New) makes a company of either.
    enum class OpenMode { CreateIfMissing, ExistingOnly };
    struct Options
    {
        OpenMode mode = OpenMode::ExistingOnly;
        int targetSchemaVersion = -1; ///< -1 = latest; tests migrate to older versions
        bool allowNetworkFilesystem = false;
        std::shared_ptr<const Clock> clock; ///< null: the system clock
        /// Files up to this size get SQLite's quick_check on open (see kQuickCheckOnOpenBytes).
        qint64 quickCheckLimitBytes = -1; ///< -1: kQuickCheckOnOpenBytes
        /// Only read the file (a backup being checked): connections are read-only and take no
        /// locks, nothing is migrated or written, not even SQLite's log files.
        bool readOnly = false;
        /// For a file that has no schema yet (a new company file): runs after the schema and
        /// the default templates and policies are written, in the same write transaction, so
        /// creating a file (settings, first user…) is all or nothing. Its writes nest in that
        /// transaction (WriteTransaction, inTransaction). Not called for an existing file.
        std::function<Result<void>(Database &)> initialise;
    };

    static constexpr quint32 kApplicationId = 0x4152446B; // 'ARDk'

    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::ExistingOnly);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The company file's absolute path, or the team database's URL (no password in it).
    QString path() const { return m_path; }
    /// Which SQL dialect this company's connections speak. For storage only: nothing above
    /// src/core/storage asks (docs/architecture.md).
    Dialect dialect() const { return m_dialect; }
    /// A team database's server as "HOST:PORT" (empty for a company file): what a lost
    /// connection names.
    QString serverAddress() const;
    /// Whether this thread's connection to the team database is lost now: the server closed it,
    /// or it could not be opened again the last time it was asked for. Always false for a
    /// company file.
    bool isConnectionLost() const;
    /// The message of a write refused or failed because the connection to the team database at
    /// `server` ("HOST:PORT") is lost: nothing of it was saved.
    static QString connectionLostMessage(const QString &server);
    /// The schema version this build writes (the number of migrations it carries).
    static int latestSchemaVersion();
    /// The schema version stored in `path`'s header without opening it (-1 when it is not a
    /// readable SQLite file, or a team database URL): whether open() will migrate it first.
    static int storedSchemaVersion(const QString &path);
    /// The file's schema version as read at open (after migration).
    int schemaVersion() const { return m_schemaVersion; }
    /// The schema version of the Database that opened `connection`; -1 for another connection.
    static int schemaVersionOf(const QSqlDatabase &connection);

    /// This thread's connection, opened with WAL, synchronous=FULL, foreign_keys=ON and a busy
    /// timeout. Never shared across threads.
    ///
    /// A team database's connection that the server closed (it restarted, or went away) is
    /// opened again here — never while this thread is inside a write transaction, whose work
    /// stays on the connection it began on and fails whole. While the server cannot be reached the
    /// result is an invalid QSqlDatabase (the failure is logged), and every write transaction
    /// begun on it fails with connectionLostMessage().
    QSqlDatabase connection() const;
    void releaseThreadConnection() const;

    /// Runs `read` on a second connection of this database, on a thread kept for such reads
    /// (BesideThread), and returns at once: the caller goes on with its own reads meanwhile and
    /// then takes the result from the future. For a long read made of two independent halves
    /// (the Today queue's chase facts beside its other reasons). Reads only, never inside the
    /// caller's transaction (the second connection would not see its writes): each statement
    /// sees what is committed when it runs, as each statement on the caller's connection does.
    template<typename T>
    std::future<T> readBeside(std::function<T(const QSqlDatabase &)> read) const
    {
        auto task = std::make_shared<std::packaged_task<T()>>(
                [this, read = std::move(read)] { return read(connection()); });
        std::future<T> result = task->get_future();
        postBeside([task] { (*task)(); });
        return result;
    }

    /// The clock of this company file's users: "now" for every timestamp written through it and
    /// "today" for every use case run on it. The system clock unless set (tests set a fixed one).
    std::shared_ptr<const Clock> clock() const;
    void setClock(std::shared_ptr<const Clock> clock);
    /// The clock of the Database that opened `connection` (the system clock for a connection
    /// ARDesk did not open): how storage stamps rows without being handed a clock.
    static std::shared_ptr<const Clock> clockOf(const QSqlDatabase &connection);

    /// The company's time zone (setting company.time_zone), read at open and kept until the
    /// company settings are saved. A file without the setting gets this machine's zone written
    /// (and audited) on its first writable open.
    QTimeZone timeZone() const;
    /// The company's "today": the date of clock()->now() in timeZone(). Every use case, report
    /// and check takes its date from here, never from the process's local date.
    QDate today() const;
    /// Keeps `zone` as the company's zone (a cache of the setting: CompanySettings::save calls
    /// it for its connection).
    void setTimeZone(const QTimeZone &zone) const;
    /// timeZone() and today() of the Database that opened `connection` (for a connection
    /// ARDesk did not open: UTC).
    static QTimeZone timeZoneOf(const QSqlDatabase &connection);
    static QDate todayOf(const QSqlDatabase &connection);
    static void setTimeZoneOf(const QSqlDatabase &connection, const QTimeZone &zone);

    /// A query prepared once per connection and statement text (see sql::write, sql::scalar).
    struct CachedStatement
    {
        QSqlQuery query;
        bool prepared = false;
        bool busy = false; ///< its rows are being read (sql::forEachRow)
    };
    /// The statement cache of a connection this class opened: the slot for `statement`, kept
    /// (and its query finalized) until the connection is released. Only the connection's own
    /// thread may use it. nullptr: not a connection of ours, or the cache is full.
    static CachedStatement *cachedStatement(const QSqlDatabase &connection,
                                            const QString &statement);
    /// At most this many statements are kept per connection (the rest are prepared each time).
    static constexpr int kStatementCacheSize = 256;

    /// Whether this company file is damaged: its header or SQLite's quick_check found damage
    /// at open, or a statement met SQLITE_CORRUPT / SQLITE_NOTADB since. A damaged file is read
    /// only for the rest of the session: every write transaction is refused with
    /// damagedMessage() and nothing reaches the file. Thread-safe.
    bool isDamaged() const;
    /// What was found damaged, in words (empty when isDamaged() is false).
    QString damage() const;
    /// Marks the file damaged for the rest of the session (the first reason is kept).
    void markDamaged(const QString &why) const;
    /// The message of every write refused on a damaged file.
    static QString damagedMessage();
    /// damage() of the Database that opened `connection` (empty for a connection ARDesk did not
    /// open). First marks it damaged when a statement on this thread met SQLite corruption since
    /// the last call (SQLite's error log says so; see WriteTransaction).
    static QString damageOf(const QSqlDatabase &connection);
    /// Whether this file is only read this session: damaged, opened with Options::readOnly, or
    /// not writable for this user (notWritable()). Its connections are read-only. Thread-safe.
    bool isReadOnly() const { return m_readOnly; }
    /// Why this user may not write the company file (its folder or the file itself is not
    /// writable, e.g. a read-only share or a folder without write permission): then it opens
    /// read-only and every write transaction is refused with notWritableMessage(). Empty when
    /// the file is writable.
    QString notWritable() const { return m_notWritable; }
    /// The message of every write refused because of notWritable() `why`.
    static QString notWritableMessage(const QString &why);
    /// The message of a write that failed because the disk is full (SQLITE_FULL): the
    /// transaction was rolled back.
    static QString diskFullMessage();
    /// Whether a Qt SQL error is SQLite's "database or disk is full".
    static bool isDiskFull(const QSqlError &error);
    /// notWritable() of the Database that opened `connection` (empty for other connections).
    static QString notWritableOf(const QSqlDatabase &connection);
    /// Files up to this size get SQLite's quick_check on every open (tier S, 21 MB: a few
    /// hundred ms at most); larger ones get the header and schema checks on open and quick_check
    /// in verify and backup (tier L, 2 GB: 39 s warm on a busy 2-core machine,
    /// docs/reliability.md).
    static constexpr qint64 kQuickCheckOnOpenBytes = 32ll * 1024 * 1024;

    /// Migrate from the file's version up to `target` (each step in its own transaction, or a
    /// savepoint inside the caller's).
    Result<void> migrateTo(int target);

    /// Pure classification used by open(): is a statfs f_type a network filesystem?
    static bool isNetworkFilesystemType(long fsType);
    /// Does the directory holding `path` live on a network filesystem?
    static bool isOnNetworkFilesystem(const QString &path);

    /// The raw SQLite handle behind a QSQLITE connection (for bulk work and scripts).
    static sqlite3 *rawHandle(const QSqlDatabase &db);
    /// Run a multi-statement SQL script on a connection (no implicit transaction), of either
    /// dialect.
    static Result<void> execScript(const QSqlDatabase &db, const QByteArray &sql);

private:
    Database(QString path, Dialect dialect);
    /// Refuses what cannot be a company file; damage found in a readable one goes to `damage`
    /// (the file then opens read-only).
    Result<void> preflight(const Options &options, QString *damage) const;
    /// The rest of open() for a file that is only read (damaged, or Options::readOnly).
    static Result<std::shared_ptr<Database>> openReadOnly(std::shared_ptr<Database> db);
    Result<void> preflightTeam(const Options &options) const;
    Result<int> readSchemaVersion(const QSqlDatabase &conn) const;
    /// PRAGMA quick_check on `q`'s connection: the first problem, empty when it says ok.
    static QString quickCheck(QSqlQuery &q);
    Result<QSqlDatabase> openConnection(const QString &name) const;
    /// Default templates and reminder policies, once per key / file, in the caller's transaction.
    Result<void> seedDefaults();
    /// Reads the company's zone; writes this machine's when the file has none (audited, except
    /// while the file is being created).
    Result<void> adoptTimeZone(bool creating);
    QString connectionName() const;
    void postBeside(std::function<void()> task) const;

    QString m_path;
    Dialect m_dialect = Dialect::SQLite;
    DatabaseUrl m_url; ///< a team database's address
    quint64 m_instance = 0;
    int m_schemaVersion = 0;
    mutable std::mutex m_mutex;
    mutable QStringList m_connectionNames;
    mutable std::mutex m_clockMutex;
    std::shared_ptr<const Clock> m_clock;
    mutable QTimeZone m_timeZone = QTimeZone::utc();
    mutable QString m_damage; ///< guarded by m_clockMutex
    bool m_readOnly = false; ///< connections open read-only and immutable (isReadOnly())
    QString m_notWritable; ///< set before the first connection, then only read
    mutable std::atomic<bool> m_unreachable {false}; ///< the last team connection failed to open
    mutable std::mutex m_besideMutex;
    mutable std::unique_ptr<BesideThread> m_beside; ///< started by the first readBeside()

    Q_DECLARE_TR_FUNCTIONS(Database)
};

/// Runs SQL on a connection and turns a failure into an Error that names the statement.
Result<void> execSql(const QSqlDatabase &db, const QString &sql);

} // namespace ardesk
