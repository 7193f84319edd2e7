// SPDX-License-Identifier: MIT
#include "core/domain/notefilter.h"

namespace ardesk {

bool NoteFilter::matches(const Note &note) const
{
    if (channel && note.channel != *channel)
        return false;
    if (authorId != 0 && note.authorId != authorId)
        return false;
    const QDate day = note.occurredAt.toLocalTime().date();
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    return true;
}

} // namespace ardesk
