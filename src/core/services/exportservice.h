// SPDX-License-Identifier: MIT
#pragma once

#include "core/exports/csvtablewriter.h"
#include "core/exports/exporttable.h"
#include "core/storage/activityquery.h"
#include "core/storage/clientlistquery.h"
#include "core/storage/database.h"
#include "core/storage/kpiquery.h"
#include "core/support/progress.h"

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDate>

namespace ardesk {

/// Exports (issue 14 item 4): the tables a user reads in the window — the client list, aging
/// per client, invoices, promises, and for managers the KPIs and all client activity — written as
/// CSV or XLSX row by row from the same queries the window and the CLI list them with. Reads only;
/// whoever may read the record may export it (the KPIs and the activity: whoever may read reports,
/// ReportService's rule). The window (on its worker thread) and `ardesk-cli export` both call
/// write().
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    enum class Table { Clients, Aging, Invoices, Promises, Kpi, Activity };
    enum class Format { Csv, Xlsx };

    struct Request
    {
        Table table = Table::Clients;
        QDate asOf; ///< invalid: the company's today
        ClientListQuery::Spec clients; ///< the client list's filter and order (Table::Clients)
        qint64 clientId = 0; ///< invoices and promises of one client; 0 = every client
        bool openOnly = false; ///< invoices with an open balance only
        KpiQuery::Spec kpi; ///< Table::Kpi: period, grouping, disputed (asOf is the request's)
        ActivityQuery::Spec activity; ///< Table::Activity: the filters (paging is the export's)
    };

    ExportService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// "clients" → Table::Clients; nullopt for a name that is not a table.
    static std::optional<Table> tableFromName(QStringView name);
    static QString name(Table table); ///< the CLI's word: "clients", "aging", …
    static QString title(Table table); ///< translated: "Clients", "Aging", …
    /// "csv" / "xlsx"; nullopt otherwise. formatForPath() reads the file name's suffix.
    static std::optional<Format> formatFromName(QStringView name);
    static std::optional<Format> formatForPath(const QString &path);
    /// The writer for `path` in `format` (CSV with `csv` options).
    static std::unique_ptr<TableSink> sinkFor(Format format, const QString &path,
                                              const CsvTableWriter::Options &csv = {});

    /// Writes the table into `sink` (begin, rows, finish) and returns the number of rows.
    /// `progress` gets the rows written so far (the total is not known: 0); when it is
    /// cancelled, write() stops and returns Progress::cancelledError, and the sink, left
    /// unfinished, leaves no file. Refused, writing nothing, for a user who may not read.
    Result<qint64> write(const Request &request, TableSink &sink,
                         const Progress &progress = {}) const;

private:
    using Emit = std::function<Result<void>(const QList<ExportCell> &)>;
    Result<void> clients(const Request &request, const QDate &asOf, TableSink &sink,
                         const Emit &emitRow) const;
    Result<void> aging(const QDate &asOf, TableSink &sink, const Emit &emitRow) const;
    Result<void> invoices(const Request &request, const QDate &asOf, TableSink &sink,
                          const Emit &emitRow) const;
    Result<void> promises(const Request &request, const QDate &asOf, TableSink &sink,
                          const Emit &emitRow) const;
    Result<void> kpis(const Request &request, const QDate &asOf, TableSink &sink,
                      const Emit &emitRow) const;
    Result<void> activity(const Request &request, TableSink &sink, const Emit &emitRow) const;

    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
