// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ardesk {

/// Templates kept as data in the company file (note templates, e-mail templates, call scripts).
/// The defaults ship in resources/templates/note-templates.json and email-templates.json
/// (English) and in resources/templates/de/ (German, the same keys and variables) and are seeded
/// once per key: seeding never overwrites a template the user edited. Writes run in the caller's
/// transaction.
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

    /// The languages a default set ships in: "en" (the first) and "de".
    static QStringList defaultLanguages();
    /// The default templates as shipped in `language` (parsed from the resource); an error for
    /// a language none ships in.
    static Result<QList<NoteTemplate>> defaults(const QString &language = QStringLiteral("en"));
    /// Inserts the (English) defaults whose key is missing; idempotent. Returns how many were
    /// added.
    Result<int> seedDefaults();
    /// Gives the defaults nobody changed (still the shipped version 1) the text of `language`'s
    /// set, keys unchanged, so reminder policies keep sending them: what a company created in
    /// that language starts with. Returns how many were rewritten.
    Result<int> useDefaultsOf(const QString &language);
    /// Adds `language`'s default set beside the templates there, changing none: each under its
    /// own key, or "<key>-<language>" when that key is taken by a template in another language;
    /// one already there (same key, or the suffixed key) is skipped. Returns the added keys.
    Result<QStringList> addDefaultsOf(const QString &language);
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
