// SPDX-License-Identifier: MIT
// Backups in the core: the retention rule of automatic backups (the last N days and M months
// that have one), and BackupService's proved copy: the copy verifies with the original's chain
// head, a refused copy leaves nothing, a file that is not a proved backup is refused.
#include "core/domain/backupretention.h"
#include "core/services/backupservice.h"
#include "core/services/clientservice.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void retentionKeepsTheLastDaysAndMonths();
    void retentionKeepsTheNewestOfADay();
    void retentionWithFewBackupsKeepsAll();
    void backupVerifiesWithTheOriginalsHead();
    void backupIsRefusedOverAnExistingFile();
    void checkRefusesWhatIsNotAProvedBackup();
    void automaticBackupsOnFirstOpenAndCloseArePruned();
    void automaticBackupsFollowTheCompanySettings();
    void backupSettingsAreCheckedNamingTheField();

private:
    static QStringList names(const QList<BackupRetention::Backup> &list)
    {
        QStringList out;
        for (const auto &b : list)
            out << b.name;
        return out;
    }
    /// A daily backup named by its day.
    static BackupRetention::Backup daily(const QDate &day)
    {
        return {day.toString(Qt::ISODate), day};
    }

    ScratchDir m_dir;
};

void TestBackup::init()
{
    QVERIFY(m_dir.renew());
}

void TestBackup::retentionKeepsTheLastDaysAndMonths()
{
    // A backup every day from 2025-01-01 to 2026-03-31.
    QList<BackupRetention::Backup> all;
    for (QDate d(2025, 1, 1); d <= QDate(2026, 3, 31); d = d.addDays(1))
        all.append(daily(d));
    const QList<BackupRetention::Backup> doomed = BackupRetention::toDelete(all, 7, 12);
    QSet<QString> kept;
    for (const auto &b : all)
        kept.insert(b.name);
    for (const auto &b : doomed)
        kept.remove(b.name);
    QSet<QString> expected;
    for (QDate d(2026, 3, 25); d <= QDate(2026, 3, 31); d = d.addDays(1))
        expected.insert(d.toString(Qt::ISODate)); // the last 7 days
    // The newest backup of each of the last 12 months: March 2026 is one of them (its 31st).
    for (QDate m(2025, 4, 1); m <= QDate(2026, 2, 1); m = m.addMonths(1))
        expected.insert(QDate(m.year(), m.month(), m.daysInMonth()).toString(Qt::ISODate));
    QCOMPARE(kept, expected);
    QCOMPARE(doomed.size(), all.size() - expected.size());
    QCOMPARE(doomed.first().name, QStringLiteral("2025-01-01")); // oldest first
}

void TestBackup::retentionKeepsTheNewestOfADay()
{
    // Opened and closed twice on one day: the day keeps its newest backup.
    const QDate day(2026, 12, 5);
    QList<BackupRetention::Backup> all {{QStringLiteral("c-2026-12-05-0900"), day},
                                        {QStringLiteral("c-2026-12-05-1730"), day},
                                        {QStringLiteral("c-2026-12-04-1700"), day.addDays(-1)}};
    QCOMPARE(names(BackupRetention::toDelete(all, 7, 0)),
             QStringList {QStringLiteral("c-2026-12-05-0900")});
    // No daily and no monthly backups kept: everything goes.
    QCOMPARE(BackupRetention::toDelete(all, 0, 0).size(), 3);
}

void TestBackup::retentionWithFewBackupsKeepsAll()
{
    QList<BackupRetention::Backup> all {daily(QDate(2026, 1, 3)), daily(QDate(2026, 11, 30)),
                                        daily(QDate(2026, 12, 1))};
    QVERIFY(BackupRetention::toDelete(all, BackupRetention::kDefaultDaily,
                                      BackupRetention::kDefaultMonthly)
                    .isEmpty());
}

