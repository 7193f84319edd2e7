// SPDX-License-Identifier: MIT
#include "core/import/csvimport.h"

#include "core/domain/allocation.h"
#include "core/domain/client.h"
#include "core/domain/contact.h"
#include "core/domain/invoice.h"
#include "core/domain/money.h"
#include "core/domain/phonenumber.h"
#include "core/domain/validation.h"
#include "core/storage/arsummary.h"
#include "core/storage/auditlog.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"
#include "core/storage/paymentrepository.h"
#include "core/storage/sql.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/transaction.h"
#include "core/support/log.h"
#include "core/support/timeutil.h"

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

namespace ardesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvImport", text);
}

constexpr int kMaxListedErrors = 1000;

QString normalized(QString header)
{
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
    };
    return map;
}

struct Column
{
    int index = -1;
    QString source;
};

/// Bulk statement on the raw handle (the import writes up to millions of rows).
using Stmt = SqliteStatement;

/// Secondary indexes an invoice import never reads while it loads rows (lookups go by invoice
/// number, client code and row id). For a bulk load they are dropped inside the import's
/// transaction and rebuilt, one sort each, before anything reads them; a rollback restores them
/// with everything else.
constexpr const char *kBulkDroppableIndexes[] = {
        "invoices_client_due",  "invoices_issue", "invoices_settled",           "invoices_open_due",
        "payments_client_date", "payments_date",  "payment_allocations_invoice"};
/// A file at least this many bytes, about 20k invoice rows, may be a bulk load.
constexpr qint64 kBulkMinBytes = 20000 * 64;

