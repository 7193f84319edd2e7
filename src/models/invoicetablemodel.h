// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoice.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace ardesk {

/// One client's invoices (a bounded list, loaded by the caller off the GUI thread).
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        IssueDate,
        DueDate,
        Amount,
        Balance,
        Status,
        DaysPastDue,
        PoNumber,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, InvoiceIdRole, StatusKeyRole };

    explicit InvoiceTableModel(QObject *parent = nullptr);

    void setInvoices(QList<Invoice> invoices);
    const QList<Invoice> &invoices() const { return m_invoices; }
    void setAsOf(const QDate &date);
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Invoice> m_invoices;
    QDate m_asOf; ///< set by the window from its clock; invalid: no day is late
    QLocale m_locale;
};

} // namespace ardesk
