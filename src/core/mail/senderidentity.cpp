// SPDX-License-Identifier: MIT
#include "core/mail/senderidentity.h"

#include "core/storage/userrepository.h"

namespace ardesk {
namespace {

bool speaks(const User *user)
{
    return user && user->active && !user->email.trimmed().isEmpty();
}

Result<SenderIdentity> companySender(const SmtpSettings &smtp)
{
    SenderIdentity s;
    s.envelopeFrom = smtp.fromAddress;
    s.name = smtp.fromName;
    s.email = smtp.replyTo.isEmpty() ? smtp.fromAddress : smtp.replyTo;
    s.signature = smtp.signature;
    if (!smtp.fromAddress.isEmpty()) {
        auto from = MailAddress::create(smtp.fromAddress, smtp.fromName, QStringLiteral("from"));
        if (!from)
            return from.error();
        s.from = from.value();
    }
    if (!smtp.replyTo.isEmpty()) {
        auto reply = MailAddress::parse(smtp.replyTo, QStringLiteral("reply-to"));
        if (!reply)
            return reply.error();
        s.replyTo = reply.value();
    }
    return s;
}

} // namespace

Result<SenderIdentity> SenderIdentity::of(const SmtpSettings &smtp, const User *user)
{
    if (!speaks(user)) {
        auto company = companySender(smtp);
        // An active user without an address still signs with their name ({{sender.name}}, used
        // when there is no signature); From, Reply-To and signature stay the company's.
        if (company && user && user->active)
            company.value().name = user->shownName();
        return company;
    }
    auto own = MailAddress::create(user->email.trimmed(), user->shownName(),
                                   tr("e-mail of user %1").arg(user->name));
    if (!own)
        return own.error();
    SenderIdentity s;
    s.userId = user->id;
    s.envelopeFrom = smtp.fromAddress;
    s.name = user->shownName();
    s.email = own.value().address();
    s.signature = user->signature;
    s.replyTo = own.value();
    if (!smtp.fromAddress.isEmpty()) {
        auto account = MailAddress::create(smtp.fromAddress, {}, QStringLiteral("from"));
        if (!account)
            return account.error();
        const bool sameDomain
                = account.value().domain().compare(own.value().domain(), Qt::CaseInsensitive) == 0;
        auto from = MailAddress::create(sameDomain ? own.value().address() : smtp.fromAddress,
                                        s.name, QStringLiteral("from"));
        if (!from)
            return from.error();
        s.from = from.value();
    }
    return s;
}

Result<SenderIdentity> SenderIdentity::load(const Database &db, const SmtpSettings &smtp,
                                            qint64 userId)
{
    if (!userId)
        return of(smtp, nullptr);
    auto user = UserRepository(db).find(userId);
    if (!user && user.error().code == ErrorCode::NotFound)
        return of(smtp, nullptr);
    if (!user)
        return user.error();
    return of(smtp, &user.value());
}

} // namespace ardesk
