// SPDX-License-Identifier: MIT
#include "core/storage/workflowsettings.h"

#include "core/storage/auditlog.h"
#include "core/storage/companysettings.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ardesk {

namespace {
const QString kWeightsKey = QStringLiteral("workflow.priority_weights");
const QString kGraceKey = QStringLiteral("workflow.promise_grace_days");
const QString kCapKey = QStringLiteral("workflow.contact_cap");

QJsonObject auditForm(const WorkflowSettings &s)
{
    return QJsonObject {{QStringLiteral("priority_weights"), s.weights.toJson()},
                        {QStringLiteral("promise_grace_days"), s.promiseGraceDays},
                        {QStringLiteral("contact_cap"), s.contactCapPerWeek}};
}
} // namespace

Result<WorkflowSettings> WorkflowSettings::load(const QSqlDatabase &db)
{
    WorkflowSettings s;
    auto weights = readSetting(db, kWeightsKey, QString());
    if (!weights)
        return weights.error();
    if (!weights.value().isEmpty()) {
        auto parsed = PriorityWeights::fromJson(
                QJsonDocument::fromJson(weights.value().toUtf8()).object());
        if (!parsed)
            return makeError(ErrorCode::Corrupt,
                             QStringLiteral("%1: %2").arg(kWeightsKey, parsed.errorString()));
        s.weights = parsed.value();
    }
    auto grace = readSetting(db, kGraceKey, QStringLiteral("2"));
    if (!grace)
        return grace.error();
    s.promiseGraceDays = grace.value().toInt();
    auto cap = readSetting(db, kCapKey, QStringLiteral("3"));
    if (!cap)
        return cap.error();
    bool ok = false;
    s.contactCapPerWeek = cap.value().trimmed().toInt(&ok);
    if (!ok || s.contactCapPerWeek < 0)
        return makeError(
                ErrorCode::Corrupt,
                tr("setting %1: \"%2\" is not a number of e-mails").arg(kCapKey, cap.value()));
    return s;
}

Result<void> WorkflowSettings::save(const QSqlDatabase &db, qint64 userId) const
{
    if (auto v = weights.validate(); !v)
        return v;
    if (promiseGraceDays < 0 || promiseGraceDays > 30)
        return makeError(ErrorCode::InvalidValue,
                         tr("promise grace: %1 days is not 0–30").arg(promiseGraceDays));
    if (contactCapPerWeek < 0 || contactCapPerWeek > 50)
        return makeError(
                ErrorCode::InvalidValue,
                tr("contact cap: %1 e-mails per 7 days is not 0–50").arg(contactCapPerWeek));
    auto before = load(db);
    if (!before)
        return before.error();
    if (auto w = writeSetting(
                db, kWeightsKey,
                QString::fromUtf8(QJsonDocument(weights.toJson()).toJson(QJsonDocument::Compact)));
        !w)
        return w;
    if (auto w = writeSetting(db, kGraceKey, QString::number(promiseGraceDays)); !w)
        return w;
    if (auto w = writeSetting(db, kCapKey, QString::number(contactCapPerWeek)); !w)
        return w;
    if (auto a = AuditLog(db, userId)
                         .record(QStringLiteral("settings"), 0, QStringLiteral("workflow"),
                                 auditForm(before.value()), auditForm(*this));
        !a)
        return a;
    return {};
}

} // namespace ardesk
