// SPDX-License-Identifier: MIT
#include "core/storage/sqlitebackup.h"

#include "core/storage/sql.h"
#include "core/storage/sqlitestatement.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>

namespace ardesk {
namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// fsync of a file or a folder by path.
bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Error fileError(const QString &what)
{
    return makeError(ErrorCode::Io, what + QStringLiteral(": ") + systemError());
}

/// SQLite calls this every few thousand steps of a statement: non-zero interrupts it.
int interrupted(void *flag)
{
    return static_cast<const std::atomic_bool *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

Error copyCancelled()
{
    return Progress::cancelledError(SqliteBackup::tr("copying the company was cancelled"));
}

/// Holds a read transaction on `source` while the pages are copied in steps: one snapshot, so
/// writes by other connections do not restart the copy and are not in it. Joins a transaction
/// the connection already has.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3 *db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db) != 0)
    {
        if (m_own)
            m_ok = sqlite3_exec(db, "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr,
                                nullptr)
                    == SQLITE_OK;
    }
    ~ReadSnapshot()
    {
        if (m_own && sqlite3_get_autocommit(m_db) == 0)
            sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    bool ok() const { return m_ok; }

private:
    sqlite3 *m_db;
    bool m_own;
    bool m_ok = true;
};

/// The backup proper: every page of `source` into a new database at `path`, then switched to a
/// rollback journal so the copy needs no -wal beside it.
Result<void> copyPages(sqlite3 *source, const QString &path, const Progress &progress)
{
    const ReadSnapshot snapshot(source);
    if (!snapshot.ok())
        return makeError(ErrorCode::Database,
                         SqliteBackup::tr("copying the company failed: %1")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(source))));
    sqlite3 *dest = nullptr;
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr)
        != SQLITE_OK) {
        const QString e = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : "out of memory");
        sqlite3_close(dest);
        return makeError(ErrorCode::Io, SqliteBackup::tr("cannot create %1: %2").arg(path, e));
    }
    QString failure;
    bool cancelled = false;
    if (sqlite3_backup *b = sqlite3_backup_init(dest, "main", source, "main")) {
        int rc = SQLITE_OK;
        // Steps of 4 MB (of 4 KB pages) inside the snapshot, cancellable between them.
        const QString stage = SqliteBackup::tr("Copying the company file");
        while ((rc = sqlite3_backup_step(b, 1024)) == SQLITE_OK || rc == SQLITE_BUSY
               || rc == SQLITE_LOCKED) {
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            if (rc != SQLITE_OK)
                sqlite3_sleep(50);
            const int total = sqlite3_backup_pagecount(b);
            progress.report(total - sqlite3_backup_remaining(b), total, stage);
        }
        if (sqlite3_backup_finish(b) != SQLITE_OK || (!cancelled && rc != SQLITE_DONE))
            failure = QString::fromUtf8(sqlite3_errmsg(dest));
    } else {
        failure = QString::fromUtf8(sqlite3_errmsg(dest));
    }
    if (cancelled) {
        sqlite3_close(dest);
        return copyCancelled();
    }
    char *err = nullptr;
    if (failure.isEmpty()
        && sqlite3_exec(dest, "PRAGMA journal_mode=DELETE", nullptr, nullptr, &err) != SQLITE_OK) {
        failure = QString::fromUtf8(err ? err : "journal_mode");
        sqlite3_free(err);
    }
    if (sqlite3_close(dest) != SQLITE_OK && failure.isEmpty())
        failure = SqliteBackup::tr("closing the copy failed");
    if (!failure.isEmpty())
        return makeError(ErrorCode::Database,
                         SqliteBackup::tr("copying the company failed: %1").arg(failure));
    return {};
}

void removeCopy(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

} // namespace

