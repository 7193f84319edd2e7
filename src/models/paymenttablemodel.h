// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/payment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace ardesk {

/// One client's payments with what each was applied to; voided payments stay listed, marked.
/// A bounded list loaded by the caller off the GUI thread.
class PaymentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Amount, State, Method, Reference, AppliedTo, OnAccount, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, PaymentIdRole, VoidedRole };

    explicit PaymentTableModel(QObject *parent = nullptr);

    /// `invoiceNumbers` names the invoices the allocations point at.
    void setPayments(QList<Payment> payments, QHash<qint64, QString> invoiceNumbers);
    const QList<Payment> &payments() const { return m_payments; }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString appliedTo(const Payment &p) const;

    QList<Payment> m_payments;
    QHash<qint64, QString> m_numbers;
    QLocale m_locale;
};

} // namespace ardesk
