// SPDX-License-Identifier: MIT
#include "widgets/contacteditdialog.h"
#include "widgets/appearance.h"

#include "widgets/errorlabel.h"

#include "core/domain/phonenumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ardesk {

ContactEditDialog::ContactEditDialog(const QString &country, QWidget *parent)
    : QDialog(parent)
    , m_region(PhoneNumberParser::defaultRegion(country))
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phones(new QTableWidget(0, PhoneColumns, this))
    , m_channel(new QComboBox(this))
    , m_billing(new QCheckBox(this))
    , m_doNotContact(new QCheckBox(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("ContactEditDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_role->setObjectName(QStringLiteral("role"));
    m_email->setObjectName(QStringLiteral("email"));
    m_phones->setObjectName(QStringLiteral("phones"));
    m_phones->setAccessibleName(tr("Phone numbers"));
    m_phones->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_channel->setObjectName(QStringLiteral("preferredChannel"));
    m_billing->setObjectName(QStringLiteral("billingContact"));
    m_doNotContact->setObjectName(QStringLiteral("doNotContact"));
    m_error->setObjectName(QStringLiteral("error"));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(new QLabel(this), m_name);
    form->addRow(new QLabel(this), m_role);
    form->addRow(new QLabel(this), m_email);
    form->addRow(new QLabel(this), m_channel);
    layout->addLayout(form);

    setUpPhones();
    layout->addWidget(m_phones);
    layout->addLayout(buildPhoneButtons());
    layout->addWidget(m_billing);
    layout->addWidget(m_doNotContact);

    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (PreferredChannel c :
         {PreferredChannel::Any, PreferredChannel::Email, PreferredChannel::Phone,
          PreferredChannel::Text, PreferredChannel::Letter})
        m_channel->addItem(QString(), toString(c));
    resize(560, 440);
    retranslateUi();
}

/// The phone table: each number is checked (and shown as E.164) as it is typed.
void ContactEditDialog::setUpPhones()
{
    m_phones->verticalHeader()->hide();
    m_phones->horizontalHeader()->setStretchLastSection(true);
    m_phones->setMinimumHeight(110);
    m_phones->setWordWrap(false);
    m_phones->setColumnWidth(LabelColumn, 90);
    m_phones->setColumnWidth(NumberColumn, 170);
    m_phones->setColumnWidth(ExtensionColumn, 60);
    connect(m_phones, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column != CheckColumn)
            recheckPhone(row);
    });
}

QHBoxLayout *ContactEditDialog::buildPhoneButtons()
{
    auto *phoneButtons = new QHBoxLayout;
    auto *add = new QPushButton(this);
    add->setObjectName(QStringLiteral("addPhone"));
    connect(add, &QPushButton::clicked, this, [this] {
        addPhone(QString(), QString());
        m_phones->setCurrentCell(m_phones->rowCount() - 1, NumberColumn);
        m_phones->editItem(m_phones->item(m_phones->rowCount() - 1, NumberColumn));
    });
    auto *remove = new QPushButton(this);
    remove->setObjectName(QStringLiteral("removePhone"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_phones->currentRow() >= 0)
            m_phones->removeRow(m_phones->currentRow());
    });
    phoneButtons->addWidget(add);
    phoneButtons->addWidget(remove);
    // Tab follows the screen: the phones, their buttons, then the flags below them.
    setTabOrder(m_phones, add);
    setTabOrder(add, remove);
    setTabOrder(remove, m_billing);
    phoneButtons->addStretch();
    return phoneButtons;
}

void ContactEditDialog::setContact(const Contact &contact)
{
    m_contact = contact;
    m_name->setText(contact.name);
    m_role->setText(contact.role);
    m_email->setText(contact.email);
    m_phones->setRowCount(0);
    for (const Phone &ph : contact.phones)
        addPhone(ph.label, ph.raw, ph.extension);
    m_channel->setCurrentIndex(
            std::max(0, m_channel->findData(toString(contact.preferredChannel))));
    m_billing->setChecked(contact.isBillingContact);
    m_doNotContact->setChecked(contact.doNotContact);
    retranslateUi();
}

