// SPDX-License-Identifier: MIT
// `ardesk-cli export`: the client list, aging per client, invoices and promises as CSV or XLSX
// (core/services/exportservice.h, the same use case as the window's File > Export…).
#include "cli/cliapp.h"
#include "cli/progressline.h"

#include "core/services/exportservice.h"
#include "core/storage/userrepository.h"

#include <QJsonObject>

namespace ardesk::cli {

namespace {

/// --delimiter: one character, or the words comma, semicolon, tab.
Result<QChar> delimiterOption(const QString &text)
{
    if (text == QLatin1String("comma") || text == QLatin1String(","))
        return QChar(u',');
    if (text == QLatin1String("semicolon") || text == QLatin1String(";"))
        return QChar(u';');
    if (text == QLatin1String("tab") || text == QLatin1String("\t"))
        return QChar(u'\t');
    if (text.size() == 1 && text != QLatin1String("\"") && !text.front().isLetterOrNumber())
        return text.front();
    return makeError(ErrorCode::InvalidValue,
                     CliApp::tr("--delimiter: \"%1\" is not comma, semicolon, tab or one "
                                "punctuation character")
                             .arg(text));
}

} // namespace

int CliApp::cmdExport(const Context &ctx)
{
    const QString what = m_args.positional(1);
    const auto table = ExportService::tableFromName(what);
    if (!table)
        return usage(tr("export needs clients|aging|invoices|promises|kpi|activity, "
                        "not \"%1\"")
                             .arg(what));
    const QString out = m_args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("export needs --out FILE"));
    std::optional<ExportService::Format> format;
    if (m_args.has(QStringLiteral("format"))) {
        format = ExportService::formatFromName(m_args.value(QStringLiteral("format")));
        if (!format)
            return usage(tr("--format: \"%1\" is not csv or xlsx")
                                 .arg(m_args.value(QStringLiteral("format"))));
    } else {
        format = ExportService::formatForPath(out);
        if (!format)
            return usage(tr("--format csv|xlsx is needed: \"%1\" ends in neither "
                            ".csv nor .xlsx")
                                 .arg(out));
    }
    CsvTableWriter::Options csv;
    if (m_args.has(QStringLiteral("delimiter"))) {
        auto d = delimiterOption(m_args.value(QStringLiteral("delimiter")));
        if (!d)
            return usage(d.errorString());
        csv.delimiter = d.value();
    }
    const QString decimal
            = m_args.value(QStringLiteral("decimal"),
                           csv.delimiter == u',' ? QStringLiteral(".") : QStringLiteral(","));
    if (decimal != QLatin1String(".") && decimal != QLatin1String(","))
        return usage(tr("--decimal: \"%1\" is not . or ,").arg(decimal));
    csv.decimalSeparator = decimal.front();
    csv.byteOrderMark = m_args.flag(QStringLiteral("bom"));

    ExportService::Request request;
    request.table = *table;
    request.asOf = ctx.asOf;
    request.clientId = ctx.client.id;
    request.openOnly = m_args.flag(QStringLiteral("open"));
    auto spec = clientListSpec();
    if (!spec)
        return usage(spec.errorString());
    request.clients = spec.value();
    if (*table == ExportService::Table::Kpi) {
        auto kpi = kpiSpec(ctx);
        if (!kpi)
            return usage(kpi.errorString());
        request.kpi = kpi.value();
    }
    if (*table == ExportService::Table::Activity) {
        auto activity = activitySpec(ctx); // --user is who exports here: the clerk is --author
        if (!activity)
            return usage(activity.errorString());
        request.activity = activity.value();
        request.activity.authorId = 0;
        if (m_args.has(QStringLiteral("author"))) {
            const QString name = m_args.value(QStringLiteral("author"));
            auto u = UserRepository(*ctx.db).findByName(name);
            if (!u)
                return usage(tr("--author: no user named \"%1\" in this file").arg(name));
            request.activity.authorId = u.value().id;
        }
    }

    const auto sink = ExportService::sinkFor(*format, out, csv);
    ProgressLine progress(m_err, m_args.flag(QStringLiteral("json")));
    auto rows = ExportService(ctx.db, ctx.userId)
                        .write(request, *sink, progress.progress(QStringLiteral("export")));
    progress.clear();
    if (!rows)
        return fail(rows.errorString());
    if (m_args.flag(QStringLiteral("json"))) {
        printJson(QJsonObject {{QStringLiteral("table"), ExportService::name(*table)},
                               {QStringLiteral("format"),
                                *format == ExportService::Format::Xlsx ? QStringLiteral("xlsx")
                                                                       : QStringLiteral("csv")},
                               {QStringLiteral("file"), out},
                               {QStringLiteral("rows"), rows.value()}});
        return 0;
    }
    m_out << tr("%n row(s) written to %1", nullptr, int(qMin<qint64>(rows.value(), INT_MAX)))
                     .arg(out)
          << "\n";
    m_out.flush();
    return 0;
}

} // namespace ardesk::cli
