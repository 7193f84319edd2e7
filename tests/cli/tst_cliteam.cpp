// SPDX-License-Identifier: MIT
// Team mode's first slice: the same company built by the same steps (ardesk-cli and the core's
// use cases) in a SQLite company file and in a PostgreSQL team database on a throwaway server
// (tests/support/pgcluster.*) gives the same answers to `clients`, `invoices`, `aging`,
// `payment list` and `user list`, byte for byte.
#include "support/pgcluster.h"
#include "support/testsupport.h"

#include "core/domain/contact.h"
#include "core/services/clientservice.h"
#include "core/services/companyfile.h"
#include "core/storage/userrepository.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace ardesk;
using ardesk::test::CliRun;
using ardesk::test::PgCluster;

namespace {

/// The words of one command line, separated by '|' (so a word may hold spaces).
QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u'|');
}

} // namespace

class TestCliTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sameStepsGiveTheSameAnswersOnBothBackends();
    void initOnATeamDatabaseThatHoldsACompanyFails();
    void passwordInTheAddressIsRefused();
    void unreachableServerFailsWithTheReason();
    void notesAreLoggedAmendedAndDeletedOnATeamDatabase();
    void searchFindsTheSameNotesOnBothBackends();

private:
    /// The same notes in `target` (a new company file or team database); false on a failed step.
    bool seedNotes(const QString &target);
    CliRun cli(const QString &target, const QStringList &args) const
    {
        return test::runCli(m_dir.path(), QStringList {QStringLiteral("--db"), target} + args);
    }
    /// Builds the test company in `target`; the answers of the read commands, by command.
    QMap<QString, QByteArray> buildAndAsk(const QString &target);
    QString teamDatabase();

    PgCluster m_cluster;
    test::ScratchDir m_dir;
    int m_databases = 0;
};

void TestCliTeam::initTestCase()
{
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
}

void TestCliTeam::init()
{
    QVERIFY(m_dir.renew());
}

QString TestCliTeam::teamDatabase()
{
    const QString name = QStringLiteral("team%1").arg(++m_databases);
    if (!m_cluster.createDatabase(name))
        return QString();
    return m_cluster.url(name);
}

QMap<QString, QByteArray> TestCliTeam::buildAndAsk(const QString &target)
{
    QMap<QString, QByteArray> answers;
    auto step = [&](const QStringList &args) {
        const CliRun r
                = cli(target, QStringList {QStringLiteral("--user"), QStringLiteral("ann")} + args);
        if (r.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.describe()));
        return r.exitCode == 0;
    };
    if (!step({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Acme"),
               QStringLiteral("--currency"), QStringLiteral("USD")})
        || !step({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ben"),
                  QStringLiteral("--role"), QStringLiteral("clerk"),
                  QStringLiteral("--display-name"), QStringLiteral("Ben Ortiz")}))
        return answers;
    {
        // Clients and a contact through the core's use cases, as the window adds them.
        auto db = CompanyFile::open(target);
        if (!db) {
            qWarning("open %s: %s", qPrintable(target), qPrintable(db.errorString()));
            return answers;
        }
        auto ann = UserRepository(*db.value()).findByName(QStringLiteral("ann"));
        auto ben = UserRepository(*db.value()).findByName(QStringLiteral("ben"));
        if (!ann || !ben)
            return answers;
        ClientService service(db.value(), ann.value().id);
        Client alpha = test::makeClient(QStringLiteral("C1"), QStringLiteral("Alpha Ltd"));
        alpha.assignedUserId = ben.value().id;
        alpha.creditLimitMinor = 500000;
        Client beta = test::makeClient(QStringLiteral("c2"), QStringLiteral("beta GmbH"));
        Client gamma = test::makeClient(QStringLiteral("C3"), QStringLiteral("Gamma SA"),
                                        QStringLiteral("EUR"));
        for (Client *c : {&alpha, &beta, &gamma}) {
            if (auto r = service.createClient(*c); !r) {
                qWarning("client %s: %s", qPrintable(c->code), qPrintable(r.errorString()));
                return answers;
            }
        }
        Contact billing;
        billing.clientId = alpha.id;
        billing.name = QStringLiteral("Dana Reyes");
        billing.email = QStringLiteral("dana@alpha.example");
        billing.isBillingContact = true;
        if (auto r = service.addContact(billing); !r) {
            qWarning("contact: %s", qPrintable(r.errorString()));
            return answers;
        }
    }
    const char *const ledger[] = {
            "invoice|add|--client|C1|--number|INV-1|--amount|1000.00|--issue|2026-08-01|--due|2026-"
            "08-31",
            "invoice|add|--client|C1|--number|INV-2|--amount|250.50|--issue|2026-10-01|--due|2026-"
            "10-31|--po|PO-77",
            "invoice|add|--client|C2|--number|INV-3|--amount|99.99|--issue|2026-11-01|--due|2026-"
            "12-01",
            "invoice|add|--client|C3|--number|INV-4|--amount|500|--issue|2026-05-01|--due|2026-06-"
            "01",
            "invoice|add|--client|C3|--number|INV-5|--amount|75|--issue|2026-07-01|--due|2026-07-"
            "31",
            "payment|add|--client|C1|--amount|400|--date|2026-09-15|--method|check|--reference|"
            "1234",
            "payment|add|--client|C3|--amount|500|--date|2026-11-10",
            "invoice|write-off|INV-5|--reason|too small to chase|--date|2026-11-20",
    };
    for (const char *line : ledger) {
        if (!step(words(line)))
            return answers;
    }
    const char *const questions[] = {
            "clients|--as-of|2026-11-30",
            "clients|--as-of|2026-11-30|--filter|GMBH",
            "clients|--as-of|2026-11-30|--sort|name",
            "invoices|--client|C1|--as-of|2026-11-30",
            "invoices|--client|c3|--as-of|2026-11-30",
            "aging|--as-of|2026-11-30",
            "aging|--as-of|2026-09-20",
            "aging|--as-of|2026-11-30|--client|C1",
            "payment|list|--client|C1",
            "user|list",
            // The receivables history (schema 16) kept by each database's own triggers.
            "kpi|--as-of|2026-11-30|--period|120",
            "kpi|--as-of|2026-09-20|--by|clerk",
    };
    for (const char *line : questions) {
        const QStringList q = words(line);
        const CliRun r = cli(target,
                             QStringList {QStringLiteral("--user"), QStringLiteral("ann"),
                                          QStringLiteral("--json")}
                                     + q);
        answers.insert(q.join(u' '),
                       r.exitCode == 0 ? r.out : QByteArray("FAILED: ") + r.describe().toUtf8());
    }
    return answers;
}

