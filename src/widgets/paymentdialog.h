// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "core/domain/invoice.h"
#include "core/domain/payment.h"

#include <QDate>
#include <QDialog>
#include <QLocale>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace ardesk {

class ErrorLabel;

/// Records a payment received from a client: date, amount, method, reference (check number),
/// applied oldest first (the core's rule, previewed row by row) or by hand, invoice by invoice.
/// What is not applied stays on account, and the dialog says how much.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Allocation { OldestFirst, ByHand };
    /// `openInvoices`: the client's invoices with a balance, in the client's currency or not
    /// (only those in the payment's currency can be paid by it).
    PaymentDialog(const Client &client, const QList<Invoice> &openInvoices, const QLocale &locale,
                  const QDate &today, QWidget *parent = nullptr);

    void setAllocation(Allocation mode);
    Allocation allocation() const;
    void setAmountText(const QString &text);
    /// Sets the amount applied to the invoice in `row` (by-hand mode).
    void setAppliedText(int row, const QString &text);
    int invoiceRows() const;
    QString appliedText(int row) const;
    QString summaryText() const;
    /// The payment with its allocations, or the first error (naming the field or invoice).
    Result<Payment> validatedPayment() const;
    void showError(const QString &message);
    QString errorText() const;

Q_SIGNALS:
    void saveRequested(const ardesk::Payment &payment, ardesk::PaymentDialog::Allocation mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFields();
    void chooseInvoices(const QList<Invoice> &openInvoices);
    void fillTable();
    enum InvoiceColumn { NumberColumn, DueColumn, BalanceColumn, ApplyColumn, InvoiceColumns };
    void retranslateUi();
    void refreshAllocation();
    Result<qint64> parseAmount(const QString &text, const QString &field) const;
    void save();

    Client m_client;
    QList<Invoice> m_invoices; ///< open, in the client's currency, oldest due first
    QLocale m_locale;
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QRadioButton *m_oldestFirst;
    QRadioButton *m_byHand;
    QTableWidget *m_table;
    QLabel *m_summary;
    ErrorLabel *m_error;
    bool m_refreshing = false;
};

} // namespace ardesk
