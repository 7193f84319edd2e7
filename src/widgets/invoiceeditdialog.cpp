// SPDX-License-Identifier: MIT
#include "widgets/invoiceeditdialog.h"

#include "core/support/dateformat.h"
#include "widgets/errorlabel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ardesk {

namespace {
QDateEdit *dateEdit(QWidget *parent, const char *name, const QLocale &locale)
{
    auto *d = new QDateEdit(parent);
    d->setObjectName(QLatin1String(name));
    d->setCalendarPopup(true);
    d->setDisplayFormat(dateformat::datePattern(locale));
    d->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
    return d;
}
} // namespace

InvoiceEditDialog::InvoiceEditDialog(const Client &client, const QLocale &locale,
                                     const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_client(client)
    , m_locale(locale)
    , m_number(new QLineEdit(this))
    , m_issue(dateEdit(this, "issueDate", m_locale))
    , m_due(dateEdit(this, "dueDate", m_locale))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_po(new QLineEdit(this))
    , m_applied(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("InvoiceEditDialog"));
    m_number->setObjectName(QStringLiteral("number"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_po->setObjectName(QStringLiteral("poNumber"));
    m_error->setObjectName(QStringLiteral("error"));
    m_applied->setObjectName(QStringLiteral("applied"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_amount->setAlignment(Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_number), static_cast<QWidget *>(m_issue),
                       static_cast<QWidget *>(m_due), static_cast<QWidget *>(m_amount),
                       static_cast<QWidget *>(m_currency), static_cast<QWidget *>(m_po)})
        form->addRow(new QLabel(this), w);
    layout->addLayout(form);
    m_applied->setWordWrap(true);
    layout->addWidget(m_applied);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InvoiceEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The due date follows the terms until the user sets it.
    connect(m_issue, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (!m_dueTouched) {
            const QSignalBlocker block(m_due);
            m_due->setDate(d.addDays(m_client.paymentTermsDays));
        }
    });
    connect(m_due, &QDateEdit::dateChanged, this, [this] { m_dueTouched = true; });
    setMinimumWidth(420);
    retranslateUi();
}

void InvoiceEditDialog::setInvoice(const Invoice &invoice)
{
    m_invoice = invoice;
    if (m_invoice.id == 0) {
        m_invoice.clientId = m_client.id;
        m_invoice.currency = m_client.currency;
        if (!m_invoice.issueDate.isValid())
            m_invoice.issueDate = m_today;
    }
    m_number->setText(m_invoice.number);
    m_issue->setDate(m_invoice.issueDate);
    m_dueTouched = false;
    {
        const QSignalBlocker block(m_due);
        m_due->setDate(m_invoice.dueDate.isValid()
                               ? m_invoice.dueDate
                               : m_invoice.issueDate.addDays(m_client.paymentTermsDays));
    }
    m_dueTouched = m_invoice.id != 0;
    m_amount->setText(m_invoice.amountMinor > 0 ? m_invoice.amount().toPlainString() : QString());
    m_currency->setText(m_invoice.currency);
    m_po->setText(m_invoice.poNumber);
    const qint64 applied = m_invoice.id ? m_invoice.amountMinor - m_invoice.balanceMinor : 0;
    m_currency->setReadOnly(applied != 0);
    m_applied->setText(
            applied != 0
                    ? tr("%1 has already been paid, credited or written off on this "
                         "invoice: the amount cannot go below it and the currency is fixed.")
                              .arg(Money::fromMinor(applied, m_invoice.currency).format(m_locale))
                    : QString());
    m_applied->setVisible(applied != 0);
    retranslateUi();
}

Result<Invoice> InvoiceEditDialog::validatedInvoice() const
{
    Invoice inv = m_invoice;
    inv.number = m_number->text().trimmed();
    inv.issueDate = m_issue->date();
    inv.dueDate = m_due->date();
    inv.currency = m_currency->text().trimmed().toUpper();
    inv.poNumber = m_po->text().trimmed();
    if (!Currency::isKnown(inv.currency))
        return makeError(ErrorCode::InvalidValue,
                         tr("Currency: \"%1\" is not an ISO 4217 code").arg(inv.currency));
    // Typed in the user's locale ("1.234,56" in Germany); plain "1234.56" is accepted too.
    auto amount
            = Money::parse(m_amount->text().trimmed(), *Currency::fromCode(inv.currency), m_locale);
    if (!amount)
        amount = Money::parse(m_amount->text().trimmed(), inv.currency, Money::ParseOptions {});
    if (!amount)
        return makeError(ErrorCode::InvalidValue, tr("Amount: %1").arg(amount.errorString()));
    inv.amountMinor = amount.value().minor();
    if (inv.id == 0)
        inv.balanceMinor = inv.amountMinor;
    if (auto v = inv.validate(); !v)
        return v.error();
    return inv;
}

void InvoiceEditDialog::save()
{
    auto inv = validatedInvoice();
    if (!inv) {
        showError(inv.errorString());
        return;
    }
    m_error->hide();
    Q_EMIT saveRequested(inv.value());
}

void InvoiceEditDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString InvoiceEditDialog::errorText() const
{
    return m_error->message();
}

void InvoiceEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void InvoiceEditDialog::retranslateUi()
{
    setWindowTitle(m_invoice.id == 0 ? tr("New invoice for %1").arg(m_client.name)
                                     : tr("Edit invoice %1").arg(m_invoice.number));
    auto *form = findChild<QFormLayout *>();
    auto label = [form](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field); // the & in the text becomes the field's Alt shortcut
        }
    };
    label(m_number, tr("&Number:"));
    label(m_issue, tr("&Issued:"));
    label(m_due, tr("&Due:"));
    label(m_amount, tr("&Amount:"));
    label(m_currency, tr("&Currency:"));
    label(m_po, tr("&PO number:"));
}

} // namespace ardesk
