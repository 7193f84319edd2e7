// SPDX-License-Identifier: MIT
#include "core/storage/invoicedocumentrepository.h"

#include "core/storage/dialect.h"
#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QSqlQuery>

namespace ardesk {

namespace {

QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return u'[' + parts.join(u',') + u']';
}

} // namespace

Result<qint64> InvoiceDocumentRepository::attach(qint64 invoiceId,
                                                 const AttachmentStore::Content &content,
                                                 qint64 userId)
{
    if (auto blob = AttachmentStore(m_db).storeBlob(content); !blob)
        return blob.error();
    auto row = sql::write(m_db,
                          QStringLiteral("INSERT INTO invoice_documents (invoice_id, sha256, "
                                         "display_name, claimed_mime, attached_at, attached_by) "
                                         "VALUES (?,?,?,?,?,?)"),
                          {invoiceId, content.sha256, content.displayName, content.claimedMime,
                           sql::nowUtc(m_db), sql::nullIfZero(userId)});
    if (!row)
        return row.error();
    return row.value().lastInsertId;
}

Result<QHash<qint64, InvoiceDocument>> InvoiceDocumentRepository::forInvoices(
        const QList<qint64> &invoiceIds) const
{
    if (invoiceIds.isEmpty())
        return QHash<qint64, InvoiceDocument>();
    return select(sql::inIdSet(sql::dialectOf(m_db), QStringLiteral("d.invoice_id")),
                  {idArray(invoiceIds)});
}

Result<QHash<qint64, InvoiceDocument>> InvoiceDocumentRepository::forClient(qint64 clientId) const
{
    return select(QStringLiteral("i.client_id = ?"), {clientId});
}

Result<QHash<QString, QList<qint64>>> InvoiceDocumentRepository::numbersFolded() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT id, number FROM invoices"), {});
    if (!q)
        return q.error();
    QHash<QString, QList<qint64>> out;
    while (q.value().next())
        out[q.value().value(1).toString().toCaseFolded()].append(q.value().value(0).toLongLong());
    return out;
}

Result<QHash<qint64, InvoiceDocument>> InvoiceDocumentRepository::select(
        const QString &where, const QVariantList &binds) const
{
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT d.id, d.invoice_id, i.number, d.sha256, "
                                      "d.display_name, b.size, b.mime_type, d.claimed_mime, "
                                      "d.attached_at FROM invoice_documents d JOIN invoices i ON "
                                      "i.id = d.invoice_id JOIN attachment_blobs b ON b.sha256 = "
                                      "d.sha256 WHERE d.id = (SELECT max(x.id) FROM "
                                      "invoice_documents x WHERE x.invoice_id = d.invoice_id) AND ")
                               + where,
                       binds);
    if (!q)
        return q.error();
    QHash<qint64, InvoiceDocument> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        InvoiceDocument d;
        d.id = r.value(0).toLongLong();
        d.invoiceId = r.value(1).toLongLong();
        d.invoiceNumber = r.value(2).toString();
        d.sha256 = r.value(3).toString();
        d.displayName = r.value(4).toString();
        d.size = r.value(5).toLongLong();
        d.detectedMime = r.value(6).toString();
        d.claimedMime = r.value(7).toString();
        d.attachedAt = timeutil::instantFromStorage(r.value(8).toString());
        out.insert(d.invoiceId, d);
    }
    return out;
}

} // namespace ardesk
