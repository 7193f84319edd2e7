// SPDX-License-Identifier: MIT
// Helpers shared by the Qt Test executables: readable ErrorCode output, VERIFY_OK, file hashes,
// a fresh temporary folder per test, plain QSQLITE access that bypasses ARDesk code, committed
// writes, records as a user would type them, and running the real ardesk-cli binary.
#pragma once

#include "core/domain/client.h"
#include "core/domain/invoice.h"
#include "core/domain/note.h"
#include "core/storage/companysettings.h"
#include "core/storage/transaction.h"
#include "core/support/result.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <atomic>
#include <iterator>
#include <memory>

namespace QTest {
/// QCOMPARE on an ErrorCode shows its name rather than nothing.
template<>
inline char *toString(const ardesk::ErrorCode &code)
{
    static const char *const names[] = {"InvalidValue",      "NotFound", "Conflict",
                                        "CurrencyMismatch",  "Overflow", "Database",
                                        "NotACompanyFile",   "Corrupt",  "NewerSchema",
                                        "NetworkFilesystem", "Io",       "PermissionDenied"};
    const int i = int(code);
    return qstrdup(i >= 0 && i < int(std::size(names)) ? names[i] : "?");
}
} // namespace QTest

/// Fails the current test (and returns from it) when a Result is an error, showing the message.
#define VERIFY_OK(expr) \
    do { \
        const auto &result_ = (expr); \
        QVERIFY2(result_.ok(), qPrintable(result_.errorString())); \
    } while (false)

namespace ardesk::test {

/// The SHA-256 of a file's bytes as hex, or empty when it cannot be read.
inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

/// Creates (or truncates) a file holding exactly `bytes`; false when that fails.
/// An invoice CSV of `rows` rows big enough to be a bulk load (csvimport.cpp kBulkMinBytes
/// from 20,000 rows): clients <prefix>1..6, issued in January 2026 and due in February, a third
/// paid on 1 March.
inline QByteArray bulkInvoiceCsv(const QString &clientPrefix, const QString &currency, int rows)
{
    QByteArray csv = "client_code,number,issue_date,due_date,amount,currency,paid_date\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("%1%2,BULK-%3,2026-01-%4,2026-02-%4,%5.50,%6,%7\n")
                       .arg(clientPrefix)
                       .arg(i % 6 + 1)
                       .arg(i, 6, 10, QLatin1Char('0'))
                       .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                       .arg(100 + i % 900)
                       .arg(currency, i % 3 == 0 ? QStringLiteral("2026-03-01") : QString())
                       .toLatin1();
    return csv;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A temporary folder that each test function can start afresh: renew() it from init().
class ScratchDir
{
public:
    /// Replaces the folder with a new, empty one; false when it could not be created.
    bool renew()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }
    /// Deletes the folder and everything in it.
    void remove() { m_dir.reset(); }
    QString path() const { return m_dir->path(); }
    QString filePath(const QString &name) const { return m_dir->filePath(name); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

/// The first column of the first row of `sql` (with `binds` for its `?`), or an invalid
/// QVariant when it fails or returns no row.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QVariant();
    return q.value(0);
}

/// Executes `sql`, failing the current test when it does not succeed.
inline void exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}

enum class Access { ReadWrite, ReadOnly };

/// A connection name no other plain connection of this process has used.
inline QString uniquePlainConnectionName()
{
    static std::atomic<int> connections {0};
    return QStringLiteral("plain-%1").arg(++connections);
}

/// Runs `body` on a plain QSQLITE connection (no ARDesk code involved), then closes it.
template<typename Body>
void withPlainConnection(const QString &path, Body body, Access access = Access::ReadWrite)
{
    const QString name = uniquePlainConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (access == Access::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Reads one value from a file with a plain read-only QSQLITE connection.
inline QVariant readValue(const QString &path, const QString &sql, const QVariantList &binds = {})
{
    QVariant result;
    withPlainConnection(
            path, [&](const QSqlDatabase &db) { result = scalar(db, sql, binds); },
            Access::ReadOnly);
    return result;
}

/// Runs `write` (which returns a Result) in a WriteTransaction and commits it. Returns what
/// `write` returned, or the error of begin/commit; on any error the transaction rolls back.
template<typename Write>
auto committed(const QSqlDatabase &db, Write write) -> decltype(write())
{
    WriteTransaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto written = write();
    if (!written)
        return written;
    if (auto done = tx.commit(); !done)
        return done.error();
    return written;
}

/// Runs `write` inside a WriteTransaction that is then rolled back, and returns what `write`
/// returned: for a write that is expected to be refused. Fails the test if the transaction
/// cannot begin.
template<typename Write>
auto rolledBack(const QSqlDatabase &db, Write write) -> decltype(write())
{
    WriteTransaction tx(db);
    if (auto begun = tx.begin(); !begun) {
        QTest::qFail(qPrintable(begun.errorString()), __FILE__, __LINE__);
        return begun.error();
    }
    return write(); // uncommitted: rolled back when `tx` goes out of scope
}

/// A note revision as stored (note_revisions + notes + note_invoices), read without the
/// repository, so a test checks the stored bytes, not the in-memory object.
inline Note storedRevision(const QSqlDatabase &db, qint64 revisionId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
            "SELECT r.id, r.note_id, r.revision, n.client_id, r.channel, r.direction, "
            "r.contact_id, r.contact_name, r.occurred_at, r.recorded_at, r.author_id, r.outcome, "
            "r.body, r.next_contact_date, r.no_follow_up FROM note_revisions r JOIN notes n ON "
            "n.id = r.note_id WHERE r.id = ?"));
    q.addBindValue(revisionId);
    Note n;
    if (!q.exec() || !q.next())
        return n;
    n.revisionId = q.value(0).toLongLong();
    n.id = q.value(1).toLongLong();
    n.revision = q.value(2).toInt();
    n.clientId = q.value(3).toLongLong();
    n.channel = noteChannelFromString(q.value(4).toString()).value_or(NoteChannel::Internal);
    n.direction = noteDirectionFromString(q.value(5).toString()).value_or(NoteDirection::Outbound);
    n.contactId = q.value(6).toLongLong();
    n.contactName = q.value(7).toString();
    n.occurredAt = timeutil::instantFromStorage(q.value(8).toString());
    n.recordedAt = timeutil::instantFromStorage(q.value(9).toString());
    n.authorId = q.value(10).toLongLong();
    n.outcome = noteOutcomeFromString(q.value(11).toString()).value_or(NoteOutcome::Other);
    n.text = q.value(12).toString();
    n.nextContactDate = timeutil::dateFromStorage(q.value(13).toString());
    n.noFollowUpNeeded = q.value(14).toBool();
    QSqlQuery inv(db);
    inv.prepare(QStringLiteral("SELECT invoice_id FROM note_invoices WHERE revision_id = ?"));
    inv.addBindValue(revisionId);
    if (inv.exec()) {
        while (inv.next())
            n.invoiceIds.append(inv.value(0).toLongLong());
    }
    return n;
}

/// A client with a code, a name and a currency (the structs have no default currency).
inline Client makeClient(const QString &code, const QString &name,
                         const QString &currency = QStringLiteral("USD"))
{
    Client c;
    c.code = code;
    c.name = name;
    c.currency = currency;
    return c;
}

/// A fully open invoice issued 30 days before it is due.
inline Invoice makeInvoice(qint64 clientId, const QString &number, const QDate &due, qint64 amount,
                           const QString &currency = QStringLiteral("USD"))
{
    Invoice i;
    i.clientId = clientId;
    i.number = number;
    i.issueDate = due.addDays(-30);
    i.dueDate = due;
    i.amountMinor = amount;
    i.balanceMinor = amount;
    i.currency = currency;
    return i;
}

/// A call to a client on `occurredAt` (UTC) with `outcome`; the next step is left to the caller.
inline Note callNote(qint64 clientId, NoteOutcome outcome, const QDateTime &occurredAt,
                     const QString &text)
{
    Note n;
    n.clientId = clientId;
    n.channel = NoteChannel::Call;
    n.outcome = outcome;
    n.occurredAt = occurredAt;
    n.text = text;
    return n;
}

/// Company settings with every field given.
inline CompanySettings makeSettings(const QString &companyName, const QString &address,
                                    const QString &homeCurrency, const QString &locale,
                                    int fiscalYearStartMonth)
{
    CompanySettings s;
    s.companyName = companyName;
    s.address = address;
    s.homeCurrency = homeCurrency;
    s.locale = locale;
    s.fiscalYearStartMonth = fiscalYearStartMonth;
    return s;
}

/// What one run of ardesk-cli did.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString describe() const
    {
        return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
                .arg(exitCode)
                .arg(crashed ? QStringLiteral(" (crashed)") : QString())
                .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
    QStringList errLines() const { return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts); }
};

