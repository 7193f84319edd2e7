// SPDX-License-Identifier: MIT
// Money, Currency and MoneyTotals: what a user types is read exactly (or refused with a message
// that quotes it), sums never mix currencies or overflow, and amounts display per locale.
#include "core/domain/currency.h"
#include "core/domain/money.h"

#include "support/testsupport.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace ardesk;

namespace {

Money::ParseOptions withDecimal(QChar separator)
{
    Money::ParseOptions o;
    o.decimalSeparator = separator;
    return o;
}

Currency currency(const char *code)
{
    const auto c = Currency::fromCode(QString::fromLatin1(code));
    Q_ASSERT(c.has_value());
    return *c;
}

const QLocale kEnUs(QLocale::English, QLocale::UnitedStates);
const QLocale kDeDe(QLocale::German, QLocale::Germany);

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currencyCodes();
    void parsesValidText_data();
    void parsesValidText();
    void parsesWithLocaleSeparator();
    void refusesBadText_data();
    void refusesBadText();
    void refusesUnknownCurrencyCode();
    void largestValueParsesOneMoreOverflows();
    void arithmetic();
    void arithmeticAcrossCurrenciesIsAnError();
    void arithmeticOverflowIsAnError();
    void amountWithoutCurrencyIsNotAdded();
    void formatsEnUs();
    void formatsDeDe();
    void formatsJpyWithoutDecimals();
    void formattedTextParsesBack_data();
    void formattedTextParsesBack();
    void plainString_data();
    void plainString();
    void plainStringParsesBack();
    void totalsKeepCurrenciesApart();
    void totalsRefuseOverflowAndInvalid();
};

void TestMoney::currencyCodes()
{
    QCOMPARE(currency("USD").exponent(), 2);
    QCOMPARE(currency("JPY").exponent(), 0);
    QCOMPARE(currency("KWD").exponent(), 3);
    QCOMPARE(currency("EUR").code(), QStringLiteral("EUR"));
    QCOMPARE(currency("EUR").symbol(), QStringLiteral("€"));
    // A currency without an unambiguous symbol shows its code.
    QCOMPARE(currency("CHF").symbol(), QStringLiteral("CHF"));
    QVERIFY(!Currency::fromCode(u"XYZ").has_value());
    QVERIFY(!Currency::fromCode(u"usd").has_value());
    QVERIFY(!Currency::fromCode(u"US").has_value());
    QVERIFY(!Currency::fromCode(u"USDX").has_value());
    QVERIFY(!Currency().isValid());
    QVERIFY(Currency().code().isEmpty()); // not three NUL characters
    QVERIFY(Money::fromMinor(100, u"XYZ").currencyCode().isEmpty());
    QVERIFY(!Money::fromMinor(100, u"XYZ").isValid());
    QCOMPARE(Money::fromMinor(100, u"USD"), Money(100, currency("USD")));
    QVERIFY(!(Money(100, currency("USD")) == Money(100, currency("CAD"))));
}

