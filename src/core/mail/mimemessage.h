// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/clock.h"

#include "core/mail/address.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ardesk {

/// A file sent with a message.
struct MailAttachment
{
    QString fileName; ///< display name only, never a path
    QString mimeType; ///< empty: application/octet-stream
    QByteArray bytes;
};

/// An e-mail message and the exact bytes we send for it (libcurl adds nothing).
///
/// toBytes(clock) produces RFC 5322 / MIME: Date (`date`, else the clock's now), Message-ID (at the
/// From domain), From, To, Cc, Reply-To, Subject (RFC 2047 for non-ASCII), MIME-Version;
/// multipart/alternative (text/plain + text/html, UTF-8, quoted-printable), inside multipart/mixed
/// when there are attachments (base64 in 76-character lines, file names RFC 2231 + RFC 2047
/// encoded). CRLF everywhere, no line longer than 78 octets in headers or bodies. Every address and
/// header value is checked first (control characters refused); the error names the field.
///
/// parse() reads back a message produced by toBytes() (not arbitrary mail): the GUI and the
/// automatic note use it to show what was stored.
class MimeMessage
{
public:
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    MailAddress replyTo; ///< invalid: none
    QString subject;
    QString text; ///< the plain-text part (LF or CRLF line ends; sent as CRLF)
    QString html; ///< the HTML part; empty: a single text/plain part
    QList<MailAttachment> attachments;
    QDateTime date; ///< invalid: now
    QString messageId; ///< without <>; empty: generated at the From domain

    /// Every recipient of the envelope (To then Cc), without duplicates.
    QList<MailAddress> recipients() const;
    /// Checks every address and header value (and that there is a recipient).
    Result<void> validate() const;
    /// The message as sent. Fills `date` and `messageId` when they are empty, so a caller can
    /// store them.
    Result<QByteArray> toBytes(const Clock &clock);

    /// A new globally unique id "<random>.<time>@domain" (without <>).
    static QString newMessageId(const QString &domain, const QDateTime &date);
    /// RFC 2047 encoded-words (UTF-8, base64) for a header value when it is not plain ASCII;
    /// `firstLineUsed` is the room taken on the first line by the header name.
    static QByteArray encodeHeaderText(const QString &value, int firstLineUsed = 0);
    /// Quoted-printable of UTF-8 text with CRLF line ends and soft breaks at 76 characters.
    static QByteArray quotedPrintable(const QString &text);
    /// Base64 in lines of 76 characters, each ended by CRLF.
    static QByteArray base64Lines(const QByteArray &bytes);
    /// "Wed, 25 Nov 2026 19:40:00 +0000" (English names, whatever the locale).
    static QByteArray rfc5322Date(const QDateTime &when);

    /// Reads a message that toBytes() produced.
    static Result<MimeMessage> parse(const QByteArray &eml);
    /// RFC 2047 encoded-words in a header value decoded (UTF-8, ISO-8859-1; B and Q).
    static QString decodeHeaderText(const QByteArray &value);

    Q_DECLARE_TR_FUNCTIONS(MimeMessage)
};

} // namespace ardesk
