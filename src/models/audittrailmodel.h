// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/auditentry.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

namespace ardesk {

/// The audit trail as a table: when (in the reader's time zone), who, which client, what was
/// changed and the changed fields before → after. Rows come from AuditService, loaded by the
/// caller off the GUI thread, a page at a time (appendEntries adds the next page).
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, User, Client, What, Change, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, EntryIdRole, ClientIdRole };

    explicit AuditTrailModel(QObject *parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    /// The next page, below the rows shown.
    void appendEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    /// How times are written (the company's locale) and in which zone (the reader's).
    void setLocale(const QLocale &locale);
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const AuditEntry &entry, int column) const;
    /// Every changed field on its own line (the whole values), for the tool tip.
    static QString changesInFull(const AuditEntry &entry);

    QList<AuditEntry> m_entries;
    QLocale m_locale;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace ardesk
