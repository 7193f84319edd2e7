// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoice.h"
#include "core/domain/invoicedocument.h"

#include <QHash>

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
        Document, ///< the invoice's document (its PDF), if it carries one
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, InvoiceIdRole, StatusKeyRole, HasDocumentRole };

    explicit InvoiceTableModel(QObject *parent = nullptr);

    /// The invoices and the documents they carry (by invoice id).
    void setInvoices(QList<Invoice> invoices, QHash<qint64, InvoiceDocument> documents = {});
    const QList<Invoice> &invoices() const { return m_invoices; }
    void setAsOf(const QDate &date);
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /// What's this? for a column (Qt::WhatsThisRole of its header): empty when it needs none.
    static QString whatsThis(int section);

private:
    QList<Invoice> m_invoices;
    QHash<qint64, InvoiceDocument> m_documents;
    QDate m_asOf; ///< set by the window from its clock; invalid: no day is late
    QLocale m_locale;
};

} // namespace ardesk
