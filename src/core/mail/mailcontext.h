// SPDX-License-Identifier: MIT
#pragma once

#include "core/mail/smtpsettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace ardesk {

class Database;

/// The variables of an e-mail template for one client, built from the company file in one
/// place (so a preview, the CLI and a bulk run see the same values).
///
/// Variables (see docs/email.md): today; company.{name, address, discount_wording,
/// late_penalty_wording, remittance};
/// policy.{name, late_payment_wording} (the client's reminder policy); sender.{name, email,
/// signature}; client.{code, name, billing_address, currency, terms_days}; contact.{name, email,
/// role} (the first addressee); invoices[] with {number, issue_date, due_date, amount, balance,
/// currency, days_late, po_number, overdue}; invoice_count; totals[] with {currency, balance,
/// overdue}; total_balance; total_overdue; oldest_due_date (of the overdue invoices: never in the
/// future); promise.{amount, date}; broken_promise.{amount, date, paid}; plan.{installments[]
/// {date, amount}, total}; call.{date, outcome, contact, next_contact, has_promise, has_plan}.
/// Money is formatted in the company locale, dates in its long format. Values that do not exist
/// for this client (no promise, no contact, no open invoice) are null, so a template that needs
/// them is refused with the name.
///
/// With Request::callNoteId (a recap of that call): contact is the person spoken with, the
/// invoices are those the call discussed (else every open one), promise and plan are the ones
/// agreed in the call (null when none was), call holds its outcome and next contact.
class MailContext
{
public:
    struct Promise
    {
        qint64 amountMinor = 0;
        QString currency;
        QDate date;
    };
    struct Request
    {
        qint64 clientId = 0;
        QList<qint64> contactIds; ///< the addressees; the first one is {{contact}}
        QList<qint64> invoiceIds; ///< empty: every open invoice of the client
        QList<qint64> excludeInvoiceIds; ///< left out of the list (SendGuard: disputed, held)
        std::optional<Promise> promise; ///< none: the client's newest open promise, if any
        QDate asOf; ///< invalid: today
        /// The user the message speaks for (SenderIdentity: their name, e-mail and signature
        /// when they have an e-mail address); 0: the company's sender.
        qint64 senderUserId = 0;
        qint64 callNoteId = 0; ///< the call this message recaps (0: none)
    };

    /// Reads everything on the calling thread's connection of `db`.
    static Result<QJsonObject> build(const Database &db, const Request &request,
                                     const SmtpSettings &smtp);
    /// Every known variable with an example value (lists hold one element): what a template
    /// may use. Also the data of the template editor's preview without a client.
    static QJsonObject schema();

    Q_DECLARE_TR_FUNCTIONS(MailContext)
};

} // namespace ardesk
