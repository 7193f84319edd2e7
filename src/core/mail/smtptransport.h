// SPDX-License-Identifier: MIT
#pragma once

#include "core/mail/smtpsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace ardesk {

/// Sends stored messages to an SMTP server over libcurl, reusing one connection for a batch.
///
/// Security is not negotiable: `tls` uses smtps://, `starttls` uses smtp:// with STARTTLS
/// required (CURLUSESSL_ALL: a server that does not offer it makes the send fail, nothing goes
/// out in clear), certificate and host name verification are always on (a private CA may be
/// given as a PEM file), TLS 1.2 or newer, protocols limited to smtp/smtps, `none` only to a
/// loopback host (refused before any network I/O otherwise). Authentication by password or an
/// OAuth2 bearer token (XOAUTH2). The bytes given to send() are uploaded exactly as they are.
///
/// With verbose on, the SMTP dialogue goes to the log at debug level with the AUTH exchange
/// redacted; message content is never logged. Not thread-safe: one transport per thread (it may
/// be created on one thread and used on another, one at a time).
class SmtpTransport
{
public:
    /// How one message went.
    struct Delivery
    {
        enum class Kind {
            Accepted, ///< the server took the message (reply 250)
            NotSent, ///< nothing reached the DATA phase: connection, TLS, login or setup failed
            Temporary, ///< a 4xx reply: try again later
            Permanent, ///< a 5xx reply: retrying will not help
            Unknown, ///< the message was uploaded but no final reply came back
        };
        Kind kind = Kind::NotSent;
        int replyCode = 0;
        QString reply; ///< the server's last reply line
        QString queueId; ///< "queued as X" from the reply, when the server says so
        QString error; ///< what went wrong, for the user (never contains the secret)
        bool ok() const { return kind == Kind::Accepted; }
    };

    /// `secret` is the password (or bearer token for XOAUTH2); it is kept in memory only.
    SmtpTransport(SmtpSettings settings, QString secret);
    ~SmtpTransport();
    SmtpTransport(const SmtpTransport &) = delete;
    SmtpTransport &operator=(const SmtpTransport &) = delete;

    /// The settings checks that run before any network I/O (also done by send()).
    Result<void> checkSettings() const;
    /// Sends `eml` (exact bytes, CRLF line ends) from `from` to `recipients` (bare addresses).
    Delivery send(const QByteArray &eml, const QString &from, const QStringList &recipients);
    /// Closes the connection (the next send opens a new one).
    void close();

    void setVerbose(bool verbose) { m_verbose = verbose; }
    /// How many connections this transport opened so far.
    int connectionsOpened() const { return m_connections; }
    /// The SMTP dialogue of the last send (AUTH redacted, no message content).
    QStringList lastDialogue() const { return m_dialogue; }

    /// libcurl's debug callback (internal).
    void onDebug(int type, const char *data, size_t size);
    /// libcurl's read callback (internal).
    size_t onRead(char *buffer, size_t size);

private:
    Delivery perform(const QByteArray &eml, const QString &from, const QStringList &recipients,
                     bool freshConnection);

    SmtpSettings m_settings;
    QString m_secret;
    void *m_curl = nullptr;
    bool m_verbose = false;
    int m_connections = 0;
    QByteArray m_upload;
    qsizetype m_uploadPos = 0;
    bool m_uploadDone = false;
    bool m_inAuth = false;
    bool m_reusedLast = false;
    bool m_quitSent = false;
    QStringList m_dialogue;
    QString m_lastReply;

    Q_DECLARE_TR_FUNCTIONS(SmtpTransport)
};

} // namespace ardesk
