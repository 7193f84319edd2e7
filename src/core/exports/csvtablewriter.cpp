// SPDX-License-Identifier: MIT
#include "core/exports/csvtablewriter.h"

namespace ardesk {

CsvTableWriter::CsvTableWriter(const QString &path, const Options &options)
    : m_path(path)
    , m_options(options)
{ }

CsvTableWriter::~CsvTableWriter()
{
    if (m_file)
        m_file->cancelWriting(); // never committed: nothing is left behind
}

QString CsvTableWriter::decimal(qint64 minor, int exponent, QChar separator)
{
    if (exponent <= 0)
        return QString::number(minor);
    const bool negative = minor < 0;
    // Through unsigned: the most negative qint64 has no positive counterpart.
    const quint64 magnitude
            = negative ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    QString digits = QString::number(magnitude).rightJustified(exponent + 1, u'0');
    digits.insert(digits.size() - exponent, separator);
    return negative ? QLatin1Char('-') + digits : digits;
}

Result<void> CsvTableWriter::begin(const QString &, const QList<ExportColumn> &columns)
{
    if (m_options.delimiter == m_options.decimalSeparator)
        return makeError(ErrorCode::InvalidValue,
                         tr("the CSV delimiter and the decimal separator are both \"%1\"")
                                 .arg(m_options.delimiter));
    if (m_options.delimiter == u'"' || m_options.delimiter == u'\r' || m_options.delimiter == u'\n')
        return makeError(ErrorCode::InvalidValue,
                         tr("\"%1\" cannot be a CSV delimiter").arg(m_options.delimiter));
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(m_path, reason));
    }
    if (m_options.byteOrderMark)
        m_file->write("\xEF\xBB\xBF");
    m_columns = static_cast<int>(columns.size());
    QStringList titles;
    for (const ExportColumn &c : columns)
        titles << quoted(exportsafety::neutralised(c.title),
                         exportsafety::looksLikeFormula(c.title));
    return writeLine(titles);
}

QString CsvTableWriter::quoted(const QString &text, bool force) const
{
    const bool needs = force || text.contains(m_options.delimiter) || text.contains(u'"')
            || text.contains(u'\r') || text.contains(u'\n');
    if (!needs)
        return text;
    QString out = text;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString CsvTableWriter::field(const ExportCell &cell) const
{
    if (cell.isEmpty())
        return {};
    switch (cell.kind()) {
    case ExportKind::Text: {
        const bool formula = exportsafety::looksLikeFormula(cell.textValue());
        // Neutralised text is always quoted as well (OWASP), so no reader splits it oddly.
        return quoted(exportsafety::neutralised(cell.textValue()), formula);
    }
    case ExportKind::Integer:
        return QString::number(cell.integerValue());
    case ExportKind::Money:
        return decimal(cell.moneyValue().minor(), cell.moneyValue().currency().exponent(),
                       m_options.decimalSeparator);
    case ExportKind::Date:
        return cell.dateValue().toString(Qt::ISODate);
    case ExportKind::Number: {
        QString n = QString::number(cell.numberValue(), 'f', 2);
        if (m_options.decimalSeparator != u'.')
            n.replace(u'.', m_options.decimalSeparator);
        return n;
    }
    }
    return {};
}

Result<void> CsvTableWriter::row(const QList<ExportCell> &cells)
{
    if (!m_file)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("CSV export: row() before begin()"));
    QStringList fields;
    fields.reserve(m_columns);
    for (int i = 0; i < m_columns; ++i)
        fields << (i < cells.size() ? field(cells[i]) : QString());
    ++m_rows;
    return writeLine(fields);
}

Result<void> CsvTableWriter::writeLine(const QStringList &fields)
{
    const QByteArray line = (fields.join(m_options.delimiter) + QLatin1String("\r\n")).toUtf8();
    if (m_file->write(line) != line.size())
        return makeError(ErrorCode::Io,
                         tr("cannot write %1: %2").arg(m_path, m_file->errorString()));
    return {};
}

Result<void> CsvTableWriter::finish()
{
    if (!m_file)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("CSV export: finish() before begin()"));
    const bool committed = m_file->commit();
    const QString reason = m_file->errorString();
    m_file.reset();
    if (!committed)
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(m_path, reason));
    return {};
}

} // namespace ardesk
