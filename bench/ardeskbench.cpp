// SPDX-License-Identifier: MIT
// ardesk-bench: measures ARDesk against baselines taken in the same run, on generated data.
//
//   start-up   process start → first client row painted, real MainWindow on a company file, vs
//              a bare QMainWindow + QTableView started by this same binary (goal ≤ 1.5)
//   scale      the same start-up on tier L / tier S (goal ≤ 1.3)
//   sort       client list sorted by overdue, first page, through the real model (goal ≤ 100 ms
//              on L), vs reading the first page unsorted
//   memory     RSS after the first rows are painted on L (goal ≤ 80 MB), vs the bare window
//   search     NoteSearch::run on L, the window's first page (common word, rare word, prefix,
//              client and date filters: p95 ≤ 30 ms; the longest accepted texts: ≤ 1 s; as the
//              window asks, SearchCount::ForPage, the count that follows timed apart), vs the bare
//              FTS5 `MATCH … LIMIT 50` with the same expression; the rare word also vs a LIKE
//              '%term%' scan of the note bodies
//   record     on a copy of L: a client with 500 notes / 100 attachments opened through
//              NoteService::forClient (goal ≤ 50 ms) vs its raw revisions; NoteService::add of a
//              plain note (chain, FTS, audit) vs the same rows in plain tables (goal ≤ 2)
//   mail       1,000 templated messages composed and queued (goal ≤ 5 ms each) and sent to the
//              tests' aiosmtpd server over STARTTLS in one connection; with 20 ms latency, one
//              connection vs a new one per message (goal ≤ 0.5)
//   export     every client of L to XLSX through ExportService (goal ≤ 5 s, peak memory growth
//              ≤ 150 MB) vs reading the same rows (ClientListQuery, all of them)
//   queue      TodayQueue::forUser on L for the clerk with the most clients (goal ≤ 100 ms) vs
//              listing the clerk's clients; ReminderService::plan over all clients (≤ 5 s)
//   reports    the KPI set (ReportService::kpis) on L as of today (goal ≤ 1.5) and as of 6 months
//              ago (reported), vs SELECT SUM(amount) FROM invoices; the dashboard's first
//              complete paint on L (DashboardService on the worker + the pane painted, goal ≤ 1 s);
//              one statement PDF (gathered and rendered, goal ≤ 100 ms) and the case file of a
//              client with 500 notes and 100 attachments (gathered with verify, rendered; goal
//              ≤ 3 s), on a copy of tier S
//
// `--only startup,aging,import,sort,search,record,mail,queue,export,reports` runs only the named
// groups.
//
//   team       (only when named in --only) tier L in a throwaway PostgreSQL 15 cluster through
//              `ardesk-cli team import` vs a plain COPY of the same rows (goal ≤ 3); the client
//              list, the Today queue, a rare-word search and a client with 500 notes there, each
//              beside the company file; 20 clerks saving a note every 2 s each for 60 s (0 lost,
//              the chain verifies, p95 ≤ 50 ms), then flat out, on both. bench/teambench.cpp;
//              --team-clerks N, --team-seconds S, --team-pace MS (each clerk's interval); with
//              --skip-l on tier S.
//
// Start-up probes are child processes of this binary (offscreen platform), timed by the parent
// from QProcess::start to the child's "PAINTED" line; each figure is the median of --runs.
//
// `--probe queue FILE|postgresql://… [RUNS]` times the Today queue of the busiest clerk alone
// (probeQueue). ARDESK_BENCH_VERBOSE=1 logs at debug level to stderr, e.g. the queue's time per
// step.
#include "benchmeasures.h"
#include "core/import/csvimport.h"
#include "core/mail/smtpsettings.h"
#include "core/mail/smtptransport.h"
#include "core/services/casefileservice.h"
#include "core/services/clientservice.h"
#include "core/services/companyfile.h"
#include "core/services/dashboardservice.h"
#include "core/services/demogenerator.h"
#include "core/services/exportservice.h"
#include "core/services/mailservice.h"
#include "core/services/noteservice.h"
#include "core/services/reminderservice.h"
#include "core/services/reportservice.h"
#include "core/services/statementservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/arsummary.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/companysettings.h"
#include "core/storage/notesearch.h"
#include "core/storage/sql.h"
#include "core/storage/todayqueue.h"
#include "core/storage/userrepository.h"
#include "core/support/log.h"
#include "core/support/sha256.h"
#include "core/support/timeutil.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"
#include "models/searchresultmodel.h"
#include "print/casefilepdf.h"
#include "print/statementpdf.h"
#include "support/smtptestserver.h" // the tests' aiosmtpd server (tests/support)
#include "teambench.h"
#include "widgets/clientlistpane.h"
#include "widgets/dashboardpane.h"
#include "widgets/mainwindow.h"

#include <algorithm>

#include <sqlite3.h>

#include <QApplication>

#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMainWindow>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <ctime>

using namespace ardesk;

namespace {

/// A currency for a client the bench adds: the first client's (the tier's data), else USD.
QString benchCurrency(const QSqlDatabase &conn)
{
    const QString code
            = sql::scalar(conn, QStringLiteral("SELECT currency FROM clients ORDER BY id LIMIT 1"))
                      .valueOr(QVariant())
                      .toString();
    return code.isEmpty() ? QStringLiteral("USD") : code;
}

constexpr int kGeneratorVersion = 7; // bump when the generator or the schema changes

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void report(qint64 rss)
{
    QTextStream(stdout) << "PAINTED " << rss << "\n";
    fflush(stdout);
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}

/// A bare window: the floor any Qt table application pays to show rows.
class PaintWatcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [] { report(rssKb()); });
        }
        return QObject::eventFilter(o, e);
    }

private:
    bool m_done = false;
};

int probeBare()
{
    QMainWindow window;
    auto *model = new QStandardItemModel(100, 8, &window);
    for (int r = 0; r < 100; ++r)
        for (int c = 0; c < 8; ++c)
            model->setItem(r, c, new QStandardItem(QStringLiteral("Row %1 col %2").arg(r).arg(c)));
    auto *view = new QTableView(&window);
    view->setModel(model);
    window.setCentralWidget(view);
    PaintWatcher watcher;
    view->viewport()->installEventFilter(&watcher);
    window.resize(1400, 860);
    window.show();
    return QApplication::exec();
}

int probeApp(const QString &file)
{
    MainWindow window;
    window.setAutomaticBackupsEnabled(false); // a 2 GB copy is not what start-up measures
    window.resize(1400, 860);
    window.show();
    QObject::connect(window.clientList(), &ClientListPane::rowsPainted, &window,
                     [] { report(rssKb()); });
    if (auto r = window.openFile(file, QStringLiteral("dana.ortiz")); !r) {
        QTextStream(stderr) << "probe: " << r.errorString() << "\n";
        return 1;
    }
    return QApplication::exec();
}

qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// The Today queue of the clerk with the most clients on `db` (a company file or a team
/// database's URL), `runs` rounds on one open Database after a first call, for comparing changes
/// to the queue quickly. Each round asks for it as the window and the CLI do (on the Database:
/// the chase facts are read on a second connection meanwhile) and on the bare connection (all on
/// one), alternately. Prints "QUEUE <median ms> <p95 ms> <CPU ms per call> ALONE <median ms>
/// <p95 ms> <CPU ms> ROWS <rows>". `ardesk-bench --probe queue FILE|postgresql://… [RUNS]`.
int probeQueue(const QString &db, int runs)
{
    auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
    if (!opened) {
        QTextStream(stderr) << "probe: " << opened.errorString() << "\n";
        return 1;
    }
    QSqlDatabase conn = opened.value()->connection();
    const bench::QueueSubject subject = bench::busiestClerk(conn, QDate::currentDate());
    struct Way
    {
        QList<double> ms;
        std::clock_t cpu = 0;
    } beside, alone;
    int rows = 0;
    for (int round = 0; round <= runs; ++round) {
        for (Way *way : {&beside, &alone}) {
            const std::clock_t cpuStart = std::clock();
            QElapsedTimer t;
            t.start();
            const TodayQueue queue
                    = way == &beside ? TodayQueue(*opened.value()) : TodayQueue(conn);
            auto rowsNow = queue.forUser(subject.clerk, subject.asOf);
            if (!rowsNow) {
                QTextStream(stderr) << "probe: " << rowsNow.errorString() << "\n";
                return 1;
            }
            rows = int(rowsNow.value().size());
            if (round == 0)
                continue; // the first call opens what the others reuse
            way->ms << double(t.nsecsElapsed()) / 1e6;
            way->cpu += std::clock() - cpuStart;
        }
    }
    const auto figures = [runs](const Way &w) {
        return QStringLiteral("%1 %2 %3")
                .arg(bench::medianMs(w.ms), 0, 'f', 1)
                .arg(bench::p95Ms(w.ms), 0, 'f', 1)
                .arg(double(w.cpu) * 1000.0 / CLOCKS_PER_SEC / runs, 0, 'f', 1);
    };
    QTextStream(stdout) << "QUEUE " << figures(beside) << " ALONE " << figures(alone) << " ROWS "
                        << rows << "\n";
    return 0;
}

