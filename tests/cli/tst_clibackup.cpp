// SPDX-License-Identifier: MIT
// `ardesk-cli backup` and `restore` from the real binary: a backup is proved before it counts and
// prints the chain head; an existing backup file is not overwritten without --force; a backup
// taken while another connection has written (the window open) holds that write; the restore
// drill (notes and an attachment, back up, damage the original, restore: verify passes and the
// chain head is the backup's); a target with newer changes, an empty or damaged backup, a clerk
// and a team database are refused with nothing changed.
#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestCliBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void backupIsProvedAndNamesTheChainHead();
    void existingBackupIsNotOverwrittenWithoutForce();
    void backupHoldsWhatAnOpenConnectionWrote();
    void restoreDrill();
    void newerTargetNeedsForce();
    void emptyOrDamagedBackupIsRefused();
    void clerkMayNotBackUpOrRestore();
    void teamDatabaseIsRefused();

private:
    CliRun cli(const QStringList &args, const QString &user = QStringLiteral("tester")) const
    {
        return runCli(m_dir.path(), QStringList {QStringLiteral("--user"), user} + args);
    }
    CliRun onFile(const QStringList &args, const QString &user = QStringLiteral("tester")) const
    {
        return cli(QStringList {QStringLiteral("--db"), m_file} + args, user);
    }
    CliRun backup(const QString &out, const QStringList &more = {}) const
    {
        return onFile(QStringList {QStringLiteral("backup"), QStringLiteral("--out"), out} + more);
    }
    CliRun restore(const QString &from, const QString &to, const QStringList &more = {},
                   const QString &user = QStringLiteral("tester")) const
    {
        return cli(QStringList {QStringLiteral("restore"), from, QStringLiteral("--to"), to} + more,
                   user);
    }
    CliRun addNote(const QString &text, const QStringList &more = {}) const
    {
        return onFile(QStringList {QStringLiteral("note"), QStringLiteral("add"),
                                   QStringLiteral("--client"), QStringLiteral("C000001"),
                                   QStringLiteral("--channel"), QStringLiteral("call"),
                                   QStringLiteral("--text"), text, QStringLiteral("--outcome"),
                                   QStringLiteral("reached"), QStringLiteral("--no-follow-up")}
                      + more);
    }
    /// The chain head `verify --json` reports for `file` (empty when verify fails).
    QString verifiedHead(const QString &file) const
    {
        const CliRun v = cli(
                {QStringLiteral("--db"), file, QStringLiteral("verify"), QStringLiteral("--json")});
        if (v.exitCode != 0)
            return QString();
        return QJsonDocument::fromJson(v.out).object().value(QStringLiteral("head")).toString();
    }
    static QString printedHead(const CliRun &r)
    {
        const auto m = QRegularExpression(QStringLiteral("Chain head: ([0-9a-f]{64})"))
                               .match(QString::fromUtf8(r.out));
        return m.hasMatch() ? m.captured(1) : QString();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    ScratchDir m_dir;
    QString m_file;
    QByteArray m_demo;
};

void TestCliBackup::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
    QVERIFY(m_dir.renew());
    m_file = path(QStringLiteral("demo.ardesk"));
    const CliRun i = onFile({QStringLiteral("init")});
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const CliRun d = onFile({QStringLiteral("demo"), QStringLiteral("--clients"),
                             QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(d.exitCode == 0, qPrintable(d.describe()));
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_demo = f.readAll();
}

void TestCliBackup::init()
{
    QVERIFY(m_dir.renew());
    m_file = path(QStringLiteral("company.ardesk"));
    QVERIFY(writeFile(m_file, m_demo));
    QVERIFY(writeFile(path(QStringLiteral("remittance.txt")), QByteArray("Paid by check 4411\n")));
}

void TestCliBackup::backupIsProvedAndNamesTheChainHead()
{
    const CliRun n = addNote(QStringLiteral("Promised to pay Friday"),
                             {QStringLiteral("--attach"), QStringLiteral("remittance.txt")});
    QVERIFY2(n.exitCode == 0, qPrintable(n.describe()));
    const QString out = path(QStringLiteral("monday.ardesk"));
    const CliRun b = backup(out);
    QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));
    QVERIFY2(b.out.contains("passed the integrity check and verify"), qPrintable(b.describe()));
    const QString head = printedHead(b);
    QVERIFY2(!head.isEmpty(), qPrintable(b.describe()));
    QCOMPARE(head, verifiedHead(m_file));
    QCOMPARE(verifiedHead(out), head);
    // A self-contained file: nothing beside it, no temporary left over.
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(out + QStringLiteral("-wal")));
    QCOMPARE(readValue(out, QStringLiteral("SELECT count(*) FROM note_attachments")).toInt(),
             readValue(m_file, QStringLiteral("SELECT count(*) FROM note_attachments")).toInt());
}

