// SPDX-License-Identifier: MIT
#pragma once

#include "core/support/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ardesk {

/// One mailbox: a conservative RFC 5321 addr-spec with an optional display name.
///
/// Accepted: dot-atom local parts of ASCII atext (no quoted strings, no comments), a domain of
/// letters/digits/hyphen labels ending in an alphabetic TLD (an internationalised domain is
/// converted to its ASCII form), local part ≤ 64 octets, domain ≤ 255, path ≤ 256. C0 controls,
/// DEL and C1 controls are refused in the address and in the display name, so a value can never
/// inject a header line or an SMTP command. Every error names the field and the value.
class MailAddress
{
public:
    static constexpr int kMaxLocalPart = 64;
    static constexpr int kMaxDomain = 255;
    static constexpr int kMaxPath = 256; ///< "<" + address + ">"

    MailAddress() = default;

    /// A mailbox from its parts. `field` names the value in errors ("to", "from", ...).
    static Result<MailAddress> create(const QString &address, const QString &displayName = {},
                                      const QString &field = QStringLiteral("address"));
    /// "Jane Doe <jane@example.com>", "\"Doe, Jane\" <jane@example.com>" or "jane@example.com".
    static Result<MailAddress> parse(const QString &text,
                                     const QString &field = QStringLiteral("address"));
    /// A comma-separated list (commas inside quoted display names are kept).
    static Result<QList<MailAddress>> parseList(const QString &text,
                                                const QString &field = QStringLiteral("address"));

    bool isValid() const { return !m_address.isEmpty(); }
    QString address() const { return m_address; } ///< "jane@example.com" (ASCII)
    QString displayName() const { return m_displayName; }
    QString localPart() const { return m_address.section(u'@', 0, 0); }
    QString domain() const { return m_address.section(u'@', 1); }
    /// "Jane Doe <jane@example.com>" for people (not for headers: MimeMessage encodes those).
    QString toString() const;

    friend bool operator==(const MailAddress &a, const MailAddress &b)
    {
        return a.m_address.compare(b.m_address, Qt::CaseInsensitive) == 0;
    }

private:
    QString m_address;
    QString m_displayName;

    Q_DECLARE_TR_FUNCTIONS(MailAddress)
};

namespace mail {

/// Refuses C0 controls (CR, LF, TAB, NUL, ...), DEL and C1 controls in a header value; the error
/// names the field and shows the value with the control made visible.
Result<void> checkHeaderValue(const QString &field, const QString &value);
/// The value with control characters shown as \r, \n, \xNN (for error messages and logs).
QString visible(const QString &value);

} // namespace mail
} // namespace ardesk
