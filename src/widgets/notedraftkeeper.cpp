// SPDX-License-Identifier: MIT
#include "widgets/notedraftkeeper.h"

#include "core/services/notedraftservice.h"
#include "core/support/log.h"
#include "models/databaseworker.h"
#include "widgets/clientworkspace.h"
#include "widgets/notecomposer.h"
#include "widgets/notespane.h"
#include "widgets/session.h"

#include <QStatusBar>
#include <QTimer>

namespace ardesk {

NoteDraftKeeper::NoteDraftKeeper(const ActionContext &context)
    : QObject(context.window)
    , m_session(context.session)
    , m_composer(context.workspace->notesPane()->composer())
    , m_status(context.status)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kKeepAfterMs);
    connect(m_timer, &QTimer::timeout, this, &NoteDraftKeeper::keepNow);
    connect(m_composer, &NoteComposer::edited, m_timer, qOverload<>(&QTimer::start));
    // Saving: the note replaces the draft (NoteActions drops it in the same transaction).
    connect(m_composer, &NoteComposer::saveRequested, m_timer, &QTimer::stop);
    connect(m_composer, &NoteComposer::amendRequested, m_timer, &QTimer::stop);
    connect(m_composer, &NoteComposer::draftDiscarded, this, &NoteDraftKeeper::discard);
}

std::optional<NoteDraft> NoteDraftKeeper::load(const std::shared_ptr<Database> &db, qint64 clientId,
                                               qint64 userId)
{
    if (clientId <= 0 || userId <= 0)
        return std::nullopt;
    auto draft = NoteDraftService(db, userId).find(clientId);
    if (!draft) {
        log::warning(QStringLiteral("the draft of client %1 could not be read: %2")
                             .arg(clientId)
                             .arg(draft.errorString()));
        return std::nullopt;
    }
    return draft.value();
}

bool NoteDraftKeeper::arrive(qint64 clientId)
{
    const qint64 userId = m_session->currentUser().id;
    if (clientId == m_clientId && userId == m_userId)
        return false;
    keepNow();
    m_clientId = clientId;
    m_userId = userId;
    return true;
}

void NoteDraftKeeper::restore(const std::optional<NoteDraft> &draft)
{
    m_timer->stop();
    if (draft && draft->clientId == m_clientId && !draft->isEmpty())
        m_composer->restoreDraft(*draft);
    else
        m_composer->startNew();
}

void NoteDraftKeeper::keepNow()
{
    m_timer->stop();
    DatabaseWorker *worker = m_session->worker();
    // Disabled while its note is being saved: that note replaces the draft.
    if (!worker || m_clientId == 0 || m_userId == 0 || !m_composer->isEnabled())
        return;
    const NoteDraft draft = m_composer->unsavedDraft();
    if (draft.clientId != m_clientId)
        return; // the composer holds another client's form already
    worker->run(
            this,
            [draft, userId = m_userId](const std::shared_ptr<Database> &db) -> QString {
                auto kept = NoteDraftService(db, userId).keep(draft);
                return kept ? QString() : kept.errorString();
            },
            [this](const QString &error) {
                if (!error.isEmpty())
                    m_status->showMessage(tr("The draft note could not be kept: %1").arg(error),
                                          10000);
            });
}

void NoteDraftKeeper::discard()
{
    m_timer->stop();
    DatabaseWorker *worker = m_session->worker();
    if (!worker || m_clientId == 0 || m_userId == 0)
        return;
    worker->run(
            this,
            [clientId = m_clientId, userId = m_userId](const std::shared_ptr<Database> &db) {
                auto r = NoteDraftService(db, userId).discard(clientId);
                return r ? QString() : r.errorString();
            },
            [this](const QString &error) {
                if (error.isEmpty())
                    m_status->showMessage(tr("Draft discarded"), 5000);
                else
                    m_status->showMessage(tr("The draft could not be discarded: %1").arg(error),
                                          10000);
            });
}

void NoteDraftKeeper::forget()
{
    m_timer->stop();
    m_clientId = 0;
    m_userId = 0;
}

} // namespace ardesk
