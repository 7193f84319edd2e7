// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ardesk {

class Database;

/// How ARDesk reaches its SMTP server, stored in the company file's settings table (keys
/// `smtp.*`). The password or OAuth2 token is never part of it: see SecretStore.
struct SmtpSettings
{
    enum class Security {
        Tls, ///< implicit TLS (smtps://, usually port 465)
        StartTls, ///< plain connect, then STARTTLS required (usually port 587)
        None, ///< no TLS at all: only to a loopback host (a local relay or a test server)
    };
    enum class Auth { Password, XOAuth2 };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; ///< empty: no AUTH
    Auth auth = Auth::Password;
    QString fromAddress;
    QString fromName;
    QString replyTo;
    QString signature; ///< plain text; offered to templates as {{sender.signature}}
    QString caFile; ///< PEM bundle for a private relay; empty: the system store
    int ratePerMinute = 30; ///< 0: no limit
    int ratePerDay = 1000; ///< 0: no limit
    int maxAttempts = 5; ///< temporary failures before a message is parked
    int timeoutSeconds = 60;

    bool isConfigured() const { return !host.isEmpty() && !fromAddress.isEmpty(); }
    /// The same settings with the spaces a paste leaves around the host, the login and the
    /// addresses taken off (`--host "127.0.0.1 "` is the host 127.0.0.1).
    SmtpSettings trimmed() const;
    /// Checks every field; the error names the field and the value. `none` is refused unless
    /// the host is a loopback host (127.0.0.0/8, ::1, localhost).
    Result<void> validate() const;
    /// The account name used in the keychain: "user@host:port".
    QString secretKey() const;
    QJsonObject toJson() const;

    /// From this thread's connection of `db`.
    static Result<SmtpSettings> load(const Database &db);
    /// Validates, then writes every key (inside the caller's write transaction, on this thread's
    /// connection of `db`) with an audit row naming `userId`.
    Result<void> save(const Database &db, qint64 userId = 0) const;

    static bool isLoopbackHost(const QString &host);

    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)
};

QString toString(SmtpSettings::Security security);
std::optional<SmtpSettings::Security> smtpSecurityFromString(QStringView text);
QString toString(SmtpSettings::Auth auth);
std::optional<SmtpSettings::Auth> smtpAuthFromString(QStringView text);

} // namespace ardesk
