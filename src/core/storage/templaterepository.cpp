// SPDX-License-Identifier: MIT
#include "core/storage/templaterepository.h"

#include "core/storage/sql.h"
#include "core/support/timeutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ardesk {
namespace {

const char kColumns[] = "SELECT id, key, kind, name, subject, body_text, body_html, fields_json, "
                        "is_default, updated_at, version FROM templates ";

Result<NoteTemplate> fromRow(const QSqlQuery &q)
{
    NoteTemplate t;
    t.id = q.value(0).toLongLong();
    t.key = q.value(1).toString();
    t.kind = templateKindFromString(q.value(2).toString()).value_or(NoteTemplate::Kind::Note);
    t.name = q.value(3).toString();
    t.subject = q.value(4).toString();
    t.bodyText = q.value(5).toString();
    t.bodyHtml = q.value(6).toString();
    auto fields = NoteTemplate::fieldsFromJson(q.value(7).toString().toUtf8());
    if (!fields)
        return makeError(
                ErrorCode::Corrupt,
                TemplateRepository::tr("template %1: %2").arg(t.key, fields.errorString()));
    t.fields = fields.value();
    t.isDefault = q.value(8).toBool();
    t.updatedAt = timeutil::instantFromStorage(q.value(9).toString());
    t.version = q.value(10).toInt();
    return t;
}

/// How a shipped template goes in: as the company's default (skipped when its key is taken), or
/// added beside the company's own (another language's set; the caller chose a free key).
enum class Shipped { AsDefault, Added };

Result<void> insertShipped(const QSqlDatabase &db, const NoteTemplate &t, Shipped how,
                           const QString &now)
{
    const bool asDefault = how == Shipped::AsDefault;
    auto r = sql::write(
            db,
            QStringLiteral("INSERT INTO templates (key, kind, name, subject, "
                           "body_text, body_html, fields_json, is_default, "
                           "updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,1)")
                    + (asDefault ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString()),
            {t.key, toString(t.kind), t.name, t.subject, t.bodyText, t.bodyHtml,
             QString::fromUtf8(t.fieldsToJson()), asDefault ? 1 : 0, now});
    if (!r)
        return r.error();
    return {};
}

} // namespace

QStringList TemplateRepository::defaultLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

