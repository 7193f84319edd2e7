// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/casefiledata.h"
#include "core/storage/database.h"
#include "core/support/progress.h"
#include "core/support/result.h"

#include <functional>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ardesk {

/// The case file of a client (issue 14 item 6): gathers CaseFileData, and writes the bundle (a
/// zip of the case file's PDF, every attachment file and a manifest of their SHA-256 hashes).
/// For managers and admins (Permission::AuditAndReports: it holds the whole record, deleted
/// notes included). Reads only, on the calling thread's connection; the PDF is the print
/// layer's (print/casefilepdf.h), handed in as bytes.
class CaseFileService
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileService)

public:
    /// `userId` is who asks: their roles decide.
    CaseFileService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Everything about `clientId`, with the chain head and the verify result of now.
    /// `progress` sees the notes read and the chain checked; cancelled, it stops between two
    /// notes (or in the check) and returns Progress::cancelledError (nothing to print).
    Result<CaseFileData> caseFile(qint64 clientId, const Progress &progress = {}) const;
    /// Writes the zip at `path` whole (temporary file renamed into place): `pdfName` holding
    /// `pdf`, each attachment under attachments/ (numbered, with its display name made safe),
    /// and manifest.txt and manifest.json listing every file with its SHA-256 and size. Each
    /// attachment is read from the company file and checked against its hash first.
    /// `progress` sees the attachments packed; cancelled, it stops between two and nothing is
    /// written at `path`.
    Result<void> writeBundle(const CaseFileData &data, const QString &pdfName,
                             const QByteArray &pdf, const QString &path,
                             const Progress &progress = {}) const;
    /// The error of a cancelled case file: nothing was written.
    static Error cancelled();

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
