// SPDX-License-Identifier: MIT
#include "core/services/notedraftservice.h"

#include "core/storage/notedraftrepository.h"
#include "core/storage/transaction.h"

namespace ardesk {

Result<void> NoteDraftService::checkKey(qint64 clientId) const
{
    if (clientId <= 0)
        return makeError(ErrorCode::InvalidValue, tr("a draft needs the client it is about"));
    if (m_userId <= 0)
        return makeError(ErrorCode::InvalidValue, tr("a draft needs the user who writes it"));
    return {};
}

Result<std::optional<NoteDraft>> NoteDraftService::keep(NoteDraft draft)
{
    if (auto k = checkKey(draft.clientId); !k)
        return k.error();
    draft.userId = m_userId;
    return inTransaction(*m_db, [&]() -> Result<std::optional<NoteDraft>> {
        NoteDraftRepository drafts(*m_db);
        if (draft.isEmpty()) {
            if (auto r = drafts.remove(draft.clientId, m_userId); !r)
                return r.error();
            return std::optional<NoteDraft>();
        }
        if (auto r = drafts.store(draft); !r)
            return r.error();
        return std::optional<NoteDraft>(draft);
    });
}

Result<std::optional<NoteDraft>> NoteDraftService::find(qint64 clientId) const
{
    if (auto k = checkKey(clientId); !k)
        return k.error();
    return NoteDraftRepository(*m_db).find(clientId, m_userId);
}

Result<void> NoteDraftService::discard(qint64 clientId)
{
    if (auto k = checkKey(clientId); !k)
        return k;
    return inTransaction(*m_db,
                         [&]() { return NoteDraftRepository(*m_db).remove(clientId, m_userId); });
}

} // namespace ardesk