/// Imports CSV into a fresh company file DB; prints "IMPORT <ms> <peak RSS growth KB>".
int probeImport(const QString &csv, const QString &dbPath)
{
    QFile::remove(dbPath);
    auto db = Database::open(dbPath, Database::OpenMode::CreateIfMissing);
    if (!db)
        return 1;
    const qint64 before = statusKb("VmRSS:");
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QElapsedTimer t;
    t.start();
    CsvImport::Options o;
    o.createClients = true;
    o.sourceName = QStringLiteral("bench");
    auto r = CsvImport(db.value(), 0).run(&file, o);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!r || !r.value().errors.isEmpty() || !r.value().written) {
        QTextStream(stderr) << "import failed: "
                            << (r ? r.value().errors.value(0).message : r.errorString()) << "\n";
        return 1;
    }
    QTextStream(stdout) << "IMPORT " << ms << " " << (statusKb("VmHWM:") - before) << "\n";
    return 0;
}

/// Every client of `dbPath` to `out` as XLSX (`raw`: only reading the same rows); prints
/// "IMPORT <ms> <peak RSS growth KB>" (the import probe's format, so runImportProbe reads it).
int probeExport(const QString &dbPath, const QString &out, bool raw)
{
    auto db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
    if (!db)
        return 1;
    auto users = sql::scalar(db.value()->connection(),
                             QStringLiteral("SELECT min(id) FROM users WHERE active = 1"));
    const qint64 userId = users ? users.value().toLongLong() : 0;
    // The summary is brought to today before the clock starts (the window has it so).
    if (auto a = CompanyFile::advanceSummary(*db.value(), db.value()->today()); !a)
        return 1;
    const qint64 before = statusKb("VmRSS:");
    QElapsedTimer t;
    t.start();
    ExportService::Request request;
    request.table = ExportService::Table::Clients;
    request.clients.sortKey = ClientListQuery::SortKey::Code;
    request.clients.order = Qt::AscendingOrder;
    qint64 rows = 0;
    if (raw) {
        auto list = ClientListQuery(*db.value()).page(request.clients, 0, -1);
        rows = list ? list.value().size() : -1;
    } else {
        const auto sink = ExportService::sinkFor(ExportService::Format::Xlsx, out);
        auto r = ExportService(db.value(), userId).write(request, *sink);
        if (!r) {
            QTextStream(stderr) << "export failed: " << r.errorString() << "\n";
            return 1;
        }
        rows = r.value();
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    QTextStream(stderr) << rows << " rows\n";
    QTextStream(stdout) << "IMPORT " << ms << " " << (statusKb("VmHWM:") - before) << "\n";
    return 0;
}

/// The raw baseline: the same rows split on commas and written with prepared statements in one
/// transaction (clients, invoices, payments, allocations), no checks. Prints "IMPORT <ms> <KB>".
int probeRawInsert(const QString &csv, const QString &dbPath)
{
    QFile::remove(dbPath);
    auto db = Database::open(dbPath, Database::OpenMode::CreateIfMissing);
    if (!db)
        return 1;
    const qint64 before = statusKb("VmRSS:");
    QSqlDatabase conn = db.value()->connection();
    sqlite3 *h = Database::rawHandle(conn);
    QFile file(csv);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QElapsedTimer t;
    t.start();
    sqlite3_exec(h, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr); // as the import
    sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    // Raw rows only: the receivables history's triggers (schema 16) are ARDesk's cost, not the
    // baseline's.
    sqlite3_exec(h, "UPDATE ar_history_state SET paused = 1", nullptr, nullptr, nullptr);
    sqlite3_stmt *client = nullptr, *invoice = nullptr, *payment = nullptr, *alloc = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO clients (code, name, currency, created_at, updated_at) "
                       "VALUES (?,?,'USD','x','x')",
                       -1, &client, nullptr);
    sqlite3_prepare_v2(h,
                       "INSERT INTO invoices (client_id, number, issue_date, due_date, "
                       "amount_minor, currency, balance_minor, created_at) VALUES "
                       "(?,?,?,?,?,'USD',?,'x')",
                       -1, &invoice, nullptr);
    sqlite3_prepare_v2(h,
                       "INSERT INTO payments (client_id, payment_date, amount_minor, currency, "
                       "method, created_at) VALUES (?,?,?,'USD','other','x')",
                       -1, &payment, nullptr);
    sqlite3_prepare_v2(h,
                       "INSERT INTO payment_allocations (payment_id, invoice_id, amount_minor) "
                       "VALUES (?,?,?)",
                       -1, &alloc, nullptr);
    QHash<QByteArray, qint64> clients;
    file.readLine();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QList<QByteArray> f = line.split(',');
        if (f.size() < 10)
            continue;
        qint64 clientId = clients.value(f[0]);
        if (!clientId) {
            sqlite3_bind_text(client, 1, f[0].constData(), int(f[0].size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(client, 2, f[1].constData(), int(f[1].size()), SQLITE_TRANSIENT);
            sqlite3_step(client);
            sqlite3_reset(client);
            clientId = sqlite3_last_insert_rowid(h);
            clients.insert(f[0], clientId);
        }
        const qint64 amount
                = f[5].split('.')[0].toLongLong() * 100 + f[5].split('.').value(1).toLongLong();
        const bool paid = !f[8].isEmpty();
        sqlite3_bind_int64(invoice, 1, clientId);
        for (int i = 2; i <= 4; ++i)
            sqlite3_bind_text(invoice, i, f[i].constData(), int(f[i].size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(invoice, 5, amount);
        sqlite3_bind_int64(invoice, 6, paid ? 0 : amount);
        sqlite3_step(invoice);
        sqlite3_reset(invoice);
        if (paid) {
            const qint64 invoiceId = sqlite3_last_insert_rowid(h);
            sqlite3_bind_int64(payment, 1, clientId);
            sqlite3_bind_text(payment, 2, f[8].constData(), int(f[8].size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(payment, 3, amount);
            sqlite3_step(payment);
            sqlite3_reset(payment);
            sqlite3_bind_int64(alloc, 1, sqlite3_last_insert_rowid(h));
            sqlite3_bind_int64(alloc, 2, invoiceId);
            sqlite3_bind_int64(alloc, 3, amount);
            sqlite3_step(alloc);
            sqlite3_reset(alloc);
        }
    }
    for (sqlite3_stmt *st : {client, invoice, payment, alloc})
        sqlite3_finalize(st);
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    QTextStream(stdout) << "IMPORT " << ms << " " << (statusKb("VmHWM:") - before) << "\n";
    return 0;
}

/// 1M invoice rows over 10k clients, 60% with a paid date; deterministic.
QString importCsv(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("import-1M-v1.csv"));
    if (QFile::exists(path))
        return path;
    QFile f(path + QStringLiteral(".tmp"));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    f.write("client_code,client_name,number,issue_date,due_date,amount,currency,po_number,"
            "paid_date,disputed\n");
    const QDate start(2024, 1, 1);
    quint64 x = 88172645463325252ull;
    for (int i = 0; i < 1000000; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const int client = int(x % 10000) + 1;
        const QDate issue = start.addDays(qint64(i % 700));
        const QDate due = issue.addDays(30);
        const bool paid = x % 10 < 6;
        QByteArray row = "K" + QByteArray::number(client) + ",Client " + QByteArray::number(client)
                + ",B" + QByteArray::number(1000000 + i) + ","
                + issue.toString(Qt::ISODate).toLatin1() + ","
                + due.toString(Qt::ISODate).toLatin1() + ","
                + QByteArray::number(qint64(x % 500000) / 100 + 1) + "."
                + QByteArray::number(qint64(x % 90) + 10) + ",USD,,"
                + (paid ? due.addDays(qint64(x % 40) - 10).toString(Qt::ISODate).toLatin1()
                        : QByteArray())
                + ",no\n";
        f.write(row);
    }
    f.close();
    QFile::rename(f.fileName(), path);
    return path;
}

struct ProbeResult
{
    double ms = -1;
    qint64 rssKb = -1;
};

ProbeResult runProbe(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(QCoreApplication::applicationFilePath(), args);
    ProbeResult r;
    QByteArray out;
    while (p.waitForReadyRead(60000)) {
        out += p.readAllStandardOutput();
        if (const qsizetype at = out.indexOf("PAINTED "); at >= 0 && out.indexOf('\n', at) > 0) {
            r.ms = double(t.nsecsElapsed()) / 1e6;
            r.rssKb = out.mid(at + 8, out.indexOf('\n', at) - at - 8).trimmed().toLongLong();
            break;
        }
    }
    if (!p.waitForFinished(30000))
        p.kill();
    if (r.ms < 0)
        QTextStream(stderr) << "probe failed: " << args.join(u' ') << ": "
                            << p.readAllStandardError() << "\n";
    return r;
}

/// Runs an import probe; returns {ms, peak growth KB} as reported by the child.
QPair<double, qint64> runImportProbe(const QStringList &args)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(600000)) {
        p.kill();
        return {-1, -1};
    }
    const QByteArray out = p.readAllStandardOutput();
    const qsizetype at = out.indexOf("IMPORT ");
    if (at < 0) {
        QTextStream(stderr) << "import probe failed: " << p.readAllStandardError() << "\n";
        return {-1, -1};
    }
    const QList<QByteArray> parts = out.mid(at + 7).trimmed().split(' ');
    return {parts.value(0).toDouble(), parts.value(1).toLongLong()};
}

template<typename T>
T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? T() : v.at(v.size() / 2);
}

QString tierFile(const QString &dir, const QString &tier, int clients)
{
    const QString path = QDir(dir).filePath(
            QStringLiteral("tier-%1-v%2.ardesk").arg(tier).arg(kGeneratorVersion));
    if (QFileInfo::exists(path))
        return path;
    QTextStream(stdout) << "Generating tier " << tier << " (" << clients << " clients)…"
                        << Qt::endl;
    const QString tmp = path + QStringLiteral(".tmp");
    QFile::remove(tmp);
    QElapsedTimer t;
    t.start();
    {
        auto db = Database::open(tmp, Database::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("%s", qPrintable(db.errorString()));
        DemoGenerator::Options o;
        o.clients = clients;
        o.seed = 42;
        o.asOf = db.value()->today();
        auto stats = DemoGenerator(db.value()).generate(o);
        if (!stats)
            qFatal("%s", qPrintable(stats.errorString()));
        QTextStream(stdout) << "  " << stats.value().invoices << " invoices, "
                            << stats.value().notes << " notes in " << t.elapsed() / 1000.0
                            << " s\n";
    }
    QFile::remove(tmp + QStringLiteral("-wal"));
    QFile::remove(tmp + QStringLiteral("-shm"));
    QFile::rename(tmp, path);
    return path;
}

using SortResult = bench::SortTiming;

/// Client list sorted by overdue through the real model and worker, vs the raw unsorted page.
SortResult measureSort(const QString &file, int runs)
{
    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    return db ? bench::timeOverdueSort(db.value(), runs) : SortResult();
}

struct AgingResult
{
    double currentMs = -1, pastMs = -1, sumMs = -1;
};

/// Aging of the whole book (today, and replayed as of 6 months ago) vs SELECT SUM(amount).
AgingResult measureAging(const QString &file, int runs)
{
    AgingResult out;
    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    if (!db)
        return out;
    QSqlDatabase conn = db.value()->connection();
    QList<double> current, past, sum;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SELECT SUM(amount_minor) FROM invoices"));
        q.next();
        const double s = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        auto a = AgingReport::compute(conn, today);
        const double c = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        auto p = AgingReport::compute(conn, today.addMonths(-6));
        const double h = double(t.nsecsElapsed()) / 1e6;
        if (i == 0 || !a || !p)
            continue; // first round warms the cache
        sum << s;
        current << c;
        past << h;
    }
    out.sumMs = median(sum);
    out.currentMs = median(current);
    out.pastMs = median(past);
    return out;
}

struct ReportsResult
{
    double todayMs = -1, pastMs = -1, sumMs = -1;
    QDate asOf;
    qint64 arTotal = 0; ///< the first currency's AR(T), to show the figures are real
};

/// Issue 14 §8: the whole KPI set (ReportService::kpis: AR at T and T − 90, sales, paid invoices,
/// promises) as of the file's today and as of 6 months before, vs SELECT SUM(amount) FROM
/// invoices in the same rounds.
ReportsResult measureReports(const QString &file, int runs)
{
    ReportsResult out;
    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    if (!db)
        return out;
    QSqlDatabase conn = db.value()->connection();
    out.asOf = db.value()->today();
    ReportService reports(db.value(), 0); // ARDesk itself: no reader to refuse
    QList<double> today, past, sum;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SELECT SUM(amount_minor) FROM invoices"));
        q.next();
        const double s = double(t.nsecsElapsed()) / 1e6;
        KpiQuery::Spec spec;
        spec.asOf = out.asOf;
        t.restart();
        auto now = reports.kpis(spec);
        const double n = double(t.nsecsElapsed()) / 1e6;
        spec.asOf = out.asOf.addMonths(-6);
        t.restart();
        auto then = reports.kpis(spec);
        const double h = double(t.nsecsElapsed()) / 1e6;
        if (!now || !then) {
            QTextStream(stderr) << "reports: " << (now ? then.errorString() : now.errorString())
                                << "\n";
            return out;
        }
        if (!now.value().currencies.isEmpty())
            out.arTotal = now.value().currencies.first().arTotal;
        if (i == 0)
            continue; // first round warms the cache
        sum << s;
        today << n;
        past << h;
    }
    out.sumMs = median(sum);
    out.todayMs = median(today);
    out.pastMs = median(past);
    return out;
}

