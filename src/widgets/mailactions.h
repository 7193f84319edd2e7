// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/contact.h"

#include <atomic>
#include <memory>

#include <QObject>
#include <QPointer>

namespace ardesk {

class ComposeDialog;
class MainWindow;
class OutboxDialog;

/// E-mail in the GUI: compose from a template (envelope icon, Client > E-mail client, the call
/// log's recap), bulk reminders to the clients in the list, the outbox (send with progress and
/// stop, retry, cancel) and the SMTP settings with a test message. Every render, queue and send
/// runs MailService on the main window's worker thread; the GUI never waits on the network.
class MailActions : public QObject
{
    Q_OBJECT
public:
    explicit MailActions(MainWindow *window);
    ~MailActions() override;

    /// Compose to one contact (0: the client's billing contacts) of the shown client, about
    /// `invoiceIds` (empty: all open invoices), from `templateKey` (empty: the first template).
    void compose(qint64 contactId, const QList<qint64> &invoiceIds = {},
                 const QString &templateKey = QString());
    /// One message per client, to its billing contacts: the clients `clientIds`.
    void sendReminders(const QList<qint64> &clientIds, const QString &templateKey);
    void showOutbox();
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

    MainWindow *m_window;
    QPointer<ComposeDialog> m_compose;
    QPointer<OutboxDialog> m_outbox;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_sending = false;
};

} // namespace ardesk
