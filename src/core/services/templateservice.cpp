// SPDX-License-Identifier: MIT
#include "core/services/templateservice.h"

#include "core/storage/auditlog.h"
#include "core/storage/templaterepository.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ardesk {

namespace {
QJsonObject auditForm(const NoteTemplate &t)
{
    return QJsonObject {{QStringLiteral("key"), t.key},
                        {QStringLiteral("kind"), toString(t.kind)},
                        {QStringLiteral("name"), t.name},
                        {QStringLiteral("subject"), t.subject},
                        {QStringLiteral("body_text"), t.bodyText},
                        {QStringLiteral("body_html"), t.bodyHtml},
                        {QStringLiteral("fields"), QString::fromUtf8(t.fieldsToJson())}};
}
} // namespace

Result<void> TemplateService::save(NoteTemplate &tmpl)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        TemplateRepository repo(*m_db);
        QJsonObject before;
        if (tmpl.id != 0) {
            auto stored = repo.find(tmpl.key);
            if (stored && stored.value().id == tmpl.id)
                before = auditForm(stored.value());
        }
        if (auto s = repo.save(tmpl); !s)
            return s;
        return AuditLog(*m_db, m_userId)
                .record(QStringLiteral("template"), tmpl.id,
                        before.isEmpty() ? QStringLiteral("create") : QStringLiteral("update"),
                        before, auditForm(tmpl));
    });
}

Result<NoteTemplate> TemplateService::shippedDefault(const QString &key)
{
    auto all = TemplateRepository::defaults();
    if (!all)
        return all.error();
    for (const NoteTemplate &t : all.value()) {
        if (t.key == key)
            return t;
    }
    return makeError(ErrorCode::NotFound, tr("\"%1\" is not a shipped template").arg(key));
}

} // namespace ardesk
