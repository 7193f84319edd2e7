// SPDX-License-Identifier: MIT
#include "widgets/paymentdialog.h"

#include "core/support/dateformat.h"
#include "widgets/errorlabel.h"

#include "core/domain/allocation.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ardesk {

PaymentDialog::PaymentDialog(const Client &client, const QList<Invoice> &openInvoices,
                             const QLocale &locale, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_locale(locale)
    , m_date(new QDateEdit(today, this))
    , m_amount(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_oldestFirst(new QRadioButton(this))
    , m_byHand(new QRadioButton(this))
    , m_table(new QTableWidget(0, InvoiceColumns, this))
    , m_summary(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("PaymentDialog"));
    setUpFields();
    chooseInvoices(openInvoices);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(this), m_date);
    form->addRow(new QLabel(this), m_amount);
    form->addRow(new QLabel(this), m_method);
    form->addRow(new QLabel(this), m_reference);
    layout->addLayout(form);
    auto *modes = new QHBoxLayout;
    auto *group = new QButtonGroup(this);
    group->addButton(m_oldestFirst);
    group->addButton(m_byHand);
    m_oldestFirst->setChecked(true);
    modes->addWidget(m_oldestFirst);
    modes->addWidget(m_byHand);
    modes->addStretch();
    layout->addLayout(modes);

    fillTable();
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::refreshAllocation);
    connect(m_oldestFirst, &QRadioButton::toggled, this, &PaymentDialog::refreshAllocation);
    connect(m_table, &QTableWidget::cellChanged, this, [this](int, int column) {
        if (column == ApplyColumn && !m_refreshing)
            refreshAllocation();
    });
    resize(560, 480);
    retranslateUi();
    refreshAllocation();
}

void PaymentDialog::setUpFields()
{
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateformat::datePattern(m_locale));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_method->setObjectName(QStringLiteral("method"));
    m_reference->setObjectName(QStringLiteral("reference"));
    m_oldestFirst->setObjectName(QStringLiteral("oldestFirst"));
    m_byHand->setObjectName(QStringLiteral("byHand"));
    m_table->setObjectName(QStringLiteral("allocationTable"));
    m_table->setAccessibleName(tr("Allocation to invoices"));
    m_table->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_summary->setObjectName(QStringLiteral("summary"));
    m_error->setObjectName(QStringLiteral("error"));
    for (PaymentMethod m : {PaymentMethod::Check, PaymentMethod::AchWire, PaymentMethod::Card,
                            PaymentMethod::Cash, PaymentMethod::Other})
        m_method->addItem(displayName(m), toString(m));
}

/// The client's open invoices in its currency, in the order the rule pays them (so the preview
/// reads top to bottom).
void PaymentDialog::chooseInvoices(const QList<Invoice> &openInvoices)
{
    for (const Invoice &inv : openInvoices) {
        if (inv.currency == m_client.currency && inv.balanceMinor > 0 && !inv.writtenOff)
            m_invoices.append(inv);
    }
    std::sort(m_invoices.begin(), m_invoices.end(), [](const Invoice &a, const Invoice &b) {
        return std::tie(a.dueDate, a.issueDate, a.id) < std::tie(b.dueDate, b.issueDate, b.id);
    });
}

void PaymentDialog::fillTable()
{
    m_table->setRowCount(int(m_invoices.size()));
    for (int row = 0; row < m_invoices.size(); ++row) {
        const Invoice &inv = m_invoices.at(row);
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            return item;
        };
        m_table->setItem(row, NumberColumn, fixed(inv.number));
        m_table->setItem(row, DueColumn, fixed(dateformat::date(m_locale, inv.dueDate)));
        auto *balance = fixed(inv.balance().format(m_locale));
        balance->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, BalanceColumn, balance);
        auto *apply = new QTableWidgetItem;
        apply->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ApplyColumn, apply);
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
}

void PaymentDialog::setAllocation(Allocation mode)
{
    (mode == Allocation::ByHand ? m_byHand : m_oldestFirst)->setChecked(true);
}

PaymentDialog::Allocation PaymentDialog::allocation() const
{
    return m_byHand->isChecked() ? Allocation::ByHand : Allocation::OldestFirst;
}

void PaymentDialog::setAmountText(const QString &text)
{
    m_amount->setText(text);
}

void PaymentDialog::setAppliedText(int row, const QString &text)
{
    if (QTableWidgetItem *item = m_table->item(row, ApplyColumn))
        item->setText(text);
}

int PaymentDialog::invoiceRows() const
{
    return m_table->rowCount();
}

QString PaymentDialog::appliedText(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ApplyColumn);
    return item ? item->text() : QString();
}

QString PaymentDialog::summaryText() const
{
    return m_summary->text();
}

Result<qint64> PaymentDialog::parseAmount(const QString &text, const QString &field) const
{
    const auto currency = Currency::fromCode(m_client.currency);
    if (!currency)
        return makeError(ErrorCode::InvalidValue,
                         tr("Currency: \"%1\" is not an ISO 4217 code").arg(m_client.currency));
    auto amount = Money::parse(text.trimmed(), *currency, m_locale);
    if (!amount)
        amount = Money::parse(text.trimmed(), m_client.currency, Money::ParseOptions {});
    if (!amount)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("%1: %2").arg(field, amount.errorString()));
    return amount.value().minor();
}