struct DashboardResult
{
    double paintMs = -1; ///< refresh → computed on the worker → the whole pane painted
    double computeMs = -1; ///< DashboardService::compute alone, on this thread
    int steps = 0;
};

/// Issue 14 §8: the dashboard's first complete paint on a file: a DashboardPane (1400×900) over a
/// DatabaseWorker asks for the dashboard, and the clock stops when the pane has been painted
/// with it; also DashboardService::compute alone on this thread (how much of it is the KPIs).
DashboardResult measureDashboard(const QString &file, int runs)
{
    DashboardResult out;
    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    if (!db)
        return out;
    QList<double> paint, compute;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        QList<qint64> marks; // ms at the end of each step: where the time goes
        auto d = DashboardService(db.value(), 0).compute({}, [&](int, int total) {
            out.steps = total;
            marks << t.elapsed();
        });
        compute << double(t.nsecsElapsed()) / 1e6;
        QStringList steps;
        for (qsizetype m = 0; m < marks.size(); ++m)
            steps << QString::number(marks.at(m) - (m == 0 ? 0 : marks.at(m - 1)));
        QTextStream(stdout) << "dashboard steps (ms; KPIs at T, at T − P, aging, weeks, "
                               "month-ends): "
                            << steps.join(u' ') << Qt::endl;
        if (!d) {
            QTextStream(stderr) << "dashboard: " << d.errorString() << "\n";
            return out;
        }
        DatabaseWorker worker(db.value());
        DashboardPane pane;
        pane.resize(1400, 900);
        pane.show();
        QApplication::processEvents();
        pane.setSource(&worker, 0, QLocale());
        QEventLoop loop;
        QObject::connect(&pane, &DashboardPane::loaded, &loop, &QEventLoop::quit);
        t.restart();
        pane.refresh();
        loop.exec();
        pane.repaint(); // the whole pane, charts included, painted now
        paint << double(t.nsecsElapsed()) / 1e6;
    }
    out.paintMs = median(paint);
    out.computeMs = median(compute);
    return out;
}

struct SearchCase
{
    QString label;
    SearchQuery query;
    QString expression; ///< what the baseline runs: the same MATCH expression
    QString goal = QStringLiteral("—");
    double searchMs = -1, searchP95 = -1, searchMaxMs = -1, firstMs = -1, baselineMs = -1,
           likeMs = -1;
    double countMs = -1; ///< NoteSearch::count() after a first page whose total was pending
    int total = 0;
    bool lowerBound = false;
};

