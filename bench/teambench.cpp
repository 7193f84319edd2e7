// SPDX-License-Identifier: MIT
// The team group of ardesk-bench: tier L in PostgreSQL, measured beside the company file.
#include "teambench.h"

#include "benchmeasures.h"

#include "core/services/clientservice.h"
#include "core/services/noteservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/database.h"
#include "core/storage/notesearch.h"
#include "core/storage/recordverifier.h"
#include "core/storage/sql.h"
#include "core/storage/todayqueue.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"
#include "models/searchresultmodel.h"
#include "support/pgcluster.h" // the tests' throwaway cluster (tests/support)

#include <algorithm>
#include <atomic>
#include <mutex>
#include <random>
#include <thread>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

namespace ardesk::bench {
namespace {

const QString kClientCode = QStringLiteral("BENCH-TEAM");
constexpr int kClientNotes = 500;
/// The queue's rounds on each side (at least): its figures are compared with a goal 10-20 % away.
constexpr int kQueueRounds = 20;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString fmt(double ms)
{
    return ms < 0 ? QStringLiteral("—") : QString::number(ms, 'f', 2) + QStringLiteral(" ms");
}

QString ratio(double a, double b)
{
    return a < 0 || b <= 0 ? QStringLiteral("—") : QString::number(a / b, 'f', 2);
}

/// Prints a step as it happens (a tier-L run takes long; the table comes at the end).
void say(const QString &text)
{
    QTextStream(stdout) << "  team: " << text << Qt::endl;
}

/// A program run to its end (no time limit); its output, or a null string and `error`.
QString runTool(const QString &program, const QStringList &args, QString *error,
                const QString &inputFile = QString())
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    if (!inputFile.isEmpty())
        p.setStandardInputFile(inputFile);
    p.start(program, args);
    if (!p.waitForStarted(60000) || !p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3")
                         .arg(QFileInfo(program).fileName())
                         .arg(p.exitCode())
                         .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed().left(400));
        return QString();
    }
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    return out.isNull() ? QStringLiteral("") : out;
}

/// What the read measures look at, found the same way in both backends (the same rows).
struct Subjects
{
    qint64 clerk = 0;
    int clerkClients = 0;
    QDate asOf;
    QString rare; ///< an invoice number: a rare search term
    qint64 client = 0; ///< the client given kClientNotes notes
};

struct Reads
{
    double sortMs = -1, sortBaseMs = -1;
    double queueMs = -1, queueP95 = -1, queueBaseMs = -1;
    int queueRows = 0;
    double searchMs = -1, searchP95 = -1, searchBaseMs = -1;
    int searchHits = 0;
    double openMs = -1, openP95 = -1, openBaseMs = -1;
    int openNotes = 0;
};

struct Import
{
    double wholeMs = -1, copyPhaseMs = -1, sourceVerifyMs = -1, checkMs = -1, plainCopyMs = -1;
    qint64 rows = 0;
    bool same = false;
    QString problem;
};

/// A set-up statement, not prepared (PostgreSQL prepares no DDL); its failure is printed and
/// the measure goes on.
void exec(const QSqlDatabase &conn, const QString &statement)
{
    QSqlQuery q(conn);
    if (!q.exec(statement))
        say(statement.left(60) + QStringLiteral(": ") + q.lastError().text());
}

QVariant scalarOf(const QSqlDatabase &conn, const QString &statement,
                  const QVariantList &binds = {})
{
    return sql::scalar(conn, statement, binds).valueOr(QVariant());
}

Subjects findSubjects(const std::shared_ptr<Database> &db)
{
    Subjects s;
    QSqlDatabase conn = db->connection();
    const bench::QueueSubject subject = bench::busiestClerk(conn, db->today());
    s.clerk = subject.clerk;
    s.clerkClients = subject.clerkClients;
    s.asOf = subject.asOf;
    s.rare = scalarOf(conn,
                      QStringLiteral("SELECT number FROM invoices WHERE id = (SELECT max(id) "
                                     "/ 2 FROM invoices)"))
                     .toString();
    s.client
            = scalarOf(conn, QStringLiteral("SELECT id FROM clients WHERE code = ?"), {kClientCode})
                      .toLongLong();
    return s;
}

/// The client list's first page sorted by overdue through the real model on the real worker, vs
/// the first page unsorted.
void measureSort(const std::shared_ptr<Database> &db, int runs, Reads &r)
{
    const SortTiming t = timeOverdueSort(db, runs);
    r.sortMs = t.sortedMs;
    r.sortBaseMs = t.baselineMs;
}

