// SPDX-License-Identifier: MIT
#include "core/storage/fts5terms.h"

#include "core/storage/sqlitestatement.h"

#include <set>

#include <sqlite3.h>

namespace ardesk {
namespace {

// fts5_index.c: terms of the main index start with '0' (prefix indexes use '1', '2', …);
// leaf rowid = segid << 37 | page number.
constexpr char kMainIndexByte = '0';
constexpr int kSegmentRowidShift = 37;

/// SQLite's varint (fts5 uses the b-tree's): false when it runs past `end`.
bool readVarint(const uchar *&p, const uchar *end, quint64 &value)
{
    value = 0;
    for (int i = 0; i < 8; ++i) {
        if (p >= end)
            return false;
        const uchar c = *p++;
        value = (value << 7) | (c & 0x7f);
        if (c < 0x80)
            return true;
    }
    if (p >= end)
        return false;
    value = (value << 8) | *p++;
    return true;
}

enum class PageScan { Continue, PastRange, Malformed };

/// Adds the terms of one leaf page that start with `key` (index byte included) to `out`.
/// The page footer (from the offset in header bytes 2–3 to the end) lists each term's offset,
/// delta-encoded; the first term on a page is stored whole, the others as (bytes shared with
/// the previous term, new bytes).
PageScan scanLeaf(QByteArrayView page, const QByteArray &key, std::set<QByteArray> &out)
{
    if (page.size() < 4)
        return PageScan::Malformed;
    const auto *data = reinterpret_cast<const uchar *>(page.data());
    const auto *end = data + page.size();
    const qsizetype footer = (qsizetype(data[2]) << 8) | data[3];
    if (footer < 4 || footer > page.size())
        return PageScan::Malformed;
    const uchar *index = data + footer;
    QByteArray term;
    quint64 offset = 0;
    bool first = true;
    while (index < end) {
        quint64 delta = 0;
        if (!readVarint(index, end, delta))
            return PageScan::Malformed;
        offset += delta;
        if (offset >= quint64(footer))
            return PageScan::Malformed;
        const uchar *p = data + offset;
        quint64 shared = 0;
        quint64 fresh = 0;
        if (!first && !readVarint(p, data + footer, shared))
            return PageScan::Malformed;
        if (!readVarint(p, data + footer, fresh) || shared > quint64(term.size())
            || fresh > quint64(data + footer - p))
            return PageScan::Malformed;
        term.truncate(qsizetype(shared));
        term.append(reinterpret_cast<const char *>(p), qsizetype(fresh));
        first = false;
        if (term.startsWith(key))
            out.insert(term);
        else if (term > key)
            return PageScan::PastRange;
    }
    return PageScan::Continue;
}

} // namespace

std::optional<QStringList> Fts5Terms::withPrefix(const QByteArray &prefix, int limit) const
{
    // Writes of an open transaction wait in FTS5's memory until it commits: not in the pages.
    if (!m_db || !sqlite3_get_autocommit(m_db))
        return std::nullopt;
    const QByteArray key = kMainIndexByte + prefix;
    const QByteArray keyEnd = key + '\xff'; // no UTF-8 byte is 0xFF: above every term with key
    // The b-tree's keys are the shortest prefix of each page's first term that sorts after the
    // previous page; pages holding no term start (a long doclist's continuation) have none.
    SqliteStatement nextSegment(m_db,
                                "SELECT segid FROM note_search_idx WHERE segid > ?1 "
                                "ORDER BY segid LIMIT 1");
    SqliteStatement firstPage(m_db,
                              "SELECT pgno FROM note_search_idx WHERE segid = ?1 AND term <= ?2 "
                              "ORDER BY term DESC LIMIT 1");
    SqliteStatement laterPages(m_db,
                               "SELECT pgno FROM note_search_idx WHERE segid = ?1 AND term > ?2 "
                               "AND term < ?3 ORDER BY term");
    SqliteStatement leaf(m_db, "SELECT block FROM note_search_data WHERE id = ?1");
    if (!nextSegment.ok() || !firstPage.ok() || !laterPages.ok() || !leaf.ok())
        return std::nullopt;

    std::set<QByteArray> found;
    qint64 segment = 0;
    while (nextSegment.bind(1, segment).step()) {
        segment = nextSegment.int64(0);
        nextSegment.reset();
        QList<qint64> pages;
        // pgno holds the page number shifted left by one (bit 0: the page has a doclist index).
        if (firstPage.bind(1, segment).bindBlob(2, key).step())
            pages << (firstPage.int64(0) >> 1);
        firstPage.reset();
        laterPages.bind(1, segment).bindBlob(2, key).bindBlob(3, keyEnd);
        while (laterPages.step())
            pages << (laterPages.int64(0) >> 1);
        laterPages.reset();
        for (const qint64 page : std::as_const(pages)) {
            // A page an incremental merge has already consumed is gone: its terms live on in
            // the merge's output segment, which is read too.
            if (!leaf.bind(1, (segment << kSegmentRowidShift) + page).step()) {
                leaf.reset();
                continue;
            }
            const PageScan scan = scanLeaf(leaf.blob(0), key, found);
            leaf.reset();
            if (scan == PageScan::Malformed)
                return std::nullopt;
            if (scan == PageScan::PastRange || found.size() > size_t(limit))
                break;
        }
        if (found.size() > size_t(limit))
            break;
    }
    if (!nextSegment.ok() || !firstPage.ok() || !laterPages.ok() || !leaf.ok())
        return std::nullopt;
    QStringList terms;
    for (const QByteArray &term : found)
        terms << QString::fromUtf8(term.constData() + 1, term.size() - 1);
    return terms;
}

} // namespace ardesk
