// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/currency.h"
#include "core/support/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QString>

namespace ardesk {

/// An amount of money: integer minor units (cents) and an ISO 4217 currency; integers only.
/// Arithmetic across currencies is an error, as is overflow; both come back as Result errors.
class Money
{
public:
    /// How text is read by parse(): the decimal separator is explicit, never guessed.
    struct ParseOptions
    {
        QChar decimalSeparator = u'.';
        /// Accept thousands grouping (the other of '.'/',', space, NBSP, apostrophe);
        /// groups must then be exactly three digits.
        bool allowGrouping = true;
    };

    Money() = default;
    Money(qint64 minor, Currency currency)
        : m_minor(minor)
        , m_currency(currency)
    { }

    /// Money in a currency given by code; an invalid Money for an unknown code.
    static Money fromMinor(qint64 minor, QStringView currencyCode);

    /// Reads "1,234.56", "-12.5", "USD 10", "10.00 USD". Refuses NaN, exponents, more decimals
    /// than the currency has (unless they are zeros), misplaced group separators, another
    /// currency's code, and values that overflow 64 bits. The error names the text.
    static Result<Money> parse(QStringView text, const Currency &currency,
                               const ParseOptions &options);
    static Result<Money> parse(QStringView text, QStringView currencyCode,
                               const ParseOptions &options);
    /// Parse with the locale's decimal separator.
    static Result<Money> parse(QStringView text, const Currency &currency, const QLocale &locale);

    bool isValid() const { return m_currency.isValid(); }
    qint64 minor() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    QString currencyCode() const { return m_currency.code(); }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Money negated() const { return Money(-m_minor, m_currency); }

    /// "$1,234.56" (en_US), "1.234,56 €" (de_DE): separators and symbol placement per locale.
    QString format(const QLocale &locale = QLocale()) const;
    /// "1234.56": no grouping, '.' decimal separator, no symbol (for files and JSON text).
    QString toPlainString() const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    qint64 m_minor = 0;
    Currency m_currency;

    Q_DECLARE_TR_FUNCTIONS(Money)
};

/// Totals kept per currency: amounts in different currencies are never added together.
class MoneyTotals
{
public:
    Result<void> add(const Money &amount);
    qint64 total(const QString &currencyCode) const { return m_totals.value(currencyCode); }
    QStringList currencies() const { return m_totals.keys(); }
    bool isEmpty() const { return m_totals.isEmpty(); }
    /// "$1,200.00 · €300.00"
    QString format(const QLocale &locale = QLocale()) const;

private:
    QMap<QString, qint64> m_totals;
};

} // namespace ardesk
