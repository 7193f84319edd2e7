// SPDX-License-Identifier: MIT
#include "core/mail/mailcontext.h"

#include "core/domain/money.h"
#include "core/mail/senderidentity.h"
#include "core/storage/brokenpromisequery.h"
#include "core/storage/clientcommitments.h"
#include "core/storage/clientrepository.h"
#include "core/storage/companysettings.h"
#include "core/storage/contactrepository.h"
#include "core/storage/database.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/notereader.h"
#include "core/storage/policyrepository.h"
#include "core/support/translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace ardesk {
namespace {

/// The locale's long date without the weekday ("November 25, 2026", "25. November 2026").
QString formatDate(const QLocale &locale, const QDate &d)
{
    if (!d.isValid())
        return QString();
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(d, format.trimmed());
}

QJsonValue orNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// The first addressee (null when there is none); one not of the client is an error.
Result<QJsonValue> contactValue(const Database &db, const MailContext::Request &r, const Client &c)
{
    QJsonValue contact(QJsonValue::Null);
    if (r.contactIds.isEmpty())
        return contact;
    auto contacts = ContactRepository(db).forClient(r.clientId);
    if (!contacts)
        return contacts.error();
    for (const Contact &ct : contacts.value()) {
        if (ct.id == r.contactIds.first())
            contact = QJsonObject {{QStringLiteral("name"), orNull(ct.name)},
                                   {QStringLiteral("email"), orNull(ct.email)},
                                   {QStringLiteral("role"), orNull(ct.role)}};
    }
    if (contact.isNull())
        return makeError(ErrorCode::NotFound,
                         MailContext::tr("contact: %1 is not a contact of client %2")
                                 .arg(r.contactIds.first())
                                 .arg(c.code));
    return contact;
}

/// The invoices asked for (each must be the client's), else every open one, less those the
/// guard leaves out; by due date.
Result<QList<Invoice>> chosenInvoices(const Database &db, const MailContext::Request &r,
                                      const Client &c)
{
    auto invoices = InvoiceRepository(db).forClient(r.clientId, InvoiceRepository::Filter::All);
    if (!invoices)
        return invoices.error();
    QList<Invoice> chosen;
    for (qint64 id : r.invoiceIds) {
        const auto it = std::find_if(invoices.value().cbegin(), invoices.value().cend(),
                                     [&](const Invoice &i) { return i.id == id; });
        if (it == invoices.value().cend())
            return makeError(ErrorCode::InvalidValue,
                             MailContext::tr("invoices: invoice id %1 does not belong "
                                             "to client %2")
                                     .arg(id)
                                     .arg(c.code));
        chosen.append(*it);
    }
    if (r.invoiceIds.isEmpty()) {
        for (const Invoice &i : invoices.value()) {
            if (i.balanceMinor > 0 && !i.writtenOff)
                chosen.append(i);
        }
    }
    chosen.removeIf([&](const Invoice &i) { return r.excludeInvoiceIds.contains(i.id); });
    std::sort(chosen.begin(), chosen.end(), [](const Invoice &a, const Invoice &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.number < b.number;
    });
    return chosen;
}

/// invoices, invoice_count, totals, total_balance, total_overdue and oldest_due_date.
void insertInvoices(QJsonObject &v, const QList<Invoice> &chosen, const QLocale &locale,
                    const QDate &asOf)
{
    QJsonArray list;
    QMap<QString, QPair<qint64, qint64>> totals; // currency → (balance, overdue)
    QDate oldest;
    for (const Invoice &i : chosen) {
        const int late = i.daysPastDue(asOf);
        list.append(QJsonObject {
                {QStringLiteral("number"), i.number},
                {QStringLiteral("issue_date"), formatDate(locale, i.issueDate)},
                {QStringLiteral("due_date"), formatDate(locale, i.dueDate)},
                {QStringLiteral("amount"), i.amount().format(locale)},
                {QStringLiteral("balance"), i.balance().format(locale)},
                {QStringLiteral("currency"), i.currency},
                {QStringLiteral("days_late"), QString::number(late)},
                // In the company's language, as the rest of the message is written for the
                // customer.
                {QStringLiteral("days_late_text"),
                 translations::translate(locale, "MailContext",
                                         QT_TRANSLATE_N_NOOP("MailContext", "%n day(s)"), late)},
                {QStringLiteral("po_number"), orNull(i.poNumber)},
                {QStringLiteral("overdue"), late > 0}});
        auto &t = totals[i.currency];
        t.first += i.balanceMinor;
        if (late > 0)
            t.second += i.balanceMinor;
        // "Due since": only an invoice already past due, so the date is never in the future.
        if (i.balanceMinor > 0 && late > 0 && (!oldest.isValid() || i.dueDate < oldest))
            oldest = i.dueDate;
    }
    v.insert(QStringLiteral("invoices"), list);
    v.insert(QStringLiteral("invoice_count"), QString::number(list.size()));
    QJsonArray totalList;
    QStringList balances;
    QStringList overdues;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const QString balance = Money::fromMinor(it.value().first, it.key()).format(locale);
        const QString overdue = Money::fromMinor(it.value().second, it.key()).format(locale);
        totalList.append(QJsonObject {{QStringLiteral("currency"), it.key()},
                                      {QStringLiteral("balance"), balance},
                                      {QStringLiteral("overdue"), overdue}});
        balances << balance;
        overdues << overdue;
    }
    v.insert(QStringLiteral("totals"), totalList);
    v.insert(QStringLiteral("total_balance"), orNull(balances.join(QStringLiteral(" + "))));
    v.insert(QStringLiteral("total_overdue"), orNull(overdues.join(QStringLiteral(" + "))));
    v.insert(QStringLiteral("oldest_due_date"), orNull(formatDate(locale, oldest)));
}

