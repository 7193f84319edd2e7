// SPDX-License-Identifier: MIT
// Damaged files and File > Restore from backup… in the real main window (offscreen): a file with
// a damaged header opens read-only under a banner that says how to recover, and nothing is
// written to it; restoring the proved backup puts it back, keeps the damaged file aside, and the
// window works on the restored file (banner gone, the chain head the backup's).
#include "core/services/backupservice.h"
#include "core/services/clientservice.h"
#include "core/services/companyfile.h"
#include "core/storage/clientrepository.h"
#include "models/automaticbackup.h"
#include "models/clientlistmodel.h"
#include "widgets/clientlistpane.h"
#include "widgets/mainwindow.h"
#include "widgets/progresspanel.h"

#include "support/testsupport.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>

#include <QSemaphore>
#include <QTest>
#include <unistd.h>

using namespace ardesk;
using namespace ardesk::test;

class TestBackupGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void damagedFileOpensReadOnlyUnderABanner();
    void restoreFromBackupReplacesTheDamagedFile();
    void automaticBackupsOnTheFirstOpenOfADayAndOnClose();
    void noAutomaticBackupWhenCompanySettingsSayOff();
    void closeBackupShowsProgressAndCancelKeepsNoCopy();
    void closingWaitsForTheFirstOpensBackupWithProgress_data();
    void closingWaitsForTheFirstOpensBackupWithProgress();
    void unwritableFolderOpensReadOnlyUnderABanner();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// Flips one bit of the header's incremental-vacuum field (byte 67).
    bool damage(const QString &file) const
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite) || !f.seek(67))
            return false;
        const char b = f.read(1).at(0);
        return f.seek(67) && f.write(QByteArray(1, char(b ^ 0x01))) == 1;
    }

    /// A sound company file `name` with one client, made at `clock`'s time.
    QString freshCompany(const QString &name, const std::shared_ptr<FixedClock> &clock,
                         bool backups = true) const
    {
        const QString file = path(name);
        CompanySettings settings;
        settings.companyName = QStringLiteral("Fresh Ltd");
        settings.backupEnabled = backups;
        Database::Options options;
        options.clock = clock;
        auto db = CompanyFile::create(file, settings, QStringLiteral("ada"), options);
        if (!db)
            return QString();
        Client acme = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme Corp"));
        if (!ClientService(db.value(), 0).createClient(acme))
            return QString();
        return file;
    }
    QStringList backupsOf(const QString &folder) const
    {
        return QDir(path(folder)).entryList({QStringLiteral("*.ardesk")}, QDir::Files, QDir::Name);
    }

    ScratchDir m_dir;
    QString m_file, m_backup, m_head;
    std::unique_ptr<MainWindow> m_window;
};