/// Full-text search through NoteSearch (rank, page, snippets) vs the bare FTS5 MATCH with the
/// same expression and LIMIT 50 on the raw handle; first round warms the cache.
QList<SearchCase> measureSearch(const QString &file, int runs)
{
    QList<SearchCase> cases;
    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    if (!db)
        return cases;
    QSqlDatabase conn = db.value()->connection();
    sqlite3 *h = Database::rawHandle(conn);
    auto value = [&](const QString &sql) {
        QSqlQuery q(conn);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    };
    // A rare term: the invoice number of the middle invoice (in 1-6 notes); a client in the
    // middle; the last full month of notes.
    const QString rare = value(QStringLiteral("SELECT number FROM invoices WHERE id = "
                                              "(SELECT max(id) / 2 FROM invoices)"))
                                 .toString();
    const qint64 client = value(QStringLiteral("SELECT max(id) / 2 FROM clients")).toLongLong();
    const QDate last
            = QDate::fromString(value(QStringLiteral("SELECT max(occurred_at) FROM note_revisions"))
                                        .toString()
                                        .left(10),
                                Qt::ISODate);
    const QDate monthStart = QDate(last.year(), last.month(), 1).addMonths(-1);

    auto add = [&](const QString &label, const QString &text) -> SearchQuery & {
        SearchCase c;
        c.label = label;
        c.query.text = text;
        c.query.limit = SearchResultModel::kPageSize; // the first page the window asks for
        c.query.count = SearchCount::ForPage; // as the window: its count follows the page
        cases << c;
        return cases.last().query;
    };
    const QString within30 = QStringLiteral("p95 ≤ 30 ms");
    add(QStringLiteral("common word \"invoice\""), QStringLiteral("invoice"));
    cases.last().goal = within30;
    add(QStringLiteral("rare word \"%1\" (invoice number)").arg(rare), rare);
    cases.last().goal = within30;
    add(QStringLiteral("prefix \"voicem\" (type-ahead of a common word)"),
        QStringLiteral("voicem"));
    add(QStringLiteral("\"invoice\", one client"), QStringLiteral("invoice")).clientId = client;
    cases.last().goal = within30;
    SearchQuery &dated = add(QStringLiteral("\"voicemail\", one month (%1)")
                                     .arg(monthStart.toString(QStringLiteral("yyyy-MM"))),
                             QStringLiteral("voicemail"));
    dated.from = monthStart;
    dated.to = monthStart.addMonths(1).addDays(-1);
    cases.last().goal = within30;
    // The longest searches accepted (NoteSearch::kMaxTextLength characters, kMaxWords words)
    // made of the commonest words: the same word 16 times, and pieces of different note
    // templates (each word a phrase of several common words) that no note holds together, so
    // that every doclist is read to its end.
    const QString sameWord
            = QStringList(NoteSearch::kMaxWords, QStringLiteral("invoice")).join(u' ');
    add(QStringLiteral("longest accepted: \"invoice\" × %1 (%2 characters)")
                .arg(NoteSearch::kMaxWords)
                .arg(sameWord.size()),
        sameWord);
    cases.last().goal = QStringLiteral("≤ 1 s");
    const QString pieces = QStringLiteral(
            "left-voicemail-for days-past-due-asked-for-a-call-back "
            "called-the-AP-line-about-invoice no-answer-will-try-again "
            "is-approved-and-in-the-next-check-run will-confirm-the-check-number "
            "friendly-reminder-sent with-PO-reference delivery-confirmed invoice the for");
    add(QStringLiteral("longest accepted: %1 words of common phrases that never meet (%2 "
                       "characters)")
                .arg(pieces.split(u' ').size())
                .arg(pieces.size()),
        pieces);
    cases.last().goal = QStringLiteral("≤ 1 s");
    for (const SearchCase &c : std::as_const(cases)) {
        if (auto size = NoteSearch::checkSize(c.query.text); !size)
            qWarning("%s: %s", qPrintable(c.label), qPrintable(size.errorString()));
    }

    NoteSearch search(conn);
    for (SearchCase &c : cases)
        c.expression = search.matchExpression(c.query).valueOr(QString());

    auto bare = [&](const QByteArray &expr) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "SELECT rowid FROM note_search WHERE note_search MATCH ?1 LIMIT 50",
                           -1, &st, nullptr);
        sqlite3_bind_text(st, 1, expr.constData(), int(expr.size()), SQLITE_TRANSIENT);
        int rows = 0;
        while (sqlite3_step(st) == SQLITE_ROW)
            ++rows;
        sqlite3_finalize(st);
        return rows;
    };
    QList<QList<double>> searchTimes(cases.size()), bareTimes(cases.size()),
            countTimes(cases.size());
    for (int round = 0; round <= runs; ++round) {
        for (int i = 0; i < cases.size(); ++i) {
            SearchCase &c = cases[i];
            QElapsedTimer t;
            t.start();
            auto r = search.run(c.query);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!r) {
                qWarning("search %s failed: %s", qPrintable(c.label), qPrintable(r.errorString()));
                continue;
            }
            c.total = r.value().total;
            c.lowerBound = r.value().totalIsLowerBound;
            if (r.value().totalIsPending) { // what the window asks for after the page
                t.restart();
                auto counted = search.count(c.query);
                if (counted) {
                    c.total = counted.value().total;
                    c.lowerBound = counted.value().totalIsLowerBound;
                    if (round > 0)
                        countTimes[i] << double(t.nsecsElapsed()) / 1e6;
                }
            }
            const QByteArray expr = c.expression.toUtf8();
            t.restart();
            bare(expr);
            const double bareMs = double(t.nsecsElapsed()) / 1e6;
            if (round == 0) {
                c.firstMs = ms;
                continue;
            }
            searchTimes[i] << ms;
            bareTimes[i] << bareMs;
        }
    }
    for (int i = 0; i < cases.size(); ++i) {
        cases[i].searchMs = median(searchTimes[i]);
        cases[i].searchP95 = bench::p95Ms(searchTimes[i]);
        cases[i].searchMaxMs = searchTimes[i].isEmpty()
                ? -1
                : *std::max_element(searchTimes[i].cbegin(), searchTimes[i].cend());
        cases[i].baselineMs = median(bareTimes[i]);
        if (!countTimes[i].isEmpty())
            cases[i].countMs = median(countTimes[i]);
    }
    // The issue's yardstick for the rare word: a LIKE scan of every note body (3 runs).
    QList<double> like;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("SELECT count(*) FROM note_revisions WHERE body LIKE ?"));
        q.addBindValue(QString(u'%' + rare + u'%'));
        q.exec();
        q.next();
        like << double(t.nsecsElapsed()) / 1e6;
    }
    cases[1].likeMs = median(like);
    return cases;
}

/// A set-up statement whose failure is reported (the measurement then goes on without it).
bool run(const QSqlDatabase &conn, const QString &statement, const QVariantList &binds = {})
{
    auto r = sql::exec(conn, statement, binds);
    if (!r)
        qWarning("%s", qPrintable(r.errorString()));
    return r.ok();
}

/// A scratch copy of a tier file (the cached original is never written).
QString scratchCopy(const QString &file, const QString &dir)
{
    const QString copy
            = QDir(dir).filePath(QStringLiteral("scratch-") + QFileInfo(file).fileName());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    if (!QFile::copy(file, copy))
        return QString();
    return copy;
}

void removeScratch(const QString &copy)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
}

double mean(const QList<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.isEmpty() ? -1 : s / double(v.size());
}

struct RecordResult
{
    int notes = 0, attachments = 0;
    double openColdMs = -1, openMs = -1, openP95 = -1, rawMs = -1;
    double saveMs = -1, saveRawMs = -1;
    int saves = 0;
};

/// Issue 4 §10 on a copy of tier L: a client with 500 notes (100 with an attachment) opened
/// through NoteService::forClient vs the raw revisions of its notes; NoteService::add of a plain
/// internal note (chain, FTS triggers, audit, summary; one transaction each) vs the same rows
/// inserted into identically shaped tables without chain or FTS (one transaction each).
RecordResult measureRecord(const QString &file, const QString &dataDir, int runs)
{
    RecordResult out;
    const QString copy = scratchCopy(file, dataDir);
    if (copy.isEmpty())
        return out;
    {
        auto db = Database::open(copy, Database::OpenMode::ExistingOnly);
        if (!db) {
            qWarning("record: %s", qPrintable(db.errorString()));
            return out;
        }
        QSqlDatabase conn = db.value()->connection();
        const qint64 userId = sql::scalar(conn, QStringLiteral("SELECT min(id) FROM users"))
                                      .valueOr(QVariant())
                                      .toLongLong();
        // Set-up (not timed): fsync off while the client's history is written.
        run(conn, QStringLiteral("PRAGMA synchronous = OFF"));
        Client c;
        c.code = QStringLiteral("BENCH-REC");
        c.name = QStringLiteral("Bench Record Client");
        c.currency = benchCurrency(conn);
        if (auto r = ClientService(db.value(), userId).createClient(c); !r) {
            qWarning("record: %s", qPrintable(r.errorString()));
            return out;
        }
        NoteService notes(db.value(), userId);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-500);
        for (int i = 0; i < 500; ++i) {
            NoteService::Draft d;
            d.note.clientId = c.id;
            d.note.channel = NoteChannel::Internal;
            d.note.occurredAt = start.addSecs(qint64(i) * 86000);
            d.note.text
                    = QStringLiteral("Bench note %1: spoke about the open invoices, the customer "
                                     "will check with accounts payable and call back.")
                              .arg(i);
            if (i % 5 == 0) {
                QByteArray bytes("%PDF-1.4\n% bench attachment ");
                bytes += QByteArray::number(i);
                bytes += QByteArray(8000, char('a' + i % 26));
                d.attachData.append({QStringLiteral("statement-%1.pdf").arg(i), bytes});
            }
            auto r = notes.add(d);
            if (!r) {
                qWarning("record: note %d: %s", i, qPrintable(r.errorString()));
                return out;
            }
            ++out.notes;
            out.attachments += int(d.attachData.size());
        }
        run(conn, QStringLiteral("PRAGMA synchronous = FULL"));

        // Opening the client: what the Notes tab loads for its first screen.
        QList<double> open, raw;
        for (int round = 0; round <= runs; ++round) {
            QElapsedTimer t;
            t.start();
            auto entries = notes.forClient(c.id);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!entries || entries.value().size() != 500) {
                qWarning("record: forClient: %s",
                         entries ? "wrong count" : qPrintable(entries.errorString()));
                return out;
            }
            t.restart();
            QSqlQuery q(conn);
            q.prepare(QStringLiteral("SELECT * FROM note_revisions WHERE note_id IN "
                                     "(SELECT id FROM notes WHERE client_id = ?)"));
            q.addBindValue(c.id);
            q.exec();
            int rows = 0;
            while (q.next()) {
                for (int col = 0; col < 17; ++col)
                    q.value(col);
                ++rows;
            }
            const double rawMs = double(t.nsecsElapsed()) / 1e6;
            if (round == 0) {
                out.openColdMs = ms;
                continue;
            }
            open << ms;
            raw << rawMs;
        }
        out.openMs = median(open);
        out.openP95 = bench::p95Ms(open);
        out.rawMs = median(raw);

        // Saving: the real use case vs the same rows in plain tables of the same shape.
        run(conn,
            QStringLiteral(
                    "CREATE TABLE bench_notes (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL "
                    "REFERENCES clients(id), created_at TEXT NOT NULL, created_by INTEGER "
                    "REFERENCES "
                    "users(id))"));
        run(conn, QStringLiteral("CREATE INDEX bench_notes_client ON bench_notes(client_id)"));
        run(conn,
            QStringLiteral("CREATE TABLE bench_note_revisions (id INTEGER PRIMARY KEY, note_id "
                           "INTEGER NOT "
                           "NULL REFERENCES bench_notes(id), revision INTEGER NOT NULL CHECK "
                           "(revision >= 1), "
                           "channel TEXT NOT NULL CHECK (channel IN "
                           "('call','email','text','meeting','letter','internal')), direction TEXT "
                           "NOT NULL "
                           "DEFAULT 'out' CHECK (direction IN ('in','out')), contact_id INTEGER "
                           "REFERENCES "
                           "contacts(id), contact_name TEXT NOT NULL DEFAULT '', occurred_at TEXT "
                           "NOT NULL, "
                           "recorded_at TEXT NOT NULL, author_id INTEGER REFERENCES users(id), "
                           "outcome TEXT "
                           "NOT NULL DEFAULT 'none', body TEXT NOT NULL, next_contact_date TEXT, "
                           "no_follow_up "
                           "INTEGER NOT NULL DEFAULT 0 CHECK (no_follow_up IN (0,1)), template_key "
                           "TEXT NOT "
                           "NULL DEFAULT '', fields_json TEXT NOT NULL DEFAULT '{}', chain_seq "
                           "INTEGER NOT "
                           "NULL UNIQUE, UNIQUE (note_id, revision))"));
        run(conn,
            QStringLiteral("CREATE INDEX bench_note_revisions_occurred ON "
                           "bench_note_revisions(occurred_at)"));
        // Warm both paths once.
        constexpr int saves = 200;
        QList<double> real, plain;
        qint64 seq = 1;
        for (int i = -2; i < saves; ++i) {
            const QString text = QStringLiteral("Internal note %1: the customer's AP clerk is on "
                                                "leave until Monday; ask for Maria about the "
                                                "remittance advice.")
                                         .arg(i);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            NoteService::Draft d;
            d.note.clientId = c.id;
            d.note.channel = NoteChannel::Internal;
            d.note.text = text;
            QElapsedTimer t;
            t.start();
            auto r = notes.add(d);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!r) {
                qWarning("record: add: %s", qPrintable(r.errorString()));
                return out;
            }
            t.restart();
            run(conn, QStringLiteral("BEGIN IMMEDIATE"));
            const QString at = timeutil::toStorage(now);
            auto n = sql::exec(conn,
                               QStringLiteral("INSERT INTO bench_notes (client_id, created_at, "
                                              "created_by) VALUES (?, ?, ?)"),
                               {c.id, at, userId});
            const qint64 noteId = n ? n.value().lastInsertId().toLongLong() : 0;
            auto rev = sql::exec(
                    conn,
                    QStringLiteral("INSERT INTO bench_note_revisions (note_id, revision, channel, "
                                   "direction, contact_name, occurred_at, recorded_at, author_id, "
                                   "outcome, body, chain_seq) VALUES (?, 1, 'internal', 'out', '', "
                                   "?, ?, ?, 'none', ?, ?)"),
                    {noteId, at, at, userId, text, seq++});
            run(conn, QStringLiteral("COMMIT"));
            const double rawMs = double(t.nsecsElapsed()) / 1e6;
            if (!n || !rev) {
                qWarning("record: raw insert failed");
                return out;
            }
            if (i < 0)
                continue;
            real << ms;
            plain << rawMs;
        }
        out.saves = saves;
        out.saveMs = mean(real);
        out.saveRawMs = mean(plain);
    }
    removeScratch(copy);
    return out;
}

