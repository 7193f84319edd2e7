// SPDX-License-Identifier: MIT
// `ardesk-cli statement`: the PDF a customer reads — read back with poppler's pdftotext and
// pdfinfo — lists every open item with its amount and age, the total per currency, the wordings
// and the remittance details; long statements span pages with the footer on each; a bad request
// writes no file; the other commands still run without any display.
#include "support/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCliStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void statementListsOpenItemsTotalsAndWording();
    void companyWordingWhenThePolicyHasNone();
    void asOfAPastDateShowsWhatWasOpenThen();
    void manyInvoicesSpanPagesWithTheFooterOnEach();
    void oneStatementPerClientWithAnOpenBalanceIntoAFolder();
    void badRequestsWriteNoFile_data();
    void badRequestsWriteNoFile();
    void ordinaryCommandsNeedNoDisplay();

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
    /// The text of a PDF as pdftotext reads it (layout kept, pages separated by form feeds).
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("<pdftotext failed: %1>")
                    .arg(QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static int pdfPages(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {pdf});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return -1;
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                               .match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    void importInvoices(const QByteArray &csv)
    {
        const QString path = m_dir.filePath(QStringLiteral("inv.csv"));
        QVERIFY(writeFile(path, csv));
        const CliRun r = cli({QStringLiteral("import"), QStringLiteral("invoices"), path,
                              QStringLiteral("--create-clients")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    ScratchDir m_dir;
    QString m_db;
};

void TestCliStatement::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed: scripts/setup.sh installs it");
}

void TestCliStatement::init()
{
    QVERIFY(m_dir.renew());
    m_db = m_dir.filePath(QStringLiteral("co.ardesk"));
    CliRun r = cli(words("init --company Acme --currency USD"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli({QStringLiteral("settings"), QStringLiteral("company"), QStringLiteral("--address"),
             QStringLiteral("1 Main St, Springfield"), QStringLiteral("--discount-wording"),
             QStringLiteral("Take 2% off when paid within 10 days."),
             QStringLiteral("--late-penalty-wording"),
             QStringLiteral("Company rule: 1.5% interest a month on overdue amounts."),
             QStringLiteral("--remittance"),
             QStringLiteral("Springfield Bank, IBAN DE89 3704 0044 0532 0130 00")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    importInvoices("client_code,client_name,number,issue_date,due_date,amount,currency\n"
                   "GLX,Globex Corporation,INV-101,2026-01-05,2026-02-04,1234.56,USD\n"
                   "GLX,Globex Corporation,INV-102,2026-02-10,2026-03-12,99.90,USD\n"
                   "GLX,Globex Corporation,INV-103,2026-03-01,2026-03-31,500.00,EUR\n"
                   "INI,Initech,INI-1,2026-01-01,2026-01-31,10.00,USD\n"
                   "PAID,Paid Up Ltd,P-1,2026-01-01,2026-01-31,10.00,USD\n");
    r = cli(words("payment add --client GLX --amount 234.56 --date 2026-03-01"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = cli(words("payment add --client PAID --amount 10.00 --date 2026-02-01"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestCliStatement::statementListsOpenItemsTotalsAndWording()
{
    const QString pdf = m_dir.filePath(QStringLiteral("glx.pdf"));
    const CliRun r = cli(words("statement --client GLX --as-of 2026-04-15 --out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("glx.pdf"), r.out.constData());
    QVERIFY(QFile(pdf).open(QIODevice::ReadOnly));
    QCOMPARE(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    for (const char *expected : {"Acme",
                                 "1 Main St, Springfield",
                                 "Statement of account",
                                 "As of 4/15/2026",
                                 "Globex Corporation",
                                 "INV-101",
                                 "INV-102",
                                 "INV-103",
                                 "2/4/2026",
                                 "1/5/2026",
                                 "$1,234.56", // the invoice's amount …
                                 "$1,000.00", // … and what is open of it after the payment
                                 "$99.90",
                                 "€500.00",
                                 "Total due (USD): $1,099.90",
                                 "Total due (EUR): €500.00",
                                 "Take 2% off when paid within 10 days.",
                                 "Springfield Bank, IBAN DE89",
                                 "Page 1 of 1",
                                 "61–90",
                                 "31–60",
                                 "15"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2")
                                    .arg(QString::fromUtf8(expected), text)));
    }
    // The client's policy (the standard one) has its own late-payment wording: it is the one
    // printed (the policy's statement step promises it), not the company's.
    QVERIFY2(text.contains(QStringLiteral("may be charged interest")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Company rule")), qPrintable(text));
    // Currencies are never added together.
    QVERIFY2(!text.contains(QStringLiteral("1,599.90")), qPrintable(text));
}

void TestCliStatement::companyWordingWhenThePolicyHasNone()
{
    withPlainConnection(m_db, [](const QSqlDatabase &db) {
        exec(db, QStringLiteral("UPDATE reminder_policies SET penalty_text = ''"));
    });
    const QString pdf = m_dir.filePath(QStringLiteral("glx.pdf"));
    const CliRun r = cli(words("statement --client GLX --as-of 2026-04-15 --out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Company rule: 1.5% interest a month")),
             qPrintable(text));
}

void TestCliStatement::asOfAPastDateShowsWhatWasOpenThen()
{
    // On 2026-02-20 the payment of 2026-03-01 had not come in and INV-103 was not issued.
    const QString pdf = m_dir.filePath(QStringLiteral("past.pdf"));
    const CliRun r = cli(words("statement --client GLX --as-of 2026-02-20 --out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("As of 2/20/2026")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Total due (USD): $1,334.46")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("INV-103")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("EUR")), qPrintable(text));
}

void TestCliStatement::manyInvoicesSpanPagesWithTheFooterOnEach()
{
    QByteArray csv = "client_code,client_name,number,issue_date,due_date,amount,currency\n";
    for (int i = 1; i <= 120; ++i)
        csv += QStringLiteral("BIG,Big Buyer Inc,B-%1,2026-01-01,2026-01-31,%2.00,USD\n")
                       .arg(i, 4, 10, QLatin1Char('0'))
                       .arg(i)
                       .toUtf8();
    importInvoices(csv);
    const QString pdf = m_dir.filePath(QStringLiteral("big.pdf"));
    const CliRun r = cli(words("statement --client BIG --as-of 2026-04-15 --out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    const QStringList texts = pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    QVERIFY(texts.size() >= pages);
    for (int p = 0; p < pages; ++p) {
        const QString &page = texts[p];
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)),
                 qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("statement for Big Buyer Inc (BIG)")),
                 qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Invoice")), qPrintable(page)); // header repeated
    }
    const QString all = texts.join(QString());
    for (int i = 1; i <= 120; ++i)
        QVERIFY2(all.contains(QStringLiteral("B-%1").arg(i, 4, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(i)));
    QVERIFY2(all.contains(QStringLiteral("Total due (USD): $7,260.00")), qPrintable(all));
}

void TestCliStatement::oneStatementPerClientWithAnOpenBalanceIntoAFolder()
{
    const QString dir = m_dir.filePath(QStringLiteral("statements"));
    QVERIFY(QDir().mkpath(dir));
    const CliRun r = cli(words("statement --as-of 2026-04-15 --json --out-dir") << dir);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList {QStringLiteral("GLX.pdf"), QStringLiteral("INI.pdf")}));
    QVERIFY2(pdfText(QDir(dir).filePath(QStringLiteral("INI.pdf")))
                     .contains(QStringLiteral("INI-1")),
             "INI's statement");
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), 2);
    // A filter narrows the set as it does for the client list.
    QVERIFY(QDir(dir).removeRecursively() && QDir().mkpath(dir));
    const CliRun f = cli(words("statement --as-of 2026-04-15 --filter Globex --out-dir") << dir);
    QVERIFY2(f.exitCode == 0, qPrintable(f.describe()));
    files = QDir(dir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, QStringList {QStringLiteral("GLX.pdf")});
}

void TestCliStatement::badRequestsWriteNoFile_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown client") << "statement --client NOPE --out x.pdf"
                                    << "NOPE";
    QTest::newRow("no out") << "statement --client GLX"
                            << "--out";
    QTest::newRow("no client") << "statement --out x.pdf"
                               << "--client";
    QTest::newRow("both outs") << "statement --client GLX --out x.pdf --out-dir ."
                               << "--out";
    QTest::newRow("bad date") << "statement --client GLX --out x.pdf --as-of 2026-13-01"
                              << "2026-13-01";
    QTest::newRow("no folder") << "statement --out-dir nowhere"
                               << "nowhere";
}

void TestCliStatement::badRequestsWriteNoFile()
{
    QFETCH(QString, line);
    QFETCH(QString, message);
    const CliRun r = cli(line.split(u' '));
    QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(message), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("nowhere"))).exists());
}

void TestCliStatement::ordinaryCommandsNeedNoDisplay()
{
    // The CLI links Qt Gui for its PDFs, but only the PDF commands start it: with no
    // QT_QPA_PLATFORM and no display the rest runs as before.
    for (const QStringList &args :
         {QStringList {QStringLiteral("clients")}, QStringList {QStringLiteral("verify")}}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(ARDESK_CLI_PATH), QStringList {QStringLiteral("--db"), m_db} + args);
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 p.readAllStandardError().constData());
    }
    // And a statement finds its platform itself.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    const QString pdf = m_dir.filePath(QStringLiteral("nodisplay.pdf"));
    p.start(QStringLiteral(ARDESK_CLI_PATH),
            QStringList {QStringLiteral("--db"), m_db}
                            + words("--user ann statement --client INI --out")
                    << pdf);
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             p.readAllStandardError().constData());
    QCOMPARE(pdfPages(pdf), 1);
}

QTEST_GUILESS_MAIN(TestCliStatement)
#include "tst_clistatement.moc"
