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
    /// The shipped default for a template's key (to offer "restore default"), if there is one.
    static Result<NoteTemplate> shippedDefault(const QString &key);

private:
    std::shared_ptr<Database> m_db;
    qint64 m_userId = 0;

    Q_DECLARE_TR_FUNCTIONS(TemplateService)
};

} // namespace ardesk
