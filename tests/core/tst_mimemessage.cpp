// SPDX-License-Identifier: MIT
// The MIME builder, checked with an independent parser (Python's email package via
// /usr/bin/python3): headers, RFC 2047 words, alternative + mixed structure, attachments byte for
// byte with RFC 2231 names, CRLF everywhere, no line over 998 octets; and hostile header values.
#include "core/mail/mimemessage.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace ardesk;

class TestMimeMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullMessageReadByPython();
    void textOnly();
    void dateHeaderIsEnglishUtcInAnyLocale();
    void quotedPrintableRules();
    void encodedWordsStayShort();
    void hostileHeadersRefused();
    void roundTrip();

private:
    static QJsonObject pythonView(const QByteArray &eml)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(ARDESK_SOURCE_DIR "/tests/support/mimecheck.py")});
        if (!p.waitForStarted(10000))
            return {};
        p.write(eml);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        const QByteArray out = p.readAllStandardOutput();
        if (out.isEmpty())
            qWarning("mimecheck.py: %s", p.readAllStandardError().constData());
        return QJsonDocument::fromJson(out).object();
    }
    static MimeMessage sample()
    {
        MimeMessage m;
        m.from = MailAddress::create(QStringLiteral("ar@acme-supplies.example"),
                                     QString::fromUtf8("Zoë Müller, AR"))
                         .value();
        m.to = {MailAddress::create(QStringLiteral("ap@client.example"),
                                    QStringLiteral("Accounts Payable"))
                        .value(),
                MailAddress::create(QStringLiteral("cfo@client.example")).value()};
        m.cc = {MailAddress::create(QStringLiteral("clerk@acme-supplies.example")).value()};
        m.replyTo
                = MailAddress::create(QStringLiteral("collections@acme-supplies.example")).value();
        m.subject = QString::fromUtf8("Überfällige Rechnungen – Zahlungserinnerung für Kunde "
                                      "C00042 mit einem recht langen Betreff, der gefaltet wird");
        m.text = QString::fromUtf8("Dear customer,\n\nInvoice INV-1 (1.234,56 €) is overdue.\n"
                                   ".A line starting with a dot\nFrom here on\n")
                + QString(300, u'x') + QStringLiteral("\nTrailing space \n=equals=\n");
        m.html = QStringLiteral("<p>Dear customer,</p><p>") + QString(2000, u'y')
                + QStringLiteral("</p>");
        QByteArray pdf("%PDF-1.4\n");
        for (int i = 0; i < 5000; ++i)
            pdf += char(i * 7 % 256);
        m.attachments = {{QStringLiteral("INV-1.pdf"), QStringLiteral("application/pdf"), pdf},
                         {QString::fromUtf8("Kontoauszug März 2026 – sehr langer Dateiname für "
                                            "Kunde Müller GmbH.pdf"),
                          {},
                          QByteArray("statement")}};
        return m;
    }
};

