// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/storage/companysettings.h"
#include "core/storage/database.h"
#include "core/storage/tablecopier.h"
#include "core/support/result.h"

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ardesk {

/// Moving a company to and from a team database (issue 13 item 7): creating one (`team init`),
/// copying a company file into an empty one (`team import`) and a team database into a new
/// company file (`team export`). Each either completes or leaves nothing: the target is created
/// and filled in one transaction (the team database's schema and logins included), an export is
/// written under a temporary name and renamed only once it verifies.
class TeamService
{
    Q_DECLARE_TR_FUNCTIONS(TeamService)

public:
    using Progress = TableCopier::Progress;

    /// A login of the team database for an ARDesk user.
    struct Login
    {
        QString name;
        UserRoles roles;
        bool created = false; ///< false: the server had a role of that name already
    };

    struct Created
    {
        std::shared_ptr<Database> db;
        Login admin;
    };
    /// Creates the company in the empty team database `url`: the schema (with the group roles
    /// and their GRANTs), `settings`, and `adminName` as its first administrator, both an ARDesk
    /// user and a login. Refused, with nothing changed, when the database holds a company or
    /// other tables, or the login is not a superuser.
    static Result<Created> init(const QString &url, const CompanySettings &settings,
                                const QString &adminName, Database::Options options = {});

    /// What a copy did, and the proof on both sides.
    struct Moved
    {
        QList<TableCopier::TableCount> copied;
        QList<TableCopier::TableCount> sourceRows, targetRows; ///< counted after the copy
        QString sourceHead, targetHead; ///< the chain heads as verify reads them
        QString targetProblem; ///< verify's first problem on the target; empty when it passes
        QList<Login> logins; ///< import: a login per ARDesk user
        /// Where the time went: verifying the source, creating the target with its rows (schema,
        /// copy, search index, sequences, logins, commit), counting and verifying afterwards.
        qint64 sourceVerifyMs = 0, copyMs = 0, checkMs = 0;
        bool rowsEqual() const;
    };

    /// Copies the company file `file` into the empty team database `url` (every row, blob and
    /// chain entry, ids kept), makes each user a login with its roles (no password) and verifies
    /// the result. `file` must verify and be at this build's schema version; it is only read.
    static Result<Moved> importFile(const QString &file, const QString &url,
                                    const Progress &progress = {},
                                    std::shared_ptr<const Clock> clock = {});

    enum class Existing { Refuse, Replace };
    /// Copies the team database `url` into a new company file `file` (written as a temporary
    /// file beside it and renamed once it verifies). An existing `file` is refused unless
    /// `existing` is Replace.
    static Result<Moved> exportTo(const QString &url, const QString &file, Existing existing,
                                  const Progress &progress = {},
                                  std::shared_ptr<const Clock> clock = {});
};

} // namespace ardesk
