// SPDX-License-Identifier: MIT
#include "core/services/casefileservice.h"

#include "core/services/authorization.h"
#include "core/storage/attachmentstore.h"
#include "core/storage/clientrepository.h"
#include "core/storage/companysettings.h"
#include "core/storage/contactrepository.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/paymentrepository.h"
#include "core/storage/recordverifier.h"
#include "core/storage/userrepository.h"
#include "core/support/sha256.h"
#include "core/support/zipwriter.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace ardesk {

namespace {

/// The people and money of the client: contacts, invoices (by issue date), payments (by date).
Result<void> loadLedger(const Database &db, CaseFileData &data)
{
    auto contacts = ContactRepository(db).forClient(data.client.id);
    if (!contacts)
        return contacts.error();
    data.contacts = contacts.value();
    auto invoices = InvoiceRepository(db).forClient(data.client.id);
    if (!invoices)
        return invoices.error();
    data.invoices = invoices.value();
    std::stable_sort(data.invoices.begin(), data.invoices.end(),
                     [](const Invoice &a, const Invoice &b) { return a.issueDate < b.issueDate; });
    auto payments = PaymentRepository(db).forClient(data.client.id,
                                                    PaymentRepository::Filter::WithVoided);
    if (!payments)
        return payments.error();
    data.payments = payments.value();
    std::stable_sort(data.payments.begin(), data.payments.end(),
                     [](const Payment &a, const Payment &b) { return a.date < b.date; });
    return {};
}

/// Disputes, promises and plans, and every note with all its revisions and its tombstone.
Result<void> loadRecord(const Database &db, CaseFileData &data, const Progress &progress)
{
    const CaseFileQuery query(db);
    auto disputes = query.disputes(data.client.id);
    if (!disputes)
        return disputes.error();
    data.disputes = disputes.value();
    auto plans = query.plans(data.client.id);
    if (!plans)
        return plans.error();
    data.plans = plans.value();
    auto promises = PromiseRepository(db).list(data.client.id);
    if (!promises)
        return promises.error();
    data.promises = promises.value();
    auto ids = query.noteIds(data.client.id);
    if (!ids)
        return ids.error();
    const NoteReader reader(db);
    const QString stage = CaseFileService::tr("Reading the client's notes");
    qint64 done = 0;
    for (qint64 id : ids.value()) {
        if (progress.isCancelled())
            return CaseFileService::cancelled();
        progress.report(done++, ids.value().size(), stage);
        auto history = reader.history(id);
        if (!history)
            return history.error();
        data.notes.append(history.value());
    }
    progress.report(done, ids.value().size(), stage);
    return {};
}

/// An attachment's display name as a safe file name inside the bundle.
QString safeName(const QString &displayName)
{
    QString name = displayName;
    name.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f/\\\\:*?\"<>|]")),
                 QStringLiteral("_"));
    name = name.trimmed();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("attachment");
    return name.left(120);
}

} // namespace

Error CaseFileService::cancelled()
{
    return Progress::cancelledError(tr("case file cancelled: nothing was written"));
}

