// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/user.h"
#include "core/mail/address.h"
#include "core/mail/smtpsettings.h"

#include <QCoreApplication>

namespace ardesk {

class Database;

/// Who a message speaks for: the From name and address, the Reply-To and the signature a
/// customer sees, and the envelope sender the SMTP server is handed (docs/email.md, "Who a
/// message speaks for").
///
/// The rule, stated here once: an active user with an e-mail address speaks for themselves —
/// their display name, their address as Reply-To, their signature (none: the templates sign with
/// the name and the company). The From address is theirs only when it is on the domain of the
/// SMTP account's address (that domain's SPF and DKIM cover it); otherwise it stays the account's
/// address with the user's name. Anyone else (no user, no e-mail address, inactive) lets the
/// company's sender speak: the SMTP settings' From name, Reply-To and signature ({{sender.name}}
/// stays an active user's name). The envelope sender (MAIL FROM, where bounces go) is always the
/// SMTP account's address.
struct SenderIdentity
{
    qint64 userId = 0; ///< the user spoken for; 0: the company's sender
    MailAddress from; ///< invalid while e-mail is not set up (a preview without SMTP settings)
    MailAddress replyTo; ///< invalid: none
    QString envelopeFrom;
    QString name; ///< {{sender.name}}
    QString email; ///< {{sender.email}}: where a reply reaches
    QString signature; ///< {{sender.signature}}

    bool speaksForUser() const { return userId != 0; }

    /// The identity of a message that speaks for `user` (null: the company's sender).
    /// Fails only on settings that hold an invalid address, naming the field.
    static Result<SenderIdentity> of(const SmtpSettings &smtp, const User *user);
    /// of() for the user with this id read on this thread's connection of `db` (0, or a user
    /// that no longer exists: the company's sender).
    static Result<SenderIdentity> load(const Database &db, const SmtpSettings &smtp, qint64 userId);

    Q_DECLARE_TR_FUNCTIONS(SenderIdentity)
};

} // namespace ardesk