void TestBackup::backupVerifiesWithTheOriginalsHead()
{
    const QString file = m_dir.filePath(QStringLiteral("company.ardesk"));
    auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
    VERIFY_OK(db);
    Client acme = makeClient(QStringLiteral("ACME"), QStringLiteral("Acme Corp"));
    VERIFY_OK(ClientService(db.value(), 0).createClient(acme));
    const QString out = m_dir.filePath(QStringLiteral("copy.ardesk"));
    auto made = BackupService::backup(*db.value(), 0, out);
    VERIFY_OK(made);
    QCOMPARE(made.value().path, out);
    QVERIFY(made.value().bytes > 0);
    auto proved = BackupService::check(out);
    VERIFY_OK(proved);
    QCOMPARE(proved.value().chainHead, made.value().chainHead);
    QCOMPARE(readValue(out, QStringLiteral("SELECT name FROM clients WHERE code = 'ACME'"))
                     .toString(),
             QStringLiteral("Acme Corp"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("copy.ardesk*")}, QDir::Files),
             QStringList {QStringLiteral("copy.ardesk")});
}

void TestBackup::backupIsRefusedOverAnExistingFile()
{
    const QString file = m_dir.filePath(QStringLiteral("company.ardesk"));
    auto db = Database::open(file, Database::OpenMode::CreateIfMissing);
    VERIFY_OK(db);
    const QString out = m_dir.filePath(QStringLiteral("taken.ardesk"));
    QVERIFY(writeFile(out, QByteArray("keep me")));
    auto refused = BackupService::backup(*db.value(), 0, out);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY(refused.errorString().contains(QStringLiteral("already exists")));
    QCOMPARE(fileSha256(out),
             QCryptographicHash::hash("keep me", QCryptographicHash::Sha256).toHex());
    VERIFY_OK(BackupService::backup(*db.value(), 0, out, BackupService::Existing::Replace));
    auto self = BackupService::backup(*db.value(), 0, file, BackupService::Existing::Replace);
    QVERIFY(!self.ok());
}

void TestBackup::checkRefusesWhatIsNotAProvedBackup()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(text,
                      QByteArray("not a database, just some text that is long enough to "
                                 "hold a header of one hundred bytes, or nearly so.......")));
    QCOMPARE(BackupService::check(text).error().code, ErrorCode::NotACompanyFile);
    QVERIFY(!BackupService::check(m_dir.filePath(QStringLiteral("none.ardesk"))).ok());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.ardesk"))));
}

void TestBackup::automaticBackupsOnFirstOpenAndCloseArePruned()
{
    auto clock = FixedClock::atNoon(QDate(2026, 11, 20));
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    options.clock = clock;
    auto db = Database::open(m_dir.filePath(QStringLiteral("acme.ardesk")), options);
    VERIFY_OK(db);
    const QDir folder(m_dir.filePath(QStringLiteral("backups")));
    auto listed = [&] {
        return folder.entryList({QStringLiteral("acme-*.ardesk")}, QDir::Files, QDir::Name);
    };
    BackupService::AutomaticPolicy policy;
    policy.daily = 3;
    policy.monthly = 2;
    // The first open of the day takes one; a second open the same day does not; closing does.
    auto first
            = BackupService::automatic(*db.value(), policy, BackupService::Trigger::FirstOpenOfDay);
    VERIFY_OK(first);
    QVERIFY(first.value().endsWith(QStringLiteral("/backups/acme-2026-11-20-120000.ardesk")));
    VERIFY_OK(BackupService::check(first.value()));
    clock->advanceSeconds(3600);
    auto again
            = BackupService::automatic(*db.value(), policy, BackupService::Trigger::FirstOpenOfDay);
    VERIFY_OK(again);
    QCOMPARE(again.value(), QString());
    clock->advanceSeconds(3600);
    VERIFY_OK(BackupService::automatic(*db.value(), policy, BackupService::Trigger::Close));
    // The day keeps its newest backup.
    QCOMPARE(listed(), QStringList {QStringLiteral("acme-2026-11-20-140000.ardesk")});
    // Ten days later, one open a day: the last 3 days and the newest of 2 months are left.
    for (int d = 0; d < 14; ++d) {
        clock->advanceDays(1);
        VERIFY_OK(BackupService::automatic(*db.value(), policy,
                                           BackupService::Trigger::FirstOpenOfDay));
    }
    QCOMPARE(listed(),
             (QStringList {QStringLiteral("acme-2026-11-30-140000.ardesk"),
                           QStringLiteral("acme-2026-12-02-140000.ardesk"),
                           QStringLiteral("acme-2026-12-03-140000.ardesk"),
                           QStringLiteral("acme-2026-12-04-140000.ardesk")}));
    // Off: nothing is taken.
    policy.enabled = false;
    auto off = BackupService::automatic(*db.value(), policy, BackupService::Trigger::Close);
    VERIFY_OK(off);
    QCOMPARE(off.value(), QString());
}

