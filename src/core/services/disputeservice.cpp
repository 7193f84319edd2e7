// SPDX-License-Identifier: MIT
#include "core/services/disputeservice.h"
#include "core/services/authorization.h"

#include "core/services/noteservice.h"
#include "core/storage/arsummary.h"
#include "core/storage/disputerepository.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>

namespace ardesk {

Result<QList<DisputeService::Dispute>> DisputeService::open(qint64 userId) const
{
    return DisputeRepository(*m_db, m_userId).open(userId);
}

Result<void> DisputeService::close(qint64 disputeId, Closing how, const QString &resolution,
                                   int expectedVersion)
{
    if (auto a = authorize(*m_db, m_userId, Permission::Commitments); !a)
        return a.error();
    if (resolution.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue,
                         tr("resolution: say how the dispute was settled"));
    auto found = DisputeRepository(*m_db, m_userId).findOpen(disputeId);
    if (!found)
        return found.error();
    const Dispute d = found.value();
    if (expectedVersion != 0 && d.version != expectedVersion)
        return makeError(ErrorCode::Conflict,
                         tr("dispute %1 was changed by someone else: reload it").arg(disputeId));
    NoteService::Draft note;
    note.note.clientId = d.clientId;
    note.note.channel = NoteChannel::Internal;
    note.note.text = (how == Closing::Resolved ? tr("Dispute on %1 resolved: %2")
                                               : tr("Dispute on %1 rejected: %2"))
                             .arg(d.invoiceNumber, resolution.trimmed());
    note.note.invoiceIds = {d.invoiceId};
    note.note.noFollowUpNeeded = true;
    auto n = NoteService(m_db, m_userId).add(note);
    if (!n)
        return n.error();
    return inTransaction(*m_db, [&]() -> Result<void> {
        auto cleared = DisputeRepository(*m_db, m_userId)
                               .close(d, how, resolution.trimmed(), n.value().id);
        if (!cleared)
            return cleared.error();
        if (!cleared.value())
            return {};
        // The summary stays at its own date (moved forward when a file is opened).
        ArSummary summary(*m_db);
        return summary.refreshClient(d.clientId, summary.workingDate());
    });
}

} // namespace ardesk