void ContactEditDialog::addPhone(const QString &label, const QString &number,
                                 const QString &extension)
{
    const QSignalBlocker block(m_phones);
    const int row = m_phones->rowCount();
    m_phones->insertRow(row);
    m_phones->setItem(row, LabelColumn, new QTableWidgetItem(label));
    m_phones->setItem(row, NumberColumn, new QTableWidgetItem(number));
    m_phones->setItem(row, ExtensionColumn, new QTableWidgetItem(extension));
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled);
    m_phones->setItem(row, CheckColumn, check);
    recheckPhone(row);
}

QString ContactEditDialog::phoneCheck(int row) const
{
    const QTableWidgetItem *item = m_phones->item(row, CheckColumn);
    return item ? item->text() : QString();
}

void ContactEditDialog::recheckPhone(int row)
{
    auto text = [this, row](int column) {
        const QTableWidgetItem *item = m_phones->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    QTableWidgetItem *check = m_phones->item(row, CheckColumn);
    if (!check)
        return;
    const QSignalBlocker block(m_phones);
    if (text(NumberColumn).isEmpty()) {
        check->setText(QString());
        return;
    }
    const Phone ph = PhoneNumberParser::parse(text(NumberColumn), m_region);
    check->setText(
            ph.isValid()
                    ? ph.e164
                    : tr("not a valid number for %1 — kept as typed, never dialled").arg(m_region));
    check->setForeground(ph.isValid() ? palette().color(QPalette::Text)
                                      : Appearance::text(Appearance::Tone::Error, palette()));
}

Result<Contact> ContactEditDialog::validatedContact() const
{
    Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.role = m_role->text().trimmed();
    c.email = m_email->text().trimmed();
    c.preferredChannel = preferredChannelFromString(m_channel->currentData().toString())
                                 .value_or(PreferredChannel::Any);
    c.isBillingContact = m_billing->isChecked();
    c.doNotContact = m_doNotContact->isChecked();
    c.phones.clear();
    for (int row = 0; row < m_phones->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_phones->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(NumberColumn).isEmpty())
            continue;
        Phone ph = PhoneNumberParser::parse(text(NumberColumn), m_region, text(LabelColumn));
        if (!text(ExtensionColumn).isEmpty())
            ph.extension = text(ExtensionColumn);
        c.phones.append(ph);
    }
    if (auto v = c.validate(); !v)
        return v.error();
    return c;
}

void ContactEditDialog::save()
{
    auto c = validatedContact();
    if (!c) {
        showError(c.errorString());
        return;
    }
    m_error->hide();
    Q_EMIT saveRequested(c.value());
}

void ContactEditDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

QString ContactEditDialog::errorText() const
{
    return m_error->message();
}

void ContactEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ContactEditDialog::retranslateUi()
{
    setWindowTitle(m_contact.id == 0 ? tr("Add contact")
                                     : tr("Edit contact %1").arg(m_contact.name));
    auto *form = findChild<QFormLayout *>();
    auto label = [form](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field))) {
            l->setText(text);
            l->setBuddy(field); // the & in the text becomes the field's Alt shortcut
        }
    };
    label(m_name, tr("&Name:"));
    label(m_role, tr("&Role:"));
    label(m_email, tr("&E-mail:"));
    label(m_channel, tr("&Prefers:"));
    m_phones->setHorizontalHeaderLabels({tr("Label"), tr("Number"), tr("Ext."), tr("Dialled as")});
    if (auto *b = findChild<QPushButton *>(QStringLiteral("addPhone")))
        b->setText(tr("Add phone"));
    if (auto *b = findChild<QPushButton *>(QStringLiteral("removePhone")))
        b->setText(tr("Remove phone"));
    const QStringList channels {tr("No preference"), tr("E-mail"), tr("Phone"), tr("Text message"),
                                tr("Letter")};
    for (int i = 0; i < channels.size() && i < m_channel->count(); ++i)
        m_channel->setItemText(i, channels.at(i));
    m_billing->setText(tr("&Billing contact (receives statements and reminders)"));
    m_doNotContact->setText(tr("&Do not contact (never called, texted or e-mailed)"));
}

} // namespace ardesk