void TestMimeMessage::fullMessageReadByPython()
{
    MimeMessage m = sample();
    const FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(0, 30), Qt::UTC));
    auto bytes = m.toBytes(clock);
    VERIFY_OK(bytes);
    const QByteArray eml = bytes.value();
    QVERIFY(!m.messageId.isEmpty());
    QVERIFY(m.messageId.endsWith(QLatin1String("@acme-supplies.example")));
    QCOMPARE(m.date, clock.now()); // the Date header is the clock's, not the machine's
    QVERIFY(eml.contains("Date: Sat, 5 Dec 2026 00:30:00 +0000\r\n"));

    const QJsonObject v = pythonView(eml);
    QVERIFY2(!v.isEmpty(), "python could not parse the message");
    QCOMPARE(v.value(QStringLiteral("bare_line_ends")).toBool(), false);
    QVERIFY(v.value(QStringLiteral("ends_with_crlf")).toBool());
    QVERIFY2(v.value(QStringLiteral("longest_line")).toInt() <= 78,
             qPrintable(QString::number(v.value(QStringLiteral("longest_line")).toInt())));
    QCOMPARE(v.value(QStringLiteral("defects")).toArray().size(), 0);
    const QJsonObject h = v.value(QStringLiteral("headers")).toObject();
    QCOMPARE(h.value(QStringLiteral("subject")).toString(), m.subject);
    QCOMPARE(h.value(QStringLiteral("from")).toString(),
             QString::fromUtf8("\"Zoë Müller, AR\" <ar@acme-supplies.example>"));
    QCOMPARE(h.value(QStringLiteral("to")).toString(),
             QStringLiteral("Accounts Payable <ap@client.example>, cfo@client.example"));
    QCOMPARE(h.value(QStringLiteral("cc")).toString(),
             QStringLiteral("clerk@acme-supplies.example"));
    QCOMPARE(h.value(QStringLiteral("reply-to")).toString(),
             QStringLiteral("collections@acme-supplies.example"));
    QCOMPARE(h.value(QStringLiteral("message-id")).toString(), u'<' + m.messageId + u'>');
    QCOMPARE(h.value(QStringLiteral("mime-version")).toString(), QStringLiteral("1.0"));
    QVERIFY(QRegularExpression(QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} "
                                              "[A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000$"))
                    .match(h.value(QStringLiteral("date")).toString())
                    .hasMatch());
    // Each header exactly once: nothing injected.
    const QJsonObject counts = v.value(QStringLiteral("header_count")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        QCOMPARE(it.value().toInt(), 1);
    QVERIFY(!counts.contains(QStringLiteral("bcc")));

    const QJsonArray structure = v.value(QStringLiteral("structure")).toArray();
    QCOMPARE(structure.at(0).toString(), QStringLiteral("multipart/mixed"));
    QCOMPARE(structure.at(1).toString(), QStringLiteral("multipart/alternative"));
    QCOMPARE(structure.at(2).toString(), QStringLiteral("text/plain"));
    QCOMPARE(structure.at(3).toString(), QStringLiteral("text/html"));
    QString text = v.value(QStringLiteral("text")).toString();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QCOMPARE(text, m.text);
    QCOMPARE(v.value(QStringLiteral("html")).toString().trimmed(), m.html);

    const QJsonArray att = v.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(att.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject a = att.at(i).toObject();
        QCOMPARE(a.value(QStringLiteral("filename")).toString(), m.attachments[i].fileName);
        QCOMPARE(a.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(m.attachments[i].bytes, QCryptographicHash::Sha256)
                         .toHex());
        QCOMPARE(a.value(QStringLiteral("cte")).toString(), QStringLiteral("base64"));
    }
    QCOMPARE(att.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("application/pdf"));
}

void TestMimeMessage::dateHeaderIsEnglishUtcInAnyLocale()
{
    // A clerk in Germany: the Date header keeps English names and is moved to UTC.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray summer = MimeMessage::rfc5322Date(
            QDateTime(QDate(2026, 7, 1), QTime(1, 2, 3), Qt::OffsetFromUTC, 2 * 3600));
    const QByteArray march
            = MimeMessage::rfc5322Date(QDateTime(QDate(2026, 3, 12), QTime(9, 5), Qt::UTC));
    QLocale::setDefault(before);
    QCOMPARE(summer, QByteArray("Tue, 30 Jun 2026 23:02:03 +0000"));
    QCOMPARE(march, QByteArray("Thu, 12 Mar 2026 09:05:00 +0000"));
}

