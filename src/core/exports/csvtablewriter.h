// SPDX-License-Identifier: MIT
#pragma once

#include "core/exports/exporttable.h"

#include <memory>

#include <QSaveFile>

namespace ardesk {

/// A table as CSV (RFC 4180): UTF-8, CRLF line ends, fields quoted when they hold the
/// delimiter, a quote or a line break. Amounts are plain numbers with the currency's decimals
/// (no grouping, no symbol), dates ISO 8601, and text that a spreadsheet would evaluate is
/// neutralised (exportsafety). Written to a temporary file and moved into place by finish().
class CsvTableWriter : public TableSink
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)

public:
    struct Options
    {
        QChar delimiter = u',';
        QChar decimalSeparator = u'.'; ///< must differ from the delimiter
        bool byteOrderMark = false; ///< UTF-8 BOM, so Excel reads the file as UTF-8
    };

    CsvTableWriter(const QString &path, const Options &options);
    ~CsvTableWriter() override;

    Result<void> begin(const QString &sheetName, const QList<ExportColumn> &columns) override;
    Result<void> row(const QList<ExportCell> &cells) override;
    Result<void> finish() override;
    qint64 rows() const override { return m_rows; }

    /// "1234.56" / "1234,56": minor units as a plain decimal with the currency's decimals.
    static QString decimal(qint64 minor, int exponent, QChar separator);

private:
    QString field(const ExportCell &cell) const;
    QString quoted(const QString &text, bool force) const;
    Result<void> writeLine(const QStringList &fields);

    QString m_path;
    Options m_options;
    std::unique_ptr<QSaveFile> m_file;
    int m_columns = 0;
    qint64 m_rows = 0;
};

} // namespace ardesk
