// SPDX-License-Identifier: MIT
#include "models/notetimelinemodel.h"

#include "core/domain/money.h"
#include "core/support/dateformat.h"

#include <QJsonArray>
#include <QMimeDatabase>

namespace ardesk {

NoteTimelineModel::NoteTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void NoteTimelineModel::setEntries(QList<NoteService::Entry> entries,
                                   QHash<qint64, QString> invoiceNumbers,
                                   QHash<QString, QString> templateNames)
{
    beginResetModel();
    m_all = std::move(entries);
    m_invoiceNumbers = std::move(invoiceNumbers);
    m_templateNames = std::move(templateNames);
    rebuild();
    endResetModel();
}

void NoteTimelineModel::setFilter(const NoteFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void NoteTimelineModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void NoteTimelineModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_filter.matches(m_all.at(i).note))
            m_shown.append(i);
    }
}

const NoteService::Entry *NoteTimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

int NoteTimelineModel::rowOfNote(qint64 noteId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).note.id == noteId)
            return row;
    }
    return -1;
}

QList<QPair<qint64, QString>> NoteTimelineModel::authors() const
{
    QList<QPair<qint64, QString>> list;
    QSet<qint64> seen;
    for (const NoteService::Entry &e : m_all) {
        if (e.note.authorId && !seen.contains(e.note.authorId)) {
            seen.insert(e.note.authorId);
            list.append({e.note.authorId, e.authorName});
        }
    }
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    return list;
}

int NoteTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QString NoteTimelineModel::shownValue(const QJsonValue &value) const
{
    // Date fields are stored as ISO text ("2026-12-11"): shown as every date is.
    const QString text = value.toVariant().toString();
    if (text.size() == 10) {
        if (const QDate d = QDate::fromString(text, Qt::ISODate); d.isValid())
            return dateformat::date(m_locale, d);
    }
    return text;
}

QString NoteTimelineModel::fieldsSummary(const Note &note) const
{
    if (note.templateKey.isEmpty())
        return QString();
    QStringList parts;
    for (auto it = note.fields.constBegin(); it != note.fields.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isObject() && v.toObject().contains(QStringLiteral("amount_minor"))) {
            const QJsonObject o = v.toObject();
            text = Money::fromMinor(o.value(QStringLiteral("amount_minor")).toInteger(),
                                    o.value(QStringLiteral("currency")).toString())
                           .format(m_locale);
        } else if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray()) {
                if (item.isObject()) {
                    const QJsonObject o = item.toObject();
                    items << tr("%1 on %2")
                                     .arg(Money::fromMinor(
                                                  o.value(QStringLiteral("amount_minor"))
                                                          .toInteger(),
                                                  o.value(QStringLiteral("currency")).toString())
                                                  .format(m_locale),
                                          shownValue(o.value(QStringLiteral("date"))));
                } else {
                    items << item.toVariant().toString();
                }
            }
            text = items.join(QStringLiteral(", "));
        } else {
            text = shownValue(v);
        }
        if (!text.isEmpty())
            parts << QStringLiteral("%1: %2").arg(it.key(), text);
    }
    return QStringLiteral("%1 — %2").arg(m_templateNames.value(note.templateKey, note.templateKey),
                                         parts.join(QStringLiteral("; ")));
}

QVariant NoteTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NoteService::Entry &e = *entryAt(index.row());
    const Note &n = e.note;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return n.text;
    case NoteIdRole:
        return n.id;
    case RevisionRole:
        return n.revision;
    case ChannelRole:
        return toString(n.channel);
    case ChannelNameRole:
        return displayName(n.channel);
    case DirectionRole:
        return toString(n.direction);
    case ContactRole:
        return n.contactName;
    case OutcomeRole:
        return n.outcome == NoteOutcome::None ? QString() : displayName(n.outcome);
    case AuthorRole:
        return e.authorName;
    case OccurredAtRole:
        return n.occurredAt;
    case RecordedAtRole:
        return n.recordedAt;
    case NextContactRole:
        return n.nextContactDate;
    case NoFollowUpRole:
        return n.noFollowUpNeeded;
    case RevisedRole:
        return e.revisionCount > 1;
    case AttachmentNamesRole: {
        QStringList names;
        for (const AttachmentInfo &a : e.attachments)
            names << a.displayName;
        return names;
    }
    case AttachmentChipsRole: {
        QStringList chips;
        const QMimeDatabase mimes;
        auto describe = [&mimes](const QString &mime) {
            const QString comment = mimes.mimeTypeForName(mime).comment();
            return comment.isEmpty() ? mime : comment;
        };
        for (const AttachmentInfo &a : e.attachments) {
            const QString size = m_locale.formattedDataSize(a.size);
            chips << (a.mimeMismatch ? tr("%1 (%2, %3 — the name says %4)")
                                               .arg(a.displayName, size, describe(a.detectedMime),
                                                    describe(a.claimedMime))
                                     : tr("%1 (%2, %3)")
                                               .arg(a.displayName, size, describe(a.detectedMime)));
        }
        return chips;
    }
    case AttachmentMismatchRole: {
        QVariantList mismatch;
        for (const AttachmentInfo &a : e.attachments)
            mismatch << a.mimeMismatch;
        return mismatch;
    }
    case AttachmentIdsRole: {
        QVariantList ids;
        for (const AttachmentInfo &a : e.attachments)
            ids << a.id;
        return ids;
    }
    case FieldsSummaryRole:
        return fieldsSummary(n);
    case InvoicesRole: {
        QStringList numbers;
        for (qint64 id : n.invoiceIds)
            numbers << m_invoiceNumbers.value(id, QStringLiteral("#%1").arg(id));
        return numbers.join(QStringLiteral(", "));
    }
    case HeaderRole: {
        QStringList parts;
        parts << (n.channel == NoteChannel::Internal
                          ? displayName(n.channel)
                          : tr("%1 %2").arg(displayName(n.channel),
                                            n.direction == NoteDirection::Inbound ? tr("in")
                                                                                  : tr("out")));
        if (!n.contactName.isEmpty())
            parts << n.contactName;
        if (n.outcome != NoteOutcome::None)
            parts << displayName(n.outcome);
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::ToolTipRole:
        return tr("Recorded %1 by %2")
                .arg(dateformat::dateTime(m_locale, n.recordedAt.toLocalTime()), e.authorName);
    default:
        return {};
    }
}

} // namespace ardesk
