// SPDX-License-Identifier: MIT
// SmtpTransport against a real aiosmtpd server on loopback (tests/support/smtpserver.py):
// STARTTLS + AUTH with one connection per batch, implicit TLS, exact bytes delivered, and every
// way it must refuse: wrong password, wrong CA, certificate for another host, no STARTTLS offered
// (never falls back to clear text), `none` to a non-loopback host (before any network), 4xx/5xx
// replies classified, a dropped connection after DATA reported as unknown, AUTH redacted.
#include "core/mail/smtptransport.h"
#include "support/smtptestserver.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace ardesk;
using namespace ardesk::test;

class TestSmtpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void starttlsWithAuthReusesOneConnection();
    void implicitTls();
    void wrongPasswordRefused();
    void wrongCaRefused();
    void certificateForAnotherHostRefused();
    void starttlsIsRequired();
    void noneOnlyToLoopback();
    void repliesClassified();
    void droppedAfterDataIsUnknown();
    void authIsRedacted();
    void xoauth2Bearer();

private:
    /// The error with the end of the SMTP dialogue, for a failure message.
    static QString dump(const SmtpTransport &t, const QString &error)
    {
        return error + QStringLiteral(" | ")
                + t.lastDialogue().mid(t.lastDialogue().size() - 12).join(QStringLiteral(" | "));
    }
    SmtpSettings settings(SmtpSettings::Security security, const QString &ca) const
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_server.port();
        s.security = security;
        s.user = QStringLiteral("clerk");
        s.fromAddress = QStringLiteral("ar@acme.example");
        s.caFile = ca;
        s.timeoutSeconds = 10;
        return s;
    }
    static QByteArray message(int n)
    {
        return QStringLiteral("From: ar@acme.example\r\nTo: ap@client.example\r\nSubject: "
                              "Test %1\r\nMessage-ID: <m%1@acme.example>\r\n\r\n.leading dot "
                              "line\r\nBody %1\r\n")
                .arg(n)
                .toUtf8();
    }
    QString cert(const char *name) const
    {
        return m_certs.filePath(QString::fromLatin1(name) + QStringLiteral("-cert.pem"));
    }
    QString prefix(const char *name) const { return m_certs.filePath(QString::fromLatin1(name)); }
    bool startServer(SmtpTestServer::Tls tls, const char *certName = "server",
                     const QStringList &extra
                     = {QStringLiteral("--auth"), QStringLiteral("clerk:s3cret-pw")})
    {
        return m_server.start(m_dir.filePath(QStringLiteral("server")), tls, prefix(certName),
                              extra);
    }

    ScratchDir m_certs;
    ScratchDir m_dir;
    SmtpTestServer m_server;
};