void TestCliTeam::sameStepsGiveTheSameAnswersOnBothBackends()
{
    const auto file = buildAndAsk(m_dir.filePath(QStringLiteral("acme.ardesk")));
    const QString url = teamDatabase();
    QVERIFY(!url.isEmpty());
    const auto team = buildAndAsk(url);
    QCOMPARE(file.size(), 12);
    QCOMPARE(team.keys(), file.keys());
    for (auto it = file.cbegin(); it != file.cend(); ++it) {
        QVERIFY2(!it.value().startsWith("FAILED"),
                 qPrintable(it.key() + u' ' + QString::fromUtf8(it.value())));
        QVERIFY2(team.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1\n  file: %2\n  team: %3")
                                    .arg(it.key(), QString::fromUtf8(it.value()),
                                         QString::fromUtf8(team.value(it.key())))));
    }
    // And the answers are the right ones (not just equally wrong): Alpha owes 850.50 of which
    // 600.00 is 61-90 days late and 250.50 is 1-30 days late on 30 November.
    const QByteArray agingText = team.value(QStringLiteral("aging --as-of 2026-11-30 --client C1"));
    QVERIFY2(agingText.contains("60000") && agingText.contains("25050"), agingText.constData());
    QVERIFY2(team.value(QStringLiteral("clients --as-of 2026-11-30 --filter GMBH"))
                     .contains("beta GmbH"),
             team.value(QStringLiteral("clients --as-of 2026-11-30 --filter GMBH")).constData());
    QVERIFY(!team.value(QStringLiteral("clients --as-of 2026-11-30 --filter GMBH"))
                     .contains("Alpha"));
    // In dollars, AR on 30 November is what is still open on INV-1..3: 600.00 + 250.50 + 99.99;
    // 120 days earlier (2 August) only INV-1 was issued and nothing was paid yet. In euros
    // (Gamma's INV-4 and INV-5), nothing is open on 30 November; 575.00 was on 2 August.
    QJsonObject usd, eur;
    for (const QJsonValue &c :
         QJsonDocument::fromJson(team.value(QStringLiteral("kpi --as-of 2026-11-30 --period 120")))
                 .object()
                 .value(QStringLiteral("currencies"))
                 .toArray()) {
        const QString code = c.toObject().value(QStringLiteral("currency")).toString();
        (code == QLatin1String("USD") ? usd : eur) = c.toObject();
    }
    QCOMPARE(usd.value(QStringLiteral("ar_total")).toInteger(), 60000 + 25050 + 9999);
    QCOMPARE(usd.value(QStringLiteral("ar_begin")).toInteger(), 100000);
    QCOMPARE(eur.value(QStringLiteral("ar_total")).toInteger(), 0);
    QCOMPARE(eur.value(QStringLiteral("ar_begin")).toInteger(), 50000 + 7500);
}

