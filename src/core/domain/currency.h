// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace ardesk {

/// An ISO 4217 currency: its three-letter code and minor-unit exponent (USD 2, JPY 0, KWD 3).
class Currency
{
public:
    Currency() = default;

    /// The currency for an upper-case ISO 4217 code, or nullopt for an unknown code.
    static std::optional<Currency> fromCode(QStringView code);
    static bool isKnown(QStringView code) { return fromCode(code).has_value(); }

    bool isValid() const { return m_exponent >= 0; }
    /// The three-letter code; empty for the invalid (default) currency.
    QString code() const { return isValid() ? QString::fromLatin1(m_code, 3) : QString(); }
    /// Digits after the decimal point in the minor unit.
    int exponent() const { return m_exponent; }
    /// A short display symbol ("$", "€") where unambiguous, else the code.
    QString symbol() const;

    friend bool operator==(const Currency &a, const Currency &b)
    {
        return a.m_code[0] == b.m_code[0] && a.m_code[1] == b.m_code[1]
                && a.m_code[2] == b.m_code[2];
    }

private:
    Currency(const char *code, int exponent);
    char m_code[3] = {0, 0, 0};
    int m_exponent = -1;
};

} // namespace ardesk
