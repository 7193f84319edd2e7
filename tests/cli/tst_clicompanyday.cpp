// SPDX-License-Identifier: MIT
// The real ardesk-cli at a fixed instant (libfaketime) in two process time zones: `aging`,
// `queue` and `remind` compute for the company's date, `queue --json` says which, a promise
// made late in the afternoon in Los Angeles for that day is accepted, and note times are shown
// in the company's zone with its marker.
#include "support/workflowsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCliCompanyDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void agingQueueAndRemindAgreeInEveryProcessZone();
    void timeZoneSettingIsCheckedAndSaved();
    void promiseForTheConversationsDayIsAccepted();
    void noteTimesShowTheCompanyZone();
    void textDatesFollowTheCompanyLocale();

private:
    /// ardesk-cli on the file at `instant`, the process in `zone`.
    CliRun cliAt(const QDateTime &instant, const char *zone, const QStringList &args)
    {
        // faketime reads its absolute time in the process's zone.
        const QTimeZone tz(zone);
        const QString at = instant.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QString::fromLatin1(zone));
        env.remove(QStringLiteral("FAKETIME"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(m_faketime,
                QStringList {QStringLiteral("-f"), QLatin1Char('@') + at,
                             QStringLiteral(ARDESK_CLI_PATH), QStringLiteral("--db"), m_file}
                        + args);
        CliRun r;
        if (!p.waitForStarted(30000))
            return r;
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static QJsonObject json(const CliRun &r) { return QJsonDocument::fromJson(r.out).object(); }

    QString m_faketime;
    ScratchDir m_dir;
    QString m_file;
    qint64 m_client = 0;
    // 06:00 UTC on 5 Dec: 22:00 on 4 Dec in Los Angeles.
    const QDateTime m_instant {QDate(2026, 12, 5), QTime(6, 0), QTimeZone::utc()};
};

void TestCliCompanyDay::initTestCase()
{
    m_faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
    if (m_faketime.isEmpty())
        QSKIP("faketime is not installed (scripts/setup.sh installs it)");
}

void TestCliCompanyDay::init()
{
    QVERIFY(m_dir.renew());
    m_file = m_dir.filePath(QStringLiteral("day.ardesk"));
    WorkflowCompany co;
    QVERIFY(co.open(m_file, std::make_shared<FixedClock>(m_instant.addDays(-30))));
    QVERIFY(co.setTimeZone(QStringLiteral("America/Los_Angeles")));
    m_client = co.client(QStringLiteral("DAYCO"));
    QVERIFY(m_client);
    // Fell due on 3 Dec: a new overdue on the company's 4 Dec.
    QVERIFY(co.invoice(m_client, QStringLiteral("D-1"), QDate(2026, 12, 3), 125000));
    co.db->releaseThreadConnection();
}

void TestCliCompanyDay::agingQueueAndRemindAgreeInEveryProcessZone()
{
    for (const char *zone : {"UTC", "America/Los_Angeles", "Pacific/Kiritimati"}) {
        const CliRun aging
                = cliAt(m_instant, zone, {QStringLiteral("aging"), QStringLiteral("--json")});
        QVERIFY2(aging.exitCode == 0, qPrintable(aging.describe()));
        QCOMPARE(json(aging).value(QStringLiteral("as_of")).toString(),
                 QStringLiteral("2026-12-04"));

        const CliRun queue = cliAt(m_instant, zone,
                                   {QStringLiteral("--user"), QStringLiteral("ann"),
                                    QStringLiteral("queue"), QStringLiteral("--json")});
        QVERIFY2(queue.exitCode == 0, qPrintable(queue.describe()));
        const QJsonObject q = json(queue);
        QCOMPARE(q.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-12-04"));
        QCOMPARE(q.value(QStringLiteral("user")).toString(), QStringLiteral("ann"));
        const QJsonArray items = q.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("oldest_days_late")).toInt(), 1);

        const CliRun remind
                = cliAt(m_instant, zone,
                        {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("remind"),
                         QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(remind.exitCode == 0, qPrintable(remind.describe()));
        QCOMPARE(json(remind).value(QStringLiteral("as_of")).toString(),
                 QStringLiteral("2026-12-04"));
    }
}

void TestCliCompanyDay::timeZoneSettingIsCheckedAndSaved()
{
    const CliRun bad
            = cliAt(m_instant, "UTC",
                    {QStringLiteral("--user"), QStringLiteral("mia"), QStringLiteral("settings"),
                     QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("Day Co"),
                     QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus_Mons")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.errText().contains(QStringLiteral("Mars/Olympus_Mons")),
             qPrintable(bad.describe()));
    QVERIFY2(bad.errText().contains(QStringLiteral("time zone")), qPrintable(bad.describe()));

    const CliRun good
            = cliAt(m_instant, "UTC",
                    {QStringLiteral("--user"), QStringLiteral("mia"), QStringLiteral("settings"),
                     QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("Day Co"),
                     QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"),
                     QStringLiteral("--json")});
    QVERIFY2(good.exitCode == 0, qPrintable(good.describe()));
    QCOMPARE(json(good).value(QStringLiteral("time_zone")).toString(),
             QStringLiteral("Europe/Berlin"));
    // 07:00 in Berlin: the company is on 5 Dec now, in any process zone.
    const CliRun aging = cliAt(m_instant, "America/Los_Angeles",
                               {QStringLiteral("aging"), QStringLiteral("--json")});
    QCOMPARE(json(aging).value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-12-05"));
}

void TestCliCompanyDay::promiseForTheConversationsDayIsAccepted()
{
    // 17:00 on 4 Dec in Los Angeles (01:00 UTC on 5 Dec).
    const QDateTime five = QDateTime(QDate(2026, 12, 5), QTime(1, 0), QTimeZone::utc());
    const CliRun add
            = cliAt(five, "America/Los_Angeles",
                    {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("note"),
                     QStringLiteral("add"), QStringLiteral("--client"), QStringLiteral("DAYCO"),
                     QStringLiteral("--channel"), QStringLiteral("call"), QStringLiteral("--text"),
                     QStringLiteral("Pays today"), QStringLiteral("--promise"),
                     QStringLiteral("100.00:2026-12-04"), QStringLiteral("--no-follow-up")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    // And the call is the queue's last contact at once.
    const CliRun queue = cliAt(five.addSecs(60), "America/Los_Angeles",
                               {QStringLiteral("--user"), QStringLiteral("ann"),
                                QStringLiteral("queue"), QStringLiteral("--json")});
    QVERIFY2(queue.exitCode == 0, qPrintable(queue.describe()));
    const QJsonArray items = json(queue).value(QStringLiteral("items")).toArray();
    bool found = false;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        if (item.value(QStringLiteral("client")).toString() != QLatin1String("DAYCO"))
            continue;
        found = true;
        QCOMPARE(item.value(QStringLiteral("last_contact")).toString().left(16),
                 QStringLiteral("2026-12-05T01:00"));
    }
    QVERIFY2(found, qPrintable(queue.describe()));
}

void TestCliCompanyDay::noteTimesShowTheCompanyZone()
{
    const CliRun add
            = cliAt(m_instant, "UTC",
                    {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("note"),
                     QStringLiteral("add"), QStringLiteral("--client"), QStringLiteral("DAYCO"),
                     QStringLiteral("--channel"), QStringLiteral("call"), QStringLiteral("--text"),
                     QStringLiteral("Evening call"), QStringLiteral("--outcome"),
                     QStringLiteral("reached"), QStringLiteral("--occurred-at"),
                     QStringLiteral("2026-12-05T02:30:00Z"), QStringLiteral("--no-follow-up")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    for (const char *zone : {"UTC", "Asia/Tokyo"}) {
        const CliRun list = cliAt(m_instant, zone,
                                  {QStringLiteral("--user"), QStringLiteral("ann"),
                                   QStringLiteral("note"), QStringLiteral("list"),
                                   QStringLiteral("--client"), QStringLiteral("DAYCO")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QVERIFY2(list.out.contains("12/4/2026 6:30 PM PST"), qPrintable(list.describe()));
        const CliRun search
                = cliAt(m_instant, zone, {QStringLiteral("search"), QStringLiteral("evening")});
        QVERIFY2(search.exitCode == 0, qPrintable(search.describe()));
        QVERIFY2(search.out.contains("12/4/2026 6:30 PM PST"), qPrintable(search.describe()));
    }
    // JSON keeps ISO 8601 with an explicit zone.
    const CliRun json
            = cliAt(m_instant, "UTC",
                    {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("note"),
                     QStringLiteral("list"), QStringLiteral("--client"), QStringLiteral("DAYCO"),
                     QStringLiteral("--json")});
    QVERIFY2(json.out.contains("\"occurred_at\":\"2026-12-05T02:30:00.000Z\""),
             qPrintable(json.describe()));
}

// Text output writes dates as the window does, in the company's locale; --json stays ISO.
void TestCliCompanyDay::textDatesFollowTheCompanyLocale()
{
    const CliRun add
            = cliAt(m_instant, "UTC",
                    {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("note"),
                     QStringLiteral("add"), QStringLiteral("--client"), QStringLiteral("DAYCO"),
                     QStringLiteral("--channel"), QStringLiteral("call"), QStringLiteral("--text"),
                     QStringLiteral("Call back next week"), QStringLiteral("--outcome"),
                     QStringLiteral("reached"), QStringLiteral("--occurred-at"),
                     QStringLiteral("2026-12-05T02:30:00Z"), QStringLiteral("--next-contact"),
                     QStringLiteral("2026-12-11")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    const QStringList list {QStringLiteral("--user"),   QStringLiteral("ann"),
                            QStringLiteral("note"),     QStringLiteral("list"),
                            QStringLiteral("--client"), QStringLiteral("DAYCO")};
    const CliRun us = cliAt(m_instant, "UTC", list);
    QVERIFY2(us.exitCode == 0, qPrintable(us.describe()));
    QVERIFY2(us.out.contains("12/4/2026 6:30 PM PST") && us.out.contains("next 12/11/2026")
                     && !us.out.contains("2026-12-11"),
             qPrintable(us.describe()));

    const CliRun german
            = cliAt(m_instant, "UTC",
                    {QStringLiteral("--user"), QStringLiteral("mia"), QStringLiteral("settings"),
                     QStringLiteral("company"), QStringLiteral("--name"), QStringLiteral("Day Co"),
                     QStringLiteral("--locale"), QStringLiteral("de_DE")});
    QVERIFY2(german.exitCode == 0, qPrintable(german.describe()));
    const CliRun de = cliAt(m_instant, "UTC", list);
    QVERIFY2(de.exitCode == 0, qPrintable(de.describe()));
    QVERIFY2(de.out.contains("04.12.2026 18:30 PST") && de.out.contains("next 11.12.2026"),
             qPrintable(de.describe()));
    const CliRun json = cliAt(m_instant, "UTC", list + QStringList {QStringLiteral("--json")});
    QVERIFY2(json.out.contains("\"next_contact_date\":\"2026-12-11\""),
             qPrintable(json.describe()));
}

QTEST_GUILESS_MAIN(TestCliCompanyDay)
#include "tst_clicompanyday.moc"