/// One round of the queue measure: the Today queue of the clerk with the most clients, then
/// listing that clerk's clients (the baseline). False when the queue failed.
bool queueRound(const std::shared_ptr<Database> &db, const Subjects &s, Reads &r, double *queueMs,
                double *baseMs)
{
    QElapsedTimer t;
    t.start();
    auto rows = TodayQueue(*db).forUser(s.clerk, s.asOf);
    *queueMs = msSince(t);
    if (!rows) {
        say(QStringLiteral("queue: ") + rows.errorString());
        return false;
    }
    r.queueRows = int(rows.value().size());
    t.restart();
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT id, code, name FROM clients WHERE assigned_user_id = ? "
                             "AND archived_at IS NULL"));
    q.addBindValue(s.clerk);
    q.exec();
    while (q.next()) { }
    *baseMs = msSince(t);
    return true;
}

/// The Today queue on the team database and on the company file, call for call in turn, so
/// both figures come from the same minutes: this machine's speed drifts by a third from one
/// quarter of an hour to the next (docs/performance.md), more than the difference measured.
void measureQueues(const std::shared_ptr<Database> &team, const Subjects &teamSubjects,
                   Reads &teamReads, const std::shared_ptr<Database> &file,
                   const Subjects &fileSubjects, Reads &fileReads, int runs)
{
    QList<double> teamQueue, teamBase, fileQueue, fileBase;
    for (int round = 0; round <= runs; ++round) {
        double q = 0, b = 0;
        if (!queueRound(team, teamSubjects, teamReads, &q, &b))
            return;
        if (round > 0) {
            teamQueue << q;
            teamBase << b;
        }
        if (!queueRound(file, fileSubjects, fileReads, &q, &b))
            return;
        if (round > 0) {
            fileQueue << q;
            fileBase << b;
        }
    }
    teamReads.queueMs = medianMs(teamQueue);
    teamReads.queueP95 = p95Ms(teamQueue);
    teamReads.queueBaseMs = medianMs(teamBase);
    fileReads.queueMs = medianMs(fileQueue);
    fileReads.queueP95 = p95Ms(fileQueue);
    fileReads.queueBaseMs = medianMs(fileBase);
}

/// Before the team database is measured: the server's own work after the loads done, as on a
/// server that has been running a while. A checkpoint (the loads' pages written out), then until
/// no autovacuum worker runs (at most two minutes). Returns the seconds it took.
double settleServer(test::PgCluster &pg, const QString &database)
{
    QElapsedTimer t;
    t.start();
    pg.psql(database, QStringLiteral("CHECKPOINT"));
    while (t.elapsed() < 120000
           && pg.psql(database,
                      QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE backend_type "
                                     "= 'autovacuum worker'"))
                           .trimmed()
                   != QLatin1String("0"))
        QThread::msleep(1000);
    return t.elapsed() / 1000.0;
}

/// A rare word (an invoice number) through NoteSearch, the window's first page, vs the bare
/// index lookup of the same words (FTS5 MATCH, or the tsquery on the GIN index) LIMIT 50.
void measureSearch(const std::shared_ptr<Database> &db, const Subjects &s, int runs, Reads &r)
{
    QSqlDatabase conn = db->connection();
    NoteSearch search(conn);
    SearchQuery query;
    query.text = s.rare;
    query.limit = SearchResultModel::kPageSize;
    const bool team = db->dialect() == Dialect::PostgreSQL;
    const QString expr = team ? NoteSearch::textQuery(s.rare)
                              : search.matchExpression(query).valueOr(QString());
    const QString bare = team ? QStringLiteral("SELECT note_id FROM note_search WHERE document @@ "
                                               "to_tsquery('ardesk_search', ?) LIMIT 50")
                              : QStringLiteral("SELECT rowid FROM note_search WHERE note_search "
                                               "MATCH ? LIMIT 50");
    QList<double> times, base;
    for (int round = 0; round <= runs; ++round) {
        QElapsedTimer t;
        t.start();
        auto found = search.run(query);
        const double ms = msSince(t);
        if (!found) {
            say(QStringLiteral("search: ") + found.errorString());
            return;
        }
        r.searchHits = found.value().total;
        t.restart();
        QSqlQuery q(conn);
        q.prepare(bare);
        q.addBindValue(expr);
        q.exec();
        while (q.next()) { }
        if (round == 0)
            continue;
        times << ms;
        base << msSince(t);
    }
    r.searchMs = medianMs(times);
    r.searchP95 = p95Ms(times);
    r.searchBaseMs = medianMs(base);
}

