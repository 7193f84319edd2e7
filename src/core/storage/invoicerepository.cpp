// SPDX-License-Identifier: MIT
#include "core/storage/invoicerepository.h"

#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>

namespace ardesk {
namespace {

/// The columns of kSelect, in its order.
namespace Column {
enum : int {
    Id,
    ClientId,
    Number,
    IssueDate,
    DueDate,
    Amount,
    CurrencyCode,
    PoNumber,
    Balance,
    Disputed,
    Status,
    Version,
};
} // namespace Column

const QString kSelect = QStringLiteral(
        "SELECT id, client_id, number, issue_date, due_date, amount_minor, currency, po_number, "
        "balance_minor, disputed, status, version FROM invoices ");

Invoice fromRow(const QSqlQuery &q)
{
    Invoice i;
    i.id = q.value(Column::Id).toLongLong();
    i.clientId = q.value(Column::ClientId).toLongLong();
    i.number = q.value(Column::Number).toString();
    i.issueDate = timeutil::dateFromStorage(q.value(Column::IssueDate).toString());
    i.dueDate = timeutil::dateFromStorage(q.value(Column::DueDate).toString());
    i.amountMinor = q.value(Column::Amount).toLongLong();
    i.currency = q.value(Column::CurrencyCode).toString();
    i.poNumber = q.value(Column::PoNumber).toString();
    i.balanceMinor = q.value(Column::Balance).toLongLong();
    i.disputed = q.value(Column::Disputed).toBool();
    i.writtenOff = q.value(Column::Status).toString() == QLatin1String("written_off");
    i.version = q.value(Column::Version).toInt();
    return i;
}

} // namespace

Result<qint64> InvoiceRepository::insert(Invoice &invoice)
{
    invoice.balanceMinor = invoice.amountMinor;
    if (auto v = invoice.validate(); !v)
        return v.error();
    auto r = sql::write(m_db,
                        QStringLiteral("INSERT INTO invoices (client_id, number, issue_date, "
                                       "due_date, amount_minor, currency, po_number, "
                                       "balance_minor, status, disputed, created_at) VALUES "
                                       "(?,?,?,?,?,?,?,?,?,?,?)"),
                        {invoice.clientId, invoice.number, timeutil::toStorage(invoice.issueDate),
                         timeutil::toStorage(invoice.dueDate), invoice.amountMinor,
                         invoice.currency, invoice.poNumber, invoice.balanceMinor,
                         toString(invoice.status()), invoice.disputed ? 1 : 0, sql::nowUtc(m_db)});
    if (!r) {
        if (r.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict,
                             tr("invoice number: \"%1\" exists").arg(invoice.number));
        return r.error();
    }
    invoice.id = r.value().lastInsertId;
    invoice.version = 1;
    return invoice.id;
}

Result<Invoice> InvoiceRepository::find(qint64 id) const
{
    auto r = sql::exec(m_db, kSelect + QStringLiteral("WHERE id = ?"), {id});
    if (!r)
        return r.error();
    if (!r.value().next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no invoice %1").arg(id));
    return fromRow(r.value());
}

Result<Invoice> InvoiceRepository::findByNumber(const QString &number) const
{
    auto r = sql::exec(m_db, kSelect + QStringLiteral("WHERE number = ?"), {number});
    if (!r)
        return r.error();
    if (!r.value().next())
        return makeError(ErrorCode::NotFound, tr("no invoice \"%1\"").arg(number));
    return fromRow(r.value());
}

Result<void> InvoiceRepository::update(Invoice &invoice)
{
    auto stored = find(invoice.id);
    if (!stored)
        return stored.error();
    const Invoice before = stored.value();
    if (before.version != invoice.version)
        return makeError(ErrorCode::Conflict,
                         tr("invoice %1 was changed by someone else "
                            "since you opened it; reload and apply your "
                            "change again")
                                 .arg(before.number));
    const qint64 applied = before.amountMinor - before.balanceMinor;
    if (invoice.currency != before.currency && applied != 0)
        return makeError(ErrorCode::InvalidValue,
                         tr("currency: invoice %1 already has payments "
                            "or credits in %2; its currency cannot "
                            "change")
                                 .arg(before.number, before.currency));
    if (invoice.amountMinor < applied)
        return makeError(ErrorCode::InvalidValue,
                         tr("amount: %1 is less than the %2 already paid, "
                            "credited or written off on invoice %3")
                                 .arg(invoice.amount().toPlainString(),
                                      Money::fromMinor(applied, before.currency).toPlainString(),
                                      before.number));
    invoice.balanceMinor = invoice.amountMinor - applied;
    if (auto v = invoice.validate(); !v)
        return v.error();
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE invoices SET number = ?, issue_date = ?, "
                                      "due_date = ?, amount_minor = ?, currency = ?, "
                                      "po_number = ?, balance_minor = ?, version = version + 1 "
                                      "WHERE id = ? AND version = ?"),
                       {invoice.number, timeutil::toStorage(invoice.issueDate),
                        timeutil::toStorage(invoice.dueDate), invoice.amountMinor, invoice.currency,
                        invoice.poNumber, invoice.balanceMinor, invoice.id, invoice.version});
    if (!r) {
        if (r.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict,
                             tr("invoice number: \"%1\" exists").arg(invoice.number));
        return r.error();
    }
    if (r.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("invoice %1 was changed by someone else; "
                            "reload and apply your change again")
                                 .arg(before.number));
    if (auto b = recomputeBalance(invoice.id); !b)
        return b;
    auto after = find(invoice.id);
    if (!after)
        return after.error();
    invoice = after.value();
    return {};
}

