// SPDX-License-Identifier: MIT
#include "core/services/templateservice.h"
#include "core/services/authorization.h"

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
    if (auto a = authorize(*m_db, m_userId, Permission::EditPolicies); !a)
        return a.error();
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

namespace {
/// A key from a name: lower-case letters and digits, other runs become one dash.
QString keyFromName(const QString &name)
{
    QString key;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            key += c;
        else if (!key.isEmpty() && !key.endsWith(u'-'))
            key += u'-';
    }
    while (key.endsWith(u'-'))
        key.chop(1);
    return key.left(48).isEmpty() ? QStringLiteral("template") : key.left(48);
}
} // namespace

Result<NoteTemplate> TemplateService::create(NoteTemplate::Kind kind, const QString &name)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditPolicies); !a)
        return a.error();
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("name: a new template needs a name"));
    NoteTemplate t;
    t.kind = kind;
    t.name = name.trimmed();
    auto key = TemplateRepository(*m_db).freeKey(keyFromName(t.name));
    if (!key)
        return key.error();
    t.key = key.value();
    if (auto s = save(t); !s)
        return s.error();
    return t;
}

Result<NoteTemplate> TemplateService::duplicate(const QString &key)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditPolicies); !a)
        return a.error();
    TemplateRepository repo(*m_db);
    auto original = repo.find(key);
    if (!original)
        return original.error();
    NoteTemplate copy = original.value();
    auto free = repo.freeKey(keyFromName(key + QStringLiteral("-copy")));
    if (!free)
        return free.error();
    copy.id = 0;
    copy.version = 0;
    copy.key = free.value();
    copy.name = tr("%1 (copy)").arg(original.value().name);
    if (auto s = save(copy); !s)
        return s.error();
    return copy;
}

Result<QStringList> TemplateService::addDefaultsOf(const QString &language)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditPolicies); !a)
        return a.error();
    QStringList names;
    auto done = inTransaction(*m_db, [&]() -> Result<void> {
        TemplateRepository repo(*m_db);
        auto added = repo.addDefaultsOf(language);
        if (!added)
            return added.error();
        for (const QString &key : std::as_const(added.value())) {
            auto t = repo.find(key);
            if (!t)
                return t.error();
            names << t.value().name;
            if (auto r
                = AuditLog(*m_db, m_userId)
                          .record(QStringLiteral("template"), t.value().id,
                                  QStringLiteral("create"), QJsonObject(), auditForm(t.value()));
                !r)
                return r;
        }
        return {};
    });
    if (!done)
        return done.error();
    return names;
}

Result<void> TemplateService::remove(const NoteTemplate &tmpl)
{
    if (auto a = authorize(*m_db, m_userId, Permission::EditPolicies); !a)
        return a.error();
    if (shippedDefault(tmpl.key))
        return makeError(ErrorCode::InvalidValue,
                         tr("\"%1\" ships with ARDesk and cannot be deleted; duplicate it to "
                            "make your own version")
                                 .arg(tmpl.name));
    return inTransaction(*m_db, [&]() -> Result<void> {
        TemplateRepository repo(*m_db);
        auto using_ = repo.policiesUsing(tmpl.key);
        if (!using_)
            return using_.error();
        if (!using_.value().isEmpty())
            return makeError(ErrorCode::InvalidValue,
                             tr("\"%1\" is sent by the reminder policy %2; change the policy "
                                "first")
                                     .arg(tmpl.name, using_.value().join(QStringLiteral(", "))));
        if (auto r = repo.remove(tmpl); !r)
            return r;
        return AuditLog(*m_db, m_userId)
                .record(QStringLiteral("template"), tmpl.id, QStringLiteral("delete"),
                        auditForm(tmpl), QJsonObject());
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
