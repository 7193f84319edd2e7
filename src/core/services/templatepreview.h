// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notetemplate.h"
#include "core/mail/templaterenderer.h"
#include "core/storage/database.h"

#include <memory>

#include <QCoreApplication>

namespace ardesk {

/// A template rendered as the template editor previews it: with the example values of every
/// variable, or with a client's data addressed as a reminder would be (its billing contact
/// first). Read-only; runs on the calling thread's connection.
class TemplatePreview
{
    Q_DECLARE_TR_FUNCTIONS(TemplatePreview)
public:
    TemplatePreview(std::shared_ptr<Database> db, qint64 senderUserId)
        : m_db(std::move(db))
        , m_senderUserId(senderUserId)
    { }

    /// `clientCode` empty: the example values. An unknown code, data the template needs but the
    /// client lacks, or a template that does not render come back as an Error.
    Result<TemplateRenderer::Rendered> render(const NoteTemplate &tmpl,
                                              const QString &clientCode) const;

private:
    Result<QJsonObject> clientData(const QString &clientCode) const;

    std::shared_ptr<Database> m_db;
    qint64 m_senderUserId = 0;
};

} // namespace ardesk
