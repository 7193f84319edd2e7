// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"
#include "core/services/noteservice.h"
#include "widgets/actioncontext.h"
#include "widgets/phonedialer.h"

#include <functional>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QLocale;

namespace ardesk {

struct ClientDetails;
class ClientWorkspace;
class Session;
class CallLogDialog;

/// The record's actions in the GUI: saving, revising and deleting notes from the Notes tab,
/// note history, opening and saving attachments, and calls and texts from a contact's phone
/// (tel: through the desktop, then the call log with the script for the account's situation).
/// All database work runs on the session's worker thread.
class NoteActions : public QObject
{
    Q_OBJECT
public:
    explicit NoteActions(const ActionContext &context);

    /// How URLs (tel:, attachment copies) are handed to the desktop; QDesktopServices by
    /// default (tel: only when a handler is registered, else PhoneDialer's fallback). Tests
    /// record them instead of launching a softphone.
    void setUrlOpener(std::function<bool(const QUrl &)> opener)
    {
        m_dialer.setUrlOpener(opener);
        m_openUrl = std::move(opener);
    }

    void saveNote(const NoteService::Draft &draft);
    void amendNote(qint64 noteId, const NoteService::Draft &draft, int expectedRevision);
    void deleteNote(qint64 noteId);
    void showHistory(qint64 noteId);
    /// The open client's deleted notes, every revision and the reason (read-only).
    void showDeleted();
    void openAttachment(qint64 attachmentId);
    void saveAttachment(qint64 attachmentId, const QString &displayName);
    /// Dials `phone` through the desktop and opens the call log (Mode::Call), or opens the text
    /// log (Mode::Text). The dial is recorded first (CallAttemptService): until a call note
    /// logs it, it stays in the user's Today as "Call to … not logged".
    void call(const Contact &contact, const Phone &phone);
    /// Opens the call log of a dialled call that was not logged (the attempt `attemptId` of the
    /// shown client), filled in with its contact, number and start time; nothing is dialled.
    void resumeCall(qint64 attemptId);
    void logText(const Contact &contact, const Phone &phone);
    /// Calls the shown client's billing contact (CallDefaults::callee) as call() does; says in
    /// the status bar when nobody there can be called.
    void callBillingContact();
    void showRecordIntegrity();

    /// The open call/text log, if any (tests).
    CallLogDialog *callLog() const;
    /// Closes the open call/text log, if any: false when the user chose to keep editing it
    /// (it asks when something typed or a call would be lost).
    bool closeCallLog();

Q_SIGNALS:
    /// A note was saved (added, revised or deleted) for the shown client.
    void noteSaved(qint64 noteId);
    /// The call log's "Save & send recap": the call `callNoteId` was logged; compose its recap.
    void recapRequested(qint64 callNoteId);

private:
    /// Records the dial of `phone` of the shown client on the worker (CallAttemptService).
    void recordDial(const Contact &contact, const Phone &phone);
    /// `startedAt` valid: the log of a call dialled then (resumed from Today).
    void openCallLog(int mode, const Contact &contact, const Phone &phone,
                     const QDateTime &startedAt = {});
    void showCallLog(int mode, const ClientDetails &details, const Contact &contact,
                     const Phone &phone, const QLocale &locale, const QDateTime &startedAt,
                     const QString &script);
    /// Whether saving a note also drops the composer's draft of the client (the note is what
    /// the draft was for).
    enum class ComposerDraft { Keep, Drop };
    /// NoteService::add on the worker, then the client reloads; `done` gets the error (empty
    /// on success) and the new note's id.
    void addNote(const NoteService::Draft &draft, ComposerDraft composerDraft,
                 const QString &doneMessage,
                 std::function<void(QString error, qint64 noteId)> done);
    void showReadOnly(const QString &objectName, const QString &title, const QString &html);

    Session *m_session;
    ClientWorkspace *m_workspace;
    QStatusBar *m_status;
    QWidget *m_window; ///< parent of the dialogs
    std::function<bool(const QUrl &)> m_openUrl;
    PhoneDialer m_dialer;
    QPointer<CallLogDialog> m_callLog;
};

} // namespace ardesk
