// SPDX-License-Identifier: MIT
#include "core/domain/money.h"

#include <QCoreApplication>

namespace ardesk {
namespace {

bool isGroupChar(QChar c, QChar decimal)
{
    if (c == decimal)
        return false;
    return c == u',' || c == u'.' || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F)
            || c == u'\'' || c == QChar(0x2019);
}

qint64 pow10(int n)
{
    qint64 r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

QString groupDigits(const QString &digits, const QString &separator)
{
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

/// Strips an optional currency code (before or after the number) and symbol from `s`; returns
/// the problem when the code is another currency's.
QString stripCurrency(QString &s, const Currency &currency, const QString &sym)
{
    for (bool prefix : {true, false}) {
        if (s.size() < 4)
            continue;
        const QString code = prefix ? s.left(3) : s.right(3);
        bool letters = true;
        for (QChar ch : code)
            letters = letters && ch.isLetter();
        if (!letters)
            continue;
        if (code.toUpper() != currency.code())
            return Money::tr("the currency %1 does not match %2").arg(code, currency.code());
        s = (prefix ? s.mid(3) : s.left(s.size() - 3)).trimmed();
    }
    if (sym != currency.code() && s.startsWith(sym))
        s = s.mid(sym.size()).trimmed();
    else if (sym != currency.code() && s.endsWith(sym))
        s = s.chopped(sym.size()).trimmed(); // "1.234,56 €": format() puts it there in de_DE
    return QString();
}

/// Strips a sign (-, −, +) or accounting parentheses, and a symbol after the sign; true when
/// negative.
bool takeSign(QString &s, const Currency &currency, const QString &sym)
{
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(QChar(0x2212)) || s.startsWith(u'+')) {
        negative = s[0] != u'+';
        s = s.mid(1);
    } else if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true; // accounting style (123.45)
        s = s.mid(1, s.size() - 2);
    }
    if (sym != currency.code() && s.startsWith(sym))
        s = s.mid(sym.size());
    return negative;
}

/// The digits of an amount before and after its decimal separator.
struct AmountDigits
{
    QString whole;
    QString fraction;
    bool hasDecimal = false;
};

/// Group separators must be one kind, in groups of three after a first group of one to three.
QString checkGrouping(const QList<int> &groups)
{
    if (groups.first() < 1 || groups.first() > 3)
        return Money::tr("the digit grouping is wrong");
    for (int i = 1; i < groups.size(); ++i) {
        if (groups[i] != 3)
            return Money::tr("the digit grouping is wrong");
    }
    return QString();
}

/// Splits `s` into digits; returns the problem with a character, a separator or the grouping.
QString readDigits(const QString &s, const Money::ParseOptions &options, AmountDigits &out)
{
    const QChar decimal = options.decimalSeparator;
    QChar groupChar;
    QList<int> groups; // digit counts between group separators
    int currentGroup = 0;
    for (QChar ch : s) {
        if (ch >= u'0' && ch <= u'9') {
            (out.hasDecimal ? out.fraction : out.whole) += ch;
            if (!out.hasDecimal)
                ++currentGroup;
        } else if (ch == decimal) {
            if (out.hasDecimal)
                return Money::tr("it has more than one decimal separator '%1'").arg(decimal);
            out.hasDecimal = true;
        } else if (isGroupChar(ch, decimal)) {
            if (!options.allowGrouping)
                return Money::tr("unexpected character '%1'").arg(ch);
            if (out.hasDecimal)
                return Money::tr("a separator '%1' follows the decimal separator '%2'")
                        .arg(ch, decimal);
            if (!groupChar.isNull() && ch != groupChar)
                return Money::tr("it mixes the separators '%1' and '%2'").arg(groupChar, ch);
            groupChar = ch;
            groups.append(currentGroup);
            currentGroup = 0;
        } else {
            return Money::tr("unexpected character '%1'").arg(ch);
        }
    }
    if (!groupChar.isNull()) {
        groups.append(currentGroup);
        return checkGrouping(groups);
    }
    return QString();
}

/// Pads or cuts the fraction to the currency's exponent; returns the problem when a non-zero
/// digit would be cut.
QString scaleFraction(QString &fraction, const Currency &currency)
{
    const int exponent = currency.exponent();
    if (fraction.size() > exponent) {
        const QString extra = fraction.mid(exponent);
        for (QChar ch : extra) {
            if (ch != u'0')
                return exponent == 0 ? Money::tr("%1 has no minor unit").arg(currency.code())
                                     : Money::tr("%1 has %n decimal place(s)", nullptr, exponent)
                                               .arg(currency.code());
        }
        fraction.truncate(exponent);
    }
    while (fraction.size() < exponent)
        fraction += u'0';
    return QString();
}

/// The digits as a number; nothing when it does not fit.
std::optional<qint64> toMinorUnits(const QString &digits)
{
    qint64 value = 0;
    for (QChar ch : digits) {
        const int d = ch.unicode() - u'0';
        if (value > (std::numeric_limits<qint64>::max() - d) / 10)
            return std::nullopt;
        value = value * 10 + d;
    }
    return value;
}

} // namespace

Money Money::fromMinor(qint64 minor, QStringView currencyCode)
{
    const auto c = Currency::fromCode(currencyCode);
    return c ? Money(minor, *c) : Money();
}

Result<Money> Money::parse(QStringView text, QStringView currencyCode, const ParseOptions &options)
{
    const auto c = Currency::fromCode(currencyCode);
    if (!c)
        return makeError(ErrorCode::InvalidValue,
                         tr("unknown currency \"%1\"").arg(currencyCode.toString()));
    return parse(text, *c, options);
}

