// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/money.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ardesk {

/// What a column of an exported table holds, so a spreadsheet gets numbers as numbers and dates
/// as dates, and text only ever as text (never a formula).
enum class ExportKind {
    Text,
    Integer,
    Money, ///< an amount with its currency: a number with the currency's decimals
    Date,
    Number, ///< a ratio or a count of days: a number with two decimals
};

struct ExportColumn
{
    QString title;
    ExportKind kind = ExportKind::Text;
};

/// One cell of an exported row. An empty cell (no value) is written as nothing, in any kind of
/// column.
class ExportCell
{
public:
    ExportCell() = default;
    static ExportCell text(const QString &value);
    static ExportCell integer(qint64 value);
    static ExportCell money(const Money &value);
    static ExportCell date(const QDate &value); ///< an invalid date is an empty cell
    static ExportCell number(double value);

    bool isEmpty() const { return m_empty; }
    ExportKind kind() const { return m_kind; }
    const QString &textValue() const { return m_text; }
    qint64 integerValue() const { return m_integer; }
    const Money &moneyValue() const { return m_money; }
    const QDate &dateValue() const { return m_date; }
    double numberValue() const { return m_number; }

private:
    ExportCell(ExportKind kind, bool empty);

    bool m_empty = true;
    ExportKind m_kind = ExportKind::Text;
    QString m_text;
    qint64 m_integer = 0;
    Money m_money;
    QDate m_date;
    double m_number = 0;
};

/// Where an exported table goes, row by row (so 100k clients are never all held at once):
/// begin() once with the columns, row() per row, finish() to commit the file. A sink that is
/// destroyed without finish() leaves no file behind (nothing partial is ever written).
class TableSink
{
public:
    virtual ~TableSink() = default;
    virtual Result<void> begin(const QString &sheetName, const QList<ExportColumn> &columns) = 0;
    virtual Result<void> row(const QList<ExportCell> &cells) = 0;
    virtual Result<void> finish() = 0;
    /// Rows written so far.
    virtual qint64 rows() const = 0;
};

/// The formula-injection rule, stated once (OWASP "CSV injection"): a text value that a
/// spreadsheet would read as a formula or a command starts with one of `=`, `+`, `-`, `@`, a tab
/// or a carriage return.
namespace exportsafety {
bool looksLikeFormula(const QString &text);
/// The text as a CSV writer stores it so no spreadsheet evaluates it: prefixed with `'` when it
/// looks like a formula, unchanged otherwise.
QString neutralised(const QString &text);
} // namespace exportsafety

} // namespace ardesk
