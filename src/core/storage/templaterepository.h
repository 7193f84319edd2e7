// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Templates kept as data in the company file (note templates, e-mail templates, call scripts).
/// The defaults ship in resources/templates/note-templates.json and are seeded once per key:
/// seeding never overwrites a template the user edited. Writes run in the caller's transaction.
class TemplateRepository
{
public:
    /// Works on the calling thread's connection to `db`.
    explicit TemplateRepository(const Database &db)
        : TemplateRepository(db.connection())
    { }
    explicit TemplateRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    /// The default templates as shipped (parsed from the resource).
    static Result<QList<NoteTemplate>> defaults();
    /// Inserts the defaults whose key is missing; idempotent. Returns how many were added.
    Result<int> seedDefaults();
    /// Templates of a kind, by name.
    Result<QList<NoteTemplate>> list(NoteTemplate::Kind kind) const;
    Result<NoteTemplate> find(const QString &key) const;
    /// Inserts (id 0) or updates a template. Optimistic: an update whose `version` is not the
    /// stored one is refused with Conflict; on success `version` and `updatedAt` are current.
    Result<void> save(NoteTemplate &tmpl);
    /// Deletes the template as read: Conflict when it was saved since (its `version` moved) or
    /// is gone.
    Result<void> remove(const NoteTemplate &tmpl);
    /// The names of the reminder policies with a step that sends this template.
    Result<QStringList> policiesUsing(const QString &key) const;
    /// `base` when no template has that key, else `base-2`, `base-3`, …
    Result<QString> freeKey(const QString &base) const;

private:
    QSqlDatabase m_db;

    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)
};

} // namespace ardesk
