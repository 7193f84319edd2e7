// SPDX-License-Identifier: MIT
#include "core/import/csvimport.h"

#include "core/domain/allocation.h"
#include "core/domain/client.h"
#include "core/domain/contact.h"
#include "core/domain/money.h"
#include "core/domain/phonenumber.h"
#include "core/domain/validation.h"
#include "core/import/readahead.h"
#include "core/services/authorization.h"
#include "core/storage/arhistory.h"
#include "core/storage/arsummary.h"
#include "core/storage/auditlog.h"
#include "core/storage/clientrepository.h"
#include "core/storage/companysettings.h"
#include "core/storage/contactrepository.h"
#include "core/storage/importwriter.h"
#include "core/storage/paymentrepository.h"
#include "core/storage/transaction.h"
#include "core/support/log.h"
#include "core/support/timeutil.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <tuple>
#include <utility>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ardesk {
namespace {

constexpr int kMaxListedErrors = 1000;

/// Lower case, spaces and dashes as underscores; a leading `*` (Xero marks mandatory columns
/// `*ContactName`) is dropped.
QString normalized(QString header)
{
    header = header.trimmed();
    while (header.startsWith(u'*'))
        header.remove(0, 1);
    header = header.trimmed().toLower();
    header.replace(u' ', u'_');
    header.replace(u'-', u'_');
    return header;
}

/// Aliases accepted as column names, beside the canonical ones.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = {
            {QStringLiteral("invoice_number"), QStringLiteral("number")},
            {QStringLiteral("invoice_no"), QStringLiteral("number")},
            {QStringLiteral("invoice"), QStringLiteral("number")},
            {QStringLiteral("invoice_date"), QStringLiteral("issue_date")},
            {QStringLiteral("date"), QStringLiteral("issue_date")},
            {QStringLiteral("customer_id"), QStringLiteral("client_code")},
            {QStringLiteral("customer_code"), QStringLiteral("client_code")},
            {QStringLiteral("customer"), QStringLiteral("client_name")},
            {QStringLiteral("customer_name"), QStringLiteral("client_name")},
            {QStringLiteral("code"), QStringLiteral("client_code")},
            {QStringLiteral("name"), QStringLiteral("client_name")},
            {QStringLiteral("total"), QStringLiteral("amount")},
            {QStringLiteral("invoice_amount"), QStringLiteral("amount")},
            {QStringLiteral("po"), QStringLiteral("po_number")},
            {QStringLiteral("settled_date"), QStringLiteral("paid_date")},
            {QStringLiteral("terms"), QStringLiteral("payment_terms_days")},
            {QStringLiteral("contact"), QStringLiteral("contact_name")},
            {QStringLiteral("e_mail"), QStringLiteral("email")},
            {QStringLiteral("phone_number"), QStringLiteral("phone")},
            {QStringLiteral("telephone"), QStringLiteral("phone")},
            {QStringLiteral("cell"), QStringLiteral("mobile")},
            {QStringLiteral("mobile_phone"), QStringLiteral("mobile")},
            {QStringLiteral("amountpaid"), QStringLiteral("amount_paid")},
            {QStringLiteral("invoice_amount_paid"), QStringLiteral("amount_paid")},
            {QStringLiteral("amountdue"), QStringLiteral("amount_due")},
            {QStringLiteral("invoice_amount_due"), QStringLiteral("amount_due")},
            {QStringLiteral("open_balance"), QStringLiteral("amount_due")},
            {QStringLiteral("balance_due"), QStringLiteral("amount_due")},
            {QStringLiteral("outstanding"), QStringLiteral("amount_due")},
            {QStringLiteral("invoice_status"), QStringLiteral("status")},
            {QStringLiteral("salesperson"), QStringLiteral("clerk")},
            {QStringLiteral("collector"), QStringLiteral("clerk")},
    };
    return map;
}

/// A file at least this many bytes, about 20k invoice rows, may be a bulk load.
constexpr qint64 kBulkMinBytes = 20000 * 64;

/// 1.23E+15: what a spreadsheet makes of a long invoice number.
bool looksScientific(const QString &text)
{
    if (!text.contains(u'e') && !text.contains(u'E'))
        return false; // the common case, without a regular expression
    static const QRegularExpression scientific(
            QStringLiteral("^[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]+$"));
    return scientific.match(text).hasMatch();
}

/// yyyy-MM-dd without QDate::fromString (millions of dates in a bulk import); anything else
/// falls back to Qt's parser with the given format.
QDate parseDateText(const QString &t, const QString &format)
{
    static const QString iso = QStringLiteral("yyyy-MM-dd");
    if (format == iso && t.size() == 10 && t.at(4) == u'-' && t.at(7) == u'-') {
        int v[3] = {0, 0, 0};
        const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
        for (int part = 0; part < 3; ++part) {
            for (int i = starts[part]; i < starts[part] + lengths[part]; ++i) {
                const char16_t c = t.at(i).unicode();
                if (c < u'0' || c > u'9')
                    return QDate();
                v[part] = v[part] * 10 + (c - u'0');
            }
        }
        return QDate(v[0], v[1], v[2]); // invalid for 2026-02-30, as fromString is
    }
    return QDate::fromString(t, format);
}

/// What an invoice's `status` cell says about importing it.
enum class InvoiceState { Open, Paid, Void, Draft };

struct ParsedInvoice
{
    qint64 line = 0;
    QString clientCode; ///< empty when the file names the client only by name
    /// The code case-folded, as clients are looked up; for a client named only by name, a
    /// unit separator and the name case-folded.
    QString clientKey;
    /// The same small number for the same client key throughout one import (0, 1, 2… in order
    /// of first appearance), so the writer finds the client by index, not by hashing the code.
    int clientSlot = -1;
    QString clientName;
    QString number;
    QDate issue, due, paid;
    qint64 amountMinor = 0;
    qint64 balanceMinor = 0; ///< what is left open after the row's payment
    QDate paymentDate; ///< of that payment: the paid date, else the import date
    InvoiceState state = InvoiceState::Open;
    QString clerk; ///< as the file names the user
    QString currency;
    QString po;
    bool disputed = false;
    // What is written, already in storage form (UTF-8, yyyy-MM-dd; settled empty when the
    // invoice stays open).
    QByteArray numberUtf8, issueUtf8, dueUtf8, settledUtf8, paymentUtf8, currencyUtf8, poUtf8;
};

/// Where a field is in the file (index −1 when no column maps to it) and the file's own name
/// for that column, which error messages show.
struct FieldColumn
{
    int index = -1;
    QString source;
};

/// The columns every row is checked with before it reaches the database.
struct RowColumns
{
    int width = 0; ///< fields in the header
    FieldColumn clientCode, clientName, number, issueDate, dueDate, paidDate, amount, currency, po,
            disputed, amountPaid, amountDue, status, clerk;

    static QString cell(const CsvReader::Record &r, const FieldColumn &c)
    {
        return c.index < 0 ? QString() : r.fields.value(c.index);
    }
};

/// A row as the reading thread hands it over: the record, its client code and currency, and
/// for invoices the checked values; `issues` lists what is wrong with the row (then nothing of
/// it is written).
struct ReadRow
{
    CsvReader::Record rec;
    QString code; ///< empty when the row names its client only by `name`
    QString name; ///< the client_name cell, trimmed
    QString currency;
    QList<CsvImport::Issue> issues;
    ParsedInvoice invoice; ///< invoices only, when issues is empty

    void addIssue(const QString &column, const QString &message)
    {
        issues.append(CsvImport::Issue {rec.line, column, message});
    }
};

/// Reads a date cell (trimmed) into `out`; returns what is wrong with it, or nothing. An empty
/// cell is wrong only when the field is mandatory.
QString readDate(const QString &field, const QString &text, bool mandatory, const QString &format,
                 QDate *out)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return mandatory ? CsvImport::tr("%1: is required").arg(field) : QString();
    const QDate d = parseDateText(t, format);
    if (!d.isValid())
        return CsvImport::tr("%1: \"%2\" is not a date in the format %3").arg(field, t, format);
    if (auto v = validation::businessDate(field, d); !v)
        return v.errorString();
    *out = d;
    return QString();
}

/// yes/true/1/y or no/false/0/n/empty (trimmed, lower case); nothing for anything else.
std::optional<bool> readYesNo(const QString &t)
{
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")
        || t == QLatin1String("y"))
        return true;
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false")
        || t == QLatin1String("0") || t == QLatin1String("n"))
        return false;
    return std::nullopt;
}

/// The field count, client code and currency, which every kind of row needs; false when the
/// row cannot be read further.
bool checkShape(ReadRow &row, const RowColumns &c, const CsvImport::Options &options)
{
    const CsvReader::Record &rec = row.rec;
    if (rec.fields.size() != c.width) {
        row.addIssue(QString(),
                     CsvImport::tr("expected %1 fields like the header, found %2")
                             .arg(c.width)
                             .arg(rec.fields.size()));
        return false;
    }
    row.code = RowColumns::cell(rec, c.clientCode).trimmed();
    row.name = RowColumns::cell(rec, c.clientName).trimmed();
    // Without a client_code column the client is named by its name (matched or created on
    // the writing thread); with one, the code is required.
    if (c.clientCode.index >= 0 && row.code.isEmpty()) {
        row.addIssue(c.clientCode.source, CsvImport::tr("client_code: is required"));
        return false;
    }
    if (c.clientCode.index < 0 && row.name.isEmpty()) {
        row.addIssue(c.clientName.source, CsvImport::tr("client_name: is required"));
        return false;
    }
    row.currency = RowColumns::cell(rec, c.currency).trimmed().toUpper();
    if (row.currency.isEmpty())
        row.currency = options.defaultCurrency;
    return true;
}

void checkInvoiceNumber(ReadRow &row, const RowColumns &c)
{
    const QString &number = row.invoice.number;
    if (number.isEmpty()) {
        row.addIssue(c.number.source, CsvImport::tr("number: is required"));
    } else if (looksScientific(number)) {
        row.addIssue(
                c.number.source,
                CsvImport::tr(
                        "number: \"%1\" looks like a number a spreadsheet rewrote in scientific "
                        "notation; export invoice numbers as text")
                        .arg(number));
    } else if (auto v = validation::noControlChars(QStringLiteral("number"), number); !v) {
        row.addIssue(c.number.source, v.errorString());
    }
}

