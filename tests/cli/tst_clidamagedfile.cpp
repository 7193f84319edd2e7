// SPDX-License-Identifier: MIT
// Empty, missing and damaged company files through the real ardesk-cli: only `init` makes a
// company of a missing or empty file; every other command refuses it naming the path and leaves it
// as it was (0 bytes stay 0 bytes). A corpus of 200 single-byte flips of a demo file (the whole
// 100-byte header and positions across the file): whenever `verify` reports damage of the file
// (SQLite's integrity check, the header, or no report at all), `note add` exits non-zero and the
// file is byte-identical afterwards. A flip inside a stored note or chain hash leaves a sound file
// whose record verify names as altered (tst_clirecord): that file stays writable.
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCliDamagedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyFileIsRefusedAndStaysEmpty_data();
    void emptyFileIsRefusedAndStaysEmpty();
    void missingFileIsRefusedAndNotCreated();
    void initStillMakesACompanyOfAnEmptyFile();
    void damagedFileIsNeverWritten();

private:
    /// What `verify --json` found: damage of the file (SQLite's integrity check, the header,
    /// or a file it cannot read at all), an altered record (the chain names the entry; the file
    /// itself is sound), or nothing.
    enum class Verdict { Sound, Tampered, Damaged };
    static Verdict verdictOf(const CliRun &verify)
    {
        if (verify.exitCode == 0)
            return Verdict::Sound;
        const QJsonObject report = QJsonDocument::fromJson(verify.out).object();
        if (report.isEmpty())
            return Verdict::Damaged; // verify could not read the file
        const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
        for (const QJsonValue &p : problems) {
            if (p[QStringLiteral("kind")].toString() == QLatin1String("integrity"))
                return Verdict::Damaged;
        }
        return Verdict::Tampered;
    }
    CliRun onFile(const QString &file, const QStringList &args) const
    {
        return runCli(m_dir.path(),
                      QStringList {QStringLiteral("--db"), file, QStringLiteral("--user"),
                                   QStringLiteral("tester")}
                              + args);
    }
    static QStringList noteAdd()
    {
        return {QStringLiteral("note"),          QStringLiteral("add"),
                QStringLiteral("--client"),      QStringLiteral("C000001"),
                QStringLiteral("--channel"),     QStringLiteral("call"),
                QStringLiteral("--text"),        QStringLiteral("Called about the overdue invoice"),
                QStringLiteral("--outcome"),     QStringLiteral("reached"),
                QStringLiteral("--no-follow-up")};
    }
    /// The folder's entries other than the company file itself.
    QStringList strayFiles(const QString &file) const
    {
        QStringList names = QDir(m_dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
        names.removeAll(QFileInfo(file).fileName());
        return names;
    }

    ScratchDir m_dir;
    QByteArray m_demo; ///< a small demo company, copied for each flip
};

void TestCliDamagedFile::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
    QVERIFY(m_dir.renew());
    const QString file = m_dir.filePath(QStringLiteral("demo.ardesk"));
    const CliRun i = onFile(file, {QStringLiteral("init")});
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const CliRun d = onFile(file,
                            {QStringLiteral("demo"), QStringLiteral("--clients"),
                             QStringLiteral("8"), QStringLiteral("--seed"), QStringLiteral("4")});
    QVERIFY2(d.exitCode == 0, qPrintable(d.describe()));
    // The note the corpus tries to write is a valid one: on the undamaged file it is saved.
    const CliRun add = onFile(file, noteAdd());
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_demo = f.readAll();
    QVERIFY(m_demo.size() > 100);
}

void TestCliDamagedFile::init()
{
    QVERIFY(m_dir.renew());
}

void TestCliDamagedFile::emptyFileIsRefusedAndStaysEmpty_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("verify") << QStringList {QStringLiteral("verify")};
    QTest::newRow("note add") << noteAdd();
    QTest::newRow("clients") << QStringList {QStringLiteral("clients")};
    QTest::newRow("demo") << QStringList {QStringLiteral("demo"), QStringLiteral("--clients"),
                                          QStringLiteral("3")};
}