/// A promise as a template shows it.
QJsonObject promiseObject(qint64 amountMinor, const QString &currency, const QDate &date,
                          const QLocale &locale)
{
    return QJsonObject {
            {QStringLiteral("amount"), Money::fromMinor(amountMinor, currency).format(locale)},
            {QStringLiteral("date"), formatDate(locale, date)}};
}

/// The promise asked for, else the one made in the call recapped, else (no call) the client's
/// newest open one; null when there is none.
Result<QJsonValue> promiseValue(const Database &db, const MailContext::Request &r,
                                const QLocale &locale)
{
    if (r.promise)
        return QJsonValue(promiseObject(r.promise->amountMinor, r.promise->currency,
                                        r.promise->date, locale));
    auto open = r.callNoteId ? ClientCommitments(db).promiseOfNote(r.callNoteId)
                             : ClientCommitments(db).newestOpenPromise(r.clientId);
    if (!open)
        return open.error();
    if (!open.value())
        return QJsonValue(QJsonValue::Null);
    const ClientCommitments::Promise &p = *open.value();
    return QJsonValue(promiseObject(p.amountMinor, p.currency, p.date, locale));
}

/// The broken promise a message may name (BrokenPromiseQuery: broken by the promise rule and
/// still owed); null when there is none.
Result<QJsonValue> brokenPromiseValue(const Database &db, qint64 clientId, const QDate &asOf,
                                      const QLocale &locale)
{
    auto broken = BrokenPromiseQuery(db).latest(clientId, asOf);
    if (!broken)
        return broken.error();
    if (!broken.value())
        return QJsonValue(QJsonValue::Null);
    const BrokenPromiseQuery::Promise &p = *broken.value();
    QJsonObject v = promiseObject(p.amountMinor, p.currency, p.promisedDate, locale);
    v.insert(QStringLiteral("paid"), Money::fromMinor(p.paidMinor, p.currency).format(locale));
    return QJsonValue(v);
}

/// The installments of the plan agreed in the call, else of the client's newest active payment
/// plan; null when there is none.
Result<QJsonValue> planValue(const Database &db, const MailContext::Request &r,
                             const QLocale &locale)
{
    auto plan = r.callNoteId ? ClientCommitments(db).planOfNote(r.callNoteId)
                             : ClientCommitments(db).activePlan(r.clientId);
    if (!plan)
        return plan.error();
    if (!plan.value())
        return QJsonValue(QJsonValue::Null);
    const QString &currency = plan.value()->currency;
    QJsonArray installments;
    qint64 total = 0;
    for (const ClientCommitments::Installment &i : std::as_const(plan.value()->installments)) {
        total += i.amountMinor;
        installments.append(
                QJsonObject {{QStringLiteral("date"), formatDate(locale, i.dueDate)},
                             {QStringLiteral("amount"),
                              Money::fromMinor(i.amountMinor, currency).format(locale)}});
    }
    return QJsonValue(QJsonObject {
            {QStringLiteral("installments"), installments},
            {QStringLiteral("total"), Money::fromMinor(total, currency).format(locale)}});
}

/// The call recapped (its newest revision); one of another client is an error.
Result<std::optional<Note>> callNote(const Database &db, const MailContext::Request &r,
                                     const Client &c)
{
    if (!r.callNoteId)
        return std::optional<Note>();
    auto entry = NoteReader(db).latest(r.callNoteId);
    if (!entry)
        return entry.error();
    if (entry.value().note.clientId != r.clientId)
        return makeError(ErrorCode::InvalidValue,
                         MailContext::tr("call: note %1 is not a note of client %2")
                                 .arg(r.callNoteId)
                                 .arg(c.code));
    return std::optional<Note>(entry.value().note);
}

