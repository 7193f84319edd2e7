// SPDX-License-Identifier: MIT
#include "widgets/clientdetailstab.h"
#include "widgets/appearance.h"

#include "core/domain/phonenumber.h"
#include "core/support/dateformat.h"
#include "models/invoicetablemodel.h"
#include "models/paymenttablemodel.h"
#include "widgets/windowstatestore.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ardesk {

ClientDetailsTab::ClientDetailsTab(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_creditForm(new QFormLayout)
    , m_creditBar(new QProgressBar(this))
    , m_overLimit(new QLabel(this))
    , m_holdButton(new QPushButton(this))
    , m_agingTitle(new QLabel(this))
    , m_aging(new QLabel(this))
    , m_contactsBox(new QWidget(this))
    , m_contactsLayout(new QVBoxLayout(m_contactsBox))
    , m_contactsTitle(new QLabel(this))
    , m_invoicesTitle(new QLabel(this))
    , m_invoiceModel(new InvoiceTableModel(this))
    , m_invoiceProxy(new QSortFilterProxyModel(this))
    , m_invoiceView(new QTableView(this))
    , m_paymentModel(new PaymentTableModel(this))
    , m_paymentProxy(new QSortFilterProxyModel(this))
    , m_paymentView(new QTableView(this))
    , m_ledgerTabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *top = new QHBoxLayout;
    buildClientForm();
    top->addLayout(m_form, 3);
    top->addWidget(buildCreditBox(), 2);
    layout->addLayout(top);
    buildContacts(layout);
    QWidget *invoicePage = buildInvoicePage();
    QWidget *paymentPage = buildPaymentPage();
    m_ledgerTabs->setObjectName(QStringLiteral("ledgerTabs"));
    m_ledgerTabs->setDocumentMode(true);
    m_ledgerTabs->addTab(invoicePage, QString());
    m_ledgerTabs->addTab(paymentPage, QString());
    layout->addWidget(m_ledgerTabs, 1);
    connect(m_invoiceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientDetailsTab::updateLedgerButtons);
    connect(m_paymentView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientDetailsTab::updateLedgerButtons);
    updateLedgerButtons();
    retranslateUi();
}

void ClientDetailsTab::buildClientForm()
{
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_status = addField(m_form, QStringLiteral("status"));
    m_currency = addField(m_form, QStringLiteral("currency"));
    m_terms = addField(m_form, QStringLiteral("terms"));
    m_clerk = addField(m_form, QStringLiteral("clerk"));
    m_lastContact = addField(m_form, QStringLiteral("lastContact"));
    m_lastContact->setWordWrap(true); // two facts; never widens the workspace
    m_segment = addField(m_form, QStringLiteral("segment"));
    m_tags = addField(m_form, QStringLiteral("tags"));
    m_address = addField(m_form, QStringLiteral("address"), Lines::Multi);
    m_country = addField(m_form, QStringLiteral("country"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true); // Tab moves on (keyboard users)
    m_notes->setObjectName(QStringLiteral("internalNotes"));
    m_notes->setAccessibleName(tr("Internal notes"));
    m_notes->setReadOnly(true);
    m_notes->setFrameShape(QFrame::NoFrame);
    m_notes->setTabChangesFocus(true);
    m_notes->viewport()->setAutoFillBackground(false); // reads as a field, not an editor
    m_notes->document()->setDocumentMargin(0);
    m_notes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the text wraps
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 6 + 4);
    m_notes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_form->addRow(new QLabel(this), m_notes);
}

