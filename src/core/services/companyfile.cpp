// SPDX-License-Identifier: MIT
#include "core/services/companyfile.h"

#include "core/domain/user.h"
#include "core/storage/arsummary.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"
#include "core/support/translations.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ardesk {

Result<std::shared_ptr<Database>> CompanyFile::create(const QString &path,
                                                      const CompanySettings &given,
                                                      const QString &adminName,
                                                      Database::Options options,
                                                      const QString &templateLanguage)
{
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return makeError(ErrorCode::Conflict, tr("%1 already exists").arg(path));
    User admin;
    admin.name = adminName;
    admin.displayName = adminName;
    QString language = templateLanguage.isEmpty() ? translations::language() : templateLanguage;
    if (!TemplateRepository::defaultLanguages().contains(language)) {
        if (!templateLanguage.isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             tr("no default templates in the language \"%1\"").arg(language));
        language = QStringLiteral("en");
    }
    // A German company writes German dates and amounts too, unless another locale was given.
    CompanySettings settings = given;
    if (language == QLatin1String("de") && settings.locale == CompanySettings().locale) {
        const QLocale system = QLocale::system();
        settings.locale
                = system.language() == QLocale::German ? system.name() : QStringLiteral("de_DE");
    }
    if (auto v = settings.validate(); !v)
        return v.error();
    if (auto v = admin.validate(); !v)
        return v.error();
    options.mode = Database::OpenMode::CreateIfMissing;
    // The schema, the defaults, the settings, the administrator and the summary: one
    // transaction, so a failed creation leaves no half-made company.
    bool initialised = false;
    // The caller's own step runs last in the same transaction (team init: the admin's login).
    const auto andThen = options.initialise;
    options.initialise = [&](Database &db) -> Result<void> {
        initialised = true;
        // The administrator first: the settings' audit row names who set them.
        // Who creates the file runs it: they administer it and manage its collections.
        auto first = UserRepository(db).ensure(adminName,
                                               UserRoles(UserRole::Manager) | UserRole::Admin);
        if (!first)
            return first.error();
        if (auto r = settings.save(db, first.value().id); !r)
            return r.error();
        if (language != QLatin1String("en")) {
            if (auto r = TemplateRepository(db).useDefaultsOf(language); !r)
                return r.error();
        }
        if (auto r = ArSummary(db).rebuildAll(db.today()); !r)
            return r;
        return andThen ? andThen(db) : Result<void>();
    };
    auto created = Database::open(path, options);
    if (!created)
        return created;
    if (!initialised) // a team database that already holds a company
        return makeError(ErrorCode::Conflict, tr("%1 already exists").arg(path));
    return created;
}

Result<std::shared_ptr<Database>> CompanyFile::open(const QString &path, Database::Options options)
{
    options.mode = Database::OpenMode::ExistingOnly;
    return Database::open(path, options);
}

Result<std::shared_ptr<Database>> CompanyFile::open(const QString &path, const QDate &asOf,
                                                    Database::Options options)
{
    auto opened = open(path, options);
    if (!opened)
        return opened;
    if (auto a = advanceSummary(*opened.value(), asOf); !a)
        return a.error();
    return opened;
}

Result<void> CompanyFile::advanceSummary(const Database &db, const QDate &asOf)
{
    ArSummary summary(db);
    // Usually already current: check before taking the write lock.
    auto stored = summary.asOf();
    if (!stored)
        return stored.error();
    if (stored.value() == asOf)
        return {};
    return inTransaction(db, [&]() -> Result<void> {
        if (auto a = summary.advanceTo(asOf); !a)
            return a.error();
        return {};
    });
}

} // namespace ardesk