void TestMoney::parsesValidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QChar>("decimal");
    QTest::addColumn<qint64>("minor");

    struct Valid
    {
        const char *name;
        const char16_t *text;
        const char *currency;
        char decimal;
        qint64 minor;
    };
    const Valid cases[] = {
            {"plain", u"12.34", "USD", '.', 1234},
            {"whole", u"12", "USD", '.', 1200},
            {"one decimal", u"12.5", "USD", '.', 1250},
            {"leading decimal", u".5", "USD", '.', 50},
            {"trailing zeros beyond exponent", u"10.0000", "USD", '.', 1000},
            {"surrounding space", u"  7.25 ", "USD", '.', 725},
            {"comma grouping, dot decimal", u"1,234.56", "USD", '.', 123456},
            {"millions", u"1,234,567.89", "USD", '.', 123456789},
            {"dot grouping, comma decimal", u"1.234,56", "EUR", ',', 123456},
            {"comma decimal", u"0,99", "EUR", ',', 99},
            {"space grouping", u"1 234,56", "EUR", ',', 123456},
            {"nbsp grouping", u"1\u00A0234,56", "EUR", ',', 123456},
            {"apostrophe grouping", u"1'234.50", "CHF", '.', 123450},
            {"code prefix", u"USD 10", "USD", '.', 1000},
            {"code prefix no space", u"USD10.01", "USD", '.', 1001},
            {"code suffix", u"10.00 USD", "USD", '.', 1000},
            {"lower-case code", u"eur 5,00", "EUR", ',', 500},
            {"symbol", u"$1,234.56", "USD", '.', 123456},
            {"euro symbol", u"€ 3,10", "EUR", ',', 310},
            {"negative", u"-12.50", "USD", '.', -1250},
            {"negative symbol", u"-$5.00", "USD", '.', -500},
            {"unicode minus", u"\u22123.00", "USD", '.', -300},
            {"explicit plus", u"+3.00", "USD", '.', 300},
            {"accounting negative", u"(12.50)", "USD", '.', -1250},
            {"accounting negative grouped", u"(1,000.00)", "USD", '.', -100000},
            {"negative code suffix", u"-4,20 EUR", "EUR", ',', -420},
            {"JPY whole", u"1,235", "JPY", '.', 1235},
            {"JPY zero decimals", u"500.00", "JPY", '.', 500},
            {"JPY symbol", u"¥12,000", "JPY", '.', 12000},
            {"KWD three decimals", u"1.234", "KWD", '.', 1234},
            {"KWD grouped", u"1,234.567", "KWD", '.', 1234567},
            {"KWD two decimals", u"0.5", "KWD", '.', 500},
            {"zero", u"0.00", "USD", '.', 0},
    };
    for (const Valid &c : cases)
        QTest::newRow(c.name) << QString::fromUtf16(c.text) << QString::fromLatin1(c.currency)
                              << QChar::fromLatin1(c.decimal) << c.minor;
}

void TestMoney::parsesValidText()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QChar, decimal);
    QFETCH(qint64, minor);

    const auto r = Money::parse(text, currency, withDecimal(decimal));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    QCOMPARE(r.value().minor(), minor);
    QCOMPARE(r.value().currencyCode(), currency);
}

void TestMoney::parsesWithLocaleSeparator()
{
    const auto de = Money::parse(u"1.234,56", currency("EUR"), kDeDe);
    QVERIFY2(de.ok(), qPrintable(de.errorString()));
    QCOMPARE(de.value().minor(), qint64(123456));

    const auto us = Money::parse(u"1,234.56", currency("USD"), kEnUs);
    QVERIFY2(us.ok(), qPrintable(us.errorString()));
    QCOMPARE(us.value().minor(), qint64(123456));

    // The same text under the other convention is not silently read as something else.
    QVERIFY(!Money::parse(u"1,234.56", currency("EUR"), kDeDe).ok());
}

void TestMoney::refusesBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QChar>("decimal");

    struct Bad
    {
        const char *name;
        const char16_t *text; ///< nullptr: a null QString
        const char *currency = "USD"; ///< unless a case says otherwise
        char decimal = '.';
    };
    const Bad cases[] = {
            {"empty", nullptr},
            {"blank", u"   "},
            {"letters", u"abc"},
            {"NaN", u"NaN"},
            {"inf", u"inf"},
            {"exponent", u"1.23E+15"},
            {"small exponent", u"1e3"},
            {"too many decimals", u"10.005"},
            {"JPY with cents", u"12.5", "JPY"},
            {"KWD four decimals", u"1.2345", "KWD"},
            {"comma decimal read with dot", u"1.234,56", "EUR"},
            {"dot decimal read with comma", u"1,234.56", "USD", ','},
            {"indian grouping", u"1,23,456.00"},
            {"four-digit group", u"1,2345.00"},
            {"leading separator", u",123.00"},
            {"trailing separator", u"123,"},
            {"mixed separators", u"1,234 567.00"},
            {"two decimal points", u"1.2.3"},
            {"nothing after decimal", u"12."},
            {"other currency suffix", u"12.5 EUR"},
            {"other currency prefix", u"GBP 12.50"},
            {"overflow", u"99999999999999999999"},
            {"overflow JPY", u"99999999999999999999", "JPY"},
            {"only sign", u"-"},
            {"only symbol", u"$"},
            {"double sign", u"--5"},
            {"unbalanced parenthesis", u"(12.50"},
            {"code only", u"USD"},
    };
    for (const Bad &c : cases)
        QTest::newRow(c.name) << (c.text ? QString::fromUtf16(c.text) : QString())
                              << QString::fromLatin1(c.currency) << QChar::fromLatin1(c.decimal);
}