Result<void> SqliteBackup::copyTo(const Database &db, const QString &target,
                                  const Progress &progress)
{
    sqlite3 *source = Database::rawHandle(db.connection());
    if (!source)
        return makeError(ErrorCode::InvalidValue,
                         tr("a backup copies a SQLite company file; back up a team database "
                            "with team export"));
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::Conflict, tr("%1 already exists").arg(target));
    const QString part = target + QStringLiteral(".part");
    removeCopy(part);
    if (auto copied = copyPages(source, part, progress); !copied) {
        removeCopy(part);
        return copied;
    }
    if (!syncPath(part, O_RDONLY)) {
        removeCopy(part);
        return fileError(tr("cannot write %1 to disk").arg(part));
    }
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        const Error e = fileError(tr("cannot rename %1 to %2").arg(part, target));
        removeCopy(part);
        return e;
    }
    syncPath(QFileInfo(target).absolutePath(), O_RDONLY | O_DIRECTORY);
    return {};
}

Result<QString> SqliteBackup::integrityProblem(const Database &db, const Progress &progress)
{
    sqlite3 *h = Database::rawHandle(db.connection());
    if (!h)
        return makeError(ErrorCode::InvalidValue, tr("not a SQLite company file"));
    progress.report(0, 0, tr("Checking the file structure"));
    struct Interrupt
    {
        sqlite3 *h;
        ~Interrupt() { sqlite3_progress_handler(h, 0, nullptr, nullptr); }
    } interrupt {h};
    if (const std::atomic_bool *flag = progress.cancelFlag())
        sqlite3_progress_handler(h, 10000, &interrupted, const_cast<std::atomic_bool *>(flag));
    SqliteStatement check(h, "PRAGMA integrity_check(1)");
    const bool stepped = check.ok() && check.step();
    if (progress.isCancelled())
        return Progress::cancelledError(tr("the integrity check was cancelled"));
    if (!stepped)
        return tr("SQLite's integrity check failed: %1").arg(check.error());
    const QString first = check.text(0);
    return first == QLatin1String("ok") ? QString() : tr("SQLite's integrity check: %1").arg(first);
}

Result<SqliteBackup::Facts> SqliteBackup::facts(const Database &db)
{
    const QSqlDatabase conn = db.connection();
    Facts f;
    auto audit = sql::scalar(conn, QStringLiteral("SELECT max(id) FROM audit_log"), {}, 0);
    if (!audit)
        return audit.error();
    f.newestAuditId = audit.value().toLongLong();
    auto at = sql::scalar(conn, QStringLiteral("SELECT max(at) FROM audit_log"), {}, QString());
    if (!at)
        return at.error();
    f.newestAuditAt = at.value().toString();
    auto seq = sql::scalar(conn, QStringLiteral("SELECT max(seq) FROM record_chain"), {}, 0);
    if (!seq)
        return seq.error();
    f.chainEntries = seq.value().toLongLong();
    auto head = sql::scalar(conn,
                            QStringLiteral("SELECT hash FROM record_chain ORDER BY seq DESC "
                                           "LIMIT 1"),
                            {}, QString());
    if (!head)
        return head.error();
    f.chainHead = head.value().toString();
    return f;
}

Result<void> SqliteBackup::replaceFile(const QString &source, const QString &target,
                                       const QString &keptAs)
{
    const QString folder = QFileInfo(target).absolutePath();
    const QString part = target + QStringLiteral(".restoring");
    QFile::remove(part);
    if (!QFile::copy(source, part))
        return makeError(ErrorCode::Io,
                         tr("cannot write %1 (is the disk full or the folder "
                            "read-only?)")
                                 .arg(part));
    QFile(part).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                               | QFile::ReadOther);
    if (!syncPath(part, O_RDONLY)) {
        QFile::remove(part);
        return fileError(tr("cannot write %1 to disk").arg(part));
    }
    if (QFileInfo::exists(target)) {
        if (::link(QFile::encodeName(target).constData(), QFile::encodeName(keptAs).constData())
            != 0) {
            const Error e = fileError(tr("cannot keep %1 as %2").arg(target, keptAs));
            QFile::remove(part);
            return e;
        }
        // A log left beside the old file belongs to it, not to the restored one.
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = target + QString::fromLatin1(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, keptAs + QString::fromLatin1(suffix));
        }
    }
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        const Error e = fileError(tr("cannot rename %1 to %2").arg(part, target));
        QFile::remove(part);
        return e;
    }
    syncPath(folder, O_RDONLY | O_DIRECTORY);
    return {};
}

} // namespace ardesk
