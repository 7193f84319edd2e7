// SPDX-License-Identifier: MIT
#pragma once

#include "core/services/casefiledata.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ardesk {

/// A client's case file as an A4 PDF: the client and contacts, invoices and payments, disputes,
/// promises and plans, the complete timeline of notes with every revision and tombstone (with
/// its reason), and every attachment with its SHA-256. Every page's footer carries the record's
/// chain head and the verify result at the time of printing. Needs a QGuiApplication; may run on
/// a worker thread.
class CaseFilePdf
{
    Q_DECLARE_TR_FUNCTIONS(CaseFilePdf)

public:
    static Result<QByteArray> render(const CaseFileData &data);
    /// The footer's lines about the record: "Record chain head <hash>", "Verify at printing: …".
    static QStringList recordLines(const CaseFileData &data);
};

} // namespace ardesk
