// SPDX-License-Identifier: MIT
#include "core/services/templatepreview.h"

#include "core/mail/mailcontext.h"
#include "core/storage/clientrepository.h"
#include "core/storage/contactrepository.h"

namespace ardesk {
namespace {

/// The contact a reminder would go to: the billing contact, else the first one with an e-mail
/// (never one marked do-not-contact); 0 when there is none.
qint64 reminderAddressee(const QList<Contact> &contacts)
{
    qint64 chosen = 0;
    for (const Contact &c : contacts) {
        if (c.doNotContact || c.email.isEmpty())
            continue;
        if (!chosen || c.isBillingContact) {
            chosen = c.id;
            if (c.isBillingContact)
                break;
        }
    }
    return chosen;
}

} // namespace

Result<QJsonObject> TemplatePreview::clientData(const QString &clientCode) const
{
    auto client = ClientRepository(*m_db).findByCode(clientCode);
    if (!client)
        return makeError(ErrorCode::NotFound, tr("No client with code \"%1\"").arg(clientCode));
    auto smtp = SmtpSettings::load(*m_db);
    MailContext::Request request;
    request.clientId = client.value().id;
    request.senderUserId = m_senderUserId;
    if (auto contacts = ContactRepository(*m_db).forClient(client.value().id); contacts) {
        if (const qint64 chosen = reminderAddressee(contacts.value()))
            request.contactIds = {chosen};
    }
    return MailContext::build(*m_db, request, smtp ? smtp.value() : SmtpSettings());
}

Result<TemplateRenderer::Rendered> TemplatePreview::render(const NoteTemplate &tmpl,
                                                           const QString &clientCode) const
{
    QJsonObject data = MailContext::schema();
    if (!clientCode.isEmpty()) {
        auto built = clientData(clientCode);
        if (!built)
            return built.error();
        data = built.value();
    }
    return TemplateRenderer::render({tmpl.subject, tmpl.bodyText, tmpl.bodyHtml},
                                    MailContext::schema(), data);
}

} // namespace ardesk
