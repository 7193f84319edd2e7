// SPDX-License-Identifier: MIT
// Phone numbers as typed → E.164 with libphonenumber: national formats of the default region,
// numbers already in international form, extensions, and what is kept raw (never dialled).
#include "core/domain/phonenumber.h"

#include <QTest>

using namespace ardesk;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesToE164_data();
    void parsesToE164();
    void invalidIsKeptRaw_data();
    void invalidIsKeptRaw();
    void labelAndTrimmedRaw();
    void defaultRegionFallsBackToUs();
    void shownNationallyInTheClientsCountry_data();
    void shownNationallyInTheClientsCountry();
};

void TestPhoneNumber::parsesToE164_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("extension");
    auto row = [](const char *name, const char *raw, const char *region, const char *e164,
                  const char *extension = "") {
        QTest::newRow(name) << QString::fromUtf8(raw) << QString::fromLatin1(region)
                            << QString::fromLatin1(e164) << QString::fromLatin1(extension);
    };
    row("US national", "(212) 734-1234", "US", "+12127341234");
    row("GB national", "020 7946 0123", "GB", "+442079460123");
    row("DE national", "030 12345678", "DE", "+493012345678");
    row("region in lower case", "030 12345678", "de", "+493012345678");
    row("extension x", "(212) 734-1234 x204", "US", "+12127341234", "204");
    row("extension ext.", "212-734-1234 ext. 204", "US", "+12127341234", "204");
    row("extension #", "212 734 1234 #204", "US", "+12127341234", "204");
    row("extension poste", "212 734 1234 poste 204", "US", "+12127341234", "204");
    // Already international: the default region does not matter.
    row("CA with + in GB", "+1 416 555 0100", "GB", "+14165550100");
    row("GB with + in US", "+44 20 7946 0018", "US", "+442079460018");
    row("US with + and extension in DE", "+1 (212) 734-1234 extension 7", "DE", "+12127341234",
        "7");
    row("full-width digits", "２１２ ７３４ １２３４", "US", "+12127341234");
}

void TestPhoneNumber::parsesToE164()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, extension);
    const Phone p = PhoneNumberParser::parse(raw, region);
    QCOMPARE(p.e164, e164);
    QCOMPARE(p.extension, extension);
    QCOMPARE(p.raw, raw); // what was typed is kept beside the E.164 form
    QVERIFY(p.isValid());
}

void TestPhoneNumber::invalidIsKeptRaw_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::newRow("too short") << QStringLiteral("123") << QStringLiteral("US");
    QTest::newRow("text") << QStringLiteral("call me") << QStringLiteral("US");
    QTest::newRow("too short with extension") << QStringLiteral("123 x5") << QStringLiteral("US");
    QTest::newRow("seven digits, no area code")
            << QStringLiteral("555-0100") << QStringLiteral("US");
    QTest::newRow("unassigned GB mobile range")
            << QStringLiteral("07700 900123") << QStringLiteral("GB");
    QTest::newRow("national number, unknown region")
            << QStringLiteral("(212) 734-1234") << QStringLiteral("XX");
    QTest::newRow("control character")
            << QStringLiteral("212 734\x01 1234") << QStringLiteral("US");
}

void TestPhoneNumber::invalidIsKeptRaw()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    const Phone p = PhoneNumberParser::parse(raw, region, QStringLiteral("office"));
    QCOMPARE(p.raw, raw);
    QCOMPARE(p.e164, QString());
    QCOMPARE(p.extension, QString());
    QCOMPARE(p.label, QStringLiteral("office"));
    QVERIFY(!p.isValid());
}

void TestPhoneNumber::labelAndTrimmedRaw()
{
    const Phone p = PhoneNumberParser::parse(QStringLiteral("  917 555 0199 "), QString(),
                                             QStringLiteral("mobile"));
    QCOMPARE(p.label, QStringLiteral("mobile"));
    QCOMPARE(p.raw, QStringLiteral("917 555 0199"));
    QCOMPARE(p.e164, QStringLiteral("+19175550199")); // no region: read as US
    const Phone empty = PhoneNumberParser::parse(QStringLiteral("   "), QStringLiteral("US"));
    QVERIFY(empty.raw.isEmpty());
    QVERIFY(!empty.isValid());
}

void TestPhoneNumber::defaultRegionFallsBackToUs()
{
    QCOMPARE(PhoneNumberParser::defaultRegion(QString()), QStringLiteral("US"));
    QCOMPARE(PhoneNumberParser::defaultRegion(QStringLiteral(" gb ")), QStringLiteral("GB"));
    // A GB number typed nationally is not a valid US number.
    QVERIFY(!PhoneNumberParser::parse(QStringLiteral("020 7946 0123"), QString()).isValid());
}

void TestPhoneNumber::shownNationallyInTheClientsCountry_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("readIn");
    QTest::addColumn<QString>("clientCountry");
    QTest::addColumn<QString>("shown");
    QTest::newRow("US number, US client")
            << QStringLiteral("+15037582951") << QString() << QStringLiteral("US")
            << QStringLiteral("(503) 758-2951");
    QTest::newRow("no country: US") << QStringLiteral("503.758.2951") << QString() << QString()
                                    << QStringLiteral("(503) 758-2951");
    QTest::newRow("with extension")
            << QStringLiteral("212-734-1234 x204") << QStringLiteral("US") << QStringLiteral("US")
            << QStringLiteral("(212) 734-1234 ext. 204");
    QTest::newRow("UK number, UK client")
            << QStringLiteral("+44 20 7946 0958") << QString() << QStringLiteral("gb")
            << QStringLiteral("020 7946 0958");
    QTest::newRow("UK number, US client: international")
            << QStringLiteral("+44 20 7946 0958") << QString() << QStringLiteral("US")
            << QStringLiteral("+44 20 7946 0958");
    QTest::newRow("US number, German client: international")
            << QStringLiteral("(503) 758-2951") << QStringLiteral("US") << QStringLiteral("DE")
            << QStringLiteral("+1 503-758-2951");
    QTest::newRow("not a number: as typed")
            << QStringLiteral("ask reception") << QString() << QStringLiteral("US")
            << QStringLiteral("ask reception");
}

void TestPhoneNumber::shownNationallyInTheClientsCountry()
{
    QFETCH(QString, raw);
    QFETCH(QString, readIn);
    QFETCH(QString, clientCountry);
    QFETCH(QString, shown);
    const Phone phone = PhoneNumberParser::parse(raw, readIn);
    QCOMPARE(PhoneNumberParser::display(phone, clientCountry), shown);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
