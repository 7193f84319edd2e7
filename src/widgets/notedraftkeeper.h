// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/notedraft.h"
#include "core/storage/database.h"
#include "widgets/actioncontext.h"

#include <memory>
#include <optional>

#include <QObject>

class QTimer;

namespace ardesk {

class NoteComposer;
class Session;

/// Keeps the note composer's unsaved work as the shown client's draft for the current user
/// (NoteDraftService): a moment after the last change, and whenever the composer is about to
/// hold something else — another client, user or file — or the window closes. Gives a client's
/// draft back when the composer comes to it. All database work runs on the session's worker:
/// the GUI thread never waits for a draft to be written.
class NoteDraftKeeper : public QObject
{
    Q_OBJECT
public:
    /// How long after the last change the draft is written.
    static constexpr int kKeepAfterMs = 1500;

    explicit NoteDraftKeeper(const ActionContext &context);

    /// On the worker thread: the draft `userId` left on `clientId`. None when there is none, or
    /// when it cannot be read (logged): a draft is never a reason not to show a client.
    static std::optional<NoteDraft> load(const std::shared_ptr<Database> &db, qint64 clientId,
                                         qint64 userId);

    /// The composer is about to show `clientId` to the current user. When it held another
    /// client (or user), what it held is kept as that one's draft and true is returned: call
    /// restore() with this client's draft once it is shown.
    bool arrive(qint64 clientId);
    /// Fills the composer with `draft`, or empties it when there is none.
    void restore(const std::optional<NoteDraft> &draft);
    /// Keeps what the composer holds now (another file or user comes, the window closes).
    void keepNow();
    /// Forgets whose work the composer holds: the next client shown gets its own draft back.
    void forget();

private:
    void discard();

    Session *m_session;
    NoteComposer *m_composer;
    QStatusBar *m_status;
    QTimer *m_timer;
    qint64 m_clientId = 0; ///< whose draft the composer holds
    qint64 m_userId = 0;
};

} // namespace ardesk
