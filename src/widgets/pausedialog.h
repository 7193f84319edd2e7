// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoice.h"

#include <QDate>
#include <QDialog>
#include <QLocale>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ardesk {

class ErrorLabel;

/// Client > Pause reminders… and Resume reminders…: which (the whole client or one of its open
/// invoices), until when (a pause only) and why. Collects and pre-checks; PauseService decides
/// (the reason lands in an internal note on the client's record).
class PauseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Pause, Resume };
    struct Request
    {
        qint64 invoiceId = 0; ///< 0: the whole client
        QDate until; ///< the last day reminders pause (Pause only)
        QString reason;
    };

    /// `invoices`: the client's invoices (its open ones are offered); `selected`: the invoice
    /// chosen in the workspace (0: none, the whole client is offered first); `today`: the
    /// company's date (the earliest end of a pause).
    PauseDialog(Mode mode, const QString &clientName, const QList<Invoice> &invoices,
                qint64 selected, const QDate &today, const QLocale &locale,
                QWidget *parent = nullptr);

    /// What the form holds, or the first problem naming the field.
    Result<Request> request() const;
    void showError(const QString &message);
    QString errorText() const;

Q_SIGNALS:
    void submitted(const ardesk::PauseDialog::Request &request);

private:
    void submit();

    Mode m_mode;
    QDate m_today;
    QComboBox *m_scope;
    QDateEdit *m_until;
    QLineEdit *m_reason;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ardesk