Result<QList<Invoice>> InvoiceRepository::forClient(qint64 clientId, Filter filter) const
{
    auto r = sql::exec(m_db,
                       kSelect + QStringLiteral("WHERE client_id = ? ")
                               + (filter == Filter::OpenOnly
                                          ? QStringLiteral("AND balance_minor > 0 ")
                                          : QString())
                               + QStringLiteral("ORDER BY due_date DESC, id DESC"),
                       {clientId});
    if (!r)
        return r.error();
    QList<Invoice> list;
    while (r.value().next())
        list.append(fromRow(r.value()));
    return list;
}

Result<void> InvoiceRepository::forEach(
        qint64 clientId, Filter filter,
        const std::function<Result<void>(const Invoice &)> &each) const
{
    QStringList where;
    QVariantList binds;
    if (clientId) {
        where << QStringLiteral("client_id = ?");
        binds << clientId;
    }
    if (filter == Filter::OpenOnly)
        where << QStringLiteral("balance_minor > 0");
    auto r = sql::exec(m_db,
                       kSelect
                               + (where.isEmpty() ? QString()
                                                  : QStringLiteral("WHERE ")
                                                  + where.join(QStringLiteral(" AND ")))
                               + QStringLiteral(" ORDER BY client_id, number"),
                       binds);
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    while (q.next()) {
        if (auto e = each(fromRow(q)); !e)
            return e;
    }
    return {};
}

Result<int> InvoiceRepository::openCount(qint64 clientId) const
{
    auto open = sql::scalar(m_db,
                            QStringLiteral("SELECT COUNT(*) FROM invoices WHERE client_id = ? "
                                           "AND balance_minor > 0"),
                            {clientId}, 0);
    if (!open)
        return open.error();
    return open.value().toInt();
}

Result<QList<OpenItem>> InvoiceRepository::openItems(qint64 clientId, const QString &currency) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT id, due_date, issue_date, balance_minor FROM "
                                      "invoices WHERE client_id = ? AND currency = ? AND "
                                      "balance_minor > 0"),
                       {clientId, currency});
    if (!r)
        return r.error();
    QList<OpenItem> open;
    QSqlQuery &q = r.value();
    while (q.next())
        open.append(OpenItem {
                q.value(0).toLongLong(), timeutil::dateFromStorage(q.value(1).toString()),
                timeutil::dateFromStorage(q.value(2).toString()), q.value(3).toLongLong()});
    return open;
}

Result<void> InvoiceRepository::recomputeBalance(qint64 invoiceId)
{
    auto r = sql::exec(
            m_db,
            QStringLiteral(
                    "UPDATE invoices SET balance_minor = amount_minor "
                    " - COALESCE((SELECT sum(a.amount_minor) FROM payment_allocations a JOIN "
                    "    payments p ON p.id = a.payment_id WHERE a.invoice_id = invoices.id AND "
                    "    p.voided_at IS NULL), 0) "
                    " - COALESCE((SELECT sum(amount_minor) FROM invoice_adjustments WHERE "
                    "    invoice_id = invoices.id), 0), "
                    "version = version + 1 WHERE id = ?"),
            {invoiceId});
    if (!r)
        return r.error();
    auto facts = sql::exec(m_db,
                           QStringLiteral("SELECT amount_minor, balance_minor, disputed, EXISTS "
                                          "(SELECT 1 FROM invoice_adjustments WHERE invoice_id "
                                          "= invoices.id AND kind = 'write_off') FROM invoices "
                                          "WHERE id = ?"),
                           {invoiceId});
    if (!facts)
        return facts.error();
    if (!facts.value().next())
        return {}; // no such invoice: nothing to recompute
    const QSqlQuery &f = facts.value();
    const InvoiceStatus status = invoiceStatus(f.value(0).toLongLong(), f.value(1).toLongLong(),
                                               f.value(2).toBool(), f.value(3).toBool());
    auto s = sql::exec(
            m_db,
            QStringLiteral(
                    "UPDATE invoices SET status = ?, "
                    // The day the balance reached zero: the latest payment or adjustment.
                    "settled_date = CASE WHEN balance_minor <= 0 THEN NULLIF(%1, '') ELSE NULL END "
                    "WHERE id = ?")
                    .arg(sql::greatest(
                            sql::dialectOf(m_db),
                            {QStringLiteral("COALESCE((SELECT max(p.payment_date) FROM "
                                            "payment_allocations a JOIN payments p ON p.id = "
                                            "a.payment_id WHERE a.invoice_id = invoices.id AND "
                                            "p.voided_at IS NULL), '')"),
                             QStringLiteral("COALESCE((SELECT max(adjust_date) FROM "
                                            "invoice_adjustments WHERE invoice_id = "
                                            "invoices.id), '')")})),
            {toString(status), invoiceId});
    if (!s)
        return s.error();
    return {};
}

} // namespace ardesk