QWidget *ClientDetailsTab::buildCreditBox()
{
    auto *credit = new QGroupBox(this);
    credit->setObjectName(QStringLiteral("creditBox"));
    auto *creditLayout = new QVBoxLayout(credit);
    m_creditForm->setLabelAlignment(Qt::AlignRight);
    m_balance = addField(m_creditForm, QStringLiteral("balance"));
    m_overdue = addField(m_creditForm, QStringLiteral("overdue"));
    m_limit = addField(m_creditForm, QStringLiteral("creditLimit"));
    m_used = addField(m_creditForm, QStringLiteral("creditUsed"));
    m_available = addField(m_creditForm, QStringLiteral("availableCredit"));
    m_lastPayment = addField(m_creditForm, QStringLiteral("lastPayment"));
    m_daysToPay = addField(m_creditForm, QStringLiteral("averageDaysToPay"));
    creditLayout->addLayout(m_creditForm);
    m_creditBar->setObjectName(QStringLiteral("creditBar"));
    m_creditBar->setTextVisible(false);
    m_creditBar->setMaximumHeight(10);
    creditLayout->addWidget(m_creditBar);
    m_overLimit->setObjectName(QStringLiteral("overLimit"));
    // Palette and font, not a style sheet: a style sheet switches the whole window to the slow
    // QStyleSheetStyle path (measured: several milliseconds at start-up).
    {
        Appearance::setTextTone(m_overLimit, Appearance::Tone::Error);
        QFont f = m_overLimit->font();
        f.setBold(true);
        m_overLimit->setFont(f);
    }
    creditLayout->addWidget(m_overLimit);
    m_holdButton->setObjectName(QStringLiteral("creditHoldButton"));
    m_holdButton->setIcon(QIcon(QStringLiteral(":/ardesk/icons/hold.svg")));
    connect(m_holdButton, &QPushButton::clicked, this, [this] {
        if (m_onHold)
            Q_EMIT creditReleaseRequested(m_clientId);
        else
            Q_EMIT creditHoldRequested(m_clientId);
    });
    creditLayout->addWidget(m_holdButton, 0, Qt::AlignLeft);
    QFont agingFont = m_agingTitle->font();
    agingFont.setBold(true);
    m_agingTitle->setFont(agingFont);
    creditLayout->addWidget(m_agingTitle);
    m_aging->setObjectName(QStringLiteral("aging"));
    m_aging->setTextFormat(Qt::RichText);
    creditLayout->addWidget(m_aging);
    creditLayout->addStretch();
    return credit;
}

void ClientDetailsTab::buildContacts(QVBoxLayout *layout)
{
    QFont bold = m_contactsTitle->font();
    bold.setBold(true);
    m_contactsTitle->setFont(bold);
    m_invoicesTitle->setFont(bold);
    auto *contactsHeader = new QHBoxLayout;
    contactsHeader->addWidget(m_contactsTitle);
    m_addContact = addButton(contactsHeader, "addContactButton");
    connect(m_addContact, &QPushButton::clicked, this, &ClientDetailsTab::addContactRequested);
    contactsHeader->addStretch();
    layout->addLayout(contactsHeader);
    m_contactsLayout->setContentsMargins(0, 0, 0, 0);
    m_contactsLayout->setSpacing(2);
    layout->addWidget(m_contactsBox);
    m_invoicesTitle->hide(); // the ledger tabs carry the counts
}

