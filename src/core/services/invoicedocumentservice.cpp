// SPDX-License-Identifier: MIT
#include "core/services/invoicedocumentservice.h"
#include "core/services/authorization.h"

#include "core/storage/attachmentstore.h"
#include "core/storage/auditlog.h"
#include "core/storage/invoicedocumentrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace ardesk {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

QStringList InvoiceDocumentService::numbersInName(
        const QString &baseName, const QHash<QString, QList<qint64>> &numbersFolded)
{
    const QString name = baseName.toCaseFolded();
    QStringList found;
    const qsizetype n = name.size();
    for (qsizetype start = 0; start < n; ++start) {
        if (start > 0 && isWordChar(name.at(start - 1)))
            continue;
        for (qsizetype end = start + 1; end <= n; ++end) {
            if (end < n && isWordChar(name.at(end)))
                continue;
            const QString candidate = name.mid(start, end - start);
            if (numbersFolded.contains(candidate) && !found.contains(candidate))
                found << candidate;
        }
    }
    // A number inside a longer one found in the same place ("INV-1" in "INV-1-A") is not
    // another number: keep only the longest of overlapping matches.
    QStringList distinct;
    for (const QString &a : std::as_const(found)) {
        const bool inside = std::any_of(found.cbegin(), found.cend(), [&](const QString &b) {
            return b.size() > a.size() && b.contains(a);
        });
        if (!inside)
            distinct << a;
    }
    return distinct;
}

Result<InvoiceDocument> InvoiceDocumentService::attachInTransaction(qint64 invoiceId,
                                                                    const QString &path)
{
    auto invoice = InvoiceRepository(*m_db).find(invoiceId);
    if (!invoice)
        return invoice.error();
    auto content = AttachmentStore(*m_db).load(path);
    if (!content)
        return content.error();
    auto id = InvoiceDocumentRepository(*m_db).attach(invoiceId, content.value(), m_userId);
    if (!id)
        return id.error();
    const QJsonObject after {{QStringLiteral("document"), content.value().displayName},
                             {QStringLiteral("sha256"), content.value().sha256}};
    if (auto a = AuditLog(*m_db, m_userId)
                         .record(QStringLiteral("invoice"), invoiceId,
                                 QStringLiteral("attach_document"), {}, after);
        !a)
        return a.error();
    auto docs = InvoiceDocumentRepository(*m_db).forInvoices({invoiceId});
    if (!docs)
        return docs.error();
    return docs.value().value(invoiceId);
}

Result<InvoiceDocument> InvoiceDocumentService::attach(qint64 invoiceId, const QString &path)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditLedger); !a)
        return a.error();
    return inTransaction(*m_db, [&]() { return attachInTransaction(invoiceId, path); });
}

Result<InvoiceDocument> InvoiceDocumentService::attachToNumber(const QString &number,
                                                               const QString &path)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditLedger); !a)
        return a.error();
    auto invoice = InvoiceRepository(*m_db).findByNumber(number.trimmed());
    if (!invoice)
        return invoice.error();
    return attach(invoice.value().id, path);
}

Result<InvoiceDocumentService::ImportReport> InvoiceDocumentService::importFolder(
        const QString &folder)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditLedger); !a)
        return a.error();
    const QDir dir(folder);
    if (folder.trimmed().isEmpty() || !dir.exists())
        return makeError(ErrorCode::InvalidValue,
                         tr("folder: \"%1\" is not a folder that can be read").arg(folder));
    auto numbers = InvoiceDocumentRepository(*m_db).numbersFolded();
    if (!numbers)
        return numbers.error();
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    return inTransaction(*m_db, [&]() -> Result<ImportReport> {
        ImportReport report;
        for (const QFileInfo &file : files) {
            const QString name = file.fileName();
            const QStringList named = numbersInName(file.completeBaseName(), numbers.value());
            if (named.isEmpty()) {
                report.unmatched << name;
                continue;
            }
            const QList<qint64> ids = numbers.value().value(named.first());
            if (named.size() > 1 || ids.size() > 1) {
                report.ambiguous.append({name, named});
                continue;
            }
            auto current = InvoiceDocumentRepository(*m_db).forInvoices(ids);
            if (!current)
                return current.error();
            auto content = AttachmentStore(*m_db).load(file.filePath());
            if (!content) {
                if (content.error().code == ErrorCode::Database)
                    return content.error();
                report.refused.append({name, content.errorString()});
                continue;
            }
            auto invoice = InvoiceRepository(*m_db).find(ids.first());
            if (!invoice)
                return invoice.error();
            if (current.value().value(ids.first()).sha256 == content.value().sha256) {
                report.unchanged.append({name, invoice.value().number});
                continue;
            }
            auto attached = attachInTransaction(ids.first(), file.filePath());
            if (!attached)
                return attached.error();
            report.matched.append({name, invoice.value().number});
        }
        return report;
    });
}

Result<QString> InvoiceDocumentService::openableCopy(qint64 invoiceId) const
{
    auto docs = InvoiceDocumentRepository(*m_db).forInvoices({invoiceId});
    if (!docs)
        return docs.error();
    if (!docs.value().contains(invoiceId))
        return makeError(ErrorCode::NotFound,
                         tr("invoice %1 has no document attached").arg(invoiceId));
    const InvoiceDocument &d = docs.value().value(invoiceId);
    return AttachmentStore(*m_db).openableCopy(d.sha256, d.displayName,
                                               QStringLiteral("invoice-%1").arg(d.id));
}

Result<QList<MailAttachment>> InvoiceDocumentService::mailAttachments(
        const Database &db, const QList<qint64> &invoiceIds)
{
    auto docs = InvoiceDocumentRepository(db).forInvoices(invoiceIds);
    if (!docs)
        return docs.error();
    QList<MailAttachment> out;
    AttachmentStore store(db);
    for (qint64 id : invoiceIds) {
        const auto it = docs.value().constFind(id);
        if (it == docs.value().cend())
            continue;
        auto bytes = store.read(it->sha256);
        if (!bytes)
            return bytes.error();
        out.append({it->displayName, it->detectedMime, bytes.value()});
    }
    return out;
}

} // namespace ardesk
