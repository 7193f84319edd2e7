// SPDX-License-Identifier: MIT
#include "core/domain/notedraft.h"

#include "core/support/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk {
namespace {
// The JSON keys, named once.
constexpr QLatin1String kAmendNote("amendNote");
constexpr QLatin1String kAmendRevision("amendRevision");
constexpr QLatin1String kChannel("channel");
constexpr QLatin1String kDirection("direction");
constexpr QLatin1String kContactId("contactId");
constexpr QLatin1String kContactName("contactName");
constexpr QLatin1String kOccurredAt("occurredAt");
constexpr QLatin1String kOutcome("outcome");
constexpr QLatin1String kText("text");
constexpr QLatin1String kTemplate("template");
constexpr QLatin1String kFields("fields");
constexpr QLatin1String kInvoices("invoices");
constexpr QLatin1String kNextContact("nextContact");
constexpr QLatin1String kNoFollowUp("noFollowUp");
constexpr QLatin1String kAttachments("attachments");

QJsonObject fieldsToJson(const QMap<QString, QString> &fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> fieldsFromJson(const QJsonObject &o)
{
    QMap<QString, QString> fields;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}
} // namespace

bool NoteDraft::isEmpty() const
{
    const bool anyField = std::any_of(fields.cbegin(), fields.cend(),
                                      [](const QString &v) { return !v.trimmed().isEmpty(); });
    return amendNoteId == 0 && text.trimmed().isEmpty() && !anyField && outcome == NoteOutcome::None
            && invoiceIds.isEmpty() && !nextContactDate.isValid() && !noFollowUpNeeded
            && !occurredAt.isValid() && attachFiles.isEmpty();
}

QByteArray NoteDraft::toJson() const
{
    QJsonObject o;
    if (amendNoteId) {
        o.insert(kAmendNote, amendNoteId);
        o.insert(kAmendRevision, amendRevision);
    }
    o.insert(kChannel, toString(channel));
    o.insert(kDirection, toString(direction));
    if (contactId)
        o.insert(kContactId, contactId);
    o.insert(kContactName, contactName);
    if (occurredAt.isValid())
        o.insert(kOccurredAt, timeutil::toStorage(occurredAt));
    o.insert(kOutcome, toString(outcome));
    o.insert(kText, text);
    o.insert(kTemplate, templateKey);
    o.insert(kFields, fieldsToJson(fields));
    QJsonArray invoices;
    for (qint64 id : invoiceIds)
        invoices.append(id);
    o.insert(kInvoices, invoices);
    if (nextContactDate.isValid())
        o.insert(kNextContact, timeutil::toStorage(nextContactDate));
    o.insert(kNoFollowUp, noFollowUpNeeded);
    o.insert(kAttachments, QJsonArray::fromStringList(attachFiles));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<NoteDraft> NoteDraft::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return makeError(ErrorCode::Corrupt,
                         tr("the draft cannot be read: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    NoteDraft d;
    d.amendNoteId = o.value(kAmendNote).toInteger();
    d.amendRevision = o.value(kAmendRevision).toInt();
    d.channel = noteChannelFromString(o.value(kChannel).toString()).value_or(NoteChannel::Call);
    d.direction = noteDirectionFromString(o.value(kDirection).toString())
                          .value_or(NoteDirection::Outbound);
    d.contactId = o.value(kContactId).toInteger();
    d.contactName = o.value(kContactName).toString();
    d.occurredAt = timeutil::instantFromStorage(o.value(kOccurredAt).toString());
    d.outcome = noteOutcomeFromString(o.value(kOutcome).toString()).value_or(NoteOutcome::None);
    d.text = o.value(kText).toString();
    d.templateKey = o.value(kTemplate).toString();
    d.fields = fieldsFromJson(o.value(kFields).toObject());
    for (const QJsonValue &v : o.value(kInvoices).toArray())
        d.invoiceIds.append(v.toInteger());
    d.nextContactDate = timeutil::dateFromStorage(o.value(kNextContact).toString());
    d.noFollowUpNeeded = o.value(kNoFollowUp).toBool();
    for (const QJsonValue &v : o.value(kAttachments).toArray())
        d.attachFiles.append(v.toString());
    return d;
}

} // namespace ardesk
