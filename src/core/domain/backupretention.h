// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

/// Which automatic backups to keep: the newest backup of each of the last `daily` days that have
/// one, and the newest backup of each of the last `monthly` months that have one; every other
/// backup may be deleted. A backup kept by either rule is kept. Pure; thread-safe.
class BackupRetention
{
public:
    struct Backup
    {
        QString name; ///< the file name, e.g. company-2026-12-05.ardesk
        QDate day; ///< the company's date it was taken
    };

    /// The backups of `backups` (any order) that the rule does not keep, oldest first.
    static QList<Backup> toDelete(QList<Backup> backups, int daily, int monthly);

    static constexpr int kDefaultDaily = 7;
    static constexpr int kDefaultMonthly = 12;
};

} // namespace ardesk
