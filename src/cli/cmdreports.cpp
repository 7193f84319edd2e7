// SPDX-License-Identifier: MIT
// `ardesk-cli kpi` and `ardesk-cli activity`: the manager's reports
// (core/services/reportservice.h), managers and admins only.
#include "cli/cliapp.h"

#include "core/domain/money.h"
#include "core/services/reportservice.h"
#include "core/storage/userrepository.h"
#include "core/support/dateformat.h"
#include "core/support/paths.h"
#include "core/support/timeutil.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk::cli {
namespace {

/// A ratio or a number of days in JSON: rounded to 2 decimals, written without trailing zeros
/// ("45.5", "100"), `null` when undefined. Written by hand: the keys' order is the contract and
/// QJsonObject sorts them.
QByteArray jsonNumber(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return "null";
    const double rounded = std::round(*value * 100.0) / 100.0;
    if (rounded == 0.0)
        return "0";
    QByteArray text = QByteArray::number(rounded, 'f', 2);
    while (text.endsWith('0'))
        text.chop(1);
    if (text.endsWith('.'))
        text.chop(1);
    return text;
}

QByteArray jsonString(const QString &text)
{
    // QJsonValue's own escaping, without the surrounding array.
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray kpiJson(const Kpi &k)
{
    return "{\"currency\":" + jsonString(k.currency) + ",\"ar_total\":"
            + QByteArray::number(k.arTotal) + ",\"ar_current\":" + QByteArray::number(k.arCurrent)
            + ",\"ar_begin\":" + QByteArray::number(k.arBegin)
            + ",\"sales\":" + QByteArray::number(k.sales) + ",\"dso\":" + jsonNumber(k.dso)
            + ",\"dso_countback\":" + jsonNumber(k.dsoCountback) + ",\"bpdso\":"
            + jsonNumber(k.bestPossibleDso) + ",\"add\":" + jsonNumber(k.averageDaysDelinquent)
            + ",\"cei\":" + jsonNumber(k.cei) + ",\"pct_current\":" + jsonNumber(k.percentCurrent)
            + ",\"pct_at_risk_90\":" + jsonNumber(k.percentAtRisk90)
            + ",\"avg_days_to_pay\":" + jsonNumber(k.averageDaysToPay)
            + ",\"promise_kept_rate\":" + jsonNumber(k.promiseKeptRate) + "}";
}

QByteArray currenciesJson(const QList<Kpi> &kpis)
{
    QByteArrayList items;
    for (const Kpi &k : kpis)
        items << kpiJson(k);
    return "[" + items.join(',') + "]";
}

/// `{"as_of","period_days","excluding_disputed","currencies":[…]}`, and with a grouping
/// `"groups":[{"key","currencies":[…]}]` after the company's currencies (key null: no clerk or
/// no segment).
QByteArray kpiReportJson(const ReportService::KpiReport &r)
{
    QByteArray out = "{\"as_of\":\"" + timeutil::toStorage(r.asOf).toLatin1()
            + "\",\"period_days\":" + QByteArray::number(r.periodDays)
            + ",\"excluding_disputed\":" + (r.excludingDisputed ? "true" : "false")
            + ",\"currencies\":" + currenciesJson(r.currencies);
    if (r.by != KpiQuery::GroupBy::Company) {
        QByteArrayList groups;
        for (const ReportService::KpiGroup &g : r.groups)
            groups << "{\"key\":" + (g.key.isEmpty() ? QByteArray("null") : jsonString(g.key))
                            + ",\"currencies\":" + currenciesJson(g.currencies) + "}";
        out += ",\"groups\":[" + groups.join(',') + "]";
    }
    return out + "}";
}

QJsonValue nameOrNull(const QString &name)
{
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
}

} // namespace

/// Who reads a report: --as, else --user (kpi only: activity's --user filters), else the OS
/// login.
Result<qint64> CliApp::reportReader(const Context &ctx, bool userIsFilter)
{
    QString name = m_args.value(QStringLiteral("as"));
    if (name.isEmpty() && !userIsFilter)
        name = m_args.value(QStringLiteral("user"));
    if (name.isEmpty())
        name = paths::osLoginName();
    auto who = UserRepository(*ctx.db).findByName(name);
    if (!who)
        return makeError(
                ErrorCode::NotFound,
                tr("no user named \"%1\" in %2 (pass --as NAME)").arg(name, ctx.db->path()));
    return who.value().id;
}

Result<KpiQuery::Spec> CliApp::kpiSpec(const Context &ctx) const
{
    KpiQuery::Spec spec;
    spec.asOf = ctx.asOf;
    if (m_args.has(QStringLiteral("period"))) {
        bool ok = false;
        const QString text = m_args.value(QStringLiteral("period"));
        spec.periodDays = text.toInt(&ok);
        if (!ok || spec.periodDays < 1 || spec.periodDays > 3660)
            return makeError(ErrorCode::InvalidValue,
                             tr("--period: \"%1\" is not a number of days (1–3660)").arg(text));
    }
    const QString by = m_args.value(QStringLiteral("by"));
    if (by == QLatin1String("clerk"))
        spec.by = KpiQuery::GroupBy::Clerk;
    else if (by == QLatin1String("segment"))
        spec.by = KpiQuery::GroupBy::Segment;
    else if (m_args.has(QStringLiteral("by")))
        return makeError(ErrorCode::InvalidValue,
                         tr("--by: \"%1\" is not clerk or segment").arg(by));
    spec.excludeDisputed = m_args.flag(QStringLiteral("exclude-disputed"));
    return spec;
}

int CliApp::cmdKpi(const Context &ctx)
{
    auto spec = kpiSpec(ctx);
    if (!spec)
        return usage(spec.errorString());
    auto reader = reportReader(ctx, false);
    if (!reader)
        return fail(reader.errorString());
    auto report = ReportService(ctx.db, reader.value()).kpis(spec.value());
    if (!report)
        return fail(report.errorString());
    if (m_args.flag(QStringLiteral("json"))) {
        m_out << QString::fromUtf8(kpiReportJson(report.value())) << "\n";
        m_out.flush();
        return 0;
    }
    const ReportService::KpiReport &r = report.value();
    m_out << (r.excludingDisputed ? tr("KPIs as of %1 over %n day(s), disputed invoices left out",
                                       nullptr, r.periodDays)
                                  : tr("KPIs as of %1 over %n day(s)", nullptr, r.periodDays))
                     .arg(dateformat::date(ctx.locale, r.asOf))
          << "\n";
    printKpis(ctx, r.currencies);
    for (const ReportService::KpiGroup &g : r.groups) {
        const QString key = !g.key.isEmpty()       ? g.key
                : r.by == KpiQuery::GroupBy::Clerk ? tr("(no clerk)")
                                                   : tr("(no segment)");
        m_out << "\n"
              << (r.by == KpiQuery::GroupBy::Clerk ? tr("Clerk %1") : tr("Segment %1")).arg(key)
              << "\n";
        printKpis(ctx, g.currencies);
    }
    m_out.flush();
    return 0;
}

/// One block per currency: amounts in the company's locale, ratios with two decimals, "—" when
/// undefined.
void CliApp::printKpis(const Context &ctx, const QList<Kpi> &kpis)
{
    if (kpis.isEmpty()) {
        m_out << "  " << tr("No receivables and no sales.") << "\n";
        return;
    }
    for (const Kpi &k : kpis) {
        auto money = [&](qint64 minor) {
            return Money::fromMinor(minor, k.currency).format(ctx.locale);
        };
        auto number = [&](const std::optional<double> &v, const QString &unit) {
            return v ? ctx.locale.toString(*v, 'f', 2) + unit : QStringLiteral("—");
        };
        const QString days = tr(" days");
        const QString pct = QStringLiteral(" %");
        const QList<std::pair<QString, QString>> rows = {
                {tr("AR (end of period)"), money(k.arTotal)},
                {tr("  not yet due"), money(k.arCurrent)},
                {tr("AR (start of period)"), money(k.arBegin)},
                {tr("Sales in the period"), money(k.sales)},
                {tr("DSO"), number(k.dso, days)},
                {tr("Countback DSO"), number(k.dsoCountback, days)},
                {tr("Best-possible DSO"), number(k.bestPossibleDso, days)},
                {tr("Average days delinquent"), number(k.averageDaysDelinquent, days)},
                {tr("CEI"), number(k.cei, pct)},
                {tr("Current"), number(k.percentCurrent, pct)},
                {tr("More than 90 days past due"), number(k.percentAtRisk90, pct)},
                {tr("Average days to pay"), number(k.averageDaysToPay, days)},
                {tr("Average days late"), number(k.averageDaysLate, days)},
                {tr("Promises kept (count)"), number(k.promiseKeptRate, pct)},
                {tr("Promises kept (amount)"), number(k.promiseKeptPercentOfPromised, pct)},
        };
        m_out << k.currency << "\n";
        for (const auto &[label, value] : rows)
            m_out << "  " << QStringLiteral("%1 %2\n").arg(label, -28).arg(value, 20);
    }
}

Result<ActivityQuery::Spec> CliApp::activitySpec(const Context &ctx) const
{
    ActivityQuery::Spec spec;
    spec.clientId = ctx.client.id;
    if (m_args.has(QStringLiteral("user"))) {
        const QString name = m_args.value(QStringLiteral("user"));
        auto u = UserRepository(*ctx.db).findByName(name);
        if (!u)
            return makeError(ErrorCode::InvalidValue,
                             tr("--user: no user named \"%1\" in this file").arg(name));
        spec.authorId = u.value().id;
    }
    if (m_args.has(QStringLiteral("channel"))) {
        const QString text = m_args.value(QStringLiteral("channel"));
        spec.channel = noteChannelFromString(text);
        if (!spec.channel)
            return makeError(ErrorCode::InvalidValue,
                             tr("--channel: \"%1\" is not call, email, text, meeting, letter or "
                                "internal")
                                     .arg(text));
    }
    for (auto [name, day] : {std::pair {"since", &spec.since}, std::pair {"until", &spec.until}}) {
        auto d = m_args.date(QString::fromLatin1(name));
        if (!d)
            return d.error();
        *day = d.value();
    }
    for (auto [name, number, low] :
         {std::tuple {"limit", &spec.limit, 1}, std::tuple {"offset", &spec.offset, 0}}) {
        const QString key = QString::fromLatin1(name);
        if (!m_args.has(key))
            continue;
        bool ok = false;
        *number = m_args.value(key).toInt(&ok);
        if (!ok || *number < low || (key == QLatin1String("limit") && *number > 10000))
            return makeError(ErrorCode::InvalidValue,
                             tr("--%1: \"%2\" is not a number (%3)")
                                     .arg(key, m_args.value(key),
                                          low ? QStringLiteral("1–10000") : tr("0 or more")));
    }
    if (spec.since.isValid() && spec.until.isValid() && spec.until < spec.since)
        return makeError(
                ErrorCode::InvalidValue,
                tr("--until: %1 is before --since %2")
                        .arg(spec.until.toString(Qt::ISODate), spec.since.toString(Qt::ISODate)));
    return spec;
}

int CliApp::cmdActivity(const Context &ctx)
{
    auto spec = activitySpec(ctx);
    if (!spec)
        return usage(spec.errorString());
    auto reader = reportReader(ctx, true);
    if (!reader)
        return fail(reader.errorString());
    auto activity = ReportService(ctx.db, reader.value()).activity(spec.value());
    if (!activity)
        return fail(activity.errorString());
    const ReportService::Activity &a = activity.value();
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray totals;
        for (const ActivityQuery::ClerkTotals &t : a.totals)
            totals.append(QJsonObject {{QStringLiteral("user"), nameOrNull(t.userName)},
                                       {QStringLiteral("calls"), t.calls},
                                       {QStringLiteral("emails"), t.emails},
                                       {QStringLiteral("texts"), t.texts},
                                       {QStringLiteral("notes"), t.notes},
                                       {QStringLiteral("promises_made"), t.promisesMade},
                                       {QStringLiteral("promises_kept"), t.promisesKept}});
        QJsonArray entries;
        for (const ActivityQuery::Entry &e : a.entries)
            entries.append(QJsonObject {{QStringLiteral("note_id"), e.noteId},
                                        {QStringLiteral("at"), timeutil::toStorage(e.occurredAt)},
                                        {QStringLiteral("client"), e.clientCode},
                                        {QStringLiteral("client_name"), e.clientName},
                                        {QStringLiteral("channel"), toString(e.channel)},
                                        {QStringLiteral("direction"), toString(e.direction)},
                                        {QStringLiteral("outcome"), toString(e.outcome)},
                                        {QStringLiteral("user"), nameOrNull(e.authorName)},
                                        {QStringLiteral("contact"), e.contactName},
                                        {QStringLiteral("summary"), e.summary}});
        printJson(QJsonObject {{QStringLiteral("totals"), totals},
                               {QStringLiteral("entries"), entries}});
        return 0;
    }
    printActivity(ctx, a);
    return 0;
}

