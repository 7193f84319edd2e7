// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/note.h"

#include <optional>

#include <QDate>

namespace ardesk {

/// Which notes of a client's timeline to show: by channel, author and the day they occurred
/// (in local time, both ends inclusive). An empty filter matches every note.
struct NoteFilter
{
    std::optional<NoteChannel> channel;
    qint64 authorId = 0; ///< 0 = any author
    QDate from; ///< invalid = no lower bound
    QDate to; ///< invalid = no upper bound

    bool isEmpty() const { return !channel && authorId == 0 && !from.isValid() && !to.isValid(); }
    bool matches(const Note &note) const;

    friend bool operator==(const NoteFilter &, const NoteFilter &) = default;
};

} // namespace ardesk
