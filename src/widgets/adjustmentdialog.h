// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoice.h"

#include <QDate>
#include <QDialog>
#include <QLocale>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace ardesk {

class ErrorLabel;

/// Writes off what is open on an invoice, or issues a credit note against it: date, reason
/// (required; it goes into the ledger and the audit log) and, for a credit note, an amount up
/// to the open balance and an optional credit-note number.
class AdjustmentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { WriteOff, CreditNote };
    AdjustmentDialog(Kind kind, const Invoice &invoice, const QLocale &locale, const QDate &today,
                     QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    const Invoice &invoice() const { return m_invoice; }
    QDate date() const;
    QString reason() const;
    QString creditNoteNumber() const;
    /// The amount to credit (the open balance for a write-off), or the first error.
    Result<Money> amount() const;
    void showError(const QString &message);
    QString errorText() const;

Q_SIGNALS:
    void saveRequested();

private:
    void save();

    Kind m_kind;
    Invoice m_invoice;
    QLocale m_locale;
    QDateEdit *m_date;
    QLineEdit *m_amount;
    QLineEdit *m_number;
    QLineEdit *m_reason;
    ErrorLabel *m_error;
};

} // namespace ardesk