struct MailResult
{
    int queued = 0, sent = 0, connections = 0, latencyMessages = 0;
    double composeMs = -1, queueMs = -1, rawWriteMs = -1, sendMs = -1;
    double reuseMs = -1, freshMs = -1;
    int reuseConnections = 0, freshConnections = 0;
    QString problem;
};

/// Issue 5 §8: 1,000 templated messages (one per client, composeBulk + queueAll) in a scratch
/// company file, sent to the tests' aiosmtpd server over STARTTLS + AUTH; then, with 20 ms of
/// server latency per DATA, N messages over one connection vs a new connection for each.
MailResult measureMail(int messages)
{
    MailResult out;
    QTemporaryDir dir;
    if (!dir.isValid()
        || !test::makeCertificate(dir.path(), QStringLiteral("server"),
                                  QStringLiteral("IP:127.0.0.1,DNS:localhost"))) {
        out.problem = QStringLiteral("no certificate (openssl)");
        return out;
    }
    const QString certPrefix = dir.filePath(QStringLiteral("server"));
    const QStringList auth {QStringLiteral("--auth"), QStringLiteral("clerk:pw")};
    test::SmtpTestServer server;
    if (!server.start(dir.filePath(QStringLiteral("smtp")), test::SmtpTestServer::Tls::StartTls,
                      certPrefix, auth)) {
        out.problem = QStringLiteral("the test SMTP server did not start");
        return out;
    }
    auto db = Database::open(dir.filePath(QStringLiteral("mail.ardesk")),
                             Database::OpenMode::CreateIfMissing);
    if (!db) {
        out.problem = db.errorString();
        return out;
    }
    QSqlDatabase conn = db.value()->connection();
    CompanySettings company;
    company.companyName = QStringLiteral("Acme Supplies Inc.");
    company.address = QStringLiteral("1 Main St, Springfield");
    if (auto r = company.save(conn); !r) {
        out.problem = r.errorString();
        return out;
    }
    User u;
    u.name = QStringLiteral("pat");
    u.displayName = QStringLiteral("Pat Clerk");
    u.roles = UserRole::Clerk;
    const qint64 userId = UserRepository(conn).insert(u).valueOr(0);
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = server.port();
    smtp.security = SmtpSettings::Security::StartTls;
    smtp.user = QStringLiteral("clerk");
    smtp.fromAddress = QStringLiteral("ar@acme-supplies.example");
    smtp.fromName = QStringLiteral("Acme Supplies AR");
    smtp.replyTo = QStringLiteral("collections@acme-supplies.example");
    smtp.signature = QStringLiteral("Pat Clerk\nAccounts Receivable, Acme Supplies");
    smtp.caFile = certPrefix + QStringLiteral("-cert.pem");
    smtp.ratePerMinute = 0;
    smtp.ratePerDay = 0;
    smtp.timeoutSeconds = 30;
    if (auto r = smtp.save(*db.value(), userId); !r) {
        out.problem = r.errorString();
        return out;
    }
    // Set-up (not timed): clients with a billing contact and two overdue invoices each.
    run(conn, QStringLiteral("PRAGMA synchronous = OFF"));
    ClientService clients(db.value(), userId);
    QList<qint64> ids;
    const QDate today = QDate::currentDate();
    for (int i = 1; i <= messages; ++i) {
        Client c;
        c.code = QStringLiteral("M%1").arg(i, 4, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Mail Client %1 Ltd").arg(i);
        c.currency = benchCurrency(conn);
        if (auto r = clients.createClient(c); !r) {
            out.problem = r.errorString();
            return out;
        }
        Contact k;
        k.clientId = c.id;
        k.name = QStringLiteral("Ann Payable %1").arg(i);
        k.email = QStringLiteral("ap%1@client%1.example").arg(i);
        k.isBillingContact = true;
        if (auto r = clients.addContact(k); !r) {
            out.problem = r.errorString();
            return out;
        }
        for (int n = 0; n < 2; ++n) {
            Invoice inv;
            inv.clientId = c.id;
            inv.number = QStringLiteral("INV-%1-%2").arg(i).arg(n);
            inv.dueDate = today.addDays(-10 - 20 * n - i % 30);
            inv.issueDate = inv.dueDate.addDays(-30);
            inv.amountMinor = 10000 + 137 * i + n;
            inv.balanceMinor = inv.amountMinor;
            inv.currency = QStringLiteral("USD");
            if (auto r = clients.addInvoice(inv); !r) {
                out.problem = r.errorString();
                return out;
            }
        }
        ids << c.id;
    }
    run(conn, QStringLiteral("PRAGMA synchronous = FULL"));

    MailService mail(db.value(), userId);
    QElapsedTimer t;
    t.start();
    auto bulk = mail.composeBulk(ids, QStringLiteral("friendly-reminder"));
    out.composeMs = double(t.nsecsElapsed()) / 1e6;
    if (!bulk || bulk.value().messages.size() != messages) {
        out.problem = bulk ? QStringLiteral("%1 of %2 composed")
                                     .arg(bulk.value().messages.size())
                                     .arg(messages)
                           : bulk.errorString();
        return out;
    }
    t.restart();
    auto queued = mail.queueAll(bulk.value().messages);
    out.queueMs = double(t.nsecsElapsed()) / 1e6;
    if (!queued) {
        out.problem = queued.errorString();
        return out;
    }
    out.queued = int(queued.value().size());
    // Raw floor of the outbox write: the same bytes into a plain table, one transaction.
    {
        QList<QByteArray> emls;
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SELECT eml FROM outbox ORDER BY id"));
        while (q.next())
            emls << q.value(0).toByteArray();
        run(conn,
            QStringLiteral("CREATE TABLE bench_outbox (id INTEGER PRIMARY KEY, "
                           "eml BLOB NOT NULL, sha TEXT NOT NULL)"));
        t.restart();
        run(conn, QStringLiteral("BEGIN IMMEDIATE"));
        QSqlQuery ins(conn);
        ins.prepare(QStringLiteral("INSERT INTO bench_outbox (eml, sha) VALUES (?, ?)"));
        for (const QByteArray &e : emls) {
            ins.addBindValue(e);
            ins.addBindValue(Sha256::hex(e)); // as Outbox::insert hashes
            ins.exec();
        }
        run(conn, QStringLiteral("COMMIT"));
        out.rawWriteMs = double(t.nsecsElapsed()) / 1e6;
    }
    // Sending the batch (each message: outbox row to 'sending', upload, 'sent' + its note).
    {
        SmtpTransport transport(smtp, QStringLiteral("pw"));
        MailService::SendOptions o;
        o.limit = messages;
        t.restart();
        auto r = mail.send(transport, o);
        out.sendMs = double(t.nsecsElapsed()) / 1e6;
        if (!r) {
            out.problem = r.errorString();
            return out;
        }
        out.sent = r.value().sent;
        out.connections = r.value().connections;
    }
    // Reuse vs a new connection per message over a 20 ms round trip (every server reply waits
    // 20 ms, as over a real network; the issue's "20 ms injected server latency").
    server.stop();
    if (!server.start(dir.filePath(QStringLiteral("smtp-latency")),
                      test::SmtpTestServer::Tls::StartTls, certPrefix,
                      auth + QStringList {QStringLiteral("--rtt"), QStringLiteral("20")})) {
        out.problem = QStringLiteral("the test SMTP server (latency) did not start");
        return out;
    }
    smtp.port = server.port();
    constexpr int n = 50;
    QList<QPair<QByteArray, QStringList>> batch;
    {
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SELECT eml, (SELECT group_concat(value) FROM json_each(recipients)) "
                              "FROM outbox ORDER BY id LIMIT %1")
                       .arg(n));
        while (q.next())
            batch.append({q.value(0).toByteArray(),
                          q.value(1).toString().split(u',', Qt::SkipEmptyParts)});
    }
    const auto runBatch = [&](bool reuse, int &connections) {
        SmtpTransport transport(smtp, QStringLiteral("pw"));
        QElapsedTimer bt;
        bt.start();
        for (const auto &[eml, to] : batch) {
            const auto d = transport.send(eml, smtp.fromAddress, to);
            if (!d.ok())
                qWarning("mail: %s %s", qPrintable(d.error), qPrintable(d.reply));
            if (!reuse)
                transport.close();
        }
        const double ms = double(bt.nsecsElapsed()) / 1e6;
        connections = transport.connectionsOpened();
        return ms;
    };
    QList<double> reuse, fresh;
    for (int round = 0; round < 3; ++round) {
        reuse << runBatch(true, out.reuseConnections);
        fresh << runBatch(false, out.freshConnections);
    }
    out.latencyMessages = int(batch.size());
    out.reuseMs = median(reuse);
    out.freshMs = median(fresh);
    return out;
}

