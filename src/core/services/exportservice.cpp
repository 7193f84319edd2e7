// SPDX-License-Identifier: MIT
#include "core/services/exportservice.h"

#include "core/exports/xlsxtablewriter.h"
#include "core/services/authorization.h"
#include "core/services/companyfile.h"
#include "core/services/promiseservice.h"
#include "core/services/reportservice.h"
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
        {ExportService::Table::Clients, "clients"},   {ExportService::Table::Aging, "aging"},
        {ExportService::Table::Invoices, "invoices"}, {ExportService::Table::Promises, "promises"},
        {ExportService::Table::Kpi, "kpi"},           {ExportService::Table::Activity, "activity"},
};

/// Rows per activity page read while exporting (ActivityQuery's largest page).
constexpr int kActivityPage = 10000;

/// Rows between two looks at the progress (it throttles the reports itself).
constexpr qint64 kProgressEvery = 256;

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
    case Table::Kpi:
        return tr("KPIs");
    case Table::Activity:
        return tr("Client activity");
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
                                    const Progress &progress) const
{
    // The KPIs and the activity are a manager's: ReportService refuses others itself.
    if (auto allowed = authorize(*m_db, m_userId, Permission::ReadRecord); !allowed)
        return allowed.error();
    const QDate asOf = request.asOf.isValid() ? request.asOf : m_db->today();
    qint64 rows = 0;
    const QString stage = tr("Exporting %1").arg(title(request.table));
    progress.report(0, 0, stage);
    const Emit emitRow = [&](const QList<ExportCell> &cells) -> Result<void> {
        if (auto r = sink.row(cells); !r)
            return r;
        ++rows;
        if (rows % kProgressEvery == 0) {
            if (progress.isCancelled())
                return Progress::cancelledError(tr("export cancelled: nothing was written"));
            progress.report(rows, 0, stage);
        }
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
    case Table::Kpi:
        done = kpis(request, asOf, sink, emitRow);
        break;
    case Table::Activity:
        done = activity(request, sink, emitRow);
        break;
    }
    if (!done)
        return done.error(); // the sink is dropped unfinished: no file is left
    if (progress.isCancelled())
        return Progress::cancelledError(tr("export cancelled: nothing was written"));
    if (auto f = sink.finish(); !f)
        return f.error();
    progress.report(rows, rows, stage);
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
        const QString cur = r.terms.amount.currencyCode();
        if (auto e = emitRow({ExportCell::text(r.clientCode), ExportCell::text(r.clientName),
                              ExportCell::date(r.terms.madeOn),
                              ExportCell::date(r.terms.promisedDate), ExportCell::text(cur),
                              money(r.terms.amount.minor(), cur), money(r.outcome.paidMinor, cur),
                              ExportCell::text(displayName(r.outcome.status)),
                              ExportCell::text(r.clerkName)});
            !e)
            return e;
    }
    return {};
}