/// The client with kClientNotes notes opened through NoteService::forClient (what the Notes tab
/// loads) vs the raw revisions of its notes.
void measureOpen(const std::shared_ptr<Database> &db, const Subjects &s, int runs, Reads &r)
{
    if (s.client <= 0)
        return;
    QSqlDatabase conn = db->connection();
    NoteService notes(db, s.clerk);
    QList<double> open, base;
    for (int round = 0; round <= runs; ++round) {
        QElapsedTimer t;
        t.start();
        auto entries = notes.forClient(s.client);
        const double ms = msSince(t);
        if (!entries) {
            say(QStringLiteral("open: ") + entries.errorString());
            return;
        }
        r.openNotes = int(entries.value().size());
        t.restart();
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("SELECT * FROM note_revisions WHERE note_id IN (SELECT id FROM "
                                 "notes WHERE client_id = ?)"));
        q.addBindValue(s.client);
        q.exec();
        while (q.next()) {
            for (int col = 0; col < 17; ++col)
                q.value(col);
        }
        if (round == 0)
            continue;
        open << ms;
        base << msSince(t);
    }
    r.openMs = medianMs(open);
    r.openP95 = p95Ms(open);
    r.openBaseMs = medianMs(base);
}

Reads measureReads(const std::shared_ptr<Database> &db, const Subjects &s, int runs)
{
    Reads r;
    measureSort(db, runs, r);
    measureSearch(db, s, runs, r);
    measureOpen(db, s, runs, r);
    return r;
}

/// The client the open measure reads: kClientNotes notes over 500 days, every fifth with an
/// attachment, written through the use cases into the scratch copy before it is imported.
Result<void> addBenchClient(const std::shared_ptr<Database> &db)
{
    QSqlDatabase conn = db->connection();
    const qint64 userId = scalarOf(conn, QStringLiteral("SELECT min(id) FROM users")).toLongLong();
    Client c;
    c.code = kClientCode;
    c.name = QStringLiteral("Bench Team Client");
    c.currency = scalarOf(conn, QStringLiteral("SELECT currency FROM clients ORDER BY id LIMIT 1"))
                         .toString();
    if (c.currency.isEmpty())
        c.currency = QStringLiteral("USD");
    if (auto created = ClientService(db, userId).createClient(c); !created)
        return created.error();
    NoteService notes(db, userId);
    const QDateTime start = db->clock()->now().addDays(-kClientNotes);
    for (int i = 0; i < kClientNotes; ++i) {
        NoteService::Draft d;
        d.note.clientId = c.id;
        d.note.channel = NoteChannel::Internal;
        d.note.occurredAt = start.addSecs(qint64(i) * 86000);
        d.note.text = QStringLiteral("Bench note %1: spoke about the open invoices, the customer "
                                     "will check with accounts payable and call back.")
                              .arg(i);
        if (i % 5 == 0) {
            QByteArray bytes("%PDF-1.4\n% bench attachment ");
            bytes += QByteArray::number(i);
            bytes += QByteArray(8000, char('a' + i % 26));
            d.attachData.append({QStringLiteral("statement-%1.pdf").arg(i), bytes});
        }
        if (auto added = notes.add(d); !added)
            return added.error();
    }
    return {};
}

/// Per clerk: its user id and the clients it is assigned (at most 2,000), the same in both.
QList<QPair<qint64, QList<qint64>>> clerksOf(const std::shared_ptr<Database> &db, int clerks)
{
    QSqlDatabase conn = db->connection();
    QList<qint64> users;
    QSqlQuery q(conn);
    q.exec(QStringLiteral("SELECT assigned_user_id FROM clients WHERE assigned_user_id IS NOT NULL "
                          "AND archived_at IS NULL GROUP BY 1 ORDER BY 1"));
    while (q.next())
        users << q.value(0).toLongLong();
    QList<QPair<qint64, QList<qint64>>> out;
    for (int i = 0; i < clerks && !users.isEmpty(); ++i) {
        const qint64 user = users.at(i % users.size());
        QList<qint64> clients;
        QSqlQuery c(conn);
        c.prepare(QStringLiteral("SELECT id FROM clients WHERE assigned_user_id = ? AND "
                                 "archived_at IS NULL ORDER BY id LIMIT 2000"));
        c.addBindValue(user);
        c.exec();
        while (c.next())
            clients << c.value(0).toLongLong();
        if (!clients.isEmpty())
            out.append({user, clients});
    }
    return out;
}

