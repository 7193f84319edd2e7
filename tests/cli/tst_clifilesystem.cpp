// SPDX-License-Identifier: MIT
// What a person is told when the file system, not ARDesk, is the problem, through the real
// ardesk-cli on real mounts: a company file in a folder that cannot be written opens read-only
// (reads work, a write says so and changes nothing, no log files appear); a full disk says "the
// disk is full: nothing was saved", the file stays sound and holds everything saved before; a
// disk too full to open the file on says that. The full disk is a small tmpfs, the read-only
// folder a tmpfs remounted read-only: both need root (CI runs as root); without it the read-only
// folder is a folder without write permission and the full-disk cases are skipped.
#include "support/testsupport.h"

#include <unistd.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStorageInfo>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// A tmpfs mounted at a folder of its own for as long as it lives.
class Mount
{
public:
    bool mount(const QString &at, const QString &size)
    {
        m_at = at;
        return QDir().mkpath(at)
                && (m_mounted
                    = run(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=") + size, QStringLiteral("tmpfs"), at}));
    }
    bool makeReadOnly() const
    {
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_at});
    }
    ~Mount()
    {
        if (m_mounted)
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_at});
    }

private:
    QString m_at;
    bool m_mounted = false;
};

QStringList noteAdd(const QString &attachment = QString())
{
    QStringList args {QStringLiteral("note"),      QStringLiteral("add"),
                      QStringLiteral("--client"),  QStringLiteral("C000001"),
                      QStringLiteral("--channel"), QStringLiteral("internal"),
                      QStringLiteral("--text"),    QStringLiteral("Customer asked for a copy")};
    if (!attachment.isEmpty())
        args << QStringLiteral("--attach") << attachment;
    return args;
}

} // namespace

class TestCliFilesystem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void readOnlyFolderIsReadAndNeverWritten();
    void fullDiskSaysSoAndLosesNothing();
    void diskTooFullToOpenSaysSo();

private:
    CliRun onFile(const QString &file, const QStringList &args) const
    {
        return runCli(m_dir.path(),
                      QStringList {QStringLiteral("--db"), file, QStringLiteral("--user"),
                                   QStringLiteral("tester")}
                              + args);
    }
    int noteCount(const QString &file) const
    {
        const CliRun r = onFile(file,
                                {QStringLiteral("note"), QStringLiteral("list"),
                                 QStringLiteral("--client"), QStringLiteral("C000001"),
                                 QStringLiteral("--json")});
        if (r.exitCode != 0)
            return -1;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        return doc.isArray() ? int(doc.array().size())
                             : int(doc.object().value(QStringLiteral("notes")).toArray().size());
    }
    /// The demo company on a 2 MB tmpfs mounted by `mount`: its path, empty when that failed.
    QString demoOnASmallDisk(Mount &mount) const
    {
        const QString folder = m_dir.filePath(QStringLiteral("small"));
        const QString file = folder + QStringLiteral("/demo.ardesk");
        return mount.mount(folder, QStringLiteral("2m")) && writeFile(file, m_demo) ? file
                                                                                    : QString();
    }
    /// Fills `folder`'s disk until `leave` bytes are free.
    static bool fill(const QString &folder, qint64 leave)
    {
        QFile f(folder + QStringLiteral("/filler"));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, '\0');
        for (;;) {
            const QStorageInfo disk(folder);
            if (disk.bytesAvailable() <= leave)
                return true;
            if (f.write(block.left(
                        int(std::min<qint64>(block.size(), disk.bytesAvailable() - leave))))
                <= 0)
                return true;
            f.flush();
        }
    }

    ScratchDir m_dir;
    QByteArray m_demo;
    bool m_root = false;
};

