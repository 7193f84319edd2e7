// SPDX-License-Identifier: MIT
#include "killharness.h"

#include "core/mail/mimemessage.h"
#include "core/storage/database.h"
#include "core/storage/outbox.h"
#include "core/storage/transaction.h"
#include "support/smtptestserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace ardesk::torture {
namespace {

constexpr int kImportRows = 1500;
constexpr int kImportClients = 25;
const QString kRemindAsOf = QStringLiteral("2027-02-15");

/// The rows of a read-only query on `file` (a plain SQLite connection of its own).
QList<QVariantList> rows(const QString &file, const QString &sql, const QVariantList &binds = {})
{
    QList<QVariantList> out;
    const QString name = QStringLiteral("torture-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (q.exec()) {
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i);
                    out << row;
                }
            } else {
                qWarning("torture: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

int count(const QString &file, const QString &sql, const QVariantList &binds = {})
{
    const QList<QVariantList> r = rows(file, sql, binds);
    return r.isEmpty() ? -1 : r.first().value(0).toInt();
}

QStringList noteAdd(const QString &file, const QString &text, const QString &attachment)
{
    return {QStringLiteral("--db"),          file,
            QStringLiteral("--user"),        QStringLiteral("dana.ortiz"),
            QStringLiteral("note"),          QStringLiteral("add"),
            QStringLiteral("--client"),      QStringLiteral("C000001"),
            QStringLiteral("--channel"),     QStringLiteral("call"),
            QStringLiteral("--text"),        text,
            QStringLiteral("--outcome"),     QStringLiteral("reached"),
            QStringLiteral("--attach"),      attachment,
            QStringLiteral("--no-follow-up")};
}

QByteArray importCsv(int run)
{
    QByteArray csv("client_code,client_name,number,issue_date,due_date,amount,currency\n");
    for (int i = 0; i < kImportRows; ++i) {
        const int client = i % kImportClients;
        csv += QStringLiteral("TI%1-%2,Torture %1 %2,TI%1-%3,2026-01-01,2026-01-31,%4.%5,USD\n")
                       .arg(run)
                       .arg(client)
                       .arg(i)
                       .arg(i + 1)
                       .arg(i % 100, 2, 10, QLatin1Char('0'))
                       .toUtf8();
    }
    return csv;
}

/// The Message-IDs of the messages the server wrote (msg-N.eml), counted.
QHash<QString, int> receivedMessageIds(const QString &serverDir)
{
    QHash<QString, int> ids;
    const QStringList files
            = QDir(serverDir).entryList({QStringLiteral("msg-*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(serverDir + u'/' + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray eml = f.readAll();
        const qsizetype end = eml.indexOf("\r\n\r\n");
        for (const QByteArray &line : eml.left(end).split('\n')) {
            if (line.toLower().startsWith("message-id:")) {
                QByteArray id = line.mid(11).trimmed();
                if (id.startsWith('<') && id.endsWith('>'))
                    id = id.mid(1, id.size() - 2);
                ++ids[QString::fromLatin1(id)];
            }
        }
    }
    return ids;
}

} // namespace

KillHarness::KillHarness(Paths paths, quint32 seed)
    : m_paths(std::move(paths))
    , m_cli(m_paths.cli, m_paths.workDir)
    , m_random(seed)
{ }

QString KillHarness::path(const QString &name) const
{
    return QDir(m_paths.workDir).filePath(name);
}

bool KillHarness::makeDemo(const QString &file, int clients, TortureRow &row) const
{
    const CliOutcome r = m_cli.run({QStringLiteral("--db"), file, QStringLiteral("demo"),
                                    QStringLiteral("--clients"), QString::number(clients),
                                    QStringLiteral("--seed"), QStringLiteral("3")});
    if (!r.ok())
        row.problems << QStringLiteral("demo: ") + r.describe();
    return r.ok();
}

bool KillHarness::configureSmtp(const QString &file, int port, TortureRow &row) const
{
    const CliOutcome r = m_cli.run({QStringLiteral("--db"),
                                    file,
                                    QStringLiteral("--user"),
                                    QStringLiteral("admin"),
                                    QStringLiteral("settings"),
                                    QStringLiteral("smtp"),
                                    QStringLiteral("--host"),
                                    QStringLiteral("127.0.0.1"),
                                    QStringLiteral("--port"),
                                    QString::number(port),
                                    QStringLiteral("--security"),
                                    QStringLiteral("none"),
                                    QStringLiteral("--from"),
                                    QStringLiteral("ar@acme-supplies.example"),
                                    QStringLiteral("--from-name"),
                                    QStringLiteral("Acme AR"),
                                    QStringLiteral("--rate-per-minute"),
                                    QStringLiteral("100000"),
                                    QStringLiteral("--rate-per-day"),
                                    QStringLiteral("1000000"),
                                    QStringLiteral("--max-attempts"),
                                    QStringLiteral("50")});
    if (!r.ok())
        row.problems << QStringLiteral("settings smtp: ") + r.describe();
    return r.ok();
}

bool KillHarness::copyCompany(const QString &from, const QString &to) const
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(to + suffix);
    return QFile::copy(from, to);
}

bool KillHarness::verified(const QString &file, TortureRow &row, const QString &when) const
{
    const CliOutcome r = m_cli.run({QStringLiteral("--db"), file, QStringLiteral("verify")});
    if (r.ok())
        return true;
    ++row.integrityFailures;
    row.problems << QStringLiteral("%1: verify failed: %2 %3")
                            .arg(when, r.describe(), QString::fromUtf8(r.out.left(400)));
    return false;
}

int KillHarness::delay(qint64 typicalMs)
{
    // Anywhere in the run, startup included, and now and then just after it would have ended.
    return int(m_random.bounded(quint32(typicalMs * 6 / 5 + 1)));
}

void KillHarness::recordRun(const CliOutcome &r, TortureRow &row, const QString &what) const
{
    ++row.attempts;
    if (r.killed)
        ++row.kills;
    if (r.crashed || !r.started) {
        ++row.crashes;
        row.problems << what + QStringLiteral(": ") + r.describe();
    } else if (!r.killed && r.exitCode != 0) {
        ++row.crashes; // a run that was not killed must succeed: a kill must not break the next
        row.problems << what + QStringLiteral(": ") + r.describe();
    }
}

TortureRow KillHarness::noteSaves(int kills)
{
    TortureRow row;
    row.name = QStringLiteral("(a) note saves with attachments");
    row.acknowledgedLost = row.integrityFailures = 0;
    QElapsedTimer timer;
    timer.start();
    const QString file = path(QStringLiteral("notes.ardesk"));
    if (!makeDemo(file, 8, row)) {
        ++row.crashes;
        return row;
    }
    // An attachment of 256 KB: the blob, its hash and the chain entry are part of the write.
    const QString attachment = path(QStringLiteral("remittance.bin"));
    QByteArray bytes(256 * 1024, '\0');
    for (char &c : bytes)
        c = char(m_random.bounded(256));
    QFile out(attachment);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return row;
    out.close();

    QStringList acknowledged;
    int landedAfterCommit = 0;
    qint64 typical = 0;
    for (int i = 0; row.kills < kills && row.attempts < kills * 3; ++i) {
        const QString text = QStringLiteral("torture note %1").arg(i);
        const CliOutcome r = m_cli.runKilled(noteAdd(file, text, attachment),
                                             typical > 0 ? delay(typical) : -1);
        recordRun(r, row, QStringLiteral("note add %1").arg(i));
        if (r.killed
            && count(file, QStringLiteral("SELECT count(*) FROM note_revisions WHERE body = ?"),
                     {text})
                    > 0)
            ++landedAfterCommit;
        if (r.ok()) {
            acknowledged << text;
            typical = typical > 0 ? (typical * 3 + r.elapsedMs) / 4 : r.elapsedMs;
        }
        verified(file, row, QStringLiteral("after note add %1").arg(i));
        for (const QString &t : std::as_const(acknowledged)) {
            const int n = count(file,
                                QStringLiteral("SELECT count(*) FROM note_revisions r JOIN "
                                               "note_attachments a ON a.revision_id = r.id "
                                               "WHERE r.body = ?"),
                                {t});
            if (n < 1) {
                ++row.acknowledgedLost;
                row.problems
                        << QStringLiteral("acknowledged \"%1\" missing after run %2").arg(t).arg(i);
            }
        }
        if (row.acknowledgedLost > 0)
            break; // every later check would count the same loss again
    }
    row.notes << QStringLiteral("%1 of %2 kills came after the note was committed (the rest "
                                "before: nothing of it is in the file)")
                         .arg(landedAfterCommit)
                         .arg(row.kills);
    row.seconds = timer.elapsed() / 1000.0;
    return row;
}

TortureRow KillHarness::imports(int kills)
{
    TortureRow row;
    row.name = QStringLiteral("(b) CSV imports (1,500 rows, 25 new clients)");
    row.acknowledgedLost = row.integrityFailures = row.partialImports = 0;
    QElapsedTimer timer;
    timer.start();
    const QString base = path(QStringLiteral("import-base.ardesk"));
    const QString file = path(QStringLiteral("import.ardesk"));
    if (!makeDemo(base, 8, row)) {
        ++row.crashes;
        return row;
    }
    qint64 typical = 0;
    int killedWhole = 0;
    int killedNothing = 0;
    for (int i = 0; row.kills < kills && row.attempts < kills * 3; ++i) {
        if (!copyCompany(base, file))
            break;
        const QString csv = path(QStringLiteral("import.csv"));
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(importCsv(i)) < 0)
            break;
        f.close();
        const CliOutcome r = m_cli.runKilled(
                {QStringLiteral("--db"), file, QStringLiteral("--user"),
                 QStringLiteral("amelia.clark"), QStringLiteral("import"),
                 QStringLiteral("invoices"), csv, QStringLiteral("--create-clients")},
                typical > 0 ? delay(typical) : -1);
        recordRun(r, row, QStringLiteral("import %1").arg(i));
        if (r.ok())
            typical = typical > 0 ? (typical * 3 + r.elapsedMs) / 4 : r.elapsedMs;
        verified(file, row, QStringLiteral("after import %1").arg(i));
        const QString prefix = QStringLiteral("TI%1-%").arg(i);
        const int invoices
                = count(file, QStringLiteral("SELECT count(*) FROM invoices WHERE number LIKE ?"),
                        {prefix});
        const int clients = count(
                file, QStringLiteral("SELECT count(*) FROM clients WHERE code LIKE ?"), {prefix});
        const bool none = invoices == 0 && clients == 0;
        const bool all = invoices == kImportRows && clients == kImportClients;
        if (r.killed)
            ++(all ? killedWhole : killedNothing);
        if (!none && !all) {
            ++row.partialImports;
            row.problems << QStringLiteral("import %1 left %2 invoices and %3 clients (%4)")
                                    .arg(i)
                                    .arg(invoices)
                                    .arg(clients)
                                    .arg(r.describe());
        } else if (r.ok() && !all) {
            ++row.acknowledgedLost;
            row.problems << QStringLiteral("import %1 exited 0 and left nothing").arg(i);
        }
    }
    row.notes << QStringLiteral("killed imports: %1 left every row, %2 none")
                         .arg(killedWhole)
                         .arg(killedNothing);
    row.seconds = timer.elapsed() / 1000.0;
    return row;
}

bool KillHarness::addOverdueClients(const QString &file, TortureRow &row) const
{
    // The demo's own clients are mostly handled already: 20 more with overdue invoices give the
    // run a write transaction per client to be killed in.
    QByteArray csv("client_code,client_name,number,issue_date,due_date,amount,currency\n");
    for (int i = 0; i < 40; ++i)
        csv += QStringLiteral("RM%1,Reminded %1,RM-%2,2026-09-01,2026-10-01,%3.00,USD\n")
                       .arg(i % 20)
                       .arg(i)
                       .arg(100 + i)
                       .toUtf8();
    const QString path = this->path(QStringLiteral("overdue.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv) != csv.size())
        return false;
    f.close();
    const CliOutcome r
            = m_cli.run({QStringLiteral("--db"), file, QStringLiteral("--user"),
                         QStringLiteral("amelia.clark"), QStringLiteral("import"),
                         QStringLiteral("invoices"), path, QStringLiteral("--create-clients")});
    if (!r.ok())
        row.problems << QStringLiteral("import of the overdue clients: ") + r.describe();
    return r.ok();
}

KillHarness::Counts KillHarness::reminderCounts(const QString &file) const
{
    Counts c;
    c.reminderLog = count(file, QStringLiteral("SELECT count(*) FROM reminder_log"));
    c.outbox = count(file, QStringLiteral("SELECT count(*) FROM outbox"));
    c.tasks = count(file, QStringLiteral("SELECT count(*) FROM tasks"));
    return c;
}

TortureRow KillHarness::reminderRuns(int kills)
{
    TortureRow row;
    row.name = QStringLiteral("(d) remind (40 clients, 20 of them overdue)");
    row.acknowledgedLost = row.integrityFailures = row.resent = 0;
    QElapsedTimer timer;
    timer.start();
    const QString base = path(QStringLiteral("remind-base.ardesk"));
    const QString file = path(QStringLiteral("remind.ardesk"));
    if (!makeDemo(base, 20, row) || !configureSmtp(base, 25, row)
        || !addOverdueClients(base, row)) {
        ++row.crashes;
        return row;
    }
    const QStringList remind {QStringLiteral("--db"),
                              file,
                              QStringLiteral("--user"),
                              QStringLiteral("amelia.clark"),
                              QStringLiteral("remind"),
                              QStringLiteral("--as-of"),
                              kRemindAsOf};
    // The reference: the same run, never killed.
    copyCompany(base, file);
    const CliOutcome reference = m_cli.run(remind);
    const Counts expected = reminderCounts(file);
    if (!reference.ok() || expected.outbox <= 0) {
        ++row.crashes;
        row.problems << QStringLiteral("the reference reminder run: ") + reference.describe();
        return row;
    }
    const qint64 typical = reference.elapsedMs;
    int midRun = 0;
    for (int i = 0; row.kills < kills && row.attempts < kills * 3; ++i) {
        if (!copyCompany(base, file))
            break;
        const CliOutcome r = m_cli.runKilled(remind, delay(typical));
        recordRun(r, row, QStringLiteral("remind %1").arg(i));
        verified(file, row, QStringLiteral("after remind %1").arg(i));
        const Counts killedAt = reminderCounts(file);
        if (r.killed && killedAt.reminderLog > 0 && killedAt.reminderLog < expected.reminderLog)
            ++midRun;
        if (r.ok() && !(killedAt == expected)) {
            ++row.acknowledgedLost;
            row.problems
                    << QStringLiteral("remind %1 exited 0 but did less than the reference").arg(i);
        }
        // The run after a crash finishes the work: exactly what one unbroken run does, no
        // reminder queued twice, no step lost.
        const CliOutcome again = m_cli.run(remind);
        if (!again.ok()) {
            ++row.crashes;
            row.problems << QStringLiteral("remind after kill %1: ").arg(i) + again.describe();
        }
        const Counts after = reminderCounts(file);
        if (after.outbox > expected.outbox) {
            row.resent += after.outbox - expected.outbox;
            row.problems << QStringLiteral("remind %1: %2 reminders queued, one run queues %3")
                                    .arg(i)
                                    .arg(after.outbox)
                                    .arg(expected.outbox);
        } else if (!(after == expected)) {
            ++row.acknowledgedLost;
            row.problems << QStringLiteral("remind %1 then a full run: log %2/%3, outbox %4/%5, "
                                           "tasks %6/%7")
                                    .arg(i)
                                    .arg(after.reminderLog)
                                    .arg(expected.reminderLog)
                                    .arg(after.outbox)
                                    .arg(expected.outbox)
                                    .arg(after.tasks)
                                    .arg(expected.tasks);
        }
    }
    row.notes << QStringLiteral("%1 of %2 kills came mid-run (some clients' steps committed, "
                                "others not); one unbroken run records %3 steps, queues %4 "
                                "e-mails and %5 tasks")
                         .arg(midRun)
                         .arg(row.kills)
                         .arg(expected.reminderLog)
                         .arg(expected.outbox)
                         .arg(expected.tasks);
    row.seconds = timer.elapsed() / 1000.0;
    return row;
}

bool KillHarness::refillOutbox(const QString &file, int count, int &serial, TortureRow &row) const
{
    auto opened = Database::open(file);
    if (!opened) {
        row.problems << QStringLiteral("refill: ") + opened.errorString();
        return false;
    }
    std::shared_ptr<Database> db = opened.value();
    auto done = inTransaction(*db, [&]() -> Result<void> {
        Outbox outbox(*db);
        for (int i = 0; i < count; ++i, ++serial) {
            MimeMessage m;
            m.from = MailAddress::create(QStringLiteral("ar@acme-supplies.example"),
                                         QStringLiteral("Acme AR"))
                             .value();
            m.to = {MailAddress::create(QStringLiteral("payer%1@client.example").arg(serial))
                            .value()};
            m.subject = QStringLiteral("Statement %1").arg(serial);
            m.text = QStringLiteral("Your statement number %1.\n").arg(serial);
            auto bytes = m.toBytes(*db->clock());
            if (!bytes)
                return bytes.error();
            OutboxMessage o;
            o.clientId = 1;
            o.messageId = m.messageId;
            o.fromAddress = m.from.address();
            o.recipients = {m.to.first().address()};
            o.subject = m.subject;
            o.eml = bytes.value();
            if (auto id = outbox.insert(o); !id)
                return id.error();
        }
        return {};
    });
    db->releaseThreadConnection();
    if (!done)
        row.problems << QStringLiteral("refill: ") + done.errorString();
    return bool(done);
}

TortureRow KillHarness::outboxSends(int kills)
{
    TortureRow row;
    row.name = QStringLiteral("(c) outbox send to aiosmtpd");
    row.acknowledgedLost = row.integrityFailures = row.duplicateMessageIds = row.resent = 0;
    QElapsedTimer timer;
    timer.start();
    const QString serverDir = path(QStringLiteral("smtp"));
    test::SmtpTestServer server;
    // 20 ms before each DATA reply: kills land while the server holds a message not yet
    // acknowledged, the moment after which the sender cannot know whether it was delivered.
    if (!server.start(serverDir, test::SmtpTestServer::Tls::None, QString(),
                      {QStringLiteral("--latency"), QStringLiteral("20")})) {
        ++row.crashes;
        row.problems << QStringLiteral("the SMTP server did not start");
        return row;
    }
    const QString file = path(QStringLiteral("outbox.ardesk"));
    if (!makeDemo(file, 8, row) || !configureSmtp(file, server.port(), row)) {
        ++row.crashes;
        return row;
    }
    const QStringList send {QStringLiteral("--db"),    file,
                            QStringLiteral("--user"),  QStringLiteral("dana.ortiz"),
                            QStringLiteral("outbox"),  QStringLiteral("send"),
                            QStringLiteral("--limit"), QStringLiteral("4")};
    int serial = 0;
    qint64 typical = 0;
    QSet<QString> everSent;
    for (int i = 0; row.kills < kills && row.attempts < kills * 3; ++i) {
        if (count(file, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'queued'")) < 4
            && !refillOutbox(file, 12, serial, row)) {
            ++row.crashes;
            break;
        }
        const CliOutcome r = m_cli.runKilled(send, typical > 0 ? delay(typical) : -1);
        recordRun(r, row, QStringLiteral("outbox send %1").arg(i));
        if (r.ok())
            typical = typical > 0 ? (typical * 3 + r.elapsedMs) / 4 : r.elapsedMs;
        verified(file, row, QStringLiteral("after outbox send %1").arg(i));
        // Once sent, always sent: a kill never takes a recorded delivery back.
        QSet<QString> sentNow;
        for (const QVariantList &m :
             rows(file, QStringLiteral("SELECT message_id FROM outbox WHERE status = 'sent'")))
            sentNow.insert(m.value(0).toString());
        for (const QString &id : std::as_const(everSent)) {
            if (!sentNow.contains(id)) {
                ++row.acknowledgedLost;
                row.problems << QStringLiteral("%1 was sent and is no longer after run %2")
                                        .arg(id)
                                        .arg(i);
            }
        }
        everSent = sentNow;
    }
    // A last run unkilled: what the kills left in 'sending' becomes 'unknown', never re-sent.
    const CliOutcome last = m_cli.run(send);
    if (!last.ok()) {
        ++row.crashes;
        row.problems << QStringLiteral("the last outbox send: ") + last.describe();
    }
    const QHash<QString, int> received = receivedMessageIds(serverDir);
    QHash<QString, int> statuses;
    for (const QVariantList &m :
         rows(file, QStringLiteral("SELECT status, count(*) FROM outbox GROUP BY status")))
        statuses.insert(m.value(0).toString(), m.value(1).toInt());
    row.notes << QStringLiteral("%1 messages received; outbox: %2 sent, %3 unknown (killed between "
                                "the upload and its record: left for the user, never re-sent), "
                                "%4 queued, %5 failed")
                         .arg(received.size())
                         .arg(statuses.value(QStringLiteral("sent")))
                         .arg(statuses.value(QStringLiteral("unknown")))
                         .arg(statuses.value(QStringLiteral("queued")))
                         .arg(statuses.value(QStringLiteral("failed")));
    for (auto it = received.cbegin(); it != received.cend(); ++it) {
        if (it.value() > 1) {
            ++row.duplicateMessageIds;
            row.resent += it.value() - 1;
            row.problems << QStringLiteral("%1 received %2 times").arg(it.key()).arg(it.value());
        }
    }
    for (const QVariantList &m :
         rows(file, QStringLiteral("SELECT message_id, status FROM outbox"))) {
        const QString id = m.value(0).toString();
        const QString status = m.value(1).toString();
        if (status == QLatin1String("sent") && !received.contains(id)) {
            ++row.acknowledgedLost;
            row.problems << QStringLiteral("%1 is marked sent; the server never got it").arg(id);
        }
        if ((status == QLatin1String("queued") || status == QLatin1String("failed"))
            && received.contains(id)) {
            ++row.resent;
            row.problems << QStringLiteral("%1 was delivered and is %2 again").arg(id, status);
        }
    }
    row.seconds = timer.elapsed() / 1000.0;
    return row;
}

} // namespace ardesk::torture