/// Drops the droppable indexes; returns their CREATE statements for rebuildIndexes().
Result<QList<QByteArray>> dropIndexes(const QSqlDatabase &conn, sqlite3 *h)
{
    QList<QByteArray> ddl;
    Stmt q(h, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
    QHash<QString, QByteArray> found;
    while (q.step())
        found.insert(q.text(0), q.text(1).toUtf8());
    if (!q.ok())
        return makeError(ErrorCode::Database, q.error());
    for (const char *name : kBulkDroppableIndexes) {
        const auto it = found.constFind(QLatin1String(name));
        if (it == found.cend())
            continue;
        if (auto r = Database::execScript(conn, QByteArray("DROP INDEX ") + name); !r)
            return r.error();
        ddl.append(*it);
    }
    return ddl;
}

Result<void> rebuildIndexes(const QSqlDatabase &conn, const QList<QByteArray> &ddl)
{
    // Each CREATE INDEX sorts a million keys. SQLite's sorter is fastest in small runs sorted
    // by helper threads and merged (its run size follows the page cache): 4 MiB runs on helper
    // threads (one per core, at most 4) build the seven indexes of a 1M-row load in 2.2 s on
    // two cores, instead of 3.6 s as one 64 MiB run.
    const int helpers = std::clamp(QThread::idealThreadCount(), 1, 4);
    if (auto r = Database::execScript(conn,
                                      "PRAGMA threads = " + QByteArray::number(helpers)
                                              + "; PRAGMA cache_size = -4096;");
        !r)
        return r;
    for (const QByteArray &create : ddl) {
        if (auto r = Database::execScript(conn, create); !r)
            return r;
    }
    return Database::execScript(conn, "PRAGMA threads = 0; PRAGMA cache_size = -65536;");
}

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

struct ParsedInvoice
{
    qint64 line = 0;
    QString clientCode;
    QString clientKey; ///< the code case-folded, as clients are looked up
    /// The same small number for the same client key throughout one import (0, 1, 2… in order
    /// of first appearance), so the writer finds the client by index, not by hashing the code.
    int clientSlot = -1;
    QString clientName;
    QString number;
    QDate issue, due, paid;
    qint64 amountMinor = 0;
    QString currency;
    QString po;
    bool disputed = false;
    // What is written, already in storage form (UTF-8, yyyy-MM-dd; paid empty when none).
    QByteArray numberUtf8, issueUtf8, dueUtf8, paidUtf8, currencyUtf8, poUtf8;
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
            disputed;

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
    QString code;
    QString currency;
    QList<CsvImport::Issue> issues;
    ParsedInvoice invoice; ///< invoices only, when issues is empty

    void addIssue(const QString &column, const QString &message)
    {
        issues.append(CsvImport::Issue {rec.line, column, message});
    }
};

/// Checks what a row says on its own, with no database: the field count, client code and
/// currency of every kind, and every value of an invoice row.
void checkRow(ReadRow &row, const RowColumns &c, const CsvImport::Options &options,
              QHash<QString, int> &clientSlots)
{
    const CsvReader::Record &rec = row.rec;
    if (rec.fields.size() != c.width) {
        row.addIssue(QString(),
                     tr("expected %1 fields like the header, found %2")
                             .arg(c.width)
                             .arg(rec.fields.size()));
        return;
    }
    row.code = RowColumns::cell(rec, c.clientCode).trimmed();
    if (row.code.isEmpty()) {
        row.addIssue(c.clientCode.source, tr("client_code: is required"));
        return;
    }
    row.currency = RowColumns::cell(rec, c.currency).trimmed().toUpper();
    if (row.currency.isEmpty())
        row.currency = options.defaultCurrency;
    if (options.kind != CsvImport::Kind::Invoices)
        return;

    ParsedInvoice &inv = row.invoice;
    inv.line = rec.line;
    inv.clientCode = row.code;
    inv.clientKey = row.code.toLower();
    inv.clientName = RowColumns::cell(rec, c.clientName).trimmed();
    inv.number = RowColumns::cell(rec, c.number).trimmed();
    inv.currency = row.currency;
    inv.po = RowColumns::cell(rec, c.po).trimmed();
    if (inv.number.isEmpty()) {
        row.addIssue(c.number.source, tr("number: is required"));
    } else if (looksScientific(inv.number)) {
        row.addIssue(c.number.source,
                     tr("number: \"%1\" looks like a number a spreadsheet rewrote in scientific "
                        "notation; export invoice numbers as text")
                             .arg(inv.number));
    } else if (auto v = validation::noControlChars(QStringLiteral("number"), inv.number); !v) {
        row.addIssue(c.number.source, v.errorString());
    }
    const bool knownCurrency = Currency::isKnown(inv.currency);
    if (!knownCurrency)
        row.addIssue(c.currency.source,
                     tr("currency: \"%1\" is not an ISO 4217 code").arg(inv.currency));
    auto parseDate = [&](const char *field, const FieldColumn &column, bool mandatory, QDate *out) {
        const QString name = QLatin1String(field);
        const QString t = RowColumns::cell(rec, column).trimmed();
        if (t.isEmpty()) {
            if (mandatory)
                row.addIssue(column.source, tr("%1: is required").arg(name));
            return;
        }
        const QDate d = parseDateText(t, options.dateFormat);
        if (!d.isValid()) {
            row.addIssue(column.source,
                         tr("%1: \"%2\" is not a date in the format %3")
                                 .arg(name, t, options.dateFormat));
            return;
        }
        if (auto v = validation::businessDate(name, d); !v) {
            row.addIssue(column.source, v.errorString());
            return;
        }
        *out = d;
    };
    parseDate("issue_date", c.issueDate, true, &inv.issue);
    parseDate("due_date", c.dueDate, true, &inv.due);
    parseDate("paid_date", c.paidDate, false, &inv.paid);
    if (inv.issue.isValid() && inv.due.isValid() && inv.due < inv.issue)
        row.addIssue(c.dueDate.source,
                     tr("due_date: %1 is before the issue date %2")
                             .arg(inv.due.toString(Qt::ISODate), inv.issue.toString(Qt::ISODate)));
    if (inv.issue.isValid() && inv.paid.isValid() && inv.paid < inv.issue)
        row.addIssue(c.paidDate.source,
                     tr("paid_date: %1 is before the issue date %2")
                             .arg(inv.paid.toString(Qt::ISODate), inv.issue.toString(Qt::ISODate)));
    if (knownCurrency) {
        Money::ParseOptions moneyOptions;
        moneyOptions.decimalSeparator = options.decimalSeparator;
        auto m = Money::parse(RowColumns::cell(rec, c.amount), inv.currency, moneyOptions);
        if (!m)
            row.addIssue(c.amount.source, QStringLiteral("amount: ") + m.errorString());
        else if (m.value().minor() <= 0)
            row.addIssue(c.amount.source,
                         tr("amount: %1 must be positive (credit notes are not imported as "
                            "invoices)")
                                 .arg(m.value().toPlainString()));
        else
            inv.amountMinor = m.value().minor();
    }
    const QString disputed = RowColumns::cell(rec, c.disputed).trimmed().toLower();
    if (disputed == QLatin1String("yes") || disputed == QLatin1String("true")
        || disputed == QLatin1String("1") || disputed == QLatin1String("y")) {
        inv.disputed = true;
    } else if (!(disputed.isEmpty() || disputed == QLatin1String("no")
                 || disputed == QLatin1String("false") || disputed == QLatin1String("0")
                 || disputed == QLatin1String("n"))) {
        row.addIssue(c.disputed.source,
                     tr("disputed: \"%1\" is not yes/no/true/false/1/0")
                             .arg(RowColumns::cell(rec, c.disputed)));
    }
    if (!row.issues.isEmpty())
        return;
    auto slot = clientSlots.constFind(inv.clientKey);
    if (slot == clientSlots.cend())
        slot = clientSlots.insert(inv.clientKey, int(clientSlots.size()));
    inv.clientSlot = *slot;
    inv.numberUtf8 = inv.number.toUtf8();
    inv.issueUtf8 = timeutil::toStorage(inv.issue).toUtf8();
    inv.dueUtf8 = timeutil::toStorage(inv.due).toUtf8();
    inv.paidUtf8 = timeutil::toStorage(inv.paid).toUtf8();
    inv.currencyUtf8 = inv.currency.toUtf8();
    inv.poUtf8 = inv.po.toUtf8();
}

/// Reads and checks rows on a second thread while the caller writes the ones before: parsing
/// and checking a row costs about as much as writing it, and a machine has two cores or more.
/// Rows arrive in file order, in batches; at most a few batches wait, so memory stays flat.
/// The reader is used only by that thread until this object is destroyed (which stops and
/// joins it, also when the caller gives up early).
class ReadAhead
{
public:
    ReadAhead(CsvReader &reader, std::function<void(ReadRow &)> check)
        : m_reader(reader)
        , m_check(std::move(check))
        , m_thread([this] { run(); })
    { }
    ~ReadAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /// The next row, or nullptr after the last one (then error() says whether reading failed).
    /// Valid until the next call.
    const ReadRow *next()
    {
        while (m_at >= m_batch.rows.size()) {
            if (m_batch.last)
                return nullptr;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty(); });
            // The rows handed out are freed by the reading thread, which allocated them
            // (freeing another thread's memory is slow, and this thread is the busy one).
            m_spent.push_back(std::exchange(m_batch, std::move(m_ready.front())));
            m_ready.pop_front();
            lock.unlock();
            m_changed.notify_all();
            m_at = 0;
        }
        return &m_batch.rows[m_at++];
    }
    /// Bytes of the file read up to the end of the current batch.
    qint64 bytesRead() const { return m_batch.bytesRead; }
    QString error() const { return m_batch.error; }

private:
    static constexpr qsizetype kBatchRows = 1024;
    static constexpr size_t kMaxWaiting = 8;
    struct Batch
    {
        QList<ReadRow> rows;
        qint64 bytesRead = 0;
        QString error;
        bool last = false;
    };

    void run()
    {
        bool last = false;
        while (!last) {
            {
                std::deque<Batch> spent;
                {
                    std::lock_guard lock(m_mutex);
                    spent.swap(m_spent);
                }
            } // freed here, outside the lock
            Batch batch;
            batch.rows.reserve(kBatchRows);
            while (batch.rows.size() < kBatchRows) {
                ReadRow row;
                auto more = m_reader.next(row.rec);
                if (!more || !more.value()) {
                    batch.error = more ? QString() : more.errorString();
                    batch.last = true;
                    break;
                }
                m_check(row);
                batch.rows.append(std::move(row));
            }
            batch.bytesRead = m_reader.bytesRead();
            last = batch.last;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kMaxWaiting; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(batch));
            lock.unlock();
            m_changed.notify_all();
        }
    }

    CsvReader &m_reader;
    const std::function<void(ReadRow &)> m_check;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::deque<Batch> m_spent; // handed out, to be freed by the reading thread
    bool m_stop = false;
    Batch m_batch; // being handed out (caller's thread only)
    qsizetype m_at = 0;
    std::thread m_thread; // last: starts once everything above exists
};

