// SPDX-License-Identifier: MIT
// Workflow and mail on a team database (issue 13 items 2 and 3): the same company and the same
// ardesk-cli steps in a company file and in a PostgreSQL team database (a throwaway server,
// tests/support/pgcluster.*) give the same answers from `queue`, `why`, `promises`, `remind`
// (dry run and real), `email`, `outbox list` and `outbox send` (to a real aiosmtpd server); and
// on a team database two senders at once deliver every message exactly once, two `remind` runs at
// once take every step once.
#include "support/pgcluster.h"
#include "support/smtptestserver.h"
#include "support/workflowsupport.h"

#include "core/services/invoicedocumentservice.h"
#include "core/storage/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>

using namespace ardesk;
using namespace ardesk::test;

class TestCliTeamFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void workflowAndMailGiveTheSameAnswersOnBothBackends();
    void tasksDisputesPausesAndTheOutboxGiveTheSameAnswersOnBothBackends();
    void aClientsBrokenPromisesAreListedByDateOnBothBackends();
    void twoSendersDeliverEveryMessageExactlyOnce();
    void twoRemindRunsAtOnceTakeEveryStepOnce();
    void aSendThatReachesNoServerLeavesTheMessageQueued();
    void aSenderKilledMidSendLeavesItsMessageUnknownNeverResent();

private:
    /// ardesk-cli against `target` as `user`; the SMTP password is not needed (no SMTP login).
    QProcess *startCli(const QString &target, const QStringList &args,
                       const QString &user = QStringLiteral("ann")) const;
    static CliRun finish(QProcess *p);
    CliRun cli(const QString &target, const QStringList &args,
               const QString &user = QStringLiteral("ann")) const
    {
        return finish(startCli(target, args, user));
    }
    /// The workflow company of tst_cliworkflow in `target` (a file path or a team database URL),
    /// closed again; false with a test failure on a refused step.
    bool buildCompany(const QString &target, int extraClients = 0);
    /// Company name and SMTP settings (plain SMTP to the loopback server on `port`, no login).
    bool setUpMail(const QString &target, int port);
    /// Runs the steps under test; their outputs by step, with the instants of the run replaced.
    QMap<QString, QByteArray> workTheDay(const QString &target, SmtpTestServer &server);
    /// Runs `steps` ("word|word|…", '@' for the day, " [user]" at the end when not ann) in
    /// order; each one's output (steadied) or "FAILED: …", by number, words and user.
    QMap<QString, QByteArray> runSteps(const QString &target, const QList<const char *> &steps);
    /// The answers of the same steps on a file and a team database compared, byte for byte.
    void compareAnswers(const QMap<QString, QByteArray> &file,
                        const QMap<QString, QByteArray> &team);
    QString teamDatabase();
    /// The Message-ID header of every message `server` received.
    static QStringList receivedMessageIds(const SmtpTestServer &server);

    PgCluster m_cluster;
    ScratchDir m_dir;
    int m_databases = 0;
    const QDate m_day {2026, 4, 20};
};

void TestCliTeamFlow::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
}

void TestCliTeamFlow::init()
{
    QVERIFY(m_dir.renew());
}

QString TestCliTeamFlow::teamDatabase()
{
    const QString name = QStringLiteral("flow%1").arg(++m_databases);
    if (!m_cluster.createDatabase(name))
        return QString();
    return m_cluster.url(name);
}

QProcess *TestCliTeamFlow::startCli(const QString &target, const QStringList &args,
                                    const QString &user) const
{
    auto *p = new QProcess;
    p->setWorkingDirectory(m_dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ARDESK_SMTP_PASSWORD"));
    // No session bus: a keychain look-up fails fast instead of hanging.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/bus"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(ARDESK_CLI_PATH),
             QStringList {QStringLiteral("--db"), target, QStringLiteral("--user"), user} + args);
    p->closeWriteChannel();
    return p;
}

CliRun TestCliTeamFlow::finish(QProcess *p)
{
    std::unique_ptr<QProcess> owned(p);
    CliRun r;
    if (!p->waitForStarted(30000))
        return r;
    if (!p->waitForFinished(300000)) {
        p->kill();
        p->waitForFinished();
        return r;
    }
    r.crashed = p->exitStatus() != QProcess::NormalExit;
    r.exitCode = p->exitCode();
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}

