// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ardesk {

/// Creating and opening a company file: the use cases the window (MainWindow::newFile and
/// openFile) and `ardesk-cli` share.
///
/// Threading: every call works on the calling thread's connection of the file. open() may take
/// seconds when the file needs migrating: the window runs it on a short-lived thread (and that
/// thread then releases its connection).
class CompanyFile
{
public:
    /// Creates a company file at `path`: `settings` stored, `adminName` its administrator and an
    /// empty AR summary as of today (by `options.clock`, the system clock when null). What was
    /// given is checked before the file exists, so a
    /// refused create leaves no file behind. Refused when `path` is an existing non-empty file
    /// (ErrorCode::Conflict, "… already exists"). The caller owns the returned Database.
    /// The default templates are those of `templateLanguage` ("en", "de"; empty: the language
    /// the user interface speaks, translations::language(), when a set ships in it, else
    /// English): a company created on a German desktop writes German e-mails, and — when
    /// `settings` keeps the default locale (en_US) — gets the system's German locale (else
    /// de_DE) for its dates and amounts.
    static Result<std::shared_ptr<Database>> create(const QString &path,
                                                    const CompanySettings &settings,
                                                    const QString &adminName,
                                                    Database::Options options = {},
                                                    const QString &templateLanguage = {});

    /// Opens an existing company file: the checks and migrations of Database::open, nothing
    /// else.
    static Result<std::shared_ptr<Database>> open(const QString &path,
                                                  Database::Options options = {});

    /// Opens an existing company file and brings its AR summary's overdue figures to `asOf`.
    static Result<std::shared_ptr<Database>> open(const QString &path, const QDate &asOf,
                                                  Database::Options options = {});

    /// Brings the AR summary's overdue figures to `asOf` (ArSummary::advanceTo) in one write
    /// transaction; reads first and writes nothing when the summary is already at that date.
    static Result<void> advanceSummary(const Database &db, const QDate &asOf);

    Q_DECLARE_TR_FUNCTIONS(CompanyFile)
};

} // namespace ardesk
