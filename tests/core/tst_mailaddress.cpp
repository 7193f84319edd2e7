// SPDX-License-Identifier: MIT
// Address and header validation: the conservative addr-spec grammar, RFC 5321 lengths, display
// names, and hostile values (CRLF injection, SMTP command smuggling, NUL, DEL).
#include "core/mail/address.h"
#include "core/mail/senderidentity.h"
#include "support/testsupport.h"

#include <QTest>

using namespace ardesk;

class TestMailAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void displayNames();
    void lists();
    void headerValues();
    void senderSpeaksForTheUser();
};

void TestMailAddress::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("address");
    QTest::newRow("plain") << "jane@example.com"
                           << "jane@example.com";
    QTest::newRow("dots and plus") << "jane.doe+ar@mail.example.co.uk"
                                   << "jane.doe+ar@mail.example.co.uk";
    QTest::newRow("domain lower-cased") << "Jane@Example.COM"
                                        << "Jane@example.com";
    QTest::newRow("atext specials") << "a!#$%&'*+/=?^_`{|}~-b@example.org"
                                    << "a!#$%&'*+/=?^_`{|}~-b@example.org";
    QTest::newRow("idn domain") << QString::fromUtf8("kunde@müller.de") << "kunde@xn--mller-kva.de";
    QTest::newRow("64 local") << QString(64, u'a') + QStringLiteral("@example.com")
                              << QString(64, u'a') + QStringLiteral("@example.com");
}

void TestMailAddress::accepted()
{
    QFETCH(QString, input);
    QFETCH(QString, address);
    auto a = MailAddress::create(input, {}, QStringLiteral("to"));
    VERIFY_OK(a);
    QCOMPARE(a.value().address(), address);
}

void TestMailAddress::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << ""
                           << "required";
    QTest::newRow("no at") << "jane.example.com"
                           << "jane.example.com";
    QTest::newRow("two ats") << "a@b@example.com"
                             << "a@b@example.com";
    QTest::newRow("no domain dot") << "jane@localhost"
                                   << "jane@localhost";
    QTest::newRow("leading dot") << ".jane@example.com"
                                 << "dot";
    QTest::newRow("double dot") << "ja..ne@example.com"
                                << "dot";
    QTest::newRow("space") << "ja ne@example.com"
                           << "ja ne@example.com";
    QTest::newRow("quoted local") << "\"ja ne\"@example.com"
                                  << "not allowed";
    QTest::newRow("angle") << "jane<x>@example.com"
                           << "not allowed";
    QTest::newRow("65 local") << QString(65, u'a') + QStringLiteral("@example.com") << "64";
    QTest::newRow("long domain") << QStringLiteral("a@") + QString(60, u'b') + u'.'
                    + QString(60, u'c') + u'.' + QString(60, u'd') + u'.' + QString(60, u'e') + u'.'
                    + QString(60, u'f') + QStringLiteral(".com")
                                 << "longer";
    QTest::newRow("label too long")
            << QStringLiteral("a@") + QString(64, u'b') + QStringLiteral(".com") << "domain part";
    QTest::newRow("hyphen label") << "a@-bad.com"
                                  << "-bad";
    QTest::newRow("numeric tld") << "a@example.123"
                                 << "top-level";
    QTest::newRow("crlf rcpt smuggling") << "a@b.com\r\nRCPT TO:<x@evil.com>"
                                         << "\\r\\n";
    QTest::newRow("lf only") << "a@b.com\nBcc: x@evil.com"
                             << "\\n";
    QTest::newRow("nul") << QStringLiteral("a@b.com") + QChar(0) + QStringLiteral("x") << "\\x00";
    QTest::newRow("del") << QStringLiteral("a@b.com") + QChar(0x7F) << "\\x7f";
    QTest::newRow("tab") << "a@b.com\tx"
                         << "\\t";
    QTest::newRow("c1 control") << QStringLiteral("a@b.com") + QChar(0x85) << "\\x85";
}

void TestMailAddress::refused()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    auto a = MailAddress::parse(input, QStringLiteral("to"));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code, ErrorCode::InvalidValue);
    QVERIFY2(a.errorString().startsWith(QLatin1String("to:")), qPrintable(a.errorString()));
    QVERIFY2(a.errorString().contains(mentions), qPrintable(a.errorString()));
    // The message never carries a raw line break (it goes to logs and one-line CLI errors).
    QVERIFY(!a.errorString().contains(u'\n') && !a.errorString().contains(u'\r'));
}

