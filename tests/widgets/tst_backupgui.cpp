// SPDX-License-Identifier: MIT
// Damaged files and File > Restore from backup… in the real main window (offscreen): a file with
// a damaged header opens read-only under a banner that says how to recover, and nothing is
// written to it; restoring the proved backup puts it back, keeps the damaged file aside, and the
// window works on the restored file (banner gone, the chain head the backup's).
#include "core/services/backupservice.h"
#include "core/services/clientservice.h"
#include "core/services/companyfile.h"
#include "models/clientlistmodel.h"
#include "widgets/clientlistpane.h"
#include "widgets/mainwindow.h"

#include "support/testsupport.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QTest>

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

QTEST_MAIN(TestBackupGui)
#include "tst_backupgui.moc"
