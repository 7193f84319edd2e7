// SPDX-License-Identifier: MIT
#include "widgets/noteactions.h"
#include "widgets/appearance.h"

#include "core/domain/calldefaults.h"
#include "core/domain/phonenumber.h"
#include "core/services/callattemptservice.h"
#include "core/services/callscriptservice.h"
#include "core/services/notedraftservice.h"
#include "core/storage/attachmentstore.h"
#include "core/storage/transaction.h"
#include "core/support/dateformat.h"
#include "models/databaseworker.h"
#include "widgets/calllogdialog.h"
#include "widgets/clientdetailstab.h"
#include "widgets/clientworkspace.h"
#include "widgets/dialogreply.h"
#include "widgets/notecomposer.h"
#include "widgets/notespane.h"
#include "widgets/phonedialer.h"
#include "widgets/readonlycopy.h"
#include "widgets/recordintegritydialog.h"
#include "widgets/session.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ardesk {

namespace {
struct Loaded
{
    QString text;
    QString error;
};
} // namespace

NoteActions::NoteActions(const ActionContext &context)
    : QObject(context.window)
    , m_session(context.session)
    , m_workspace(context.workspace)
    , m_status(context.status)
    , m_window(context.window)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    NotesPane *pane = m_workspace->notesPane();
    connect(pane->composer(), &NoteComposer::saveRequested, this, &NoteActions::saveNote);
    connect(pane->composer(), &NoteComposer::amendRequested, this, &NoteActions::amendNote);
    connect(pane, &NotesPane::deleteRequested, this, &NoteActions::deleteNote);
    connect(pane, &NotesPane::historyRequested, this, &NoteActions::showHistory);
    connect(pane, &NotesPane::deletedRequested, this, &NoteActions::showDeleted);
    connect(pane, &NotesPane::openAttachmentRequested, this, &NoteActions::openAttachment);
    connect(pane, &NotesPane::saveAttachmentRequested, this, &NoteActions::saveAttachment);
    ClientDetailsTab *details = m_workspace->detailsTab();
    connect(details, &ClientDetailsTab::callRequested, this, &NoteActions::call);
    connect(details, &ClientDetailsTab::textRequested, this, &NoteActions::logText);
}

CallLogDialog *NoteActions::callLog() const
{
    return m_callLog.data();
}

bool NoteActions::closeCallLog()
{
    return !m_callLog || m_callLog->close();
}

void NoteActions::addNote(const NoteService::Draft &draft, ComposerDraft composerDraft,
                          const QString &doneMessage,
                          std::function<void(QString error, qint64 noteId)> done)
{
    auto savedId = std::make_shared<qint64>(0);
    m_session->runClientWrite(
            draft.note.clientId,
            [draft, composerDraft, savedId](const std::shared_ptr<Database> &db,
                                            qint64 userId) -> Result<void> {
                // The note and the end of its draft together, or neither.
                return inTransaction(*db, [&]() -> Result<void> {
                    auto n = NoteService(db, userId).add(draft);
                    if (!n)
                        return n.error();
                    *savedId = n.value().id;
                    if (composerDraft == ComposerDraft::Drop)
                        return NoteDraftService(db, userId).discard(draft.note.clientId);
                    return {};
                });
            },
            doneMessage, Session::AfterWrite::ShowClient,
            [this, savedId, done = std::move(done)](const QString &error) {
                done(error, *savedId);
                if (error.isEmpty())
                    Q_EMIT noteSaved(*savedId);
            });
}

void NoteActions::saveNote(const NoteService::Draft &draft)
{
    NoteComposer *composer = m_workspace->notesPane()->composer();
    composer->setEnabled(false);
    QPointer<NoteComposer> guard(composer);
    addNote(draft, ComposerDraft::Drop, tr("Note saved"), [guard](const QString &error, qint64) {
        if (!guard)
            return;
        guard->setEnabled(true);
        if (error.isEmpty())
            guard->startNew();
        else
            guard->showError(error);
    });
}

