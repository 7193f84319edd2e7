// SPDX-License-Identifier: MIT
#include "core/services/exportservice.h"

#include "core/exports/xlsxtablewriter.h"
#include "core/services/authorization.h"
#include "core/services/companyfile.h"
#include "core/services/promiseservice.h"
#include "core/storage/agingreport.h"
#include "core/storage/invoicerepository.h"

#include <QFileInfo>
#include <QHash>

namespace ardesk {

namespace {

struct TableName
{
    ExportService::Table table;
    const char *name;
};

constexpr TableName kTables[] = {
        {ExportService::Table::Clients, "clients"},
        {ExportService::Table::Aging, "aging"},
        {ExportService::Table::Invoices, "invoices"},
        {ExportService::Table::Promises, "promises"},
};

/// Rows between two progress reports.
constexpr qint64 kProgressEvery = 2000;

ExportCell money(qint64 minor, const QString &currency)
{
    return ExportCell::money(Money::fromMinor(minor, currency));
}

} // namespace

std::optional<ExportService::Table> ExportService::tableFromName(QStringView name)
{
    for (const TableName &t : kTables)
        if (name == QLatin1String(t.name))
            return t.table;
    return std::nullopt;
}

QString ExportService::name(Table table)
{
    for (const TableName &t : kTables)
        if (t.table == table)
            return QString::fromLatin1(t.name);
    return {};
}

QString ExportService::title(Table table)
{
    switch (table) {
    case Table::Clients:
        return tr("Clients");
    case Table::Aging:
        return tr("Aging");
    case Table::Invoices:
        return tr("Invoices");
    case Table::Promises:
        return tr("Promises");
    }
    return {};
}

std::optional<ExportService::Format> ExportService::formatFromName(QStringView name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    return std::nullopt;
}

std::optional<ExportService::Format> ExportService::formatForPath(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

std::unique_ptr<TableSink> ExportService::sinkFor(Format format, const QString &path,
                                                  const CsvTableWriter::Options &csv)
{
    if (format == Format::Xlsx)
        return std::make_unique<XlsxTableWriter>(path);
    return std::make_unique<CsvTableWriter>(path, csv);
}

Result<qint64> ExportService::write(const Request &request, TableSink &sink,
                                    const std::function<bool(qint64)> &progress) const
{
    if (auto allowed = authorize(*m_db, m_userId, Permission::ReadRecord); !allowed)
        return allowed.error();
    const QDate asOf = request.asOf.isValid() ? request.asOf : m_db->today();
    qint64 rows = 0;
    const Emit emitRow = [&](const QList<ExportCell> &cells) -> Result<void> {
        if (auto r = sink.row(cells); !r)
            return r;
        ++rows;
        if (progress && rows % kProgressEvery == 0 && !progress(rows))
            return makeError(ErrorCode::InvalidValue, tr("export cancelled: nothing was written"));
        return {};
    };
    Result<void> done;
    switch (request.table) {
    case Table::Clients:
        done = clients(request, asOf, sink, emitRow);
        break;
    case Table::Aging:
        done = aging(asOf, sink, emitRow);
        break;
    case Table::Invoices:
        done = invoices(request, asOf, sink, emitRow);
        break;
    case Table::Promises:
        done = promises(request, asOf, sink, emitRow);
        break;
    }
    if (!done)
        return done.error(); // the sink is dropped unfinished: no file is left
    if (auto f = sink.finish(); !f)
        return f.error();
    if (progress)
        progress(rows);
    return rows;
}

Result<void> ExportService::clients(const Request &request, const QDate &asOf, TableSink &sink,
                                    const Emit &emitRow) const
{
    // Overdue figures follow the date: the summary is moved to it first, as the list does.
    if (auto a = CompanyFile::advanceSummary(*m_db, asOf); !a)
        return a;
    auto list = ClientListQuery(*m_db).page(request.clients, 0, -1);
    if (!list)
        return list.error();
    if (auto b = sink.begin(title(Table::Clients),
                            {{tr("Code"), ExportKind::Text},
                             {tr("Name"), ExportKind::Text},
                             {tr("Status"), ExportKind::Text},
                             {tr("Currency"), ExportKind::Text},
                             {tr("Balance"), ExportKind::Money},
                             {tr("Overdue"), ExportKind::Money},
                             {tr("Days past due"), ExportKind::Integer},
                             {tr("Next contact"), ExportKind::Date},
                             {tr("Clerk"), ExportKind::Text},
                             {tr("Credit hold"), ExportKind::Text},
                             {tr("Credit limit"), ExportKind::Money}});
        !b)
        return b;
    for (const ClientListRow &r : list.value()) {
        if (auto e
            = emitRow({ExportCell::text(r.code), ExportCell::text(r.name),
                       ExportCell::text(displayName(r.status)), ExportCell::text(r.currency),
                       money(r.balanceMinor, r.currency), money(r.overdueMinor, r.currency),
                       ExportCell::integer(r.oldestDaysPastDue(asOf)),
                       ExportCell::date(r.nextContactDate), ExportCell::text(r.clerk),
                       ExportCell::text(r.creditHold ? tr("yes") : tr("no")),
                       r.creditLimitMinor ? money(r.creditLimitMinor, r.currency) : ExportCell()});
            !e)
            return e;
    }
    return {};
}

Result<void> ExportService::aging(const QDate &asOf, TableSink &sink, const Emit &emitRow) const
{
    if (auto b = sink.begin(title(Table::Aging),
                            {{tr("Code"), ExportKind::Text},
                             {tr("Name"), ExportKind::Text},
                             {tr("Clerk"), ExportKind::Text},
                             {tr("Currency"), ExportKind::Text},
                             {tr("Open invoices"), ExportKind::Integer},
                             {tr("Not due"), ExportKind::Money},
                             {tr("1–30 days"), ExportKind::Money},
                             {tr("31–60 days"), ExportKind::Money},
                             {tr("61–90 days"), ExportKind::Money},
                             {tr("Over 90 days"), ExportKind::Money},
                             {tr("Total"), ExportKind::Money},
                             {tr("As of"), ExportKind::Date}});
        !b)
        return b;
    return AgingReport::forEachClient(*m_db, asOf, [&](const AgingReport::ClientRow &r) {
        const AgingReport::Buckets &b = r.buckets;
        return emitRow({ExportCell::text(r.code), ExportCell::text(r.name),
                        ExportCell::text(r.clerk), ExportCell::text(r.currency),
                        ExportCell::integer(r.openInvoices), money(b.notDue, r.currency),
                        money(b.d1to30, r.currency), money(b.d31to60, r.currency),
                        money(b.d61to90, r.currency), money(b.d90plus, r.currency),
                        money(b.total(), r.currency), ExportCell::date(asOf)});
    });
}

Result<void> ExportService::invoices(const Request &request, const QDate &asOf, TableSink &sink,
                                     const Emit &emitRow) const
{
    // Client codes and names once (100k clients), not a join per invoice row.
    ClientListQuery::Spec everyone;
    everyone.includeArchived = true;
    everyone.sortKey = ClientListQuery::SortKey::Code;
    auto list = ClientListQuery(*m_db).page(everyone, 0, -1);
    if (!list)
        return list.error();
    QHash<qint64, const ClientListRow *> byId;
    byId.reserve(list.value().size());
    for (const ClientListRow &r : list.value())
        byId.insert(r.id, &r);
    if (auto b = sink.begin(title(Table::Invoices),
                            {{tr("Client"), ExportKind::Text},
                             {tr("Client name"), ExportKind::Text},
                             {tr("Number"), ExportKind::Text},
                             {tr("Issued"), ExportKind::Date},
                             {tr("Due"), ExportKind::Date},
                             {tr("Currency"), ExportKind::Text},
                             {tr("Amount"), ExportKind::Money},
                             {tr("Balance"), ExportKind::Money},
                             {tr("Status"), ExportKind::Text},
                             {tr("Days past due"), ExportKind::Integer},
                             {tr("PO number"), ExportKind::Text}});
        !b)
        return b;
    return InvoiceRepository(*m_db).forEach(
            request.clientId,
            request.openOnly ? InvoiceRepository::Filter::OpenOnly : InvoiceRepository::Filter::All,
            [&](const Invoice &i) {
                const ClientListRow *c = byId.value(i.clientId);
                return emitRow(
                        {ExportCell::text(c ? c->code : QString()),
                         ExportCell::text(c ? c->name : QString()), ExportCell::text(i.number),
                         ExportCell::date(i.issueDate), ExportCell::date(i.dueDate),
                         ExportCell::text(i.currency), ExportCell::money(i.amount()),
                         ExportCell::money(i.balance()), ExportCell::text(displayName(i.status())),
                         ExportCell::integer(i.daysPastDue(asOf)), ExportCell::text(i.poNumber)});
            });
}

Result<void> ExportService::promises(const Request &request, const QDate &asOf, TableSink &sink,
                                     const Emit &emitRow) const
{
    auto rows = PromiseService(m_db, m_userId).list(request.clientId, asOf);
    if (!rows)
        return rows.error();
    if (auto b = sink.begin(title(Table::Promises),
                            {{tr("Client"), ExportKind::Text},
                             {tr("Client name"), ExportKind::Text},
                             {tr("Made on"), ExportKind::Date},
                             {tr("Promised for"), ExportKind::Date},
                             {tr("Currency"), ExportKind::Text},
                             {tr("Amount"), ExportKind::Money},
                             {tr("Paid"), ExportKind::Money},
                             {tr("Status"), ExportKind::Text},
                             {tr("Clerk"), ExportKind::Text}});
        !b)
        return b;
    for (const PromiseService::Row &r : rows.value()) {
        const QString &cur = r.terms.currency;
        if (auto e = emitRow({ExportCell::text(r.clientCode), ExportCell::text(r.clientName),
                              ExportCell::date(r.terms.madeOn),
                              ExportCell::date(r.terms.promisedDate), ExportCell::text(cur),
                              money(r.terms.amountMinor, cur), money(r.outcome.paidMinor, cur),
                              ExportCell::text(displayName(r.outcome.status)),
                              ExportCell::text(r.clerkName)});
            !e)
            return e;
    }
    return {};
}

} // namespace ardesk
