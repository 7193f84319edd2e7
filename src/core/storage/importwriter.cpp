// SPDX-License-Identifier: MIT
#include "core/storage/importwriter.h"

#include "core/storage/database.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/sql.h"
#include "core/storage/sqlitestatement.h"
#include "core/support/timeutil.h"

#include <algorithm>
#include <array>

#include <QThread>

namespace ardesk {
namespace {

/// The bulk path writes through SQLite's own API; a team database (PostgreSQL) has none yet.
Error notOnTeamDatabase()
{
    return makeError(ErrorCode::Database,
                     QStringLiteral("bulk loading into a team database (PostgreSQL) is not "
                                    "available yet; use a company file"));
}

/// Secondary indexes an invoice import never reads while it loads rows.
constexpr const char *kBulkDroppableIndexes[] = {
        "invoices_client_due",  "invoices_issue", "invoices_settled",           "invoices_open_due",
        "payments_client_date", "payments_date",  "payment_allocations_invoice"};

Error statementError(const SqliteStatement &statement)
{
    return makeError(ErrorCode::Database, statement.error());
}

/// The stored word of a status, converted once (the bulk path binds it for every row).
QByteArrayView storedStatus(InvoiceStatus status)
{
    static const std::array<QByteArray, 5> words = {
            toString(InvoiceStatus::Open).toUtf8(), toString(InvoiceStatus::PartiallyPaid).toUtf8(),
            toString(InvoiceStatus::Paid).toUtf8(), toString(InvoiceStatus::Disputed).toUtf8(),
            toString(InvoiceStatus::WrittenOff).toUtf8()};
    return words.at(size_t(status));
}

} // namespace

/// The bulk statements, prepared once per import.
struct ImportWriter::Statements
{
    explicit Statements(sqlite3 *h)
        : insClient(h,
                    "INSERT INTO clients (code, name, currency, created_at, updated_at) "
                    "VALUES (?,?,?,?,?)")
        , insSummary(h, "INSERT INTO client_summary (client_id, currency, as_of) VALUES (?,?,?)")
        , findInvoice(h,
                      "SELECT id, client_id, amount_minor, currency, issue_date, due_date, "
                      "po_number, disputed, balance_minor, COALESCE(settled_date, ''), status "
                      "FROM invoices WHERE number = ?")
        , insInvoice(h,
                     "INSERT INTO invoices (client_id, number, issue_date, due_date, "
                     "amount_minor, currency, po_number, balance_minor, status, disputed, "
                     "settled_date, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                     "ON CONFLICT (number) DO NOTHING")
        , updInvoice(h,
                     "UPDATE invoices SET due_date = ?, po_number = ?, disputed = ?, status = ?, "
                     "version = version + 1 WHERE id = ?")
        , insPayment(h,
                     "INSERT INTO payments (client_id, payment_date, amount_minor, currency, "
                     "method, reference, created_at, created_by) VALUES "
                     "(?,?,?,?,'other',?,?,?)")
        , insAlloc(h,
                   "INSERT INTO payment_allocations (payment_id, invoice_id, amount_minor) "
                   "VALUES (?,?,?)")
        , settle(h,
                 "UPDATE invoices SET balance_minor = balance_minor - ?, status = ?, "
                 "settled_date = CASE WHEN balance_minor - ? <= 0 THEN ? ELSE NULL END, "
                 "version = version + 1 WHERE id = ?")
        , nextInvoiceId(h, "SELECT COALESCE(max(id), 0) + 1 FROM invoices")
    { }

    SqliteStatement insClient, insSummary, findInvoice, insInvoice, updInvoice, insPayment,
            insAlloc, settle, nextInvoiceId;
};

ImportWriter::ImportWriter(const Database &db)
    : m_conn(db.connection())
    , m_handle(Database::rawHandle(m_conn))
{ }

ImportWriter::~ImportWriter()
{
    m_st.reset(); // finalized before the cache goes back
    if (m_started)
        Database::execScript(m_conn, "PRAGMA cache_size = -2000;").ok();
}

void ImportWriter::start()
{
    if (!m_handle)
        return;
    Database::execScript(m_conn, "PRAGMA cache_size = -65536;").ok(); // 64 MiB for this import
    m_started = true;
}

Result<QHash<QString, ImportWriter::Client>> ImportWriter::clientsByCode() const
{
    QHash<QString, Client> clients;
    SqliteStatement q(m_handle,
                      "SELECT id, code, currency, country, name, "
                      "COALESCE(assigned_user_id, 0) FROM clients");
    while (q.step())
        clients.insert(q.text(1).toLower(),
                       Client {q.int64(0), q.text(2), q.text(3), q.text(4), q.int64(5), q.text(1)});
    if (!q.ok())
        return statementError(q);
    return clients;
}

Result<QList<ImportWriter::User>> ImportWriter::users() const
{
    QList<User> users;
    SqliteStatement q(m_handle, "SELECT id, name, display_name FROM users ORDER BY id");
    while (q.step())
        users.append(User {q.int64(0), q.text(1), q.text(2)});
    if (!q.ok())
        return statementError(q);
    return users;
}

Result<bool> ImportWriter::assignClerkIfNone(qint64 clientId, qint64 userId, const QString &now)
{
    auto changed = sql::write(m_conn,
                              QStringLiteral("UPDATE clients SET assigned_user_id = ?, "
                                             "updated_at = ?, version = version + 1 WHERE id = ? "
                                             "AND assigned_user_id IS NULL"),
                              {userId, now, clientId});
    if (!changed)
        return changed.error();
    return changed.value().rowsAffected > 0;
}

Result<void> ImportWriter::prepare()
{
    if (!m_handle)
        return notOnTeamDatabase();
    m_st = std::make_unique<Statements>(m_handle);
    for (const SqliteStatement *st : {&m_st->insClient, &m_st->insSummary, &m_st->findInvoice,
                                      &m_st->insInvoice, &m_st->updInvoice, &m_st->insPayment,
                                      &m_st->insAlloc, &m_st->settle, &m_st->nextInvoiceId}) {
        if (!st->ok())
            return statementError(*st);
    }
    return {};
}

qint64 ImportWriter::nextInvoiceId()
{
    m_st->nextInvoiceId.step();
    const qint64 id = m_st->nextInvoiceId.int64(0);
    m_st->nextInvoiceId.reset();
    return id;
}

Result<void> ImportWriter::dropIndexes()
{
    if (!m_handle)
        return notOnTeamDatabase();
    SqliteStatement q(m_handle,
                      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                      "NULL");
    QHash<QString, QByteArray> found;
    while (q.step())
        found.insert(q.text(0), q.text(1).toUtf8());
    if (!q.ok())
        return statementError(q);
    for (const char *name : kBulkDroppableIndexes) {
        const auto it = found.constFind(QLatin1String(name));
        if (it == found.cend())
            continue;
        if (auto r = Database::execScript(m_conn, QByteArray("DROP INDEX ") + name); !r)
            return r;
        m_droppedIndexes.append(*it);
    }
    return {};
}

Result<void> ImportWriter::rebuildIndexes()
{
    if (!m_handle)
        return notOnTeamDatabase();
    // Each CREATE INDEX sorts a million keys. SQLite's sorter is fastest in small runs sorted
    // by helper threads and merged (its run size follows the page cache): 4 MiB runs on helper
    // threads (one per core, at most 4) build the seven indexes of a 1M-row load in 2.2 s on
    // two cores, instead of 3.6 s as one 64 MiB run.
    const int helpers = std::clamp(QThread::idealThreadCount(), 1, 4);
    if (auto r = Database::execScript(m_conn,
                                      "PRAGMA threads = " + QByteArray::number(helpers)
                                              + "; PRAGMA cache_size = -4096;");
        !r)
        return r;
    for (const QByteArray &create : std::as_const(m_droppedIndexes)) {
        if (auto r = Database::execScript(m_conn, create); !r)
            return r;
    }
    return Database::execScript(m_conn, "PRAGMA threads = 0; PRAGMA cache_size = -65536;");
}

Result<qint64> ImportWriter::insertClient(const QString &code, const QString &name,
                                          const QString &currency, const QString &now,
                                          const QString &today)
{
    SqliteStatement &insClient = m_st->insClient;
    insClient.bind(1, code).bind(2, name).bind(3, currency).bind(4, now).bind(5, now);
    if (!insClient.run())
        return statementError(insClient);
    const qint64 id = insClient.lastInsertId();
    SqliteStatement &insSummary = m_st->insSummary;
    insSummary.bind(1, id).bind(2, currency).bind(3, today);
    if (!insSummary.run())
        return statementError(insSummary);
    return id;
}

Result<qint64> ImportWriter::insertInvoice(const InvoiceRow &row, InvoiceStatus status,
                                           QByteArrayView now)
{
    // A new invoice goes in at its balance after the row's payment (which follows), so no
    // UPDATE churns the open-items and settled-date indexes afterwards.
    const bool paid = !row.paid.isEmpty();
    SqliteStatement &insInvoice = m_st->insInvoice;
    insInvoice.bind(1, row.clientId)
            .bindView(2, row.number)
            .bindView(3, row.issue)
            .bindView(4, row.due)
            .bind(5, row.amountMinor)
            .bindView(6, row.currency)
            .bindView(7, row.po)
            .bind(8, row.balanceMinor)
            .bindView(9, storedStatus(status))
            .bind(10, row.disputed ? 1 : 0)
            .bindView(12, now);
    if (paid)
        insInvoice.bindView(11, row.paid);
    else
        insInvoice.bindNull(11);
    if (!insInvoice.run())
        return statementError(insInvoice);
    return insInvoice.changes() == 1 ? insInvoice.lastInsertId() : 0;
}

Result<ImportWriter::StoredInvoice> ImportWriter::compareStored(const InvoiceRow &row)
{
    SqliteStatement &findInvoice = m_st->findInvoice;
    findInvoice.bindView(1, row.number);
    if (!findInvoice.step()) {
        findInvoice.reset();
        if (!findInvoice.ok())
            return statementError(findInvoice);
        return makeError(ErrorCode::Database,
                         QStringLiteral("invoice %1 vanished").arg(QString::fromUtf8(row.number)));
    }
    StoredInvoice stored;
    stored.id = findInvoice.int64(0);
    stored.sameMoney = findInvoice.int64(1) == row.clientId
            && findInvoice.int64(2) == row.amountMinor && findInvoice.utf8(3) == row.currency
            && findInvoice.utf8(4) == row.issue;
    stored.sameRest = findInvoice.utf8(5) == row.due && findInvoice.utf8(6) == row.po
            && (findInvoice.int64(7) != 0) == row.disputed;
    stored.balanceMinor = findInvoice.int64(8);
    stored.sameSettled = findInvoice.utf8(9) == row.paid;
    stored.writtenOff = findInvoice.utf8(10) == storedStatus(InvoiceStatus::WrittenOff);
    findInvoice.reset();
    return stored;
}

Result<void> ImportWriter::updateInvoiceTerms(qint64 invoiceId, const InvoiceRow &row,
                                              InvoiceStatus status)
{
    SqliteStatement &updInvoice = m_st->updInvoice;
    updInvoice.bindView(1, row.due)
            .bindView(2, row.po)
            .bind(3, row.disputed ? 1 : 0)
            .bindView(4, storedStatus(status))
            .bind(5, invoiceId);
    if (!updInvoice.run())
        return statementError(updInvoice);
    return {};
}

Result<void> ImportWriter::insertPayment(const InvoiceRow &row, qint64 invoiceId,
                                         qint64 amountMinor, QByteArrayView reference,
                                         QByteArrayView now, qint64 userId)
{
    SqliteStatement &insPayment = m_st->insPayment;
    insPayment.bind(1, row.clientId)
            .bindView(2, row.paymentDate)
            .bind(3, amountMinor)
            .bindView(4, row.currency)
            .bindView(5, reference)
            .bindView(6, now);
    insPayment.bindIdOrNull(7, userId);
    if (!insPayment.run())
        return statementError(insPayment);
    SqliteStatement &insAlloc = m_st->insAlloc;
    insAlloc.bind(1, insPayment.lastInsertId()).bind(2, invoiceId).bind(3, amountMinor);
    if (!insAlloc.run())
        return statementError(insAlloc);
    return {};
}

Result<void> ImportWriter::settle(qint64 invoiceId, qint64 amountMinor, QByteArrayView paidDate,
                                  InvoiceStatus status)
{
    SqliteStatement &settleInvoice = m_st->settle;
    settleInvoice.bind(1, amountMinor)
            .bindView(2, storedStatus(status))
            .bind(3, amountMinor)
            .bindView(4, paidDate)
            .bind(5, invoiceId);
    if (!settleInvoice.run())
        return statementError(settleInvoice);
    return {};
}

Result<qint64> ImportWriter::invoiceOfClient(const QString &number, qint64 clientId) const
{
    auto named = sql::scalar(m_conn,
                             QStringLiteral("SELECT id FROM invoices WHERE number = ? AND "
                                            "client_id = ?"),
                             {number, clientId});
    if (!named)
        return named.error();
    return named.value().isNull() ? 0 : named.value().toLongLong();
}

Result<qint64> ImportWriter::samePayment(const Payment &payment) const
{
    auto same = sql::scalar(m_conn,
                            QStringLiteral("SELECT id FROM payments WHERE client_id = ? AND "
                                           "payment_date = ? AND amount_minor = ? AND "
                                           "currency = ? AND reference = ? AND voided_at "
                                           "IS NULL ORDER BY id LIMIT 1"),
                            {payment.clientId, timeutil::toStorage(payment.date),
                             payment.amountMinor, payment.currency, payment.reference});
    if (!same)
        return same.error();
    return same.value().isNull() ? 0 : same.value().toLongLong();
}

Result<QList<OpenItem>> ImportWriter::openItems(qint64 clientId, const QString &currency) const
{
    return InvoiceRepository(m_conn).openItems(clientId, currency);
}

} // namespace ardesk
