// SPDX-License-Identifier: MIT
#include "core/storage/companysettings.h"

#include "core/domain/currency.h"
#include "core/domain/validation.h"
#include "core/storage/auditlog.h"
#include "core/storage/sql.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace ardesk {

Result<QLocale> companyLocale(const QSqlDatabase &db)
{
    auto name = readSetting(db, QStringLiteral("company.locale"), CompanySettings().locale);
    if (!name)
        return name.error();
    return QLocale(name.value());
}

Result<QString> readSetting(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    auto r = sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                         fallback);
    if (!r)
        return r.error();
    return r.value().toString();
}

Result<void> writeSetting(const QSqlDatabase &db, const QString &key, const QString &value)
{
    auto r = sql::exec(db,
                       QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                       {key, value.isNull() ? QStringLiteral("") : value}); // '' not NULL
    if (!r)
        return r.error();
    return {};
}

Result<void> writeSettings(const QSqlDatabase &db, qint64 userId,
                           const QList<std::pair<const char *, QString>> &values,
                           const QJsonObject &before, const QJsonObject &after)
{
    for (const auto &[key, value] : values) {
        if (auto w = writeSetting(db, QString::fromLatin1(key), value); !w)
            return w;
    }
    if (before == after)
        return {};
    return AuditLog(db, userId)
            .record(QStringLiteral("settings"), 0, QStringLiteral("update"), before, after);
}

namespace {

/// A multi-line wording printed on statements and available to templates: 1,000 characters at
/// most, no control characters but line breaks.
Result<void> checkWording(const QString &field, const QString &text)
{
    if (text.size() > 1000)
        return makeError(
                ErrorCode::InvalidValue,
                CompanySettings::tr("%1: %n character(s) at most", nullptr, 1000).arg(field));
    return validation::noControlChars(field, text, true);
}

} // namespace

Result<void> CompanySettings::validate() const
{
    if (auto r = validation::requireText(tr("company name"), companyName, 200); !r)
        return r;
    if (auto r = validation::noControlChars(tr("company name"), companyName); !r)
        return r;
    if (auto r = validation::noControlChars(tr("address"), address, true); !r)
        return r;
    if (auto r = checkWording(tr("early-payment discount wording"), discountWording); !r)
        return r;
    if (auto r = checkWording(tr("late-payment penalty wording"), latePenaltyWording); !r)
        return r;
    if (auto r = checkWording(tr("remittance details"), remittance); !r)
        return r;
    if (!Currency::isKnown(homeCurrency))
        return makeError(ErrorCode::InvalidValue,
                         tr("home currency: \"%1\" is not an ISO 4217 code").arg(homeCurrency));
    if (QLocale(locale).language() == QLocale::C && locale != QLatin1String("C"))
        return makeError(ErrorCode::InvalidValue,
                         tr("locale: \"%1\" is not a known locale").arg(locale));
    if (attachmentMaxBytes < 1048576 || attachmentMaxBytes > 1073741824)
        return makeError(ErrorCode::InvalidValue,
                         tr("attachment size limit: %1 MiB is not between 1 and 1024 MiB")
                                 .arg(attachmentMaxBytes / 1048576));
    if (timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()))
        return makeError(ErrorCode::InvalidValue,
                         tr("time zone: \"%1\" is not a known time zone (use an IANA id such as "
                            "America/Los_Angeles or Europe/Berlin)")
                                 .arg(timeZone));
    if (auto r = validation::noControlChars(tr("backup folder"), backupFolder); !r)
        return r;
    if (backupFolder.size() > 4096)
        return makeError(ErrorCode::InvalidValue,
                         tr("backup folder: %n character(s) at most", nullptr, 4096));
    if (backupDays < 1 || backupDays > 366)
        return makeError(
                ErrorCode::InvalidValue,
                tr("daily backups kept: %1 is not between 1 and 366 days").arg(backupDays));
    if (backupMonths < 0 || backupMonths > 120)
        return makeError(
                ErrorCode::InvalidValue,
                tr("monthly backups kept: %1 is not between 0 and 120 months").arg(backupMonths));
    if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12)
        return makeError(ErrorCode::InvalidValue,
                         tr("fiscal year start: month %1 is not 1–12").arg(fiscalYearStartMonth));
    return {};
}