Result<Money> Money::parse(QStringView text, const Currency &currency, const QLocale &locale)
{
    ParseOptions o;
    o.decimalSeparator = locale.decimalPoint().isEmpty() ? QChar(u'.') : locale.decimalPoint()[0];
    return parse(text, currency, o);
}

Result<Money> Money::parse(QStringView input, const Currency &currency, const ParseOptions &options)
{
    const QString original = input.toString();
    auto bad = [&](const QString &why) -> Result<Money> {
        return makeError(
                ErrorCode::InvalidValue,
                tr("\"%1\" is not a valid %2 amount: %3").arg(original, currency.code(), why));
    };
    if (!currency.isValid())
        return makeError(ErrorCode::InvalidValue, tr("no currency given for \"%1\"").arg(original));
    if (options.decimalSeparator != u'.' && options.decimalSeparator != u',')
        return makeError(ErrorCode::InvalidValue, tr("the decimal separator must be '.' or ','"));

    QString s = original.trimmed();
    const QString sym = currency.symbol();
    if (const QString problem = stripCurrency(s, currency, sym); !problem.isEmpty())
        return bad(problem);
    if (s.isEmpty())
        return bad(tr("it is empty"));
    const bool negative = takeSign(s, currency, sym);
    if (s.isEmpty())
        return bad(tr("it has no digits"));
    AmountDigits digits;
    if (const QString problem = readDigits(s, options, digits); !problem.isEmpty())
        return bad(problem);
    if (digits.whole.isEmpty() && digits.fraction.isEmpty())
        return bad(tr("it has no digits"));
    if (digits.hasDecimal && digits.fraction.isEmpty())
        return bad(tr("no digits after the decimal separator"));
    if (const QString problem = scaleFraction(digits.fraction, currency); !problem.isEmpty())
        return bad(problem);
    const auto value = toMinorUnits(digits.whole + digits.fraction);
    if (!value)
        return bad(tr("it is too large"));
    return Money(negative ? -*value : *value, currency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (!isValid() || !other.isValid())
        return makeError(ErrorCode::CurrencyMismatch,
                         tr("cannot add an amount without a currency"));
    if (!(m_currency == other.m_currency))
        return makeError(ErrorCode::CurrencyMismatch,
                         tr("cannot add %1 to %2").arg(other.currencyCode(), currencyCode()));
    qint64 r = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &r))
        return makeError(ErrorCode::Overflow, tr("the sum is too large"));
    return Money(r, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!isValid() || !other.isValid())
        return makeError(ErrorCode::CurrencyMismatch,
                         tr("cannot subtract an amount without a currency"));
    if (!(m_currency == other.m_currency))
        return makeError(
                ErrorCode::CurrencyMismatch,
                tr("cannot subtract %1 from %2").arg(other.currencyCode(), currencyCode()));
    qint64 r = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &r))
        return makeError(ErrorCode::Overflow, tr("the difference is too large"));
    return Money(r, m_currency);
}

QString Money::toPlainString() const
{
    if (!isValid())
        return QString();
    const int e = m_currency.exponent();
    const quint64 mag = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(pow10(e));
    QString s = QString::number(mag / scale);
    if (e > 0)
        s += u'.' + QStringLiteral("%1").arg(mag % scale, e, 10, QChar(u'0'));
    return m_minor < 0 ? u'-' + s : s;
}

QString Money::format(const QLocale &locale) const
{
    if (!isValid())
        return QString();
    const int e = m_currency.exponent();
    const quint64 mag = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(pow10(e));
    QString number = groupDigits(QString::number(mag / scale), locale.groupSeparator());
    if (e > 0)
        number += locale.decimalPoint() + QStringLiteral("%1").arg(mag % scale, e, 10, QChar(u'0'));

    // Symbol placement from the locale's own currency pattern (cached per thread and locale).
    static const QString marker = QStringLiteral("\u00A4");
    struct Pattern
    {
        QString localeName;
        QString text;
    };
    thread_local Pattern cached;
    if (cached.localeName != locale.name() || cached.text.isEmpty()) {
        cached.localeName = locale.name();
        cached.text = locale.toCurrencyString(qlonglong(1), marker);
    }
    const QString &pattern = cached.text;
    const qsizetype at = pattern.indexOf(marker);
    const qsizetype one = pattern.indexOf(u'1');
    const QString symbol = (locale.currencySymbol(QLocale::CurrencyIsoCode) == currencyCode())
            ? locale.currencySymbol(QLocale::CurrencySymbol)
            : m_currency.symbol();
    const bool symbolIsCode = symbol == currencyCode();
    QString body;
    if (at >= 0 && one >= 0 && at > one) {
        body = number + QChar(0x00A0) + symbol;
    } else {
        const bool spaced = symbolIsCode
                || (at >= 0 && one > at + marker.size() && pattern[at + 1].isSpace());
        body = symbol + (spaced ? QString(QChar(0x00A0)) : QString()) + number;
    }
    return m_minor < 0 ? u'-' + body : body;
}

Result<void> MoneyTotals::add(const Money &amount)
{
    if (!amount.isValid())
        return makeError(ErrorCode::InvalidValue, Money::tr("an amount without a currency"));
    qint64 &slot = m_totals[amount.currencyCode()];
    qint64 r = 0;
    if (__builtin_add_overflow(slot, amount.minor(), &r))
        return makeError(ErrorCode::Overflow,
                         Money::tr("the %1 total is too large").arg(amount.currencyCode()));
    slot = r;
    return {};
}

QString MoneyTotals::format(const QLocale &locale) const
{
    QStringList parts;
    for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it)
        parts << Money::fromMinor(it.value(), it.key()).format(locale);
    return parts.join(QStringLiteral(" · "));
}

} // namespace ardesk
