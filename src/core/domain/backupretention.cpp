// SPDX-License-Identifier: MIT
#include "core/domain/backupretention.h"

#include <algorithm>

#include <QSet>

namespace ardesk {

QList<BackupRetention::Backup> BackupRetention::toDelete(QList<Backup> backups, int daily,
                                                         int monthly)
{
    // Newest first; the same day's backups by name, newest name first.
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) {
        return a.day != b.day ? a.day > b.day : a.name > b.name;
    });
    QSet<QDate> days;
    QSet<int> months;
    QList<Backup> doomed;
    for (const Backup &b : std::as_const(backups)) {
        bool keep = false;
        if (!days.contains(b.day) && days.size() < daily) {
            days.insert(b.day);
            keep = true;
        }
        const int month = b.day.year() * 12 + b.day.month();
        if (!months.contains(month) && months.size() < monthly) {
            months.insert(month);
            keep = true;
        }
        if (!keep)
            doomed.prepend(b);
    }
    return doomed;
}

} // namespace ardesk