QWidget *ClientDetailsTab::buildInvoicePage()
{
    m_invoiceProxy->setSourceModel(m_invoiceModel);
    m_invoiceProxy->setSortRole(InvoiceTableModel::SortRole);
    m_invoiceView->setObjectName(QStringLiteral("invoiceTable"));
    m_invoiceView->setAccessibleName(tr("Invoices"));
    m_invoiceView->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_invoiceView->setModel(m_invoiceProxy);
    m_invoiceView->setSortingEnabled(true);
    // No column sorted: the rows keep the core's order (open invoices first) until the user
    // clicks a header.
    m_invoiceView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_invoiceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoiceView->setAlternatingRowColors(true);
    m_invoiceView->setShowGrid(false);
    m_invoiceView->verticalHeader()->hide();
    m_invoiceView->verticalHeader()->setDefaultSectionSize(m_invoiceView->fontMetrics().height()
                                                           + 6);
    m_invoiceView->horizontalHeader()->setStretchLastSection(true);
    m_invoiceView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_invoiceView, &QTableView::doubleClicked, this, [this] {
        if (const Invoice inv = selectedInvoice(); inv.id)
            Q_EMIT editInvoiceRequested(inv);
    });
    m_invoiceView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_invoiceView, &QWidget::customContextMenuRequested, this,
            &ClientDetailsTab::showInvoiceMenu);

    auto *invoicePage = new QWidget(m_ledgerTabs);
    auto *invoiceLayout = new QVBoxLayout(invoicePage);
    invoiceLayout->setContentsMargins(0, 4, 0, 0);
    auto *invoiceButtons = new QHBoxLayout;
    m_newInvoice = addButton(invoiceButtons, "newInvoiceButton");
    m_editInvoice = addButton(invoiceButtons, "editInvoiceButton");
    m_writeOff = addButton(invoiceButtons, "writeOffButton");
    m_creditNote = addButton(invoiceButtons, "creditNoteButton");
    m_dispute = addButton(invoiceButtons, "disputeButton");
    invoiceButtons->addStretch();
    invoiceLayout->addLayout(invoiceButtons);
    invoiceLayout->addWidget(m_invoiceView, 1);
    connect(m_newInvoice, &QPushButton::clicked, this, &ClientDetailsTab::newInvoiceRequested);
    connect(m_editInvoice, &QPushButton::clicked, this,
            [this] { Q_EMIT editInvoiceRequested(selectedInvoice()); });
    connect(m_writeOff, &QPushButton::clicked, this,
            [this] { Q_EMIT writeOffRequested(selectedInvoice()); });
    connect(m_creditNote, &QPushButton::clicked, this,
            [this] { Q_EMIT creditNoteRequested(selectedInvoice()); });
    connect(m_dispute, &QPushButton::clicked, this,
            [this] { Q_EMIT disputeRequested(selectedInvoice()); });
    return invoicePage;
}

void ClientDetailsTab::setUserRoles(UserRoles roles)
{
    m_roles = roles;
    applyPermissions();
}

void ClientDetailsTab::applyPermissions()
{
    const auto may = [this](Permission p) { return Permissions::allows(m_roles, p); };
    m_holdButton->setVisible(
            may(m_onHold ? Permission::ReleaseCreditHold : Permission::PlaceCreditHold));
    m_addContact->setVisible(may(Permission::EditClients));
    for (QPushButton *b : {m_newInvoice, m_editInvoice, m_recordPayment, m_voidPayment})
        b->setVisible(may(Permission::EditLedger));
    m_writeOff->setVisible(may(Permission::WriteOff));
    m_creditNote->setVisible(may(Permission::CreditNote));
    m_dispute->setVisible(may(Permission::Commitments));
}

void ClientDetailsTab::showInvoiceMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QModelIndex at = m_invoiceView->indexAt(pos);
    if (at.isValid()) {
        m_invoiceView->selectRow(at.row());
        const Invoice inv = selectedInvoice();
        if (inv.id != 0) {
            if (Permissions::allows(m_roles, Permission::EditLedger))
                menu.addAction(tr("Attach &document…"), this,
                               [this, inv] { Q_EMIT attachDocumentRequested(inv); });
            QAction *open = menu.addAction(tr("&Open document"), this,
                                           [this, inv] { Q_EMIT openDocumentRequested(inv); });
            open->setEnabled(at.data(InvoiceTableModel::HasDocumentRole).toBool());
            menu.addSeparator();
        }
    }
    menu.addAction(tr("&Export invoices…"), this, [this] { Q_EMIT exportInvoicesRequested(); });
    menu.exec(m_invoiceView->viewport()->mapToGlobal(pos));
}