void TestMoney::refusesBadText()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QChar, decimal);

    const auto r = Money::parse(text, currency, withDecimal(decimal));
    QVERIFY2(!r.ok(),
             qPrintable(QStringLiteral("accepted as %1")
                                .arg(r.ok() ? r.value().toPlainString() : QString())));
    QCOMPARE(r.error().code, ErrorCode::InvalidValue);
    // The message quotes what was typed so the user sees which field is wrong.
    const QString quoted = u'"' + text + u'"';
    QVERIFY2(r.error().message.contains(quoted), qPrintable(r.error().message));
}

void TestMoney::refusesUnknownCurrencyCode()
{
    const auto r = Money::parse(u"10.00", u"XYZ", withDecimal(u'.'));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidValue);
    QVERIFY2(r.error().message.contains(QLatin1String("XYZ")), qPrintable(r.error().message));

    const auto none = Money::parse(u"10.00", Currency(), withDecimal(u'.'));
    QVERIFY(!none.ok());
    QVERIFY2(none.error().message.contains(QLatin1String("10.00")),
             qPrintable(none.error().message));

    const auto sep = Money::parse(u"10;00", currency("USD"), withDecimal(u';'));
    QVERIFY(!sep.ok());
}

void TestMoney::largestValueParsesOneMoreOverflows()
{
    const auto max = Money::parse(u"92233720368547758.07", u"USD", withDecimal(u'.'));
    QVERIFY2(max.ok(), qPrintable(max.errorString()));
    QCOMPARE(max.value().minor(), std::numeric_limits<qint64>::max());

    const auto over = Money::parse(u"92233720368547758.08", u"USD", withDecimal(u'.'));
    QVERIFY(!over.ok());
    QVERIFY2(over.error().message.contains(QLatin1String("92233720368547758.08")),
             qPrintable(over.error().message));
}

void TestMoney::arithmetic()
{
    const Money a(1050, currency("USD"));
    const Money b(-300, currency("USD"));
    const auto sum = a.plus(b);
    QVERIFY(sum.ok());
    QCOMPARE(sum.value(), Money(750, currency("USD")));
    const auto diff = a.minus(b);
    QVERIFY(diff.ok());
    QCOMPARE(diff.value(), Money(1350, currency("USD")));
    QCOMPARE(a.negated(), Money(-1050, currency("USD")));
    QVERIFY(b.isNegative());
    QVERIFY(a.minus(a).value().isZero());
}

void TestMoney::arithmeticAcrossCurrenciesIsAnError()
{
    const Money usd(100, currency("USD"));
    const Money eur(100, currency("EUR"));
    const auto sum = usd.plus(eur);
    QVERIFY(!sum.ok());
    QCOMPARE(sum.error().code, ErrorCode::CurrencyMismatch);
    QVERIFY2(sum.error().message.contains(QLatin1String("EUR"))
                     && sum.error().message.contains(QLatin1String("USD")),
             qPrintable(sum.error().message));
    const auto diff = usd.minus(eur);
    QVERIFY(!diff.ok());
    QCOMPARE(diff.error().code, ErrorCode::CurrencyMismatch);
    // Same number, same exponent, different currency: still refused.
    const auto cad = usd.plus(Money(100, currency("CAD")));
    QCOMPARE(cad.error().code, ErrorCode::CurrencyMismatch);
}

void TestMoney::amountWithoutCurrencyIsNotAdded()
{
    // Two amounts whose currency is unknown used to add up (their empty currencies compared
    // equal); an amount without a currency is now never added or subtracted.
    const Money none = Money::fromMinor(100, u"XYZ");
    const auto both = none.plus(Money::fromMinor(50, u"ABC"));
    QVERIFY(!both.ok());
    QCOMPARE(both.error().code, ErrorCode::CurrencyMismatch);
    QVERIFY(!Money(100, currency("USD")).plus(Money()).ok());
    QVERIFY(!Money().minus(Money()).ok());
}