struct ExistingClient
{
    qint64 id = 0;
    QString currency;
    QString country; ///< default region of its contacts' phone numbers
};

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
    // Key order as documented: rows, created, updated, unchanged, errors.
    return "{\"rows\":" + QByteArray::number(rows)
            + ",\"created\":" + QJsonDocument(c).toJson(QJsonDocument::Compact)
            + ",\"updated\":" + QJsonDocument(u).toJson(QJsonDocument::Compact)
            + ",\"unchanged\":" + QByteArray::number(unchanged)
            + ",\"errors\":" + QJsonDocument(e).toJson(QJsonDocument::Compact) + "}";
}

QStringList CsvImport::canonicalFields(Kind kind)
{
    if (kind == Kind::Contacts)
        return {QStringLiteral("client_code"), QStringLiteral("contact_name"),
                QStringLiteral("role"),        QStringLiteral("email"),
                QStringLiteral("phone"),       QStringLiteral("phone_label"),
                QStringLiteral("mobile"),      QStringLiteral("preferred_channel"),
                QStringLiteral("billing"),     QStringLiteral("do_not_contact")};
    if (kind == Kind::Payments)
        return {QStringLiteral("client_code"),   QStringLiteral("payment_date"),
                QStringLiteral("amount"),        QStringLiteral("currency"),
                QStringLiteral("method"),        QStringLiteral("reference"),
                QStringLiteral("invoice_number")};
    if (kind == Kind::Clients)
        return {QStringLiteral("client_code"),  QStringLiteral("client_name"),
                QStringLiteral("currency"),     QStringLiteral("payment_terms_days"),
                QStringLiteral("credit_limit"), QStringLiteral("country"),
                QStringLiteral("time_zone"),    QStringLiteral("segment"),
                QStringLiteral("tags"),         QStringLiteral("billing_address")};
    return {QStringLiteral("client_code"), QStringLiteral("client_name"),
            QStringLiteral("number"),      QStringLiteral("issue_date"),
            QStringLiteral("due_date"),    QStringLiteral("amount"),
            QStringLiteral("currency"),    QStringLiteral("po_number"),
            QStringLiteral("paid_date"),   QStringLiteral("disputed")};
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
    return {QStringLiteral("ibm-late-payments")};
}

