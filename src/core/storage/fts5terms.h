// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QStringList>

struct sqlite3;

namespace ardesk {

/// The terms of the `note_search` FTS5 index that start with a prefix, read from the index's
/// segment b-tree (`note_search_idx`) and the term footers of the few leaf pages it points at,
/// without reading a single doclist.
///
/// `fts5vocab` answers the same question but counts every doclist it passes: for a word in
/// every note that is a walk over 1.8M entries (≈ 45 ms on tier L) before the first term comes
/// back; here it is a handful of b-tree look-ups and page reads whatever the doclists' sizes.
/// The page format is FTS5's documented on-disk format (ext/fts5/fts5_index.c: "Segment
/// leaves"), which SQLite keeps stable across versions.
///
/// The answer can hold a few more terms than fts5vocab: a term whose every row has been
/// deleted stays in an older segment until the segments are merged. Such a term matches no
/// row, so an OR of the terms finds the same notes. Anything unexpected (a page that does not
/// parse, an open transaction whose writes FTS5 still holds in memory) gives std::nullopt and
/// the caller asks fts5vocab instead. Threading: the connection's thread.
class Fts5Terms
{
public:
    explicit Fts5Terms(sqlite3 *db)
        : m_db(db)
    { }

    /// The distinct terms starting with `prefix` (UTF-8, as the tokenizer writes terms),
    /// sorted; stops after `limit` + 1 terms so that a caller can tell "more than `limit`".
    std::optional<QStringList> withPrefix(const QByteArray &prefix, int limit) const;

private:
    sqlite3 *m_db;
};

} // namespace ardesk