void TestBackupGui::init()
{
    QVERIFY(m_dir.renew());
    m_file = path(QStringLiteral("company.ardesk"));
    m_backup = path(QStringLiteral("company-backup.ardesk"));
    {
        CompanySettings settings;
        settings.companyName = QStringLiteral("Backed Up Ltd");
        auto db = CompanyFile::create(m_file, settings, QStringLiteral("ada"));
        VERIFY_OK(db);
        Client acme = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme Corp"));
        VERIFY_OK(ClientService(db.value(), 0).createClient(acme));
        auto made = BackupService::backup(*db.value(), 0, m_backup);
        VERIFY_OK(made);
        m_head = made.value().chainHead;
    }
    QVERIFY(damage(m_file));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackupGui::cleanup()
{
    m_window.reset();
}

void TestBackupGui::damagedFileOpensReadOnlyUnderABanner()
{
    const QByteArray before = fileSha256(m_file);
    auto opened = m_window->openFile(m_file, QStringLiteral("ada"));
    VERIFY_OK(opened);
    QVERIFY(m_window->damageBanner()->isVisible());
    QVERIFY2(
            m_window->damageBanner()->text().contains(QStringLiteral("File > Restore from backup")),
            qPrintable(m_window->damageBanner()->text()));
    // What is still readable is shown.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 1, 5000);
    auto *restore = m_window->findChild<QAction *>(QStringLiteral("restoreFromBackupAction"));
    QVERIFY(restore && restore->isEnabled());
    m_window.reset(); // closing saves nothing either
    QCOMPARE(fileSha256(m_file), before);
}

void TestBackupGui::restoreFromBackupReplacesTheDamagedFile()
{
    const QByteArray damaged = fileSha256(m_file);
    VERIFY_OK(m_window->openFile(m_file, QStringLiteral("ada")));
    QVERIFY(m_window->damageBanner()->isVisible());
    VERIFY_OK(m_window->restoreFromBackup(m_backup, BackupService::Newer::Refuse));
    QCOMPARE(m_window->currentFile(), QFileInfo(m_file).absoluteFilePath());
    QVERIFY(!m_window->damageBanner()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->clientList()->model()->rowCount(), 1, 5000);
    const QStringList kept
            = QDir(m_dir.path())
                      .entryList({QStringLiteral("company.ardesk.replaced-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(fileSha256(path(kept.first())), damaged);
    m_window.reset();
    auto proved = BackupService::check(m_file);
    VERIFY_OK(proved);
    QCOMPARE(proved.value().chainHead, m_head);
}

void TestBackupGui::automaticBackupsOnTheFirstOpenOfADayAndOnClose()
{
    auto clock = FixedClock::atNoon(QDate(2026, 11, 20));
    const QString file = freshCompany(QStringLiteral("fresh.ardesk"), clock);
    QVERIFY(!file.isEmpty());
    auto window = std::make_unique<MainWindow>(clock);
    window->show();
    VERIFY_OK(window->openFile(file, QStringLiteral("ada")));
    // The first open of the company day backs up, beside the file, off the GUI thread.
    QSignalSpy done(window->automaticBackup(), &AutomaticBackup::finished);
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().at(1).toString(), QString()); // no error
    const QString first = done.first().at(0).toString();
    QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("fresh-2026-11-20-120000.ardesk"));
    QCOMPARE(backupsOf(QStringLiteral("backups")), QStringList {QFileInfo(first).fileName()});
    VERIFY_OK(BackupService::check(first));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Backed up to")),
             qPrintable(window->statusBar()->currentMessage()));

    // Opened again the same day: none is taken.
    clock->advanceSeconds(3600);
    done.clear();
    VERIFY_OK(window->openFile(file, QStringLiteral("ada")));
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().at(0).toString(), QString());
    QCOMPARE(backupsOf(QStringLiteral("backups")).size(), 1);

    // Work saved in the window, then closing: the close backup holds it, and the day keeps its
    // newest backup only.
    bool saved = false;
    window->saveClient(makeClient(QStringLiteral("BETA"), QStringLiteral("Beta GmbH")),
                       [&saved](const QString &error, qint64) { saved = error.isEmpty(); });
    QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
    clock->advanceSeconds(3600);
    QVERIFY(window->close());
    QCOMPARE(backupsOf(QStringLiteral("backups")),
             QStringList {QStringLiteral("fresh-2026-11-20-140000.ardesk")});
    auto last = Database::open(path(QStringLiteral("backups/fresh-2026-11-20-140000.ardesk")));
    VERIFY_OK(last);
    auto beta = ClientRepository(last.value()->connection()).findByCode(QStringLiteral("BETA"));
    VERIFY_OK(beta);
    VERIFY_OK(BackupService::check(last.value()->path()));
}

namespace {
/// Watches for the close backup's box: its panel's stages as they arrive, and (with `cancel`)
/// presses Cancel the moment it is shown, before the copy starts.
class CloseBackupWatch : public QObject
{
public:
    explicit CloseBackupWatch(bool cancel)
        : m_cancel(cancel)
    {
        qApp->installEventFilter(this);
    }
    ~CloseBackupWatch() override { qApp->removeEventFilter(this); }
    bool shown = false;
    QStringList stages;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *box = qobject_cast<QDialog *>(watched);
        if (event->type() != QEvent::Show || !box
            || box->objectName() != QLatin1String("CloseBackupProgress") || shown)
            return false;
        shown = true;
        auto *panel = box->findChild<ProgressPanel *>();
        if (!panel)
            return false;
        connect(panel, &ProgressPanel::advanced, this,
                [this, panel](qint64, qint64) { stages << panel->stageText(); });
        if (m_cancel)
            panel->cancel();
        return false;
    }

private:
    bool m_cancel;
};
} // namespace

