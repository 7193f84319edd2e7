// SPDX-License-Identifier: MIT
#include "core/exports/exporttable.h"

namespace ardesk {

ExportCell::ExportCell(ExportKind kind, bool empty)
    : m_empty(empty)
    , m_kind(kind)
{ }

ExportCell ExportCell::text(const QString &value)
{
    ExportCell c(ExportKind::Text, false);
    c.m_text = value;
    return c;
}

ExportCell ExportCell::integer(qint64 value)
{
    ExportCell c(ExportKind::Integer, false);
    c.m_integer = value;
    return c;
}

ExportCell ExportCell::money(const Money &value)
{
    ExportCell c(ExportKind::Money, !value.isValid());
    c.m_money = value;
    return c;
}

ExportCell ExportCell::date(const QDate &value)
{
    ExportCell c(ExportKind::Date, !value.isValid());
    c.m_date = value;
    return c;
}

ExportCell ExportCell::number(double value)
{
    ExportCell c(ExportKind::Number, false);
    c.m_number = value;
    return c;
}

namespace exportsafety {

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString neutralised(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

} // namespace exportsafety

} // namespace ardesk
