// SPDX-License-Identifier: MIT
#include "core/exports/exporttable.h"

namespace ardesk {

ExportCell ExportCell::text(const QString &value)
{
    ExportCell c;
    c.m_empty = false;
    c.m_kind = ExportKind::Text;
    c.m_text = value;
    return c;
}

ExportCell ExportCell::integer(qint64 value)
{
    ExportCell c;
    c.m_empty = false;
    c.m_kind = ExportKind::Integer;
    c.m_integer = value;
    return c;
}

ExportCell ExportCell::money(const Money &value)
{
    ExportCell c;
    c.m_empty = !value.isValid();
    c.m_kind = ExportKind::Money;
    c.m_money = value;
    return c;
}

ExportCell ExportCell::date(const QDate &value)
{
    ExportCell c;
    c.m_empty = !value.isValid();
    c.m_kind = ExportKind::Date;
    c.m_date = value;
    return c;
}

ExportCell ExportCell::number(double value)
{
    ExportCell c;
    c.m_empty = false;
    c.m_kind = ExportKind::Number;
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