void TestCliBackup::existingBackupIsNotOverwrittenWithoutForce()
{
    const QString out = path(QStringLiteral("backup.ardesk"));
    QVERIFY(writeFile(out, QByteArray("last week's backup")));
    const CliRun refused = backup(out);
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QStringLiteral("already exists: nothing was written")),
             qPrintable(refused.describe()));
    QCOMPARE(fileSha256(out),
             QCryptographicHash::hash("last week's backup", QCryptographicHash::Sha256).toHex());
    const CliRun forced = backup(out, {QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    QCOMPARE(verifiedHead(out), printedHead(forced));
}

void TestCliBackup::backupHoldsWhatAnOpenConnectionWrote()
{
    // The window has the file open and has just saved: the write sits in its -wal.
    auto opened = Database::open(m_file);
    VERIFY_OK(opened);
    VERIFY_OK(inTransaction(*opened.value(), [&]() {
        return writeSetting(opened.value()->connection(), QStringLiteral("company.name"),
                            QStringLiteral("Saved While Open Ltd"));
    }));
    QVERIFY(QFileInfo(m_file + QStringLiteral("-wal")).size() > 0);
    const QString out = path(QStringLiteral("open.ardesk"));
    const CliRun b = backup(out);
    QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));
    QCOMPARE(readValue(out,
                       QStringLiteral("SELECT value FROM settings WHERE key = "
                                      "'company.name'"))
                     .toString(),
             QStringLiteral("Saved While Open Ltd"));
    opened.value().reset();
}

void TestCliBackup::restoreDrill()
{
    // A company with notes and an attachment.
    QVERIFY2(addNote(QStringLiteral("First call")).exitCode == 0, "note 1");
    const CliRun n = addNote(QStringLiteral("Remittance received"),
                             {QStringLiteral("--attach"), QStringLiteral("remittance.txt")});
    QVERIFY2(n.exitCode == 0, qPrintable(n.describe()));
    // Back up.
    const QString out = path(QStringLiteral("drill-backup.ardesk"));
    const CliRun b = backup(out);
    QVERIFY2(b.exitCode == 0, qPrintable(b.describe()));
    const QString head = printedHead(b);
    QVERIFY(!head.isEmpty());
    // Damage the original: one flipped byte of the header.
    QByteArray bytes;
    {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    bytes[67] = char(bytes.at(67) ^ 0x01);
    QVERIFY(writeFile(m_file, bytes));
    QVERIFY(cli({QStringLiteral("--db"), m_file, QStringLiteral("verify")}).exitCode != 0);
    const CliRun refused = addNote(QStringLiteral("Written to a damaged file?"));
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QStringLiteral("the company file is damaged: nothing was "
                                                       "saved; restore it from a backup")),
             qPrintable(refused.describe()));
    // Restore.
    const CliRun r = restore(out, m_file);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(printedHead(r), head);
    QCOMPARE(verifiedHead(m_file), head);
    // The damaged file is kept aside, byte for byte.
    const QStringList kept
            = QDir(m_dir.path())
                      .entryList({QStringLiteral("company.ardesk.replaced-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^company\.ardesk\.replaced-\d{8}-\d{6}$)"))
                     .match(kept.first())
                     .hasMatch(),
             qPrintable(kept.first()));
    QVERIFY2(r.out.contains(kept.first().toUtf8()), qPrintable(r.describe()));
    QCOMPARE(fileSha256(path(kept.first())),
             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // The restored company takes notes again.
    QVERIFY(addNote(QStringLiteral("Back in business")).exitCode == 0);
    QVERIFY(!QFile::exists(m_file + QStringLiteral(".restoring")));
}

