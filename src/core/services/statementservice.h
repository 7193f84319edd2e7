// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/statement.h"
#include "core/storage/database.h"
#include "core/support/result.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>

namespace ardesk {

/// Gathers a client's statement of account (StatementData) from the company file: the company's
/// header, remittance details and wordings, the client's billing address and every item open on
/// the date with its age. The wordings are the client's reminder policy's where it has them (the
/// policy's statement step promises its late-payment wording), else the company's. For anyone
/// who may read the client's ledger (Permission::ReadRecord). Reads only, on the calling thread's
/// connection; printing is the print layer's (print/statementpdf.h).
class StatementService
{
    Q_DECLARE_TR_FUNCTIONS(StatementService)

public:
    /// `userId` is who asks: their roles decide.
    StatementService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// The statement of `clientId` as of `asOf` (invalid: the company's today). NotFound naming
    /// the client when there is none; PermissionDenied when the user may not read the record.
    Result<StatementData> statement(qint64 clientId, const QDate &asOf = QDate()) const;

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;
};

} // namespace ardesk
