// SPDX-License-Identifier: MIT
// `ardesk-cli kpi` and `ardesk-cli activity` from the real binary on the fixture of
// tests/support/kpisupport.h: the exact JSON of the issue (keys in order, amounts in minor units,
// two decimals, null where undefined), groups with their key, dispute-adjusted figures, a readable
// table; every clerk's activity with totals; a clerk is refused and bad options are usage errors
// naming the option.
#include "support/kpisupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCliKpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void kpiJsonIsExactlyTheIssuesShape();
    void kpiByClerkGivesOneObjectPerGroupWithItsKey();
    void excludeDisputedAndEmptyPeriod();
    void kpiTextIsATable();
    void clerkIsRefusedNamingTheRole();
    void badOptionIsAUsageErrorNamingIt_data();
    void badOptionIsAUsageErrorNamingIt();
    void activityListsEveryClerkWithTotals();

private:
    CliRun cli(const QStringList &args, const QString &reader = QStringLiteral("mia")) const
    {
        return runCli(m_dir.path(),
                      QStringList {QStringLiteral("--db"), m_co.path} + args
                              + QStringList {QStringLiteral("--as"), reader});
    }

    ScratchDir m_dir;
    WorkflowCompany m_co;
};

void TestCliKpi::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
}

void TestCliKpi::init()
{
    QVERIFY(m_dir.renew());
    QVERIFY(m_co.open(m_dir.filePath(QStringLiteral("kpi.ardesk")), QDate(2026, 7, 10)));
    const QString built = buildKpiCompany(m_co);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    m_co.db.reset(); // closed: the binary reads it alone
}

void TestCliKpi::cleanup()
{
    m_co.db.reset();
}

void TestCliKpi::kpiJsonIsExactlyTheIssuesShape()
{
    const CliRun r = cli({QStringLiteral("kpi"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-06-30"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(),
             QByteArray("{\"as_of\":\"2026-06-30\",\"period_days\":90,\"excluding_disputed\":false,"
                        "\"currencies\":[{\"currency\":\"USD\",\"ar_total\":130000,"
                        "\"ar_current\":50000,\"ar_begin\":130000,\"sales\":70000,\"dso\":167.14,"
                        "\"dso_countback\":130.7,\"bpdso\":64.29,\"add\":102.86,\"cei\":46.67,"
                        "\"pct_current\":38.46,\"pct_at_risk_90\":46.15,\"avg_days_to_pay\":40,"
                        "\"promise_kept_rate\":50}]}"));
    QVERIFY(!QJsonDocument::fromJson(r.out).isNull());
}

void TestCliKpi::kpiByClerkGivesOneObjectPerGroupWithItsKey()
{
    const CliRun r
            = cli({QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                   QStringLiteral("--by"), QStringLiteral("clerk"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).toObject().value(QStringLiteral("key")).toString(),
             QStringLiteral("ann"));
    const QJsonObject bob = groups.at(1).toObject();
    QCOMPARE(bob.value(QStringLiteral("key")).toString(), QStringLiteral("bob"));
    const QJsonObject usd = bob.value(QStringLiteral("currencies")).toArray().at(0).toObject();
    QCOMPARE(usd.value(QStringLiteral("ar_total")).toInteger(), 20000);
    QCOMPARE(usd.value(QStringLiteral("promise_kept_rate")).toDouble(), 0.0);
    QCOMPARE(o.value(QStringLiteral("currencies"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ar_total"))
                     .toInteger(),
             130000);
}

void TestCliKpi::excludeDisputedAndEmptyPeriod()
{
    CliRun r = cli({QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                    QStringLiteral("--exclude-disputed"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("\"excluding_disputed\":true"), r.out.constData());
    QVERIFY2(r.out.contains("\"ar_total\":110000"), r.out.constData());
    QVERIFY2(r.out.contains("\"dso\":198,"), r.out.constData());

    r = cli({QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
             QStringLiteral("--period"), QStringLiteral("10"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("\"period_days\":10"), r.out.constData());
    QVERIFY2(r.out.contains("\"sales\":0,\"dso\":null,"), r.out.constData());
    QVERIFY2(r.out.contains("\"bpdso\":null,\"add\":null"), r.out.constData());
    QVERIFY(!r.out.contains("inf") && !r.out.contains("nan"));
}

void TestCliKpi::kpiTextIsATable()
{
    const CliRun r
            = cli({QStringLiteral("kpi"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30"),
                   QStringLiteral("--by"), QStringLiteral("segment")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("2026")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("2026-06-30")), qPrintable(text)); // company format
    QVERIFY2(text.contains(QStringLiteral("over 90 days")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("167.14")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Segment wholesale")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Promises kept (amount)")), qPrintable(text));
}

void TestCliKpi::clerkIsRefusedNamingTheRole()
{
    for (const char *command : {"kpi", "activity"}) {
        const CliRun r = cli({QString::fromLatin1(command), QStringLiteral("--json")},
                             QStringLiteral("ann"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("manager"), r.err.constData());
    }
}

void TestCliKpi::badOptionIsAUsageErrorNamingIt_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("period") << QStringList {QStringLiteral("kpi"), QStringLiteral("--period"),
                                            QStringLiteral("0")}
                            << QStringLiteral("--period");
    QTest::newRow("by") << QStringList {QStringLiteral("kpi"), QStringLiteral("--by"),
                                        QStringLiteral("region")}
                        << QStringLiteral("--by");
    QTest::newRow("as-of") << QStringList {QStringLiteral("kpi"), QStringLiteral("--as-of"),
                                           QStringLiteral("30/06/2026")}
                           << QStringLiteral("--as-of");
    QTest::newRow("channel") << QStringList {QStringLiteral("activity"),
                                             QStringLiteral("--channel"), QStringLiteral("fax")}
                             << QStringLiteral("--channel");
    QTest::newRow("user") << QStringList {QStringLiteral("activity"), QStringLiteral("--user"),
                                          QStringLiteral("nobody")}
                          << QStringLiteral("--user");
    QTest::newRow("until") << QStringList {QStringLiteral("activity"), QStringLiteral("--since"),
                                           QStringLiteral("2026-06-02"), QStringLiteral("--until"),
                                           QStringLiteral("2026-06-01")}
                           << QStringLiteral("--until");
}

void TestCliKpi::badOptionIsAUsageErrorNamingIt()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
}

void TestCliKpi::activityListsEveryClerkWithTotals()
{
    CliRun r = cli({QStringLiteral("activity"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("channel")).toString(),
             QStringLiteral("email"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("user")).toString(),
             QStringLiteral("bob"));
    const QJsonObject ann = o.value(QStringLiteral("totals")).toArray().at(0).toObject();
    QCOMPARE(ann.value(QStringLiteral("user")).toString(), QStringLiteral("ann"));
    QCOMPARE(ann.value(QStringLiteral("calls")).toInt(), 3);
    QCOMPARE(ann.value(QStringLiteral("emails")).toInt(), 1);
    QCOMPARE(ann.value(QStringLiteral("promises_made")).toInt(), 2);
    QCOMPARE(ann.value(QStringLiteral("promises_kept")).toInt(), 1);

    // --user filters by clerk (the reader is --as); text output names the client and channel.
    r = cli({QStringLiteral("activity"), QStringLiteral("--user"), QStringLiteral("bob")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("BETA")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reminder texted")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("ACME")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCliKpi)
#include "tst_clikpi.moc"
