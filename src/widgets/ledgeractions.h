// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"
#include "core/domain/invoice.h"
#include "core/domain/payment.h"
#include "widgets/actioncontext.h"

#include <QObject>

namespace ardesk {

class ClientWorkspace;
class Session;

/// The Details tab's ledger and contact actions: opens the dialog, and on Save runs the change
/// through the core services on the session's worker thread; the dialog closes on success
/// or shows the core's message and stays open. Only shows and collects — the rules are the
/// services'.
class LedgerActions : public QObject
{
    Q_OBJECT
public:
    explicit LedgerActions(const ActionContext &context);

    void addContact();
    void editContact(const Contact &contact);
    void newInvoice();
    void editInvoice(const Invoice &invoice);
    void writeOff(const Invoice &invoice);
    void creditNote(const Invoice &invoice);
    void recordPayment();
    void voidPayment(const Payment &payment);

private:
    void openContactEditor(const Contact &contact);
    void openInvoiceEditor(const Invoice &invoice);
    void openAdjustment(int kind, const Invoice &invoice);
    Session *m_session;
    ClientWorkspace *m_workspace;
    QStatusBar *m_status;
    QWidget *m_window; ///< parent of the dialogs
};

} // namespace ardesk
