// SPDX-License-Identifier: MIT
#include "models/activitymodel.h"

#include "core/support/dateformat.h"

namespace ardesk {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ActivityModel::setEntries(QList<ActivityQuery::Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void ActivityModel::appendEntries(const QList<ActivityQuery::Entry> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_entries.size()),
                    int(m_entries.size() + entries.size() - 1));
    m_entries.append(entries);
    endInsertRows();
}

void ActivityModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, When), index(rowCount() - 1, When));
}

void ActivityModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, When), index(rowCount() - 1, When));
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityModel::text(const ActivityQuery::Entry &e, int column) const
{
    switch (column) {
    case When:
        return dateformat::dateTime(m_locale, e.occurredAt.toTimeZone(m_zone));
    case Clerk:
        return e.authorName.isEmpty() ? tr("(nobody)") : e.authorName;
    case Client:
        return e.clientCode + QStringLiteral(" — ") + e.clientName;
    case Channel:
        return displayName(e.channel);
    case Outcome:
        return e.outcome == NoteOutcome::None ? QString() : displayName(e.outcome);
    case Summary:
        return e.summary;
    default:
        return QString();
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ActivityQuery::Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(e, index.column());
    case Qt::ToolTipRole:
        return index.column() == Summary ? e.summary : QVariant();
    case SortRole:
        if (index.column() == When)
            return e.occurredAt;
        return text(e, index.column());
    case NoteIdRole:
        return e.noteId;
    case ClientIdRole:
        return e.clientId;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Clerk:
        return tr("Clerk");
    case Client:
        return tr("Client");
    case Channel:
        return tr("Channel");
    case Outcome:
        return tr("Outcome");
    case Summary:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ardesk
