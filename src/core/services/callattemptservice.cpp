// SPDX-License-Identifier: MIT
#include "core/services/callattemptservice.h"
#include "core/services/authorization.h"

#include "core/storage/auditlog.h"
#include "core/storage/callattemptrepository.h"
#include "core/storage/transaction.h"
#include "core/support/timeutil.h"

#include <QJsonObject>

namespace ardesk {

Result<CallAttempt> CallAttemptService::dial(qint64 clientId, const Contact &contact,
                                             const Phone &phone)
{
    if (auto a = authorize(*m_db, m_userId, Permission::LogOwnNote); !a)
        return a.error();
    if (m_userId == 0)
        return makeError(ErrorCode::InvalidValue, tr("a dialled call needs a user"));
    if (!phone.isValid())
        return makeError(ErrorCode::InvalidValue,
                         tr("number \"%1\": not a number that can be dialled").arg(phone.raw));
    if (contact.doNotContact)
        return makeError(ErrorCode::InvalidValue,
                         tr("contact \"%1\" asked not to be contacted").arg(contact.name));
    if (contact.clientId != 0 && contact.clientId != clientId)
        return makeError(
                ErrorCode::InvalidValue,
                tr("contact \"%1\" is not a contact of client %2").arg(contact.name).arg(clientId));
    CallAttempt attempt;
    attempt.clientId = clientId;
    attempt.contactId = contact.id;
    attempt.contactName = contact.name;
    attempt.userId = m_userId;
    attempt.number = phone.e164;
    attempt.extension = phone.extension;
    attempt.dialledAt = m_db->clock()->now().toUTC();
    auto done = inTransaction(
            *m_db, [&]() -> Result<void> { return CallAttemptRepository(*m_db).insert(attempt); });
    if (!done)
        return done.error();
    return attempt;
}

Result<CallAttempt> CallAttemptService::find(qint64 attemptId) const
{
    return CallAttemptRepository(*m_db).find(attemptId);
}

Result<void> CallAttemptService::dismiss(qint64 attemptId)
{
    if (auto a = authorize(*m_db, m_userId, Permission::LogOwnNote); !a)
        return a.error();
    return inTransaction(*m_db, [&]() -> Result<void> {
        CallAttemptRepository calls(*m_db);
        auto attempt = calls.find(attemptId);
        if (!attempt)
            return attempt.error();
        if (attempt.value().userId != m_userId)
            return makeError(ErrorCode::InvalidValue,
                             tr("only the user who dialled the call may say it did not take "
                                "place"));
        if (auto d = calls.dismiss(attemptId); !d)
            return d;
        return AuditLog(*m_db, m_userId)
                .record(QStringLiteral("call_attempt"), attemptId, QStringLiteral("dismiss"), {},
                        QJsonObject {{QStringLiteral("client_id"), attempt.value().clientId},
                                     {QStringLiteral("contact"), attempt.value().contactName},
                                     {QStringLiteral("dialled_at"),
                                      timeutil::toStorage(attempt.value().dialledAt)}});
    });
}

} // namespace ardesk