void TestMailAddress::displayNames()
{
    auto a = MailAddress::parse(QStringLiteral("Jane Doe <jane@example.com>"));
    VERIFY_OK(a);
    QCOMPARE(a.value().displayName(), QStringLiteral("Jane Doe"));
    QCOMPARE(a.value().address(), QStringLiteral("jane@example.com"));
    auto q = MailAddress::parse(QStringLiteral("\"Doe, Jane \\\"JD\\\"\" <jane@example.com>"));
    VERIFY_OK(q);
    QCOMPARE(q.value().displayName(), QStringLiteral("Doe, Jane \"JD\""));
    auto bad = MailAddress::create(QStringLiteral("jane@example.com"),
                                   QStringLiteral("Jane\r\nBcc: x@evil.com"), QStringLiteral("to"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorString().contains(QLatin1String("Bcc")));
    QCOMPARE(a.value().toString(), QStringLiteral("Jane Doe <jane@example.com>"));
}

void TestMailAddress::lists()
{
    auto l = MailAddress::parseList(
            QStringLiteral("\"Doe, Jane\" <jane@example.com>, bob@example.org"));
    VERIFY_OK(l);
    QCOMPARE(l.value().size(), 2);
    QCOMPARE(l.value()[0].displayName(), QStringLiteral("Doe, Jane"));
    QCOMPARE(l.value()[1].address(), QStringLiteral("bob@example.org"));
    QVERIFY(!MailAddress::parseList(QStringLiteral("a@b.com, nope")).ok());
}

void TestMailAddress::headerValues()
{
    VERIFY_OK(mail::checkHeaderValue(QStringLiteral("subject"),
                                     QString::fromUtf8("Überfällige Rechnung – 2 invoices")));
    for (const QString &bad :
         QStringList {QStringLiteral("Hi\r\nBcc: x@evil.com"), QStringLiteral("a\nb"),
                      QStringLiteral("a\rb"), QStringLiteral("a") + QChar(0) + u'b',
                      QStringLiteral("a") + QChar(0x7F), QStringLiteral("x") + QChar(0x2028)}) {
        auto r = mail::checkHeaderValue(QStringLiteral("subject"), bad);
        QVERIFY2(!r.ok(), qPrintable(mail::visible(bad)));
        QVERIFY(r.errorString().startsWith(QLatin1String("subject:")));
    }
}

// #12: who a message speaks for (docs/email.md): the user with an address, on the account's
// domain also as From; else the company's sender. Bounces always go to the account.
void TestMailAddress::senderSpeaksForTheUser()
{
    SmtpSettings smtp;
    smtp.fromAddress = QStringLiteral("ar@acme.example");
    smtp.fromName = QStringLiteral("Acme AR");
    smtp.replyTo = QStringLiteral("collections@acme.example");
    smtp.signature = QStringLiteral("The AR team");
    User dana;
    dana.id = 7;
    dana.name = QStringLiteral("dana");
    dana.displayName = QStringLiteral("Dana Ortiz");
    dana.email = QStringLiteral("Dana.Ortiz@ACME.example");
    dana.signature = QStringLiteral("Dana Ortiz\nCollections");

    auto same = SenderIdentity::of(smtp, &dana);
    VERIFY_OK(same);
    QCOMPARE(same.value().from.address(), QStringLiteral("Dana.Ortiz@acme.example"));
    QCOMPARE(same.value().from.displayName(), QStringLiteral("Dana Ortiz"));
    QCOMPARE(same.value().replyTo.address(), QStringLiteral("Dana.Ortiz@acme.example"));
    QCOMPARE(same.value().envelopeFrom, QStringLiteral("ar@acme.example"));
    QCOMPARE(same.value().signature, dana.signature);
    QCOMPARE(same.value().userId, qint64(7));

    dana.email = QStringLiteral("dana@home.example");
    auto other = SenderIdentity::of(smtp, &dana);
    VERIFY_OK(other);
    QCOMPARE(other.value().from.address(), QStringLiteral("ar@acme.example"));
    QCOMPARE(other.value().from.displayName(), QStringLiteral("Dana Ortiz"));
    QCOMPARE(other.value().replyTo.address(), QStringLiteral("dana@home.example"));
    QCOMPARE(other.value().email, QStringLiteral("dana@home.example"));

    for (bool active : {true, false}) {
        User u = dana;
        u.active = active;
        if (active)
            u.email.clear();
        auto company = SenderIdentity::of(smtp, &u);
        VERIFY_OK(company);
        QCOMPARE(company.value().userId, qint64(0));
        QCOMPARE(company.value().from.displayName(), QStringLiteral("Acme AR"));
        // An active user without an address still signs with their name.
        QCOMPARE(company.value().name,
                 active ? QStringLiteral("Dana Ortiz") : QStringLiteral("Acme AR"));
        QCOMPARE(company.value().replyTo.address(), QStringLiteral("collections@acme.example"));
        QCOMPARE(company.value().signature, QStringLiteral("The AR team"));
    }
    auto nobody = SenderIdentity::of(smtp, nullptr);
    VERIFY_OK(nobody);
    QCOMPARE(nobody.value().email, QStringLiteral("collections@acme.example"));
}

QTEST_GUILESS_MAIN(TestMailAddress)
#include "tst_mailaddress.moc"