void checkInvoiceDates(ReadRow &row, const RowColumns &c, const QString &format)
{
    ParsedInvoice &inv = row.invoice;
    for (auto [field, column, mandatory, out] :
         {std::tuple {"issue_date", &c.issueDate, true, &inv.issue},
          std::tuple {"due_date", &c.dueDate, true, &inv.due},
          std::tuple {"paid_date", &c.paidDate, false, &inv.paid}}) {
        const QString problem = readDate(QLatin1String(field), RowColumns::cell(row.rec, *column),
                                         mandatory, format, out);
        if (!problem.isEmpty())
            row.addIssue(column->source, problem);
    }
    if (inv.issue.isValid() && inv.due.isValid() && inv.due < inv.issue)
        row.addIssue(c.dueDate.source,
                     CsvImport::tr("due_date: %1 is before the issue date %2")
                             .arg(inv.due.toString(Qt::ISODate), inv.issue.toString(Qt::ISODate)));
    if (inv.issue.isValid() && inv.paid.isValid() && inv.paid < inv.issue)
        row.addIssue(c.paidDate.source,
                     CsvImport::tr("paid_date: %1 is before the issue date %2")
                             .arg(inv.paid.toString(Qt::ISODate), inv.issue.toString(Qt::ISODate)));
}

void checkInvoiceAmount(ReadRow &row, const RowColumns &c, QChar decimalSeparator)
{
    ParsedInvoice &inv = row.invoice;
    Money::ParseOptions moneyOptions;
    moneyOptions.decimalSeparator = decimalSeparator;
    auto m = Money::parse(RowColumns::cell(row.rec, c.amount), inv.currency, moneyOptions);
    if (!m)
        row.addIssue(c.amount.source, QStringLiteral("amount: ") + m.errorString());
    else if (m.value().minor() <= 0)
        row.addIssue(c.amount.source,
                     CsvImport::tr("amount: %1 must be positive (credit notes are not imported as "
                                   "invoices)")
                             .arg(m.value().toPlainString()));
    else
        inv.amountMinor = m.value().minor();
}

void checkInvoiceDisputed(ReadRow &row, const RowColumns &c)
{
    const QString cell = RowColumns::cell(row.rec, c.disputed);
    if (const auto disputed = readYesNo(cell.trimmed().toLower()))
        row.invoice.disputed = *disputed;
    else
        row.addIssue(c.disputed.source,
                     CsvImport::tr("disputed: \"%1\" is not yes/no/true/false/1/0").arg(cell));
}

/// The import's reading of a `status` cell (any case, `_` as a space): Xero's words, QuickBooks'
/// ("Overdue 15 days", "Due in 3 days", "Partially paid", "Deposited") and Sage's ("Part
/// Paid", "Unpaid"). Empty is open. Nothing for a word it does not know.
std::optional<InvoiceState> readStatus(const QString &text)
{
    QString t = text.toUpper();
    t.replace(u'_', u' ');
    t = t.simplified();
    if (t.isEmpty())
        return InvoiceState::Open;
    static const QHash<QString, InvoiceState> words = {
            {QStringLiteral("VOIDED"), InvoiceState::Void},
            {QStringLiteral("VOID"), InvoiceState::Void},
            {QStringLiteral("DELETED"), InvoiceState::Void},
            {QStringLiteral("CANCELLED"), InvoiceState::Void},
            {QStringLiteral("CANCELED"), InvoiceState::Void},
            {QStringLiteral("DRAFT"), InvoiceState::Draft},
            {QStringLiteral("SUBMITTED"), InvoiceState::Draft},
            {QStringLiteral("AWAITING APPROVAL"), InvoiceState::Draft},
            {QStringLiteral("PENDING APPROVAL"), InvoiceState::Draft},
            {QStringLiteral("PAID"), InvoiceState::Paid},
            {QStringLiteral("FULLY PAID"), InvoiceState::Paid},
            {QStringLiteral("DEPOSITED"), InvoiceState::Paid},
            {QStringLiteral("CLOSED"), InvoiceState::Paid},
            {QStringLiteral("AUTHORISED"), InvoiceState::Open},
            {QStringLiteral("AUTHORIZED"), InvoiceState::Open},
            {QStringLiteral("APPROVED"), InvoiceState::Open},
            {QStringLiteral("OPEN"), InvoiceState::Open},
            {QStringLiteral("AWAITING PAYMENT"), InvoiceState::Open},
            {QStringLiteral("SENT"), InvoiceState::Open},
            {QStringLiteral("UNPAID"), InvoiceState::Open},
            {QStringLiteral("OVERDUE"), InvoiceState::Open},
            {QStringLiteral("PART PAID"), InvoiceState::Open},
            {QStringLiteral("PARTLY PAID"), InvoiceState::Open},
            {QStringLiteral("PARTIALLY PAID"), InvoiceState::Open},
    };
    if (const auto it = words.constFind(t); it != words.cend())
        return *it;
    if (t.startsWith(QLatin1String("OVERDUE ")) || t.startsWith(QLatin1String("DUE ")))
        return InvoiceState::Open;
    return std::nullopt;
}

/// An amount_paid or amount_due cell in the invoice's currency: nothing when it is empty (or
/// the amount could not be read); a value below zero or above the invoice amount is named.
std::optional<qint64> readInvoicePart(ReadRow &row, const FieldColumn &column, const QString &field,
                                      QChar decimalSeparator)
{
    const ParsedInvoice &inv = row.invoice;
    const QString text = RowColumns::cell(row.rec, column).trimmed();
    if (column.index < 0 || text.isEmpty() || inv.amountMinor <= 0)
        return std::nullopt;
    Money::ParseOptions moneyOptions;
    moneyOptions.decimalSeparator = decimalSeparator;
    auto m = Money::parse(text, inv.currency, moneyOptions);
    if (!m) {
        row.addIssue(column.source, field + QStringLiteral(": ") + m.errorString());
        return std::nullopt;
    }
    const qint64 minor = m.value().minor();
    if (minor < 0) {
        row.addIssue(column.source,
                     CsvImport::tr("%1: %2 is negative").arg(field, m.value().toPlainString()));
        return std::nullopt;
    }
    if (minor > inv.amountMinor) {
        row.addIssue(column.source,
                     CsvImport::tr("%1: %2 is more than the invoice amount %3")
                             .arg(field, m.value().toPlainString(),
                                  Money::fromMinor(inv.amountMinor, inv.currency).toPlainString()));
        return std::nullopt;
    }
    return minor;
}

/// What the invoice owes after the import: nothing when its status is paid, or when it has a
/// paid date and no amount_due/amount_paid; else its amount_due, or its amount less
/// amount_paid, or its amount. The payment that brings it there is dated its paid date, else
/// the import date (not before the issue date).
void checkInvoiceBalance(ReadRow &row, const RowColumns &c, QChar decimalSeparator,
                         const QDate &today)
{
    ParsedInvoice &inv = row.invoice;
    inv.balanceMinor = inv.amountMinor;
    const auto due
            = readInvoicePart(row, c.amountDue, QStringLiteral("amount_due"), decimalSeparator);
    const auto paid
            = readInvoicePart(row, c.amountPaid, QStringLiteral("amount_paid"), decimalSeparator);
    if (inv.state == InvoiceState::Paid || (inv.paid.isValid() && !due && !paid))
        inv.balanceMinor = 0;
    else if (due)
        inv.balanceMinor = *due;
    else if (paid)
        inv.balanceMinor = inv.amountMinor - *paid;
    inv.paymentDate = inv.paid.isValid() ? inv.paid : std::max(today, inv.issue);
}

/// The values of a checked invoice in the form they are written in, and its client's slot.
void prepareInvoiceForWriting(ParsedInvoice &inv, QHash<QString, int> &clientSlots)
{
    auto slot = clientSlots.constFind(inv.clientKey);
    if (slot == clientSlots.cend())
        slot = clientSlots.insert(inv.clientKey, int(clientSlots.size()));
    inv.clientSlot = *slot;
    inv.numberUtf8 = inv.number.toUtf8();
    inv.issueUtf8 = timeutil::toStorage(inv.issue).toUtf8();
    inv.dueUtf8 = timeutil::toStorage(inv.due).toUtf8();
    inv.paymentUtf8 = timeutil::toStorage(inv.paymentDate).toUtf8();
    inv.settledUtf8 = inv.balanceMinor == 0 ? inv.paymentUtf8 : QByteArray();
    inv.currencyUtf8 = inv.currency.toUtf8();
    inv.poUtf8 = inv.po.toUtf8();
}

/// Every value of an invoice row; a void or draft one (skipped) only up to its status.
void checkInvoice(ReadRow &row, const RowColumns &c, const CsvImport::Options &options,
                  const QDate &today, QHash<QString, int> &clientSlots)
{
    const CsvReader::Record &rec = row.rec;
    ParsedInvoice &inv = row.invoice;
    inv.line = rec.line;
    inv.number = RowColumns::cell(rec, c.number).trimmed();
    const QString statusText = RowColumns::cell(rec, c.status).trimmed();
    const auto state = readStatus(statusText);
    if (!state) {
        row.addIssue(c.status.source,
                     CsvImport::tr("status: \"%1\" is not a status ARDesk knows (paid; "
                                   "authorised, open or awaiting payment; voided, void or "
                                   "deleted; draft, submitted or awaiting approval)")
                             .arg(statusText));
        return;
    }
    inv.state = *state;
    if (inv.state == InvoiceState::Void || inv.state == InvoiceState::Draft)
        return; // skipped and counted; nothing else of it is read
    inv.clientCode = row.code;
    inv.clientKey = row.code.isEmpty() ? u'\x1f' + row.name.toCaseFolded() : row.code.toLower();
    inv.clientName = row.name;
    inv.clerk = RowColumns::cell(rec, c.clerk).trimmed();
    inv.currency = row.currency;
    inv.po = RowColumns::cell(rec, c.po).trimmed();
    checkInvoiceNumber(row, c);
    const bool knownCurrency = Currency::isKnown(inv.currency);
    if (!knownCurrency)
        row.addIssue(c.currency.source,
                     CsvImport::tr("currency: \"%1\" is not an ISO 4217 code").arg(inv.currency));
    checkInvoiceDates(row, c, options.dateFormat);
    if (knownCurrency)
        checkInvoiceAmount(row, c, options.decimalSeparator);
    checkInvoiceBalance(row, c, options.decimalSeparator, today);
    checkInvoiceDisputed(row, c);
    if (row.issues.isEmpty())
        prepareInvoiceForWriting(inv, clientSlots);
}

