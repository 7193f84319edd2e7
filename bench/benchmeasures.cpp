// SPDX-License-Identifier: MIT
#include "benchmeasures.h"

#include "core/storage/arsummary.h"
#include "core/storage/database.h"
#include "models/clientlistmodel.h"
#include "models/databaseworker.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>

namespace ardesk::bench {

double medianMs(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.isEmpty() ? -1 : ms.at(ms.size() / 2);
}

double p95Ms(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.isEmpty()
            ? -1
            : ms.at(std::min<qsizetype>(ms.size() - 1, (ms.size() * 95 + 99) / 100 - 1));
}

SortTiming timeOverdueSort(const std::shared_ptr<Database> &db, int runs)
{
    constexpr int kWaitMs = 120000;
    QList<double> sorted, baseline;
    {
        DatabaseWorker worker(db);
        for (int i = 0; i < runs; ++i) {
            ClientListModel model(&worker);
            QSignalSpy loaded(&model, &ClientListModel::loaded);
            loaded.wait(kWaitMs);
            model.sort(ClientListModel::Name, Qt::AscendingOrder);
            loaded.wait(kWaitMs);
            QElapsedTimer t;
            t.start();
            model.sort(ClientListModel::Overdue, Qt::DescendingOrder);
            if (!loaded.wait(kWaitMs))
                break;
            sorted << double(t.nsecsElapsed()) / 1e6;
        }
    }
    QSqlDatabase conn = db->connection();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SELECT c.id, c.code, c.name FROM clients c LIMIT 100"));
        while (q.next()) { }
        baseline << double(t.nsecsElapsed()) / 1e6;
    }
    return {medianMs(sorted), medianMs(baseline)};
}

QueueSubject busiestClerk(const QSqlDatabase &conn, const QDate &fallback)
{
    QueueSubject s;
    QSqlQuery q(conn);
    if (q.exec(QStringLiteral("SELECT assigned_user_id, count(*) FROM clients WHERE archived_at IS "
                              "NULL AND assigned_user_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, "
                              "1 LIMIT 1"))
        && q.next()) {
        s.clerk = q.value(0).toLongLong();
        s.clerkClients = q.value(1).toInt();
    }
    s.asOf = ArSummary(conn).asOf().valueOr(QDate());
    if (!s.asOf.isValid())
        s.asOf = fallback;
    return s;
}

} // namespace ardesk::bench