void NoteActions::amendNote(qint64 noteId, const NoteService::Draft &draft, int expectedRevision)
{
    NoteComposer *composer = m_workspace->notesPane()->composer();
    composer->setEnabled(false);
    QPointer<NoteComposer> guard(composer);
    m_session->runClientWrite(
            draft.note.clientId,
            [noteId, draft, expectedRevision](const std::shared_ptr<Database> &db,
                                              qint64 userId) -> Result<void> {
                return inTransaction(*db, [&]() -> Result<void> {
                    auto n = NoteService(db, userId).amend(noteId, draft, expectedRevision);
                    if (!n)
                        return n.error();
                    return NoteDraftService(db, userId).discard(draft.note.clientId);
                });
            },
            tr("Note revised (the earlier text stays in its history)"),
            Session::AfterWrite::ShowClient,
            [this, guard, noteId](const QString &error) {
                if (!guard)
                    return;
                guard->setEnabled(true);
                if (!error.isEmpty()) {
                    guard->showError(error);
                    return;
                }
                guard->startNew();
                Q_EMIT noteSaved(noteId);
            });
}

void NoteActions::deleteNote(qint64 noteId)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
            m_window, tr("Delete note"),
            tr("Why is this note deleted? It leaves the timeline but stays readable in its "
               "history; the reason is kept."),
            QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    m_session->runClientWrite(
            m_workspace->clientId(),
            [noteId, reason](const std::shared_ptr<Database> &db, qint64 userId) {
                return NoteService(db, userId).remove(noteId, reason);
            },
            tr("Note deleted"), Session::AfterWrite::ShowClient,
            [this, noteId](const QString &error) {
                if (!error.isEmpty())
                    QMessageBox::warning(m_window, tr("Delete note"), error);
                else
                    Q_EMIT noteSaved(noteId);
            });
}

namespace {
/// Every revision of a note and its tombstone, as HTML for a read-only view.
QString historyHtml(const NoteService::History &h, const QLocale &locale)
{
    QString html;
    for (const NoteService::Entry &e : h.revisions) {
        const Note &n = e.note;
        html += QStringLiteral("<h4>%1</h4><p style='color:%4'>%2</p><p>%3</p>")
                        .arg(NoteActions::tr("Revision %1 — %2 by %3")
                                     .arg(n.revision)
                                     .arg(dateformat::dateTime(locale, n.recordedAt.toLocalTime()),
                                          e.authorName.toHtmlEscaped()),
                             NoteActions::tr("%1 · %2 · occurred %3")
                                     .arg(displayName(n.channel), n.contactName.toHtmlEscaped(),
                                          dateformat::dateTime(locale, n.occurredAt.toLocalTime())),
                             n.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                             Appearance::text(Appearance::Tone::Muted, QApplication::palette())
                                     .name());
    }
    if (const auto &t = h.tombstone) {
        html += QStringLiteral("<h4 style='color:%3'>%1</h4><p>%2</p>")
                        .arg(NoteActions::tr("Deleted %1 by %2")
                                     .arg(dateformat::dateTime(locale, t->recordedAt.toLocalTime()),
                                          t->authorName.toHtmlEscaped()),
                             NoteActions::tr("Reason: %1").arg(t->reason.toHtmlEscaped()),
                             Appearance::text(Appearance::Tone::Error, QApplication::palette())
                                     .name());
    }
    return html;
}
} // namespace

void NoteActions::showReadOnly(const QString &objectName, const QString &title, const QString &html)
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("history"));
    browser->setHtml(html);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(560, 480);
    dialog->open();
}

void NoteActions::showHistory(qint64 noteId)
{
    const QLocale locale = m_session->companyLocale();
    m_session->worker()->run(
            this,
            [noteId, locale](const std::shared_ptr<Database> &db) {
                Loaded r;
                auto h = NoteService(db, 0).history(noteId);
                if (h)
                    r.text = historyHtml(h.value(), locale);
                else
                    r.error = h.errorString();
                return r;
            },
            [this, noteId](Loaded r) {
                if (!r.error.isEmpty()) {
                    QMessageBox::warning(m_window, tr("Note history"), r.error);
                    return;
                }
                showReadOnly(QStringLiteral("NoteHistoryDialog"),
                             tr("History of note %1").arg(noteId), r.text);
            });
}

