// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/outbox.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace ardesk {

/// The outbox as a table: when, to whom, subject, status, attempts, the server's reply or the
/// last error. A bounded list loaded by the caller off the GUI thread.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Created, Recipients, Subject, Status, Attempts, Detail, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, OutboxIdRole, StatusKeyRole };

    explicit OutboxTableModel(QObject *parent = nullptr);

    void setMessages(QList<OutboxMessage> messages);
    const QList<OutboxMessage> &messages() const { return m_messages; }
    void setLocale(const QLocale &locale);
    /// A user-facing name for a status ("Sent", "Failed — retrying", …).
    static QString statusText(const OutboxMessage &message, const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<OutboxMessage> m_messages;
    QLocale m_locale;
};

} // namespace ardesk
