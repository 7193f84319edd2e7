// SPDX-License-Identifier: MIT
// The real OS keychain path of the secret store: QtKeychain against gnome-keyring's Secret
// Service inside dbus-run-session (TOOLCHAIN trap 8), plus the environment store and a machine
// without a keychain (a clear error, no insecure fallback).
#include "core/mail/environmentsecretstore.h"
#include "core/mail/keychainsecretstore.h"
#include "support/testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace ardesk;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentStore();
    void realKeychain();
    void insideSession();
    void noKeychainFailsClearly();

private:
    static bool inSession() { return test::inKeyringSession(); }
};

void TestKeychain::environmentStore()
{
    qputenv("ARDESK_SMTP_TOKEN", "bearer-token");
    qunsetenv("ARDESK_SMTP_PASSWORD");
    auto token = EnvironmentSecretStore::forAuth(SmtpSettings::Auth::XOAuth2);
    QCOMPARE(token.read(QStringLiteral("k")).valueOr(QString()), QStringLiteral("bearer-token"));
    auto password = EnvironmentSecretStore::forAuth(SmtpSettings::Auth::Password);
    const auto missing = password.read(QStringLiteral("k"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.errorString().contains(QLatin1String("ARDESK_SMTP_PASSWORD")));
    QVERIFY(!password.write(QStringLiteral("k"), QStringLiteral("x")).ok());
}

void TestKeychain::realKeychain()
{
    ARDESK_RUN_IN_KEYRING_SESSION("TestKeychain", "insideSession", 60000);
}

void TestKeychain::insideSession()
{
    if (!inSession())
        QSKIP("runs inside dbus-run-session with an unlocked gnome-keyring (see realKeychain)");
    KeychainSecretStore store(QStringLiteral("ARDesk SMTP test"), 20000);
    const QString key = QStringLiteral("clerk@smtp.example.com:587");
    const auto none = store.read(key);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    VERIFY_OK(store.write(key, QStringLiteral("s3cret ünïcode")));
    QCOMPARE(store.read(key).valueOr(QString()), QStringLiteral("s3cret ünïcode"));
    VERIFY_OK(store.write(key, QStringLiteral("changed")));
    QCOMPARE(store.read(key).valueOr(QString()), QStringLiteral("changed"));
    VERIFY_OK(store.remove(key));
    QCOMPARE(store.read(key).error().code, ErrorCode::NotFound);
    VERIFY_OK(store.remove(key)); // removing what is not there is fine
}

void TestKeychain::noKeychainFailsClearly()
{
    if (inSession())
        QSKIP("a keychain is available in this run");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ardesk-test-bus");
    KeychainSecretStore store(QStringLiteral("ARDesk SMTP test"), 10000);
    const auto r = store.write(QStringLiteral("k"), QStringLiteral("never stored"));
    QVERIFY(!r.ok());
    QVERIFY2(!r.errorString().contains(QLatin1String("never stored")), qPrintable(r.errorString()));
    QVERIFY(!store.read(QStringLiteral("k")).ok());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