/// How many of `ids` are notes in the database (0 lost: all of them).
qint64 countPresent(const QSqlDatabase &conn, const QList<qint64> &ids)
{
    qint64 present = 0;
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        QStringList chunk;
        for (qsizetype j = i; j < std::min(ids.size(), i + 500); ++j)
            chunk << QString::number(ids.at(j));
        present += scalarOf(conn,
                            QStringLiteral("SELECT count(*) FROM notes WHERE id IN (")
                                    + chunk.join(u',') + u')')
                           .toLongLong();
    }
    return present;
}

/// One run of simulated clerks: what they saved and how long each save took.
struct SaveRun
{
    qint64 saved = 0, refused = 0, lost = -1;
    double medianMs = -1, p95Ms = -1, maxMs = -1;
    QString firstError;
};

using Clerks = QList<QPair<qint64, QList<qint64>>>;

/// One thread per clerk, each on its own connection, for `seconds`: `save(thread, n)` every
/// `paceMs` from a random start within the first interval (0: one after the other, flat out).
/// `save` returns the new row's id, or an error.
template<typename Save>
SaveRun clerksRun(const std::shared_ptr<Database> &db, const Clerks &who, int seconds, int paceMs,
                  const Save &save)
{
    SaveRun out;
    std::mutex mutex;
    QList<double> latencies;
    QList<qint64> acknowledged;
    auto clerk = [&](int index) {
        {
            std::mt19937 random(quint32(index) + 7);
            const qint64 offset = paceMs > 0 ? qint64(random() % quint32(paceMs)) : 0;
            QList<double> mine;
            QList<qint64> ids;
            qint64 refused = 0;
            QString error;
            QElapsedTimer run;
            run.start();
            for (int n = 0; run.elapsed() < qint64(seconds) * 1000; ++n) {
                const qint64 slot = offset + qint64(n) * paceMs;
                if (paceMs > 0 && slot > run.elapsed())
                    std::this_thread::sleep_for(std::chrono::milliseconds(slot - run.elapsed()));
                QElapsedTimer t;
                t.start();
                const Result<qint64> id = save(index, n);
                const double ms = msSince(t);
                if (!id) {
                    ++refused;
                    if (error.isEmpty())
                        error = id.errorString();
                    continue;
                }
                mine << ms;
                ids << id.value();
            }
            std::lock_guard lock(mutex);
            latencies += mine;
            acknowledged += ids;
            out.refused += refused;
            if (out.firstError.isEmpty())
                out.firstError = error;
        }
        db->releaseThreadConnection();
    };
    std::vector<std::thread> threads;
    for (int i = 0; i < who.size(); ++i)
        threads.emplace_back(clerk, i);
    for (auto &t : threads)
        t.join();
    out.saved = acknowledged.size();
    out.medianMs = medianMs(latencies);
    out.p95Ms = p95Ms(latencies);
    out.maxMs = latencies.isEmpty() ? -1 : *std::max_element(latencies.cbegin(), latencies.cend());
    out.lost = out.saved - countPresent(db->connection(), acknowledged);
    return out;
}

/// A call note with a next contact date on one of the clerk's clients, chosen at random,
/// through NoteService (chain, search index, audit, summary, follow-up task).
SaveRun notesRun(const std::shared_ptr<Database> &db, const Clerks &who, int seconds, int paceMs)
{
    const QDate nextContact = db->today().addDays(7);
    return clerksRun(db, who, seconds, paceMs, [&](int index, int n) -> Result<qint64> {
        const auto &[user, clients] = who.at(index);
        NoteService::Draft d;
        d.note.clientId = clients.at((n * 7919 + index * 104729) % clients.size());
        d.note.channel = NoteChannel::Call;
        d.note.outcome = NoteOutcome::Reached;
        d.note.nextContactDate = nextContact;
        d.note.text = QStringLiteral("Clerk %1, call %2: reached AP, the invoice is approved and "
                                     "goes out in the next check run.")
                              .arg(index)
                              .arg(n);
        d.authorId = user;
        auto added = NoteService(db, user).add(d);
        if (!added)
            return added.error();
        return added.value().id;
    });
}