#ifdef ARDESK_CLI_PATH
/// Runs the real ardesk-cli binary in `workingDir` with `args` and `input` on its stdin (empty
/// by default). A run that does not start or does not finish in five minutes has exit code -1.
inline CliRun runCli(const QString &workingDir, const QStringList &args,
                     const QByteArray &input = {})
{
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(ARDESK_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(30000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
#endif

/// Whether this process is the run inside the keyring session (runInKeyringSession).
inline bool inKeyringSession()
{
    return qEnvironmentVariableIsSet("ARDESK_KEYRING_SESSION");
}

#ifdef ARDESK_SOURCE_DIR
/// Runs this test executable's `function` of `testClass` again inside `dbus-run-session` with an
/// unlocked gnome-keyring (tests/support/with-keyring.sh, TOOLCHAIN trap 8), where the real
/// keychain works. Call through QSKIP/QVERIFY: skips when the tools are missing, fails with the
/// inner run's output unless that function passed there.
#define ARDESK_RUN_IN_KEYRING_SESSION(testClass, function, timeoutMs) \
    do { \
        if (::ardesk::test::inKeyringSession()) \
            QSKIP("this is the run inside the keyring session"); \
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty() \
            || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) \
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed (scripts/setup.sh)"); \
        QProcess p_; \
        p_.setProcessChannelMode(QProcess::MergedChannels); \
        p_.start(QStringLiteral("dbus-run-session"), \
                 {QStringLiteral("--"), QStringLiteral("sh"), \
                  QStringLiteral(ARDESK_SOURCE_DIR "/tests/support/with-keyring.sh"), \
                  QCoreApplication::applicationFilePath(), QStringLiteral(function)}); \
        QVERIFY(p_.waitForStarted(10000)); \
        p_.closeWriteChannel(); \
        QVERIFY(p_.waitForFinished(timeoutMs)); \
        const QByteArray out_ = p_.readAll(); \
        QVERIFY2(p_.exitCode() == 0, out_.constData()); \
        QVERIFY2(out_.contains("PASS   : " testClass "::" function "()"), out_.constData()); \
    } while (false)
#endif

} // namespace ardesk::test
