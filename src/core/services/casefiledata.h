// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/client.h"
#include "core/domain/contact.h"
#include "core/domain/invoice.h"
#include "core/domain/payment.h"
#include "core/storage/casefilequery.h"
#include "core/storage/notereader.h"
#include "core/storage/promiserepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ardesk {

/// Everything about one client that a dispute or a lawsuit may need, gathered by CaseFileService
/// and printed by the print layer (print/casefilepdf.h): the client and its contacts, invoices
/// and payments, disputes, promises and plans, the complete timeline of notes (e-mails sent are
/// notes too) with every revision and tombstone, each attachment with its SHA-256, and the
/// record's chain head with the result of verifying the whole record when it was gathered.
struct CaseFileData
{
    QString companyName;
    QString locale; ///< the company's: how dates and amounts print
    QString timeZone; ///< the company's (IANA id): how instants print
    QDateTime printedAt; ///< UTC
    QString printedBy; ///< the user's display name

    Client client;
    QString clerk; ///< the assigned user's display name, empty when none
    QList<Contact> contacts;
    QList<Invoice> invoices; ///< by issue date
    QList<Payment> payments; ///< by date, voided ones included
    QList<CaseFileQuery::Dispute> disputes;
    QList<PromiseRepository::Stored> promises;
    QList<CaseFileQuery::Plan> plans;
    QList<NoteReader::History> notes; ///< oldest first; revisions oldest first

    /// The record's chain head when gathered, and whether the client's part of the record
    /// verified (every link of the chain, and the client's entries recomputed from their rows:
    /// RecordVerifier::setScopeClient).
    QString chainHead;
    qint64 chainEntries = 0; ///< links followed: the whole chain
    qint64 verifiedRevisions = 0, verifiedTombstones = 0, verifiedAttachments = 0; ///< the client's
    bool verified = false;
    int problems = 0;
    QString firstProblem; ///< the first problem found, empty when none

    /// Every attachment of every revision, in timeline order.
    QList<AttachmentInfo> attachments() const
    {
        QList<AttachmentInfo> all;
        for (const NoteReader::History &h : notes)
            for (const NoteReader::Entry &e : h.revisions)
                all += e.attachments;
        return all;
    }
    /// The invoice number of `invoiceId`, empty when it is not the client's.
    QString invoiceNumber(qint64 invoiceId) const
    {
        for (const Invoice &i : invoices)
            if (i.id == invoiceId)
                return i.number;
        return {};
    }
};

} // namespace ardesk