void TestBackupGui::closeBackupShowsProgressAndCancelKeepsNoCopy()
{
    auto clock = FixedClock::atNoon(QDate(2026, 11, 21));
    const QString file = freshCompany(QStringLiteral("closing.ardesk"), clock);
    QVERIFY(!file.isEmpty());
    auto openWindow = [&] {
        auto window = std::make_unique<MainWindow>(clock);
        window->show();
        QSignalSpy done(window->automaticBackup(), &AutomaticBackup::finished);
        auto r = window->openFile(file, QStringLiteral("ada"));
        if (!r || !done.wait(60000))
            return std::unique_ptr<MainWindow>();
        return window;
    };
    auto window = openWindow();
    QVERIFY(window);
    clock->advanceSeconds(3600);
    {
        // Closing: the box shows the copy and its proof as they go, like every long job.
        CloseBackupWatch watch(false);
        QVERIFY(window->close());
        QVERIFY(watch.shown);
        QVERIFY2(watch.stages.contains(QStringLiteral("Checking the file structure"))
                         && watch.stages.contains(QStringLiteral("Checking the record chain")),
                 qPrintable(watch.stages.join(u'|')));
    }
    const QStringList kept = backupsOf(QStringLiteral("backups"));
    QCOMPARE(kept, QStringList {QStringLiteral("closing-2026-11-21-130000.ardesk")});

    // Cancel at once: the window closes, the unfinished copy is gone, the next open says so.
    window = openWindow();
    QVERIFY(window);
    clock->advanceSeconds(3600);
    {
        CloseBackupWatch watch(true);
        QVERIFY(window->close());
        QVERIFY(watch.shown);
    }
    QCOMPARE(backupsOf(QStringLiteral("backups")), kept);
    QCOMPARE(QDir(path(QStringLiteral("backups"))).entryList(QDir::Files), kept); // no .part
    window = openWindow();
    QVERIFY(window);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(window->statusBar()->currentMessage()));
}

namespace {
/// Watches for the box that waits for the first open's backup: what it says it waits for, the
/// stages its panel shows, and (with `cancel`) Cancel pressed as it appears. When it shows, it
/// lets the held backup go on.
class BackupWaitWatch : public QObject
{
public:
    BackupWaitWatch(bool cancel, QSemaphore &release)
        : m_cancel(cancel)
        , m_release(release)
    {
        qApp->installEventFilter(this);
    }
    ~BackupWaitWatch() override { qApp->removeEventFilter(this); }
    bool shown = false;
    QString reason;
    QStringList stages;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *box = qobject_cast<QDialog *>(watched);
        if (event->type() != QEvent::Show || !box
            || box->objectName() != QLatin1String("BackupWaitProgress") || shown)
            return false;
        shown = true;
        if (auto *label = box->findChild<QLabel *>(QStringLiteral("backupWaitReason")))
            reason = label->text();
        if (auto *panel = box->findChild<ProgressPanel *>()) {
            connect(panel, &ProgressPanel::advanced, this,
                    [this, panel](qint64, qint64) { stages << panel->stageText(); });
            if (m_cancel)
                panel->cancel();
        }
        m_release.release();
        return false;
    }

private:
    bool m_cancel;
    QSemaphore &m_release;
};
} // namespace

void TestBackupGui::closingWaitsForTheFirstOpensBackupWithProgress_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("waited for") << false;
    QTest::newRow("cancelled") << true;
}