void NoteActions::showDeleted()
{
    const qint64 clientId = m_workspace->clientId();
    if (!clientId)
        return;
    const QLocale locale = m_session->companyLocale();
    m_session->worker()->run(
            this,
            [clientId, locale](const std::shared_ptr<Database> &db) {
                Loaded r;
                auto list = NoteService(db, 0).deletedForClient(clientId);
                if (!list) {
                    r.error = list.errorString();
                    return r;
                }
                for (const NoteService::History &h : list.value())
                    r.text += historyHtml(h, locale) + QStringLiteral("<hr>");
                if (list.value().isEmpty())
                    r.text = tr("No note of this client was deleted.");
                return r;
            },
            [this](Loaded r) {
                if (!r.error.isEmpty()) {
                    QMessageBox::warning(m_window, tr("Deleted notes"), r.error);
                    return;
                }
                showReadOnly(QStringLiteral("DeletedNotesDialog"),
                             tr("Deleted notes of %1").arg(m_workspace->headerText()), r.text);
            });
}

void NoteActions::openAttachment(qint64 attachmentId)
{
    openReadOnlyCopy(m_session, {this, m_window, m_status, m_openUrl}, tr("Open attachment"),
                     tr("No application opens %1; use Save as"),
                     [attachmentId](const std::shared_ptr<Database> &db) {
                         return AttachmentStore(*db).openableCopy(attachmentId);
                     });
}

void NoteActions::saveAttachment(qint64 attachmentId, const QString &displayName)
{
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Save attachment as"),
                                                        AttachmentStore::safeFileName(displayName));
    if (target.isEmpty())
        return;
    m_session->worker()->run(
            this,
            [attachmentId, target](const std::shared_ptr<Database> &db) {
                AttachmentStore store(*db);
                auto info = store.find(attachmentId);
                if (!info)
                    return info.errorString();
                auto saved = store.saveAs(info.value().sha256, target);
                return saved ? QString() : saved.errorString();
            },
            [this, target](QString error) {
                if (!error.isEmpty())
                    QMessageBox::warning(m_window, tr("Save attachment"), error);
                else
                    m_status->showMessage(tr("Saved %1").arg(target), 5000);
            });
}

void NoteActions::call(const Contact &contact, const Phone &phone)
{
    if (!phone.isValid() || contact.doNotContact)
        return; // the button is disabled for these; never dial them
    recordDial(contact, phone);
    // tel: through the desktop, or this desk's softphone command, or the number on the clipboard.
    const PhoneDialer::Dial dialled = m_dialer.dial(
            phone.e164, phone.extension,
            PhoneNumberParser::display(phone, m_workspace->detailsTab()->details().client.country));
    if (!dialled.message.isEmpty())
        m_status->showMessage(dialled.message, 8000);
    openCallLog(int(CallLogDialog::Mode::Call), contact, phone);
}

void NoteActions::callBillingContact()
{
    const ClientDetails details = m_workspace->detailsTab()->details();
    if (details.client.id == 0 || details.client.id != m_workspace->clientId())
        return;
    const auto callee = CallDefaults::callee(details.contacts);
    if (!callee) {
        m_status->showMessage(tr("Nobody at %1 can be called: no contact with a phone number "
                                 "who may be contacted")
                                      .arg(details.client.name),
                              8000);
        return;
    }
    call(callee->contact, callee->phone);
}

void NoteActions::logText(const Contact &contact, const Phone &phone)
{
    openCallLog(int(CallLogDialog::Mode::Text), contact, phone);
}

void NoteActions::recordDial(const Contact &contact, const Phone &phone)
{
    const qint64 clientId = m_workspace->detailsTab()->details().client.id;
    if (!m_session->worker() || clientId == 0)
        return;
    // Written before the call log opens (jobs run in order): a discarded log, a closed window
    // or a crash cannot lose the call.
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id, clientId, contact,
             phone](const std::shared_ptr<Database> &db) {
                auto dialled = CallAttemptService(db, userId).dial(clientId, contact, phone);
                return dialled ? QString() : dialled.errorString();
            },
            [this](QString error) {
                if (!error.isEmpty())
                    m_status->showMessage(tr("The call was not recorded: %1").arg(error), 8000);
            });
}