struct QueueResult
{
    qint64 clerk = 0;
    int clerkClients = 0, rows = 0, planClients = 0;
    double coldMs = -1, warmMs = -1, warmP95 = -1, clientsMs = -1;
    double planMs = -1, planColdMs = -1, overdueMs = -1;
    QDate asOf;
};

/// Issue 6 §10 on tier L (reads only): the Today queue of the clerk with the most clients (the
/// first call on a fresh connection, then warm), vs listing that clerk's clients; the reminder
/// run's dry run over every client vs reading the overdue invoices.
QueueResult measureQueue(const QString &file, int runs)
{
    QueueResult out;
    auto db = Database::open(file, Database::OpenMode::ExistingOnly);
    if (!db)
        return out;
    QSqlDatabase conn = db.value()->connection();
    const bench::QueueSubject subject = bench::busiestClerk(conn, QDate::currentDate());
    out.clerk = subject.clerk;
    out.clerkClients = subject.clerkClients;
    out.asOf = subject.asOf;
    // Cold: a new connection's first call (SQLite's page cache empty; the OS cache is not).
    {
        auto fresh = Database::open(file, Database::OpenMode::ExistingOnly);
        QElapsedTimer t;
        t.start();
        auto rows = TodayQueue(*fresh.value()).forUser(out.clerk, out.asOf);
        out.coldMs = double(t.nsecsElapsed()) / 1e6;
        if (!rows) {
            qWarning("queue: %s", qPrintable(rows.errorString()));
            return out;
        }
    }
    QList<double> warm, list;
    for (int round = 0; round <= runs; ++round) {
        QElapsedTimer t;
        t.start();
        auto rows = TodayQueue(*db.value()).forUser(out.clerk, out.asOf);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!rows)
            return out;
        out.rows = int(rows.value().size());
        t.restart();
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("SELECT id, code, name FROM clients WHERE assigned_user_id = ? "
                                 "AND archived_at IS NULL"));
        q.addBindValue(out.clerk);
        q.exec();
        while (q.next()) { }
        const double listMs = double(t.nsecsElapsed()) / 1e6;
        if (round == 0)
            continue;
        warm << ms;
        list << listMs;
    }
    out.warmMs = median(warm);
    out.warmP95 = bench::p95Ms(warm);
    out.clientsMs = median(list);

    ReminderService reminders(db.value(), out.clerk);
    QList<double> plan, overdue;
    for (int round = 0; round < 4; ++round) {
        QElapsedTimer t;
        t.start();
        auto p = reminders.plan(out.asOf);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!p) {
            qWarning("queue: plan: %s", qPrintable(p.errorString()));
            return out;
        }
        out.planClients = int(p.value().clients.size());
        t.restart();
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("SELECT client_id, id, due_date, balance_minor FROM invoices "
                                 "WHERE balance_minor > 0 AND due_date < ?"));
        q.addBindValue(out.asOf.toString(Qt::ISODate));
        q.exec();
        while (q.next()) { }
        const double rawMs = double(t.nsecsElapsed()) / 1e6;
        if (round == 0) {
            out.planColdMs = ms;
            continue;
        }
        plan << ms;
        overdue << rawMs;
    }
    out.planMs = median(plan);
    out.overdueMs = median(overdue);
    return out;
}

} // namespace

struct PrintResult
{
    double statementMs = 0;
    int statementItems = 0;
    double caseFileMs = 0;
    int caseFilePages = 0;
};

/// Issue 14 §8: a statement PDF of the client with the most open invoices, and the case file of
/// a client given 500 notes (every fifth with an attachment: 100) — each gathered from the file
/// (the case file with the chain's links and the client's entries verified) and rendered, on a
/// scratch copy of the tier's file.
PrintResult measurePrint(const QString &file, const QString &dataDir, int runs)
{
    PrintResult out;
    const QString copy = scratchCopy(file, dataDir);
    if (copy.isEmpty())
        return out;
    auto db = Database::open(copy, Database::OpenMode::ExistingOnly);
    if (!db) {
        qWarning("print: %s", qPrintable(db.errorString()));
        return out;
    }
    QSqlDatabase conn = db.value()->connection();
    const qint64 userId = sql::scalar(conn, QStringLiteral("SELECT min(id) FROM users"))
                                  .valueOr(QVariant())
                                  .toLongLong();
    const qint64 busiest = sql::scalar(conn,
                                       QStringLiteral("SELECT client_id FROM invoices WHERE "
                                                      "balance_minor > 0 GROUP BY client_id "
                                                      "ORDER BY count(*) DESC LIMIT 1"))
                                   .valueOr(QVariant())
                                   .toLongLong();
    run(conn, QStringLiteral("PRAGMA synchronous = OFF")); // set-up only
    Client c;
    c.code = QStringLiteral("BENCH-CASE");
    c.name = QStringLiteral("Bench Case File Client");
    c.currency = benchCurrency(conn);
    if (auto r = ClientService(db.value(), userId).createClient(c); !r) {
        qWarning("print: %s", qPrintable(r.errorString()));
        return out;
    }
    NoteService notes(db.value(), userId);
    const QDateTime start = db.value()->clock()->now().addDays(-500);
    for (int i = 0; i < 500; ++i) {
        NoteService::Draft d;
        d.note.clientId = c.id;
        d.note.channel = NoteChannel::Internal;
        d.note.occurredAt = start.addSecs(qint64(i) * 86000);
        d.note.text = QStringLiteral("Bench note %1: spoke about the open invoices, the customer "
                                     "will check with accounts payable and call back.")
                              .arg(i);
        if (i % 5 == 0) {
            QByteArray bytes("%PDF-1.4\n% bench attachment ");
            bytes += QByteArray::number(i) + QByteArray(8000, char('a' + i % 26));
            d.attachData.append({QStringLiteral("letter-%1.pdf").arg(i), bytes});
        }
        if (auto r = notes.add(d); !r) {
            qWarning("print: note %d: %s", i, qPrintable(r.errorString()));
            return out;
        }
    }
    run(conn, QStringLiteral("PRAGMA synchronous = FULL"));
    QList<double> statement, caseFile;
    for (int i = 0; i < runs + 1; ++i) {
        QElapsedTimer t;
        t.start();
        auto s = StatementService(db.value(), userId).statement(busiest);
        auto pdf = s ? StatementPdf().renderPdf(s.value()) : Result<QByteArray>(s.error());
        const double sm = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        auto data = CaseFileService(db.value(), userId).caseFile(c.id);
        auto casePdf = data ? CaseFilePdf::render(data.value()) : Result<QByteArray>(data.error());
        const double cm = double(t.nsecsElapsed()) / 1e6;
        if (!pdf || !casePdf) {
            qWarning("print: %s", qPrintable(pdf ? casePdf.errorString() : pdf.errorString()));
            return out;
        }
        out.statementItems = int(s.value().items.size());
        out.caseFilePages = int(casePdf.value().count("/Type /Page\n"));
        if (i == 0)
            continue; // the first round warms the caches
        statement << sm;
        caseFile << cm;
    }
    out.statementMs = median(statement);
    out.caseFileMs = median(caseFile);
    return out;
}