void TestSmtpTransport::initTestCase()
{
    QVERIFY(m_certs.renew());
    QVERIFY(makeCertificate(m_certs.path(), QStringLiteral("server"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost")));
    QVERIFY(makeCertificate(m_certs.path(), QStringLiteral("other"),
                            QStringLiteral("IP:127.0.0.1,DNS:localhost")));
    QVERIFY(makeCertificate(m_certs.path(), QStringLiteral("wronghost"),
                            QStringLiteral("DNS:wrong.example")));
}

void TestSmtpTransport::init()
{
    m_server.stop();
    QVERIFY(m_dir.renew());
}

void TestSmtpTransport::starttlsWithAuthReusesOneConnection()
{
    QVERIFY(startServer(SmtpTestServer::Tls::StartTls));
    SmtpTransport t(settings(SmtpSettings::Security::StartTls, cert("server")),
                    QStringLiteral("s3cret-pw"));
    for (int i = 1; i <= 3; ++i) {
        const auto d = t.send(
                message(i), QStringLiteral("ar@acme.example"),
                {QStringLiteral("ap@client.example"), QStringLiteral("cfo@client.example")});
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.replyCode, 250);
        QCOMPARE(d.queueId, QStringLiteral("Q%1").arg(i, 5, 10, QLatin1Char('0')));
        QVERIFY(d.reply.contains(QLatin1String("queued as")));
    }
    QCOMPARE(t.connectionsOpened(), 1);
    const auto log = m_server.log();
    QCOMPARE(log.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(log[i].value(QStringLiteral("tls")).toBool());
        QCOMPARE(log[i].value(QStringLiteral("auth_user")).toString(), QStringLiteral("clerk"));
        QCOMPARE(log[i].value(QStringLiteral("peer_port")),
                 log[0].value(QStringLiteral("peer_port")));
        QCOMPARE(log[i].value(QStringLiteral("rcpt_tos")).toArray().size(), 2);
        // Exactly the bytes we handed over (dot-stuffing undone by the server).
        QCOMPARE(m_server.message(i + 1), message(i + 1));
    }
}

void TestSmtpTransport::implicitTls()
{
    QVERIFY(startServer(SmtpTestServer::Tls::Implicit));
    SmtpTransport t(settings(SmtpSettings::Security::Tls, cert("server")),
                    QStringLiteral("s3cret-pw"));
    const auto d = t.send(message(1), QStringLiteral("ar@acme.example"),
                          {QStringLiteral("ap@client.example")});
    QVERIFY2(d.ok(), qPrintable(dump(t, d.error)));
    QCOMPARE(m_server.log().size(), 1);
    QVERIFY(m_server.log()[0].value(QStringLiteral("tls")).toBool());
}

void TestSmtpTransport::wrongPasswordRefused()
{
    QVERIFY(startServer(SmtpTestServer::Tls::StartTls));
    SmtpTransport t(settings(SmtpSettings::Security::StartTls, cert("server")),
                    QStringLiteral("wrong"));
    const auto d = t.send(message(1), QStringLiteral("ar@acme.example"),
                          {QStringLiteral("ap@client.example")});
    QCOMPARE(int(d.kind), int(SmtpTransport::Delivery::Kind::NotSent));
    QVERIFY2(d.error.contains(QLatin1String("refused the login")), qPrintable(dump(t, d.error)));
    QVERIFY(!d.error.contains(QLatin1String("wrong")) || d.error.contains(QLatin1String("clerk")));
    QCOMPARE(m_server.log().size(), 0);
}

void TestSmtpTransport::wrongCaRefused()
{
    QVERIFY(startServer(SmtpTestServer::Tls::StartTls));
    SmtpTransport t(settings(SmtpSettings::Security::StartTls, cert("other")),
                    QStringLiteral("s3cret-pw"));
    const auto d = t.send(message(1), QStringLiteral("ar@acme.example"),
                          {QStringLiteral("ap@client.example")});
    QCOMPARE(int(d.kind), int(SmtpTransport::Delivery::Kind::NotSent));
    QVERIFY2(d.error.contains(QLatin1String("certificate")), qPrintable(d.error));
    QCOMPARE(m_server.log().size(), 0);
    // And with the system store only (no CA file): our test CA is unknown there too.
    SmtpTransport system(settings(SmtpSettings::Security::StartTls, QString()),
                         QStringLiteral("s3cret-pw"));
    QVERIFY(!system.send(message(1), QStringLiteral("ar@acme.example"),
                         {QStringLiteral("ap@client.example")})
                     .ok());
    QCOMPARE(m_server.log().size(), 0);
}

void TestSmtpTransport::certificateForAnotherHostRefused()
{
    QVERIFY(startServer(SmtpTestServer::Tls::Implicit, "wronghost"));
    SmtpTransport t(settings(SmtpSettings::Security::Tls, cert("wronghost")),
                    QStringLiteral("s3cret-pw"));
    const auto d = t.send(message(1), QStringLiteral("ar@acme.example"),
                          {QStringLiteral("ap@client.example")});
    QCOMPARE(int(d.kind), int(SmtpTransport::Delivery::Kind::NotSent));
    QVERIFY2(d.error.contains(QLatin1String("certificate")), qPrintable(d.error));
    QCOMPARE(m_server.log().size(), 0);
}

void TestSmtpTransport::starttlsIsRequired()
{
    // A server that offers no STARTTLS (and would accept AUTH in clear).
    QVERIFY(startServer(SmtpTestServer::Tls::None));
    SmtpTransport t(settings(SmtpSettings::Security::StartTls, cert("server")),
                    QStringLiteral("s3cret-pw"));
    const auto d = t.send(message(1), QStringLiteral("ar@acme.example"),
                          {QStringLiteral("ap@client.example")});
    QCOMPARE(int(d.kind), int(SmtpTransport::Delivery::Kind::NotSent));
    QVERIFY2(d.error.contains(QLatin1String("STARTTLS")), qPrintable(d.error));
    QCOMPARE(m_server.log().size(), 0);
    for (const QString &line : t.lastDialogue())
        QVERIFY2(!line.startsWith(QLatin1String("> AUTH"))
                         && !line.startsWith(QLatin1String("> MAIL")),
                 qPrintable(line));
}

void TestSmtpTransport::noneOnlyToLoopback()
{
    SmtpSettings s = settings(SmtpSettings::Security::None, QString());
    s.host = QStringLiteral("smtp.example.com");
    s.port = 25;
    SmtpTransport t(s, QStringLiteral("pw"));
    QElapsedTimer timer;
    timer.start();
    const auto d = t.send(message(1), QStringLiteral("ar@acme.example"),
                          {QStringLiteral("ap@client.example")});
    QCOMPARE(int(d.kind), int(SmtpTransport::Delivery::Kind::NotSent));
    QVERIFY2(d.error.contains(QLatin1String("loopback")), qPrintable(d.error));
    QVERIFY(t.lastDialogue().isEmpty()); // nothing was even attempted
    QCOMPARE(t.connectionsOpened(), 0);
    QVERIFY(timer.elapsed() < 1000);
    for (const char *h : {"localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"})
        QVERIFY2(SmtpSettings::isLoopbackHost(QString::fromLatin1(h)), h);
    for (const char *h : {"128.0.0.1", "localhost.evil.com", "10.0.0.1", "::2"})
        QVERIFY2(!SmtpSettings::isLoopbackHost(QString::fromLatin1(h)), h);

    // Plain SMTP to a loopback relay works.
    QVERIFY(startServer(SmtpTestServer::Tls::None, "server", {}));
    SmtpSettings local = settings(SmtpSettings::Security::None, QString());
    local.user.clear();
    SmtpTransport plain(local, QString());
    const auto ok = plain.send(message(2), QStringLiteral("ar@acme.example"),
                               {QStringLiteral("ap@client.example")});
    QVERIFY2(ok.ok(), qPrintable(ok.error));
}

void TestSmtpTransport::repliesClassified()
{
    QVERIFY(startServer(SmtpTestServer::Tls::StartTls, "server",
                        {QStringLiteral("--auth"), QStringLiteral("clerk:s3cret-pw"),
                         QStringLiteral("--reply"), QStringLiteral("busy@client.example=451"),
                         QStringLiteral("--reply"), QStringLiteral("gone@client.example=550")}));
    SmtpTransport t(settings(SmtpSettings::Security::StartTls, cert("server")),
                    QStringLiteral("s3cret-pw"));
    const auto busy = t.send(message(1), QStringLiteral("ar@acme.example"),
                             {QStringLiteral("busy@client.example")});
    QCOMPARE(int(busy.kind), int(SmtpTransport::Delivery::Kind::Temporary));
    QCOMPARE(busy.replyCode, 451);
    const auto gone
            = t.send(message(2), QStringLiteral("ar@acme.example"),
                     {QStringLiteral("ap@client.example"), QStringLiteral("gone@client.example")});
    QCOMPARE(int(gone.kind), int(SmtpTransport::Delivery::Kind::Permanent));
    QCOMPARE(gone.replyCode, 550);
    QVERIFY2(gone.error.contains(QLatin1String("550")), qPrintable(dump(t, gone.error)));
    const auto fine = t.send(message(3), QStringLiteral("ar@acme.example"),
                             {QStringLiteral("ap@client.example")});
    QVERIFY2(fine.ok(), qPrintable(fine.error));
    QCOMPARE(m_server.log().size(), 1);
}

void TestSmtpTransport::droppedAfterDataIsUnknown()
{
    QVERIFY(startServer(SmtpTestServer::Tls::StartTls, "server",
                        {QStringLiteral("--auth"), QStringLiteral("clerk:s3cret-pw"),
                         QStringLiteral("--drop-after"), QStringLiteral("1")}));
    SmtpTransport t(settings(SmtpSettings::Security::StartTls, cert("server")),
                    QStringLiteral("s3cret-pw"));
    QVERIFY(t.send(message(1), QStringLiteral("ar@acme.example"),
                   {QStringLiteral("ap@client.example")})
                    .ok());
    const auto d = t.send(message(2), QStringLiteral("ar@acme.example"),
                          {QStringLiteral("ap@client.example")});
    QCOMPARE(int(d.kind), int(SmtpTransport::Delivery::Kind::Unknown));
    QCOMPARE(m_server.log().size(), 1);
}

void TestSmtpTransport::authIsRedacted()
{
    QVERIFY(startServer(SmtpTestServer::Tls::StartTls));
    SmtpTransport t(settings(SmtpSettings::Security::StartTls, cert("server")),
                    QStringLiteral("s3cret-pw"));
    t.setVerbose(true);
    QVERIFY(t.send(message(1), QStringLiteral("ar@acme.example"),
                   {QStringLiteral("ap@client.example")})
                    .ok());
    const QString dialogue = t.lastDialogue().join(u'\n');
    QVERIFY(dialogue.contains(QLatin1String("> AUTH")));
    QVERIFY(dialogue.contains(QLatin1String("<redacted>")));
    QVERIFY(dialogue.contains(QLatin1String("250 2.0.0 Ok: queued as")));
    const QByteArray plain = QByteArray("\0clerk\0s3cret-pw", 16).toBase64();
    for (const QByteArray &secret :
         {QByteArray("s3cret-pw"), plain, QByteArray("s3cret-pw").toBase64(),
          QByteArray("clerk").toBase64()})
        QVERIFY2(!dialogue.toUtf8().contains(secret), secret.constData());
    QVERIFY(!dialogue.contains(QLatin1String(".leading dot"))); // no message content
}

void TestSmtpTransport::xoauth2Bearer()
{
    QVERIFY(startServer(SmtpTestServer::Tls::StartTls, "server",
                        {QStringLiteral("--auth"), QStringLiteral("clerk:unused-password"),
                         QStringLiteral("--token"), QStringLiteral("ya29.token-value")}));
    SmtpSettings s = settings(SmtpSettings::Security::StartTls, cert("server"));
    s.auth = SmtpSettings::Auth::XOAuth2;
    SmtpTransport t(s, QStringLiteral("ya29.token-value"));
    const auto d = t.send(message(1), QStringLiteral("ar@acme.example"),
                          {QStringLiteral("ap@client.example")});
    QVERIFY2(d.ok(), qPrintable(dump(t, d.error)));
    QVERIFY(t.lastDialogue().join(u'\n').contains(QLatin1String("> AUTH XOAUTH2 <redacted>")));
    QVERIFY(!t.lastDialogue().join(u'\n').contains(QLatin1String("ya29")));
    QCOMPARE(m_server.log().size(), 1);
    SmtpTransport wrong(s, QStringLiteral("expired-token"));
    const auto refused = wrong.send(message(2), QStringLiteral("ar@acme.example"),
                                    {QStringLiteral("ap@client.example")});
    QCOMPARE(int(refused.kind), int(SmtpTransport::Delivery::Kind::NotSent));
    QCOMPARE(m_server.log().size(), 1);
}

QTEST_GUILESS_MAIN(TestSmtpTransport)
#include "tst_smtptransport.moc"
