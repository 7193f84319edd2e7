// SPDX-License-Identifier: MIT
// ardesk-torture: the attacks of issue 15 kept in the project (`make torture`, ctest `torture`).
// kill -9 at random moments of note saves with attachments, CSV imports, `outbox send` and
// `remind` through the real ardesk-cli; the injection corpus into a recording SMTP server; the
// damaged-file corpus and the tamper sweep test binaries. Prints a table whose failure counts
// must all be 0, and exits 1 otherwise. See docs/reliability.md, "The fault harness".
#include "injectioncorpus.h"
#include "killharness.h"
#include "torturereport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace ardesk::torture;

namespace {

void say(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

/// Runs one of the suite's test binaries (a corpus that is a test already) as a line of the table.
TortureRow corpusTest(const QString &name, const QString &binary, const QString &countPattern)
{
    TortureRow row;
    row.name = name;
    row.integrityFailures = 0;
    if (!QFile::exists(binary)) {
        row.name += QStringLiteral(" (not in this build: %1)").arg(QDir(binary).dirName());
        return row;
    }
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary, {});
    const bool finished = p.waitForStarted(30000) && p.waitForFinished(1800000);
    const QString out = QString::fromUtf8(p.readAll());
    const QRegularExpressionMatch m = QRegularExpression(countPattern).match(out);
    row.attempts = m.hasMatch() ? m.captured(1).toInt() : 0;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ++row.integrityFailures;
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(QLatin1String("FAIL")) || line.contains(QLatin1String("Loc:")))
                row.problems << line;
        }
    }
    if (m.hasMatch())
        row.notes << m.captured(0);
    row.seconds = timer.elapsed() / 1000.0;
    return row;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ardesk-torture"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "kill -9, injection and damaged-file attacks on ardesk-cli (docs/reliability.md)"));
    parser.addHelpOption();
    const QCommandLineOption kills(QStringLiteral("kills"),
                                   QStringLiteral("kills over the four scenarios (500)"),
                                   QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("seed of the kill moments (default: the time)"),
                                  QStringLiteral("n"));
    const QCommandLineOption parts(
            QStringLiteral("parts"),
            QStringLiteral("comma-separated: notes,imports,outbox,remind,injection,damaged,tamper"),
            QStringLiteral("list"),
            QStringLiteral("notes,imports,outbox,remind,injection,damaged,tamper"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("the ardesk-cli binary"),
                                 QStringLiteral("path"), QStringLiteral(ARDESK_CLI_PATH));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("the repository"),
                                    QStringLiteral("dir"), QStringLiteral(ARDESK_SOURCE_DIR));
    const QCommandLineOption tests(QStringLiteral("tests"),
                                   QStringLiteral("the folder of the test binaries"),
                                   QStringLiteral("dir"), QStringLiteral(ARDESK_TESTS_DIR));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("keep the scratch folder (its path is printed)"));
    parser.addOptions({kills, seed, parts, cli, source, tests, keep});
    parser.process(app);

    const quint32 theSeed = parser.isSet(seed)
            ? parser.value(seed).toUInt()
            : quint32(QDateTime::currentMSecsSinceEpoch() % 1000000007);
    const QStringList chosen = parser.value(parts).split(u',', Qt::SkipEmptyParts);
    const int total = parser.value(kills).toInt();
    QTemporaryDir scratch;
    scratch.setAutoRemove(!parser.isSet(keep));
    if (!scratch.isValid()) {
        say(QStringLiteral("ardesk-torture: no scratch folder"));
        return 2;
    }
    say(QStringLiteral("ardesk-torture: seed %1, %2 kills, in %3 (rerun: ardesk-torture --seed %1 "
                       "--kills %2)")
                .arg(theSeed)
                .arg(total)
                .arg(scratch.path()));

    QElapsedTimer timer;
    timer.start();
    TortureReport report;
    KillHarness harness({parser.value(cli), parser.value(source), scratch.path()}, theSeed);
    const auto run = [&](const QString &part, const std::function<TortureRow()> &body) {
        if (!chosen.contains(part))
            return;
        say(QStringLiteral("… %1").arg(part));
        const TortureRow row = body();
        for (const QString &n : row.notes)
            say(QStringLiteral("   %1").arg(n));
        for (const QString &p : row.problems)
            say(QStringLiteral("   PROBLEM %1").arg(p));
        report.add(row);
    };
    // The split: the cheap runs get more kills; remind (a reference run after each) fewer.
    const int noteKills = total * 30 / 100;
    const int importKills = total * 30 / 100;
    const int sendKills = total * 25 / 100;
    const int remindKills = total - noteKills - importKills - sendKills;
    run(QStringLiteral("notes"), [&] { return harness.noteSaves(noteKills); });
    run(QStringLiteral("imports"), [&] { return harness.imports(importKills); });
    run(QStringLiteral("outbox"), [&] { return harness.outboxSends(sendKills); });
    run(QStringLiteral("remind"), [&] { return harness.reminderRuns(remindKills); });
    run(QStringLiteral("injection"), [&] {
        return InjectionCorpus({parser.value(source), scratch.path()}).run();
    });
    const QString testsDir = parser.value(tests);
    run(QStringLiteral("damaged"), [&] {
        return corpusTest(QStringLiteral("damaged-file corpus (tst_clidamagedfile)"),
                          testsDir + QStringLiteral("/tst_clidamagedfile"),
                          QStringLiteral("\\d+ of (\\d+) flips reported as damage[^\\n]*"));
    });
    run(QStringLiteral("tamper"), [&] {
        return corpusTest(QStringLiteral("tamper sweep (tst_tampersweep)"),
                          testsDir + QStringLiteral("/tst_tampersweep"),
                          QStringLiteral("(\\d+) (?:tamper|edit|column)[^\\n]*"));
    });

    say(QString());
    say(report.table());
    say(QStringLiteral("seed %1; %2 s in all; %3")
                .arg(theSeed)
                .arg(timer.elapsed() / 1000)
                .arg(report.failed() ? QStringLiteral("FAILED: every count must be 0")
                                     : QStringLiteral("all counts 0")));
    return report.failed() ? 1 : 0;
}