/// Checks what a row says on its own, with no database: the field count, client code and
/// currency of every kind, and every value of an invoice row.
void checkRow(ReadRow &row, const RowColumns &c, const CsvImport::Options &options,
              const QDate &today, QHash<QString, int> &clientSlots)
{
    if (checkShape(row, c, options) && options.kind == CsvImport::Kind::Invoices)
        checkInvoice(row, c, options, today, clientSlots);
}

/// The status of an invoice on file after the import changed its dispute flag or balance, by
/// the one rule (invoiceStatus()). A write-off counts while it is what closed the invoice (its
/// balance on file is 0): an invoice whose balance a voided payment reopened after a write-off
/// is treated as open, as the import always has.
InvoiceStatus statusOnFile(qint64 amountMinor, qint64 balanceMinor, bool disputed,
                           const ImportWriter::StoredInvoice &stored)
{
    return invoiceStatus(amountMinor, balanceMinor, disputed,
                         stored.writtenOff && stored.balanceMinor <= 0);
}

bool samePhones(const QList<Phone> &a, const QList<Phone> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const Phone &x, const Phone &y) {
                          return x.label == y.label && x.raw == y.raw && x.e164 == y.e164
                                  && x.extension == y.extension;
                      });
}

} // namespace

QByteArray CsvImport::Summary::toJson() const
{
    QJsonObject c, u;
    for (auto it = created.cbegin(); it != created.cend(); ++it)
        c.insert(it.key(), it.value());
    for (auto it = updated.cbegin(); it != updated.cend(); ++it)
        u.insert(it.key(), it.value());
    QJsonArray e;
    for (const Issue &i : errors)
        e.append(QJsonObject {{QStringLiteral("line"), i.line},
                              {QStringLiteral("column"), i.column},
                              {QStringLiteral("message"), i.message}});
    QByteArray skippedJson;
    if (!skipped.isEmpty()) {
        QJsonObject k;
        for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
            k.insert(it.key(), it.value());
        skippedJson = ",\"skipped\":" + QJsonDocument(k).toJson(QJsonDocument::Compact);
    }
    // Key order as documented: rows, created, updated, unchanged, (skipped,) errors.
    return "{\"rows\":" + QByteArray::number(rows)
            + ",\"created\":" + QJsonDocument(c).toJson(QJsonDocument::Compact)
            + ",\"updated\":" + QJsonDocument(u).toJson(QJsonDocument::Compact)
            + ",\"unchanged\":" + QByteArray::number(unchanged) + skippedJson
            + ",\"errors\":" + QJsonDocument(e).toJson(QJsonDocument::Compact) + "}";
}

QString CsvImport::Summary::skippedText() const
{
    const int voided = skipped.value(QStringLiteral("void"));
    const int drafts = skipped.value(QStringLiteral("draft"));
    if (voided > 0 && drafts > 0)
        return tr("%1 and %n draft invoice(s) skipped", nullptr, drafts)
                .arg(tr("%n void", nullptr, voided));
    if (voided > 0)
        return tr("%n void invoice(s) skipped", nullptr, voided);
    if (drafts > 0)
        return tr("%n draft invoice(s) skipped", nullptr, drafts);
    return QString();
}

QString CsvImport::codeFromName(const QString &name)
{
    constexpr int kMaxLength = 20; // room for the suffix of a taken code within 32
    QString code;
    bool gap = false;
    for (const QChar ch : name.normalized(QString::NormalizationForm_KD)) {
        if (ch.category() == QChar::Mark_NonSpacing || ch == u'\'' || ch == QChar(0x2019))
            continue; // accents and apostrophes: "Café" → CAFE, "O'Neil" → ONEIL
        if (ch.unicode() < 128 && ch.isLetterOrNumber()) {
            if (gap && !code.isEmpty())
                code += u'-';
            code += ch.toUpper();
            gap = false;
            if (code.size() >= kMaxLength)
                break;
        } else {
            gap = true;
        }
    }
    while (code.endsWith(u'-'))
        code.chop(1);
    if (code.isEmpty())
        code = QStringLiteral("C-")
                + QString::fromLatin1(
                        QCryptographicHash::hash(name.trimmed().toCaseFolded().toUtf8(),
                                                 QCryptographicHash::Sha1)
                                .toHex()
                                .left(8)
                                .toUpper());
    return code;
}

QStringList CsvImport::canonicalFields(Kind kind)
{
    if (kind == Kind::Contacts)
        return {QStringLiteral("client_code"),
                QStringLiteral("client_name"),
                QStringLiteral("contact_name"),
                QStringLiteral("role"),
                QStringLiteral("email"),
                QStringLiteral("phone"),
                QStringLiteral("phone_label"),
                QStringLiteral("mobile"),
                QStringLiteral("preferred_channel"),
                QStringLiteral("billing"),
                QStringLiteral("do_not_contact")};
    if (kind == Kind::Payments)
        return {QStringLiteral("client_code"),  QStringLiteral("client_name"),
                QStringLiteral("payment_date"), QStringLiteral("amount"),
                QStringLiteral("currency"),     QStringLiteral("method"),
                QStringLiteral("reference"),    QStringLiteral("invoice_number")};
    if (kind == Kind::Clients)
        return {QStringLiteral("client_code"),  QStringLiteral("client_name"),
                QStringLiteral("currency"),     QStringLiteral("payment_terms_days"),
                QStringLiteral("credit_limit"), QStringLiteral("country"),
                QStringLiteral("time_zone"),    QStringLiteral("segment"),
                QStringLiteral("tags"),         QStringLiteral("billing_address"),
                QStringLiteral("clerk")};
    return {QStringLiteral("client_code"), QStringLiteral("client_name"),
            QStringLiteral("number"),      QStringLiteral("issue_date"),
            QStringLiteral("due_date"),    QStringLiteral("amount"),
            QStringLiteral("currency"),    QStringLiteral("po_number"),
            QStringLiteral("paid_date"),   QStringLiteral("disputed"),
            QStringLiteral("amount_paid"), QStringLiteral("amount_due"),
            QStringLiteral("status"),      QStringLiteral("clerk")};
}

QString CsvImport::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Clients:
        return QStringLiteral("clients");
    case Kind::Payments:
        return QStringLiteral("payments");
    case Kind::Contacts:
        return QStringLiteral("contacts");
    case Kind::Invoices:
        break;
    }
    return QStringLiteral("invoices");
}

std::optional<CsvImport::Kind> CsvImport::kindFromName(QStringView name)
{
    for (Kind k : {Kind::Clients, Kind::Contacts, Kind::Invoices, Kind::Payments}) {
        if (name == kindName(k))
            return k;
    }
    return std::nullopt;
}

QStringList CsvImport::presetNames()
{
    QStringList names;
    const QStringList files
            = QDir(QStringLiteral(":/ardesk/import-presets"))
                      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.chopped(5);
    return names;
}

namespace {

QJsonObject presetObject(const QString &name)
{
    QFile f(QStringLiteral(":/ardesk/import-presets/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The fields a kind cannot do without besides the client (its code or its name).
QStringList requiredFields(CsvImport::Kind kind)
{
    switch (kind) {
    case CsvImport::Kind::Invoices:
        return {QStringLiteral("number"), QStringLiteral("issue_date"), QStringLiteral("due_date"),
                QStringLiteral("amount")};
    case CsvImport::Kind::Payments:
        return {QStringLiteral("payment_date"), QStringLiteral("amount")};
    case CsvImport::Kind::Contacts:
        return {QStringLiteral("contact_name")};
    case CsvImport::Kind::Clients:
        break;
    }
    return {QStringLiteral("client_name")};
}

} // namespace

QString CsvImport::matchingPreset(const QStringList &header)
{
    QSet<QString> columns;
    for (const QString &h : header)
        columns.insert(normalized(h));
    QString best;
    qsizetype bestMatched = 0;
    for (const QString &name : presetNames()) {
        auto preset = presetOptions(name);
        if (!preset)
            continue;
        QSet<QString> covered; // fields with a column in the file
        qsizetype matched = 0;
        for (auto it = preset.value().mapping.cbegin(); it != preset.value().mapping.cend(); ++it) {
            if (columns.contains(normalized(it.key()))) {
                covered.insert(it.value());
                ++matched;
            }
        }
        const QStringList required = requiredFields(preset.value().kind);
        const bool complete = std::all_of(required.cbegin(), required.cend(),
                                          [&](const QString &f) { return covered.contains(f); })
                && (covered.contains(QStringLiteral("client_code"))
                    || covered.contains(QStringLiteral("client_name")));
        if (complete && matched > bestMatched) {
            best = name;
            bestMatched = matched;
        }
    }
    return best;
}

Result<CsvImport::Options> CsvImport::presetOptions(const QString &name)
{
    if (!QFile::exists(QStringLiteral(":/ardesk/import-presets/%1.json").arg(name)))
        return makeError(ErrorCode::NotFound,
                         tr("no import preset \"%1\" (known: %2)")
                                 .arg(name, presetNames().join(QStringLiteral(", "))));
    const QJsonObject o = presetObject(name);
    Options options;
    options.kind
            = kindFromName(o.value(QStringLiteral("kind")).toString()).value_or(Kind::Invoices);
    const QJsonObject columns = o.value(QStringLiteral("columns")).toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it)
        options.mapping.insert(it.key(), it.value().toString());
    options.dateFormat = o.value(QStringLiteral("date_format")).toString(options.dateFormat);
    options.defaultCurrency = o.value(QStringLiteral("currency")).toString();
    options.createClients = o.value(QStringLiteral("create_clients")).toBool();
    const QString decimal = o.value(QStringLiteral("decimal")).toString(QStringLiteral("."));
    options.decimalSeparator = decimal.isEmpty() ? QChar(u'.') : decimal.at(0);
    return options;
}

QHash<int, QString> CsvImport::autoMapping(const QStringList &header, Kind kind,
                                           const QHash<QString, QString> &mapping)
{
    const QStringList fields = canonicalFields(kind);
    QHash<QString, QString> explicitMap; // normalized source → canonical
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (fields.contains(it.value()))
            explicitMap.insert(normalized(it.key()), it.value());
    }
    QHash<int, QString> targets;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = normalized(header[i].trimmed());
        QString target = explicitMap.value(key);
        if (target.isEmpty() && explicitMap.isEmpty()) {
            if (fields.contains(key))
                target = key;
            else if (fields.contains(aliases().value(key)))
                target = aliases().value(key);
        } else if (target.isEmpty() && fields.contains(key)
                   && !explicitMap.values().contains(key)) {
            target = key; // canonical names still map beside an explicit mapping
        }
        if (!target.isEmpty())
            targets.insert(i, target);
    }
    return targets;
}

