// SPDX-License-Identifier: MIT
#include "models/todayqueuemodel.h"

#include "core/domain/money.h"

namespace ardesk {

TodayQueueModel::TodayQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TodayQueueModel::setRows(QList<TodayQueue::Row> rows, const QDate &asOf)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_asOf = asOf;
    endResetModel();
}

const TodayQueue::Row *TodayQueueModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool TodayQueueModel::removeClient(qint64 clientId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).clientId == clientId) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            return true;
        }
    }
    return false;
}

void TodayQueueModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TodayQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TodayQueue::Row &r = m_rows.at(index.row());
    const int column = index.column();
    QStringList reasons;
    for (const TodayQueue::Reason &reason : r.reasons)
        reasons << reason.text;
    switch (role) {
    case ClientIdRole:
        return r.clientId;
    case ReasonKindsRole: {
        QStringList kinds;
        for (const TodayQueue::Reason &reason : r.reasons)
            kinds << reason.kind;
        return kinds;
    }
    case Qt::ToolTipRole:
        if (column == Score)
            return tr("Priority %1 = %2").arg(r.score.total).arg(r.score.explain());
        if (column == Why)
            return reasons.join(u'\n');
        return {};
    case Qt::TextAlignmentRole:
        if (column == Score || column == Overdue || column == DaysLate)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (column) {
        case Score:
            return r.score.total;
        case Client:
            return r.code;
        case Why:
            return reasons.join(QStringLiteral("; "));
        case Overdue:
            return r.overdueMinor;
        case DaysLate:
            return r.oldestDaysLate;
        case LastContact:
            return r.lastConversation;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Score:
            return r.score.total;
        case Client:
            return QStringLiteral("%1  %2").arg(r.code, r.name);
        case Why:
            return reasons.join(QStringLiteral("; "));
        case Overdue:
            return r.overdueMinor ? Money::fromMinor(r.overdueMinor, r.currency).format(m_locale)
                                  : QString();
        case DaysLate:
            return r.oldestDaysLate > 0 ? QVariant(r.oldestDaysLate) : QVariant(QString());
        case LastContact:
            // Which fact is which (#12): an automatic e-mail is a touch, not a conversation.
            return tr("Last conversation: %1 · Last touch: %2")
                    .arg(daysAgo(r.daysSinceContact), daysAgo(r.daysSinceTouch));
        }
        return {};
    default:
        return {};
    }
}

QString TodayQueueModel::daysAgo(int days)
{
    if (days < 0)
        return tr("never");
    if (days == 0)
        return tr("today");
    return tr("%n day(s) ago", nullptr, days);
}

QVariant TodayQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole) {
        const QString text = whatsThis(section);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Score:
        return tr("Priority");
    case Client:
        return tr("Client");
    case Why:
        return tr("Why today");
    case Overdue:
        return tr("Overdue");
    case DaysLate:
        return tr("Days late");
    case LastContact:
        return tr("Last conversation · touch");
    }
    return {};
}

QString TodayQueueModel::whatsThis(int section)
{
    // What's this? on a column header: what the column means, in the user guide's words.
    switch (section) {
    case Score:
        return tr("How urgent the account is: a score out of 100 made of five parts — the amount "
                  "overdue, how late the oldest invoice is, broken promises, the days since the "
                  "last conversation and being over the credit limit. Hover a score to see its "
                  "parts; a manager sets their weights. The queue is ordered by it, then by the "
                  "amount overdue.");
    case Why:
        return tr("Every reason the account needs you today: a follow-up or call task due, a "
                  "promise due today or broken, an invoice that just fell due, a dispute you "
                  "own, a missed payment plan installment, a reminder step the account's policy "
                  "says is due, a call you dialled but did not log, or an e-mail whose sending "
                  "was interrupted.");
    case Overdue:
        return tr("The client's invoices past their due date and still unpaid, in the client's "
                  "currency. Amounts in different currencies are never added together.");
    case DaysLate:
        return tr("How many days past its due date the client's oldest unpaid invoice is.");
    case LastContact:
        return tr("A conversation is a real exchange: a meeting, a call that reached someone, a "
                  "reply or a call from the client. A touch is anything, automatic reminders and "
                  "voicemails included. Only a conversation makes an account less urgent.");
    default:
        break;
    }
    return {};
}

} // namespace ardesk
