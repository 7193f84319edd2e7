// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/database.h"

#include <functional>
#include <memory>

#include <QDate>

namespace ardesk {

/// Fills an empty company file with realistic, deterministic demo data: the same
/// (clients, seed, asOf) always gives the same rows. Clients with 1–4 contacts (valid phones and
/// e-mail addresses), two years of invoices with a heavy-tailed count per client, Net 15/30/45/60
/// terms, a late-payment mix (about half paid late, a tail past 90 days, some never), partial
/// payments, notes on every channel with outcomes and next contact dates, promises to pay (kept,
/// broken, open), disputes, follow-up tasks and a few small attachments.
///
/// Writes through DemoWriter (storage: raw prepared statements) on the calling thread's
/// connection, in one transaction it owns (inTransaction: joins the caller's when one is open):
/// either all of it is there or none.
class DemoGenerator
{
public:
    struct Options
    {
        int clients = 200;
        quint64 seed = 1;
        QDate asOf; ///< "today" in the generated history (required; e.g. the file's clock's today)
    };
    struct Stats
    {
        qint64 clients = 0, contacts = 0, invoices = 0, payments = 0, notes = 0, promises = 0,
               disputes = 0, attachments = 0, tasks = 0;
    };

    explicit DemoGenerator(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }

    /// Refuses a file that already has clients. `progress` gets (clients done, total).
    Result<Stats> generate(const Options &options,
                           const std::function<void(int, int)> &progress = {});

private:
    std::shared_ptr<Database> m_db;
};

} // namespace ardesk
