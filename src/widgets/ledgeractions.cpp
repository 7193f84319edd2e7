// SPDX-License-Identifier: MIT
#include "widgets/ledgeractions.h"

#include "core/services/clientservice.h"
#include "core/services/ledgerservice.h"
#include "core/support/dateformat.h"
#include "widgets/adjustmentdialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientworkspace.h"
#include "widgets/contacteditdialog.h"
#include "widgets/dialogreply.h"
#include "widgets/invoiceeditdialog.h"
#include "widgets/paymentdialog.h"
#include "widgets/session.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>

namespace ardesk {

namespace {
/// Runs `write` for the shown client; closes `dialog` on success or shows the error in it.
template<typename Dialog>
void submit(Session *session, qint64 clientId, Dialog *dialog, Session::ClientWrite write,
            const QString &doneMessage)
{
    QPointer<Dialog> guard(dialog);
    dialog->setEnabled(false);
    session->runClientWrite(clientId, std::move(write), doneMessage,
                            Session::AfterWrite::ShowClient,
                            [guard](const QString &error) { finishDialog(guard, error); });
}
} // namespace

LedgerActions::LedgerActions(const ActionContext &context)
    : QObject(context.window)
    , m_session(context.session)
    , m_workspace(context.workspace)
    , m_status(context.status)
    , m_window(context.window)
{
    ClientDetailsTab *tab = m_workspace->detailsTab();
    connect(tab, &ClientDetailsTab::addContactRequested, this, &LedgerActions::addContact);
    connect(tab, &ClientDetailsTab::editContactRequested, this, &LedgerActions::editContact);
    connect(tab, &ClientDetailsTab::newInvoiceRequested, this, &LedgerActions::newInvoice);
    connect(tab, &ClientDetailsTab::editInvoiceRequested, this, &LedgerActions::editInvoice);
    connect(tab, &ClientDetailsTab::writeOffRequested, this, &LedgerActions::writeOff);
    connect(tab, &ClientDetailsTab::creditNoteRequested, this, &LedgerActions::creditNote);
    connect(tab, &ClientDetailsTab::paymentRequested, this, &LedgerActions::recordPayment);
    connect(tab, &ClientDetailsTab::voidPaymentRequested, this, &LedgerActions::voidPayment);
}

void LedgerActions::addContact()
{
    Contact c;
    c.clientId = m_workspace->clientId();
    if (c.clientId == 0)
        return;
    openContactEditor(c);
}

void LedgerActions::editContact(const Contact &contact)
{
    if (contact.id == 0)
        return;
    openContactEditor(contact);
}

void LedgerActions::openContactEditor(const Contact &contact)
{
    const Client &client = m_workspace->detailsTab()->details().client;
    auto *dialog = new ContactEditDialog(client.country, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setContact(contact);
    connect(dialog, &ContactEditDialog::saveRequested, this, [this, dialog](const Contact &c) {
        submit(
                m_session, m_workspace->clientId(), dialog,
                [c = Contact(c)](const std::shared_ptr<Database> &db,
                                 qint64 userId) mutable -> Result<void> {
                    ClientService service(db, userId);
                    if (c.id == 0) {
                        auto id = service.addContact(c);
                        if (!id)
                            return id.error();
                        return {};
                    }
                    return service.updateContact(c);
                },
                c.id == 0 ? tr("Contact %1 added").arg(c.name)
                          : tr("Contact %1 saved").arg(c.name));
    });
    dialog->open();
}

void LedgerActions::newInvoice()
{
    if (m_workspace->clientId() == 0)
        return;
    openInvoiceEditor(Invoice());
}

void LedgerActions::editInvoice(const Invoice &invoice)
{
    if (invoice.id == 0)
        return;
    openInvoiceEditor(invoice);
}

void LedgerActions::openInvoiceEditor(const Invoice &invoice)
{
    const Client &client = m_workspace->detailsTab()->details().client;
    auto *dialog = new InvoiceEditDialog(client, m_session->companyLocale(), m_session->today(),
                                         m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInvoice(invoice);
    connect(dialog, &InvoiceEditDialog::saveRequested, this, [this, dialog](const Invoice &inv) {
        submit(
                m_session, m_workspace->clientId(), dialog,
                [inv = Invoice(inv)](const std::shared_ptr<Database> &db,
                                     qint64 userId) mutable -> Result<void> {
                    if (inv.id == 0) {
                        auto id = ClientService(db, userId).addInvoice(inv);
                        if (!id)
                            return id.error();
                        return {};
                    }
                    return LedgerService(db, userId).updateInvoice(inv);
                },
                inv.id == 0 ? tr("Invoice %1 entered").arg(inv.number)
                            : tr("Invoice %1 saved").arg(inv.number));
    });
    dialog->open();
}

void LedgerActions::writeOff(const Invoice &invoice)
{
    openAdjustment(int(AdjustmentDialog::Kind::WriteOff), invoice);
}

void LedgerActions::creditNote(const Invoice &invoice)
{
    openAdjustment(int(AdjustmentDialog::Kind::CreditNote), invoice);
}

void LedgerActions::openAdjustment(int kind, const Invoice &invoice)
{
    if (invoice.id == 0 || invoice.balanceMinor <= 0)
        return;
    auto *dialog = new AdjustmentDialog(AdjustmentDialog::Kind(kind), invoice,
                                        m_session->companyLocale(), m_session->today(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdjustmentDialog::saveRequested, this, [this, dialog] {
        const Invoice inv = dialog->invoice();
        const QDate date = dialog->date();
        const QString reason = dialog->reason();
        const QString number = dialog->creditNoteNumber();
        const Money amount = dialog->amount().value();
        const bool writeOff = dialog->kind() == AdjustmentDialog::Kind::WriteOff;
        submit(
                m_session, m_workspace->clientId(), dialog,
                [=](const std::shared_ptr<Database> &db, qint64 userId) -> Result<void> {
                    LedgerService ledger(db, userId);
                    auto r = writeOff ? ledger.writeOff(inv.id, date, reason)
                                      : ledger.creditNote(inv.id, amount, date, number, reason);
                    if (!r)
                        return r.error();
                    return {};
                },
                writeOff ? tr("Invoice %1 written off").arg(inv.number)
                         : tr("Credit note against %1 recorded").arg(inv.number));
    });
    dialog->open();
}

void LedgerActions::recordPayment()
{
    const ClientDetails &d = m_workspace->detailsTab()->details();
    if (d.client.id == 0 || m_workspace->clientId() != d.client.id)
        return;
    auto *dialog = new PaymentDialog(d.client, d.invoices, m_session->companyLocale(),
                                     m_session->today(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::saveRequested, this,
            [this, dialog](const Payment &p, PaymentDialog::Allocation mode) {
                submit(
                        m_session, m_workspace->clientId(), dialog,
                        [p, mode](const std::shared_ptr<Database> &db,
                                  qint64 userId) -> Result<void> {
                            LedgerService ledger(db, userId);
                            // Oldest first is decided again at write time, on the balances then.
                            auto r = mode == PaymentDialog::Allocation::ByHand
                                    ? ledger.recordPaymentAllocated(p)
                                    : ledger.recordPaymentOldestFirst(p);
                            if (!r)
                                return r.error();
                            return {};
                        },
                        tr("Payment of %1 recorded")
                                .arg(p.amount().format(m_session->companyLocale())));
            });
    dialog->open();
}

void LedgerActions::voidPayment(const Payment &payment)
{
    if (payment.id == 0 || payment.isVoided())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
            m_window, tr("Void payment"),
            tr("Why is the payment of %1 on %2 voided? (e.g. the check bounced; kept with the "
               "payment and in the audit log)")
                    .arg(payment.amount().format(m_session->companyLocale()),
                         dateformat::date(m_session->companyLocale(), payment.date)),
            QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const qint64 id = payment.id;
    m_session->runClientWrite(
            m_workspace->clientId(),
            [id, reason](const std::shared_ptr<Database> &db, qint64 userId) {
                return LedgerService(db, userId).voidPayment(id, reason);
            },
            tr("Payment voided"), Session::AfterWrite::ShowClient,
            [this](const QString &error) {
                if (!error.isEmpty())
                    QMessageBox::warning(m_window, tr("Void payment"), error);
            });
}

} // namespace ardesk
