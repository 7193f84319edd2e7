// SPDX-License-Identifier: MIT
// `ardesk-cli export`: a company whose client names would run as formulas exports them as text
// (CSV neutralised, XLSX string cells, no formula element), numbers as numbers; the format
// follows --format or the file name; usage errors name what is wrong and write nothing.
#include "support/spreadsheet.h"
#include "support/testsupport.h"

#include <QDir>
#include <QJsonObject>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void hostileNamesStayTextInCsvAndXlsx();
    void agingPerClientAsOfAPastDate();
    void kpiAndActivityForManagersOnly();
    void badRequestsAreRefusedAndWriteNothing_data();
    void badRequestsAreRefusedAndWriteNothing();

private:
    CliRun cli(const QStringList &args) const
    {
        return runCli(m_dir.path(),
                      QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                                   QStringLiteral("ann")}
                              + args);
    }
    static QStringList words(const char *line)
    {
        return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
    }

    ScratchDir m_dir;
    QString m_db;
};

void TestCliExport::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
}

void TestCliExport::init()
{
    QVERIFY(m_dir.renew());
    m_db = m_dir.filePath(QStringLiteral("co.ardesk"));
    CliRun r = cli(words("init --company Acme --currency USD"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
    QVERIFY(writeFile(csv,
                      "client_code,client_name,currency\n"
                      "H1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",USD\n"
                      "H2,+1+1,USD\n"
                      "H3,@SUM(1),USD\n"
                      "H4,-2+3,USD\n"
                      "OK,\"Kite, Co\",EUR\n"));
    r = cli(QStringList {QStringLiteral("import"), QStringLiteral("clients"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(words("invoice add --client H1 --number I-1 --amount 1234.56 --issue 2026-01-01 "
                  "--due 2026-01-31"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(words("payment add --client H1 --amount 234.56 --date 2026-03-01"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCliExport::hostileNamesStayTextInCsvAndXlsx()
{
    const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
    CliRun r = cli(words("export clients --sort code --out") << csv);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("5 rows written"), r.out.constData());
    const QList<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[1][1], QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"x\")"));
    QCOMPARE(rows[2][1], QStringLiteral("'+1+1"));
    QCOMPARE(rows[3][1], QStringLiteral("'@SUM(1)"));
    QCOMPARE(rows[4][1], QStringLiteral("'-2+3"));
    QCOMPARE(rows[5][1], QStringLiteral("Kite, Co"));
    QCOMPARE(rows[1][4], QStringLiteral("1000.00"));

    const QString xlsx = m_dir.filePath(QStringLiteral("out.xlsx"));
    r = cli(words("export clients --sort code --json --out") << xlsx);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject answer = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(answer.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
    QCOMPARE(answer.value(QStringLiteral("rows")).toInt(), 5);
    const QByteArray sheet = zipMember(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(!sheet.contains("<f>") && !sheet.contains("<f "), "no formula in the workbook");
    const QHash<QString, SheetCell> cells = readSheet(xlsx);
    QCOMPARE(cells.value(QStringLiteral("B2")).value,
             QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"));
    QCOMPARE(cells.value(QStringLiteral("B5")).value, QStringLiteral("-2+3"));
    QVERIFY(!cells.value(QStringLiteral("B5")).type.isEmpty()); // a string, not the number 1
    QCOMPARE(cells.value(QStringLiteral("E2")).value, QStringLiteral("1000")); // a number

    // Excel in Europe: semicolons, decimal comma, a BOM.
    const QString eu = m_dir.filePath(QStringLiteral("eu.csv"));
    r = cli(words("export invoices --delimiter semicolon --bom --out") << eu);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QList<QStringList> inv = readCsv(eu, u';');
    QCOMPARE(inv.size(), 2);
    QCOMPARE(inv[1][6], QStringLiteral("1234,56"));
    QCOMPARE(inv[1][7], QStringLiteral("1000,00"));
}

void TestCliExport::agingPerClientAsOfAPastDate()
{
    // On 2026-02-15 the payment of 1 March had not come: all 1234.56 was 15 days late.
    const QString before = m_dir.filePath(QStringLiteral("aging-feb.csv"));
    CliRun r = cli(words("export aging --as-of 2026-02-15 --out") << before);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QList<QStringList> rows = readCsv(before);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][0], QStringLiteral("H1"));
    QCOMPARE(rows[1][6], QStringLiteral("1234.56")); // 1–30 days
    QCOMPARE(rows[1][10], QStringLiteral("1234.56"));
    QCOMPARE(rows[1][11], QStringLiteral("2026-02-15"));
    const QString after = m_dir.filePath(QStringLiteral("aging-apr.csv"));
    r = cli(words("export aging --as-of 2026-04-15 --out") << after);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    rows = readCsv(after);
    QCOMPARE(rows[1][8], QStringLiteral("1000.00")); // 61–90 days
    QCOMPARE(rows[1][10], QStringLiteral("1000.00"));
}

void TestCliExport::kpiAndActivityForManagersOnly()
{
    // On 2026-04-15 over 120 days: AR 1000.00 of sales 1234.56 → DSO 1000 / 1234.56 × 120.
    const QString kpi = m_dir.filePath(QStringLiteral("kpi.csv"));
    CliRun r = cli(words("export kpi --as-of 2026-04-15 --period 120 --out") << kpi);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QList<QStringList> rows = readCsv(kpi);
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows[1].mid(0, 3),
             (QStringList {QStringLiteral("Company"), QStringLiteral("USD"),
                           QStringLiteral("1000.00")}));
    QCOMPARE(rows[1][5], QStringLiteral("1234.56"));
    QCOMPARE(rows[1][6], QStringLiteral("97.20"));
    QCOMPARE(rows[1][17], QStringLiteral("2026-04-15"));

    r = cli(words("note add --client H2 --channel call --outcome reached --occurred-at "
                  "2026-03-02T10:00:00Z --no-follow-up --text")
            << QStringLiteral("=cmd|' /C calc'!A0 said they will pay"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString activity = m_dir.filePath(QStringLiteral("activity.xlsx"));
    r = cli(words("export activity --out") << activity);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QHash<QString, SheetCell> cells = readSheet(activity);
    QCOMPARE(cells.value(QStringLiteral("C2")).value, QStringLiteral("H2"));
    QCOMPARE(cells.value(QStringLiteral("J2")).value,
             QStringLiteral("=cmd|' /C calc'!A0 said they will pay"));
    QVERIFY(!cells.value(QStringLiteral("J2")).formula);
    QVERIFY(!cells.contains(QStringLiteral("A3")));

    // A clerk reads no company-wide report, so exports none; no file is made.
    r = cli(words("user add bob --role clerk"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString refused = m_dir.filePath(QStringLiteral("refused.csv"));
    r = runCli(m_dir.path(),
               QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                            QStringLiteral("bob"), QStringLiteral("export"), QStringLiteral("kpi"),
                            QStringLiteral("--out"), refused});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QLatin1String("manager")), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(refused));
}

void TestCliExport::badRequestsAreRefusedAndWriteNothing_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown table") << "export ledger --out x.csv" << 2 << "clients|aging";
    QTest::newRow("no --out") << "export clients" << 2 << "--out";
    QTest::newRow("bad format") << "export clients --format ods --out x.csv" << 2 << "ods";
    QTest::newRow("no format from the name") << "export clients --out x.txt" << 2 << "x.txt";
    QTest::newRow("bad delimiter") << "export clients --delimiter xy --out x.csv" << 2 << "xy";
    QTest::newRow("option not taken") << "export clients --role admin --out x.csv" << 2 << "--role";
    QTest::newRow("unknown client") << "export invoices --client NOPE --out x.csv" << 1 << "NOPE";
    QTest::newRow("bad --by") << "export kpi --by region --out x.csv" << 2 << "region";
    QTest::newRow("unknown author")
            << "export activity --author nobody --out x.csv" << 2 << "nobody";
}

void TestCliExport::badRequestsAreRefusedAndWriteNothing()
{
    QFETCH(QString, line);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const CliRun r = cli(line.split(u' '));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errText().contains(says), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.txt"))));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