/// The raw baseline: the note's text into a plain table, one transaction each (no chain, search
/// index, audit, summary or task).
SaveRun plainRun(const std::shared_ptr<Database> &db, const Clerks &who, int seconds, int paceMs)
{
    const bool team = db->dialect() == Dialect::PostgreSQL;
    QSqlDatabase conn = db->connection();
    exec(conn, QStringLiteral("DROP TABLE IF EXISTS bench_team_notes"));
    exec(conn,
         team ? QStringLiteral("CREATE TABLE bench_team_notes (id BIGSERIAL PRIMARY KEY, "
                               "client_id BIGINT NOT NULL, author_id BIGINT, "
                               "recorded_at TEXT NOT NULL, body TEXT NOT NULL)")
              : QStringLiteral("CREATE TABLE bench_team_notes (id INTEGER PRIMARY KEY, "
                               "client_id INTEGER NOT NULL, author_id INTEGER, "
                               "recorded_at TEXT NOT NULL, body TEXT NOT NULL)"));
    SaveRun out = clerksRun(db, who, seconds, paceMs, [&](int index, int n) -> Result<qint64> {
        const auto &[user, clients] = who.at(index);
        QSqlDatabase c = db->connection();
        if (!c.transaction())
            return Error {ErrorCode::Database, c.lastError().text()};
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO bench_team_notes (client_id, author_id, "
                                 "recorded_at, body) VALUES (?, ?, ?, ?)"));
        q.addBindValue(clients.at((n * 7919 + index * 104729) % clients.size()));
        q.addBindValue(user);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(QStringLiteral("Clerk %1, call %2: reached AP.").arg(index).arg(n));
        if (!q.exec() || !c.commit()) {
            c.rollback();
            return Error {ErrorCode::Database, q.lastError().text()};
        }
        return q.lastInsertId().toLongLong();
    });
    out.lost = -1; // not notes: countPresent does not apply
    exec(conn, QStringLiteral("DROP TABLE bench_team_notes"));
    return out;
}

struct Saves
{
    int clerks = 0, seconds = 0, paceMs = 0;
    SaveRun paced, flat, raw;
    QString verify; ///< "passes (N entries)" or the first problem
    double verifyMs = -1;
};

/// Issue 13 item 11's clerks: `clerks` threads saving notes for `seconds`, one every `paceMs`
/// each; then flat out for a quarter of the time (how the chain's lock bears a burst); the raw
/// baseline at the same pace; then the whole record chain verified.
Saves measureSaves(const std::shared_ptr<Database> &db, int clerks, int seconds, int paceMs)
{
    Saves out;
    out.seconds = seconds;
    out.paceMs = paceMs;
    const Clerks who = clerksOf(db, clerks);
    out.clerks = int(who.size());
    if (who.isEmpty())
        return out;
    out.paced = notesRun(db, who, seconds, paceMs);
    out.flat = notesRun(db, who, std::max(1, seconds / 4), 0);
    out.raw = plainRun(db, who, std::max(1, seconds / 4), paceMs);
    QElapsedTimer t;
    t.start();
    auto report = RecordVerifier(*db).verify();
    out.verifyMs = msSince(t);
    if (!report)
        out.verify = QStringLiteral("not run: ") + report.errorString();
    else if (report.value().ok())
        out.verify = QStringLiteral("passes (%1 entries)").arg(report.value().chainEntries);
    else
        out.verify = QStringLiteral("FAILS: ") + report.value().problems.first().message;
    return out;
}

