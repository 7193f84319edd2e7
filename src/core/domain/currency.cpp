// SPDX-License-Identifier: MIT
#include "core/domain/currency.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

namespace ardesk {
namespace {

struct Entry
{
    const char *code;
    int exponent;
    const char *symbol; // UTF-8; nullptr = show the code
};

// Active ISO 4217 codes (funds and precious metals omitted), sorted by code.
constexpr Entry kCurrencies[] = {
        {"AED", 2, nullptr}, {"AFN", 2, nullptr}, {"ALL", 2, nullptr}, {"AMD", 2, nullptr},
        {"ANG", 2, nullptr}, {"AOA", 2, nullptr}, {"ARS", 2, nullptr}, {"AUD", 2, "A$"},
        {"AWG", 2, nullptr}, {"AZN", 2, nullptr}, {"BAM", 2, nullptr}, {"BBD", 2, nullptr},
        {"BDT", 2, nullptr}, {"BGN", 2, nullptr}, {"BHD", 3, nullptr}, {"BIF", 0, nullptr},
        {"BMD", 2, nullptr}, {"BND", 2, nullptr}, {"BOB", 2, nullptr}, {"BRL", 2, "R$"},
        {"BSD", 2, nullptr}, {"BTN", 2, nullptr}, {"BWP", 2, nullptr}, {"BYN", 2, nullptr},
        {"BZD", 2, nullptr}, {"CAD", 2, "CA$"},   {"CDF", 2, nullptr}, {"CHF", 2, nullptr},
        {"CLF", 4, nullptr}, {"CLP", 0, nullptr}, {"CNY", 2, "CN¥"},   {"COP", 2, nullptr},
        {"CRC", 2, nullptr}, {"CUP", 2, nullptr}, {"CVE", 2, nullptr}, {"CZK", 2, nullptr},
        {"DJF", 0, nullptr}, {"DKK", 2, nullptr}, {"DOP", 2, nullptr}, {"DZD", 2, nullptr},
        {"EGP", 2, nullptr}, {"ERN", 2, nullptr}, {"ETB", 2, nullptr}, {"EUR", 2, "€"},
        {"FJD", 2, nullptr}, {"FKP", 2, nullptr}, {"GBP", 2, "£"},     {"GEL", 2, nullptr},
        {"GHS", 2, nullptr}, {"GIP", 2, nullptr}, {"GMD", 2, nullptr}, {"GNF", 0, nullptr},
        {"GTQ", 2, nullptr}, {"GYD", 2, nullptr}, {"HKD", 2, "HK$"},   {"HNL", 2, nullptr},
        {"HTG", 2, nullptr}, {"HUF", 2, nullptr}, {"IDR", 2, nullptr}, {"ILS", 2, "₪"},
        {"INR", 2, "₹"},     {"IQD", 3, nullptr}, {"IRR", 2, nullptr}, {"ISK", 0, nullptr},
        {"JMD", 2, nullptr}, {"JOD", 3, nullptr}, {"JPY", 0, "¥"},     {"KES", 2, nullptr},
        {"KGS", 2, nullptr}, {"KHR", 2, nullptr}, {"KMF", 0, nullptr}, {"KPW", 2, nullptr},
        {"KRW", 0, "₩"},     {"KWD", 3, nullptr}, {"KYD", 2, nullptr}, {"KZT", 2, nullptr},
        {"LAK", 2, nullptr}, {"LBP", 2, nullptr}, {"LKR", 2, nullptr}, {"LRD", 2, nullptr},
        {"LSL", 2, nullptr}, {"LYD", 3, nullptr}, {"MAD", 2, nullptr}, {"MDL", 2, nullptr},
        {"MGA", 2, nullptr}, {"MKD", 2, nullptr}, {"MMK", 2, nullptr}, {"MNT", 2, nullptr},
        {"MOP", 2, nullptr}, {"MRU", 2, nullptr}, {"MUR", 2, nullptr}, {"MVR", 2, nullptr},
        {"MWK", 2, nullptr}, {"MXN", 2, "MX$"},   {"MYR", 2, nullptr}, {"MZN", 2, nullptr},
        {"NAD", 2, nullptr}, {"NGN", 2, nullptr}, {"NIO", 2, nullptr}, {"NOK", 2, nullptr},
        {"NPR", 2, nullptr}, {"NZD", 2, "NZ$"},   {"OMR", 3, nullptr}, {"PAB", 2, nullptr},
        {"PEN", 2, nullptr}, {"PGK", 2, nullptr}, {"PHP", 2, nullptr}, {"PKR", 2, nullptr},
        {"PLN", 2, nullptr}, {"PYG", 0, nullptr}, {"QAR", 2, nullptr}, {"RON", 2, nullptr},
        {"RSD", 2, nullptr}, {"RUB", 2, nullptr}, {"RWF", 0, nullptr}, {"SAR", 2, nullptr},
        {"SBD", 2, nullptr}, {"SCR", 2, nullptr}, {"SDG", 2, nullptr}, {"SEK", 2, nullptr},
        {"SGD", 2, nullptr}, {"SHP", 2, nullptr}, {"SLE", 2, nullptr}, {"SOS", 2, nullptr},
        {"SRD", 2, nullptr}, {"SSP", 2, nullptr}, {"STN", 2, nullptr}, {"SVC", 2, nullptr},
        {"SYP", 2, nullptr}, {"SZL", 2, nullptr}, {"THB", 2, nullptr}, {"TJS", 2, nullptr},
        {"TMT", 2, nullptr}, {"TND", 3, nullptr}, {"TOP", 2, nullptr}, {"TRY", 2, nullptr},
        {"TTD", 2, nullptr}, {"TWD", 2, "NT$"},   {"TZS", 2, nullptr}, {"UAH", 2, nullptr},
        {"UGX", 0, nullptr}, {"USD", 2, "$"},     {"UYU", 2, nullptr}, {"UYW", 4, nullptr},
        {"UZS", 2, nullptr}, {"VES", 2, nullptr}, {"VND", 0, "₫"},     {"VUV", 0, nullptr},
        {"WST", 2, nullptr}, {"XAF", 0, nullptr}, {"XCD", 2, nullptr}, {"XOF", 0, nullptr},
        {"XPF", 0, nullptr}, {"YER", 2, nullptr}, {"ZAR", 2, nullptr}, {"ZMW", 2, nullptr},
        {"ZWL", 2, nullptr},
};

const Entry *find(QStringView code)
{
    if (code.size() != 3)
        return nullptr;
    char key[4] = {0, 0, 0, 0};
    for (int i = 0; i < 3; ++i) {
        const char16_t c = code[i].unicode();
        if (c < u'A' || c > u'Z')
            return nullptr;
        key[i] = char(c);
    }
    const auto it = std::lower_bound(
            std::begin(kCurrencies), std::end(kCurrencies), key,
            [](const Entry &e, const char *k) { return std::strncmp(e.code, k, 3) < 0; });
    if (it == std::end(kCurrencies) || std::strncmp(it->code, key, 3) != 0)
        return nullptr;
    return &*it;
}

} // namespace

Currency::Currency(const char *code, int exponent)
    : m_exponent(exponent)
{
    std::memcpy(m_code, code, 3);
}

std::optional<Currency> Currency::fromCode(QStringView code)
{
    const Entry *e = find(code);
    if (!e)
        return std::nullopt;
    return Currency(e->code, e->exponent);
}

QString Currency::symbol() const
{
    const Entry *e = find(code());
    if (e && e->symbol)
        return QString::fromUtf8(e->symbol);
    return code();
}

} // namespace ardesk
