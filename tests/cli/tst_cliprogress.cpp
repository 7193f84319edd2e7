// SPDX-License-Identifier: MIT
// Long commands say how far they got on one line of a terminal, and nothing of it reaches a pipe
// or --json (issue 16 §6): demo, import, verify, export, backup, remind and statements, run once
// with stderr a pipe and once under a pseudo-terminal (util-linux `script`); a case file too.
#include "support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ardesk::test;

class TestCliProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aTerminalSeesOneLineRewrittenAndErased_data();
    void aTerminalSeesOneLineRewrittenAndErased();

private:
    /// The command's terminal output (stdout and stderr as a terminal shows them).
    QByteArray onATerminal(const QStringList &args, int *exitCode);
    /// As the demo's manager; a backup as its administrator (only they may).
    QStringList withDb(const QString &words) const
    {
        const QString user = words.startsWith(QLatin1String("backup"))
                ? QStringLiteral("admin")
                : QStringLiteral("amelia.clark");
        return QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--user"), user}
        + QString(words).replace(QStringLiteral("CLIENT"), m_code).split(u' ');
    }

    ScratchDir m_dir;
    QString m_db;
    QString m_code; ///< the demo's first client (the 400 imported invoices are its)
    QString m_script;
};

void TestCliProgress::initTestCase()
{
    m_script = QStandardPaths::findExecutable(QStringLiteral("script"));
    QVERIFY2(!m_script.isEmpty(), "util-linux script is needed (bsdutils)");
    QVERIFY(m_dir.renew());
    m_db = m_dir.filePath(QStringLiteral("p.ardesk"));
    const CliRun init = runCli(m_dir.path(),
                               {QStringLiteral("--db"), m_db, QStringLiteral("init"),
                                QStringLiteral("--company"), QStringLiteral("P"),
                                QStringLiteral("--currency"), QStringLiteral("EUR")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.describe()));
    const CliRun demo = runCli(m_dir.path(),
                               {QStringLiteral("--db"), m_db, QStringLiteral("demo"),
                                QStringLiteral("--clients"), QStringLiteral("60"),
                                QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    // Piped: the result only, no progress and no carriage return.
    QVERIFY2(!demo.err.contains('\r') && !demo.err.contains("demo:"), qPrintable(demo.describe()));
    // 400 new invoices for the demo's first client, in its currency.
    const QString code
            = readValue(m_db, QStringLiteral("SELECT code FROM clients ORDER BY id LIMIT 1"))
                      .toString();
    m_code = code;
    const QString currency
            = readValue(m_db, QStringLiteral("SELECT currency FROM clients ORDER BY id LIMIT 1"))
                      .toString();
    QByteArray csv = "client_code,number,issue_date,due_date,amount,currency\n";
    for (int i = 0; i < 400; ++i)
        csv += QStringLiteral("%1,PROGRESS-%2,2026-01-10,2026-02-10,%3.25,%4\n")
                       .arg(code)
                       .arg(i)
                       .arg(100 + i)
                       .arg(currency)
                       .toUtf8();
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("inv.csv")), csv));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("st")));
}

QByteArray TestCliProgress::onATerminal(const QStringList &args, int *exitCode)
{
    QStringList quoted;
    for (const QString &a : args)
        quoted << QLatin1Char('\'') + QString(a).replace(u'\'', QStringLiteral("'\\''"))
                        + QLatin1Char('\'');
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(m_script,
            {QStringLiteral("-qec"), QStringLiteral(ARDESK_CLI_PATH " ") + quoted.join(u' '),
             QStringLiteral("/dev/null")});
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        p.kill();
    *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

void TestCliProgress::aTerminalSeesOneLineRewrittenAndErased_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QByteArray>("label");
    QTest::newRow("verify") << QStringLiteral("verify") << QByteArray("verify: 100% (");
    QTest::newRow("export") << QStringLiteral("export clients --format csv --out c.csv")
                            << QByteArray("export: ");
    QTest::newRow("backup") << QStringLiteral("backup --out b.ardesk --force")
                            << QByteArray("backup: ");
    QTest::newRow("remind") << QStringLiteral("remind") << QByteArray("remind: ");
    QTest::newRow("statements") << QStringLiteral("statement --out-dir st")
                                << QByteArray("statement: ");
    QTest::newRow("casefile") << QStringLiteral("casefile --client CLIENT --out cf.pdf")
                              << QByteArray("casefile: ");
    QTest::newRow("case-file bundle")
            << QStringLiteral("case-file --client CLIENT --out cf2.pdf --bundle cf2.zip")
            << QByteArray("casefile: ");
    QTest::newRow("import") << QStringLiteral("import invoices inv.csv")
                            << QByteArray("import: 100% of inv.csv");
}

void TestCliProgress::aTerminalSeesOneLineRewrittenAndErased()
{
    QFETCH(QString, words);
    QFETCH(QByteArray, label);
    const QByteArray drawn = QByteArray("\r").append(label);
    int exit = -1;
    const QByteArray tty = onATerminal(withDb(words), &exit);
    QVERIFY2(exit == 0, tty.constData());
    // Drawn at the start of the line (rewritten there as the work goes on), then erased
    // (spaces, back to the start) before the result.
    const qsizetype at = tty.lastIndexOf(drawn);
    QVERIFY2(at >= 0, tty.constData());
    const qsizetype erased = tty.indexOf("\r", at + 1);
    QVERIFY2(erased > at && tty.mid(erased + 1, 3) == "   ", tty.constData());
    QVERIFY2(tty.lastIndexOf(label) < tty.size() - 1, tty.constData());

    // The same command piped: no trace; with --json on a terminal: no trace either.
    const CliRun piped = runCli(m_dir.path(), withDb(words));
    QVERIFY2(piped.exitCode == 0, qPrintable(piped.describe()));
    QVERIFY2(!piped.err.contains(label) && !piped.err.contains('\r'), qPrintable(piped.describe()));
    if (!words.startsWith(QLatin1String("import"))) { // importing twice would update, not create
        const QByteArray json = onATerminal(withDb(words + QStringLiteral(" --json")), &exit);
        QVERIFY2(exit == 0, json.constData());
        QVERIFY2(!json.contains(drawn), json.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliProgress)
#include "tst_cliprogress.moc"
