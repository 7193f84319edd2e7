// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace ardesk {

/// The document an invoice carries (the PDF of the accounting system), as listed: the stored
/// content's hash and a display name that is never used as a path.
struct InvoiceDocument
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QString sha256;
    QString displayName; ///< shown only, never used as a path
    qint64 size = 0;
    QString detectedMime; ///< from the content
    QString claimedMime; ///< from the name's extension
    QDateTime attachedAt; ///< UTC
};

} // namespace ardesk