QWidget *ClientDetailsTab::buildPaymentPage()
{
    m_paymentProxy->setSourceModel(m_paymentModel);
    m_paymentProxy->setSortRole(PaymentTableModel::SortRole);
    m_paymentView->setObjectName(QStringLiteral("paymentTable"));
    m_paymentView->setAccessibleName(tr("Payments"));
    m_paymentView->setTabKeyNavigation(false); // arrows move in it, Tab leaves it
    m_paymentView->setModel(m_paymentProxy);
    m_paymentView->setSortingEnabled(true);
    m_paymentView->sortByColumn(PaymentTableModel::Date, Qt::DescendingOrder);
    m_paymentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paymentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_paymentView->setAlternatingRowColors(true);
    m_paymentView->setShowGrid(false);
    m_paymentView->verticalHeader()->hide();
    m_paymentView->verticalHeader()->setDefaultSectionSize(m_paymentView->fontMetrics().height()
                                                           + 6);
    m_paymentView->horizontalHeader()->setStretchLastSection(true);
    auto *paymentPage = new QWidget(m_ledgerTabs);
    auto *paymentLayout = new QVBoxLayout(paymentPage);
    paymentLayout->setContentsMargins(0, 4, 0, 0);
    auto *paymentButtons = new QHBoxLayout;
    m_recordPayment = addButton(paymentButtons, "recordPaymentButton");
    m_voidPayment = addButton(paymentButtons, "voidPaymentButton");
    paymentButtons->addStretch();
    paymentLayout->addLayout(paymentButtons);
    paymentLayout->addWidget(m_paymentView, 1);
    connect(m_recordPayment, &QPushButton::clicked, this, &ClientDetailsTab::paymentRequested);
    connect(m_voidPayment, &QPushButton::clicked, this,
            [this] { Q_EMIT voidPaymentRequested(selectedPayment()); });
    return paymentPage;
}

QPushButton *ClientDetailsTab::addButton(QLayout *layout, const char *objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoDefault(false);
    layout->addWidget(button);
    return button;
}

Invoice ClientDetailsTab::selectedInvoice() const
{
    const QModelIndexList rows = m_invoiceView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return Invoice();
    const qint64 id = rows.first().data(InvoiceTableModel::InvoiceIdRole).toLongLong();
    for (const Invoice &inv : m_invoiceModel->invoices()) {
        if (inv.id == id)
            return inv;
    }
    return Invoice();
}

Payment ClientDetailsTab::selectedPayment() const
{
    const QModelIndexList rows = m_paymentView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return Payment();
    const qint64 id = rows.first().data(PaymentTableModel::PaymentIdRole).toLongLong();
    for (const Payment &p : m_paymentModel->payments()) {
        if (p.id == id)
            return p;
    }
    return Payment();
}

void ClientDetailsTab::updateLedgerButtons()
{
    const Invoice inv = selectedInvoice();
    const bool open = inv.id != 0 && inv.balanceMinor > 0 && !inv.writtenOff;
    m_editInvoice->setEnabled(inv.id != 0);
    m_writeOff->setEnabled(open);
    m_creditNote->setEnabled(open);
    m_dispute->setEnabled(open && !inv.disputed);
    const Payment p = selectedPayment();
    m_voidPayment->setEnabled(p.id != 0 && !p.isVoided());
}

QLabel *ClientDetailsTab::addField(QFormLayout *form, const QString &objectName, Lines lines)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Only free text wraps: a wrapped one-line value gets one line of height and loses the rest.
    value->setWordWrap(lines == Lines::Multi);
    form->addRow(new QLabel(this), value); // label text set in retranslateUi()
    return value;
}

QString ClientDetailsTab::fieldText(const QString &name) const
{
    if (name == m_notes->objectName())
        return m_notes->toPlainText();
    auto *label = findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

void ClientDetailsTab::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_invoiceModel->setLocale(locale);
    m_paymentModel->setLocale(locale);
}

void ClientDetailsTab::setAsOf(const QDate &date)
{
    m_invoiceModel->setAsOf(date);
}

