// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/statement.h"
#include "core/support/result.h"

#include <QByteArray>

namespace ardesk {

/// Turns a statement into a PDF document. The core only knows this interface (it never links
/// Qt Gui); the print layer implements it (print/statementpdf.h) and the window and the CLI hand
/// that implementation to the mail services, which attach the PDF to a `statement` e-mail.
class StatementRenderer
{
public:
    virtual ~StatementRenderer() = default;
    /// The PDF bytes, or an error a user can read.
    virtual Result<QByteArray> renderPdf(const StatementData &statement) const = 0;
};

} // namespace ardesk
