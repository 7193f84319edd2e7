// SPDX-License-Identifier: MIT
#include "models/paymenttablemodel.h"

#include "core/support/dateformat.h"

namespace ardesk {

PaymentTableModel::PaymentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PaymentTableModel::setPayments(QList<Payment> payments, QHash<qint64, QString> invoiceNumbers)
{
    beginResetModel();
    m_payments = std::move(payments);
    m_numbers = std::move(invoiceNumbers);
    endResetModel();
}

void PaymentTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_payments.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PaymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentTableModel::appliedTo(const Payment &p) const
{
    QStringList parts;
    for (const Allocation &a : p.allocations)
        parts << tr("%1 (%2)").arg(m_numbers.value(a.invoiceId, QString::number(a.invoiceId)),
                                   Money::fromMinor(a.amountMinor, p.currency).format(m_locale));
    return parts.join(QStringLiteral(", "));
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payment &p = m_payments.at(index.row());
    const int column = index.column();
    const qint64 onAccount = p.isVoided() ? 0 : p.amountMinor - p.allocatedMinor();
    switch (role) {
    case PaymentIdRole:
        return p.id;
    case VoidedRole:
        return p.isVoided();
    case Qt::ToolTipRole:
        return p.isVoided()
                ? QVariant(tr("Voided on %1: %2")
                                   .arg(dateformat::dateTime(m_locale, p.voidedAt.toLocalTime()),
                                        p.voidReason))
                : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Amount || column == OnAccount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (column) {
        case Date:
            return p.date;
        case Amount:
            return p.amountMinor;
        case Method:
            return toString(p.method);
        case Reference:
            return p.reference;
        case AppliedTo:
            return appliedTo(p);
        case OnAccount:
            return onAccount;
        case State:
            return p.isVoided();
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return dateformat::date(m_locale, p.date);
        case Amount:
            return p.amount().format(m_locale);
        case Method:
            return displayName(p.method);
        case Reference:
            return p.reference;
        case AppliedTo:
            return appliedTo(p);
        case OnAccount:
            return onAccount > 0 ? Money::fromMinor(onAccount, p.currency).format(m_locale)
                                 : QString();
        case State:
            return p.isVoided() ? tr("Void: %1").arg(p.voidReason) : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Received");
    case Amount:
        return tr("Amount");
    case Method:
        return tr("Method");
    case Reference:
        return tr("Reference");
    case AppliedTo:
        return tr("Applied to");
    case OnAccount:
        return tr("On account");
    case State:
        return tr("Void");
    }
    return {};
}

} // namespace ardesk