void ClientDetailsTab::setDetails(const ClientDetails &d)
{
    const Client &c = d.client;
    showProfile(d);
    showCredit(d);
    m_clientId = c.id;
    m_onHold = c.creditHold;
    m_holdButton->setText(m_onHold ? tr("Release credit hold…") : tr("Put on credit hold…"));
    applyPermissions();
    showAging(d.aging);
    m_phoneCountry = c.country;
    showHabits(d.habits);
    rebuildContacts(d.contacts);
    m_details = d;
    showLedger(d);
    retranslateUi();
    updateLedgerButtons();
}

/// Who the client is: status, terms, clerk, contact facts, segment, address, internal notes.
void ClientDetailsTab::showProfile(const ClientDetails &d)
{
    const Client &c = d.client;
    m_status->setText(displayName(c.status));
    m_currency->setText(c.currency);
    m_terms->setText(c.paymentTermsDays == 0 ? tr("Due on receipt")
                                             : tr("Net %1").arg(c.paymentTermsDays));
    m_clerk->setText(d.assignedClerk.isEmpty() ? tr("Unassigned") : d.assignedClerk);
    // Which fact is which (#12): an automatic e-mail is a touch, not a conversation.
    auto when = [&](const QDateTime &at) {
        return at.isValid() ? dateformat::date(m_locale, at.toLocalTime().date()) : tr("never");
    };
    m_lastContact->setText(tr("Last conversation: %1 · Last touch: %2")
                                   .arg(when(d.lastConversation), when(d.lastTouch)));
    m_segment->setText(c.segment);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_address->setText(c.billingAddress);
    m_country->setText(c.timeZone.isEmpty() ? c.country
                                            : QStringLiteral("%1 · %2").arg(c.country, c.timeZone));
    m_notes->setPlainText(c.internalNotes);
    m_notes->setToolTip(c.internalNotes);
}

/// Balance, overdue and the credit limit with its bar (amounts in the client's currency).
void ClientDetailsTab::showCredit(const ClientDetails &d)
{
    const Client &c = d.client;
    auto money = [&](qint64 minor) { return Money::fromMinor(minor, c.currency).format(m_locale); };
    m_balance->setText(
            tr("%1 in %n open invoice(s)", nullptr, d.openInvoices).arg(money(d.balanceMinor)));
    m_overdue->setText(money(d.overdueMinor));
    if (c.creditLimitMinor > 0) {
        m_limit->setText(money(c.creditLimitMinor));
        m_available->setText(money(d.availableCreditMinor()));
        // The bar works in per-mille of the limit: integers only, capped for display.
        const qint64 used = std::max<qint64>(0, d.balanceMinor);
        const int perMille = int(std::min<qint64>(1000, used * 1000 / c.creditLimitMinor));
        m_creditBar->setRange(0, 1000);
        m_creditBar->setValue(perMille);
        m_used->setText(tr("%1 (%2%)").arg(money(used)).arg(perMille / 10));
        m_creditBar->setToolTip(tr("%1 of %2 used").arg(money(used), money(c.creditLimitMinor)));
        m_creditBar->show();
    } else {
        m_limit->setText(tr("No credit extended"));
        m_used->setText(QString());
        m_available->setText(QString());
        m_creditBar->hide();
    }
    m_overLimit->setText(d.isOverLimit() ? tr("Over the credit limit by %1")
                                                   .arg(money(d.balanceMinor - c.creditLimitMinor))
                                         : QString());
    m_overLimit->setVisible(d.isOverLimit());
}

void ClientDetailsTab::showLedger(const ClientDetails &d)
{
    m_invoicesTitle->setText(tr("Invoices (%1)").arg(d.invoices.size()));
    m_invoiceModel->setInvoices(d.invoices, d.documents);
    WindowStateStore::fitColumns(m_invoiceView);
    QHash<qint64, QString> numbers;
    for (const Invoice &inv : d.invoices)
        numbers.insert(inv.id, inv.number);
    m_paymentModel->setPayments(d.payments, numbers);
    WindowStateStore::fitColumns(m_paymentView);
}

