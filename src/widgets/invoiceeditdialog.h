// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "core/domain/invoice.h"

#include <QDate>
#include <QDialog>
#include <QLocale>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace ardesk {

class ErrorLabel;

/// Enters a new invoice for a client or edits one (number, dates, amount, currency, PO). The due
/// date follows the client's terms until the user changes it. Amounts are read in the user's
/// locale; an invoice with payments or credits cannot change currency (the core refuses too).
class InvoiceEditDialog : public QDialog
{
    Q_OBJECT
public:
    InvoiceEditDialog(const Client &client, const QLocale &locale, const QDate &today,
                      QWidget *parent = nullptr);

    /// id 0 = a new invoice (issued today, due after the client's terms).
    void setInvoice(const Invoice &invoice);
    Result<Invoice> validatedInvoice() const;
    void showError(const QString &message);
    QString errorText() const;

Q_SIGNALS:
    void saveRequested(const ardesk::Invoice &invoice);

protected:
    void changeEvent(QEvent *event) override;

private:
    QDate m_today; ///< the company's date when the dialog opened
    void retranslateUi();
    void save();

    Client m_client;
    QLocale m_locale;
    Invoice m_invoice;
    bool m_dueTouched = false;
    QLineEdit *m_number;
    QDateEdit *m_issue;
    QDateEdit *m_due;
    QLineEdit *m_amount;
    QLineEdit *m_currency;
    QLineEdit *m_po;
    QLabel *m_applied;
    ErrorLabel *m_error;
};

} // namespace ardesk
