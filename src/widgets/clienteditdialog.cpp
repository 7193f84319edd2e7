// SPDX-License-Identifier: MIT
#include "widgets/clienteditdialog.h"
#include "widgets/appearance.h"

#include "ui_clienteditdialog.h"

#include <QEvent>
#include <QPalette>
#include <QPushButton>

namespace ardesk {

ClientEditDialog::ClientEditDialog(const QList<User> &users, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ClientEditDialog>())
{
    m_ui->setupUi(this);
    for (auto s : {ClientStatus::Active, ClientStatus::OnHold, ClientStatus::InDispute,
                   ClientStatus::InCollections, ClientStatus::Closed})
        m_ui->statusCombo->addItem(displayName(s), int(s));
    for (const char *code : {"USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "MXN", "INR", "CNY"})
        m_ui->currencyCombo->addItem(QString::fromLatin1(code));
    m_ui->clerkCombo->addItem(tr("Unassigned"), qint64(0));
    for (const User &u : users) {
        if (!u.active)
            continue;
        m_ui->clerkCombo->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    }
    m_ui->timeZoneCombo->addItem(QString());
    for (const char *zone :
         {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
          "America/Toronto", "America/Mexico_City", "Europe/London", "Europe/Berlin",
          "Europe/Paris", "Asia/Tokyo", "Asia/Kolkata", "Australia/Sydney", "UTC"})
        m_ui->timeZoneCombo->addItem(QString::fromLatin1(zone));
    Appearance::setTextTone(m_ui->errorLabel, Appearance::Tone::Error);
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ClientEditDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setClient(Client());
}

ClientEditDialog::~ClientEditDialog() = default;

void ClientEditDialog::setClient(const Client &c)
{
    m_client = c;
    m_ui->codeEdit->setText(c.code);
    m_ui->nameEdit->setText(c.name);
    m_ui->statusCombo->setCurrentIndex(std::max(0, m_ui->statusCombo->findData(int(c.status))));
    m_ui->currencyCombo->setCurrentText(c.currency);
    m_ui->termsSpin->setValue(c.paymentTermsDays);
    m_ui->creditLimitEdit->setText(c.creditLimitMinor == 0 ? QString()
                                                           : c.creditLimit().toPlainString());
    int clerk = m_ui->clerkCombo->findData(c.assignedUserId);
    if (clerk < 0) {
        m_ui->clerkCombo->addItem(tr("User #%1").arg(c.assignedUserId), c.assignedUserId);
        clerk = m_ui->clerkCombo->count() - 1;
    }
    m_ui->clerkCombo->setCurrentIndex(clerk);
    m_ui->segmentEdit->setText(c.segment);
    m_ui->tagsEdit->setText(c.tags.join(QStringLiteral(", ")));
    m_ui->countryEdit->setText(c.country);
    m_ui->timeZoneCombo->setCurrentText(c.timeZone);
    m_ui->billingAddressEdit->setPlainText(c.billingAddress);
    m_ui->notesEdit->setPlainText(c.internalNotes);
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
    updateTitle();
}

Client ClientEditDialog::formClient() const
{
    Client c = m_client;
    c.code = m_ui->codeEdit->text().trimmed();
    c.name = m_ui->nameEdit->text().trimmed();
    c.status = ClientStatus(m_ui->statusCombo->currentData().toInt());
    c.currency = m_ui->currencyCombo->currentText().trimmed().toUpper();
    c.paymentTermsDays = m_ui->termsSpin->value();
    c.assignedUserId = m_ui->clerkCombo->currentData().toLongLong();
    c.segment = m_ui->segmentEdit->text().trimmed();
    c.tags.clear();
    const QStringList parts = m_ui->tagsEdit->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &t : parts) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !c.tags.contains(tag))
            c.tags.append(tag);
    }
    c.country = m_ui->countryEdit->text().trimmed().toUpper();
    c.timeZone = m_ui->timeZoneCombo->currentText().trimmed();
    c.billingAddress = m_ui->billingAddressEdit->toPlainText();
    c.internalNotes = m_ui->notesEdit->toPlainText();
    return c;
}

Result<qint64> ClientEditDialog::parseCreditLimit(const QString &currency) const
{
    const QString text = m_ui->creditLimitEdit->text().trimmed();
    if (text.isEmpty())
        return qint64(0);
    auto money = Money::parse(text, currency, Money::ParseOptions());
    if (!money)
        return makeError(money.error().code, tr("credit limit: %1").arg(money.errorString()));
    return money.value().minor();
}

Client ClientEditDialog::client() const
{
    Client c = formClient();
    if (auto limit = parseCreditLimit(c.currency))
        c.creditLimitMinor = limit.value();
    return c;
}

Result<Client> ClientEditDialog::validatedClient() const
{
    Client c = formClient();
    // An unknown currency is reported as such, before the credit limit is read in it.
    if (Currency::isKnown(c.currency)) {
        auto limit = parseCreditLimit(c.currency);
        if (!limit)
            return limit.error();
        c.creditLimitMinor = limit.value();
    }
    if (auto v = c.validate(); !v)
        return v.error();
    return c;
}

void ClientEditDialog::save()
{
    auto c = validatedClient();
    if (!c) {
        showError(c.errorString());
        return;
    }
    m_ui->errorLabel->hide();
    Q_EMIT saveRequested(c.value());
}

void ClientEditDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

QString ClientEditDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void ClientEditDialog::updateTitle()
{
    setWindowTitle(m_client.id == 0 ? tr("New client") : tr("Edit client — %1").arg(m_client.name));
}

void ClientEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTitle();
    }
    QDialog::changeEvent(event);
}

} // namespace ardesk