Result<CsvImport::Options> CsvImport::presetOptions(const QString &name)
{
    QFile f(QStringLiteral(":/ardesk/import-presets/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("no import preset \"%1\" (known: %2)")
                                 .arg(name, presetNames().join(QStringLiteral(", "))));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
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

CsvImport::CsvImport(std::shared_ptr<Database> db, qint64 userId)
    : m_db(std::move(db))
    , m_userId(userId)
{ }

Result<CsvImport::Summary> CsvImport::run(QIODevice *device, const Options &options,
                                          const std::function<void(qint64, int)> &progress)
{
    m_cancel = false;
    Summary summary;
    auto addError = [&summary](qint64 line, const QString &column, const QString &message) {
        if (summary.errors.size() < kMaxListedErrors)
            summary.errors.append(Issue {line, column, message});
        else if (summary.errors.size() == kMaxListedErrors)
            summary.errors.append(Issue {line, QString(), tr("more errors not listed")});
    };

    CsvReader reader(device, options.csv);
    CsvReader::Record header;
    auto first = reader.next(header);
    if (!first) {
        addError(0, QString(), first.errorString());
        return summary;
    }
    if (!first.value()) {
        addError(1, QString(), tr("the file is empty (no header row)"));
        return summary;
    }

    // ---- Columns -------------------------------------------------------------------------
    const QStringList fields = canonicalFields(options.kind);
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it) {
        if (!fields.contains(it.value()))
            addError(header.line, it.key(),
                     tr("mapping: \"%1\" is not a field (fields: %2)")
                             .arg(it.value(), fields.join(QStringLiteral(", "))));
    }
    const QHash<int, QString> targets = autoMapping(header.fields, options.kind, options.mapping);
    QHash<QString, Column> columns; // canonical → column
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString source = header.fields[i].trimmed();
        const QString target = targets.value(i);
        if (target.isEmpty()) {
            summary.ignoredColumns << source;
            continue;
        }
        if (columns.contains(target)) {
            addError(header.line, source,
                     tr("columns \"%1\" and \"%2\" both map to %3")
                             .arg(columns.value(target).source, source, target));
            continue;
        }
        columns.insert(target, Column {i, source});
    }
    QStringList required {QStringLiteral("client_code")};
    if (options.kind == Kind::Invoices)
        required << QStringLiteral("number") << QStringLiteral("issue_date")
                 << QStringLiteral("due_date") << QStringLiteral("amount");
    else if (options.kind == Kind::Payments)
        required << QStringLiteral("payment_date") << QStringLiteral("amount");
    else if (options.kind == Kind::Contacts)
        required << QStringLiteral("contact_name");
    else
        required << QStringLiteral("client_name");
    for (const QString &r : std::as_const(required)) {
        if (!columns.contains(r))
            addError(header.line, QString(),
                     tr("no column for %1 (map one with --map SOURCE=%1)").arg(r));
    }
    // Payments default to the client's own currency; contacts have none.
    if (!columns.contains(QStringLiteral("currency")) && options.defaultCurrency.isEmpty()
        && options.kind != Kind::Payments && options.kind != Kind::Contacts)
        addError(header.line, QString(), tr("no currency column; pass --currency CODE"));
    if (!options.defaultCurrency.isEmpty() && !Currency::isKnown(options.defaultCurrency))
        addError(header.line, QString(),
                 tr("--currency: \"%1\" is not an ISO 4217 code").arg(options.defaultCurrency));
    if (!summary.errors.isEmpty())
        return summary;

    QSqlDatabase conn = m_db->connection();
    sqlite3 *h = Database::rawHandle(conn);
    if (!h)
        return makeError(ErrorCode::Database, QStringLiteral("no SQLite handle"));

    // One pass, one transaction: each valid row is written as it is read; any error (or a
    // cancel, or a dry run) rolls the whole transaction back, so nothing partial is ever left.
    // Memory stays flat: nothing but the client index and one int per new invoice is kept.
    WriteTransaction tx(conn);
    if (auto b = tx.begin(); !b)
        return b.error();
    Database::execScript(conn, "PRAGMA cache_size = -65536;").ok(); // 64 MiB for this import
    struct CacheReset
    {
        QSqlDatabase conn;
        ~CacheReset() { Database::execScript(conn, "PRAGMA cache_size = -2000;").ok(); }
    } cacheReset {conn};

    // Existing clients by code (case-insensitive, like the schema).
    QHash<QString, ExistingClient> clients;
    {
        Stmt q(h, "SELECT id, code, currency, country FROM clients");
        while (q.step())
            clients.insert(q.text(1).toLower(), ExistingClient {q.int64(0), q.text(2), q.text(3)});
        if (!q.ok())
            return makeError(ErrorCode::Database, q.error());
    }

    auto cell = [&](const CsvReader::Record &r, const QString &field) -> QString {
        const auto it = columns.constFind(field);
        return it == columns.cend() ? QString() : r.fields.value(it->index);
    };
    auto col = [&](const QString &field) { return columns.value(field).source; };
    // On re-import, a field the file has a column for replaces the stored value; others stay.
    auto take = [&](const char *column, auto &to, const auto &from) {
        if (columns.contains(QLatin1String(column)))
            to = from;
    };
    auto parseDate = [&](qint64 line, const QString &field, const QString &text, bool mandatory,
                         QDate *out) {
        const QString t = text.trimmed();
        if (t.isEmpty()) {
            if (mandatory)
                addError(line, col(field), tr("%1: is required").arg(field));
            return;
        }
        const QDate d = parseDateText(t, options.dateFormat);
        if (!d.isValid()) {
            addError(line, col(field),
                     tr("%1: \"%2\" is not a date in the format %3")
                             .arg(field, t, options.dateFormat));
            return;
        }
        if (auto v = validation::businessDate(field, d); !v) {
            addError(line, col(field), v.errorString());
            return;
        }
        *out = d;
    };
    auto fail = [&](const QString &message) -> Result<Summary> {
        tx.rollback();
        return makeError(ErrorCode::Database, message);
    };

    const auto clock = m_db->clock();
    const QString now = timeutil::toStorage(clock->now());
    const QString today = timeutil::toStorage(clock->today());
    const QString reference = QStringLiteral("import %1").arg(options.sourceName);
    Stmt insClient(h,
                   "INSERT INTO clients (code, name, currency, created_at, updated_at) "
                   "VALUES (?,?,?,?,?)");
    Stmt insSummary(h, "INSERT INTO client_summary (client_id, currency, as_of) VALUES (?,?,?)");
    Stmt findInvoice(h,
                     "SELECT id, client_id, amount_minor, currency, issue_date, due_date, "
                     "po_number, disputed, balance_minor, COALESCE(settled_date, '') FROM "
                     "invoices WHERE number = ?");
    Stmt insInvoice(h,
                    "INSERT INTO invoices (client_id, number, issue_date, due_date, "
                    "amount_minor, currency, po_number, balance_minor, status, disputed, "
                    "settled_date, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT (number) DO NOTHING");
    Stmt updInvoice(h,
                    "UPDATE invoices SET due_date = ?, po_number = ?, disputed = ?, "
                    "status = CASE WHEN balance_minor <= 0 THEN status WHEN ? THEN "
                    "'disputed' WHEN balance_minor < amount_minor THEN 'partially_paid' "
                    "ELSE 'open' END, version = version + 1 WHERE id = ?");
    Stmt insPayment(h,
                    "INSERT INTO payments (client_id, payment_date, amount_minor, currency, "
                    "method, reference, created_at, created_by) VALUES "
                    "(?,?,?,?,'other',?,?,?)");
    Stmt insAlloc(h,
                  "INSERT INTO payment_allocations (payment_id, invoice_id, amount_minor) "
                  "VALUES (?,?,?)");
    Stmt settle(h,
                "UPDATE invoices SET balance_minor = balance_minor - ?, status = CASE WHEN "
                "balance_minor - ? <= 0 THEN 'paid' ELSE 'partially_paid' END, "
                "settled_date = CASE WHEN balance_minor - ? <= 0 THEN ? ELSE NULL END, "
                "version = version + 1 WHERE id = ?");
    Stmt nextInvoiceId(h, "SELECT COALESCE(max(id), 0) + 1 FROM invoices");
    for (const Stmt *st : {&insClient, &insSummary, &findInvoice, &insInvoice, &updInvoice,
                           &insPayment, &insAlloc, &settle, &nextInvoiceId}) {
        if (!st->ok())
            return fail(st->error());
    }
    nextInvoiceId.step();
    const qint64 firstNewInvoice = nextInvoiceId.int64(0);
    nextInvoiceId.reset();
    // A bulk load (a big file, at least half as many rows as the file has invoices): maintaining
    // seven secondary indexes row by row costs more than the rows; build them once at the end.
    QList<QByteArray> droppedIndexes;
    if (options.kind == Kind::Invoices && device->size() >= kBulkMinBytes
        && device->size() / 64 * 2 >= firstNewInvoice) {
        auto dropped = dropIndexes(conn, h);
        if (!dropped)
            return fail(dropped.errorString());
        droppedIndexes = dropped.value();
    }
    QList<qint32> newInvoiceLines; // by id − firstNewInvoice: where each new invoice was read
    QHash<qint64, qint32> seenExisting; // invoices that existed before, as read in this file
    QHash<qint64, qint32> newPaymentLines; // payments created by this import → their line
    QHash<QString, qint64> clientRowLine;
    QHash<QString, qint64> contactRowLine; // client id + case-folded name → line
    QSet<qint64> touched;
    ClientRepository clientRepo(conn);

    Money::ParseOptions moneyOptions;
    moneyOptions.decimalSeparator = options.decimalSeparator;
    RowColumns rowColumns;
    rowColumns.width = int(header.fields.size());
    for (auto [field, to] : std::initializer_list<std::pair<const char *, FieldColumn *>> {
                 {"client_code", &rowColumns.clientCode},
                 {"client_name", &rowColumns.clientName},
                 {"number", &rowColumns.number},
                 {"issue_date", &rowColumns.issueDate},
                 {"due_date", &rowColumns.dueDate},
                 {"paid_date", &rowColumns.paidDate},
                 {"amount", &rowColumns.amount},
                 {"currency", &rowColumns.currency},
                 {"po_number", &rowColumns.po},
                 {"disputed", &rowColumns.disputed}}) {
        if (const auto it = columns.constFind(QLatin1String(field)); it != columns.cend())
            *to = FieldColumn {it->index, it->source};
    }
    // Per-row counts, folded into the summary at the end.
    int invoicesCreated = 0, invoicesUpdated = 0, paymentsCreated = 0;
    const QByteArray nowUtf8 = now.toUtf8();
    const QByteArray referenceUtf8 = reference.toUtf8();
    // The reading thread stops (and is joined) before anything below returns or reads `reader`.
    std::optional<ReadAhead> ahead;
    QList<qint64> slotClientIds; // by ParsedInvoice::clientSlot; 0 until first written
    ahead.emplace(
            reader,
            [&rowColumns, &options, clientSlots = QHash<QString, int>()](ReadRow &row) mutable {
                checkRow(row, rowColumns, options, clientSlots); // only ever on the reading thread
            });
    while (true) {
        if (m_cancel) {
            tx.rollback();
            summary.cancelled = true;
            summary.created.clear();
            summary.updated.clear();
            summary.unchanged = 0;
            return summary;
        }
        const ReadRow *row = ahead->next();
        if (!row) {
            if (!ahead->error().isEmpty())
                addError(0, QString(), ahead->error());
            break;
        }
        ++summary.rows;
        if (progress && summary.rows % 20000 == 0)
            progress(ahead->bytesRead(), summary.rows);
        for (const Issue &issue : row->issues)
            addError(issue.line, issue.column, issue.message);
        if (!row->issues.isEmpty())
            continue;
        const CsvReader::Record &rec = row->rec;
        const QString &code = row->code;
        QString currency = row->currency;

        if (options.kind == Kind::Clients) {
            Client c;
            c.code = code;
            c.name = cell(rec, QStringLiteral("client_name")).trimmed();
            c.currency = currency;
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
                             tr("payment_terms_days: \"%1\" is not a whole number").arg(terms));
                    continue;
                }
            }
            const QString limit = cell(rec, QStringLiteral("credit_limit")).trimmed();
            if (!limit.isEmpty()) {
                auto m = Money::parse(limit, currency, moneyOptions);
                if (!m) {
                    addError(rec.line, col(QStringLiteral("credit_limit")), m.errorString());
                    continue;
                }
                c.creditLimitMinor = m.value().minor();
            }
            if (auto v = c.validate(); !v) {
                addError(rec.line, QString(), v.errorString());
                continue;
            }
            const QString key = code.toLower();
            if (clientRowLine.contains(key)) {
                addError(rec.line, col(QStringLiteral("client_code")),
                         tr("client_code: \"%1\" is also on line %2")
                                 .arg(code)
                                 .arg(clientRowLine.value(key)));
                continue;
            }
            clientRowLine.insert(key, rec.line);
            auto existing = clientRepo.findByCode(c.code);
            if (existing) {
                Client merged = existing.value();
                const Client before = merged;
                merged.name = c.name;
                merged.currency = c.currency;
                take("payment_terms_days", merged.paymentTermsDays, c.paymentTermsDays);
                take("credit_limit", merged.creditLimitMinor, c.creditLimitMinor);
                take("country", merged.country, c.country);
                take("time_zone", merged.timeZone, c.timeZone);
                take("segment", merged.segment, c.segment);
                take("tags", merged.tags, c.tags);
                take("billing_address", merged.billingAddress, c.billingAddress);
                if (merged.name == before.name && merged.currency == before.currency
                    && merged.paymentTermsDays == before.paymentTermsDays
                    && merged.creditLimitMinor == before.creditLimitMinor
                    && merged.country == before.country && merged.timeZone == before.timeZone
                    && merged.segment == before.segment && merged.tags == before.tags
                    && merged.billingAddress == before.billingAddress) {
                    ++summary.unchanged;
                    continue;
                }
                if (auto u = clientRepo.update(merged); !u)
                    return fail(u.errorString());
                ++summary.updated[QStringLiteral("clients")];
                touched.insert(merged.id);
            } else {
                if (auto id = clientRepo.insert(c); !id)
                    return fail(id.errorString());
                ++summary.created[QStringLiteral("clients")];
                touched.insert(c.id);
            }
            continue;
        }

        if (options.kind == Kind::Payments) {
            const auto payer = clients.constFind(code.toLower());
            if (payer == clients.cend()) {
                addError(rec.line, col(QStringLiteral("client_code")),
                         tr("client_code: no client \"%1\"").arg(code));
                continue;
            }
            if (currency.isEmpty())
                currency = payer->currency;
            const qsizetype errorsBefore = summary.errors.size();
            Payment pay;
            pay.clientId = payer->id;
            pay.currency = currency;
            pay.reference = cell(rec, QStringLiteral("reference")).trimmed();
            parseDate(rec.line, QStringLiteral("payment_date"),
                      cell(rec, QStringLiteral("payment_date")), true, &pay.date);
            if (!Currency::isKnown(currency)) {
                addError(rec.line, col(QStringLiteral("currency")),
                         tr("currency: \"%1\" is not an ISO 4217 code").arg(currency));
            } else {
                auto m = Money::parse(cell(rec, QStringLiteral("amount")), currency, moneyOptions);
                if (!m)
                    addError(rec.line, col(QStringLiteral("amount")),
                             QStringLiteral("amount: ") + m.errorString());
                else if (m.value().minor() <= 0)
                    addError(rec.line, col(QStringLiteral("amount")),
                             tr("amount: %1 must be positive").arg(m.value().toPlainString()));
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
                         tr("method: \"%1\" is not check, ach/wire, card, cash or other")
                                 .arg(cell(rec, QStringLiteral("method"))));
            else
                pay.method = methods.value(method);
            if (auto v = validation::noControlChars(QStringLiteral("reference"), pay.reference); !v)
                addError(rec.line, col(QStringLiteral("reference")), v.errorString());
            qint64 preferred = 0;
            const QString invoiceNumber = cell(rec, QStringLiteral("invoice_number")).trimmed();
            if (!invoiceNumber.isEmpty() && summary.errors.size() == errorsBefore) {
                auto named = sql::scalar(conn,
                                         QStringLiteral("SELECT id FROM invoices WHERE number = ? "
                                                        "AND client_id = ?"),
                                         {invoiceNumber, pay.clientId});
                if (!named)
                    return fail(named.errorString());
                if (named.value().isNull())
                    addError(rec.line, col(QStringLiteral("invoice_number")),
                             tr("invoice_number: %1 is not an invoice of %2")
                                     .arg(invoiceNumber, code));
                else
                    preferred = named.value().toLongLong();
            }
            if (summary.errors.size() != errorsBefore)
                continue;
            // The same payment already on file: unchanged; repeated within this file: an error.
            auto same
                    = sql::scalar(conn,
                                  QStringLiteral("SELECT id FROM payments WHERE client_id = ? AND "
                                                 "payment_date = ? AND amount_minor = ? AND "
                                                 "currency = ? AND reference = ? AND voided_at "
                                                 "IS NULL ORDER BY id LIMIT 1"),
                                  {pay.clientId, timeutil::toStorage(pay.date), pay.amountMinor,
                                   pay.currency, pay.reference});
            if (!same)
                return fail(same.errorString());
            if (!same.value().isNull()) {
                const qint64 id = same.value().toLongLong();
                if (newPaymentLines.contains(id)) {
                    addError(rec.line, QString(),
                             tr("the same payment (client, date, amount and reference) is also "
                                "on line %1")
                                     .arg(newPaymentLines.value(id)));
                } else {
                    ++summary.unchanged;
                }
                continue;
            }
            QList<OpenItem> open;
            auto items = sql::exec(conn,
                                   QStringLiteral("SELECT id, due_date, issue_date, balance_minor "
                                                  "FROM invoices WHERE client_id = ? AND "
                                                  "currency = ? AND balance_minor > 0"),
                                   {pay.clientId, pay.currency});
            if (!items)
                return fail(items.errorString());
            while (items.value().next())
                open.append(OpenItem {items.value().value(0).toLongLong(),
                                      timeutil::dateFromStorage(items.value().value(1).toString()),
                                      timeutil::dateFromStorage(items.value().value(2).toString()),
                                      items.value().value(3).toLongLong()});
            pay.allocations = AllocationRule::oldestFirst(pay.amountMinor, open, preferred);
            auto id = PaymentRepository(conn).insert(pay, m_userId);
            if (!id)
                return fail(id.errorString());
            newPaymentLines.insert(id.value(), qint32(rec.line));
            ++summary.created[QStringLiteral("payments")];
            touched.insert(pay.clientId);
            continue;
        }

        if (options.kind == Kind::Contacts) {
            const qsizetype errorsBefore = summary.errors.size();
            const auto owner = clients.constFind(code.toLower());
            if (owner == clients.cend())
                addError(rec.line, col(QStringLiteral("client_code")),
                         tr("client_code: no client \"%1\" (import clients first)").arg(code));
            Contact c;
            c.clientId = owner == clients.cend() ? 0 : owner->id;
            c.name = cell(rec, QStringLiteral("contact_name")).trimmed();
            c.role = cell(rec, QStringLiteral("role")).trimmed();
            c.email = cell(rec, QStringLiteral("email")).trimmed();
            const QString channel = cell(rec, QStringLiteral("preferred_channel")).trimmed();
            if (!channel.isEmpty()) {
                if (auto p = preferredChannelFromString(channel.toLower()))
                    c.preferredChannel = *p;
                else
                    addError(rec.line, col(QStringLiteral("preferred_channel")),
                             tr("preferred_channel: \"%1\" is not any, email, phone, text or "
                                "letter")
                                     .arg(channel));
            }
            auto yesNo = [&](const QString &field, bool *out) {
                const QString t = cell(rec, field).trimmed().toLower();
                if (t == QLatin1String("yes") || t == QLatin1String("true")
                    || t == QLatin1String("1") || t == QLatin1String("y"))
                    *out = true;
                else if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false")
                         || t == QLatin1String("0") || t == QLatin1String("n"))
                    *out = false;
                else
                    addError(rec.line, col(field),
                             tr("%1: \"%2\" is not yes/no/true/false/1/0")
                                     .arg(field, cell(rec, field).trimmed()));
            };
            yesNo(QStringLiteral("billing"), &c.isBillingContact);
            yesNo(QStringLiteral("do_not_contact"), &c.doNotContact);
            // Numbers without a country code are read in the client's country. One that
            // does not parse is kept as typed, without E.164: shown, never dialled.
            const QString region = PhoneNumberParser::defaultRegion(
                    owner == clients.cend() ? QString() : owner->country);
            QList<std::pair<QString, Phone>> phones; // column → number
            const QString phone = cell(rec, QStringLiteral("phone")).trimmed();
            if (!phone.isEmpty()) {
                const QString label = cell(rec, QStringLiteral("phone_label")).trimmed();
                phones.append({QStringLiteral("phone"),
                               PhoneNumberParser::parse(phone, region,
                                                        label.isEmpty() ? QStringLiteral("office")
                                                                        : label)});
            }
            const QString mobile = cell(rec, QStringLiteral("mobile")).trimmed();
            if (!mobile.isEmpty())
                phones.append({QStringLiteral("mobile"),
                               PhoneNumberParser::parse(mobile, region, QStringLiteral("mobile"))});
            for (const auto &p : std::as_const(phones))
                c.phones << p.second;
            // Contact::validate() stops at its first bad field: each field is checked alone
            // (the others left valid), so every bad field of the row is named by its column.
            auto checkAlone = [&](const QString &field, auto set) {
                Contact probe;
                probe.name = QStringLiteral("-");
                set(probe);
                if (auto v = probe.validate(); !v)
                    addError(rec.line, col(field), v.errorString());
            };
            if (c.name.isEmpty())
                addError(rec.line, col(QStringLiteral("contact_name")),
                         tr("contact_name: is required"));
            else
                checkAlone(QStringLiteral("contact_name"), [&](Contact &p) { p.name = c.name; });
            checkAlone(QStringLiteral("role"), [&](Contact &p) { p.role = c.role; });
            checkAlone(QStringLiteral("email"), [&](Contact &p) { p.email = c.email; });
            for (const auto &p : std::as_const(phones))
                checkAlone(p.first, [&](Contact &probe) { probe.phones = {p.second}; });
            if (summary.errors.size() == errorsBefore) {
                if (auto v = c.validate(); !v) // every rule above is Contact's; a guard
                    addError(rec.line, QString(), v.errorString());
            }
            if (summary.errors.size() != errorsBefore)
                continue;
            const QString key = QString::number(c.clientId) + u'\x1f' + c.name.toCaseFolded();
            if (contactRowLine.contains(key)) {
                addError(rec.line, col(QStringLiteral("contact_name")),
                         tr("contact_name: %1 of client %2 is also on line %3")
                                 .arg(c.name, code)
                                 .arg(contactRowLine.value(key)));
                continue;
            }
            contactRowLine.insert(key, rec.line);
            ContactRepository contactRepo(conn);
            auto existing = contactRepo.forClient(c.clientId);
            if (!existing)
                return fail(existing.errorString());
            const auto found = std::find_if(
                    existing.value().cbegin(), existing.value().cend(), [&](const Contact &e) {
                        return QString::compare(e.name, c.name, Qt::CaseInsensitive) == 0;
                    });
            if (found == existing.value().cend()) {
                if (auto id = contactRepo.insert(c); !id)
                    return fail(id.errorString());
                ++summary.created[QStringLiteral("contacts")];
                continue;
            }
            // Columns the file has replace what is stored (all phones, when it has any phone
            // column); the others are kept.
            Contact merged = *found;
            merged.name = c.name;
            take("role", merged.role, c.role);
            take("email", merged.email, c.email);
            take("preferred_channel", merged.preferredChannel, c.preferredChannel);
            take("billing", merged.isBillingContact, c.isBillingContact);
            take("do_not_contact", merged.doNotContact, c.doNotContact);
            if (columns.contains(QStringLiteral("phone"))
                || columns.contains(QStringLiteral("mobile")))
                merged.phones = c.phones;
            if (merged.name == found->name && merged.role == found->role
                && merged.email == found->email
                && merged.preferredChannel == found->preferredChannel
                && merged.isBillingContact == found->isBillingContact
                && merged.doNotContact == found->doNotContact
                && samePhones(merged.phones, found->phones)) {
                ++summary.unchanged;
                continue;
            }
            if (auto u = contactRepo.update(merged); !u)
                return fail(u.errorString());
            ++summary.updated[QStringLiteral("contacts")];
            continue;
        }

        const ParsedInvoice &inv = row->invoice; // checked on the reading thread
        if (inv.clientSlot >= slotClientIds.size())
            slotClientIds.resize(inv.clientSlot + 1, 0);
        qint64 &clientId = slotClientIds[inv.clientSlot];
        // Write (rolled back at the end if any row anywhere was bad).
        if (clientId == 0) {
            auto client = clients.find(inv.clientKey);
            if (client == clients.end() && !options.createClients) {
                addError(rec.line, col(QStringLiteral("client_code")),
                         tr("client_code: no client \"%1\" (import clients first, or pass "
                            "--create-clients)")
                                 .arg(code));
                continue;
            }
            if (client == clients.end()) {
                insClient.bind(1, inv.clientCode)
                        .bind(2, inv.clientName.isEmpty() ? inv.clientCode : inv.clientName)
                        .bind(3, inv.currency)
                        .bind(4, now)
                        .bind(5, now);
                if (!insClient.run())
                    return fail(insClient.error());
                const qint64 id = insClient.lastInsertId();
                insSummary.bind(1, id).bind(2, inv.currency).bind(3, today);
                if (!insSummary.run())
                    return fail(insSummary.error());
                client = clients.insert(inv.clientKey,
                                        ExistingClient {id, inv.currency, QString()});
                ++summary.created[QStringLiteral("clients")];
            }
            clientId = client->id;
            touched.insert(clientId);
        }
        qint64 invoiceId = 0;
        qint64 balance = inv.amountMinor;
        bool newlySettled = false;
        // Insert first: a new number (every row of a first load) then costs one descent of the
        // number index; only a number already on file is read back and compared.
        // A new invoice with a paid date goes in settled (its payment follows below), so no
        // UPDATE churns the open-items and settled-date indexes afterwards.
        const bool paidNow = inv.paid.isValid();
        insInvoice.bind(1, clientId)
                .bindView(2, inv.numberUtf8)
                .bindView(3, inv.issueUtf8)
                .bindView(4, inv.dueUtf8)
                .bind(5, inv.amountMinor)
                .bindView(6, inv.currencyUtf8)
                .bindView(7, inv.poUtf8)
                .bind(8, paidNow ? 0 : inv.amountMinor)
                .bind(9,
                      storageKey(invoiceStatus(inv.amountMinor, paidNow ? 0 : inv.amountMinor,
                                               inv.disputed, false)))
                .bind(10, inv.disputed ? 1 : 0)
                .bindView(12, nowUtf8);
        if (paidNow)
            insInvoice.bindView(11, inv.paidUtf8);
        else
            insInvoice.bindNull(11);
        if (!insInvoice.run())
            return fail(insInvoice.error());
        if (insInvoice.changes() == 1) {
            invoiceId = insInvoice.lastInsertId();
            if (invoiceId - firstNewInvoice != newInvoiceLines.size())
                return fail(QStringLiteral("invoice ids are not sequential"));
            newInvoiceLines.append(qint32(rec.line));
            newlySettled = paidNow;
            ++invoicesCreated;
        } else {
            findInvoice.bindView(1, inv.numberUtf8);
            if (!findInvoice.step()) {
                findInvoice.reset();
                return fail(findInvoice.ok() ? QStringLiteral("invoice %1 vanished").arg(inv.number)
                                             : findInvoice.error());
            }
            invoiceId = findInvoice.int64(0);
            const bool sameMoney = findInvoice.int64(1) == clientId
                    && findInvoice.int64(2) == inv.amountMinor
                    && findInvoice.utf8(3) == QByteArrayView(inv.currencyUtf8)
                    && findInvoice.utf8(4) == QByteArrayView(inv.issueUtf8);
            const bool sameRest = findInvoice.utf8(5) == QByteArrayView(inv.dueUtf8)
                    && findInvoice.utf8(6) == QByteArrayView(inv.poUtf8)
                    && (findInvoice.int64(7) != 0) == inv.disputed;
            balance = findInvoice.int64(8);
            const bool sameSettled = findInvoice.utf8(9) == QByteArrayView(inv.paidUtf8);
            findInvoice.reset();
            const bool readBefore
                    = invoiceId >= firstNewInvoice || seenExisting.contains(invoiceId);
            if (readBefore) {
                // Read earlier in this file: a line item of the same invoice, or a conflict.
                const qint64 firstLine = invoiceId >= firstNewInvoice
                        ? newInvoiceLines.value(invoiceId - firstNewInvoice)
                        : seenExisting.value(invoiceId);
                if (!(sameMoney && sameRest && sameSettled))
                    addError(rec.line, col(QStringLiteral("number")),
                             tr("number: invoice %1 on line %2 has different values on line %3")
                                     .arg(inv.number)
                                     .arg(firstLine)
                                     .arg(rec.line));
                continue;
            }
            seenExisting.insert(invoiceId, qint32(rec.line));
            if (!sameMoney) {
                addError(inv.line, QString(),
                         tr("invoice %1 already exists with a different client, amount, "
                            "currency or issue date; ARDesk does not overwrite money")
                                 .arg(inv.number));
                continue;
            }
            const bool paymentNeeded = inv.paid.isValid() && balance > 0;
            if (sameRest && !paymentNeeded) {
                ++summary.unchanged;
                continue;
            }
            if (!sameRest) {
                updInvoice.bindView(1, inv.dueUtf8)
                        .bindView(2, inv.poUtf8)
                        .bind(3, inv.disputed ? 1 : 0)
                        .bind(4, inv.disputed ? 1 : 0)
                        .bind(5, invoiceId);
                if (!updInvoice.run())
                    return fail(updInvoice.error());
            }
            ++invoicesUpdated;
        }
        if (inv.paid.isValid() && balance > 0) {
            insPayment.bind(1, clientId)
                    .bindView(2, inv.paidUtf8)
                    .bind(3, balance)
                    .bindView(4, inv.currencyUtf8)
                    .bindView(5, referenceUtf8)
                    .bindView(6, nowUtf8);
            insPayment.bindIdOrNull(7, m_userId);
            if (!insPayment.run())
                return fail(insPayment.error());
            insAlloc.bind(1, insPayment.lastInsertId()).bind(2, invoiceId).bind(3, balance);
            if (!insAlloc.run())
                return fail(insAlloc.error());
            if (!newlySettled) {
                settle.bind(1, balance)
                        .bind(2, balance)
                        .bind(3, balance)
                        .bindView(4, inv.paidUtf8)
                        .bind(5, invoiceId);
                if (!settle.run())
                    return fail(settle.error());
            }
            ++paymentsCreated;
        }
    }
    if (progress)
        progress(ahead->bytesRead(), summary.rows);
    ahead.reset(); // the reading thread has ended
    for (auto [key, n] : {std::pair {QStringLiteral("invoices"), invoicesCreated},
                          std::pair {QStringLiteral("payments"), paymentsCreated}}) {
        if (n > 0)
            summary.created[key] += n;
    }
    if (invoicesUpdated > 0)
        summary.updated[QStringLiteral("invoices")] += invoicesUpdated;

    if (!summary.errors.isEmpty()) {
        tx.rollback(); // nothing written
        summary.created.clear();
        summary.updated.clear();
        summary.unchanged = 0;
        return summary;
    }

    if (!droppedIndexes.isEmpty()) {
        if (auto r = rebuildIndexes(conn, droppedIndexes); !r)
            return fail(r.errorString());
    }
    // Summary rows of every touched client, in the same transaction.
    ArSummary arSummary(conn);
    const QDate date = arSummary.workingDate();
    if (touched.size() > 2000) {
        if (auto r = arSummary.rebuildAll(date); !r)
            return fail(r.errorString());
    } else {
        for (qint64 id : std::as_const(touched)) {
            if (auto r = arSummary.refreshClient(id, date); !r)
                return fail(r.errorString());
        }
    }
    if (!summary.created.isEmpty() || !summary.updated.isEmpty()) {
        QJsonObject after {{QStringLiteral("source"), options.sourceName},
                           {QStringLiteral("rows"), summary.rows}};
        for (auto it = summary.created.cbegin(); it != summary.created.cend(); ++it)
            after.insert(QStringLiteral("created_") + it.key(), it.value());
        for (auto it = summary.updated.cbegin(); it != summary.updated.cend(); ++it)
            after.insert(QStringLiteral("updated_") + it.key(), it.value());
        if (auto a
            = AuditLog(conn, m_userId)
                      .record(QStringLiteral("import"), 0, kindName(options.kind), {}, after);
            !a)
            return fail(a.errorString());
    }
    if (options.dryRun || (summary.created.isEmpty() && summary.updated.isEmpty())) {
        tx.rollback(); // a dry run, or nothing to change: leave the file exactly as it was
        return summary;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    summary.written = true;
    log::info(QStringLiteral("import %1: %2 rows").arg(options.sourceName).arg(summary.rows));
    return summary;
}

} // namespace ardesk
