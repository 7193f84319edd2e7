// SPDX-License-Identifier: MIT
#include "core/services/pauseservice.h"
#include "core/services/authorization.h"

#include "core/services/noteservice.h"
#include "core/storage/companysettings.h"
#include "core/storage/invoicerepository.h"
#include "core/storage/pauserepository.h"
#include "core/storage/transaction.h"
#include "core/support/dateformat.h"

#include <QCoreApplication>

namespace ardesk {

Result<qint64> PauseService::logNote(qint64 clientId, qint64 invoiceId, const QString &text)
{
    NoteService::Draft d;
    d.note.clientId = clientId;
    d.note.channel = NoteChannel::Internal;
    d.note.text = text;
    d.note.noFollowUpNeeded = true;
    if (invoiceId)
        d.note.invoiceIds = {invoiceId};
    auto n = NoteService(m_db, m_userId).add(d);
    if (!n)
        return n.error();
    return n.value().id;
}

namespace {
/// A pause needs the day it ends and a reason.
Result<void> checkPause(const QDate &until, const QString &reason)
{
    if (!until.isValid())
        return makeError(ErrorCode::InvalidValue, PauseService::tr("until: not a date"));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         PauseService::tr("reason: say why reminders pause"));
    return {};
}

/// `day` as the company writes dates, for the note a pause leaves in the record.
QString shownDate(const Database &db, const QDate &day)
{
    return dateformat::date(companyLocale(db).valueOr(QLocale()), day);
}

/// The invoice, or NotFound naming it.
Result<Invoice> invoiceOf(const Database &db, qint64 invoiceId)
{
    auto inv = InvoiceRepository(db).find(invoiceId);
    if (!inv && inv.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound,
                         PauseService::tr("invoice: no invoice with id %1").arg(invoiceId));
    return inv;
}
} // namespace

Result<void> PauseService::pauseInvoice(qint64 invoiceId, const QDate &until, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::Pause); !a)
        return a.error();
    if (auto v = checkPause(until, reason); !v)
        return v;
    auto inv = invoiceOf(*m_db, invoiceId);
    if (!inv)
        return inv.error();
    auto note
            = logNote(inv.value().clientId, invoiceId,
                      tr("Reminders paused for invoice %1 until %2: %3")
                              .arg(inv.value().number, shownDate(*m_db, until), reason.trimmed()));
    if (!note)
        return note.error();
    return inTransaction(*m_db, [&]() {
        return PauseRepository(*m_db, m_userId)
                .pauseInvoice(invoiceId, until, reason.trimmed(), note.value());
    });
}

Result<void> PauseService::pauseClient(qint64 clientId, const QDate &until, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::Pause); !a)
        return a.error();
    if (auto v = checkPause(until, reason); !v)
        return v;
    if (auto before = PauseRepository(*m_db, m_userId).clientPausedUntil(clientId); !before)
        return before.error();
    auto note = logNote(clientId, 0,
                        tr("Reminders paused for the client until %1: %2")
                                .arg(shownDate(*m_db, until), reason.trimmed()));
    if (!note)
        return note.error();
    return inTransaction(*m_db, [&]() {
        return PauseRepository(*m_db, m_userId).pauseClient(clientId, until, reason.trimmed());
    });
}

Result<void> PauseService::unpauseInvoice(qint64 invoiceId, const QDate &asOf,
                                          const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::Pause); !a)
        return a.error();
    auto inv = invoiceOf(*m_db, invoiceId);
    if (!inv)
        return inv.error();
    auto note
            = logNote(inv.value().clientId, invoiceId,
                      reason.trimmed().isEmpty()
                              ? tr("Reminders resumed for the invoice.")
                              : tr("Reminders resumed for the invoice: %1").arg(reason.trimmed()));
    if (!note)
        return note.error();
    return inTransaction(*m_db, [&]() {
        return PauseRepository(*m_db, m_userId).resumeInvoice(invoiceId, asOf, reason.trimmed());
    });
}

Result<void> PauseService::unpauseClient(qint64 clientId, const QString &reason)
{
    if (auto a = authorize(*m_db, m_userId, Permission::Pause); !a)
        return a.error();
    if (auto before = PauseRepository(*m_db, m_userId).clientPausedUntil(clientId); !before)
        return before.error();
    auto note = logNote(clientId, 0,
                        reason.trimmed().isEmpty()
                                ? tr("Reminders resumed for the client.")
                                : tr("Reminders resumed for the client: %1").arg(reason.trimmed()));
    if (!note)
        return note.error();
    return inTransaction(*m_db, [&]() {
        return PauseRepository(*m_db, m_userId).resumeClient(clientId, reason.trimmed());
    });
}

} // namespace ardesk