void TestCliTeam::initOnATeamDatabaseThatHoldsACompanyFails()
{
    const QString url = teamDatabase();
    const CliRun first
            = cli(url, {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("init")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    QVERIFY2(first.out.contains("schema version"), first.out.constData());
    const CliRun second
            = cli(url, {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("init")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.errText().contains(QLatin1String("already exists")),
             qPrintable(second.describe()));
}

void TestCliTeam::passwordInTheAddressIsRefused()
{
    const CliRun r = cli(
            QStringLiteral("postgresql://ann:hunter2@127.0.0.1:%1/team1").arg(m_cluster.port()),
            {QStringLiteral("clients")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QLatin1String("PGPASSWORD")), qPrintable(r.describe()));
    QVERIFY(!r.errText().contains(QLatin1String("hunter2")));
}

void TestCliTeam::unreachableServerFailsWithTheReason()
{
    PgCluster gone;
    QVERIFY2(gone.start(), qPrintable(gone.errorString()));
    const QString url = gone.url(QStringLiteral("postgres"));
    gone.stop();
    const CliRun r = cli(url, {QStringLiteral("clients")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QLatin1String("cannot connect to the team database")),
             qPrintable(r.describe()));
}

void TestCliTeam::notesAreLoggedAmendedAndDeletedOnATeamDatabase()
{
    const QString url = teamDatabase();
    auto run = [&](const QStringList &args) {
        return cli(url, QStringList {QStringLiteral("--user"), QStringLiteral("ann")} + args);
    };
    const CliRun init = run(words("init|--company|Acme|--currency|USD"));
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    {
        auto db = CompanyFile::open(url);
        VERIFY_OK(db);
        auto ann = UserRepository(*db.value()).findByName(QStringLiteral("ann"));
        VERIFY_OK(ann);
        Client alpha = test::makeClient(QStringLiteral("C1"), QStringLiteral("Alpha Ltd"));
        VERIFY_OK(ClientService(db.value(), ann.value().id).createClient(alpha));
    }
    const CliRun invoice = run(words("invoice|add|--client|C1|--number|INV-1|--amount|1000.00|"
                                     "--issue|2026-08-01|--due|2026-08-31"));
    QVERIFY2(invoice.exitCode == 0, qPrintable(invoice.describe()));
    QVERIFY(test::writeFile(m_dir.filePath(QStringLiteral("remittance.txt")),
                            QByteArray("paid 250.00 on 1 Dec\n")));
    const QString next = QDate::currentDate().addDays(9).toString(Qt::ISODate);
    const QString promised = QDate::currentDate().addDays(7).toString(Qt::ISODate);
    const CliRun add = run(
            {QStringLiteral("note"), QStringLiteral("add"), QStringLiteral("--client"),
             QStringLiteral("C1"), QStringLiteral("--channel"), QStringLiteral("call"),
             QStringLiteral("--text"), QStringLiteral("Promised to pay next week"),
             QStringLiteral("--invoice"), QStringLiteral("INV-1"), QStringLiteral("--attach"),
             m_dir.filePath(QStringLiteral("remittance.txt")), QStringLiteral("--next-contact"),
             next, QStringLiteral("--promise"), QStringLiteral("250.00:") + promised});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    const QString id = QString::fromUtf8(add.out).trimmed();

    const CliRun list
            = run({QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--client"),
                   QStringLiteral("C1"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray notes = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(notes.size(), 1);
    const QJsonObject note = notes.first().toObject();
    QCOMPARE(QString::number(note.value(QStringLiteral("id")).toInteger()), id);
    QCOMPARE(note.value(QStringLiteral("next_contact_date")).toString(), next);
    QCOMPARE(note.value(QStringLiteral("invoices")).toArray(),
             QJsonArray {QStringLiteral("INV-1")});
    const QJsonObject promise = note.value(QStringLiteral("promise")).toObject();
    QCOMPARE(promise.value(QStringLiteral("amount")).toInteger(), 25000);
    QCOMPARE(promise.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    const QJsonArray attachments = note.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments[0].toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
             test::fileSha256(m_dir.filePath(QStringLiteral("remittance.txt"))));

    const CliRun amend = run({QStringLiteral("note"), QStringLiteral("amend"), id,
                              QStringLiteral("--text"), QStringLiteral("Promised to pay Friday")});
    QVERIFY2(amend.exitCode == 0, qPrintable(amend.describe()));
    const CliRun shown
            = run({QStringLiteral("note"), QStringLiteral("show"), id, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    const QJsonObject show = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(show.value(QStringLiteral("revisions")).toInt(), 2);
    QCOMPARE(show.value(QStringLiteral("text")).toString(),
             QStringLiteral("Promised to pay Friday"));

    const CliRun noReason = run({QStringLiteral("note"), QStringLiteral("delete"), id});
    QCOMPARE(noReason.exitCode, 2);
    const CliRun del = run({QStringLiteral("note"), QStringLiteral("delete"), id,
                            QStringLiteral("--reason"), QStringLiteral("logged twice")});
    QVERIFY2(del.exitCode == 0, qPrintable(del.describe()));
    const CliRun after
            = run({QStringLiteral("note"), QStringLiteral("list"), QStringLiteral("--client"),
                   QStringLiteral("C1"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 0);
    const CliRun again = run({QStringLiteral("note"), QStringLiteral("amend"), id,
                              QStringLiteral("--text"), QStringLiteral("x")});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.errText().contains(QLatin1String("deleted")), qPrintable(again.describe()));
    const QString name = url.section(u'/', -1);
    // Two revisions, an attachment and a tombstone: four links; the promise was cancelled.
    QCOMPARE(m_cluster.psql(name, QStringLiteral("SELECT count(*) FROM record_chain")).trimmed(),
             QStringLiteral("4"));
    QCOMPARE(m_cluster.psql(name, QStringLiteral("SELECT status FROM promises")).trimmed(),
             QStringLiteral("cancelled"));

    // verify proves the team database's record and prints its head.
    const QString head
            = m_cluster.psql(name, QStringLiteral("SELECT hash FROM record_chain WHERE seq = 4"))
                      .trimmed();
    const CliRun verify = run({QStringLiteral("verify"), QStringLiteral("--json")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    const QJsonObject report = QJsonDocument::fromJson(verify.out).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("head")).toString(), head);
    QCOMPARE(report.value(QStringLiteral("revisions")).toInteger(), 2);
    QCOMPARE(report.value(QStringLiteral("tombstones")).toInteger(), 1);
    QVERIFY(!m_cluster
                     .psql(name,
                           QStringLiteral("SET session_replication_role = replica; UPDATE "
                                          "note_tombstones SET reason = 'never mind'"))
                     .isNull());
    const CliRun tampered = run({QStringLiteral("verify")});
    QCOMPARE(tampered.exitCode, 1);
    QVERIFY2(tampered.errText().contains(QLatin1String("note ") + id),
             qPrintable(tampered.describe()));
}

bool TestCliTeam::seedNotes(const QString &target)
{
    auto run = [&](const QStringList &args) {
        const CliRun r
                = cli(target, QStringList {QStringLiteral("--user"), QStringLiteral("ann")} + args);
        if (r.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.describe()));
        return r.exitCode == 0;
    };
    if (!run(words("init|--company|Acme|--currency|USD")))
        return false;
    {
        auto db = CompanyFile::open(target);
        if (!db)
            return false;
        auto ann = UserRepository(*db.value()).findByName(QStringLiteral("ann"));
        if (!ann)
            return false;
        ClientService service(db.value(), ann.value().id);
        Client alpha = test::makeClient(QStringLiteral("C1"), QStringLiteral("Alpha Ltd"));
        Client beta = test::makeClient(QStringLiteral("C2"), QStringLiteral("Beta GmbH"));
        if (!service.createClient(alpha) || !service.createClient(beta))
            return false;
    }
    if (!test::writeFile(m_dir.filePath(QStringLiteral("remittance-advice.pdf")),
                         QByteArray("%PDF-1.4\n")))
        return false;
    const char *const notes[] = {
            "C1|call|2026-11-02T09:00:00Z|Left a voicemail about INV-1",
            "C1|email|2026-11-03T10:00:00Z|Sent the remittance request to Jürgen Müller",
            "C2|call|2026-11-04T11:00:00Z|Spoke to Muller: the remittance follows on Friday",
            "C2|email|2026-11-05T12:00:00Z|Asked for the voicemails of last week",
            "C1|text|2026-11-20T08:30:00Z|Reminder sent about INV-12 and INV-1",
            "C2|call|2026-11-21T15:00:00Z|No answer; will try tomorrow",
    };
    for (const char *line : notes) {
        const QStringList f = QString::fromUtf8(line).split(u'|');
        QStringList args {QStringLiteral("note"),          QStringLiteral("add"),
                          QStringLiteral("--client"),      f[0],
                          QStringLiteral("--channel"),     f[1],
                          QStringLiteral("--occurred-at"), f[2],
                          QStringLiteral("--text"),        f[3],
                          QStringLiteral("--no-follow-up")};
        if (f[3].startsWith(QLatin1String("Sent the remittance")))
            args << QStringLiteral("--attach")
                 << m_dir.filePath(QStringLiteral("remittance-advice.pdf"));
        if (f[1] == QLatin1String("call"))
            args << QStringLiteral("--outcome") << QStringLiteral("reached");
        else if (f[1] == QLatin1String("text"))
            args << QStringLiteral("--outcome") << QStringLiteral("other");
        if (!run(args))
            return false;
    }
    return true;
}

void TestCliTeam::searchFindsTheSameNotesOnBothBackends()
{
    const QString file = m_dir.filePath(QStringLiteral("search.ardesk"));
    const QString url = teamDatabase();
    QVERIFY(seedNotes(file));
    QVERIFY(seedNotes(url));
    const char *const queries[] = {
            "remittance", // a word, also in an attachment's name
            "voicem", // a prefix (the word being typed)
            "voicemail ", // a whole word only
            "INV-1", // a phrase of its parts
            "MULLER", // case and accents folded: Müller and Muller
            "sent remit", // every word, the last as a prefix
            "xyzzy", // nothing
            "|--channel|email", // filters alone: newest first
            "|--client|C2|--from|2026-11-04|--to|2026-11-05",
            "remittance|--client|C2",
    };
    for (const char *line : queries) {
        QStringList args = QString::fromUtf8(line).split(u'|');
        const QString text = args.takeFirst();
        QStringList command {QStringLiteral("--user"), QStringLiteral("ann"),
                             QStringLiteral("--json"), QStringLiteral("search")};
        if (!text.isEmpty())
            command << text;
        command += args;
        const CliRun a = cli(file, command);
        const CliRun b = cli(url, command);
        QVERIFY2(a.exitCode == 0, qPrintable(a.describe()));
        QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));
        auto hits = [](const CliRun &r) {
            QStringList out;
            const QJsonArray list = QJsonDocument::fromJson(r.out)
                                            .object()
                                            .value(QStringLiteral("hits"))
                                            .toArray();
            for (const QJsonValue &v : list) {
                const QJsonObject h = v.toObject();
                out << QStringLiteral("%1 %2 %3 [%4]")
                                .arg(h.value(QStringLiteral("note_id")).toInteger())
                                .arg(h.value(QStringLiteral("client_code")).toString(),
                                     h.value(QStringLiteral("snippet")).toString(),
                                     h.value(QStringLiteral("matched_attachment")).toString());
            }
            return out;
        };
        QStringList inFile = hits(a), inTeam = hits(b);
        // Ranks are computed differently (bm25, ts_rank): the same hits, in the same order where
        // the ranking does not decide it (filters alone: newest first).
        if (!text.isEmpty()) {
            inFile.sort();
            inTeam.sort();
        }
        QVERIFY2(inTeam == inFile,
                 qPrintable(QStringLiteral("%1\n  file: %2\n  team: %3")
                                    .arg(QString::fromUtf8(line), inFile.join(QLatin1String(" | ")),
                                         inTeam.join(QLatin1String(" | ")))));
    }
    // Not vacuous: the prefix found both voicemail notes, the folding both Müller and Muller.
    const CliRun prefix
            = cli(url,
                  {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("--json"),
                   QStringLiteral("search"), QStringLiteral("MULLER")});
    QCOMPARE(QJsonDocument::fromJson(prefix.out).object().value(QStringLiteral("total")).toInt(),
             2);
}

QTEST_GUILESS_MAIN(TestCliTeam)
#include "tst_cliteam.moc"
