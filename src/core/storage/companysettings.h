// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"
#include "core/support/result.h"
#include "core/support/timeutil.h"

#include <utility>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>

namespace ardesk {

/// Company-wide settings stored in the company file (not in QSettings): who we are, the home
/// currency, the locale used for amounts and dates, the time zone that decides the company's
/// "today", and when the fiscal year starts.
struct CompanySettings
{
    QString companyName;
    QString address;
    QString homeCurrency = QStringLiteral("USD");
    QString locale = QStringLiteral("en_US");
    int fiscalYearStartMonth = 1; ///< 1 = January
    /// IANA id (e.g. America/Los_Angeles): the company's date is the date there
    /// (Database::today()). A new file gets the creating machine's zone.
    QString timeZone = timeutil::systemZoneId();
    /// The largest file a note may carry (setting attachments.max_bytes; 1 MiB – 1 GiB).
    qint64 attachmentMaxBytes = 52428800;
    /// The early-payment discount offer, e.g. "2% off when paid within 10 days" (setting
    /// company.discount_wording; template variable {{company.discount_wording}}); empty: none.
    QString discountWording;
    /// The company's late-payment penalty wording, e.g. "Overdue amounts carry interest of 1% a
    /// month" (setting company.late_penalty_wording; {{company.late_penalty_wording}}); a
    /// statement prints the client's reminder policy's wording instead when it has one.
    QString latePenaltyWording;
    /// How to pay: bank account, remittance address (setting company.remittance;
    /// {{company.remittance}}); printed on statements; empty: none.
    QString remittance;
    /// Automatic backups taken by the window (BackupService::automatic): on the first open of
    /// each company day and on close (setting company.backup_enabled; default on).
    bool backupEnabled = true;
    /// Where they go (company.backup_folder): empty is a `backups` folder beside the company
    /// file; a relative folder is read from the company file's folder.
    QString backupFolder;
    /// How many are kept (company.backup_days 1–366, company.backup_months 0–120): the newest
    /// of each of the last N days and of each of the last M months.
    int backupDays = 7;
    int backupMonths = 12;

    Result<void> validate() const;

    static Result<CompanySettings> load(const QSqlDatabase &db);
    static Result<CompanySettings> load(const Database &db) { return load(db.connection()); }
    /// Writes all fields inside the caller's write transaction, with an audit row (before/after)
    /// naming `userId` (0 = the system, e.g. while a file is being created).
    Result<void> save(const QSqlDatabase &db, qint64 userId = 0) const;
    Result<void> save(const Database &db, qint64 userId = 0) const
    {
        return save(db.connection(), userId);
    }
    QJsonObject toJson() const;

    Q_DECLARE_TR_FUNCTIONS(CompanySettings)
};

/// The company's locale (setting company.locale): how dates and amounts are shown and read.
Result<QLocale> companyLocale(const QSqlDatabase &db);
inline Result<QLocale> companyLocale(const Database &db)
{
    return companyLocale(db.connection());
}

/// A single key in the settings table.
Result<QString> readSetting(const QSqlDatabase &db, const QString &key, const QString &fallback);
inline Result<QString> readSetting(const Database &db, const QString &key, const QString &fallback)
{
    return readSetting(db.connection(), key, fallback);
}
Result<void> writeSetting(const QSqlDatabase &db, const QString &key, const QString &value);
/// Writes `values` (key → text) and, when the settings changed (`before` vs `after`), one audit
/// row naming `userId`; inside the caller's transaction.
Result<void> writeSettings(const QSqlDatabase &db, qint64 userId,
                           const QList<std::pair<const char *, QString>> &values,
                           const QJsonObject &before, const QJsonObject &after);
inline Result<void> writeSettings(const Database &db, qint64 userId,
                                  const QList<std::pair<const char *, QString>> &values,
                                  const QJsonObject &before, const QJsonObject &after)
{
    return writeSettings(db.connection(), userId, values, before, after);
}

} // namespace ardesk