// Issue 16: the first open's backup, still copying when the window closes, is waited for in the
// same box as every other long job (what it waits for, the stage, Cancel); cancelled, nothing of
// it is kept and the close backup is taken as always.
void TestBackupGui::closingWaitsForTheFirstOpensBackupWithProgress()
{
    QFETCH(bool, cancel);
    auto clock = FixedClock::atNoon(QDate(2026, 11, 22));
    const QString file = freshCompany(QStringLiteral("first.ardesk"), clock);
    QVERIFY(!file.isEmpty());
    auto window = std::make_unique<MainWindow>(clock);
    window->show();
    QSignalSpy done(window->automaticBackup(), &AutomaticBackup::finished);
    VERIFY_OK(window->openFile(file, QStringLiteral("ada")));
    // Hold the first open's backup at its next report, so it is still running at close.
    QSemaphore release;
    std::atomic_bool held {false};
    window->automaticBackup()->follow(Progress([&](qint64, qint64, const QString &) {
        if (!held.exchange(true))
            release.tryAcquire(1, 60000);
    }));
    QTRY_VERIFY2_WITH_TIMEOUT(held || !done.isEmpty(), "the backup never reported", 30000);
    QVERIFY2(done.isEmpty(), "the first open's backup ended before it could be held");

    clock->advanceSeconds(3600);
    BackupWaitWatch watch(cancel, release);
    QVERIFY(window->close());
    QVERIFY(watch.shown);
    QVERIFY2(watch.reason.contains(QStringLiteral("first.ardesk")), qPrintable(watch.reason));
    QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 2, 30000); // the first open's, then the close's
    QCOMPARE(done.at(0).at(2).value<BackupService::Trigger>(),
             BackupService::Trigger::FirstOpenOfDay);
    QCOMPARE(done.at(1).at(2).value<BackupService::Trigger>(), BackupService::Trigger::Close);
    QCOMPARE(done.at(1).at(1).toString(), QString());
    if (cancel) {
        QVERIFY2(done.at(0).at(1).toString().contains(QStringLiteral("cancelled")),
                 qPrintable(done.at(0).at(1).toString()));
        QCOMPARE(done.at(0).at(0).toString(), QString());
    } else {
        QCOMPARE(done.at(0).at(1).toString(), QString());
        // The box showed the copy being proved as it went.
        QVERIFY2(watch.stages.contains(QStringLiteral("Checking the record chain")),
                 qPrintable(watch.stages.join(u'|')));
    }
    // Either way the day keeps one proved backup, the close's, and no unfinished copy.
    QCOMPARE(QDir(path(QStringLiteral("backups"))).entryList(QDir::Files),
             QStringList {QStringLiteral("first-2026-11-22-130000.ardesk")});
    VERIFY_OK(BackupService::check(path(QStringLiteral("backups/first-2026-11-22-130000.ardesk"))));
}

void TestBackupGui::noAutomaticBackupWhenCompanySettingsSayOff()
{
    auto clock = FixedClock::atNoon(QDate(2026, 11, 20));
    const QString file = freshCompany(QStringLiteral("quiet.ardesk"), clock, false);
    QVERIFY(!file.isEmpty());
    auto window = std::make_unique<MainWindow>(clock);
    window->show();
    VERIFY_OK(window->openFile(file, QStringLiteral("ada")));
    QSignalSpy done(window->automaticBackup(), &AutomaticBackup::finished);
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().at(0).toString(), QString());
    QVERIFY(window->close());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("backups"))));
}

void TestBackupGui::unwritableFolderOpensReadOnlyUnderABanner()
{
    auto clock = FixedClock::atNoon(QDate(2026, 11, 20));
    const QString made = freshCompany(QStringLiteral("shared.ardesk"), clock);
    QVERIFY(!made.isEmpty());
    QFile source(made);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    source.close();
    // A folder this user may not write: a read-only mount as root, else no write permission.
    const QString folder = path(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    const bool root = ::geteuid() == 0;
    auto mount = [&](const QStringList &args) {
        return QProcess::execute(QStringLiteral("mount"), args) == 0;
    };
    if (root)
        QVERIFY(mount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                       QStringLiteral("size=4m"), QStringLiteral("tmpfs"), folder}));
    const QString file = folder + QStringLiteral("/shared.ardesk");
    QVERIFY(writeFile(file, bytes));
    if (root)
        QVERIFY(mount({QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}));
    else
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QByteArray before = fileSha256(file);
    {
        auto window = std::make_unique<MainWindow>(clock);
        window->show();
        VERIFY_OK(window->openFile(file, QStringLiteral("ada")));
        QVERIFY(window->damageBanner()->isVisible());
        QVERIFY2(window->damageBanner()->text().contains(QStringLiteral("cannot be saved here")),
                 qPrintable(window->damageBanner()->text()));
        QVERIFY2(window->damageBanner()->text().contains(folder),
                 qPrintable(window->damageBanner()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(window->clientList()->model()->rowCount(), 1, 5000);
        QVERIFY(window->close()); // no backup is attempted into the folder, nothing is written
    }
    QCOMPARE(fileSha256(file), before);
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("shared.ardesk")});
    if (root)
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), folder});
    else
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_MAIN(TestBackupGui)
#include "tst_backupgui.moc"