namespace {

/// One import, from the header row to the commit: the state its steps share. Runs on the
/// caller's thread with that thread's connection; its ReadAhead reads and checks rows on one
/// more. Any error, a cancel or a dry run rolls the one transaction back.
class ImportRun
{
public:
    using Kind = CsvImport::Kind;
    using Summary = CsvImport::Summary;

    ImportRun(std::shared_ptr<Database> db, qint64 userId, const CsvImport::Options &options,
              const std::atomic<bool> &cancel, const std::function<void(qint64, int)> &progress)
        : m_db(std::move(db))
        , m_userId(userId)
        , m_options(options)
        , m_cancel(cancel)
        , m_progress(progress)
    {
        m_moneyOptions.decimalSeparator = options.decimalSeparator;
    }

    Result<Summary> run(QIODevice *device);

private:
    enum class Ending { Read, Cancelled };

    bool readHeader(CsvReader &reader);
    void mapColumns();
    void requireColumns();
    Result<void> begin(QIODevice *device);
    bool isBulkLoad(QIODevice *device) const;
    Result<Ending> importRows(CsvReader &reader);
    Result<void> importRow(const ReadRow &row);
    Result<void> finish();
    Result<void> refreshSummaries();
    Result<void> recordAudit();
    Summary withoutCounts();
    Error fail(const QString &message);

    Result<void> importClient(const ReadRow &row);
    std::optional<Client> readClient(const ReadRow &row);
    Result<void> storeClient(Client &client);

    Result<void> importPayment(const ReadRow &row);
    void readPayment(const ReadRow &row, Payment &pay);
    Result<qint64> preferredInvoice(const ReadRow &row, const Payment &pay);
    Result<void> storePayment(const ReadRow &row, Payment &pay, qint64 preferred);

    Result<void> importContact(const ReadRow &row);
    Contact readContact(const ReadRow &row, const ImportWriter::Client *owner,
                        QList<std::pair<QString, Phone>> &phones);
    void checkContact(const ReadRow &row, const Contact &contact,
                      const QList<std::pair<QString, Phone>> &phones);
    Result<void> storeContact(const Contact &contact);
    Contact mergedContact(const Contact &stored, const Contact &read) const;

    Result<void> importInvoice(const ReadRow &row);
    Result<qint64> invoiceClient(const ReadRow &row);
    Result<qint64> createInvoiceClient(const ReadRow &row, const QString &code);
    Result<bool> assignInvoiceClerk(const ReadRow &row, ImportWriter::Client &client);
    void countSkipped(const ParsedInvoice &inv);

    Result<void> importNamed(const ReadRow &row);
    Result<void> importByKind(const ReadRow &row);
    QString codeForName(const ReadRow &row, bool mayCreate);
    QString unusedCode(const QString &name) const;
    void remember(const ImportWriter::Client &client, const QString &code);
    std::optional<qint64> clerkId(qint64 line, const QString &text);
    QString wording(const QString &commandLine, const QString &dialog) const
    {
        return m_options.front == CsvImport::Front::Dialog ? dialog : commandLine;
    }
    Result<void> writeInvoice(const ReadRow &row, const ImportWriter::InvoiceRow &values);
    Result<void> writeExisting(const ReadRow &row, const ImportWriter::InvoiceRow &values);
    Result<std::optional<ImportWriter::StoredInvoice>> updateExisting(
            const ReadRow &row, const ImportWriter::InvoiceRow &values);

    void addError(qint64 line, const QString &column, const QString &message);
    QString cell(const CsvReader::Record &r, const QString &field) const
    {
        const auto it = m_columns.constFind(field);
        return it == m_columns.cend() ? QString() : r.fields.value(it->index);
    }
    QString col(const QString &field) const { return m_columns.value(field).source; }
    bool hasColumn(const char *field) const { return m_columns.contains(QLatin1String(field)); }
    /// On re-import, a field the file has a column for replaces the stored value; others stay.
    template<typename T>
    void take(const char *field, T &to, const T &from) const
    {
        if (hasColumn(field))
            to = from;
    }

    const std::shared_ptr<Database> m_db;
    const qint64 m_userId;
    const CsvImport::Options &m_options;
    const std::atomic<bool> &m_cancel;
    const std::function<void(qint64, int)> &m_progress;
    Money::ParseOptions m_moneyOptions;
    Summary m_summary;

    CsvReader::Record m_header;
    QHash<QString, FieldColumn> m_columns; // canonical → column
    RowColumns m_rowColumns;

    // Declared before the writer, which puts the page cache back before the rollback.
    std::optional<WriteTransaction> m_tx;
    std::optional<ImportWriter> m_writer;
    QHash<QString, ImportWriter::Client> m_clients; // by case-folded code
    QHash<QString, QStringList> m_codesByName; // trimmed, case-folded name → codes
    QList<ImportWriter::User> m_users;
    QSet<QString> m_skippedNumbers; // void and draft invoices counted
    QHash<qint64, ImportWriter::Client> m_clientsById; // for their clerk
    QSet<qint64> m_newClients; // created by this import
    QString m_now, m_today;
    QDate m_todayDate;
    QByteArray m_nowUtf8, m_referenceUtf8;
    QSet<qint64> m_touched; // clients whose AR summary is refreshed

    QHash<QString, qint64> m_clientRowLine; // case-folded code → line
    QHash<qint64, qint32> m_newPaymentLines; // payments created by this import → their line
    QHash<QString, qint64> m_contactRowLine; // client id + case-folded name → line