void TestBackup::automaticBackupsFollowTheCompanySettings()
{
    auto clock = FixedClock::atNoon(QDate(2026, 11, 20));
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    options.clock = clock;
    auto db = Database::open(m_dir.filePath(QStringLiteral("acme.ardesk")), options);
    VERIFY_OK(db);
    // The defaults: on, a `backups` folder beside the file, 7 days and 12 months.
    auto defaults = CompanySettings::load(*db.value());
    VERIFY_OK(defaults);
    QVERIFY(defaults.value().backupEnabled);
    QCOMPARE(defaults.value().backupFolder, QString());
    QCOMPARE(defaults.value().backupDays, 7);
    QCOMPARE(defaults.value().backupMonths, 12);
    auto first = BackupService::automatic(*db.value(), BackupService::Trigger::FirstOpenOfDay);
    VERIFY_OK(first);
    QCOMPARE(first.value(),
             m_dir.filePath(QStringLiteral("backups/acme-2026-11-20-120000.ardesk")));

    // A relative folder is read from the company file's folder, wherever the process runs.
    CompanySettings s = defaults.value();
    s.companyName = QStringLiteral("Acme");
    s.backupFolder = QStringLiteral("../acme-safe");
    VERIFY_OK(inTransaction(*db.value(), [&] { return s.save(*db.value()); }));
    auto reloaded = CompanySettings::load(*db.value());
    VERIFY_OK(reloaded);
    QCOMPARE(reloaded.value().backupFolder, QStringLiteral("../acme-safe"));
    clock->advanceSeconds(60);
    auto moved = BackupService::automatic(*db.value(), BackupService::Trigger::Close);
    VERIFY_OK(moved);
    QCOMPARE(QFileInfo(moved.value()).absolutePath(),
             QDir::cleanPath(m_dir.filePath(QStringLiteral("../acme-safe"))));
    VERIFY_OK(BackupService::check(moved.value()));
    QDir(QFileInfo(moved.value()).absolutePath()).removeRecursively();

    // Off: none is taken, on open or on close.
    s.backupEnabled = false;
    VERIFY_OK(inTransaction(*db.value(), [&] { return s.save(*db.value()); }));
    clock->advanceDays(1);
    for (auto trigger : {BackupService::Trigger::FirstOpenOfDay, BackupService::Trigger::Close}) {
        auto none = BackupService::automatic(*db.value(), trigger);
        VERIFY_OK(none);
        QCOMPARE(none.value(), QString());
    }
}

void TestBackup::backupSettingsAreCheckedNamingTheField()
{
    CompanySettings s;
    s.companyName = QStringLiteral("Acme");
    VERIFY_OK(s.validate());
    s.backupDays = 0;
    QVERIFY(!s.validate());
    QVERIFY2(s.validate().errorString().contains(QStringLiteral("daily backups kept: 0")),
             qPrintable(s.validate().errorString()));
    s.backupDays = 7;
    s.backupMonths = 121;
    QVERIFY2(s.validate().errorString().contains(QStringLiteral("monthly backups kept: 121")),
             qPrintable(s.validate().errorString()));
    s.backupMonths = 0; // no monthly backups: allowed
    VERIFY_OK(s.validate());
    s.backupFolder = QStringLiteral("/srv/backups\nrm -rf");
    QVERIFY2(s.validate().errorString().contains(QStringLiteral("backup folder")),
             qPrintable(s.validate().errorString()));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
