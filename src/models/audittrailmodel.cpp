// SPDX-License-Identifier: MIT
#include "models/audittrailmodel.h"

#include "core/support/dateformat.h"

namespace ardesk {

AuditTrailModel::AuditTrailModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditTrailModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AuditTrailModel::appendEntries(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows(QModelIndex(), first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

void AuditTrailModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AuditTrailModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, When), index(rowCount() - 1, When));
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::text(const AuditEntry &e, int column) const
{
    switch (column) {
    case When:
        return dateformat::dateTime(m_locale, e.at.toTimeZone(m_zone));
    case User:
        return e.userShown();
    case Client:
        return e.clientCode.isEmpty() ? QString() : tr("%1 — %2").arg(e.clientCode, e.clientName);
    case What:
        return e.whatText();
    case Change:
        return e.changeSummary();
    }
    return QString();
}

QString AuditTrailModel::changesInFull(const AuditEntry &e)
{
    QStringList lines;
    for (const AuditChange &c : e.changes()) {
        if (c.before.isEmpty())
            lines << tr("%1: %2").arg(c.field, c.after);
        else
            lines << tr("%1: %2 → %3")
                             .arg(c.field, c.before, c.after.isEmpty() ? tr("(removed)") : c.after);
    }
    return lines.join(u'\n');
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(e, column);
    case Qt::ToolTipRole:
        return column == Change ? changesInFull(e) : text(e, column);
    case EntryIdRole:
        return e.id;
    case ClientIdRole:
        return e.clientId;
    case SortRole:
        switch (column) {
        case When:
            return e.id; // the order the changes were made in
        case User:
            return e.userShown();
        case Client:
            return e.clientCode;
        case What:
            return QString(e.entity + u'.' + e.action);
        case Change:
            return e.changeSummary();
        }
        return {};
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case User:
        return tr("User");
    case Client:
        return tr("Client");
    case What:
        return tr("What");
    case Change:
        return tr("Before → after");
    }
    return {};
}

} // namespace ardesk