void TestCliBackup::newerTargetNeedsForce()
{
    const QString out = path(QStringLiteral("old.ardesk"));
    QVERIFY(backup(out).exitCode == 0);
    QVERIFY(addNote(QStringLiteral("A call after the backup")).exitCode == 0);
    const QByteArray before = fileSha256(m_file);
    const CliRun refused = restore(out, m_file);
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QStringLiteral("has changes newer than the backup")),
             qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QStringLiteral("1 more record chain entry")),
             qPrintable(refused.describe()));
    QCOMPARE(fileSha256(m_file), before);
    const CliRun forced = restore(out, m_file, {QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.describe()));
    QCOMPARE(verifiedHead(m_file), verifiedHead(out));
    QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("company.ardesk.replaced-*")}, QDir::Files)
                     .size(),
             1);
}

void TestCliBackup::emptyOrDamagedBackupIsRefused()
{
    const QByteArray before = fileSha256(m_file);
    const QString empty = path(QStringLiteral("empty.ardesk"));
    QVERIFY(writeFile(empty, QByteArray()));
    const CliRun e = restore(empty, m_file, {QStringLiteral("--force")});
    QVERIFY2(e.exitCode != 0, qPrintable(e.describe()));
    QVERIFY2(e.errText().contains(QStringLiteral("is empty (0 bytes)")), qPrintable(e.describe()));

    const QString out = path(QStringLiteral("flipped.ardesk"));
    QVERIFY(backup(out).exitCode == 0);
    QByteArray bytes;
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    bytes[21] = char(bytes.at(21) ^ 0x02); // the maximum payload fraction
    QVERIFY(writeFile(out, bytes));
    const CliRun d = restore(out, m_file, {QStringLiteral("--force")});
    QVERIFY2(d.exitCode != 0, qPrintable(d.describe()));
    QVERIFY2(d.errText().contains(QStringLiteral("is damaged")), qPrintable(d.describe()));
    QCOMPARE(fileSha256(m_file), before);
    QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("company.ardesk.replaced-*")}, QDir::Files)
                     .size(),
             0);
}

void TestCliBackup::clerkMayNotBackUpOrRestore()
{
    QVERIFY(onFile({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("cleo"),
                    QStringLiteral("--role"), QStringLiteral("clerk")})
                    .exitCode
            == 0);
    const QString out = path(QStringLiteral("clerk.ardesk"));
    const CliRun refused = onFile({QStringLiteral("backup"), QStringLiteral("--out"), out},
                                  QStringLiteral("cleo"));
    QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
    QVERIFY2(refused.errText().contains(QStringLiteral("needs the admin role")),
             qPrintable(refused.describe()));
    QVERIFY(!QFile::exists(out));
    const QString admin = path(QStringLiteral("admin.ardesk"));
    QVERIFY(backup(admin).exitCode == 0);
    const CliRun r = restore(admin, m_file, {}, QStringLiteral("cleo"));
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("needs the admin role")),
             qPrintable(r.describe()));
}

void TestCliBackup::teamDatabaseIsRefused()
{
    const QString out = path(QStringLiteral("team.ardesk"));
    const CliRun b = cli({QStringLiteral("--db"), QStringLiteral("postgresql://localhost/ardesk"),
                          QStringLiteral("backup"), QStringLiteral("--out"), out});
    QVERIFY2(b.exitCode != 0, qPrintable(b.describe()));
    QVERIFY2(b.errText().contains(QStringLiteral("team export")), qPrintable(b.describe()));
    QVERIFY(!QFile::exists(out));
    const CliRun r = restore(QStringLiteral("postgresql://localhost/ardesk"), m_file);
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.errText().contains(QStringLiteral("team import")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_clibackup.moc"
