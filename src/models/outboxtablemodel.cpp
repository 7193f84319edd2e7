// SPDX-License-Identifier: MIT
#include "models/outboxtablemodel.h"

#include "core/support/dateformat.h"

namespace ardesk {

OutboxTableModel::OutboxTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OutboxTableModel::setMessages(QList<OutboxMessage> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

void OutboxTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString OutboxTableModel::statusText(const OutboxMessage &m, const QLocale &locale)
{
    switch (m.status) {
    case OutboxStatus::Queued:
        return tr("Queued");
    case OutboxStatus::Sending:
        return tr("Sending");
    case OutboxStatus::Sent:
        return tr("Sent %1").arg(dateformat::dateTime(locale, m.sentAt.toLocalTime()));
    case OutboxStatus::Failed:
        return tr("Failed — retrying %1")
                .arg(dateformat::dateTime(locale, m.nextAttemptAt.toLocalTime()));
    case OutboxStatus::Parked:
        return tr("Not delivered — retry by hand");
    case OutboxStatus::Unknown:
        return tr("Unknown — check before sending again");
    case OutboxStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage &m = m_messages.at(index.row());
    const int column = index.column();
    switch (role) {
    case OutboxIdRole:
        return m.id;
    case StatusKeyRole:
        return toString(m.status);
    case Qt::ToolTipRole:
        // Every cell's whole text: a long recipient list, subject or status is elided on screen.
        if (column == Detail)
            return m.status == OutboxStatus::Sent ? m.serverReply : m.lastError;
        return data(index, Qt::DisplayRole);
    case SortRole:
        switch (column) {
        case Created:
            return m.createdAt;
        case Recipients:
            return m.recipients.join(QStringLiteral(", "));
        case Subject:
            return m.subject;
        case Status:
            return toString(m.status);
        case Attempts:
            return m.attempts;
        case Detail:
            return m.status == OutboxStatus::Sent ? m.serverReply : m.lastError;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Created:
            return dateformat::dateTime(m_locale, m.createdAt.toLocalTime());
        case Recipients:
            return m.recipients.join(QStringLiteral(", "));
        case Subject:
            return m.subject;
        case Status:
            return statusText(m, m_locale);
        case Attempts:
            return m.attempts;
        case Detail:
            return m.status == OutboxStatus::Sent ? m.serverReply : m.lastError;
        }
        return {};
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Queued at");
    case Recipients:
        return tr("To");
    case Subject:
        return tr("Subject");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case Detail:
        return tr("Server reply / error");
    }
    return {};
}

} // namespace ardesk
