// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"
#include "core/storage/clientdetails.h"
#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace ardesk {

/// The call script for a client's situation, filled in: which script (CallScript::keyFor: a
/// broken promise first, then the oldest open invoice's days past due) and its variables
/// (client, contact, sender, company, balances, the oldest open invoice, the broken promise).
/// Read-only; runs on the calling thread's connection (the window calls it on its worker).
class CallScriptService
{
public:
    struct Call
    {
        ClientDetails details; ///< the account as shown
        Contact contact; ///< who is called
        QString senderName; ///< the clerk making the call
        QLocale locale; ///< the company's: how amounts and dates are written
        QDate today;
    };

    explicit CallScriptService(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }

    /// The rendered script; an Error when the file has no script for the situation.
    Result<QString> script(const Call &call) const;

private:
    std::shared_ptr<Database> m_db;

    Q_DECLARE_TR_FUNCTIONS(CallScriptService)
};

} // namespace ardesk
