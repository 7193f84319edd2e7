// SPDX-License-Identifier: MIT
#include "core/domain/auditentry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace ardesk {

namespace {

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Null:
        return AuditEntry::tr("(none)");
    case QJsonValue::Bool:
        return v.toBool() ? AuditEntry::tr("yes") : AuditEntry::tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        return double(i) == d ? QString::number(i) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString().isEmpty() ? AuditEntry::tr("(empty)") : v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

/// Field by field, nested objects dotted; keys in the order of `after`, then those only `before`
/// has.
void diff(const QString &prefix, const QJsonObject &before, const QJsonObject &after,
          QList<AuditChange> &out)
{
    QStringList keys = after.keys();
    for (const QString &k : before.keys()) {
        if (!after.contains(k))
            keys << k;
    }
    for (const QString &k : keys) {
        const QJsonValue b = before.value(k);
        const QJsonValue a = after.value(k);
        if (b == a)
            continue;
        const QString field = prefix.isEmpty() ? k : prefix + u'.' + k;
        if (b.isObject() && a.isObject()) {
            diff(field, b.toObject(), a.toObject(), out);
            continue;
        }
        out.append(AuditChange {field, valueText(b), valueText(a)});
    }
}

QString cut(const QString &text, int max)
{
    QString oneLine = text;
    oneLine.replace(u'\n', u' ');
    return oneLine.size() > max ? oneLine.left(max) + QStringLiteral("…") : oneLine;
}

} // namespace

QString AuditEntry::userShown() const
{
    if (!userDisplayName.isEmpty())
        return userDisplayName;
    return userName.isEmpty() ? tr("(unknown)") : userName;
}

QString AuditEntry::entityText(const QString &entity)
{
    static const QHash<QString, const char *> names = {
            {QStringLiteral("client"), QT_TR_NOOP("Client")},
            {QStringLiteral("contact"), QT_TR_NOOP("Contact")},
            {QStringLiteral("invoice"), QT_TR_NOOP("Invoice")},
            {QStringLiteral("payment"), QT_TR_NOOP("Payment")},
            {QStringLiteral("note"), QT_TR_NOOP("Note")},
            {QStringLiteral("promise"), QT_TR_NOOP("Promise")},
            {QStringLiteral("dispute"), QT_TR_NOOP("Dispute")},
            {QStringLiteral("payment_plan"), QT_TR_NOOP("Payment plan")},
            {QStringLiteral("task"), QT_TR_NOOP("Task")},
            {QStringLiteral("outbox"), QT_TR_NOOP("E-mail")},
            {QStringLiteral("call_attempt"), QT_TR_NOOP("Dialled call")},
            {QStringLiteral("settings"), QT_TR_NOOP("Settings")},
            {QStringLiteral("user"), QT_TR_NOOP("User")},
            {QStringLiteral("template"), QT_TR_NOOP("Template")},
            {QStringLiteral("reminder_policy"), QT_TR_NOOP("Reminder policy")},
            {QStringLiteral("import"), QT_TR_NOOP("Import")},
    };
    const auto it = names.constFind(entity);
    return it == names.cend() ? entity : tr(it.value());
}

QString AuditEntry::whatText() const
{
    QString act = action;
    act.replace(u'_', u' ');
    if (entityId == 0)
        return tr("%1: %2").arg(entityText(entity), act);
    // Named as people know it (invoice number, client code, contact or template name), else by id.
    for (const char *key : {"number", "code", "name"}) {
        for (const QJsonObject *o : {&after, &before}) {
            const QString label = o->value(QLatin1String(key)).toString();
            if (!label.isEmpty())
                return tr("%1 %2: %3").arg(entityText(entity), label, act);
        }
    }
    return tr("%1 %2: %3").arg(entityText(entity)).arg(entityId).arg(act);
}

QList<AuditChange> AuditEntry::changes() const
{
    QList<AuditChange> out;
    diff(QString(), before, after, out);
    return out;
}

QString AuditEntry::changeSummary(int maxValue) const
{
    QStringList parts;
    for (const AuditChange &c : changes()) {
        if (c.before.isEmpty())
            parts << tr("%1: %2").arg(c.field, cut(c.after, maxValue));
        else if (c.after.isEmpty())
            parts << tr("%1: %2 → (removed)").arg(c.field, cut(c.before, maxValue));
        else
            parts << tr("%1: %2 → %3")
                             .arg(c.field, cut(c.before, maxValue), cut(c.after, maxValue));
    }
    return parts.join(QStringLiteral("; "));
}

std::pair<QString, QString> AuditEntry::splitKind(const QString &kind)
{
    const qsizetype dot = kind.indexOf(u'.');
    if (dot < 0)
        return {kind.trimmed(), QString()};
    return {kind.left(dot).trimmed(), kind.mid(dot + 1).trimmed()};
}

} // namespace ardesk