Result<CompanySettings> CompanySettings::load(const QSqlDatabase &db)
{
    CompanySettings s;
    auto r = sql::exec(db,
                       QStringLiteral("SELECT key, value FROM settings WHERE key LIKE "
                                      "'company.%' OR key = 'attachments.max_bytes'"));
    if (!r)
        return r.error();
    while (r.value().next()) {
        const QString key = r.value().value(0).toString();
        const QString value = r.value().value(1).toString();
        if (key == QLatin1String("company.name"))
            s.companyName = value;
        else if (key == QLatin1String("company.address"))
            s.address = value;
        else if (key == QLatin1String("company.home_currency"))
            s.homeCurrency = value;
        else if (key == QLatin1String("company.locale"))
            s.locale = value;
        else if (key == QLatin1String("company.time_zone"))
            s.timeZone = value;
        else if (key == QLatin1String("company.fiscal_year_start_month"))
            s.fiscalYearStartMonth = value.toInt();
        else if (key == QLatin1String("attachments.max_bytes"))
            s.attachmentMaxBytes = value.toLongLong();
        else if (key == QLatin1String("company.discount_wording"))
            s.discountWording = value;
        else if (key == QLatin1String("company.late_penalty_wording"))
            s.latePenaltyWording = value;
        else if (key == QLatin1String("company.remittance"))
            s.remittance = value;
        else if (key == QLatin1String("company.backup_enabled"))
            s.backupEnabled = value != QLatin1String("0");
        else if (key == QLatin1String("company.backup_folder"))
            s.backupFolder = value;
        else if (key == QLatin1String("company.backup_days"))
            s.backupDays = value.toInt();
        else if (key == QLatin1String("company.backup_months"))
            s.backupMonths = value.toInt();
    }
    return s;
}

QJsonObject CompanySettings::toJson() const
{
    return QJsonObject {{QStringLiteral("name"), companyName},
                        {QStringLiteral("address"), address},
                        {QStringLiteral("home_currency"), homeCurrency},
                        {QStringLiteral("locale"), locale},
                        {QStringLiteral("time_zone"), timeZone},
                        {QStringLiteral("fiscal_year_start_month"), fiscalYearStartMonth},
                        {QStringLiteral("attachment_max_bytes"), attachmentMaxBytes},
                        {QStringLiteral("discount_wording"), discountWording},
                        {QStringLiteral("late_penalty_wording"), latePenaltyWording},
                        {QStringLiteral("remittance"), remittance},
                        {QStringLiteral("backup_enabled"), backupEnabled},
                        {QStringLiteral("backup_folder"), backupFolder},
                        {QStringLiteral("backup_days"), backupDays},
                        {QStringLiteral("backup_months"), backupMonths}};
}

Result<void> CompanySettings::save(const QSqlDatabase &db, qint64 userId) const
{
    if (auto v = validate(); !v)
        return v;
    auto before = load(db);
    if (!before)
        return before.error();
    const QList<std::pair<const char *, QString>> values = {
            {"company.name", companyName},
            {"company.address", address},
            {"company.home_currency", homeCurrency},
            {"company.locale", locale},
            {"company.time_zone", timeZone},
            {"company.fiscal_year_start_month", QString::number(fiscalYearStartMonth)},
            {"attachments.max_bytes", QString::number(attachmentMaxBytes)},
            {"company.discount_wording", discountWording},
            {"company.late_penalty_wording", latePenaltyWording},
            {"company.remittance", remittance},
            {"company.backup_enabled", backupEnabled ? QStringLiteral("1") : QStringLiteral("0")},
            {"company.backup_folder", backupFolder},
            {"company.backup_days", QString::number(backupDays)},
            {"company.backup_months", QString::number(backupMonths)},
    };
    if (auto w = writeSettings(db, userId, values, before.value().toJson(), toJson()); !w)
        return w;
    Database::setTimeZoneOf(db, QTimeZone(timeZone.toUtf8()));
    return {};
}

} // namespace ardesk