void ClientDetailsTab::showAging(const AgingReport &aging)
{
    m_agingTitle->setText(tr("Aging on %1").arg(dateformat::date(m_locale, aging.asOf)));
    if (aging.currencies.isEmpty()) {
        m_aging->setText(tr("Nothing open."));
        return;
    }
    // One row per currency: amounts in different currencies are never added together.
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'><tr>");
    for (const QString &h : {tr("Not due"), tr("1–30"), tr("31–60"), tr("61–90"), tr("90+")})
        html += QStringLiteral("<th align='right'>%1</th>").arg(h);
    html += QStringLiteral("</tr>");
    for (const AgingReport::Currency &c : aging.currencies) {
        const AgingReport::Buckets &b = c.buckets;
        html += QStringLiteral("<tr>");
        const qint64 values[] = {b.notDue, b.d1to30, b.d31to60, b.d61to90, b.d90plus};
        for (int i = 0; i < 5; ++i) {
            const QString text = values[i] == 0
                    ? QStringLiteral("–")
                    : Money::fromMinor(values[i], c.currency).format(m_locale).toHtmlEscaped();
            html += (i > 0 && values[i] != 0)
                    ? QStringLiteral("<td align='right'><font color='%2'>%1</font></td>")
                              .arg(text,
                                   Appearance::text(Appearance::Tone::Error, palette()).name())
                    : QStringLiteral("<td align='right'>%1</td>").arg(text);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    m_aging->setText(html);
}

void ClientDetailsTab::showHabits(const PaymentHabits &habits)
{
    m_lastPayment->setText(
            habits.hasLastPayment()
                    ? tr("%1 on %2")
                              .arg(habits.lastPayment.format(m_locale),
                                   dateformat::date(m_locale, habits.lastPaymentDate))
                    : tr("No payment yet"));
    if (habits.averageDaysToPay) {
        m_daysToPay->setText(tr("%n day(s)", nullptr, *habits.averageDaysToPay));
        m_daysToPay->setToolTip(tr("From the issue date to the payment that settled it, over the "
                                   "%n invoice(s) paid by payments (credit notes and write-offs "
                                   "do not count)",
                                   nullptr, habits.paidInvoices));
    } else {
        m_daysToPay->setText(tr("No paid invoice yet"));
        m_daysToPay->setToolTip(QString());
    }
}

void ClientDetailsTab::rebuildContacts(const QList<Contact> &contacts)
{
    while (QLayoutItem *item = m_contactsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_contactCount = int(contacts.size());
    m_contactsTitle->setText(tr("Contacts (%1)").arg(contacts.size()));
    for (const Contact &ct : contacts) {
        auto *row = new QWidget(m_contactsBox);
        row->setObjectName(QStringLiteral("contactRow"));
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        QStringList flags;
        if (ct.isBillingContact)
            flags << tr("billing");
        if (ct.doNotContact)
            flags << tr("do not contact");
        auto *name = new QLabel(
                QStringLiteral("<b>%1</b> %2 %3")
                        .arg(ct.name.toHtmlEscaped(), ct.role.toHtmlEscaped(),
                             flags.isEmpty() ? QString()
                                             : QStringLiteral("<i>(%1)</i>")
                                                       .arg(flags.join(QStringLiteral(", ")))),
                row);
        name->setMinimumWidth(260);
        h->addWidget(name);
        if (!ct.email.isEmpty()) {
            if (Permissions::allows(m_roles, Permission::SendEmail))
                h->addWidget(mailButton(ct, row));
            h->addWidget(new QLabel(ct.email, row));
        }
        for (const Phone &p : ct.phones) {
            auto *call = phoneButton(ct, p, row);
            h->addWidget(call);
            QString text = PhoneNumberParser::display(p, m_phoneCountry);
            if (!p.label.isEmpty())
                text += QStringLiteral(" (%1)").arg(p.label);
            h->addWidget(new QLabel(text, row));
        }
        auto *edit = new QToolButton(row);
        edit->setObjectName(QStringLiteral("editContactButton"));
        edit->setText(tr("Edit…"));
        edit->setAutoRaise(true);
        edit->setToolTip(tr("Edit %1: phones, e-mail, flags").arg(ct.name));
        connect(edit, &QToolButton::clicked, this, [this, ct] { Q_EMIT editContactRequested(ct); });
        h->addWidget(edit);
        edit->setVisible(Permissions::allows(m_roles, Permission::EditClients));
        h->addStretch();
        row->show();
        if (ct.doNotContact)
            row->setToolTip(tr("%1 asked not to be contacted").arg(ct.name));
        m_contactsLayout->addWidget(row);
    }
}

QToolButton *ClientDetailsTab::mailButton(const Contact &ct, QWidget *row)
{
    const QIcon mailIcon(QStringLiteral(":/ardesk/icons/envelope.svg"));
    auto *mail = new QToolButton(row);
    mail->setObjectName(QStringLiteral("emailButton"));
    mail->setIcon(mailIcon);
    mail->setAutoRaise(true);
    mail->setEnabled(!ct.doNotContact);
    mail->setToolTip(ct.doNotContact ? tr("%1 asked not to be contacted").arg(ct.name)
                                     : tr("E-mail %1 from a template").arg(ct.email));
    // An icon only: a screen reader says the name and reads the tool tip as the description.
    mail->setAccessibleName(tr("E-mail %1").arg(ct.name));
    mail->setAccessibleDescription(mail->toolTip());
    connect(mail, &QToolButton::clicked, this, [this, ct] { Q_EMIT emailRequested(ct); });
    return mail;
}

/// Dials (tel:) on click; its menu also logs a text. Disabled for an invalid number or a
/// contact who asked not to be contacted.
QToolButton *ClientDetailsTab::phoneButton(const Contact &ct, const Phone &p, QWidget *row)
{
    const QIcon phoneIcon(QStringLiteral(":/ardesk/icons/phone.svg"));
    auto *call = new QToolButton(row);
    call->setObjectName(QStringLiteral("phoneButton"));
    call->setProperty("contactId", ct.id); // the workspace focuses the billing contact's
    call->setIcon(phoneIcon);
    call->setAutoRaise(true);
    const bool dialable = p.isValid() && !ct.doNotContact;
    call->setEnabled(dialable);
    call->setToolTip(ct.doNotContact ? tr("%1 asked not to be contacted").arg(ct.name)
                             : p.isValid()
                             ? tr("Call %1 through your softphone and log the call "
                                  "(menu: log a text)")
                                       .arg(PhoneNumberParser::display(p, m_phoneCountry))
                             : tr("%1 is not a valid number and cannot be dialled").arg(p.raw));
    call->setAccessibleName(
            tr("Call %1 at %2").arg(ct.name, PhoneNumberParser::display(p, m_phoneCountry)));
    call->setAccessibleDescription(call->toolTip());
    if (dialable) {
        call->setPopupMode(QToolButton::MenuButtonPopup);
        auto *menu = new QMenu(call);
        const QString shown = PhoneNumberParser::display(p, m_phoneCountry);
        menu->addAction(phoneIcon, tr("Call %1").arg(shown), this,
                        [this, ct, p] { Q_EMIT callRequested(ct, p); });
        menu->addAction(QIcon(QStringLiteral(":/ardesk/icons/text.svg")),
                        tr("Log a text with %1").arg(shown), this,
                        [this, ct, p] { Q_EMIT textRequested(ct, p); });
        call->setMenu(menu);
        connect(call, &QToolButton::clicked, this, [this, ct, p] { Q_EMIT callRequested(ct, p); });
    }
    return call;
}

void ClientDetailsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientDetailsTab::retranslateUi()
{
    auto label = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    };
    label(m_form, m_status, tr("Status:"));
    label(m_form, m_currency, tr("Currency:"));
    label(m_form, m_terms, tr("Terms:"));
    label(m_form, m_clerk, tr("Assigned to:"));
    label(m_form, m_lastContact, tr("Contact:"));
    label(m_form, m_segment, tr("Segment:"));
    label(m_form, m_tags, tr("Tags:"));
    label(m_form, m_address, tr("Billing address:"));
    label(m_form, m_country, tr("Country / time zone:"));
    label(m_form, m_notes, tr("Internal notes:"));
    label(m_creditForm, m_balance, tr("Balance:"));
    label(m_creditForm, m_overdue, tr("Overdue:"));
    label(m_creditForm, m_limit, tr("Credit limit:"));
    label(m_creditForm, m_used, tr("Used:"));
    label(m_creditForm, m_available, tr("Available:"));
    label(m_creditForm, m_lastPayment, tr("Last payment:"));
    label(m_creditForm, m_daysToPay, tr("Average days to pay:"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("creditBox")))
        box->setTitle(tr("Credit"));
    explainCredit();
    m_addContact->setText(tr("Add contact…"));
    m_newInvoice->setText(tr("New invoice…"));
    m_editInvoice->setText(tr("Edit…"));
    m_writeOff->setText(tr("Write off…"));
    m_creditNote->setText(tr("Credit note…"));
    m_dispute->setText(tr("Dispute…"));
    m_recordPayment->setText(tr("Record payment…"));
    m_voidPayment->setText(tr("Void payment…"));
    m_ledgerTabs->setTabText(0, tr("Invoices (%1)").arg(m_details.invoices.size()));
    m_ledgerTabs->setTabText(1, tr("Payments (%1)").arg(m_details.payments.size()));
}

void ClientDetailsTab::explainCredit()
{
    // What's this? (Shift+F1, then a click) on the credit and aging figures, in the user
    // guide's words: set on the field and on its label.
    const auto explain = [this](QWidget *field, const QString &text) {
        field->setWhatsThis(text);
        if (QWidget *label = m_creditForm->labelForField(field))
            label->setWhatsThis(text);
    };
    explain(m_balance,
            tr("What the client owes in all: its open invoices less the payments, credit notes "
               "and write-offs against them, in the client's currency."));
    explain(m_overdue,
            tr("The client's invoices past their due date and still unpaid, in the client's "
               "currency."));
    explain(m_limit,
            tr("The most the client may owe at once, in its currency, set when the client is "
               "edited (Client > Edit client…). \"No credit extended\" when there is none."));
    const QString used = tr("The balance as a share of the credit limit; the bar below shows it. "
                            "Over the limit, \"Over the credit limit by …\" says by how much and "
                            "the account rises in the Today queue.");
    explain(m_used, used);
    m_creditBar->setWhatsThis(used);
    m_overLimit->setWhatsThis(used);
    explain(m_available,
            tr("The credit limit less the balance: what the client may still buy on credit. "
               "Negative when it is over the limit."));
    m_holdButton->setWhatsThis(
            tr("A client on credit hold carries a red banner here and a ⊘ in the client list, so "
               "sales see it before they sell. Putting a client on hold needs a reason that "
               "everyone sees; only a manager releases it. The credit-hold rule also holds "
               "clients with an invoice 60 or more days past due that is not disputed."));
    const QString aging
            = tr("The client's open invoices by how late they are on this date: not due yet, "
                 "1–30, 31–60, 61–90 and 90+ days past the due date, one row per currency. "
                 "Amounts in different currencies are never added together.");
    m_agingTitle->setWhatsThis(aging);
    m_aging->setWhatsThis(aging);
}

} // namespace ardesk
