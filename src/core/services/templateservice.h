// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"
#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>

namespace ardesk {

/// Editing templates (note templates, call scripts, e-mail templates) as a user: one write
/// transaction with the optimistic version check and a before/after audit row.
class TemplateService
{
public:
    TemplateService(std::shared_ptr<Database> db, qint64 userId)
        : m_db(std::move(db))
        , m_userId(userId)
    { }

    /// Saves `tmpl` (id 0 creates it); Conflict when someone saved it since it was read.
    Result<void> save(NoteTemplate &tmpl);
    /// A new, empty template of `kind` named `name` (its key made from the name), saved; a note
    /// template starts with no fields. Returns it as stored.
    Result<NoteTemplate> create(NoteTemplate::Kind kind, const QString &name);
    /// A copy of the template with this key under a new key and the name "… (copy)", saved.
    Result<NoteTemplate> duplicate(const QString &key);
    /// Deletes `tmpl` (as read; Conflict when it moved). Refused for a template that ships with
    /// ARDesk (it would come back; duplicate it instead) and for one a reminder policy sends,
    /// naming the policies.
    Result<void> remove(const NoteTemplate &tmpl);
    /// Adds the default set shipped in `language` ("en", "de") beside the company's templates,
    /// changing none (TemplateRepository::addDefaultsOf), with an audit row for each; the same
    /// permission as editing templates. Returns the names of the templates added (none when the
    /// set is there already).
    Result<QStringList> addDefaultsOf(const QString &language);
    /// The shipped default for a template's key (to offer "restore default"), if there is one.
    static Result<NoteTemplate> shippedDefault(const QString &key);

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(TemplateService)
};

} // namespace ardesk