    qint64 m_firstNewInvoice = 0;
    QList<qint32> m_newInvoiceLines; // by id − m_firstNewInvoice: where each was read
    QHash<qint64, qint32> m_seenExisting; // invoices that existed before, as read in this file
    QList<qint64> m_slotClientIds; // by ParsedInvoice::clientSlot; 0 until first written
    // Per-row counts, folded into the summary at the end.
    int m_invoicesCreated = 0, m_invoicesUpdated = 0, m_paymentsCreated = 0;
};

Result<CsvImport::Summary> ImportRun::run(QIODevice *device)
{
    CsvReader reader(device, m_options.csv);
    if (!readHeader(reader))
        return m_summary;
    mapColumns();
    requireColumns();
    if (!m_summary.errors.isEmpty())
        return m_summary;
    if (auto b = begin(device); !b)
        return b.error();
    auto ending = importRows(reader);
    if (!ending)
        return fail(ending.errorString());
    if (ending.value() == Ending::Cancelled) {
        m_tx->rollback();
        m_summary.cancelled = true;
        return withoutCounts();
    }
    if (!m_summary.errors.isEmpty()) {
        m_tx->rollback(); // nothing written
        return withoutCounts();
    }
    if (auto f = finish(); !f)
        return f.error();
    return m_summary;
}

bool ImportRun::readHeader(CsvReader &reader)
{
    auto first = reader.next(m_header);
    if (!first) {
        addError(0, QString(), first.errorString());
        return false;
    }
    if (!first.value()) {
        addError(1, QString(), CsvImport::tr("the file is empty (no header row)"));
        return false;
    }
    return true;
}

/// Which column imports as which field; a mapping naming no field and two columns for one
/// field are errors.
void ImportRun::mapColumns()
{
    const QStringList fields = CsvImport::canonicalFields(m_options.kind);
    for (auto it = m_options.mapping.cbegin(); it != m_options.mapping.cend(); ++it) {
        if (!fields.contains(it.value()))
            addError(m_header.line, it.key(),
                     CsvImport::tr("mapping: \"%1\" is not a field (fields: %2)")
                             .arg(it.value(), fields.join(QStringLiteral(", "))));
    }
    const QHash<int, QString> targets
            = CsvImport::autoMapping(m_header.fields, m_options.kind, m_options.mapping);
    for (int i = 0; i < m_header.fields.size(); ++i) {
        const QString source = m_header.fields[i].trimmed();
        const QString target = targets.value(i);
        if (target.isEmpty()) {
            m_summary.ignoredColumns << source;
            continue;
        }
        if (m_columns.contains(target)) {
            addError(m_header.line, source,
                     CsvImport::tr("columns \"%1\" and \"%2\" both map to %3")
                             .arg(m_columns.value(target).source, source, target));
            continue;
        }
        m_columns.insert(target, FieldColumn {i, source});
    }
    m_rowColumns.width = int(m_header.fields.size());
    for (auto [field, to] : std::initializer_list<std::pair<const char *, FieldColumn *>> {
                 {"client_code", &m_rowColumns.clientCode},
                 {"client_name", &m_rowColumns.clientName},
                 {"number", &m_rowColumns.number},
                 {"issue_date", &m_rowColumns.issueDate},
                 {"due_date", &m_rowColumns.dueDate},
                 {"paid_date", &m_rowColumns.paidDate},
                 {"amount", &m_rowColumns.amount},
                 {"currency", &m_rowColumns.currency},
                 {"po_number", &m_rowColumns.po},
                 {"disputed", &m_rowColumns.disputed},
                 {"amount_paid", &m_rowColumns.amountPaid},
                 {"amount_due", &m_rowColumns.amountDue},
                 {"status", &m_rowColumns.status},
                 {"clerk", &m_rowColumns.clerk}}) {
        if (const auto it = m_columns.constFind(QLatin1String(field)); it != m_columns.cend())
            *to = *it;
    }
}

/// The columns each kind cannot do without, and the currency.
void ImportRun::requireColumns()
{
    QStringList required;
    if (!m_columns.contains(QStringLiteral("client_code"))
        && !m_columns.contains(QStringLiteral("client_name")))
        addError(m_header.line, QString(),
                 wording(CsvImport::tr("no column for client_code or client_name (map one with "
                                       "--map SOURCE=client_code or --map SOURCE=client_name)"),
                         CsvImport::tr("no column for the client: choose which column holds the "
                                       "client code (client_code) or the client's name "
                                       "(client_name)")));
    if (m_options.kind == Kind::Invoices)
        required << QStringLiteral("number") << QStringLiteral("issue_date")
                 << QStringLiteral("due_date") << QStringLiteral("amount");
    else if (m_options.kind == Kind::Payments)
        required << QStringLiteral("payment_date") << QStringLiteral("amount");
    else if (m_options.kind == Kind::Contacts)
        required << QStringLiteral("contact_name");
    else
        required << QStringLiteral("client_name");
    for (const QString &r : std::as_const(required)) {
        if (!m_columns.contains(r))
            addError(m_header.line, QString(),
                     wording(CsvImport::tr("no column for %1 (map one with --map SOURCE=%1)"),
                             CsvImport::tr("no column for %1: choose the column that holds it "
                                           "under “Imports as”"))
                             .arg(r));
    }
    // Payments default to the client's own currency; contacts have none.
    if (!m_columns.contains(QStringLiteral("currency")) && m_options.defaultCurrency.isEmpty()
        && m_options.kind != Kind::Payments && m_options.kind != Kind::Contacts)
        addError(m_header.line, QString(),
                 wording(CsvImport::tr("no currency column; pass --currency CODE"),
                         CsvImport::tr("no currency column: choose the column that holds it, "
                                       "or type the currency of every row under “Default "
                                       "currency”")));
    if (!m_options.defaultCurrency.isEmpty() && !Currency::isKnown(m_options.defaultCurrency))
        addError(m_header.line, QString(),
                 wording(CsvImport::tr("--currency: \"%1\" is not an ISO 4217 code"),
                         CsvImport::tr("Default currency: \"%1\" is not an ISO 4217 code"))
                         .arg(m_options.defaultCurrency));
}

/// Opens the one transaction and readies the writer: each valid row is written as it is read,
/// and memory stays flat (nothing but the client index and one int per new invoice is kept).
Result<void> ImportRun::begin(QIODevice *device)
{
    m_writer.emplace(*m_db);
    if (!m_writer->hasHandle())
        return makeError(ErrorCode::Database, QStringLiteral("no SQLite handle"));
    m_tx.emplace(*m_db);
    if (auto b = m_tx->begin(); !b)
        return b;
    m_writer->start();
    auto clients = m_writer->clientsByCode();
    if (!clients)
        return clients.error();
    m_clients = clients.value();
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        m_codesByName[it->name.trimmed().toCaseFolded()].append(it->code);
    for (QStringList &codes : m_codesByName)
        codes.sort(Qt::CaseInsensitive);
    for (const ImportWriter::Client &c : std::as_const(m_clients))
        m_clientsById.insert(c.id, c);
    auto users = m_writer->users();
    if (!users)
        return users.error();
    m_users = users.value();

    const auto clock = m_db->clock();
    m_now = timeutil::toStorage(clock->now());
    m_todayDate = m_db->today();
    m_today = timeutil::toStorage(m_todayDate);
    m_nowUtf8 = m_now.toUtf8();
    m_referenceUtf8 = QStringLiteral("import %1").arg(m_options.sourceName).toUtf8();
    if (auto prepared = m_writer->prepare(); !prepared)
        return fail(prepared.errorString());
    m_firstNewInvoice = m_writer->nextInvoiceId();
    // Maintaining seven secondary indexes and the receivables history row by row costs more
    // than the rows of a bulk load; they are built once at the end.
    if (isBulkLoad(device)) {
        if (auto dropped = m_writer->dropIndexes(); !dropped)
            return fail(dropped.errorString());
        if (auto paused = ArHistory(*m_db).pause(); !paused)
            return fail(paused.errorString());
    }
    return {};
}

/// A big invoice file with at least half as many rows as the file has invoices.
bool ImportRun::isBulkLoad(QIODevice *device) const
{
    return m_options.kind == Kind::Invoices && device->size() >= kBulkMinBytes
            && device->size() / 64 * 2 >= m_firstNewInvoice;
}

/// Every row through importRow(), in file order, while the reading thread reads and checks the
/// ones after. An error is the database's (the transaction is then rolled back by the caller).
Result<ImportRun::Ending> ImportRun::importRows(CsvReader &reader)
{
    // The reading thread stops (and is joined) before this returns.
    ReadAhead<ReadRow> ahead(reader,
                             [this, clientSlots = QHash<QString, int>()](ReadRow &row) mutable {
                                 // only ever on the reading thread
                                 checkRow(row, m_rowColumns, m_options, m_todayDate, clientSlots);
                             });
    while (true) {
        if (m_cancel)
            return Ending::Cancelled;
        const ReadRow *row = ahead.next();
        if (!row) {
            if (!ahead.error().isEmpty())
                addError(0, QString(), ahead.error());
            break;
        }
        ++m_summary.rows;
        if (m_progress && m_summary.rows % 20000 == 0)
            m_progress(ahead.bytesRead(), m_summary.rows);
        if (auto r = importRow(*row); !r)
            return r.error();
    }
    if (m_progress)
        m_progress(ahead.bytesRead(), m_summary.rows);
    for (auto [key, n] : {std::pair {QStringLiteral("invoices"), m_invoicesCreated},
                          std::pair {QStringLiteral("payments"), m_paymentsCreated}}) {
        if (n > 0)
            m_summary.created[key] += n;
    }
    if (m_invoicesUpdated > 0)
        m_summary.updated[QStringLiteral("invoices")] += m_invoicesUpdated;
    return Ending::Read;
}

/// One row: its problems from the reading thread, or what it writes (rolled back at the end
/// if any row anywhere was bad).
Result<void> ImportRun::importRow(const ReadRow &row)
{
    for (const CsvImport::Issue &issue : row.issues)
        addError(issue.line, issue.column, issue.message);
    if (!row.issues.isEmpty())
        return {};
    if (row.code.isEmpty() && m_options.kind != Kind::Invoices)
        return importNamed(row);
    return importByKind(row);
}

Result<void> ImportRun::importByKind(const ReadRow &row)
{
    switch (m_options.kind) {
    case Kind::Clients:
        return importClient(row);
    case Kind::Payments:
        return importPayment(row);
    case Kind::Contacts:
        return importContact(row);
    case Kind::Invoices:
        break;
    }
    return importInvoice(row);
}

// ---- Clients named by name, clerks ------------------------------------------------------

/// A row that names its client only by name: the same row with that client's code (for a
/// clients file, a new code from the name when no client has it).
Result<void> ImportRun::importNamed(const ReadRow &row)
{
    const QString code = codeForName(row, m_options.kind == Kind::Clients);
    if (code.isEmpty())
        return {};
    ReadRow named = row;
    named.code = code;
    return importByKind(named);
}

/// The code of the client with the row's name (exact, case and outer spaces ignored); when no
/// client has it and `mayCreate`, an unused code from the name. Empty after naming the problem:
/// two clients of that name, or none.
QString ImportRun::codeForName(const ReadRow &row, bool mayCreate)
{
    const QStringList codes = m_codesByName.value(row.name.toCaseFolded());
    if (codes.size() == 1)
        return codes.first();
    const QString column = col(QStringLiteral("client_name"));
    if (codes.size() > 1) {
        addError(row.rec.line, column,
                 CsvImport::tr("client_name: %n clients are named \"%1\" (%2); add a "
                               "client_code column to tell them apart",
                               nullptr, int(codes.size()))
                         .arg(row.name, codes.join(QStringLiteral(", "))));
        return {};
    }
    if (mayCreate)
        return unusedCode(row.name);
    if (m_options.kind == Kind::Invoices)
        addError(row.rec.line, column,
                 wording(CsvImport::tr("client_name: no client named \"%1\" (import clients "
                                       "first, or pass --create-clients)"),
                         CsvImport::tr("client_name: no client named \"%1\" (import clients "
                                       "first, or tick “Create missing clients”)"))
                         .arg(row.name));
    else
        addError(row.rec.line, column,
                 CsvImport::tr("client_name: no client named \"%1\" (import clients first)")
                         .arg(row.name));
    return {};
}

/// CsvImport::codeFromName(), or when another client has that code, the code with a short
/// hash of the name (and a counter, should that be taken too).
QString ImportRun::unusedCode(const QString &name) const
{
    auto taken = [this](const QString &code) { return m_clients.contains(code.toLower()); };
    const QString base = CsvImport::codeFromName(name);
    if (!taken(base))
        return base;
    const QString hashed = base + u'-'
            + QString::fromLatin1(QCryptographicHash::hash(name.toCaseFolded().toUtf8(),
                                                           QCryptographicHash::Sha1)
                                          .toHex()
                                          .left(6)
                                          .toUpper());
    QString code = hashed;
    for (int n = 2; taken(code); ++n)
        code = hashed + u'-' + QString::number(n);
    return code;
}

/// A client written by this import, so later rows find it by code and by name.
void ImportRun::remember(const ImportWriter::Client &client, const QString &code)
{
    ImportWriter::Client c = client;
    c.code = code;
    m_clients.insert(code.toLower(), c);
    QStringList &codes = m_codesByName[c.name.trimmed().toCaseFolded()];
    if (!codes.contains(code, Qt::CaseInsensitive))
        codes.append(code);
}

/// The user a `clerk` cell names: by user name, else by display name (case ignored); nothing
/// after naming the problem.
std::optional<qint64> ImportRun::clerkId(qint64 line, const QString &text)
{
    for (const ImportWriter::User &u : std::as_const(m_users)) {
        if (QString::compare(u.name, text, Qt::CaseInsensitive) == 0)
            return u.id;
    }
    QStringList names;
    qint64 id = 0;
    for (const ImportWriter::User &u : std::as_const(m_users)) {
        if (QString::compare(u.displayName.trimmed(), text, Qt::CaseInsensitive) == 0) {
            names << u.name;
            id = u.id;
        }
    }
    if (names.size() == 1)
        return id;
    if (names.isEmpty())
        addError(line, col(QStringLiteral("clerk")),
                 CsvImport::tr("clerk: no user \"%1\" (the user name or display name of a "
                               "user of this company file)")
                         .arg(text));
    else
        addError(line, col(QStringLiteral("clerk")),
                 CsvImport::tr("clerk: \"%1\" is the display name of %2; use the user name")
                         .arg(text, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

/// After the last row: the indexes, the AR summary of every touched client and the audit row,
/// then the commit (or a rollback for a dry run or when nothing changed).
Result<void> ImportRun::finish()
{
    if (m_writer->hasDroppedIndexes()) {
        if (auto r = m_writer->rebuildIndexes(); !r)
            return fail(r.errorString());
        if (auto h = ArHistory(*m_db).rebuildAll(); !h)
            return fail(h.errorString());
    }
    if (auto r = refreshSummaries(); !r)
        return fail(r.errorString());
    if (auto a = recordAudit(); !a)
        return fail(a.errorString());
    if (m_options.dryRun || (m_summary.created.isEmpty() && m_summary.updated.isEmpty())) {
        m_tx->rollback(); // a dry run, or nothing to change: leave the file exactly as it was
        return {};
    }
    if (auto c = m_tx->commit(); !c)
        return c;
    m_summary.written = true;
    log::info(QStringLiteral("import %1: %2 rows").arg(m_options.sourceName).arg(m_summary.rows));
    return {};
}

Result<void> ImportRun::refreshSummaries()
{
    ArSummary arSummary(*m_db);
    const QDate date = arSummary.workingDate();
    if (m_touched.size() > 2000)
        return arSummary.rebuildAll(date);
    for (qint64 id : std::as_const(m_touched)) {
        if (auto r = arSummary.refreshClient(id, date); !r)
            return r;
    }
    return {};
}

Result<void> ImportRun::recordAudit()
{
    if (m_summary.created.isEmpty() && m_summary.updated.isEmpty())
        return {};
    QJsonObject after {{QStringLiteral("source"), m_options.sourceName},
                       {QStringLiteral("rows"), m_summary.rows}};
    for (auto it = m_summary.created.cbegin(); it != m_summary.created.cend(); ++it)
        after.insert(QStringLiteral("created_") + it.key(), it.value());
    for (auto it = m_summary.updated.cbegin(); it != m_summary.updated.cend(); ++it)
        after.insert(QStringLiteral("updated_") + it.key(), it.value());
    auto a = AuditLog(*m_db, m_userId)
                     .record(QStringLiteral("import"), 0, CsvImport::kindName(m_options.kind), {},
                             after);
    if (!a)
        return a.error();
    return {};
}

/// The summary of an import that wrote nothing.
CsvImport::Summary ImportRun::withoutCounts()
{
    m_summary.created.clear();
    m_summary.updated.clear();
    m_summary.skipped.clear();
    m_summary.unchanged = 0;
    return m_summary;
}

/// Rolls everything back; the import could not run.
Error ImportRun::fail(const QString &message)
{
    if (m_tx)
        m_tx->rollback();
    return makeError(ErrorCode::Database, message);
}

void ImportRun::addError(qint64 line, const QString &column, const QString &message)
{
    if (m_summary.errors.size() < kMaxListedErrors)
        m_summary.errors.append(CsvImport::Issue {line, column, message});
    else if (m_summary.errors.size() == kMaxListedErrors)
        m_summary.errors.append(
                CsvImport::Issue {line, QString(), CsvImport::tr("more errors not listed")});
}

// ---- Clients ------------------------------------------------------------------------------

Result<void> ImportRun::importClient(const ReadRow &row)
{
    std::optional<Client> client = readClient(row);
    if (!client)
        return {};
    const QString key = row.code.toLower();
    if (m_clientRowLine.contains(key)) {
        addError(row.rec.line, col(QStringLiteral("client_code")),
                 CsvImport::tr("client_code: \"%1\" is also on line %2")
                         .arg(row.code)
                         .arg(m_clientRowLine.value(key)));
        return {};
    }
    m_clientRowLine.insert(key, row.rec.line);
    return storeClient(*client);
}

/// The client a row describes, or nothing after naming its first problem.
std::optional<Client> ImportRun::readClient(const ReadRow &row)
{
    const CsvReader::Record &rec = row.rec;
    Client c;
    c.code = row.code;
    c.name = cell(rec, QStringLiteral("client_name")).trimmed();
    c.currency = row.currency;
    c.country = cell(rec, QStringLiteral("country")).trimmed().toUpper();
    c.timeZone = cell(rec, QStringLiteral("time_zone")).trimmed();
    c.segment = cell(rec, QStringLiteral("segment")).trimmed();
    c.billingAddress = cell(rec, QStringLiteral("billing_address")).trimmed();
    const QString tags = cell(rec, QStringLiteral("tags")).trimmed();
    if (!tags.isEmpty())
        for (const QString &t : tags.split(u',', Qt::SkipEmptyParts))
            c.tags << t.trimmed();
    const QString terms = cell(rec, QStringLiteral("payment_terms_days")).trimmed();
    if (!terms.isEmpty()) {
        bool ok = false;
        c.paymentTermsDays = terms.toInt(&ok);
        if (!ok) {
            addError(rec.line, col(QStringLiteral("payment_terms_days")),
                     CsvImport::tr("payment_terms_days: \"%1\" is not a whole number").arg(terms));
            return std::nullopt;
        }
    }
    const QString clerk = cell(rec, QStringLiteral("clerk")).trimmed();
    if (!clerk.isEmpty()) {
        const auto id = clerkId(rec.line, clerk);
        if (!id)
            return std::nullopt;
        c.assignedUserId = *id;
    }
    const QString limit = cell(rec, QStringLiteral("credit_limit")).trimmed();
    if (!limit.isEmpty()) {
        auto m = Money::parse(limit, row.currency, m_moneyOptions);
        if (!m) {
            addError(rec.line, col(QStringLiteral("credit_limit")), m.errorString());
            return std::nullopt;
        }
        c.creditLimitMinor = m.value().minor();
    }
    if (auto v = c.validate(); !v) {
        addError(rec.line, QString(), v.errorString());
        return std::nullopt;
    }
    return c;
}

/// A new client is inserted; one on file takes the columns the file has, when they differ.
Result<void> ImportRun::storeClient(Client &client)
{
    ClientRepository clientRepo(*m_db);
    auto existing = clientRepo.findByCode(client.code);
    if (!existing) {
        if (auto id = clientRepo.insert(client); !id)
            return id.error();
        ++m_summary.created[QStringLiteral("clients")];
        m_touched.insert(client.id);
        remember(ImportWriter::Client {client.id, client.currency, client.country, client.name,
                                       client.assignedUserId, client.code},
                 client.code);
        return {};
    }
    Client merged = existing.value();
    const Client before = merged;
    merged.name = client.name;
    merged.currency = client.currency;
    take("payment_terms_days", merged.paymentTermsDays, client.paymentTermsDays);
    take("credit_limit", merged.creditLimitMinor, client.creditLimitMinor);
    take("country", merged.country, client.country);
    take("time_zone", merged.timeZone, client.timeZone);
    take("segment", merged.segment, client.segment);
    take("tags", merged.tags, client.tags);
    take("billing_address", merged.billingAddress, client.billingAddress);
    if (client.assignedUserId != 0) // an empty clerk cell keeps the clerk
        merged.assignedUserId = client.assignedUserId;
    if (merged.assignedUserId == before.assignedUserId && merged.name == before.name
        && merged.currency == before.currency && merged.paymentTermsDays == before.paymentTermsDays
        && merged.creditLimitMinor == before.creditLimitMinor && merged.country == before.country
        && merged.timeZone == before.timeZone && merged.segment == before.segment
        && merged.tags == before.tags && merged.billingAddress == before.billingAddress) {
        ++m_summary.unchanged;
        return {};
    }
    if (auto u = clientRepo.update(merged); !u)
        return u;
    ++m_summary.updated[QStringLiteral("clients")];
    m_touched.insert(merged.id);
    return {};
}

// ---- Payments -----------------------------------------------------------------------------

Result<void> ImportRun::importPayment(const ReadRow &row)
{
    const auto payer = m_clients.constFind(row.code.toLower());
    if (payer == m_clients.cend()) {
        addError(row.rec.line, col(QStringLiteral("client_code")),
                 CsvImport::tr("client_code: no client \"%1\"").arg(row.code));
        return {};
    }
    const qsizetype errorsBefore = m_summary.errors.size();
    Payment pay;
    pay.clientId = payer->id;
    pay.currency = row.currency.isEmpty() ? payer->currency : row.currency;
    readPayment(row, pay);
    qint64 preferred = 0;
    if (m_summary.errors.size() == errorsBefore) {
        auto named = preferredInvoice(row, pay);
        if (!named)
            return named.error();
        preferred = named.value();
    }
    if (m_summary.errors.size() != errorsBefore)
        return {};
    return storePayment(row, pay, preferred);
}

/// Date, amount, method and reference, each bad one named.
void ImportRun::readPayment(const ReadRow &row, Payment &pay)
{
    const CsvReader::Record &rec = row.rec;
    pay.reference = cell(rec, QStringLiteral("reference")).trimmed();
    const QString dateField = QStringLiteral("payment_date");
    const QString dateProblem
            = readDate(dateField, cell(rec, dateField), true, m_options.dateFormat, &pay.date);
    if (!dateProblem.isEmpty())
        addError(rec.line, col(dateField), dateProblem);
    if (!Currency::isKnown(pay.currency)) {
        addError(rec.line, col(QStringLiteral("currency")),
                 CsvImport::tr("currency: \"%1\" is not an ISO 4217 code").arg(pay.currency));
    } else {
        auto m = Money::parse(cell(rec, QStringLiteral("amount")), pay.currency, m_moneyOptions);
        if (!m)
            addError(rec.line, col(QStringLiteral("amount")),
                     QStringLiteral("amount: ") + m.errorString());
        else if (m.value().minor() <= 0)
            addError(rec.line, col(QStringLiteral("amount")),
                     CsvImport::tr("amount: %1 must be positive").arg(m.value().toPlainString()));
        else
            pay.amountMinor = m.value().minor();
    }
    const QString method = normalized(cell(rec, QStringLiteral("method")));
    static const QHash<QString, PaymentMethod> methods = {
            {QString(), PaymentMethod::Other},
            {QStringLiteral("check"), PaymentMethod::Check},
            {QStringLiteral("cheque"), PaymentMethod::Check},
            {QStringLiteral("ach"), PaymentMethod::AchWire},
            {QStringLiteral("wire"), PaymentMethod::AchWire},
            {QStringLiteral("ach_wire"), PaymentMethod::AchWire},
            {QStringLiteral("bank_transfer"), PaymentMethod::AchWire},
            {QStringLiteral("card"), PaymentMethod::Card},
            {QStringLiteral("credit_card"), PaymentMethod::Card},
            {QStringLiteral("cash"), PaymentMethod::Cash},
            {QStringLiteral("other"), PaymentMethod::Other},
    };
    if (!methods.contains(method))
        addError(rec.line, col(QStringLiteral("method")),
                 CsvImport::tr("method: \"%1\" is not check, ach/wire, card, cash or other")
                         .arg(cell(rec, QStringLiteral("method"))));
    else
        pay.method = methods.value(method);
    if (auto v = validation::noControlChars(QStringLiteral("reference"), pay.reference); !v)
        addError(rec.line, col(QStringLiteral("reference")), v.errorString());
}

/// The invoice the row names for the payment (0: none named); naming another client's is an
/// error.
Result<qint64> ImportRun::preferredInvoice(const ReadRow &row, const Payment &pay)
{
    const QString invoiceNumber = cell(row.rec, QStringLiteral("invoice_number")).trimmed();
    if (invoiceNumber.isEmpty())
        return 0;
    auto named = m_writer->invoiceOfClient(invoiceNumber, pay.clientId);
    if (!named)
        return named.error();
    if (named.value() == 0)
        addError(row.rec.line, col(QStringLiteral("invoice_number")),
                 CsvImport::tr("invoice_number: %1 is not an invoice of %2")
                         .arg(invoiceNumber, row.code));
    return named.value();
}

/// Allocates the payment to the client's open invoices and stores it, unless the same payment
/// is on file already (unchanged) or earlier in this file (an error).
Result<void> ImportRun::storePayment(const ReadRow &row, Payment &pay, qint64 preferred)
{
    auto same = m_writer->samePayment(pay);
    if (!same)
        return same.error();
    if (same.value() != 0) {
        const qint64 id = same.value();
        if (m_newPaymentLines.contains(id)) {
            addError(row.rec.line, QString(),
                     CsvImport::tr("the same payment (client, date, amount and reference) is also "
                                   "on line %1")
                             .arg(m_newPaymentLines.value(id)));
        } else {
            ++m_summary.unchanged;
        }
        return {};
    }
    auto open = m_writer->openItems(pay.clientId, pay.currency);
    if (!open)
        return open.error();
    pay.allocations = AllocationRule::oldestFirst(pay.amountMinor, open.value(), preferred);
    auto id = PaymentRepository(*m_db).insert(pay, m_userId);
    if (!id)
        return id.error();
    m_newPaymentLines.insert(id.value(), qint32(row.rec.line));
    ++m_summary.created[QStringLiteral("payments")];
    m_touched.insert(pay.clientId);
    return {};
}

// ---- Contacts -----------------------------------------------------------------------------

Result<void> ImportRun::importContact(const ReadRow &row)
{
    const qsizetype errorsBefore = m_summary.errors.size();
    const auto owner = m_clients.constFind(row.code.toLower());
    if (owner == m_clients.cend())
        addError(row.rec.line, col(QStringLiteral("client_code")),
                 CsvImport::tr("client_code: no client \"%1\" (import clients first)")
                         .arg(row.code));
    QList<std::pair<QString, Phone>> phones; // column → number
    const Contact contact
            = readContact(row, owner == m_clients.cend() ? nullptr : &owner.value(), phones);
    checkContact(row, contact, phones);
    if (m_summary.errors.size() == errorsBefore) {
        if (auto v = contact.validate(); !v) // every rule above is Contact's; a guard
            addError(row.rec.line, QString(), v.errorString());
    }
    if (m_summary.errors.size() != errorsBefore)
        return {};
    const QString key = QString::number(contact.clientId) + u'\x1f' + contact.name.toCaseFolded();
    if (m_contactRowLine.contains(key)) {
        addError(row.rec.line, col(QStringLiteral("contact_name")),
                 CsvImport::tr("contact_name: %1 of client %2 is also on line %3")
                         .arg(contact.name, row.code)
                         .arg(m_contactRowLine.value(key)));
        return {};
    }
    m_contactRowLine.insert(key, row.rec.line);
    return storeContact(contact);
}

/// The contact a row describes; a channel or yes/no value that does not read is named.
/// Numbers without a country code are read in the client's country; one that does not parse
/// is kept as typed, without E.164: shown, never dialled.
Contact ImportRun::readContact(const ReadRow &row, const ImportWriter::Client *owner,
                               QList<std::pair<QString, Phone>> &phones)
{
    const CsvReader::Record &rec = row.rec;
    Contact c;
    c.clientId = owner ? owner->id : 0;
    c.name = cell(rec, QStringLiteral("contact_name")).trimmed();
    c.role = cell(rec, QStringLiteral("role")).trimmed();
    c.email = cell(rec, QStringLiteral("email")).trimmed();
    const QString channel = cell(rec, QStringLiteral("preferred_channel")).trimmed();
    if (!channel.isEmpty()) {
        if (auto p = preferredChannelFromString(channel.toLower()))
            c.preferredChannel = *p;
        else
            addError(rec.line, col(QStringLiteral("preferred_channel")),
                     CsvImport::tr(
                             "preferred_channel: \"%1\" is not any, email, phone, text or letter")
                             .arg(channel));
    }
    for (auto [field, out] : {std::pair {QStringLiteral("billing"), &c.isBillingContact},
                              std::pair {QStringLiteral("do_not_contact"), &c.doNotContact}}) {
        const QString t = cell(rec, field).trimmed();
        if (const auto yes = readYesNo(t.toLower()))
            *out = *yes;
        else
            addError(rec.line, col(field),
                     CsvImport::tr("%1: \"%2\" is not yes/no/true/false/1/0").arg(field, t));
    }
    const QString region = PhoneNumberParser::defaultRegion(owner ? owner->country : QString());
    const QString phone = cell(rec, QStringLiteral("phone")).trimmed();
    if (!phone.isEmpty()) {
        const QString label = cell(rec, QStringLiteral("phone_label")).trimmed();
        phones.append({QStringLiteral("phone"),
                       PhoneNumberParser::parse(
                               phone, region, label.isEmpty() ? QStringLiteral("office") : label)});
    }
    const QString mobile = cell(rec, QStringLiteral("mobile")).trimmed();
    if (!mobile.isEmpty())
        phones.append({QStringLiteral("mobile"),
                       PhoneNumberParser::parse(mobile, region, QStringLiteral("mobile"))});
    for (const auto &p : std::as_const(phones))
        c.phones << p.second;
    return c;
}

/// Contact::validate() stops at its first bad field: each field is checked alone (the others
/// left valid), so every bad field of the row is named by its column.
void ImportRun::checkContact(const ReadRow &row, const Contact &contact,
                             const QList<std::pair<QString, Phone>> &phones)
{
    auto checkAlone = [&](const QString &field, auto set) {
        Contact probe;
        probe.name = QStringLiteral("-");
        set(probe);
        if (auto v = probe.validate(); !v)
            addError(row.rec.line, col(field), v.errorString());
    };
    if (contact.name.isEmpty())
        addError(row.rec.line, col(QStringLiteral("contact_name")),
                 CsvImport::tr("contact_name: is required"));
    else
        checkAlone(QStringLiteral("contact_name"), [&](Contact &p) { p.name = contact.name; });
    checkAlone(QStringLiteral("role"), [&](Contact &p) { p.role = contact.role; });
    checkAlone(QStringLiteral("email"), [&](Contact &p) { p.email = contact.email; });
    for (const auto &p : phones)
        checkAlone(p.first, [&](Contact &probe) { probe.phones = {p.second}; });
}

/// A new contact (by name, case-insensitive, within its client) is inserted; one on file takes
/// the columns the file has, when they differ.
Result<void> ImportRun::storeContact(const Contact &contact)
{
    ContactRepository contactRepo(*m_db);
    auto existing = contactRepo.forClient(contact.clientId);
    if (!existing)
        return existing.error();
    const auto found = std::find_if(
            existing.value().cbegin(), existing.value().cend(), [&](const Contact &e) {
                return QString::compare(e.name, contact.name, Qt::CaseInsensitive) == 0;
            });
    if (found == existing.value().cend()) {
        Contact created = contact;
        if (auto id = contactRepo.insert(created); !id)
            return id.error();
        ++m_summary.created[QStringLiteral("contacts")];
        return {};
    }
    Contact merged = mergedContact(*found, contact);
    if (merged.name == found->name && merged.role == found->role && merged.email == found->email
        && merged.preferredChannel == found->preferredChannel
        && merged.isBillingContact == found->isBillingContact
        && merged.doNotContact == found->doNotContact && samePhones(merged.phones, found->phones)) {
        ++m_summary.unchanged;
        return {};
    }
    if (auto u = contactRepo.update(merged); !u)
        return u;
    ++m_summary.updated[QStringLiteral("contacts")];
    return {};
}

/// Columns the file has replace what is stored (all phones, when it has any phone column); the
/// others are kept.
Contact ImportRun::mergedContact(const Contact &stored, const Contact &read) const
{
    Contact merged = stored;
    merged.name = read.name;
    take("role", merged.role, read.role);
    take("email", merged.email, read.email);
    take("preferred_channel", merged.preferredChannel, read.preferredChannel);
    take("billing", merged.isBillingContact, read.isBillingContact);
    take("do_not_contact", merged.doNotContact, read.doNotContact);
    if (hasColumn("phone") || hasColumn("mobile"))
        merged.phones = read.phones;
    return merged;
}

// ---- Invoices -----------------------------------------------------------------------------

Result<void> ImportRun::importInvoice(const ReadRow &row)
{
    const ParsedInvoice &inv = row.invoice; // checked on the reading thread
    if (inv.state == InvoiceState::Void || inv.state == InvoiceState::Draft) {
        countSkipped(inv);
        return {};
    }
    auto clientId = invoiceClient(row);
    if (!clientId)
        return clientId.error();
    if (clientId.value() == 0)
        return {};
    const ImportWriter::InvoiceRow values {clientId.value(), inv.numberUtf8,   inv.issueUtf8,
                                           inv.dueUtf8,      inv.currencyUtf8, inv.poUtf8,
                                           inv.settledUtf8,  inv.paymentUtf8,  inv.amountMinor,
                                           inv.balanceMinor, inv.disputed};
    return writeInvoice(row, values);
}

/// A void or draft invoice, counted once per number (line items repeat it).
void ImportRun::countSkipped(const ParsedInvoice &inv)
{
    const QString key = inv.number.isEmpty() ? QStringLiteral("\x1f%1").arg(inv.line) : inv.number;
    if (m_skippedNumbers.contains(key))
        return;
    m_skippedNumbers.insert(key);
    ++m_summary.skipped[inv.state == InvoiceState::Void ? QStringLiteral("void")
                                                        : QStringLiteral("draft")];
}

/// The id of the row's client (by code, or by name when the file has no codes), created on
/// first sight with --create-clients; 0 (the problem named) when there is none. Looked up by
/// the client's slot, not its code. The row's clerk becomes the client's when it has none.
Result<qint64> ImportRun::invoiceClient(const ReadRow &row)
{
    const ParsedInvoice &inv = row.invoice;
    if (inv.clientSlot >= m_slotClientIds.size())
        m_slotClientIds.resize(inv.clientSlot + 1, 0);
    qint64 clientId = m_slotClientIds.at(inv.clientSlot);
    if (clientId == 0) {
        QString code = inv.clientCode;
        if (code.isEmpty())
            code = codeForName(row, m_options.createClients);
        if (code.isEmpty())
            return 0;
        auto client = m_clients.constFind(code.toLower());
        if (client == m_clients.cend() && !m_options.createClients) {
            addError(row.rec.line, col(QStringLiteral("client_code")),
                     wording(CsvImport::tr("client_code: no client \"%1\" (import clients first, "
                                           "or pass --create-clients)"),
                             CsvImport::tr("client_code: no client \"%1\" (import clients first, "
                                           "or tick “Create missing clients”)"))
                             .arg(code));
            return 0;
        }
        if (client == m_clients.cend()) {
            auto id = createInvoiceClient(row, code);
            if (!id)
                return id.error();
            client = m_clients.constFind(code.toLower());
        }
        clientId = client->id;
        m_slotClientIds[inv.clientSlot] = clientId;
        m_touched.insert(clientId);
    }
    if (!inv.clerk.isEmpty()) {
        auto assigned = assignInvoiceClerk(row, m_clientsById[clientId]);
        if (!assigned)
            return assigned.error();
        if (!assigned.value())
            return 0;
    }
    return clientId;
}

Result<qint64> ImportRun::createInvoiceClient(const ReadRow &row, const QString &code)
{
    const ParsedInvoice &inv = row.invoice;
    const QString name = inv.clientName.isEmpty() ? code : inv.clientName;
    auto id = m_writer->insertClient(code, name, inv.currency, m_now, m_today);
    if (!id)
        return id.error();
    const ImportWriter::Client client {id.value(), inv.currency, QString(), name, 0, code};
    remember(client, code);
    m_clientsById.insert(id.value(), client);
    m_newClients.insert(id.value());
    ++m_summary.created[QStringLiteral("clients")];
    return id.value();
}

/// The clerk an invoice row names, made its client's when the client has none; false when no
/// user has that name (the problem named).
Result<bool> ImportRun::assignInvoiceClerk(const ReadRow &row, ImportWriter::Client &client)
{
    const auto userId = clerkId(row.rec.line, row.invoice.clerk);
    if (!userId)
        return false;
    if (client.assignedUserId != 0)
        return true;
    auto assigned = m_writer->assignClerkIfNone(client.id, *userId, m_now);
    if (!assigned)
        return assigned.error();
    client.assignedUserId = *userId;
    if (assigned.value() && !m_newClients.contains(client.id))
        ++m_summary.updated[QStringLiteral("clients")];
    return true;
}

/// Insert first: a new number (every row of a first load) then costs one descent of the
/// number index; only a number already on file is read back and compared. A paid date brings
/// the payment of the balance.
Result<void> ImportRun::writeInvoice(const ReadRow &row, const ImportWriter::InvoiceRow &values)
{
    const ParsedInvoice &inv = row.invoice;
    const qint64 payment = inv.amountMinor - inv.balanceMinor;
    // A new invoice goes in at its balance after the row's payment, which follows.
    const InvoiceStatus status
            = invoiceStatus(inv.amountMinor, inv.balanceMinor, inv.disputed, false);
    auto inserted = m_writer->insertInvoice(values, status, m_nowUtf8);
    if (!inserted)
        return inserted.error();
    const qint64 invoiceId = inserted.value();
    if (invoiceId == 0)
        return writeExisting(row, values);
    if (invoiceId - m_firstNewInvoice != m_newInvoiceLines.size())
        return makeError(ErrorCode::Database, QStringLiteral("invoice ids are not sequential"));
    m_newInvoiceLines.append(qint32(row.rec.line));
    ++m_invoicesCreated;
    if (payment <= 0)
        return {};
    if (auto p
        = m_writer->insertPayment(values, invoiceId, payment, m_referenceUtf8, m_nowUtf8, m_userId);
        !p)
        return p;
    ++m_paymentsCreated;
    return {};
}

/// A number already on file: its terms as the row has them, and the payment that brings its
/// balance down to the row's (a balance is never raised: a payment recorded since stays).
Result<void> ImportRun::writeExisting(const ReadRow &row, const ImportWriter::InvoiceRow &values)
{
    const ParsedInvoice &inv = row.invoice;
    auto stored = updateExisting(row, values);
    if (!stored)
        return stored.error();
    if (!stored.value() || stored.value()->balanceMinor <= inv.balanceMinor)
        return {};
    const ImportWriter::StoredInvoice &s = *stored.value();
    const qint64 payment = s.balanceMinor - inv.balanceMinor;
    if (auto p
        = m_writer->insertPayment(values, s.id, payment, m_referenceUtf8, m_nowUtf8, m_userId);
        !p)
        return p;
    if (auto p = m_writer->settle(s.id, payment, values.paymentDate,
                                  statusOnFile(inv.amountMinor, inv.balanceMinor, inv.disputed, s));
        !p)
        return p;
    ++m_paymentsCreated;
    return {};
}

/// A number already on file: a line item of an invoice read earlier in this file (or a
/// conflict with it), an invoice unchanged, or one whose due date, PO number or dispute flag
/// changed. Never its money. The invoice as stored when a payment of its balance may follow.
Result<std::optional<ImportWriter::StoredInvoice>> ImportRun::updateExisting(
        const ReadRow &row, const ImportWriter::InvoiceRow &values)
{
    const ParsedInvoice &inv = row.invoice;
    const std::optional<ImportWriter::StoredInvoice> none;
    auto stored = m_writer->compareStored(values);
    if (!stored)
        return stored.error();
    const ImportWriter::StoredInvoice &s = stored.value();
    const bool readBefore = s.id >= m_firstNewInvoice || m_seenExisting.contains(s.id);
    if (readBefore) {
        const qint64 firstLine = s.id >= m_firstNewInvoice
                ? m_newInvoiceLines.value(s.id - m_firstNewInvoice)
                : m_seenExisting.value(s.id);
        if (!(s.sameMoney && s.sameRest && s.sameSettled && s.balanceMinor == inv.balanceMinor))
            addError(row.rec.line, col(QStringLiteral("number")),
                     CsvImport::tr("number: invoice %1 on line %2 has different values on line %3")
                             .arg(inv.number)
                             .arg(firstLine)
                             .arg(row.rec.line));
        return none;
    }
    m_seenExisting.insert(s.id, qint32(row.rec.line));
    if (!s.sameMoney) {
        addError(inv.line, QString(),
                 CsvImport::tr("invoice %1 already exists with a different client, amount, "
                               "currency or issue date; ARDesk does not overwrite money")
                         .arg(inv.number));
        return none;
    }
    const bool paymentNeeded = s.balanceMinor > inv.balanceMinor;
    if (s.sameRest && !paymentNeeded) {
        ++m_summary.unchanged;
        return none;
    }
    if (!s.sameRest) {
        const InvoiceStatus status = statusOnFile(inv.amountMinor, s.balanceMinor, inv.disputed, s);
        if (auto u = m_writer->updateInvoiceTerms(s.id, values, status); !u)
            return u.error();
    }
    ++m_invoicesUpdated;
    return std::optional<ImportWriter::StoredInvoice>(s);
}

} // namespace

CsvImport::CsvImport(std::shared_ptr<Database> db, qint64 userId)
    : m_db(std::move(db))
    , m_userId(userId)
{ }

Result<CsvImport::Summary> CsvImport::run(QIODevice *device, const Options &options,
                                          const std::function<void(qint64, int)> &progress)
{
    m_cancel = false;
    if (!options.dryRun) {
        if (auto a = authorize(*m_db, m_userId, Permission::Import); !a)
            return a.error();
    }
    // Without a currency column or --currency, amounts are in the company's home currency when
    // the company file has one (set when it was created or in the company settings).
    Options withCurrency = options;
    if (options.defaultCurrency.isEmpty()
        && (options.kind == Kind::Invoices || options.kind == Kind::Clients)) {
        auto home = readSetting(*m_db, QStringLiteral("company.home_currency"), QString());
        if (!home)
            return home.error();
        withCurrency.defaultCurrency = home.value().trimmed().toUpper();
    }
    return ImportRun(m_db, m_userId, withCurrency, m_cancel, progress).run(device);
}

} // namespace ardesk
