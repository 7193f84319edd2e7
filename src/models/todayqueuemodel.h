// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/todayqueue.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace ardesk {

/// The Today queue: one row per client needing action, with the reasons it is there and the
/// priority score (its parts in the tooltip), in the core's order. Rows can be taken out as the
/// clerk works through them (done for today). Loaded by the caller off the GUI thread.
class TodayQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Score, Client, Why, Overdue, DaysLate, LastContact, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ClientIdRole, ReasonKindsRole };

    explicit TodayQueueModel(QObject *parent = nullptr);

    void setRows(QList<TodayQueue::Row> rows, const QDate &asOf);
    const QList<TodayQueue::Row> &rows() const { return m_rows; }
    const TodayQueue::Row *rowAt(int row) const;
    /// Takes a client off the list (worked for today); false when it is not there.
    bool removeClient(qint64 clientId);
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// What's this? for a column (Qt::WhatsThisRole of its header): empty when it needs none.
    static QString whatsThis(int section);

private:
    /// "today", "3 days ago", "never" (-1).
    static QString daysAgo(int days);

    QList<TodayQueue::Row> m_rows;
    QDate m_asOf;
    QLocale m_locale;
};

} // namespace ardesk