bool TestCliTeamFlow::buildCompany(const QString &target, int extraClients)
{
    WorkflowCompany co;
    if (!co.open(target)) {
        QTest::qFail("cannot create the company", __FILE__, __LINE__);
        return false;
    }
    const qint64 acme = co.client(QStringLiteral("ACME"));
    co.invoice(acme, QStringLiteral("A-1"), m_day.addDays(-16), 10000);
    co.invoice(acme, QStringLiteral("A-2"), m_day.addDays(-40), 20000);
    const qint64 beta = co.client(QStringLiteral("BETA"));
    co.invoice(beta, QStringLiteral("B-1"), m_day.addDays(-20), 5000);
    const qint64 gamma = co.client(QStringLiteral("GAMMA"));
    co.invoice(gamma, QStringLiteral("G-1"), m_day.addDays(-30), 9000);
    const qint64 delta = co.client(QStringLiteral("DELTA"));
    co.invoice(delta, QStringLiteral("D-1"), m_day.addDays(-65), 40000);
    co.invoice(delta, QStringLiteral("D-2"), m_day.addDays(-6), 1500);
    for (int i = 1; i <= extraClients; ++i) {
        const QString code = QStringLiteral("X%1").arg(i, 3, 10, QLatin1Char('0'));
        const qint64 id = co.client(code);
        co.invoice(id, code + QStringLiteral("-1"), m_day.addDays(-(5 + i % 70)), 1000 * i);
        co.invoice(id, code + QStringLiteral("-2"), m_day.addDays(-(16 + i % 50)), 700 * i);
    }
    bool ok = acme && beta && gamma && delta;
    if (auto d = co.dispute(beta, m_day.addDays(-2), QStringLiteral("B-1")); !d)
        ok = false;
    if (auto p = co.promise(gamma, m_day.addDays(-15), QStringLiteral("90.00"), m_day.addDays(-9));
        !p)
        ok = false;
    if (auto p = co.promise(acme, m_day.addDays(-1), QStringLiteral("50.00"), m_day.addDays(3),
                            QStringLiteral("A-1"));
        !p)
        ok = false;
    if (auto p = co.pay(delta, m_day.addDays(-3), 1000); !p)
        ok = false;
    if (auto c = co.call(delta, m_day.addDays(-2), m_day); !c)
        ok = false;
    co.db.reset();
    if (!ok)
        QTest::qFail("a step of the company was refused", __FILE__, __LINE__);
    return ok;
}

bool TestCliTeamFlow::setUpMail(const QString &target, int port)
{
    const CliRun company = cli(target,
                               {QStringLiteral("settings"), QStringLiteral("company"),
                                QStringLiteral("--name"), QStringLiteral("Example Supplies")},
                               QStringLiteral("mia"));
    const CliRun smtp
            = cli(target,
                  {QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--host"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                   QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
                   QStringLiteral("ar@example.com"), QStringLiteral("--rate-per-minute"),
                   QStringLiteral("0")},
                  QStringLiteral("mia"));
    if (company.exitCode != 0 || smtp.exitCode != 0) {
        qWarning("%s\n%s", qPrintable(company.describe()), qPrintable(smtp.describe()));
        return false;
    }
    return true;
}