/// `ardesk-cli team import` of `file` into database `name` (timed as a whole, its phases from
/// its --json), then the baseline: the same rows dumped as COPY text beforehand and loaded by
/// psql's \copy into a database holding the same schema (a schema-only pg_dump), in one
/// transaction with triggers off.
Import measureImport(test::PgCluster &pg, const QString &cli, const QString &file,
                     const QString &workDir, const QString &name)
{
    Import out;
    QString error;
    QElapsedTimer t;
    t.start();
    const QString json
            = runTool(cli,
                      {QStringLiteral("--json"), QStringLiteral("team"), QStringLiteral("import"),
                       file, QStringLiteral("--to"), pg.url(name)},
                      &error);
    out.wholeMs = msSince(t);
    if (json.isNull()) {
        out.problem = error;
        return out;
    }
    const QJsonObject j = QJsonDocument::fromJson(json.toUtf8()).object();
    out.copyPhaseMs = j.value(QStringLiteral("copy_ms")).toDouble(-1);
    out.sourceVerifyMs = j.value(QStringLiteral("source_verify_ms")).toDouble(-1);
    out.checkMs = j.value(QStringLiteral("check_ms")).toDouble(-1);
    out.rows = j.value(QStringLiteral("rows")).toInteger();
    out.same = j.value(QStringLiteral("same")).toBool();
    say(QStringLiteral("team import: %1 rows in %2 s")
                .arg(out.rows)
                .arg(out.wholeMs / 1000, 0, 'f', 1));

    const QString bin = test::PgCluster::binDir();
    const QStringList conn {QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("-p"), QString::number(pg.port()),
                            QStringLiteral("-U"), pg.superuser()};
    const QStringList psql = QStringList {QStringLiteral("-X"), QStringLiteral("-q"),
                                          QStringLiteral("-A"), QStringLiteral("-t")}
            + conn;
    QDir(workDir).removeRecursively();
    QDir().mkpath(workDir + QStringLiteral("/rows"));
    const QString schema = workDir + QStringLiteral("/schema.sql");
    const QString dumped
            = runTool(bin + QStringLiteral("/pg_dump"),
                      conn + QStringList {QStringLiteral("--schema-only"), name}, &error);
    QFile schemaFile(schema);
    if (dumped.isNull() || !schemaFile.open(QIODevice::WriteOnly)
        || schemaFile.write(dumped.toUtf8()) < 0) {
        out.problem = QStringLiteral("schema dump: ") + error;
        return out;
    }
    schemaFile.close();
    const QString tables = runTool(
            bin + QStringLiteral("/psql"),
            psql
                    + QStringList {QStringLiteral("-d"), name, QStringLiteral("-c"),
                                   QStringLiteral("SELECT t.tablename || ' ' || (SELECT "
                                                  "string_agg(quote_ident(column_name), ',' ORDER "
                                                  "BY ordinal_position) FROM "
                                                  "information_schema.columns c WHERE "
                                                  "c.table_schema = 'public' AND c.table_name = "
                                                  "t.tablename AND c.is_generated = 'NEVER') FROM "
                                                  "pg_tables t WHERE t.schemaname = 'public' "
                                                  "ORDER BY 1")},
            &error);
    QStringList dump,
            load {QStringLiteral("BEGIN;"),
                  QStringLiteral("SET LOCAL session_replication_role = replica;")};
    for (const QString &line : tables.split(u'\n', Qt::SkipEmptyParts)) {
        const QString table = line.section(u' ', 0, 0);
        const QString columns = line.section(u' ', 1);
        const QString rows = workDir + QStringLiteral("/rows/") + table;
        dump << QStringLiteral("\\copy %1 (%2) TO '%3'").arg(table, columns, rows);
        load << QStringLiteral("\\copy %1 (%2) FROM '%3'").arg(table, columns, rows);
    }
    load << QStringLiteral("COMMIT;");
    auto writeScript = [&](const QString &path, const QStringList &lines) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write((lines.join(u'\n') + u'\n').toUtf8()) > 0;
    };
    const QString dumpSql = workDir + QStringLiteral("/dump.sql");
    const QString loadSql = workDir + QStringLiteral("/load.sql");
    if (tables.isNull() || !writeScript(dumpSql, dump) || !writeScript(loadSql, load)
        || runTool(bin + QStringLiteral("/psql"),
                   psql
                           + QStringList {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                          QStringLiteral("-d"), name, QStringLiteral("-f"),
                                          dumpSql},
                   &error)
                   .isNull()) {
        out.problem = QStringLiteral("dumping the rows: ") + error;
        return out;
    }
    const QString base = name + QStringLiteral("_copy");
    if (!pg.createDatabase(base)) {
        out.problem = pg.errorString();
        return out;
    }
    // The schema as pg_dump wrote it; statements about roles that exist already may fail.
    runTool(bin + QStringLiteral("/psql"),
            psql + QStringList {QStringLiteral("-d"), base, QStringLiteral("-f"), schema}, &error);
    t.restart();
    const QString loaded = runTool(
            bin + QStringLiteral("/psql"),
            psql
                    + QStringList {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                   QStringLiteral("-d"), base, QStringLiteral("-f"), loadSql},
            &error);
    out.plainCopyMs = msSince(t);
    if (loaded.isNull()) {
        out.problem = QStringLiteral("plain COPY: ") + error;
        out.plainCopyMs = -1;
    }
    say(QStringLiteral("plain COPY: %1 s").arg(out.plainCopyMs / 1000, 0, 'f', 1));
    pg.psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE \"%1\"").arg(base));
    QDir(workDir).removeRecursively();
    return out;
}

QString scratchCopy(const QString &file, const QString &dataDir)
{
    const QString copy
            = QDir(dataDir).filePath(QStringLiteral("team-scratch-") + QFileInfo(file).fileName());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    return QFile::copy(file, copy) ? copy : QString();
}

void removeScratch(const QString &copy)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
}

} // namespace

TeamBench::TeamBench(Options options)
    : m_options(std::move(options))
{ }