int main(int argc, char *argv[])
{
    // Measured without a display server: the offscreen platform, unless told otherwise.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ARDeskBench"));
    QApplication::setApplicationName(QStringLiteral("ardesk-bench"));
    QStandardPaths::setTestModeEnabled(true);
    log::Options lo;
    lo.console = true;
    lo.verbose = qEnvironmentVariableIsSet("ARDESK_BENCH_VERBOSE");
    log::init(lo);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--probe")) {
        if (args.value(2) == QLatin1String("bare"))
            return probeBare();
        if (args.value(2) == QLatin1String("queue"))
            return probeQueue(args.value(3), args.size() > 4 ? args.value(4).toInt() : 20);
        if (args.value(2) == QLatin1String("import"))
            return probeImport(args.value(3), args.value(4));
        if (args.value(2) == QLatin1String("rawinsert"))
            return probeRawInsert(args.value(3), args.value(4));
        if (args.value(2) == QLatin1String("export"))
            return probeExport(args.value(3), args.value(4), false);
        if (args.value(2) == QLatin1String("exportraw"))
            return probeExport(args.value(3), args.value(4), true);
        return probeApp(args.value(3));
    }
    QString dataDir = QDir::current().filePath(QStringLiteral("bench-data"));
    int runs = 9;
    bool skipL = false;
    QString out;
    QStringList only;
    int teamClerks = 20, teamSeconds = 60, teamPaceMs = 2000;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--data") && i + 1 < args.size())
            dataDir = args[++i];
        else if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--skip-l"))
            skipL = true;
        else if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            out = args[++i];
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i].split(u',', Qt::SkipEmptyParts);
        else if (args[i] == QLatin1String("--team-clerks") && i + 1 < args.size())
            teamClerks = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--team-seconds") && i + 1 < args.size())
            teamSeconds = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--team-pace") && i + 1 < args.size())
            teamPaceMs = std::max(0, args[++i].toInt());
        else {
            // An unknown word must not start a run that generates gigabytes of data.
            QTextStream(stderr)
                    << "usage: ardesk-bench [--data DIR] [--runs N] [--skip-l] [--out FILE]\n"
                       "                    [--only startup,sort,aging,reports,queue,search,"
                       "record,import,export,mail,team]\n"
                       "                    [--team-clerks N] [--team-seconds S] "
                       "[--team-pace MS]\n";
            return args[i] == QLatin1String("--help") ? 0 : 2;
        }
    }
    auto want = [&](const char *group) {
        return only.isEmpty() || only.contains(QLatin1String(group));
    };
    QDir().mkpath(dataDir);
    const QString s = tierFile(dataDir, QStringLiteral("S"), 1000);
    const QString l = skipL ? QString() : tierFile(dataDir, QStringLiteral("L"), 100000);

    QTextStream cout(stdout);
    // Warm the page cache and the dynamic loader for every probe, then interleave the probes so
    // machine noise falls on all of them alike; one bare baseline serves both tiers.
    const QStringList bareArgs {QStringLiteral("--probe"), QStringLiteral("bare")};
    const QStringList appS {QStringLiteral("--probe"), QStringLiteral("app"), s};
    const QStringList appL {QStringLiteral("--probe"), QStringLiteral("app"), l};
    for (int w = 0; w < (want("startup") ? 2 : 0); ++w) {
        runProbe(bareArgs);
        runProbe(appS);
        if (!skipL)
            runProbe(appL);
    }
    QList<ProbeResult> bareRuns, sRuns, lRuns;
    for (int i = 0; i < (want("startup") ? runs : 0); ++i) {
        bareRuns << runProbe(bareArgs);
        sRuns << runProbe(appS);
        if (!skipL)
            lRuns << runProbe(appL);
    }
    auto ms = [](const QList<ProbeResult> &v) {
        QList<double> x;
        for (const auto &r : v)
            x << r.ms;
        return median(x);
    };
    auto rss = [](const QList<ProbeResult> &v) {
        QList<qint64> x;
        for (const auto &r : v)
            x << r.rssKb;
        return median(x);
    };
    const AgingResult agingL = skipL || !want("aging") ? AgingResult {} : measureAging(l, runs);
    // Import of 1M invoice rows vs the raw prepared-insert baseline (3 runs each, median).
    const QString csv = want("import") ? importCsv(dataDir) : QString();
    const QString importDb = QDir(dataDir).filePath(QStringLiteral("import-target.ardesk"));
    QList<double> importMs, rawMs;
    QList<qint64> importKb, rawKb;
    for (int i = 0; i < (want("import") ? 3 : 0); ++i) {
        const auto raw = runImportProbe(
                {QStringLiteral("--probe"), QStringLiteral("rawinsert"), csv, importDb});
        const auto imp = runImportProbe(
                {QStringLiteral("--probe"), QStringLiteral("import"), csv, importDb});
        rawMs << raw.first;
        rawKb << raw.second;
        importMs << imp.first;
        importKb << imp.second;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(importDb + suffix);
    const SortResult sortS = want("sort") ? measureSort(s, runs) : SortResult {};
    const SortResult sortL = skipL || !want("sort") ? SortResult {} : measureSort(l, runs);
    const QList<SearchCase> searchL
            = skipL || !want("search") ? QList<SearchCase> {} : measureSearch(l, runs);
    const RecordResult recordL
            = skipL || !want("record") ? RecordResult {} : measureRecord(l, dataDir, runs);
    const MailResult mailR = want("mail") ? measureMail(1000) : MailResult {};
    const QueueResult queueL = skipL || !want("queue") ? QueueResult {} : measureQueue(l, runs);
    // XLSX export of every client of L, in child processes (peak memory of the export alone).
    const QString xlsx = QDir(dataDir).filePath(QStringLiteral("export-clients.xlsx"));
    QList<double> exportMs, readMs;
    QList<qint64> exportKb;
    for (int i = 0; i < (!skipL && want("export") ? 3 : 0); ++i) {
        readMs << runImportProbe({QStringLiteral("--probe"), QStringLiteral("exportraw"), l, xlsx})
                          .first;
        const auto e
                = runImportProbe({QStringLiteral("--probe"), QStringLiteral("export"), l, xlsx});
        exportMs << e.first;
        exportKb << e.second;
    }
    QFile::remove(xlsx);
    const ReportsResult reportsL
            = skipL || !want("reports") ? ReportsResult {} : measureReports(l, runs);
    // Fourteen KPI sets and the aging per round: three rounds are plenty.
    const DashboardResult dashboardL = skipL || !want("reports")
            ? DashboardResult {}
            : measureDashboard(l, std::min(runs, 3));

    QString text;
    QTextStream t(&text);
    t.setRealNumberNotation(QTextStream::FixedNotation);
    t.setRealNumberPrecision(2);
    t << "| measure | ARDesk | baseline | ratio | goal |\n|---|---|---|---|---|\n";
    if (want("startup"))
        t << "| start → first row painted, tier S (1k clients) | " << ms(sRuns) << " ms | "
          << ms(bareRuns) << " ms (bare QMainWindow+QTableView) | " << ms(sRuns) / ms(bareRuns)
          << " | ≤ 1.5 |\n";
    if (!skipL && want("startup")) {
        t << "| start → first row painted, tier L (100k clients) | " << ms(lRuns) << " ms | "
          << ms(bareRuns) << " ms (bare) | " << ms(lRuns) / ms(bareRuns) << " | ≤ 1.5 |\n";
        t << "| start-up L / S | " << ms(lRuns) << " ms | " << ms(sRuns) << " ms (tier S) | "
          << ms(lRuns) / ms(sRuns) << " | ≤ 1.3 |\n";
        t << "| RSS after first rows painted, tier L | " << rss(lRuns) / 1024.0 << " MB | "
          << rss(bareRuns) / 1024.0 << " MB (bare) | " << double(rss(lRuns)) / double(rss(bareRuns))
          << " | ≤ 80 MB |\n";
    }
    if (!skipL && want("sort"))
        t << "| sort by overdue, first page, tier L | " << sortL.sortedMs << " ms | "
          << sortL.baselineMs << " ms (unsorted first page) | "
          << sortL.sortedMs / std::max(0.001, sortL.baselineMs) << " | ≤ 100 ms |\n";
    if (!skipL && want("aging")) {
        t << "| aging as of today, tier L | " << agingL.currentMs << " ms | " << agingL.sumMs
          << " ms (SELECT SUM(amount) FROM invoices) | " << agingL.currentMs / agingL.sumMs
          << " | ≤ 1.5 |\n";
        t << "| aging as of 6 months ago (history replay), tier L | " << agingL.pastMs << " ms | "
          << agingL.sumMs << " ms (SELECT SUM(amount) FROM invoices) | "
          << agingL.pastMs / agingL.sumMs << " | — |\n";
    }
    if (want("import")) {
        t << "| import 1M invoice rows (600k paid → payments) | " << median(importMs) << " ms | "
          << median(rawMs) << " ms (raw prepared inserts of the same rows) | "
          << median(importMs) / median(rawMs) << " | ≤ 2.5 and ≤ 10 s |\n";
        t << "| import 1M rows: peak memory growth | " << median(importKb) / 1024.0 << " MB | "
          << median(rawKb) / 1024.0 << " MB (raw) | — | ≤ 250 MB |\n";
    }
    if (!skipL && want("export")) {
        t << "| XLSX export of every client, tier L | " << median(exportMs) << " ms | "
          << median(readMs) << " ms (reading the same rows) | "
          << median(exportMs) / std::max(0.001, median(readMs)) << " | ≤ 5 s |\n";
        t << "| XLSX export of every client: peak memory growth | " << median(exportKb) / 1024.0
          << " MB | — | — | ≤ 150 MB |\n";
    }
    if (want("sort"))
        t << "| sort by overdue, first page, tier S | " << sortS.sortedMs << " ms | "
          << sortS.baselineMs << " ms (unsorted first page) | "
          << sortS.sortedMs / std::max(0.001, sortS.baselineMs) << " | — |\n";
    if (want("startup"))
        t << "| RSS after first rows painted, tier S | " << rss(sRuns) / 1024.0 << " MB | "
          << rss(bareRuns) / 1024.0 << " MB (bare) | " << double(rss(sRuns)) / double(rss(bareRuns))
          << " | — |\n";
    for (const SearchCase &c : searchL) {
        const QString hits = (c.lowerBound ? QStringLiteral("> ") : QString())
                + QString::number(c.total) + QStringLiteral(" hits");
        const QString count = c.countMs < 0
                ? QString()
                : QStringLiteral("; their count follows in %1 ms").arg(c.countMs);
        t << "| search " << c.label << ", tier L (" << hits << count << "; p95 " << c.searchP95
          << " ms, max " << c.searchMaxMs << " ms, first call " << c.firstMs << " ms) | "
          << c.searchMs << " ms | " << c.baselineMs
          << " ms (bare FTS5 MATCH … LIMIT 50, same expression) | "
          << c.searchMs / std::max(0.001, c.baselineMs) << " | " << c.goal << " |\n";
        if (c.likeMs > 0)
            t << "| search " << c.label << " vs LIKE scan, tier L | " << c.searchMs << " ms | "
              << c.likeMs << " ms (SELECT count(*) … WHERE body LIKE '%term%') | "
              << QString::number(c.searchMs / c.likeMs, 'f', 4) << " | ≤ 0.01 |\n";
    }
    if (!skipL && want("record")) {
        t << "| open a client with " << recordL.notes << " notes / " << recordL.attachments
          << " attachments: NoteService::forClient, tier L copy (p95 " << recordL.openP95
          << " ms; cold first call " << recordL.openColdMs << " ms) | " << recordL.openMs
          << " ms | " << recordL.rawMs
          << " ms (SELECT * FROM note_revisions WHERE note_id IN (notes of the client)) | "
          << recordL.openMs / std::max(0.001, recordL.rawMs) << " | ≤ 50 ms |\n";
        t << "| save a plain note (chain + FTS + audit + summary), mean of " << recordL.saves
          << ", one transaction each, tier L copy | " << recordL.saveMs << " ms | "
          << recordL.saveRawMs
          << " ms (same note rows into same-shaped tables, no chain/FTS/audit) | "
          << recordL.saveMs / std::max(0.001, recordL.saveRawMs) << " | ≤ 2 |\n";
    }
    if (want("mail")) {
        if (!mailR.problem.isEmpty()) {
            t << "| mail | failed: " << mailR.problem << " | | | |\n";
        } else {
            const double per = (mailR.composeMs + mailR.queueMs) / std::max(1, mailR.queued);
            t << "| mail: compose + MIME + outbox write per message (" << mailR.queued
              << " messages: composeBulk " << mailR.composeMs << " ms + queueAll " << mailR.queueMs
              << " ms) | " << per << " ms | " << mailR.rawWriteMs / std::max(1, mailR.queued)
              << " ms (same bytes + SHA-256 into a plain table, one transaction) | "
              << per / std::max(0.001, mailR.rawWriteMs / std::max(1, mailR.queued))
              << " | ≤ 5 ms |\n";
            t << "| mail: send the batch over STARTTLS + AUTH (" << mailR.sent << " sent, "
              << mailR.connections << " connection(s)), per message | "
              << mailR.sendMs / std::max(1, mailR.sent) << " ms | — | — | 1 connection |\n";
            t << "| mail: " << mailR.latencyMessages
              << " messages, 20 ms round trip on every reply: one connection vs a new one each ("
              << mailR.reuseConnections << " vs " << mailR.freshConnections << " connections) | "
              << mailR.reuseMs << " ms | " << mailR.freshMs << " ms (close between sends) | "
              << mailR.reuseMs / std::max(0.001, mailR.freshMs) << " | ≤ 0.5 |\n";
        }
    }
    if (!skipL && want("queue")) {
        t << "| Today queue, clerk " << queueL.clerk << " (" << queueL.clerkClients << " clients, "
          << queueL.rows << " rows, " << queueL.asOf.toString(Qt::ISODate) << "), tier L (p95 "
          << queueL.warmP95 << " ms; cold first call " << queueL.coldMs << " ms) | "
          << queueL.warmMs << " ms | " << queueL.clientsMs << " ms (SELECT the clerk's clients) | "
          << queueL.warmMs / std::max(0.001, queueL.clientsMs) << " | ≤ 100 ms |\n";
        t << "| remind dry run: ReminderService::plan, all clients (" << queueL.planClients
          << " with overdue invoices), tier L (first call " << queueL.planColdMs << " ms) | "
          << queueL.planMs << " ms | " << queueL.overdueMs << " ms (SELECT the overdue invoices) | "
          << queueL.planMs / std::max(0.001, queueL.overdueMs) << " | ≤ 5 s |\n";
    }
    if (!skipL && want("reports")) {
        t << "| KPI set as of today (" << reportsL.asOf.toString(Qt::ISODate)
          << ", P = 90), tier L | " << reportsL.todayMs << " ms | " << reportsL.sumMs
          << " ms (SELECT SUM(amount) FROM invoices) | "
          << reportsL.todayMs / std::max(0.001, reportsL.sumMs) << " | ≤ 1.5 |\n";
        t << "| KPI set as of 6 months ago (history replay), tier L | " << reportsL.pastMs
          << " ms | " << reportsL.sumMs << " ms (SELECT SUM(amount) FROM invoices) | "
          << reportsL.pastMs / std::max(0.001, reportsL.sumMs) << " | — |\n";
        t << "| dashboard: first complete paint (" << dashboardL.steps
          << " steps: KPIs at T, T − P and 12 month-ends, aging, 8 weeks of activity), tier L | "
          << dashboardL.paintMs << " ms | " << dashboardL.computeMs
          << " ms (DashboardService::compute alone) | "
          << dashboardL.paintMs / std::max(0.001, dashboardL.computeMs) << " | ≤ 1 s |\n";
    }
    if (want("reports")) {
        // Tier L is the goal's (issue 14 §8); tier S is kept for comparison with earlier runs.
        QList<QPair<QString, QString>> tiers {{QStringLiteral("S"), s}};
        if (!skipL)
            tiers.append({QStringLiteral("L"), l});
        for (const auto &[tier, file] : tiers) {
            const PrintResult print = measurePrint(file, dataDir, runs);
            t << "| Statement PDF (" << print.statementItems
              << " open items; gathered and rendered), tier " << tier << " | " << print.statementMs
              << " ms | — | — | ≤ 100 ms |\n";
            t << "| Case file PDF (500 notes, 100 attachments, " << print.caseFilePages
              << " pages; the chain's links and the client's entries verified), tier " << tier
              << " | " << print.caseFileMs << " ms | — | — | ≤ 3 s |\n";
        }
    }
    // Team mode on PostgreSQL (tens of minutes on tier L): only when --only names it.
    if (only.contains(QLatin1String("team"))) {
        bench::TeamBench::Options team;
        team.tierFile = skipL ? s : l;
        team.tier = skipL ? QStringLiteral("S") : QStringLiteral("L");
        team.dataDir = dataDir;
        team.cli = QDir(QCoreApplication::applicationDirPath())
                           .filePath(QStringLiteral("ardesk-cli"));
        team.runs = runs;
        team.clerks = teamClerks;
        team.seconds = teamSeconds;
        team.paceMs = teamPaceMs;
        t << bench::TeamBench(team).run();
    }
    t.flush();
    cout << "\n" << text << "\n(median of " << runs << " runs; offscreen platform)\n";
    cout.flush();
    if (!out.isEmpty()) {
        QFile f(out);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text.toUtf8());
    }
    return 0;
}
