// SPDX-License-Identifier: MIT
#pragma once

#include "core/exports/exporttable.h"

#include <QHash>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace ardesk {

/// A table as an Excel workbook (libxlsxwriter, constant-memory mode: each row goes to disk as
/// it is written). Amounts are numbers with their currency's format (`#,##0.00 "USD"`), dates
/// are dates, integers and ratios numbers; text is always a string cell, never a formula, so
/// `=HYPERLINK(…)` stays text. The header row is bold and frozen, with an autofilter. Written to
/// a temporary file beside the target and moved into place by finish().
class XlsxTableWriter : public TableSink
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    explicit XlsxTableWriter(const QString &path);
    ~XlsxTableWriter() override;

    Result<void> begin(const QString &sheetName, const QList<ExportColumn> &columns) override;
    Result<void> row(const QList<ExportCell> &cells) override;
    Result<void> finish() override;
    qint64 rows() const override { return m_rows; }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
    static QString sheetName(const QString &name);

private:
    Result<void> check(int error, int column) const;
    lxw_format *moneyFormat(const Currency &currency);
    void discard();

    QString m_path;
    QString m_tempPath;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_number = nullptr;
    QHash<QString, lxw_format *> m_money; ///< per currency code
    QList<ExportColumn> m_columns;
    qint64 m_rows = 0;
};

} // namespace ardesk
