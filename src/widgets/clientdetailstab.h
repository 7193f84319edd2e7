// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/permissions.h"
#include "core/storage/clientdetails.h"

#include <QLocale>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace ardesk {

class InvoiceTableModel;
class PaymentTableModel;

/// The Details tab: client fields, credit (limit, used, available, bar), contacts with phone and
/// envelope buttons, and the client's invoices.
class ClientDetailsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ClientDetailsTab(QWidget *parent = nullptr);

    void setDetails(const ClientDetails &details);
    void setLocale(const QLocale &locale);
    void setAsOf(const QDate &date);
    /// What the signed-in user may do (Permissions): the buttons for anything else are hidden.
    /// Until told, every button shows.
    void setUserRoles(UserRoles roles);

    InvoiceTableModel *invoiceModel() const { return m_invoiceModel; }
    QTableView *invoiceView() const { return m_invoiceView; }
    PaymentTableModel *paymentModel() const { return m_paymentModel; }
    QTableView *paymentView() const { return m_paymentView; }
    /// What is shown (the last setDetails()).
    const ClientDetails &details() const { return m_details; }
    /// The invoice selected in the invoices table (id 0 when none).
    Invoice selectedInvoice() const;
    Payment selectedPayment() const;
    /// Text of a field by its object name (tests); the internal notes' too.
    QString fieldText(const QString &name) const;
    int contactCount() const { return m_contactCount; }

Q_SIGNALS:
    /// The user asked to put the shown client on credit hold, or to lift the hold.
    void creditHoldRequested(qint64 clientId);
    void creditReleaseRequested(qint64 clientId);
    void addContactRequested();
    void editContactRequested(const ardesk::Contact &contact);
    void newInvoiceRequested();
    void editInvoiceRequested(const ardesk::Invoice &invoice);
    void writeOffRequested(const ardesk::Invoice &invoice);
    void creditNoteRequested(const ardesk::Invoice &invoice);
    /// Open a dispute on this invoice (a dispute note, from the Notes composer).
    void disputeRequested(const ardesk::Invoice &invoice);
    /// The invoice list's context menu: attach the invoice's document, open it.
    void attachDocumentRequested(const ardesk::Invoice &invoice);
    void openDocumentRequested(const ardesk::Invoice &invoice);
    /// The invoice list's context menu: export this client's invoices (File > Export…).
    void exportInvoicesRequested();
    void paymentRequested();
    void voidPaymentRequested(const ardesk::Payment &payment);
    /// Dial `phone` through the desktop and open the call log / log a text with it.
    void callRequested(const ardesk::Contact &contact, const ardesk::Phone &phone);
    void textRequested(const ardesk::Contact &contact, const ardesk::Phone &phone);
    /// Write to this contact from an e-mail template.
    void emailRequested(const ardesk::Contact &contact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildClientForm();
    QWidget *buildCreditBox();
    void buildContacts(QVBoxLayout *layout);
    QWidget *buildInvoicePage();
    QWidget *buildPaymentPage();
    /// Attach document… / Open document for the invoice under the pointer.
    void showInvoiceMenu(const QPoint &pos);
    void showProfile(const ClientDetails &d);
    void showCredit(const ClientDetails &d);
    void showLedger(const ClientDetails &d);
    void retranslateUi();
    /// What's this? texts of the credit box and the aging table.
    void explainCredit();
    enum class Lines { Single, Multi };
    QLabel *addField(QFormLayout *form, const QString &objectName, Lines lines = Lines::Single);
    void rebuildContacts(const QList<Contact> &contacts);
    QToolButton *mailButton(const Contact &contact, QWidget *row);
    QToolButton *phoneButton(const Contact &contact, const Phone &phone, QWidget *row);
    void showAging(const AgingReport &aging);
    void showHabits(const PaymentHabits &habits);
    void updateLedgerButtons();
    QPushButton *addButton(QLayout *layout, const char *objectName);

    QLocale m_locale;
    QFormLayout *m_form;
    QFormLayout *m_creditForm;
    QLabel *m_lastContact; ///< "Last conversation: … · Last touch: …"
    QLabel *m_status, *m_currency, *m_terms, *m_clerk, *m_segment, *m_tags, *m_address, *m_country;
    /// Read-only and scrollable: a long internal note is never cut off.
    QPlainTextEdit *m_notes;
    QLabel *m_balance, *m_overdue, *m_limit, *m_used, *m_available, *m_lastPayment, *m_daysToPay;
    QProgressBar *m_creditBar;
    QLabel *m_overLimit;
    QPushButton *m_holdButton;
    QLabel *m_agingTitle;
    QLabel *m_aging; ///< a small rich-text table: not due, 1–30, 31–60, 61–90, 90+
    qint64 m_clientId = 0;
    bool m_onHold = false;
    QWidget *m_contactsBox;
    QVBoxLayout *m_contactsLayout;
    QLabel *m_contactsTitle;
    QLabel *m_invoicesTitle;
    int m_contactCount = 0;
    InvoiceTableModel *m_invoiceModel;
    QSortFilterProxyModel *m_invoiceProxy;
    QTableView *m_invoiceView;
    PaymentTableModel *m_paymentModel;
    QSortFilterProxyModel *m_paymentProxy;
    QTableView *m_paymentView;
    QTabWidget *m_ledgerTabs;
    QPushButton *m_addContact = nullptr;
    QPushButton *m_newInvoice = nullptr;
    QPushButton *m_editInvoice = nullptr;
    QPushButton *m_writeOff = nullptr;
    QPushButton *m_creditNote = nullptr;
    QPushButton *m_dispute = nullptr;
    QPushButton *m_recordPayment = nullptr;
    QPushButton *m_voidPayment = nullptr;
    UserRoles m_roles
            = UserRoles(UserRole::Sales) | UserRole::Clerk | UserRole::Manager | UserRole::Admin;
    void applyPermissions();
    ClientDetails m_details;
    QString m_phoneCountry; ///< the shown client's country: how its numbers read
};

} // namespace ardesk