/// What was agreed in the call: its day, outcome, who was spoken with and the next contact.
QJsonValue callValue(const std::optional<Note> &note, const QJsonValue &promise,
                     const QJsonValue &plan, const QLocale &locale)
{
    if (!note)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {
            {QStringLiteral("date"), formatDate(locale, note->occurredAt.toLocalTime().date())},
            {QStringLiteral("outcome"),
             orNull(note->outcome == NoteOutcome::None ? QString() : displayName(note->outcome))},
            {QStringLiteral("contact"), orNull(note->contactName)},
            {QStringLiteral("next_contact"), orNull(formatDate(locale, note->nextContactDate))},
            {QStringLiteral("has_promise"), !promise.isNull()},
            {QStringLiteral("has_plan"), !plan.isNull()}};
}

} // namespace

QJsonObject MailContext::schema()
{
    const QJsonObject invoice {{QStringLiteral("number"), QStringLiteral("INV-1001")},
                               {QStringLiteral("issue_date"), QStringLiteral("September 1, 2026")},
                               {QStringLiteral("due_date"), QStringLiteral("October 1, 2026")},
                               {QStringLiteral("amount"), QStringLiteral("$1,200.00")},
                               {QStringLiteral("balance"), QStringLiteral("$1,200.00")},
                               {QStringLiteral("currency"), QStringLiteral("USD")},
                               {QStringLiteral("days_late"), QStringLiteral("25")},
                               {QStringLiteral("days_late_text"), QStringLiteral("25 days")},
                               {QStringLiteral("po_number"), QStringLiteral("PO-77")},
                               {QStringLiteral("overdue"), true}};
    const QJsonObject total {{QStringLiteral("currency"), QStringLiteral("USD")},
                             {QStringLiteral("balance"), QStringLiteral("$1,200.00")},
                             {QStringLiteral("overdue"), QStringLiteral("$1,200.00")}};
    return QJsonObject {
            {QStringLiteral("today"), QStringLiteral("October 26, 2026")},
            {QStringLiteral("company"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Acme Supplies Inc.")},
                          {QStringLiteral("address"), QStringLiteral("1 Main St, Springfield")},
                          {QStringLiteral("discount_wording"),
                           QStringLiteral("Take 2% off when you pay within 10 days.")},
                          {QStringLiteral("late_penalty_wording"),
                           QStringLiteral("Overdue amounts carry interest of 1% a month.")},
                          {QStringLiteral("remittance"),
                           QStringLiteral("Bank of Springfield, IBAN US00 0000 0000 0000")}}},
            {QStringLiteral("policy"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Standard")},
                          {QStringLiteral("late_payment_wording"),
                           QStringLiteral("Invoices paid late carry interest of 1% a month.")}}},
            {QStringLiteral("sender"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Pat Clerk")},
                          {QStringLiteral("email"), QStringLiteral("ar@acme.example")},
                          {QStringLiteral("signature"),
                           QStringLiteral("Pat Clerk, Accounts Receivable")}}},
            {QStringLiteral("client"),
             QJsonObject {
                     {QStringLiteral("code"), QStringLiteral("C00042")},
                     {QStringLiteral("name"), QStringLiteral("Globex Corporation")},
                     {QStringLiteral("billing_address"), QStringLiteral("5 Oak Ave, Shelbyville")},
                     {QStringLiteral("currency"), QStringLiteral("USD")},
                     {QStringLiteral("terms_days"), QStringLiteral("30")}}},
            {QStringLiteral("contact"),
             QJsonObject {{QStringLiteral("name"), QStringLiteral("Jane Doe")},
                          {QStringLiteral("email"), QStringLiteral("ap@globex.example")},
                          {QStringLiteral("role"), QStringLiteral("Accounts payable")}}},
            {QStringLiteral("invoices"), QJsonArray {invoice}},
            {QStringLiteral("invoice_count"), QStringLiteral("1")},
            {QStringLiteral("totals"), QJsonArray {total}},
            {QStringLiteral("total_balance"), QStringLiteral("$1,200.00")},
            {QStringLiteral("total_overdue"), QStringLiteral("$1,200.00")},
            {QStringLiteral("oldest_due_date"), QStringLiteral("October 1, 2026")},
            {QStringLiteral("promise"),
             QJsonObject {{QStringLiteral("amount"), QStringLiteral("$600.00")},
                          {QStringLiteral("date"), QStringLiteral("November 5, 2026")}}},
            {QStringLiteral("broken_promise"),
             QJsonObject {{QStringLiteral("amount"), QStringLiteral("$600.00")},
                          {QStringLiteral("date"), QStringLiteral("October 20, 2026")},
                          {QStringLiteral("paid"), QStringLiteral("$0.00")}}},
            {QStringLiteral("plan"),
             QJsonObject {{QStringLiteral("installments"),
                           QJsonArray {QJsonObject {
                                   {QStringLiteral("date"), QStringLiteral("November 5, 2026")},
                                   {QStringLiteral("amount"), QStringLiteral("$600.00")}}}},
                          {QStringLiteral("total"), QStringLiteral("$1,200.00")}}},
            {QStringLiteral("call"),
             QJsonObject {{QStringLiteral("date"), QStringLiteral("October 26, 2026")},
                          {QStringLiteral("outcome"), QStringLiteral("Promise to pay")},
                          {QStringLiteral("contact"), QStringLiteral("Jane Doe")},
                          {QStringLiteral("next_contact"), QStringLiteral("November 6, 2026")},
                          {QStringLiteral("has_promise"), true},
                          {QStringLiteral("has_plan"), false}}},
            // Set by MailService from the files the message really carries.
            {QStringLiteral("attachments"),
             QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("INV-1001.pdf")}}}},
            {QStringLiteral("has_attachments"), true},
    };
}

