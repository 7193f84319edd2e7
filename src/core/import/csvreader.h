// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <memory>

namespace ardesk {

/// Reads CSV as exported by accounting systems and spreadsheets, record by record (streaming:
/// memory does not grow with the file).
///
/// - Encodings: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (detected); or given explicitly
///   as "utf-8", "windows-1252" or "latin1". Invalid UTF-8 is an error naming the line and asking
///   for --encoding; nothing is guessed.
/// - Delimiter: ',', ';' or TAB, detected from the first record (the candidate that splits the
///   header into the most fields, outside quotes), or given.
/// - RFC 4180 quoting: quoted fields may hold delimiters, doubled quotes and line breaks; a quote
///   inside an unquoted field is kept verbatim; text after a closing quote is an error.
/// - Line endings CRLF, LF or CR; a final line break is optional; blank lines are skipped.
/// - A field longer than maxFieldBytes, a NUL byte, or an unterminated quote is an error naming
///   the line.
///
/// Errors come back from next() as Result errors whose message starts with "line N:" (N is the
/// 1-based physical line where the problem is); after an error the reader stays failed.
class CsvReader
{
public:
    struct Options
    {
        QString encoding; ///< empty = detect (BOM, else UTF-8)
        QChar delimiter; ///< null = detect
        qsizetype maxFieldBytes = 64 * 1024;
    };
    struct Record
    {
        qint64 line = 0; ///< physical line where the record starts (1-based)
        QStringList fields;
    };

    /// Reads from `device` (not owned; must stay open while reading).
    CsvReader(QIODevice *device, const Options &options);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// The next record: true and `record` filled, false at the end, or an error.
    Result<bool> next(Record &record);

    /// After the first next(): what was detected or used.
    QString encoding() const;
    QChar delimiter() const;
    /// Bytes consumed so far (for progress).
    qint64 bytesRead() const;

private:
    struct Private;
    std::unique_ptr<Private> d;

    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

} // namespace ardesk
