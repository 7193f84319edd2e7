// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoicedocument.h"
#include "core/storage/attachmentstore.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// The documents of invoices (table invoice_documents): bytes content-addressed in the
/// attachment store's blobs; an invoice's newest row is its document. Writes run inside the
/// caller's write transaction (never begins one); reads on the calling thread's connection.
class InvoiceDocumentRepository
{
public:
    explicit InvoiceDocumentRepository(const Database &db)
        : m_db(db.connection())
    { }
    explicit InvoiceDocumentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// Stores the content (once per hash) and makes it the invoice's document. Returns the row
    /// id.
    Result<qint64> attach(qint64 invoiceId, const AttachmentStore::Content &content, qint64 userId);
    /// The current document of each of these invoices that has one, by invoice id.
    Result<QHash<qint64, InvoiceDocument>> forInvoices(const QList<qint64> &invoiceIds) const;
    /// The current documents of a client's invoices, by invoice id.
    Result<QHash<qint64, InvoiceDocument>> forClient(qint64 clientId) const;
    /// Every invoice number (case folded) with the ids of the invoices that have it, for
    /// matching file names.
    Result<QHash<QString, QList<qint64>>> numbersFolded() const;

private:
    Result<QHash<qint64, InvoiceDocument>> select(const QString &where,
                                                  const QVariantList &binds) const;
    QSqlDatabase m_db;
};

} // namespace ardesk
