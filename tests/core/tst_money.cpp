// SPDX-License-Identifier: MIT
// Money, Currency and MoneyTotals: what a user types is read exactly (or refused with a message
// that quotes it), sums never mix currencies or overflow, and amounts display per locale.
#include "core/domain/currency.h"
#include "core/domain/money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace ardesk;

namespace QTest {
template<>
char *toString(const ardesk::ErrorCode &code)
{
    return qstrdup(
            QByteArray(QByteArray("ErrorCode(") + QByteArray::number(int(code)) + ')').constData());
}
} // namespace QTest

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

    const QChar dot(u'.');
    const QChar comma(u',');
    QTest::newRow("plain") << QStringLiteral("12.34") << QStringLiteral("USD") << dot
                           << qint64(1234);
    QTest::newRow("whole") << QStringLiteral("12") << QStringLiteral("USD") << dot << qint64(1200);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << QStringLiteral("USD") << dot
                                 << qint64(1250);
    QTest::newRow("leading decimal")
            << QStringLiteral(".5") << QStringLiteral("USD") << dot << qint64(50);
    QTest::newRow("trailing zeros beyond exponent")
            << QStringLiteral("10.0000") << QStringLiteral("USD") << dot << qint64(1000);
    QTest::newRow("surrounding space")
            << QStringLiteral("  7.25 ") << QStringLiteral("USD") << dot << qint64(725);
    QTest::newRow("comma grouping, dot decimal")
            << QStringLiteral("1,234.56") << QStringLiteral("USD") << dot << qint64(123456);
    QTest::newRow("millions") << QStringLiteral("1,234,567.89") << QStringLiteral("USD") << dot
                              << qint64(123456789);
    QTest::newRow("dot grouping, comma decimal")
            << QStringLiteral("1.234,56") << QStringLiteral("EUR") << comma << qint64(123456);
    QTest::newRow("comma decimal")
            << QStringLiteral("0,99") << QStringLiteral("EUR") << comma << qint64(99);
    QTest::newRow("space grouping")
            << QStringLiteral("1 234,56") << QStringLiteral("EUR") << comma << qint64(123456);
    QTest::newRow("nbsp grouping")
            << QStringLiteral("1\u00A0234,56") << QStringLiteral("EUR") << comma << qint64(123456);
    QTest::newRow("apostrophe grouping")
            << QStringLiteral("1'234.50") << QStringLiteral("CHF") << dot << qint64(123450);
    QTest::newRow("code prefix") << QStringLiteral("USD 10") << QStringLiteral("USD") << dot
                                 << qint64(1000);
    QTest::newRow("code prefix no space")
            << QStringLiteral("USD10.01") << QStringLiteral("USD") << dot << qint64(1001);
    QTest::newRow("code suffix") << QStringLiteral("10.00 USD") << QStringLiteral("USD") << dot
                                 << qint64(1000);
    QTest::newRow("lower-case code")
            << QStringLiteral("eur 5,00") << QStringLiteral("EUR") << comma << qint64(500);
    QTest::newRow("symbol") << QStringLiteral("$1,234.56") << QStringLiteral("USD") << dot
                            << qint64(123456);
    QTest::newRow("euro symbol") << QStringLiteral("€ 3,10") << QStringLiteral("EUR") << comma
                                 << qint64(310);
    QTest::newRow("negative") << QStringLiteral("-12.50") << QStringLiteral("USD") << dot
                              << qint64(-1250);
    QTest::newRow("negative symbol")
            << QStringLiteral("-$5.00") << QStringLiteral("USD") << dot << qint64(-500);
    QTest::newRow("unicode minus")
            << QStringLiteral("\u22123.00") << QStringLiteral("USD") << dot << qint64(-300);
    QTest::newRow("explicit plus")
            << QStringLiteral("+3.00") << QStringLiteral("USD") << dot << qint64(300);
    QTest::newRow("accounting negative")
            << QStringLiteral("(12.50)") << QStringLiteral("USD") << dot << qint64(-1250);
    QTest::newRow("accounting negative grouped")
            << QStringLiteral("(1,000.00)") << QStringLiteral("USD") << dot << qint64(-100000);
    QTest::newRow("negative code suffix")
            << QStringLiteral("-4,20 EUR") << QStringLiteral("EUR") << comma << qint64(-420);
    QTest::newRow("JPY whole") << QStringLiteral("1,235") << QStringLiteral("JPY") << dot
                               << qint64(1235);
    QTest::newRow("JPY zero decimals")
            << QStringLiteral("500.00") << QStringLiteral("JPY") << dot << qint64(500);
    QTest::newRow("JPY symbol") << QStringLiteral("¥12,000") << QStringLiteral("JPY") << dot
                                << qint64(12000);
    QTest::newRow("KWD three decimals")
            << QStringLiteral("1.234") << QStringLiteral("KWD") << dot << qint64(1234);
    QTest::newRow("KWD grouped") << QStringLiteral("1,234.567") << QStringLiteral("KWD") << dot
                                 << qint64(1234567);
    QTest::newRow("KWD two decimals")
            << QStringLiteral("0.5") << QStringLiteral("KWD") << dot << qint64(500);
    QTest::newRow("zero") << QStringLiteral("0.00") << QStringLiteral("USD") << dot << qint64(0);
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

    const QChar dot(u'.');
    const QChar comma(u',');
    QTest::newRow("empty") << QString() << QStringLiteral("USD") << dot;
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("USD") << dot;
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("USD") << dot;
    QTest::newRow("NaN") << QStringLiteral("NaN") << QStringLiteral("USD") << dot;
    QTest::newRow("inf") << QStringLiteral("inf") << QStringLiteral("USD") << dot;
    QTest::newRow("exponent") << QStringLiteral("1.23E+15") << QStringLiteral("USD") << dot;
    QTest::newRow("small exponent") << QStringLiteral("1e3") << QStringLiteral("USD") << dot;
    QTest::newRow("too many decimals") << QStringLiteral("10.005") << QStringLiteral("USD") << dot;
    QTest::newRow("JPY with cents") << QStringLiteral("12.5") << QStringLiteral("JPY") << dot;
    QTest::newRow("KWD four decimals") << QStringLiteral("1.2345") << QStringLiteral("KWD") << dot;
    QTest::newRow("comma decimal read with dot")
            << QStringLiteral("1.234,56") << QStringLiteral("EUR") << dot;
    QTest::newRow("dot decimal read with comma")
            << QStringLiteral("1,234.56") << QStringLiteral("USD") << comma;
    QTest::newRow("indian grouping")
            << QStringLiteral("1,23,456.00") << QStringLiteral("USD") << dot;
    QTest::newRow("four-digit group")
            << QStringLiteral("1,2345.00") << QStringLiteral("USD") << dot;
    QTest::newRow("leading separator") << QStringLiteral(",123.00") << QStringLiteral("USD") << dot;
    QTest::newRow("trailing separator") << QStringLiteral("123,") << QStringLiteral("USD") << dot;
    QTest::newRow("mixed separators")
            << QStringLiteral("1,234 567.00") << QStringLiteral("USD") << dot;
    QTest::newRow("two decimal points") << QStringLiteral("1.2.3") << QStringLiteral("USD") << dot;
    QTest::newRow("nothing after decimal") << QStringLiteral("12.") << QStringLiteral("USD") << dot;
    QTest::newRow("other currency suffix")
            << QStringLiteral("12.5 EUR") << QStringLiteral("USD") << dot;
    QTest::newRow("other currency prefix")
            << QStringLiteral("GBP 12.50") << QStringLiteral("USD") << dot;
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << QStringLiteral("USD")
                              << dot;
    QTest::newRow("overflow JPY") << QStringLiteral("99999999999999999999") << QStringLiteral("JPY")
                                  << dot;
    QTest::newRow("only sign") << QStringLiteral("-") << QStringLiteral("USD") << dot;
    QTest::newRow("only symbol") << QStringLiteral("$") << QStringLiteral("USD") << dot;
    QTest::newRow("double sign") << QStringLiteral("--5") << QStringLiteral("USD") << dot;
    QTest::newRow("unbalanced parenthesis")
            << QStringLiteral("(12.50") << QStringLiteral("USD") << dot;
    QTest::newRow("code only") << QStringLiteral("USD") << QStringLiteral("USD") << dot;
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