void TestCliFilesystem::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(ARDESK_CLI_PATH)), ARDESK_CLI_PATH);
    m_root = ::geteuid() == 0;
    QVERIFY(m_dir.renew());
    const QString file = m_dir.filePath(QStringLiteral("demo.ardesk"));
    const CliRun i = onFile(file, {QStringLiteral("init")});
    QVERIFY2(i.exitCode == 0, qPrintable(i.describe()));
    const CliRun d = onFile(file,
                            {QStringLiteral("demo"), QStringLiteral("--clients"),
                             QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("2")});
    QVERIFY2(d.exitCode == 0, qPrintable(d.describe()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_demo = f.readAll();
}

void TestCliFilesystem::init()
{
    QVERIFY(m_dir.renew());
}

void TestCliFilesystem::readOnlyFolderIsReadAndNeverWritten()
{
    const QString folder = m_dir.filePath(QStringLiteral("share"));
    Mount mount;
    if (m_root) {
        QVERIFY(mount.mount(folder, QStringLiteral("4m")));
        QVERIFY(writeFile(folder + QStringLiteral("/demo.ardesk"), m_demo));
        QVERIFY(mount.makeReadOnly());
    } else {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/demo.ardesk"), m_demo));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    }
    const QString file = folder + QStringLiteral("/demo.ardesk");
    const QByteArray before = fileSha256(file);

    // Reading works, with a warning that names the folder.
    const CliRun clients = onFile(file, {QStringLiteral("clients")});
    QVERIFY2(clients.exitCode == 0, qPrintable(clients.describe()));
    QVERIFY2(clients.out.contains("C000001"), qPrintable(clients.describe()));
    QVERIFY2(clients.errText().contains(QStringLiteral("is read only")),
             qPrintable(clients.describe()));
    QVERIFY2(clients.errText().contains(folder), qPrintable(clients.describe()));
    QVERIFY2(!clients.errText().contains(QStringLiteral("attempt to write")),
             qPrintable(clients.describe()));
    const CliRun verify = onFile(file, {QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));

    // Writing is refused in words, and nothing changes.
    const CliRun add = onFile(file, noteAdd());
    QVERIFY2(add.exitCode != 0 && !add.crashed, qPrintable(add.describe()));
    QVERIFY2(add.errText().contains(QStringLiteral("the company file is read-only here"))
                     && add.errText().contains(QStringLiteral("nothing was saved")),
             qPrintable(add.describe()));
    QCOMPARE(fileSha256(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {QStringLiteral("demo.ardesk")});
    if (!m_root)
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestCliFilesystem::fullDiskSaysSoAndLosesNothing()
{
    if (!m_root)
        QSKIP("needs root to mount a small tmpfs as the full disk");
    Mount mount;
    const QString file = demoOnASmallDisk(mount);
    QVERIFY(!file.isEmpty());
    const QString folder = QFileInfo(file).absolutePath();
    const int notes = noteCount(file);
    QVERIFY(notes > 0);
    // Room to open the file and start a transaction, not for a 300 KB attachment.
    const QString attachment = m_dir.filePath(QStringLiteral("scan.pdf"));
    QByteArray scan("%PDF-1.4\n");
    for (int i = 0; scan.size() < 300 * 1024; ++i)
        scan += QByteArray::number(i * 7919 % 100003) + ' ';
    QVERIFY(writeFile(attachment, scan));
    QVERIFY(fill(folder, 96 * 1024));

    const CliRun add = onFile(file, noteAdd(attachment));
    QVERIFY2(add.exitCode != 0 && !add.crashed, qPrintable(add.describe()));
    QVERIFY2(add.errText().contains(QStringLiteral("the disk is full: nothing was saved")),
             qPrintable(add.describe()));
    QVERIFY2(!add.errText().contains(QStringLiteral("rollback")), qPrintable(add.describe()));

    // Space again: the file is sound, holds what it held, and takes the note.
    QVERIFY(QFile::remove(folder + QStringLiteral("/filler")));
    const CliRun verify = onFile(file, {QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    QCOMPARE(noteCount(file), notes);
    const CliRun again = onFile(file, noteAdd(attachment));
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    QCOMPARE(noteCount(file), notes + 1);
}

void TestCliFilesystem::diskTooFullToOpenSaysSo()
{
    if (!m_root)
        QSKIP("needs root to mount a small tmpfs as the full disk");
    Mount mount;
    const QString file = demoOnASmallDisk(mount);
    QVERIFY(!file.isEmpty());
    const QString folder = QFileInfo(file).absolutePath();
    const QByteArray before = fileSha256(file);
    QVERIFY(fill(folder, 0));
    const CliRun clients = onFile(file, {QStringLiteral("clients")});
    QVERIFY2(clients.exitCode != 0 && !clients.crashed, qPrintable(clients.describe()));
    QVERIFY2(clients.errText().contains(QStringLiteral("is full")), qPrintable(clients.describe()));
    QVERIFY2(clients.errText().contains(QStringLiteral("nothing was changed")),
             qPrintable(clients.describe()));
    QCOMPARE(fileSha256(file), before);
}

QTEST_MAIN(TestCliFilesystem)
#include "tst_clifilesystem.moc"