Result<QJsonObject> MailContext::build(const Database &db, const Request &r,
                                       const SmtpSettings &smtp)
{
    auto company = CompanySettings::load(db);
    if (!company)
        return company.error();
    const QLocale locale(company.value().locale);
    const QDate asOf = r.asOf.isValid() ? r.asOf : db.today();
    auto client = ClientRepository(db).find(r.clientId);
    if (!client)
        return client.error();
    const Client &c = client.value();

    QJsonObject v;
    v.insert(QStringLiteral("today"), formatDate(locale, asOf));
    v.insert(QStringLiteral("company"),
             QJsonObject {
                     {QStringLiteral("name"), orNull(company.value().companyName)},
                     {QStringLiteral("address"), orNull(company.value().address)},
                     {QStringLiteral("discount_wording"), orNull(company.value().discountWording)},
                     {QStringLiteral("late_penalty_wording"),
                      orNull(company.value().latePenaltyWording)},
                     {QStringLiteral("remittance"), orNull(company.value().remittance)}});
    auto policy = PolicyRepository(db).forClient(c.id);
    if (!policy)
        return policy.error();
    v.insert(QStringLiteral("policy"),
             QJsonObject {
                     {QStringLiteral("name"), orNull(policy.value().name)},
                     {QStringLiteral("late_payment_wording"), orNull(policy.value().penaltyText)}});
    auto sender = SenderIdentity::load(db, smtp, r.senderUserId);
    if (!sender)
        return sender.error();
    v.insert(QStringLiteral("sender"),
             QJsonObject {{QStringLiteral("name"), orNull(sender.value().name)},
                          {QStringLiteral("email"), orNull(sender.value().email)},
                          {QStringLiteral("signature"), orNull(sender.value().signature)}});
    v.insert(QStringLiteral("client"),
             QJsonObject {{QStringLiteral("code"), c.code},
                          {QStringLiteral("name"), c.name},
                          {QStringLiteral("billing_address"), orNull(c.billingAddress)},
                          {QStringLiteral("currency"), c.currency},
                          {QStringLiteral("terms_days"), QString::number(c.paymentTermsDays)}});
    auto call = callNote(db, r, c);
    if (!call)
        return call.error();
    Request asked = r;
    if (call.value() && asked.contactIds.isEmpty() && call.value()->contactId)
        asked.contactIds = {call.value()->contactId}; // the person spoken with
    if (call.value() && asked.invoiceIds.isEmpty())
        asked.invoiceIds = call.value()->invoiceIds; // the invoices discussed
    auto contact = contactValue(db, asked, c);
    if (!contact)
        return contact.error();
    v.insert(QStringLiteral("contact"), contact.value());
    auto chosen = chosenInvoices(db, asked, c);
    if (!chosen)
        return chosen.error();
    insertInvoices(v, chosen.value(), locale, asOf);
    auto promise = promiseValue(db, r, locale);
    if (!promise)
        return promise.error();
    v.insert(QStringLiteral("promise"), promise.value());
    auto broken = brokenPromiseValue(db, r.clientId, asOf, locale);
    if (!broken)
        return broken.error();
    v.insert(QStringLiteral("broken_promise"), broken.value());
    auto plan = planValue(db, r, locale);
    if (!plan)
        return plan.error();
    v.insert(QStringLiteral("plan"), plan.value());
    v.insert(QStringLiteral("call"),
             callValue(call.value(), promise.value(), plan.value(), locale));
    return v;
}

} // namespace ardesk