void NoteActions::resumeCall(qint64 attemptId)
{
    if (!m_session->worker())
        return;
    m_session->worker()->run(
            this,
            [userId = m_session->currentUser().id, attemptId](const std::shared_ptr<Database> &db) {
                auto found = CallAttemptService(db, userId).find(attemptId);
                return found ? std::make_pair(found.value(), QString())
                             : std::make_pair(CallAttempt(), found.errorString());
            },
            [this](std::pair<CallAttempt, QString> found) {
                if (!found.second.isEmpty()) {
                    m_status->showMessage(found.second, 8000);
                    return;
                }
                const CallAttempt &a = found.first;
                if (m_workspace->detailsTab()->details().client.id != a.clientId)
                    return; // the user moved on to another client
                // The contact as it is now, else as it was dialled.
                Contact contact;
                contact.id = a.contactId;
                contact.clientId = a.clientId;
                contact.name = a.contactName;
                for (const Contact &c : m_workspace->detailsTab()->details().contacts) {
                    if (c.id == a.contactId && a.contactId != 0)
                        contact = c;
                }
                Phone phone;
                phone.raw = phone.e164 = a.number;
                phone.extension = a.extension;
                for (const Phone &p : std::as_const(contact.phones)) {
                    if (p.e164 == a.number)
                        phone = p;
                }
                openCallLog(int(CallLogDialog::Mode::Call), contact, phone, a.dialledAt);
            });
}

void NoteActions::openCallLog(int mode, const Contact &contact, const Phone &phone,
                              const QDateTime &startedAt)
{
    const ClientDetails details = m_workspace->detailsTab()->details();
    if (details.client.id == 0)
        return;
    const QLocale locale = m_session->companyLocale();
    const QString sender = m_session->currentUser().displayName.isEmpty()
            ? m_session->currentUser().name
            : m_session->currentUser().displayName;
    const QDate today = m_session->today();
    // The script for the account's situation, filled in on the worker thread.
    m_session->worker()->run(
            this,
            [details, contact, locale, sender, today](const std::shared_ptr<Database> &db) {
                auto script
                        = CallScriptService(db).script({details, contact, sender, locale, today});
                return script ? script.value() : QString();
            },
            [this, mode, details, contact, phone, locale, startedAt](const QString &script) {
                showCallLog(mode, details, contact, phone, locale, startedAt, script);
            });
}

/// The call log for the contact with its script, unless the clerk keeps editing an open one.
void NoteActions::showCallLog(int mode, const ClientDetails &details, const Contact &contact,
                              const Phone &phone, const QLocale &locale, const QDateTime &startedAt,
                              const QString &script)
{
    if (!closeCallLog()) {
        // The clerk keeps editing the open one (asked by the dialog).
        m_callLog->raise();
        m_callLog->activateWindow();
        return;
    }
    auto *dialog
            = new CallLogDialog(CallLogDialog::Mode(mode), details.client.id, details.client.name,
                                details.client.country, contact, phone, script, locale,
                                m_session->clock(), m_session->today(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // "Promised" proposes the overdue total, a week ahead on a weekday.
    dialog->setPromiseDefault(CallDefaults::promiseAmount(details.overdueMinor,
                                                          details.balanceMinor,
                                                          details.client.currency),
                              CallDefaults::promiseDate(m_session->today()));
    if (startedAt.isValid())
        dialog->resumeFrom(startedAt);
    m_callLog = dialog;
    QPointer<CallLogDialog> guard(dialog);
    connect(dialog, &CallLogDialog::saveAndRecapRequested, this,
            [this, guard](const NoteService::Draft &draft) {
                if (!guard)
                    return;
                guard->setEnabled(false);
                addNote(draft, ComposerDraft::Keep, tr("Call logged"),
                        [this, guard](const QString &error, qint64 noteId) {
                            finishDialog(guard, error);
                            if (error.isEmpty() && noteId)
                                Q_EMIT recapRequested(noteId);
                        });
            });
    connect(dialog, &CallLogDialog::saveRequested, this,
            [this, guard](const NoteService::Draft &draft) {
                if (!guard)
                    return;
                guard->setEnabled(false);
                addNote(draft, ComposerDraft::Keep, tr("Call logged"),
                        [guard](const QString &error, qint64) { finishDialog(guard, error); });
            });
    dialog->show(); // not modal: the clerk may look at the account while talking
    dialog->raise();
    dialog->activateWindow(); // the keys go to the call log at once
}

void NoteActions::showRecordIntegrity()
{
    if (!m_session->worker())
        return;
    auto *dialog = new RecordIntegrityDialog(m_session->worker(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ardesk
