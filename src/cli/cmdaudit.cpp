// SPDX-License-Identifier: MIT
// `ardesk-cli audit`: the audit trail (core/services/auditservice.h), managers and admins only.
#include "cli/cliapp.h"

#include "core/services/auditservice.h"
#include "core/storage/userrepository.h"
#include "core/support/dateformat.h"
#include "core/support/paths.h"
#include "core/support/timeutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace ardesk::cli {
namespace {

QJsonValue objectOrNull(const QJsonObject &o)
{
    return o.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o);
}

QJsonObject toJson(const AuditEntry &e)
{
    return QJsonObject {
            {QStringLiteral("id"), e.id},
            {QStringLiteral("at"), timeutil::toStorage(e.at)},
            {QStringLiteral("user"),
             e.userName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.userName)},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("entity_id"), e.entityId},
            {QStringLiteral("client"),
             e.clientCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.clientCode)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("before"), objectOrNull(e.before)},
            {QStringLiteral("after"), objectOrNull(e.after)},
    };
}

} // namespace

/// The audit spec from --client (looked up by the preamble), --user, --kind, --since, --until and
/// --limit; a bad value is a usage error naming the option.
Result<AuditQuery::Spec> CliApp::auditSpec(const Context &ctx)
{
    AuditQuery::Spec spec;
    spec.clientId = ctx.client.id;
    if (m_args.has(QStringLiteral("user"))) {
        const QString name = m_args.value(QStringLiteral("user"));
        auto u = UserRepository(*ctx.db).findByName(name);
        if (!u)
            return makeError(ErrorCode::InvalidValue,
                             tr("--user: no user named \"%1\" in this file").arg(name));
        spec.userId = u.value().id;
    }
    std::tie(spec.entity, spec.action)
            = AuditEntry::splitKind(m_args.value(QStringLiteral("kind")));
    for (auto [name, day] : {std::pair {"since", &spec.since}, std::pair {"until", &spec.until}}) {
        auto d = m_args.date(QString::fromLatin1(name));
        if (!d)
            return d.error();
        *day = d.value();
    }
    if (m_args.has(QStringLiteral("limit"))) {
        bool ok = false;
        spec.limit = m_args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || spec.limit < 1 || spec.limit > 10000)
            return makeError(ErrorCode::InvalidValue,
                             tr("--limit: \"%1\" is not a number of changes (1–10000)")
                                     .arg(m_args.value(QStringLiteral("limit"))));
    }
    if (spec.since.isValid() && spec.until.isValid() && spec.until < spec.since)
        return makeError(
                ErrorCode::InvalidValue,
                tr("--until: %1 is before --since %2")
                        .arg(spec.until.toString(Qt::ISODate), spec.since.toString(Qt::ISODate)));
    return spec;
}

int CliApp::cmdAudit(const Context &ctx)
{
    auto spec = auditSpec(ctx);
    if (!spec)
        return usage(spec.errorString());
    // Who reads: --as, else the OS login (--user filters by who made the changes).
    const QString reader = m_args.value(QStringLiteral("as"), paths::osLoginName());
    auto who = UserRepository(*ctx.db).findByName(reader);
    if (!who)
        return fail(tr("no user named \"%1\" in %2 (pass --as NAME)").arg(reader, ctx.db->path()));
    auto rows = AuditService(ctx.db, who.value().id).entries(spec.value());
    if (!rows)
        return fail(rows.errorString());
    if (m_args.flag(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AuditEntry &e : rows.value())
            list.append(toJson(e));
        printJson(list);
        return 0;
    }
    // The reader's own zone (the process's), named on each line.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    for (const AuditEntry &e : rows.value()) {
        m_out << dateformat::dateTimeIn(ctx.locale, e.at, zone) << "  " << e.userShown() << "  "
              << (e.clientCode.isEmpty() ? QStringLiteral("-") : e.clientCode) << "  "
              << e.whatText();
        const QString summary = e.changeSummary();
        if (!summary.isEmpty())
            m_out << "  " << summary;
        m_out << "\n";
    }
    if (rows.value().isEmpty()) {
        // Name the filters: in `--user amelia.clark audit`, --user is whose changes, not who
        // reads (that is --as), and "nothing" must not look like an empty trail.
        QStringList filters;
        for (const char *option : {"user", "client", "kind", "since", "until"}) {
            const QString key = QString::fromLatin1(option);
            if (m_args.has(key))
                filters << QStringLiteral("--%1 %2").arg(key, m_args.value(key));
        }
        if (filters.isEmpty())
            m_out << tr("No changes match.") << "\n";
        else
            m_out << tr("No changes match %1 (--user is whose changes; --as is who reads).")
                             .arg(filters.join(QStringLiteral(", ")))
                  << "\n";
    }
    m_out.flush();
    return 0;
}

} // namespace ardesk::cli