Result<QList<NoteTemplate>> TemplateRepository::defaults(const QString &language)
{
    if (!defaultLanguages().contains(language))
        return makeError(ErrorCode::InvalidValue,
                         tr("no default templates in the language \"%1\" (there are: %2)")
                                 .arg(language, defaultLanguages().join(QStringLiteral(", "))));
    // English in the resource folder itself, another language in its own subfolder.
    const QString folder = language == QLatin1String("en")
            ? QStringLiteral(":/ardesk/templates/")
            : QStringLiteral(":/ardesk/templates/%1/").arg(language);
    QJsonArray shipped;
    // Note templates and call scripts, then the e-mail templates (issue 5).
    for (const char *file : {"note-templates.json", "email-templates.json"}) {
        const QString resource = folder + QString::fromLatin1(file);
        QFile f(resource);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(
                    ErrorCode::Io,
                    tr("the default templates are missing from the build (%1)").arg(resource));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
        if (err.error != QJsonParseError::NoError)
            return makeError(ErrorCode::Corrupt,
                             tr("default templates: %1").arg(err.errorString()));
        for (const QJsonValue &v : doc.object().value(QStringLiteral("templates")).toArray())
            shipped.append(v);
    }
    QList<NoteTemplate> out;
    for (const QJsonValue &v : std::as_const(shipped)) {
        const QJsonObject o = v.toObject();
        NoteTemplate t;
        t.key = o.value(QStringLiteral("key")).toString();
        const auto kind = templateKindFromString(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return makeError(ErrorCode::Corrupt,
                             tr("default template %1: unknown kind").arg(t.key));
        t.kind = *kind;
        t.name = o.value(QStringLiteral("name")).toString();
        t.subject = o.value(QStringLiteral("subject")).toString();
        t.bodyText = o.value(QStringLiteral("body_text")).toString();
        t.bodyHtml = o.value(QStringLiteral("body_html")).toString();
        auto fields = NoteTemplate::fieldsFromJson(
                QJsonDocument(o.value(QStringLiteral("fields")).toArray()).toJson());
        if (!fields)
            return makeError(ErrorCode::Corrupt,
                             tr("default template %1: %2").arg(t.key, fields.errorString()));
        t.fields = fields.value();
        t.isDefault = true;
        if (auto r = t.validate(); !r)
            return makeError(ErrorCode::Corrupt,
                             tr("default template %1: %2").arg(t.key, r.errorString()));
        out.append(t);
    }
    return out;
}

Result<int> TemplateRepository::seedDefaults()
{
    auto shipped = defaults();
    if (!shipped)
        return shipped.error();
    auto existing = sql::exec(m_db, QStringLiteral("SELECT key FROM templates"));
    if (!existing)
        return existing.error();
    QSet<QString> keys;
    while (existing.value().next())
        keys.insert(existing.value().value(0).toString());
    QList<NoteTemplate> missing;
    for (const NoteTemplate &t : shipped.value()) {
        if (!keys.contains(t.key))
            missing.append(t);
    }
    if (missing.isEmpty())
        return 0;
    const QString now = sql::nowUtc(m_db);
    for (const NoteTemplate &t : std::as_const(missing)) {
        auto r = insertShipped(m_db, t, Shipped::AsDefault, now);
        if (!r)
            return r.error();
    }
    return int(missing.size());
}

Result<int> TemplateRepository::useDefaultsOf(const QString &language)
{
    auto shipped = defaults(language);
    if (!shipped)
        return shipped.error();
    int rewritten = 0;
    for (const NoteTemplate &t : shipped.value()) {
        // Version 1 with is_default: seeded and never saved since, by anyone.
        auto r = sql::exec(m_db,
                           QStringLiteral("UPDATE templates SET name = ?, subject = ?, "
                                          "body_text = ?, body_html = ?, fields_json = ? "
                                          "WHERE key = ? AND kind = ? AND is_default = 1 "
                                          "AND version = 1"),
                           {t.name, t.subject, t.bodyText, t.bodyHtml,
                            QString::fromUtf8(t.fieldsToJson()), t.key, toString(t.kind)});
        if (!r)
            return r.error();
        rewritten += r.value().numRowsAffected() > 0 ? 1 : 0;
    }
    return rewritten;
}

Result<QStringList> TemplateRepository::addDefaultsOf(const QString &language)
{
    auto shipped = defaults(language);
    if (!shipped)
        return shipped.error();
    auto existing = sql::exec(m_db, QStringLiteral("SELECT key, name FROM templates"));
    if (!existing)
        return existing.error();
    QSet<QString> keys, names;
    while (existing.value().next()) {
        keys.insert(existing.value().value(0).toString());
        names.insert(existing.value().value(1).toString());
    }
    const QString now = sql::nowUtc(m_db);
    QStringList added;
    for (NoteTemplate t : shipped.value()) {
        const QString own = t.key + u'-' + language;
        // The set is there already: under its key with its text, or under the suffixed key.
        if (keys.contains(own) || (keys.contains(t.key) && names.contains(t.name)))
            continue;
        if (keys.contains(t.key))
            t.key = own;
        auto r = insertShipped(m_db, t, Shipped::Added, now);
        if (!r)
            return r.error();
        keys.insert(t.key);
        added << t.key;
    }
    return added;
}

Result<QList<NoteTemplate>> TemplateRepository::list(NoteTemplate::Kind kind) const
{
    auto q = sql::exec(m_db,
                       QString::fromLatin1(kColumns)
                               + QStringLiteral("WHERE kind = ? "
                                                "ORDER BY name, key"),
                       {toString(kind)});
    if (!q)
        return q.error();
    QList<NoteTemplate> out;
    while (q.value().next()) {
        auto t = fromRow(q.value());
        if (!t)
            return t.error();
        out.append(t.value());
    }
    return out;
}

Result<NoteTemplate> TemplateRepository::find(const QString &key) const
{
    auto q = sql::exec(m_db, QString::fromLatin1(kColumns) + QStringLiteral("WHERE key = ?"),
                       {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("no template \"%1\"").arg(key));
    return fromRow(q.value());
}

Result<void> TemplateRepository::save(NoteTemplate &t)
{
    if (auto v = t.validate(); !v)
        return v;
    const QString now = sql::nowUtc(m_db);
    const QString fields = QString::fromUtf8(t.fieldsToJson());
    if (t.id == 0) {
        auto r = sql::write(
                m_db,
                QStringLiteral("INSERT INTO templates (key, kind, name, subject, "
                               "body_text, body_html, fields_json, is_default, "
                               "updated_at, version) VALUES (?,?,?,?,?,?,?,0,?,1)"),
                {t.key, toString(t.kind), t.name, t.subject, t.bodyText, t.bodyHtml, fields, now});
        if (!r) {
            if (r.errorString().contains(QLatin1String("UNIQUE")))
                return makeError(ErrorCode::Conflict,
                                 tr("key: a template \"%1\" already exists").arg(t.key));
            return r.error();
        }
        t.id = r.value().lastInsertId;
        t.version = 1;
        t.updatedAt = timeutil::instantFromStorage(now);
        return {};
    }
    auto r = sql::exec(m_db,
                       QStringLiteral("UPDATE templates SET key = ?, kind = ?, name = ?, "
                                      "subject = ?, body_text = ?, body_html = ?, fields_json = "
                                      "?, updated_at = ?, version = version + 1 WHERE id = ? AND "
                                      "version = ?"),
                       {t.key, toString(t.kind), t.name, t.subject, t.bodyText, t.bodyHtml, fields,
                        now, t.id, t.version});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("template \"%1\" was changed by someone else since you opened it; "
                            "reopen it and make your change again")
                                 .arg(t.name));
    ++t.version;
    t.updatedAt = timeutil::instantFromStorage(now);
    return {};
}

Result<void> TemplateRepository::remove(const NoteTemplate &t)
{
    auto r = sql::exec(m_db, QStringLiteral("DELETE FROM templates WHERE id = ? AND version = ?"),
                       {t.id, t.version});
    if (!r)
        return r.error();
    if (r.value().numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("template \"%1\" was changed by someone else since you opened it; "
                            "reopen it and try again")
                                 .arg(t.name));
    return {};
}

Result<QStringList> TemplateRepository::policiesUsing(const QString &key) const
{
    auto r = sql::exec(m_db,
                       QStringLiteral("SELECT DISTINCT p.name FROM policy_steps s JOIN "
                                      "reminder_policies p ON p.id = s.policy_id WHERE "
                                      "s.template_key = ? ORDER BY p.name"),
                       {key});
    if (!r)
        return r.error();
    QStringList names;
    while (r.value().next())
        names << r.value().value(0).toString();
    return names;
}

Result<QString> TemplateRepository::freeKey(const QString &base) const
{
    for (int n = 1; n < 1000; ++n) {
        const QString key = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        auto taken = sql::scalar(
                m_db, QStringLiteral("SELECT count(*) FROM templates WHERE key = ?"), {key}, 0);
        if (!taken)
            return taken.error();
        if (taken.value().toInt() == 0)
            return key;
    }
    return makeError(ErrorCode::Conflict, tr("key: no free key like \"%1\"").arg(base));
}

} // namespace ardesk
