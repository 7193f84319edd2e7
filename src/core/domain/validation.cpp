// SPDX-License-Identifier: MIT
#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "core/domain/currency.h"

namespace ardesk::validation {

Result<void> requireText(const QString &field, const QString &value, int maxLength)
{
    if (value.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, Validation::tr("%1: is required").arg(field));
    if (value.size() > maxLength)
        return makeError(ErrorCode::InvalidValue,
                         Validation::tr("%1: longer than %2 characters").arg(field).arg(maxLength));
    return {};
}

Result<void> noControlChars(const QString &field, const QString &value, bool allowNewlines)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (allowNewlines && (c == u'\n' || c == u'\r' || c == u'\t' || c == 0x2028 || c == 0x2029))
            continue;
        // C0 and C1 controls (0x85 is a line break, 0x9B a terminal's escape), and the Unicode
        // line and paragraph separators a one-line field must not hold.
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029)
            return makeError(
                    ErrorCode::InvalidValue,
                    Validation::tr("%1: contains a control character (U+%2) at position %3")
                            .arg(field)
                            .arg(uint(c), 4, 16, QChar(u'0'))
                            .arg(i + 1));
    }
    return {};
}

Result<void> businessDate(const QString &field, const QDate &value)
{
    if (!value.isValid())
        return makeError(ErrorCode::InvalidValue,
                         Validation::tr("%1: is not a valid date").arg(field));
    if (value < QDate(1990, 1, 1) || value > QDate(2100, 12, 31))
        return makeError(ErrorCode::InvalidValue,
                         Validation::tr("%1: %2 is outside 1990–2100")
                                 .arg(field, value.toString(Qt::ISODate)));
    return {};
}

Result<void> currencyCode(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return makeError(ErrorCode::InvalidValue, Validation::tr("%1: missing").arg(field));
    if (!Currency::isKnown(value))
        return makeError(ErrorCode::InvalidValue,
                         Validation::tr("%1: \"%2\" is not an ISO 4217 code").arg(field, value));
    return {};
}

Result<void> emailAddress(const QString &field, const QString &value)
{
    if (auto r = noControlChars(field, value); !r)
        return r;
    static const QRegularExpression re(
            QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
                           R"(@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$)"));
    const qsizetype at = value.lastIndexOf(u'@');
    if (value.size() > 254 || at > 64 || !re.match(value).hasMatch())
        return makeError(
                ErrorCode::InvalidValue,
                Validation::tr("%1: \"%2\" is not a valid e-mail address").arg(field, value));
    return {};
}

} // namespace ardesk::validation