QString TeamBench::run()
{
    const Options &o = m_options;
    const QString tier = QStringLiteral(", tier ") + o.tier;
    QString text;
    QTextStream t(&text);
    auto failed = [&](const QString &why) {
        t << "| team mode" << tier << " | failed: " << why << " | | | |\n";
        t.flush();
        return text;
    };
    if (!test::PgCluster::isAvailable())
        return failed(QStringLiteral("PostgreSQL 15 is not installed"));
    // The cached tier file migrates on its first open, as for the other groups; the scratch copy
    // gets the client with 500 notes and is what is imported and written to.
    if (auto cached = Database::open(o.tierFile); !cached)
        return failed(cached.errorString());
    say(QStringLiteral("copying %1").arg(o.tierFile));
    const QString copy = scratchCopy(o.tierFile, o.dataDir);
    if (copy.isEmpty())
        return failed(QStringLiteral("cannot copy %1").arg(o.tierFile));
    std::shared_ptr<Database> file;
    if (auto opened = Database::open(copy); opened)
        file = opened.value();
    else
        return failed(opened.errorString());
    if (auto added = addBenchClient(file); !added)
        return failed(QStringLiteral("the client with 500 notes: ") + added.errorString());
    const Subjects subjects = findSubjects(file);
    say(QStringLiteral("company file: reads"));
    Reads fileReads = measureReads(file, subjects, o.runs);
    // Closed, so that its last saves are in the file itself: team import refuses a file whose
    // write-ahead log still holds saves.
    file->releaseThreadConnection();
    file.reset();

    test::PgCluster pg;
    // A server that writes durably (fsync, full pages), with the memory a server of a 2 GB
    // company would be given; the tests' cluster runs with fsync off.
    pg.setServerOptions(QStringLiteral(
            "-c fsync=on -c full_page_writes=on -c synchronous_commit=on -c shared_buffers=1GB "
            "-c maintenance_work_mem=512MB -c work_mem=32MB -c max_wal_size=8GB "
            "-c effective_cache_size=8GB -c shared_preload_libraries=pg_stat_statements"));
    if (!pg.start() || !pg.createDatabase(QStringLiteral("team")))
        return failed(pg.errorString());
    say(QStringLiteral("cluster in %1, port %2; team import of %3")
                .arg(pg.path())
                .arg(pg.port())
                .arg(copy));
    const Import imported = measureImport(pg, o.cli, copy, o.dataDir + QStringLiteral("/team-copy"),
                                          QStringLiteral("team"));
    if (imported.wholeMs < 0 || imported.rows == 0)
        return failed(imported.problem);
    if (auto opened = Database::open(copy); opened)
        file = opened.value();
    else
        return failed(opened.errorString());
    // Only what the measures below run is counted (not the import).
    pg.psql(QStringLiteral("team"),
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS "
                           "pg_stat_statements; SELECT "
                           "pg_stat_statements_reset()"));
    std::shared_ptr<Database> team;
    if (auto opened = Database::open(pg.url(QStringLiteral("team"))); opened)
        team = opened.value();
    else
        return failed(opened.errorString());
    const double settled = settleServer(pg, QStringLiteral("team"));
    say(QStringLiteral("team database: reads (after %1 s for a checkpoint and autovacuum)")
                .arg(settled, 0, 'f', 1));
    const Subjects teamSubjects = findSubjects(team);
    Reads teamReads = measureReads(team, teamSubjects, o.runs);
    say(QStringLiteral("Today queue: team database and company file in turn"));
    measureQueues(team, teamSubjects, teamReads, file, subjects, fileReads,
                  std::max(o.runs, kQueueRounds));
    say(QStringLiteral("team database: %1 clerks saving for %2 s").arg(o.clerks).arg(o.seconds));
    const Saves teamSaves = measureSaves(team, o.clerks, o.seconds, o.paceMs);
    say(QStringLiteral("company file: %1 clerks saving for %2 s").arg(o.clerks).arg(o.seconds));
    const Saves fileSaves = measureSaves(file, o.clerks, o.seconds, o.paceMs);
    // The statements that took longest on the server, for the report (pg_stat_statements).
    const QString top = pg.psql(
            QStringLiteral("team"),
            QStringLiteral("SELECT round(mean_exec_time::numeric, 2) || ' ms × ' || calls || ': ' "
                           "|| left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM "
                           "pg_stat_statements ORDER BY total_exec_time DESC LIMIT 8"));
    say(QStringLiteral("slowest statements on the server (mean × calls):\n") + top);
    team->releaseThreadConnection();
    team.reset();
    file->releaseThreadConnection();
    file.reset();
    removeScratch(copy);

    auto beside = [](double fileMs) -> QString {
        return QStringLiteral("company file ") + fmt(fileMs);
    };
    t << "| team import" << tier << " (" << imported.rows << " rows; verify file "
      << imported.sourceVerifyMs / 1000 << " s, create + copy + commit "
      << imported.copyPhaseMs / 1000 << " s, count + verify target " << imported.checkMs / 1000
      << " s; same rows and head: " << (imported.same ? "yes" : "NO") << ") | "
      << fmt(imported.wholeMs) << " | " << fmt(imported.plainCopyMs)
      << " (psql \\copy of the same rows into the same schema, triggers off) | "
      << ratio(imported.wholeMs, imported.plainCopyMs) << " (create + copy alone "
      << ratio(imported.copyPhaseMs, imported.plainCopyMs) << ") | ≤ 3 |\n";
    t << "| team: client list first page sorted by overdue" << tier << " ("
      << beside(fileReads.sortMs) << ") | " << fmt(teamReads.sortMs) << " | "
      << fmt(teamReads.sortBaseMs) << " (unsorted first page) | "
      << ratio(teamReads.sortMs, teamReads.sortBaseMs) << " | ≤ 100 ms |\n";
    t << "| team: Today queue, clerk " << subjects.clerk << " (" << subjects.clerkClients
      << " clients, " << teamReads.queueRows << " rows; p95 " << fmt(teamReads.queueP95) << "; "
      << beside(fileReads.queueMs) << " in turn with it (p95 " << fmt(fileReads.queueP95) << "), "
      << fileReads.queueRows << " rows)" << tier << " | " << fmt(teamReads.queueMs) << " | "
      << fmt(teamReads.queueBaseMs) << " (SELECT the clerk's clients) | "
      << ratio(teamReads.queueMs, teamReads.queueBaseMs) << " | ≤ 150 ms |\n";
    t << "| team: search rare word \"" << subjects.rare << "\" (" << teamReads.searchHits
      << " hits; median " << fmt(teamReads.searchMs) << "; company file p95 "
      << fmt(fileReads.searchP95) << ", " << fileReads.searchHits << " hits)" << tier << " | p95 "
      << fmt(teamReads.searchP95) << " | " << fmt(teamReads.searchBaseMs)
      << " (bare tsquery on the GIN index, LIMIT 50) | "
      << ratio(teamReads.searchMs, teamReads.searchBaseMs) << " | p95 ≤ 30 ms |\n";
    t << "| team: open a client with " << teamReads.openNotes
      << " notes / 100 attachments, NoteService::forClient (p95 " << fmt(teamReads.openP95) << "; "
      << beside(fileReads.openMs) << ", " << fileReads.openNotes << " notes)" << tier << " | "
      << fmt(teamReads.openMs) << " | " << fmt(teamReads.openBaseMs)
      << " (SELECT * FROM note_revisions of the client's notes) | "
      << ratio(teamReads.openMs, teamReads.openBaseMs) << " | ≤ 50 ms |\n";
    auto run = [](const SaveRun &r) {
        QString line = QStringLiteral("%1 saved, %2 refused, %3 lost; median %4, max %5")
                               .arg(r.saved)
                               .arg(r.refused)
                               .arg(r.lost)
                               .arg(fmt(r.medianMs), fmt(r.maxMs));
        if (!r.firstError.isEmpty())
            line += QStringLiteral(" (first refusal: %1)").arg(r.firstError.left(120));
        return line;
    };
    for (const auto &[label, s] : {std::pair {QStringLiteral("team database"), teamSaves},
                                   std::pair {QStringLiteral("company file"), fileSaves}}) {
        t << "| " << label << ": " << s.clerks << " clerks saving a call note every " << s.paceMs
          << " ms each for " << s.seconds << " s" << tier << " (" << run(s.paced) << "; chain "
          << s.verify << " in " << s.verifyMs / 1000 << " s) | p95 " << fmt(s.paced.p95Ms)
          << " | p95 " << fmt(s.raw.p95Ms) << " (plain INSERT + COMMIT at "
          << "the same pace, " << s.raw.saved << " rows"
          << (s.raw.firstError.isEmpty() ? QString()
                                         : QStringLiteral("; ") + s.raw.firstError.left(100))
          << ") | " << ratio(s.paced.p95Ms, s.raw.p95Ms)
          << " | 0 lost, chain verifies, p95 ≤ 50 ms |\n";
        t << "| " << label << ": the same clerks flat out (no pause) for "
          << std::max(1, s.seconds / 4) << " s" << tier << " (" << run(s.flat) << "; "
          << QString::number(double(s.flat.saved) / std::max(1, s.seconds / 4), 'f', 1)
          << " saves/s) | p95 " << fmt(s.flat.p95Ms) << " | — | — | — |\n";
    }
    t.flush();
    return text;
}

} // namespace ardesk::bench
