// SPDX-License-Identifier: MIT
// `ardesk-cli audit` from the real binary: a clerk is refused naming the role needed; a manager
// reads another user's change with its before and after, per client and by user, kind and day;
// bad filters are usage errors naming the option; a settings change needs a user to name.
#include "core/support/paths.h"
#include "support/testsupport.h"
#include "support/workflowsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCliAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clerkIsRefusedNamingTheRole();
    void managerSeesAnotherUsersChangeWithBeforeAndAfter();
    void filtersByUserKindAndDay();
    void badFilterIsAUsageErrorNamingTheOption_data();
    void badFilterIsAUsageErrorNamingTheOption();
    void smtpSettingsNeedAUserToName();

private:
    CliRun cli(const QStringList &args, const QString &user = QStringLiteral("ann")) const
    {
        return runCli(
                m_dir.path(),
                QStringList {QStringLiteral("--db"), m_co.path, QStringLiteral("--user"), user}
                        + args);
    }
    /// `audit` read by `reader` with `args`.
    CliRun audit(const QStringList &args, const QString &reader = QStringLiteral("mia")) const
    {
        return runCli(m_dir.path(),
                      QStringList {QStringLiteral("--db"), m_co.path, QStringLiteral("audit"),
                                   QStringLiteral("--as"), reader}
                              + args);
    }
    static QJsonArray rows(const CliRun &r) { return QJsonDocument::fromJson(r.out).array(); }

    ScratchDir m_dir;
    WorkflowCompany m_co;
};

void TestCliAudit::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
}

void TestCliAudit::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("audit.ardesk"))));
    const qint64 acme = m_co.client(QStringLiteral("ACME"));
    QVERIFY(m_co.invoice(acme, QStringLiteral("A-1"), QDate(2026, 4, 4), 10000));
    const qint64 beta = m_co.client(QStringLiteral("BETA"));
    QVERIFY(m_co.invoice(beta, QStringLiteral("B-1"), QDate(2026, 4, 1), 5000));
    m_co.db.reset(); // closed: the binary is the only writer
}

void TestCliAudit::cleanup()
{
    m_co.db.reset();
}

void TestCliAudit::clerkIsRefusedNamingTheRole()
{
    const CliRun r = audit({QStringLiteral("--json")}, QStringLiteral("ann"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.errText().contains(QStringLiteral("needs the manager or admin role")),
             qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("ann has the clerk role")),
             qPrintable(r.describe()));
}

void TestCliAudit::managerSeesAnotherUsersChangeWithBeforeAndAfter()
{
    const CliRun edit
            = cli({QStringLiteral("invoice"), QStringLiteral("edit"), QStringLiteral("A-1"),
                   QStringLiteral("--due"), QStringLiteral("2026-05-01")});
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.describe()));

    const CliRun r
            = audit({QStringLiteral("--client"), QStringLiteral("ACME"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray list = rows(r);
    QVERIFY(list.size() >= 4); // client, contact, invoice created; invoice edited
    const QJsonObject newest = list.first().toObject();
    QCOMPARE(newest.keys(),
             (QStringList {QStringLiteral("action"), QStringLiteral("after"), QStringLiteral("at"),
                           QStringLiteral("before"), QStringLiteral("client"),
                           QStringLiteral("entity"), QStringLiteral("entity_id"),
                           QStringLiteral("id"), QStringLiteral("user")}));
    QCOMPARE(newest[QStringLiteral("user")].toString(), QStringLiteral("ann"));
    QCOMPARE(newest[QStringLiteral("entity")].toString(), QStringLiteral("invoice"));
    QCOMPARE(newest[QStringLiteral("action")].toString(), QStringLiteral("update"));
    QCOMPARE(newest[QStringLiteral("client")].toString(), QStringLiteral("ACME"));
    QCOMPARE(newest[QStringLiteral("before")][QStringLiteral("due_date")].toString(),
             QStringLiteral("2026-04-04"));
    QCOMPARE(newest[QStringLiteral("after")][QStringLiteral("due_date")].toString(),
             QStringLiteral("2026-05-01"));
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"))
                     .match(newest[QStringLiteral("at")].toString())
                     .hasMatch(),
             qPrintable(newest[QStringLiteral("at")].toString()));
    // Ids descend (newest first), and nothing of BETA is in ACME's trail.
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i)[QStringLiteral("client")].toString(), QStringLiteral("ACME"));
        if (i > 0)
            QVERIFY(list.at(i - 1)[QStringLiteral("id")].toInteger()
                    > list.at(i)[QStringLiteral("id")].toInteger());
    }
    QVERIFY(rows(audit({QStringLiteral("--json")})).size() > list.size());

    // The text form: one line per change, the change in words.
    const CliRun text = audit({QStringLiteral("--client"), QStringLiteral("ACME"),
                               QStringLiteral("--limit"), QStringLiteral("1")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    for (const QString &part :
         {QStringLiteral("ann"), QStringLiteral("ACME"), QStringLiteral("Invoice"),
          QStringLiteral("due_date: 2026-04-04 → 2026-05-01")})
        QVERIFY2(lines.first().contains(part), qPrintable(lines.first()));
}

void TestCliAudit::filtersByUserKindAndDay()
{
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("company"), QStringLiteral("--name"),
                  QStringLiteral("Audited Supplies")},
                 QStringLiteral("mia"))
                     .exitCode,
             0);
    const CliRun settings = audit(
            {QStringLiteral("--kind"), QStringLiteral("settings"), QStringLiteral("--json")});
    QVERIFY2(settings.exitCode == 0, qPrintable(settings.describe()));
    QCOMPARE(rows(settings).size(), 1);
    QCOMPARE(rows(settings).first()[QStringLiteral("user")].toString(), QStringLiteral("mia"));
    QVERIFY(rows(settings).first()[QStringLiteral("client")].isNull());
    QCOMPARE(rows(settings).first()[QStringLiteral("after")][QStringLiteral("name")].toString(),
             QStringLiteral("Audited Supplies"));

    const CliRun byMia
            = audit({QStringLiteral("--user"), QStringLiteral("mia"), QStringLiteral("--json")});
    QVERIFY2(byMia.exitCode == 0, qPrintable(byMia.describe()));
    QCOMPARE(rows(byMia).size(), 1);
    const CliRun invoices
            = audit({QStringLiteral("--kind"), QStringLiteral("invoice.create"),
                     QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("--json")});
    QCOMPARE(rows(invoices).size(), 2);
    // Days are the company's (UTC here); nothing was changed before 2020.
    const CliRun old = audit(
            {QStringLiteral("--until"), QStringLiteral("2019-12-31"), QStringLiteral("--json")});
    QVERIFY2(old.exitCode == 0, qPrintable(old.describe()));
    QCOMPARE(rows(old).size(), 0);
    const CliRun none = audit({QStringLiteral("--until"), QStringLiteral("2019-12-31")});
    QVERIFY(QString::fromUtf8(none.out).contains(QStringLiteral("No changes match")));
}

