// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"
#include "core/domain/notetemplate.h"
#include "core/mail/smtpsettings.h"
#include "core/services/mailservice.h"
#include "core/storage/clientdetails.h"
#include "core/storage/clientlistquery.h"
#include "widgets/actioncontext.h"

#include <atomic>
#include <memory>

#include <QObject>
#include <QPointer>

namespace ardesk {

class ClientWorkspace;
class Session;
class BulkSendDialog;
class ComposeDialog;
class OutboxDialog;
class SmtpSettingsDialog;

/// E-mail in the GUI: compose from a template (envelope icon, Client > E-mail client, the call
/// log's recap), bulk reminders to the clients in the list, the outbox (send with progress and
/// stop, retry, cancel) and the SMTP settings with a test message. Every render, queue and send
/// runs MailService on the session's worker thread; the GUI never waits on the network.
class MailActions : public QObject
{
    Q_OBJECT
public:
    explicit MailActions(const ActionContext &context);
    ~MailActions() override;

    /// Compose to one contact (0: the client's billing contacts) of the shown client, about
    /// `invoiceIds` (empty: all open invoices), from `templateKey` (empty: the first template).
    void compose(qint64 contactId, const QList<qint64> &invoiceIds = {},
                 const QString &templateKey = QString());
    /// A mailto: link in a note of the shown client: compose to the contact with `address`
    /// (only contacts get mail — guard rules and notes are theirs); says so when none has it.
    void composeToAddress(const QString &address);
    /// Compose the recap of the logged call `callNoteId` of the shown client
    /// (MailService::recapRequest): to the person spoken with, about the invoices discussed,
    /// with what was agreed and the invoices' documents.
    void composeRecap(qint64 callNoteId);
    /// Asks for the e-mail template and whether only the shown client, the clients `selected`
    /// in the list (when several are) or every client of the list `spec` selects gets it, then
    /// previews before queueing (sendReminders).
    void chooseReminders(const ClientListQuery::Spec &spec, const QList<qint64> &selected = {});
    /// One message per client, to its billing contacts: the clients `clientIds`, narrowed by
    /// the bulk dialog's filters (balance, days late, clerk, segment, status).
    void sendReminders(const QList<qint64> &clientIds, const QString &templateKey);
    void showOutbox();
    /// Reads the outbox again when its window is open (a change made elsewhere).
    void refreshOutbox();
    void editSettings();
    /// Delivers due messages now (the outbox's Send now); `done` when the run ended.
    void sendQueued();

    ComposeDialog *composeDialog() const;
    OutboxDialog *outboxDialog() const;
    bool isSending() const { return m_sending; }

Q_SIGNALS:
    void queued(int messages);
    void sendFinished(int sent, int failed);

private:
    void reloadOutbox();
    void saveSettings(QPointer<SmtpSettingsDialog> dialog, const SmtpSettings &settings,
                      const QString &secret);
    ComposeDialog *openCompose(const ClientDetails &details, const QList<NoteTemplate> &templates);
    void previewCompose(QPointer<ComposeDialog> dialog, const MailService::ComposeRequest &request);
    void queueComposed(QPointer<ComposeDialog> dialog, const MailService::Preview &preview,
                       bool sendNow);
    void askReminderScope(const ClientListQuery::Spec &spec, const QList<NoteTemplate> &templates,
                          const QList<qint64> &matching, const QList<qint64> &selected);
    /// Previews the bulk send of `clientIds` narrowed by the dialog's filters, into the dialog.
    void previewBulk(QPointer<BulkSendDialog> dialog, const QList<qint64> &clientIds,
                     const QString &templateKey);
    void queueBulk(QPointer<BulkSendDialog> dialog);

    Session *m_session;
    ClientWorkspace *m_workspace;
    QStatusBar *m_status;
    QWidget *m_window; ///< parent of the dialogs
    QPointer<ComposeDialog> m_compose;
    QPointer<OutboxDialog> m_outbox;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_sending = false;
};

} // namespace ardesk
