// SPDX-License-Identifier: MIT
#include "widgets/adjustmentdialog.h"

#include "core/support/dateformat.h"
#include "widgets/errorlabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ardesk {

AdjustmentDialog::AdjustmentDialog(Kind kind, const Invoice &invoice, const QLocale &locale,
                                   const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_invoice(invoice)
    , m_locale(locale)
    , m_date(new QDateEdit(today, this))
    , m_amount(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("AdjustmentDialog"));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateformat::datePattern(m_locale));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_number->setObjectName(QStringLiteral("creditNoteNumber"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_error->setObjectName(QStringLiteral("error"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    if (kind == Kind::CreditNote) {
        form->addRow(tr("&Amount (%1):").arg(invoice.currency), m_amount);
        form->addRow(tr("Credit note &number:"), m_number);
        setWindowTitle(tr("Credit note against invoice %1").arg(invoice.number));
        intro->setText(tr("Reduces the open balance of invoice %1 (%2) without money received.")
                               .arg(invoice.number, invoice.balance().format(locale)));
    } else {
        m_amount->hide();
        m_number->hide();
        setWindowTitle(tr("Write off invoice %1").arg(invoice.number));
        intro->setText(tr("Writes off the open balance of %1 on invoice %2. The invoice stays on "
                          "file as written off.")
                               .arg(invoice.balance().format(locale), invoice.number));
    }
    form->addRow(tr("&Reason:"), m_reason);
    m_reason->setPlaceholderText(tr("Required; kept in the ledger and the audit log"));
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QDate AdjustmentDialog::date() const
{
    return m_date->date();
}

QString AdjustmentDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString AdjustmentDialog::creditNoteNumber() const
{
    return m_number->text().trimmed();
}

Result<Money> AdjustmentDialog::amount() const
{
    if (m_kind == Kind::WriteOff)
        return m_invoice.balance();
    const auto currency = Currency::fromCode(m_invoice.currency);
    if (!currency)
        return makeError(ErrorCode::InvalidValue, tr("Currency: unknown"));
    auto amount = Money::parse(m_amount->text().trimmed(), *currency, m_locale);
    if (!amount)
        amount = Money::parse(m_amount->text().trimmed(), m_invoice.currency,
                              Money::ParseOptions {});
    if (!amount)
        return makeError(ErrorCode::InvalidValue, tr("Amount: %1").arg(amount.errorString()));
    if (amount.value().minor() <= 0 || amount.value().minor() > m_invoice.balanceMinor)
        return makeError(ErrorCode::InvalidValue,
                         tr("Amount: %1 is not between zero and the open balance %2")
                                 .arg(amount.value().format(m_locale),
                                      m_invoice.balance().format(m_locale)));
    return amount.value();
}

void AdjustmentDialog::save()
{
    if (reason().isEmpty()) {
        showError(tr("Reason: say why (it is kept in the ledger and the audit log)."));
        return;
    }
    if (auto a = amount(); !a) {
        showError(a.errorString());
        return;
    }
    m_error->hide();
    Q_EMIT saveRequested();
}

void AdjustmentDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString AdjustmentDialog::errorText() const
{
    return m_error->message();
}

} // namespace ardesk