void TestMimeMessage::textOnly()
{
    MimeMessage m;
    m.from = MailAddress::create(QStringLiteral("ar@acme.example")).value();
    m.to = {MailAddress::create(QStringLiteral("ap@client.example")).value()};
    m.subject = QStringLiteral("Plain");
    m.text = QStringLiteral("Hello\r\nWorld\rOld Mac\n");
    auto bytes = m.toBytes(*Clock::system());
    VERIFY_OK(bytes);
    const QJsonObject v = pythonView(bytes.value());
    QCOMPARE(v.value(QStringLiteral("structure")).toArray(),
             QJsonArray {QStringLiteral("text/plain")});
    QCOMPARE(v.value(QStringLiteral("bare_line_ends")).toBool(), false);
    QCOMPARE(v.value(QStringLiteral("text"))
                     .toString()
                     .replace(QLatin1String("\r\n"), QLatin1String("\n")),
             QStringLiteral("Hello\nWorld\nOld Mac\n"));
    QCOMPARE(v.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("subject"))
                     .toString(),
             QStringLiteral("Plain"));
}

void TestMimeMessage::quotedPrintableRules()
{
    const QByteArray qp = MimeMessage::quotedPrintable(
            QStringLiteral(".dot\nFrom me\nend space \na=b\n") + QString(200, u'z'));
    for (const QByteArray &line : qp.split('\n')) {
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
        QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
    }
    QVERIFY(qp.startsWith("=2Edot\r\n=46rom me\r\nend space=20\r\na=3Db\r\n"));
}

void TestMimeMessage::encodedWordsStayShort()
{
    const QString longSubject = QString(300, QChar(0x00E9));
    const QByteArray enc = MimeMessage::encodeHeaderText(longSubject, 9);
    for (const QByteArray &line : enc.split('\n'))
        QVERIFY2(line.trimmed().size() <= 75, line.constData());
    QCOMPARE(MimeMessage::decodeHeaderText(QByteArray(enc).replace("\r\n", "")), longSubject);
    // An emoji (surrogate pair) is never split between two encoded words.
    const QString emoji = QString(40, u'a') + QString::fromUtf8("😀😀😀😀😀😀😀😀😀😀");
    QCOMPARE(
            MimeMessage::decodeHeaderText(MimeMessage::encodeHeaderText(emoji).replace("\r\n", "")),
            emoji);
}

void TestMimeMessage::hostileHeadersRefused()
{
    MimeMessage m;
    m.from = MailAddress::create(QStringLiteral("ar@acme.example")).value();
    m.to = {MailAddress::create(QStringLiteral("ap@client.example")).value()};
    m.text = QStringLiteral("x");
    m.subject = QStringLiteral("Reminder for ACME\r\nBcc: x@evil.example");
    auto r = m.toBytes(*Clock::system());
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().startsWith(QLatin1String("subject:")), qPrintable(r.errorString()));
    m.subject = QStringLiteral("ok");
    m.attachments = {{QStringLiteral("a\r\nContent-Type: text/html"), {}, "x"}};
    QVERIFY(!m.toBytes(*Clock::system()).ok());
    m.attachments = {{QStringLiteral("../../etc/passwd"), {}, "x"}};
    QVERIFY(!m.toBytes(*Clock::system()).ok());
    m.attachments.clear();
    m.to.clear();
    QVERIFY(m.toBytes(*Clock::system()).errorString().startsWith(QLatin1String("to:")));
}

void TestMimeMessage::roundTrip()
{
    MimeMessage m = sample();
    auto bytes = m.toBytes(*Clock::system());
    VERIFY_OK(bytes);
    auto back = MimeMessage::parse(bytes.value());
    VERIFY_OK(back);
    QCOMPARE(back.value().subject, m.subject);
    QCOMPARE(back.value().text, m.text);
    QCOMPARE(back.value().html.trimmed(), m.html);
    QCOMPARE(back.value().messageId, m.messageId);
    QCOMPARE(back.value().to.size(), 2);
    QCOMPARE(back.value().from.displayName(), m.from.displayName());
    QCOMPARE(back.value().attachments.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(back.value().attachments[i].fileName, m.attachments[i].fileName);
        QCOMPARE(back.value().attachments[i].bytes, m.attachments[i].bytes);
    }
}

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "tst_mimemessage.moc"