Result<void> ExportService::kpis(const Request &request, const QDate &asOf, TableSink &sink,
                                 const Emit &emitRow) const
{
    KpiQuery::Spec spec = request.kpi;
    spec.asOf = asOf;
    auto report = ReportService(m_db, m_userId).kpis(spec);
    if (!report)
        return report.error();
    if (auto b = sink.begin(title(Table::Kpi),
                            {{tr("Group"), ExportKind::Text},
                             {tr("Currency"), ExportKind::Text},
                             {tr("AR"), ExportKind::Money},
                             {tr("AR current"), ExportKind::Money},
                             {tr("AR at the start"), ExportKind::Money},
                             {tr("Sales"), ExportKind::Money},
                             {tr("DSO"), ExportKind::Number},
                             {tr("Countback DSO"), ExportKind::Number},
                             {tr("Best-possible DSO"), ExportKind::Number},
                             {tr("Average days delinquent"), ExportKind::Number},
                             {tr("CEI %"), ExportKind::Number},
                             {tr("% current"), ExportKind::Number},
                             {tr("% over 90 days"), ExportKind::Number},
                             {tr("Average days to pay"), ExportKind::Number},
                             {tr("Average days late"), ExportKind::Number},
                             {tr("Promises kept % (count)"), ExportKind::Number},
                             {tr("Promises kept % (amount)"), ExportKind::Number},
                             {tr("As of"), ExportKind::Date},
                             {tr("Period (days)"), ExportKind::Integer}});
        !b)
        return b;
    const auto ratio = [](const std::optional<double> &v) {
        return v ? ExportCell::number(*v) : ExportCell();
    };
    const auto emitKpis = [&](const QString &group, const QList<Kpi> &list) -> Result<void> {
        for (const Kpi &k : list) {
            const QString &cur = k.currency;
            if (auto e
                = emitRow({ExportCell::text(group), ExportCell::text(cur), money(k.arTotal, cur),
                           money(k.arCurrent, cur), money(k.arBegin, cur), money(k.sales, cur),
                           ratio(k.dso), ratio(k.dsoCountback), ratio(k.bestPossibleDso),
                           ratio(k.averageDaysDelinquent), ratio(k.cei), ratio(k.percentCurrent),
                           ratio(k.percentAtRisk90), ratio(k.averageDaysToPay),
                           ratio(k.averageDaysLate), ratio(k.promiseKeptRate),
                           ratio(k.promiseKeptPercentOfPromised),
                           ExportCell::date(report.value().asOf),
                           ExportCell::integer(report.value().periodDays)});
                !e)
                return e;
        }
        return {};
    };
    if (auto e = emitKpis(tr("Company"), report.value().currencies); !e)
        return e;
    for (const ReportService::KpiGroup &g : report.value().groups) {
        if (auto e = emitKpis(g.key.isEmpty() ? tr("(none)") : g.key, g.currencies); !e)
            return e;
    }
    return {};
}

Result<void> ExportService::activity(const Request &request, TableSink &sink,
                                     const Emit &emitRow) const
{
    ActivityQuery::Spec spec = request.activity;
    spec.limit = kActivityPage;
    spec.offset = 0;
    ReportService reports(m_db, m_userId);
    auto page = reports.activity(spec); // refused here, before any file exists
    if (!page)
        return page.error();
    if (auto b = sink.begin(title(Table::Activity),
                            {{tr("Day"), ExportKind::Date},
                             {tr("Time"), ExportKind::Text},
                             {tr("Client"), ExportKind::Text},
                             {tr("Client name"), ExportKind::Text},
                             {tr("Clerk"), ExportKind::Text},
                             {tr("Channel"), ExportKind::Text},
                             {tr("Direction"), ExportKind::Text},
                             {tr("Outcome"), ExportKind::Text},
                             {tr("Contact"), ExportKind::Text},
                             {tr("Summary"), ExportKind::Text}});
        !b)
        return b;
    const QTimeZone zone = m_db->timeZone();
    while (true) {
        for (const ActivityQuery::Entry &e : page.value().entries) {
            const QDateTime local = e.occurredAt.toTimeZone(zone);
            if (auto r = emitRow(
                        {ExportCell::date(local.date()),
                         ExportCell::text(local.toString(QStringLiteral("HH:mm"))),
                         ExportCell::text(e.clientCode), ExportCell::text(e.clientName),
                         ExportCell::text(e.authorName), ExportCell::text(displayName(e.channel)),
                         ExportCell::text(toString(e.direction)),
                         ExportCell::text(e.outcome == NoteOutcome::None ? QString()
                                                                         : displayName(e.outcome)),
                         ExportCell::text(e.contactName), ExportCell::text(e.summary)});
                !r)
                return r;
        }
        if (page.value().entries.size() < kActivityPage)
            return {};
        spec.offset += kActivityPage;
        page = reports.activity(spec);
        if (!page)
            return page.error();
    }
}

} // namespace ardesk
