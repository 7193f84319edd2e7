// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/allocation.h"
#include "core/domain/invoice.h"
#include "core/domain/payment.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace ardesk {

/// The SQL of a CSV import (CsvImport drives it): the client index, the bulk invoice path on
/// prepared raw statements (up to millions of rows), the look-ups of a payment row, and dropping
/// and rebuilding the secondary indexes around a bulk load.
///
/// Works inside the caller's write transaction on the calling thread's connection of the
/// Database; begins and commits nothing. Call start() and prepare() first; the bulk writes use
/// the prepared statements. The statuses it writes are the caller's (invoiceStatus()). Every
/// write reports SQLite's message on failure. Not thread-safe.
class ImportWriter
{
public:
    /// A client already on file (or created by this import).
    struct Client
    {
        qint64 id = 0;
        QString currency;
        QString country; ///< default region of its contacts' phone numbers
        QString name;
        qint64 assignedUserId = 0; ///< 0: no clerk
        QString code;
    };

    /// A user a `clerk` cell may name: by user name or display name.
    struct User
    {
        qint64 id = 0;
        QString name;
        QString displayName;
    };

    /// An invoice row in storage form: UTF-8 views (yyyy-MM-dd dates) that stay valid during
    /// the call they are passed to. `paid` is the settled date (empty unless the row leaves the
    /// invoice at a zero balance); `paymentDate` the date of the payment that brings a new
    /// invoice from `amountMinor` to `balanceMinor`.
    struct InvoiceRow
    {
        qint64 clientId = 0;
        QByteArrayView number, issue, due, currency, po, paid, paymentDate;
        qint64 amountMinor = 0;
        qint64 balanceMinor = 0;
        bool disputed = false;
    };

    /// How an invoice on file compares with a row of the same number.
    struct StoredInvoice
    {
        qint64 id = 0;
        qint64 balanceMinor = 0;
        bool sameMoney = false; ///< client, amount, currency and issue date
        bool sameRest = false; ///< due date, PO number and dispute flag
        bool sameSettled = false; ///< settled date (both empty when unpaid)
        bool writtenOff = false; ///< its stored status is written off
    };

    /// On this thread's connection of `db`.
    explicit ImportWriter(const Database &db);
    /// Puts the connection's page cache back to its default when start() enlarged it.
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    /// False when the connection is not SQLite (the bulk path needs its raw handle).
    bool hasHandle() const { return m_handle != nullptr; }

    /// Inside the transaction: enlarges the page cache for the import (64 MiB).
    void start();
    /// Clients by code, case-folded (codes are unique case-insensitively, as in the schema).
    Result<QHash<QString, Client>> clientsByCode() const;
    /// Every user, for the `clerk` column.
    Result<QList<User>> users() const;
    /// Makes `userId` the clerk of a client that has none; false when it had one.
    Result<bool> assignClerkIfNone(qint64 clientId, qint64 userId, const QString &now);
    /// Prepares the bulk statements; the first that fails names the error.
    Result<void> prepare();
    /// The id the next new invoice gets (ids are sequential within the transaction).
    qint64 nextInvoiceId();

    /// Drops the secondary indexes an invoice import never reads while it loads rows (lookups
    /// go by invoice number, client code and row id); rebuildIndexes() builds them again, one
    /// sort each. A rollback restores them with everything else.
    Result<void> dropIndexes();
    bool hasDroppedIndexes() const { return !m_droppedIndexes.isEmpty(); }
    Result<void> rebuildIndexes();

    /// A new client with its (empty) AR summary row; returns its id.
    Result<qint64> insertClient(const QString &code, const QString &name, const QString &currency,
                                const QString &now, const QString &today);
    /// Inserts unless the number is on file: the new invoice's id, or 0 when it was there.
    Result<qint64> insertInvoice(const InvoiceRow &row, InvoiceStatus status, QByteArrayView now);
    /// The invoice on file with the row's number, compared with the row.
    Result<StoredInvoice> compareStored(const InvoiceRow &row);
    /// Replaces due date, PO number and dispute flag, and the status (which follows the flag).
    Result<void> updateInvoiceTerms(qint64 invoiceId, const InvoiceRow &row, InvoiceStatus status);
    /// A payment of `amountMinor` on row.paymentDate allocated to the invoice. The invoice's
    /// balance is not touched (a new invoice went in settled already; see settle()).
    Result<void> insertPayment(const InvoiceRow &row, qint64 invoiceId, qint64 amountMinor,
                               QByteArrayView reference, QByteArrayView now, qint64 userId);
    /// The balance of an invoice on file goes down by a payment of `amountMinor` made on
    /// `paidDate` (its settled date when that pays it), and its status becomes `status`.
    Result<void> settle(qint64 invoiceId, qint64 amountMinor, QByteArrayView paidDate,
                        InvoiceStatus status);

    /// The client's invoice with that number, or 0.
    Result<qint64> invoiceOfClient(const QString &number, qint64 clientId) const;
    /// The oldest live payment with the same client, date, amount, currency and reference, or 0.
    Result<qint64> samePayment(const Payment &payment) const;
    /// The client's invoices in that currency with a balance, for allocating a payment.
    Result<QList<OpenItem>> openItems(qint64 clientId, const QString &currency) const;

private:
    struct Statements;

    QSqlDatabase m_conn;
    sqlite3 *m_handle = nullptr;
    bool m_started = false;
    QList<QByteArray> m_droppedIndexes; ///< their CREATE statements
    std::unique_ptr<Statements> m_st;
};

} // namespace ardesk
