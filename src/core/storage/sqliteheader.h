// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ardesk {

/// The fast sanity check of a SQLite company file's 100-byte header
/// (https://www.sqlite.org/fileformat.html#the_database_header) against what ARDesk writes: magic
/// string, page size, file format versions, reserved bytes, payload fractions, the page count
/// against the file size, the free-list fields, schema format, UTF-8, no auto-vacuum, zeroed
/// reserved area. A few microseconds: run on every open, before anything may write.
///
/// Pure: reads nothing but its arguments; thread-safe.
class SqliteHeader
{
public:
    /// What is wrong with `header` (the file's first 100 bytes, or fewer when the file is
    /// shorter) of a file of `fileSize` bytes, in words a user can read; empty when nothing is.
    /// `walPending`: a write-ahead log with content sits beside the file, so page 1 in the log
    /// may be newer than the file's: the size and free-list checks are skipped, and the empty
    /// database's schema format and encoding (0) are accepted.
    static QString problem(const QByteArray &header, qint64 fileSize, bool walPending);
    /// problem() of the file at `path` (a file that cannot be read is a problem too).
    static QString problemOfFile(const QString &path);
    /// The write-ahead log beside the company file at `path` (`path` + "-wal") when it has
    /// content: saves that may not be in the file itself yet (the file is open in ARDesk now, or
    /// ARDesk stopped before it folded them in on closing). A read-only open
    /// (Database::Options::readOnly) reads the file alone and does not see them. Empty otherwise.
    static QString pendingLog(const QString &path);

    static constexpr int kSize = 100;

    Q_DECLARE_TR_FUNCTIONS(SqliteHeader)
};

} // namespace ardesk
