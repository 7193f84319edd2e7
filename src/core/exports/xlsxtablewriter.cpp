// SPDX-License-Identifier: MIT
#include "core/exports/xlsxtablewriter.h"

#include <filesystem>
#include <system_error>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace ardesk {

namespace {

/// Excel's limit for one cell's text.
constexpr qsizetype kMaxCellText = 32767;

double columnWidth(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Text:
        return 28;
    case ExportKind::Money:
        return 18;
    case ExportKind::Date:
        return 12;
    case ExportKind::Integer:
    case ExportKind::Number:
        return 11;
    }
    return 12;
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString &path)
    : m_path(path)
{ }

XlsxTableWriter::~XlsxTableWriter()
{
    discard();
}

void XlsxTableWriter::discard()
{
    if (m_book) {
        workbook_close(m_book); // frees it; the half-made file is then removed
        m_book = nullptr;
    }
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
    m_tempPath.clear();
}

QString XlsxTableWriter::sheetName(const QString &name)
{
    QString out;
    for (QChar c : name)
        if (!QStringLiteral("[]:*?/\\").contains(c))
            out += c;
    out = out.trimmed().left(31);
    return out.isEmpty() ? QStringLiteral("Sheet1") : out;
}

Result<void> XlsxTableWriter::check(int error, int column) const
{
    if (error == LXW_NO_ERROR)
        return {};
    return makeError(ErrorCode::Io,
                     tr("cannot write %1 (row %2, column %3): %4")
                             .arg(m_path)
                             .arg(m_rows + 1)
                             .arg(column + 1)
                             .arg(QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error)))));
}

Result<void> XlsxTableWriter::begin(const QString &name, const QList<ExportColumn> &columns)
{
    const QFileInfo target(m_path);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Io,
                         tr("cannot write %1: the folder %2 does not exist")
                                 .arg(m_path, target.absolutePath()));
    {
        // A unique name in the target's folder, so the final rename never crosses file systems.
        QTemporaryFile probe(target.absoluteDir().filePath(
                QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
        probe.setAutoRemove(false);
        if (!probe.open())
            return makeError(ErrorCode::Io,
                             tr("cannot write %1: %2").arg(m_path, probe.errorString()));
        m_tempPath = probe.fileName();
        // libxlsxwriter creates the file anew, with the permissions the user's umask gives
        // (a temporary file is private to its owner, an export is not).
        probe.remove();
    }
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    const QByteArray file = QFile::encodeName(m_tempPath);
    m_book = workbook_new_opt(file.constData(), &options);
    if (!m_book) {
        discard();
        return makeError(ErrorCode::Io, tr("cannot write %1").arg(m_path));
    }
    const QByteArray sheet = sheetName(name).toUtf8();
    m_sheet = workbook_add_worksheet(m_book, sheet.constData());
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    m_date = workbook_add_format(m_book);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_number = workbook_add_format(m_book);
    format_set_num_format(m_number, "0.00");
    m_columns = columns;
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             columnWidth(columns[c].kind), nullptr);
        const QByteArray title = columns[c].title.left(kMaxCellText).toUtf8();
        if (auto r = check(worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(c),
                                                  title.constData(), m_header),
                           c);
            !r)
            return r;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    return {};
}

lxw_format *XlsxTableWriter::moneyFormat(const Currency &currency)
{
    if (lxw_format *f = m_money.value(currency.code()))
        return f;
    QString pattern = QStringLiteral("#,##0");
    if (currency.exponent() > 0)
        pattern += QLatin1Char('.') + QString(currency.exponent(), u'0');
    pattern += QStringLiteral(" \"%1\"").arg(currency.code());
    lxw_format *f = workbook_add_format(m_book);
    const QByteArray utf8 = pattern.toUtf8();
    format_set_num_format(f, utf8.constData());
    m_money.insert(currency.code(), f);
    return f;
}

Result<void> XlsxTableWriter::row(const QList<ExportCell> &cells)
{
    if (!m_sheet)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("XLSX export: row() before begin()"));
    const auto r = static_cast<lxw_row_t>(m_rows + 1);
    for (int c = 0; c < cells.size() && c < m_columns.size(); ++c) {
        const ExportCell &cell = cells[c];
        if (cell.isEmpty())
            continue;
        const auto col = static_cast<lxw_col_t>(c);
        int error = LXW_NO_ERROR;
        switch (cell.kind()) {
        case ExportKind::Text: {
            // Always a string cell: worksheet_write_string never makes a formula.
            const QByteArray text = cell.textValue().left(kMaxCellText).toUtf8();
            error = worksheet_write_string(m_sheet, r, col, text.constData(), nullptr);
            break;
        }
        case ExportKind::Integer:
            error = worksheet_write_number(m_sheet, r, col,
                                           static_cast<double>(cell.integerValue()), nullptr);
            break;
        case ExportKind::Money: {
            // The spreadsheet's number is the decimal amount, read from its exact text.
            const Money &m = cell.moneyValue();
            error = worksheet_write_number(m_sheet, r, col, m.toPlainString().toDouble(),
                                           moneyFormat(m.currency()));
            break;
        }
        case ExportKind::Date: {
            const QDate d = cell.dateValue();
            lxw_datetime when {d.year(), d.month(), d.day(), 0, 0, 0};
            error = worksheet_write_datetime(m_sheet, r, col, &when, m_date);
            break;
        }
        case ExportKind::Number:
            error = worksheet_write_number(m_sheet, r, col, cell.numberValue(), m_number);
            break;
        }
        if (auto ok = check(error, c); !ok)
            return ok;
    }
    ++m_rows;
    return {};
}

Result<void> XlsxTableWriter::finish()
{
    if (!m_book)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("XLSX export: finish() before begin()"));
    if (!m_columns.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(m_rows),
                             static_cast<lxw_col_t>(m_columns.size() - 1));
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    m_sheet = nullptr;
    if (closed != LXW_NO_ERROR) {
        const QString reason = QString::fromUtf8(lxw_strerror(closed));
        discard();
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(m_path, reason));
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(m_tempPath).toStdString(),
                            QFile::encodeName(m_path).toStdString(), error);
    if (error) {
        discard();
        return makeError(
                ErrorCode::Io,
                tr("cannot write %1: %2").arg(m_path, QString::fromStdString(error.message())));
    }
    m_tempPath.clear();
    return {};
}

} // namespace ardesk
