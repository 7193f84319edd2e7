// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/activityquery.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

namespace ardesk {

/// All client activity as a table: when (in the company's zone), who, the client, the channel,
/// the outcome and the note's first line. Rows come from ReportService::activity, loaded by the
/// caller off the GUI thread, a page at a time (appendEntries adds the next page).
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Clerk, Client, Channel, Outcome, Summary, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, NoteIdRole, ClientIdRole };

    explicit ActivityModel(QObject *parent = nullptr);

    void setEntries(QList<ActivityQuery::Entry> entries);
    void appendEntries(const QList<ActivityQuery::Entry> &entries);
    const QList<ActivityQuery::Entry> &entries() const { return m_entries; }
    /// How times are written (the company's locale) and in which zone (the company's).
    void setLocale(const QLocale &locale);
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const ActivityQuery::Entry &entry, int column) const;

    QList<ActivityQuery::Entry> m_entries;
    QLocale m_locale;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace ardesk
