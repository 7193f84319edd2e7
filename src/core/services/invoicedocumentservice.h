// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/invoicedocument.h"
#include "core/mail/mimemessage.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace ardesk {

/// Invoice documents (the PDFs of the accounting system): attach one to an invoice by hand,
/// import a folder of them matched by invoice number, open a read-only copy, attach them to an
/// e-mail. Files are read through the attachment store (same size cap, type detected from the
/// content, the name kept as display text only). Writes are audited and run in one transaction;
/// everything uses the calling thread's connection.
class InvoiceDocumentService
{
public:
    /// What a folder import did, file by file (names only, sorted).
    struct ImportReport
    {
        QList<QPair<QString, QString>> matched; ///< (file name, invoice number) attached
        QList<QPair<QString, QString>>
                unchanged; ///< (file name, invoice number) already its document
        QStringList unmatched; ///< no invoice number in the name
        QList<QPair<QString, QStringList>> ambiguous; ///< (file name, the numbers it names)
        QList<QPair<QString, QString>> refused; ///< (file name, why: too big, unreadable)
    };

    InvoiceDocumentService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Makes the file the invoice's document. Errors name the file or the invoice.
    Result<InvoiceDocument> attach(qint64 invoiceId, const QString &path);
    /// attach() to the invoice with this number.
    Result<InvoiceDocument> attachToNumber(const QString &number, const QString &path);
    /// Attaches every file of `folder` (not its subfolders, not hidden files) whose name
    /// (without extension) contains exactly one invoice number as a whole word (bounded by the
    /// name's ends or by characters other than letters and digits, case ignored): "INV-1.pdf"
    /// and "Invoice INV-1 (copy).pdf" match INV-1, "INV-10.pdf" does not. Files naming no
    /// number or several are listed, not attached. All matched files in one transaction.
    Result<ImportReport> importFolder(const QString &folder);
    /// A read-only copy of the invoice's document in the session's temporary folder.
    Result<QString> openableCopy(qint64 invoiceId) const;
    /// The documents of these invoices (those that have one) as e-mail attachments, read on
    /// the calling thread's connection of `db`.
    static Result<QList<MailAttachment>> mailAttachments(const Database &db,
                                                         const QList<qint64> &invoiceIds);

    /// The invoice numbers (case folded) named in a file's base name, distinct.
    static QStringList numbersInName(const QString &baseName,
                                     const QHash<QString, QList<qint64>> &numbersFolded);

    Q_DECLARE_TR_FUNCTIONS(InvoiceDocumentService)

private:
    Result<InvoiceDocument> attachInTransaction(qint64 invoiceId, const QString &path);
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