namespace {

/// `out` with what differs from run to run whatever the backend replaced: the instants a row
/// was recorded (now), the Message-IDs and so the message bytes' SHA-256, the SMTP server's queue
/// id, the time taken.
QByteArray steady(QByteArray out)
{
    static const QRegularExpression instant(QStringLiteral(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?"));
    static const QRegularExpression messageId(
            QStringLiteral("<?[0-9a-f]{32}\\.[a-z0-9]+@[A-Za-z0-9.-]+>?"));
    // The bytes hold the Date and Message-ID headers, so their hash differs too.
    static const QRegularExpression sha256(QStringLiteral("[0-9a-f]{64}"));
    static const QRegularExpression queuedAs(QStringLiteral("queued as [A-Za-z0-9<>@._-]+"));
    static const QRegularExpression elapsed(QStringLiteral("\"elapsed_ms\":\\d+"));
    QString text = QString::fromUtf8(out);
    text.replace(instant, QStringLiteral("<instant>"));
    text.replace(queuedAs, QStringLiteral("queued as <id>"));
    text.replace(elapsed, QStringLiteral("\"elapsed_ms\":0"));
    text.replace(messageId, QStringLiteral("<message-id>"));
    text.replace(sha256, QStringLiteral("<sha256>"));
    return text.toUtf8();
}

} // namespace

QMap<QString, QByteArray> TestCliTeamFlow::workTheDay(const QString &target, SmtpTestServer &server)
{
    if (!buildCompany(target) || !setUpMail(target, server.port())
        || !writeFile(m_dir.filePath(QStringLiteral("A-1.pdf")), "%PDF-1.4 invoice A-1\n"))
        return {};
    // Every step: its words, separated by '|', then the user in brackets when not ann.
    QMap<QString, QByteArray> answers
            = runSteps(target,
                       {
                               "queue|--as-of|@|--json",
                               "queue|--as-of|@|--json [mia]",
                               "queue|--as-of|@",
                               "why|--client|ACME|--as-of|@|--json",
                               "why|--client|BETA|--as-of|@",
                               "why|--client|DELTA|--as-of|@|--json",
                               "promises|--as-of|@|--json",
                               "promises|--client|GAMMA|--as-of|@",
                               "promises|rates|--as-of|@|--json",
                               "remind|--dry-run|--as-of|@|--json",
                               "remind|--as-of|@|--json",
                               "remind|--as-of|@|--json", // nothing left to do
                               "queue|--as-of|@|--json",
                               "task|list|--json",
                               "outbox|list|--json",
                               "invoice|attach|--number|A-1|A-1.pdf",
                               "email|--client|ACME|--template|friendly-reminder|--dry-run",
                               "email|--client|DELTA|--template|second-reminder|--json",
                               "email|--client|ACME|--template|friendly-reminder|--json",
                               "outbox|send|--json",
                               "outbox|list|--json",
                               "outbox|list|--status|sent",
                               "note|list|--client|ACME|--json",
                               "queue|--as-of|@|--json",
                               "clients|--owing|--no-contact|30|--as-of|@|--json",
                       });
    // What the server received: the subjects and envelopes, in order.
    QByteArray received;
    for (const QJsonObject &m : server.log()) {
        QJsonObject o = m;
        for (const char *drop : {"peer_port", "file", "sha256", "port"})
            o.remove(QLatin1String(drop));
        received += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    answers.insert(QStringLiteral("99 server log"), received);
    return answers;
}

QMap<QString, QByteArray> TestCliTeamFlow::runSteps(const QString &target,
                                                    const QList<const char *> &steps)
{
    QMap<QString, QByteArray> answers;
    const QString asOf = m_day.toString(Qt::ISODate);
    int n = 0;
    for (const char *line : steps) {
        QString text = QString::fromUtf8(line);
        QString user = QStringLiteral("ann");
        if (text.endsWith(u']')) {
            const qsizetype bracket = text.lastIndexOf(QLatin1String(" ["));
            user = text.mid(bracket + 2).chopped(1);
            text.truncate(bracket);
        }
        QStringList args = text.split(u'|');
        args.replaceInStrings(QStringLiteral("@"), asOf);
        const CliRun r = cli(target, args, user);
        const QString key = QStringLiteral("%1 %2 [%3]")
                                    .arg(++n, 2, 10, QLatin1Char('0'))
                                    .arg(args.join(u' '), user);
        answers.insert(key,
                       r.exitCode == 0 ? steady(r.out)
                                       : QByteArray("FAILED: ") + r.describe().toUtf8());
    }
    return answers;
}

void TestCliTeamFlow::compareAnswers(const QMap<QString, QByteArray> &file,
                                     const QMap<QString, QByteArray> &team)
{
    QCOMPARE(team.keys(), file.keys());
    for (auto it = file.cbegin(); it != file.cend(); ++it) {
        QVERIFY2(!it.value().startsWith("FAILED"),
                 qPrintable(it.key() + u' ' + QString::fromUtf8(it.value())));
        const QByteArray &a = it.value();
        const QByteArray b = team.value(it.key());
        qsizetype at = 0; // where they part
        while (at < a.size() && at < b.size() && a.at(at) == b.at(at))
            ++at;
        const qsizetype from = std::max<qsizetype>(0, at - 300);
        QVERIFY2(b == a,
                 qPrintable(QStringLiteral("%1: differ at byte %2\n  file: …%3\n  team: …%4")
                                    .arg(it.key())
                                    .arg(at)
                                    .arg(QString::fromUtf8(a.mid(from, 600)),
                                         QString::fromUtf8(b.mid(from, 600)))));
    }
}

void TestCliTeamFlow::workflowAndMailGiveTheSameAnswersOnBothBackends()
{
    SmtpTestServer fileServer, teamServer;
    QVERIFY(fileServer.start(m_dir.filePath(QStringLiteral("smtp-file")), SmtpTestServer::Tls::None,
                             QString()));
    QVERIFY(teamServer.start(m_dir.filePath(QStringLiteral("smtp-team")), SmtpTestServer::Tls::None,
                             QString()));
    const auto file = workTheDay(m_dir.filePath(QStringLiteral("flow.ardesk")), fileServer);
    const QString url = teamDatabase();
    QVERIFY(!url.isEmpty());
    const auto team = workTheDay(url, teamServer);
    QCOMPARE(file.size(), 26);
    compareAnswers(file, team);
    if (QTest::currentTestFailed())
        return;
    // Not equally wrong: the run queued ACME's and GAMMA's reminders (BETA is disputed) and
    // DELTA's, and all of them and the two manual e-mails reached the server once.
    const auto at = [&](int step) {
        for (auto it = team.cbegin(); it != team.cend(); ++it) {
            if (it.key().startsWith(QStringLiteral("%1 ").arg(step, 2, 10, QLatin1Char('0'))))
                return it.value();
        }
        return QByteArray();
    };
    const QJsonObject applied
            = QJsonDocument::fromJson(at(11)).object().value(QStringLiteral("applied")).toObject();
    QVERIFY2(applied.value(QStringLiteral("emails")).toInt() >= 2, at(11).constData());
    QVERIFY2(applied.value(QStringLiteral("problems")).toArray().isEmpty(), at(11).constData());
    QCOMPARE(QJsonDocument::fromJson(at(12))
                     .object()
                     .value(QStringLiteral("applied"))
                     .toObject()
                     .value(QStringLiteral("steps_recorded"))
                     .toInt(),
             0);
    const int queued = applied.value(QStringLiteral("emails")).toInt() + 2;
    QCOMPARE(QJsonDocument::fromJson(at(20)).object().value(QStringLiteral("sent")).toInt(),
             queued);
    QCOMPARE(teamServer.log().size(), queued);
    QVERIFY2(at(5).contains("held by: disputed"), at(5).constData());
    // The invoice's document, as a call recap's e-mail attaches it (the window's path), is read
    // from the team database by the invoices' ids.
    const QString name = url.section(u'/', -1);
    const qint64 a1 = m_cluster
                              .psql(name,
                                    QStringLiteral("SELECT id FROM invoices WHERE number = "
                                                   "'A-1'"))
                              .trimmed()
                              .toLongLong();
    auto db = Database::open(url);
    VERIFY_OK(db);
    auto documents = InvoiceDocumentService::mailAttachments(*db.value(), {a1, a1 + 1000});
    VERIFY_OK(documents);
    QCOMPARE(documents.value().size(), 1);
    QCOMPARE(documents.value().first().fileName, QStringLiteral("A-1.pdf"));
    QCOMPARE(documents.value().first().bytes, QByteArray("%PDF-1.4 invoice A-1\n"));
}

// A send that reaches no server (nothing listens on the port) puts the message back in the queue
// without counting the attempt, on a team database as in a company file.
void TestCliTeamFlow::aSendThatReachesNoServerLeavesTheMessageQueued()
{
    const QString url = teamDatabase();
    QVERIFY(buildCompany(url));
    QVERIFY(setUpMail(url, 2525)); // nobody listens there
    const CliRun queued
            = cli(url,
                  {QStringLiteral("email"), QStringLiteral("--client"), QStringLiteral("DELTA"),
                   QStringLiteral("--template"), QStringLiteral("second-reminder")});
    QVERIFY2(queued.exitCode == 0, qPrintable(queued.describe()));
    const CliRun send = cli(url, {QStringLiteral("outbox"), QStringLiteral("send")});
    QCOMPARE(send.exitCode, 1);
    QVERIFY2(send.errText().contains(QLatin1String("sending stopped")),
             qPrintable(send.describe()));
    const QString name = url.section(u'/', -1);
    QCOMPARE(m_cluster.psql(name, QStringLiteral("SELECT status || ' ' || attempts FROM outbox"))
                     .trimmed(),
             QStringLiteral("queued 0"));
}

// The rest of the collection workflow's commands (policies, tasks, disputes, pauses) and the
// outbox's (show, cancel, retry, mark-sent of a message left unknown) on both backends.
void TestCliTeamFlow::tasksDisputesPausesAndTheOutboxGiveTheSameAnswersOnBothBackends()
{
    const QList<const char *> steps {
            "policy|list|--json",
            "policy|assign|--client|ACME|--policy|key accounts [mia]",
            "why|--client|ACME|--as-of|@|--json",
            "remind|--as-of|@|--json",
            "task|list|--json",
            "task|add|--client|BETA|--text|Ask for the signed delivery note|--due|2026-04-22",
            "task|done|1",
            "task|snooze|2|--until|2026-04-23",
            "task|reassign|2|--to|mia [mia]",
            "task|list|--json [mia]",
            "task|reassign-all|--from|ann|--to|mia [mia]",
            "task|list|--json [mia]",
            "dispute|list|--json",
            "dispute|reject|1|--reason|price as quoted",
            "dispute|list|--json",
            "why|--client|BETA|--as-of|@|--json",
            "pause|--client|GAMMA|--until|2026-05-20|--reason|audit",
            "why|--client|GAMMA|--as-of|@|--json",
            "unpause|--client|GAMMA|--reason|audit done|--as-of|@",
            "why|--client|GAMMA|--as-of|@",
            "queue|--as-of|@|--json",
            "outbox|list|--json",
            "outbox|cancel|1",
            "outbox|list|--status|cancelled|--json",
            "promises|--as-of|@|--json",
            "email|--all|--template|second-reminder|--dry-run",
            "email|--all|--filter|delta|--template|second-reminder|--json",
            "outbox|list|--status|queued|--json",
    };
    const QString file = m_dir.filePath(QStringLiteral("rest.ardesk"));
    const QString url = teamDatabase();
    QVERIFY(buildCompany(file) && setUpMail(file, 2525));
    QVERIFY(buildCompany(url) && setUpMail(url, 2525)); // queued only, nothing sent
    const auto inFile = runSteps(file, steps);
    const auto inTeam = runSteps(url, steps);
    QCOMPARE(inFile.size(), int(steps.size()));
    compareAnswers(inFile, inTeam);
    // Not equally wrong: mia holds every open task after taking ann's, the dispute is rejected,
    // the cancelled message is listed as such.
    const auto answer = [&](int step) { return inTeam.value(inTeam.keys().value(step - 1)); };
    QVERIFY2(QJsonDocument::fromJson(answer(12)).array().size() >= 3, answer(12).constData());
    QVERIFY2(!answer(12).contains("\"owner\":\"ann\""), answer(12).constData());
    QCOMPARE(QJsonDocument::fromJson(answer(13)).array().size(), 1); // open disputes
    QCOMPARE(QJsonDocument::fromJson(answer(15)).array().size(), 0);
    QCOMPARE(QJsonDocument::fromJson(answer(24)).array().size(), 1);
}

// A client with two broken promises, the later recorded for the earlier date: its queue row
// names them by date on both backends (the team database once listed them in the order it
// happened to read them, here the order they were recorded).
void TestCliTeamFlow::aClientsBrokenPromisesAreListedByDateOnBothBackends()
{
    const auto build = [this](const QString &target) {
        WorkflowCompany co;
        if (!co.open(target))
            return false;
        const qint64 zeta = co.client(QStringLiteral("ZETA"));
        co.invoice(zeta, QStringLiteral("Z-1"), m_day.addDays(-30), 50000);
        const bool ok = zeta
                && co.promise(zeta, m_day.addDays(-20), QStringLiteral("100.00"),
                              m_day.addDays(-10))
                && co.promise(zeta, m_day.addDays(-19), QStringLiteral("200.00"),
                              m_day.addDays(-14));
        co.db.reset();
        return ok;
    };
    const QString file = m_dir.filePath(QStringLiteral("promises.ardesk"));
    const QString url = teamDatabase();
    QVERIFY(build(file));
    QVERIFY(build(url));
    const QList<const char *> steps {"queue|--as-of|@|--json"};
    const auto inFile = runSteps(file, steps);
    const auto inTeam = runSteps(url, steps);
    compareAnswers(inFile, inTeam);
    const QJsonArray items = QJsonDocument::fromJson(inTeam.first())
                                     .object()
                                     .value(QStringLiteral("items"))
                                     .toArray();
    QCOMPARE(items.size(), 1);
    QStringList broken;
    for (const QJsonValue &r :
         items.first().toObject().value(QStringLiteral("reasons")).toArray()) {
        if (r.toObject().value(QStringLiteral("kind")).toString()
            == QLatin1String("promise_broken"))
            broken << r.toObject().value(QStringLiteral("text")).toString();
    }
    QCOMPARE(broken.size(), 2);
    QVERIFY2(broken.at(0).contains(QLatin1String("200.00")), qPrintable(broken.join(u'\n')));
    QVERIFY2(broken.at(1).contains(QLatin1String("100.00")), qPrintable(broken.join(u'\n')));
}

QStringList TestCliTeamFlow::receivedMessageIds(const SmtpTestServer &server)
{
    QStringList ids;
    static const QRegularExpression header(QStringLiteral("^Message-ID:\\s*(<[^>]+>)"),
                                           QRegularExpression::MultilineOption
                                                   | QRegularExpression::CaseInsensitiveOption);
    for (int i = 1; i <= server.log().size(); ++i) {
        const auto match = header.match(QString::fromUtf8(server.message(i)));
        ids << (match.hasMatch() ? match.captured(1)
                                 : QStringLiteral("(none in message %1)").arg(i));
    }
    return ids;
}

// Two desks run the sender at once against one team database and one server, which takes 100 ms
// over every message: each of the N messages arrives exactly once, both senders took part,
// and neither took the other's message in flight for one left by a crashed run.
void TestCliTeamFlow::twoSendersDeliverEveryMessageExactlyOnce()
{
    const QString url = teamDatabase();
    QVERIFY(buildCompany(url));
    SmtpTestServer server;
    QVERIFY(server.start(m_dir.filePath(QStringLiteral("smtp")), SmtpTestServer::Tls::None,
                         QString(), {QStringLiteral("--latency"), QStringLiteral("100")}));
    QVERIFY(setUpMail(url, server.port()));
    constexpr int kMessages = 40;
    QStringList queued;
    {
        auto db = Database::open(url);
        VERIFY_OK(db);
        Outbox outbox(*db.value());
        const qint64 delta = scalar(db.value()->connection(),
                                    QStringLiteral("SELECT id FROM clients WHERE code = 'DELTA'"))
                                     .toLongLong();
        QVERIFY(delta > 0);
        for (int i = 1; i <= kMessages; ++i) {
            OutboxMessage m;
            m.clientId = delta;
            m.messageId = QStringLiteral("m%1.two-senders@ardesk.test").arg(i);
            m.fromAddress = QStringLiteral("ar@example.com");
            m.recipients = {QStringLiteral("ap%1@client.example").arg(i)};
            m.subject = QStringLiteral("Message %1").arg(i);
            m.templateKey = QStringLiteral("statement");
            m.eml = QStringLiteral("From: ar@example.com\r\nTo: ap%1@client.example\r\n"
                                   "Message-ID: <%2>\r\nSubject: Message %1\r\n\r\nBody %1\r\n")
                            .arg(i)
                            .arg(m.messageId)
                            .toUtf8();
            VERIFY_OK(outbox.insert(m));
            queued << u'<' + m.messageId + u'>';
        }
    }
    QProcess *first = startCli(
            url, {QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--json")});
    QProcess *second = startCli(
            url, {QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--json")});
    const CliRun a = finish(first);
    const CliRun b = finish(second);
    QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));
    QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));

    QStringList received = receivedMessageIds(server);
    received.sort();
    queued.sort();
    QCOMPARE(received, queued); // every message once: none lost, none twice
    const QJsonObject ra = QJsonDocument::fromJson(a.out).object();
    const QJsonObject rb = QJsonDocument::fromJson(b.out).object();
    QSet<qint64> sentIds;
    for (const QJsonObject &r : {ra, rb}) {
        // Neither run mistook the other's message in flight for one a crash left behind.
        QCOMPARE(r.value(QStringLiteral("recovered")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("unknown")).toInt(), 0);
        QVERIFY2(r.value(QStringLiteral("sent")).toInt() > 0, // both took part
                 qPrintable(a.describe() + u'\n' + b.describe()));
        for (const QJsonValue &id : r.value(QStringLiteral("sent_ids")).toArray()) {
            QVERIFY2(!sentIds.contains(id.toInteger()), "one message sent by both runs");
            sentIds.insert(id.toInteger());
        }
    }
    QCOMPARE(sentIds.size(), kMessages);
    const QString name = url.section(u'/', -1);
    QCOMPARE(m_cluster
                     .psql(name,
                           QStringLiteral("SELECT status || ':' || count(*) FROM outbox "
                                          "GROUP BY status"))
                     .trimmed(),
             QStringLiteral("sent:%1").arg(kMessages));
    QCOMPARE(m_cluster.psql(name, QStringLiteral("SELECT sum(attempts) FROM outbox")).trimmed(),
             QString::number(kMessages));
    // Every sent message became an e-mail note on DELTA's record, the two senders' notes linked
    // into one chain that verifies.
    QCOMPARE(m_cluster
                     .psql(name,
                           QStringLiteral("SELECT count(*) FROM notes n JOIN clients c ON "
                                          "c.id = n.client_id JOIN note_revisions r ON "
                                          "r.note_id = n.id WHERE c.code = 'DELTA' AND "
                                          "r.channel = 'email'"))
                     .trimmed(),
             QString::number(kMessages));
    const CliRun verify = cli(url, {QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
}

// Two desks run `remind` for the same day at once on one team database: every step is taken
// once (one reminder_log row, one e-mail and one task per client and kind), exactly what one run
// alone takes on a copy of the company.
void TestCliTeamFlow::twoRemindRunsAtOnceTakeEveryStepOnce()
{
    constexpr int kClients = 60;
    const QString alone = teamDatabase();
    const QString together = teamDatabase();
    QVERIFY(buildCompany(alone, kClients));
    QVERIFY(buildCompany(together, kClients));
    QVERIFY(setUpMail(alone, 2525)); // queued only: nothing is sent here
    QVERIFY(setUpMail(together, 2525));
    const QStringList remind {QStringLiteral("remind"), QStringLiteral("--as-of"),
                              m_day.toString(Qt::ISODate), QStringLiteral("--json")};
    const CliRun once = cli(alone, remind);
    QVERIFY2(once.exitCode == 0, qPrintable(once.describe()));
    QProcess *first = startCli(together, remind);
    QProcess *second = startCli(together, remind, QStringLiteral("mia"));
    const CliRun a = finish(first);
    const CliRun b = finish(second);
    QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));
    QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));

    const auto footprint = [&](const QString &url) {
        const QString name = url.section(u'/', -1);
        const char *const questions[] = {
                "SELECT count(*) FROM reminder_log",
                "SELECT count(*) FROM (SELECT invoice_id, step_id FROM reminder_log GROUP BY "
                "invoice_id, step_id HAVING count(*) > 1) twice",
                "SELECT string_agg(c.code || ':' || o.template_key, ' ' ORDER BY c.code) FROM "
                "outbox o JOIN clients c ON c.id = o.client_id",
                "SELECT string_agg(c.code || ':' || t.kind || ':' || t.title, ' / ' ORDER BY "
                "c.code, t.kind) FROM tasks t JOIN clients c ON c.id = t.client_id",
                "SELECT string_agg(code, ' ' ORDER BY code) FROM clients WHERE credit_hold <> 0",
                "SELECT count(*) FROM audit_log WHERE action = 'remind'",
                "SELECT string_agg(status, ' ' ORDER BY id) FROM promises",
        };
        QStringList out;
        for (const char *q : questions)
            out << m_cluster.psql(name, QString::fromLatin1(q)).trimmed();
        return out;
    };
    const QStringList reference = footprint(alone);
    QVERIFY2(reference.at(0).toInt() > 2 * kClients,
             qPrintable(reference.join(u'\n') + u'\n' + once.describe()));
    QCOMPARE(reference.at(1), QStringLiteral("0"));
    QCOMPARE(footprint(together), reference);
    // Both runs did their part of the day and told of the steps the other had taken.
    const QJsonObject appliedA
            = QJsonDocument::fromJson(a.out).object().value(QStringLiteral("applied")).toObject();
    const QJsonObject appliedB
            = QJsonDocument::fromJson(b.out).object().value(QStringLiteral("applied")).toObject();
    const QJsonObject appliedOnce = QJsonDocument::fromJson(once.out)
                                            .object()
                                            .value(QStringLiteral("applied"))
                                            .toObject();
    for (const char *count : {"steps_recorded", "emails", "call_tasks", "escalations", "clients"}) {
        const QString key = QString::fromLatin1(count);
        QVERIFY2(appliedA.value(key).toInt() + appliedB.value(key).toInt()
                         == appliedOnce.value(key).toInt(),
                 qPrintable(key + u'\n' + QString::fromUtf8(a.out) + u'\n'
                            + QString::fromUtf8(b.out)));
    }
    // A client the other run had taken is reported as such, in words, not as a database error.
    for (const QJsonObject &applied : {appliedA, appliedB}) {
        for (const QJsonValue &p : applied.value(QStringLiteral("problems")).toArray())
            QVERIFY2(p.toString().contains(QLatin1String("another run recorded these steps")),
                     qPrintable(p.toString()));
    }
}

// A sender killed while the server holds its message: its connection, and with it its hold on
// the message, goes; the next run finds the message 'unknown' (maybe delivered) and does not
// send it again.
void TestCliTeamFlow::aSenderKilledMidSendLeavesItsMessageUnknownNeverResent()
{
    const QString url = teamDatabase();
    const QString name = url.section(u'/', -1);
    QVERIFY(buildCompany(url));
    SmtpTestServer server;
    QVERIFY(server.start(m_dir.filePath(QStringLiteral("smtp")), SmtpTestServer::Tls::None,
                         QString(), {QStringLiteral("--latency"), QStringLiteral("3000")}));
    QVERIFY(setUpMail(url, server.port()));
    const CliRun queued
            = cli(url,
                  {QStringLiteral("email"), QStringLiteral("--client"), QStringLiteral("DELTA"),
                   QStringLiteral("--template"), QStringLiteral("second-reminder")});
    QVERIFY2(queued.exitCode == 0, qPrintable(queued.describe()));
    std::unique_ptr<QProcess> sender(
            startCli(url, {QStringLiteral("outbox"), QStringLiteral("send")}));
    const auto polled = [&](const QString &sql, const QString &want) {
        for (int i = 0; i < 200; ++i) {
            if (m_cluster.psql(name, sql).trimmed() == want)
                return true;
            QTest::qWait(50);
        }
        return false;
    };
    const QString advisoryLocks = QStringLiteral(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2");
    QVERIFY(polled(QStringLiteral("SELECT status FROM outbox"), QStringLiteral("sending")));
    QCOMPARE(m_cluster.psql(name, advisoryLocks).trimmed(), QStringLiteral("1")); // held
    sender->kill();
    QVERIFY(sender->waitForFinished(10000));
    QVERIFY(polled(advisoryLocks, QStringLiteral("0"))); // gone with the connection

    const CliRun next = cli(
            url, {QStringLiteral("outbox"), QStringLiteral("send"), QStringLiteral("--json")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    const QJsonObject report = QJsonDocument::fromJson(next.out).object();
    QCOMPARE(report.value(QStringLiteral("recovered")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 0);
    QCOMPARE(m_cluster.psql(name, QStringLiteral("SELECT status FROM outbox")).trimmed(),
             QStringLiteral("unknown"));
    QTest::qWait(3500); // the server has finished with the first upload
    QVERIFY2(server.log().size() <= 1, "the message went out twice");
    // The clerk finds it in the client's mailbox and says so: sent, with its note.
    const CliRun confirmed = cli(
            url, {QStringLiteral("outbox"), QStringLiteral("mark-sent"), QStringLiteral("1")});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.describe()));
    QCOMPARE(m_cluster
                     .psql(name,
                           QStringLiteral("SELECT status || ' ' || (note_id IS NOT NULL) "
                                          "FROM outbox"))
                     .trimmed(),
             QStringLiteral("sent true"));
}

QTEST_GUILESS_MAIN(TestCliTeamFlow)
#include "tst_cliteamflow.moc"
