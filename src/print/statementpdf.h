// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/statement.h"
#include "core/services/statementrenderer.h"
#include "core/support/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ardesk {

/// A client's statement of account as an A4 PDF: the company's header, the client's billing
/// address, each open item with its age, the total due per currency, the late-payment and
/// early-payment wordings, the remittance details and "Page x of y" on every page. Dates and
/// amounts in the company's locale. Needs a QGuiApplication; may run on a worker thread.
class StatementPdf : public StatementRenderer
{
    Q_DECLARE_TR_FUNCTIONS(StatementPdf)

public:
    Result<QByteArray> renderPdf(const StatementData &statement) const override;
    /// Renders and writes `path` as a whole: a temporary file renamed into place, so a failure
    /// leaves no file (and an existing one unchanged).
    static Result<void> write(const StatementData &statement, const QString &path);
};

} // namespace ardesk