void CliApp::printActivity(const Context &ctx, const ReportService::Activity &a)
{
    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(tr("CLERK"), -20)
                     .arg(tr("CALLS"), 7)
                     .arg(tr("E-MAILS"), 8)
                     .arg(tr("TEXTS"), 7)
                     .arg(tr("NOTES"), 7)
                     .arg(tr("PROMISED"), 9)
                     .arg(tr("KEPT"), 6);
    for (const ActivityQuery::ClerkTotals &t : a.totals)
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                         .arg(t.userName.isEmpty() ? tr("(nobody)") : t.userName, -20)
                         .arg(t.calls, 7)
                         .arg(t.emails, 8)
                         .arg(t.texts, 7)
                         .arg(t.notes, 7)
                         .arg(t.promisesMade, 9)
                         .arg(t.promisesKept, 6);
    m_out << "\n";
    if (a.entries.isEmpty())
        m_out << tr("No activity matches.") << "\n";
    const QTimeZone zone = ctx.db->timeZone();
    for (const ActivityQuery::Entry &e : a.entries)
        m_out << dateformat::dateTimeIn(ctx.locale, e.occurredAt, zone) << "  "
              << (e.authorName.isEmpty() ? QStringLiteral("-") : e.authorName) << "  "
              << e.clientCode << "  " << displayName(e.channel) << "  " << displayName(e.outcome)
              << "  " << e.summary << "\n";
    m_out.flush();
}

} // namespace ardesk::cli