void TestMoney::arithmeticOverflowIsAnError()
{
    const Money max(std::numeric_limits<qint64>::max(), currency("USD"));
    const Money min(std::numeric_limits<qint64>::min(), currency("USD"));
    const Money cent(1, currency("USD"));

    const auto up = max.plus(cent);
    QVERIFY(!up.ok());
    QCOMPARE(up.error().code, ErrorCode::Overflow);
    const auto down = min.minus(cent);
    QVERIFY(!down.ok());
    QCOMPARE(down.error().code, ErrorCode::Overflow);
    const auto away = max.minus(Money(-1, currency("USD")));
    QCOMPARE(away.error().code, ErrorCode::Overflow);
    // Right at the edge still works.
    QVERIFY(max.minus(cent).ok());
    QVERIFY(min.plus(cent).ok());
}

void TestMoney::formatsEnUs()
{
    QCOMPARE(Money(123456, currency("USD")).format(kEnUs), QStringLiteral("$1,234.56"));
    QCOMPARE(Money(-500, currency("USD")).format(kEnUs), QStringLiteral("-$5.00"));
    QCOMPARE(Money(5, currency("USD")).format(kEnUs), QStringLiteral("$0.05"));
    QCOMPARE(Money(123456789012, currency("USD")).format(kEnUs),
             QStringLiteral("$1,234,567,890.12"));
    // Another currency keeps its own symbol, never the locale's "$".
    const QString eur = Money(123456, currency("EUR")).format(kEnUs);
    QVERIFY2(eur.contains(QStringLiteral("€")) && eur.contains(QStringLiteral("1,234.56")),
             qPrintable(eur));
    QVERIFY2(!eur.contains(u'$'), qPrintable(eur));
    const QString chf = Money(1000, currency("CHF")).format(kEnUs);
    QVERIFY2(chf.contains(QLatin1String("CHF")) && chf.contains(QLatin1String("10.00")),
             qPrintable(chf));
}

void TestMoney::formatsDeDe()
{
    const QString s = Money(123456, currency("EUR")).format(kDeDe);
    QVERIFY2(s.contains(QStringLiteral("1.234,56")), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("€")), qPrintable(s));
    QVERIFY2(s.indexOf(QStringLiteral("€")) > s.indexOf(QStringLiteral("1.234,56")), qPrintable(s));
    const QString negative = Money(-500, currency("EUR")).format(kDeDe);
    QVERIFY2(negative.contains(QStringLiteral("5,00")) && negative.startsWith(u'-'),
             qPrintable(negative));
}

void TestMoney::formatsJpyWithoutDecimals()
{
    const QString s = Money(123456, currency("JPY")).format(kEnUs);
    QVERIFY2(s.contains(QStringLiteral("123,456")), qPrintable(s));
    QVERIFY2(!s.contains(u'.'), qPrintable(s));
    QVERIFY2(s.contains(QStringLiteral("¥")), qPrintable(s));
    const QString kwd = Money(1234567, currency("KWD")).format(kEnUs);
    QVERIFY2(kwd.contains(QStringLiteral("1,234.567")), qPrintable(kwd));
    QVERIFY(Money().format(kEnUs).isEmpty());
}

void TestMoney::formattedTextParsesBack_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");

    const QLocale fr(QLocale::French, QLocale::France);
    QTest::newRow("en_US USD") << kEnUs << QStringLiteral("USD") << qint64(123456);
    QTest::newRow("en_US USD negative") << kEnUs << QStringLiteral("USD") << qint64(-500);
    QTest::newRow("en_US EUR") << kEnUs << QStringLiteral("EUR") << qint64(987654321);
    QTest::newRow("en_US JPY") << kEnUs << QStringLiteral("JPY") << qint64(123456);
    QTest::newRow("en_US CHF") << kEnUs << QStringLiteral("CHF") << qint64(1000);
    QTest::newRow("en_US KWD") << kEnUs << QStringLiteral("KWD") << qint64(1234567);
    QTest::newRow("de_DE EUR") << kDeDe << QStringLiteral("EUR") << qint64(123456);
    QTest::newRow("de_DE EUR negative") << kDeDe << QStringLiteral("EUR") << qint64(-500);
    QTest::newRow("de_DE USD") << kDeDe << QStringLiteral("USD") << qint64(100000099);
    QTest::newRow("de_DE CHF") << kDeDe << QStringLiteral("CHF") << qint64(250);
    QTest::newRow("fr_FR EUR") << fr << QStringLiteral("EUR") << qint64(123456789);
}