void TestCliDamagedFile::emptyFileIsRefusedAndStaysEmpty()
{
    QFETCH(QStringList, args);
    // `: > z.ardesk`: a company file emptied by a failed copy or sync.
    const QString file = m_dir.filePath(QStringLiteral("z.ardesk"));
    QVERIFY(writeFile(file, QByteArray()));
    const CliRun r = onFile(file, args);
    QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QFileInfo(file).absoluteFilePath()
                                  + QStringLiteral(" is empty (0 bytes): not an ARDesk company "
                                                   "file; nothing was changed")),
             qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QFileInfo(file).size(), 0);
    QCOMPARE(strayFiles(file), QStringList());
}

void TestCliDamagedFile::missingFileIsRefusedAndNotCreated()
{
    const QString file = m_dir.filePath(QStringLiteral("gone.ardesk"));
    for (const QStringList &args : {QStringList {QStringLiteral("verify")}, noteAdd()}) {
        const CliRun r = onFile(file, args);
        QVERIFY2(r.exitCode != 0 && !r.crashed, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(QStringLiteral("gone.ardesk does not exist")),
                 qPrintable(r.describe()));
        QVERIFY(!QFile::exists(file));
    }
}

void TestCliDamagedFile::initStillMakesACompanyOfAnEmptyFile()
{
    // A save dialog may have created the empty file: init is the one command that fills it.
    const QString file = m_dir.filePath(QStringLiteral("new.ardesk"));
    QVERIFY(writeFile(file, QByteArray()));
    const CliRun i = onFile(file, {QStringLiteral("init")});
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const CliRun v = onFile(file, {QStringLiteral("verify")});
    QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
}

void TestCliDamagedFile::damagedFileIsNeverWritten()
{
    // 200 deterministic positions: every byte of the header, then 100 spread over the file.
    QList<qint64> positions;
    for (qint64 p = 0; p < 100; ++p)
        positions.append(p);
    const qint64 body = m_demo.size() - 100;
    for (qint64 i = 0; i < 100; ++i)
        positions.append(100 + (i * body) / 100 + (i * 7919) % 97);
    int detected = 0, refused = 0, written = 0, tampered = 0;
    QStringList failures;
    for (int i = 0; i < positions.size(); ++i) {
        const qint64 at = qMin(positions.at(i), qint64(m_demo.size() - 1));
        QByteArray bytes = m_demo;
        bytes[at] = char(quint8(bytes.at(at)) ^ quint8(1u << (i % 8)));
        const QString file = m_dir.filePath(QStringLiteral("flip-%1.ardesk").arg(i));
        QVERIFY(writeFile(file, bytes));
        const CliRun verify = onFile(file, {QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(!verify.crashed, qPrintable(verify.describe()));
        const Verdict verdict = verdictOf(verify);
        const QByteArray before = fileSha256(file);
        const CliRun add = onFile(file, noteAdd());
        QVERIFY2(!add.crashed, qPrintable(add.describe()));
        if (verdict != Verdict::Damaged) {
            tampered += verdict == Verdict::Tampered ? 1 : 0;
            written += add.exitCode == 0 ? 1 : 0;
            QFile::remove(file);
            continue;
        }
        ++detected;
        if (add.exitCode != 0 && fileSha256(file) == before)
            ++refused;
        else
            failures << QStringLiteral("byte %1: note add exit %2, %3")
                                .arg(at)
                                .arg(add.exitCode)
                                .arg(fileSha256(file) == before ? QStringLiteral("file unchanged")
                                                                : QStringLiteral("FILE CHANGED"));
        QFile::remove(file);
    }
    qInfo("%d of %d flips reported as damage by verify; note add refused %d of them. %d more "
          "altered the record (verify names the entry, the file is sound); note add wrote in %d "
          "of the %d flips that are not damage",
          detected, int(positions.size()), refused, tampered, written,
          int(positions.size()) - detected);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    QVERIFY(detected >= 50);
}

QTEST_GUILESS_MAIN(TestCliDamagedFile)
#include "tst_clidamagedfile.moc"