void PaymentDialog::refreshAllocation()
{
    const bool byHand = allocation() == Allocation::ByHand;
    m_refreshing = true;
    const auto amount = parseAmount(m_amount->text(), tr("Amount"));
    if (!byHand) {
        QList<OpenItem> items;
        for (const Invoice &inv : std::as_const(m_invoices))
            items.append(OpenItem {inv.id, inv.dueDate, inv.issueDate, inv.balanceMinor});
        const QList<ardesk::Allocation> plan
                = AllocationRule::oldestFirst(amount ? amount.value() : 0, items);
        for (int row = 0; row < m_invoices.size(); ++row) {
            const auto it = std::find_if(plan.cbegin(), plan.cend(), [&](const auto &a) {
                return a.invoiceId == m_invoices.at(row).id;
            });
            QTableWidgetItem *apply = m_table->item(row, ApplyColumn);
            apply->setText(
                    it == plan.cend()
                            ? QString()
                            : Money::fromMinor(it->amountMinor, m_client.currency).toPlainString());
        }
    }
    for (int row = 0; row < m_invoices.size(); ++row) {
        QTableWidgetItem *apply = m_table->item(row, ApplyColumn);
        apply->setFlags(byHand ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                               : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_refreshing = false;
    if (!amount || m_amount->text().trimmed().isEmpty()) {
        m_summary->setText(m_invoices.isEmpty()
                                   ? tr("Nothing is open in %1: the payment stays on account.")
                                             .arg(m_client.currency)
                                   : tr("Enter the amount received."));
        return;
    }
    auto payment = validatedPayment();
    if (!payment) {
        m_summary->setText(payment.errorString());
        return;
    }
    const qint64 applied = payment.value().allocatedMinor();
    const qint64 rest = payment.value().amountMinor - applied;
    m_summary->setText(
            rest > 0 ? tr("Applies %1 to %n invoice(s); %2 stays on account.", nullptr,
                          int(payment.value().allocations.size()))
                               .arg(Money::fromMinor(applied, m_client.currency).format(m_locale),
                                    Money::fromMinor(rest, m_client.currency).format(m_locale))
                     : tr("Applies %1 to %n invoice(s).", nullptr,
                          int(payment.value().allocations.size()))
                               .arg(Money::fromMinor(applied, m_client.currency).format(m_locale)));
}

Result<Payment> PaymentDialog::validatedPayment() const
{
    Payment p;
    p.clientId = m_client.id;
    p.currency = m_client.currency;
    p.date = m_date->date();
    p.method = paymentMethodFromString(m_method->currentData().toString())
                       .value_or(PaymentMethod::Other);
    p.reference = m_reference->text().trimmed();
    auto amount = parseAmount(m_amount->text(), tr("Amount"));
    if (!amount)
        return amount.error();
    p.amountMinor = amount.value();
    for (int row = 0; row < m_invoices.size(); ++row) {
        const QString text = appliedText(row).trimmed();
        if (text.isEmpty())
            continue;
        const Invoice &inv = m_invoices.at(row);
        auto part = parseAmount(text, tr("Invoice %1").arg(inv.number));
        if (!part)
            return part.error();
        if (part.value() == 0)
            continue;
        if (part.value() > inv.balanceMinor)
            return makeError(
                    ErrorCode::InvalidValue,
                    tr("Invoice %1: %2 is more than its open balance %3")
                            .arg(inv.number,
                                 Money::fromMinor(part.value(), p.currency).format(m_locale),
                                 inv.balance().format(m_locale)));
        p.allocations.append(ardesk::Allocation {inv.id, part.value()});
    }
    if (auto v = p.validate(); !v)
        return v.error();
    return p;
}

void PaymentDialog::save()
{
    auto p = validatedPayment();
    if (!p) {
        showError(p.errorString());
        return;
    }
    m_error->hide();
    Q_EMIT saveRequested(p.value(), allocation());
}

void PaymentDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString PaymentDialog::errorText() const
{
    return m_error->message();
}

void PaymentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PaymentDialog::retranslateUi()
{
    setWindowTitle(tr("Record a payment from %1").arg(m_client.name));
    auto *form = findChild<QFormLayout *>();
    auto label = [form](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field); // the & in the text becomes the field's Alt shortcut
        }
    };
    label(m_date, tr("&Received:"));
    label(m_amount, tr("&Amount (%1):").arg(m_client.currency));
    label(m_method, tr("&Method:"));
    label(m_reference, tr("&Reference / check no.:"));
    m_oldestFirst->setText(tr("Apply &oldest first"));
    m_byHand->setText(tr("Apply &by hand"));
    m_table->setHorizontalHeaderLabels({tr("Invoice"), tr("Due"), tr("Open"), tr("Apply")});
}

} // namespace ardesk