Result<CaseFileData> CaseFileService::caseFile(qint64 clientId, const Progress &progress) const
{
    if (auto may = authorize(*m_db, m_userId, Permission::AuditAndReports); !may)
        return may.error();
    CaseFileData data;
    auto client = ClientRepository(*m_db).find(clientId);
    if (!client)
        return client.error();
    data.client = client.value();
    auto company = CompanySettings::load(*m_db);
    if (!company)
        return company.error();
    data.companyName = company.value().companyName;
    data.locale = company.value().locale;
    data.timeZone = company.value().timeZone;
    data.printedAt = m_db->clock()->now();
    const UserRepository users(*m_db);
    if (m_userId) {
        auto me = users.find(m_userId);
        if (!me)
            return me.error();
        data.printedBy = me.value().shownName();
    }
    if (data.client.assignedUserId) {
        auto clerk = users.find(data.client.assignedUserId);
        if (clerk)
            data.clerk = clerk.value().shownName();
    }
    if (auto l = loadLedger(*m_db, data); !l)
        return l.error();
    if (auto r = loadRecord(*m_db, data, progress); !r)
        return r.error();
    // The client's part of the record and every link of the chain (RecordVerifier's scope):
    // what this case file prints is what the chain commits to, in a second or two on any size
    // of company; `verify` is the check of the whole file.
    RecordVerifier verifier(*m_db);
    verifier.setScopeClient(clientId);
    auto report = verifier.verify(progress);
    if (!report)
        return progress.isCancelled() ? cancelled() : report.error();
    data.chainHead = report.value().head;
    data.chainEntries = report.value().chainEntries;
    data.verifiedRevisions = report.value().revisions;
    data.verifiedTombstones = report.value().tombstones;
    data.verifiedAttachments = report.value().attachments;
    data.verified = report.value().ok();
    data.problems = int(report.value().problems.size());
    if (!report.value().problems.isEmpty())
        data.firstProblem = report.value().problems.first().message;
    return data;
}

Result<void> CaseFileService::writeBundle(const CaseFileData &data, const QString &pdfName,
                                          const QByteArray &pdf, const QString &path,
                                          const Progress &progress) const
{
    if (auto may = authorize(*m_db, m_userId, Permission::AuditAndReports); !may)
        return may.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("cannot write \"%1\": %2").arg(path, file.errorString()));
    ZipWriter zip(&file, data.printedAt);
    QJsonArray manifest;
    QString text = tr("Case file of %1 (%2), chain head %3\n")
                           .arg(data.client.name, data.client.code, data.chainHead)
            + QStringLiteral("\nsha256  size  file\n");
    const auto add = [&](const QString &name, const QByteArray &bytes) -> Result<void> {
        const QString hash = Sha256::hex(bytes);
        manifest.append(QJsonObject {{QStringLiteral("file"), name},
                                     {QStringLiteral("sha256"), hash},
                                     {QStringLiteral("size"), qint64(bytes.size())}});
        text += QStringLiteral("%1  %2  %3\n").arg(hash).arg(bytes.size()).arg(name);
        return zip.add(name, bytes);
    };
    if (auto a = add(pdfName, pdf); !a)
        return a;
    const AttachmentStore store(*m_db);
    const QList<AttachmentInfo> attachments = data.attachments();
    const QString stage = tr("Packing the attachments");
    int n = 0;
    for (const AttachmentInfo &info : attachments) {
        // Not committed, the QSaveFile leaves nothing at `path`.
        if (progress.isCancelled())
            return cancelled();
        progress.report(n, attachments.size(), stage);
        auto bytes = store.read(info.sha256);
        if (!bytes)
            return bytes.error();
        if (Sha256::hex(bytes.value()) != info.sha256)
            return makeError(ErrorCode::Corrupt,
                             tr("attachment \"%1\" does not match its SHA-256 %2: run verify")
                                     .arg(info.displayName, info.sha256));
        const QString name = QStringLiteral("attachments/%1-%2")
                                     .arg(++n, 3, 10, QLatin1Char('0'))
                                     .arg(safeName(info.displayName));
        if (auto a = add(name, bytes.value()); !a)
            return a;
    }
    if (auto a = zip.add(QStringLiteral("manifest.json"),
                         QJsonDocument(QJsonObject {{QStringLiteral("client"), data.client.code},
                                                    {QStringLiteral("chain_head"), data.chainHead},
                                                    {QStringLiteral("files"), manifest}})
                                 .toJson());
        !a)
        return a;
    if (auto a = zip.add(QStringLiteral("manifest.txt"), text.toUtf8()); !a)
        return a;
    if (auto f = zip.finish(); !f)
        return f;
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         tr("cannot write \"%1\": %2").arg(path, file.errorString()));
    return {};
}

} // namespace ardesk