void TestMoney::formattedTextParsesBack()
{
    // What the app shows can be pasted back into an amount field of the same locale.
    QFETCH(QLocale, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const Money m = Money::fromMinor(minor, currency);
    const QString shown = m.format(locale);
    const auto back = Money::parse(shown, m.currency(), locale);
    QVERIFY2(back.ok(), qPrintable(shown + QStringLiteral(": ") + back.errorString()));
    QCOMPARE(back.value(), m);
}

void TestMoney::plainString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("usd") << qint64(123456) << QStringLiteral("USD") << QStringLiteral("1234.56");
    QTest::newRow("usd cents") << qint64(5) << QStringLiteral("USD") << QStringLiteral("0.05");
    QTest::newRow("usd negative") << qint64(-1250) << QStringLiteral("USD")
                                  << QStringLiteral("-12.50");
    QTest::newRow("usd negative cents")
            << qint64(-5) << QStringLiteral("USD") << QStringLiteral("-0.05");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("USD") << QStringLiteral("0.00");
    QTest::newRow("jpy") << qint64(1234) << QStringLiteral("JPY") << QStringLiteral("1234");
    QTest::newRow("kwd") << qint64(1234567) << QStringLiteral("KWD") << QStringLiteral("1234.567");
    QTest::newRow("kwd small") << qint64(7) << QStringLiteral("KWD") << QStringLiteral("0.007");
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << QStringLiteral("USD")
                         << QStringLiteral("-92233720368547758.08");
}

void TestMoney::plainString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromMinor(minor, currency).toPlainString(), expected);
}

void TestMoney::plainStringParsesBack()
{
    for (const char *code : {"USD", "JPY", "KWD", "EUR"}) {
        for (qint64 minor : {qint64(0), qint64(1), qint64(-1), qint64(999), qint64(100000),
                             qint64(-987654321), std::numeric_limits<qint64>::max()}) {
            const Money m(minor, currency(code));
            const auto back = Money::parse(m.toPlainString(), m.currency(), withDecimal(u'.'));
            QVERIFY2(back.ok(), qPrintable(back.errorString()));
            QCOMPARE(back.value(), m);
        }
    }
    QVERIFY(Money().toPlainString().isEmpty());
}

void TestMoney::totalsKeepCurrenciesApart()
{
    MoneyTotals totals;
    QVERIFY(totals.isEmpty());
    QVERIFY(totals.add(Money(10000, currency("USD"))).ok());
    QVERIFY(totals.add(Money(5000, currency("EUR"))).ok());
    QVERIFY(totals.add(Money(2500, currency("USD"))).ok());
    QVERIFY(totals.add(Money(-1000, currency("EUR"))).ok());
    QVERIFY(totals.add(Money(700, currency("JPY"))).ok());

    QVERIFY(!totals.isEmpty());
    QCOMPARE(totals.total(QStringLiteral("USD")), qint64(12500));
    QCOMPARE(totals.total(QStringLiteral("EUR")), qint64(4000));
    QCOMPARE(totals.total(QStringLiteral("JPY")), qint64(700));
    QCOMPARE(totals.total(QStringLiteral("GBP")), qint64(0));
    QCOMPARE(totals.currencies(),
             QStringList({QStringLiteral("EUR"), QStringLiteral("JPY"), QStringLiteral("USD")}));

    const QString text = totals.format(kEnUs);
    QVERIFY2(text.contains(QStringLiteral("$125.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("€40.00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("¥700")), qPrintable(text));
}

void TestMoney::totalsRefuseOverflowAndInvalid()
{
    MoneyTotals totals;
    QVERIFY(totals.add(Money(std::numeric_limits<qint64>::max(), currency("USD"))).ok());
    const auto over = totals.add(Money(1, currency("USD")));
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, ErrorCode::Overflow);
    QVERIFY2(over.error().message.contains(QLatin1String("USD")), qPrintable(over.errorString()));
    // The total is what it was before the refused amount.
    QCOMPARE(totals.total(QStringLiteral("USD")), std::numeric_limits<qint64>::max());
    // Another currency is unaffected.
    QVERIFY(totals.add(Money(1, currency("EUR"))).ok());

    const auto invalid = totals.add(Money());
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code, ErrorCode::InvalidValue);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