void TestCliAudit::badFilterIsAUsageErrorNamingTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("since") << QStringList {QStringLiteral("--since"), QStringLiteral("2026-13-01")}
                           << QStringLiteral("--since: \"2026-13-01\"");
    QTest::newRow("until before since")
            << QStringList {QStringLiteral("--since"), QStringLiteral("2026-03-02"),
                            QStringLiteral("--until"), QStringLiteral("2026-03-01")}
            << QStringLiteral("--until: 2026-03-01 is before --since 2026-03-02");
    QTest::newRow("user") << QStringList {QStringLiteral("--user"), QStringLiteral("nobody")}
                          << QStringLiteral("--user: no user named \"nobody\"");
    QTest::newRow("limit") << QStringList {QStringLiteral("--limit"), QStringLiteral("0")}
                           << QStringLiteral("--limit: \"0\"");
}

void TestCliAudit::badFilterIsAUsageErrorNamingTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const CliRun r = audit(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(named), qPrintable(r.describe()));
}

void TestCliAudit::smtpSettingsNeedAUserToName()
{
    // No --user and no ARDesk user of the OS login's name: nobody to record the change against.
    const CliRun r = runCli(
            m_dir.path(),
            {QStringLiteral("--db"), m_co.path, QStringLiteral("settings"), QStringLiteral("smtp"),
             QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QStringLiteral("2525"), QStringLiteral("--security"), QStringLiteral("none"),
             QStringLiteral("--from"), QStringLiteral("ar@example.com")});
    if (readValue(m_co.path, QStringLiteral("SELECT count(*) FROM users WHERE name = ?"),
                  {ardesk::paths::osLoginName()})
                .toInt()
        > 0)
        QSKIP("the OS login is a user of the test file");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("pass --user NAME")), qPrintable(r.describe()));
    QCOMPARE(readValue(m_co.path,
                       QStringLiteral("SELECT count(*) FROM settings WHERE key = 'smtp.host'"))
                     .toInt(),
             0);
    // With a user it is saved and its audit row names them.
    const CliRun saved
            = cli({QStringLiteral("settings"), QStringLiteral("smtp"), QStringLiteral("--host"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("2525"),
                   QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
                   QStringLiteral("ar@example.com")},
                  QStringLiteral("mia"));
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.describe()));
    const QJsonArray list = rows(audit(
            {QStringLiteral("--kind"), QStringLiteral("settings"), QStringLiteral("--json")}));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[QStringLiteral("user")].toString(), QStringLiteral("mia"));
    QCOMPARE(list.first()[QStringLiteral("after")][QStringLiteral("host")].toString(),
             QStringLiteral("127.0.0.1"));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
