// SPDX-License-Identifier: MIT
#include "models/invoicetablemodel.h"

#include "core/support/dateformat.h"

namespace ardesk {

InvoiceTableModel::InvoiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void InvoiceTableModel::setInvoices(QList<Invoice> invoices,
                                    QHash<qint64, InvoiceDocument> documents)
{
    beginResetModel();
    m_invoices = std::move(invoices);
    m_documents = std::move(documents);
    endResetModel();
}

void InvoiceTableModel::setAsOf(const QDate &date)
{
    m_asOf = date;
    if (!m_invoices.isEmpty())
        Q_EMIT dataChanged(index(0, DaysPastDue), index(rowCount() - 1, DaysPastDue));
}

void InvoiceTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_invoices.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invoice &inv = m_invoices.at(index.row());
    const int column = index.column();
    switch (role) {
    case InvoiceIdRole:
        return inv.id;
    case StatusKeyRole:
        return toString(inv.status());
    case HasDocumentRole:
        return m_documents.contains(inv.id);
    case Qt::ToolTipRole:
        if (column == Document && m_documents.contains(inv.id))
            return tr("%1 (%2, %3): right-click the invoice to open it")
                    .arg(m_documents.value(inv.id).displayName,
                         m_locale.formattedDataSize(m_documents.value(inv.id).size),
                         m_documents.value(inv.id).detectedMime);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Amount || column == Balance || column == DaysPastDue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (column) {
        case Number:
            return inv.number;
        case IssueDate:
            return inv.issueDate;
        case DueDate:
            return inv.dueDate;
        case Amount:
            return inv.amountMinor;
        case Balance:
            return inv.balanceMinor;
        case Status:
            return toString(inv.status());
        case DaysPastDue:
            return inv.daysPastDue(m_asOf);
        case PoNumber:
            return inv.poNumber;
        case Document:
            return m_documents.value(inv.id).displayName;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return inv.number;
        case IssueDate:
            return dateformat::date(m_locale, inv.issueDate);
        case DueDate:
            return dateformat::date(m_locale, inv.dueDate);
        case Amount:
            return inv.amount().format(m_locale);
        case Balance:
            return inv.balanceMinor == 0 ? QString() : inv.balance().format(m_locale);
        case Status:
            return displayName(inv.status());
        case DaysPastDue: {
            const int d = inv.daysPastDue(m_asOf);
            return d > 0 ? QVariant(d) : QVariant(QString());
        }
        case PoNumber:
            return inv.poNumber;
        case Document:
            return m_documents.value(inv.id).displayName;
        }
        return {};
    default:
        return {};
    }
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::WhatsThisRole) {
        const QString text = whatsThis(section);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Invoice");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    case Amount:
        return tr("Amount");
    case Balance:
        return tr("Balance");
    case Status:
        return tr("Status");
    case DaysPastDue:
        return tr("Days late");
    case PoNumber:
        return tr("PO");
    case Document:
        return tr("Document");
    }
    return {};
}

QString InvoiceTableModel::whatsThis(int section)
{
    // What's this? on a column header: what the column means, in the user guide's words.
    switch (section) {
    case Balance:
        return tr("What is still owed on the invoice: its amount less the payments, credit notes "
                  "and write-offs allocated to it.");
    case DaysPastDue:
        return tr("Days since the due date while the invoice is unpaid: it counts in the aging "
                  "bucket 1–30, 31–60, 61–90 or 90+.");
    default:
        break;
    }
    return {};
}

} // namespace ardesk
